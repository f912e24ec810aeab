import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { WukfError } from '../../proto/errors.js';

/**
 * wukf's bearer tokens: base64url(JSON claims) + "." + base64url(HMAC-SHA256(signing key, first part)).
 * Compact enough for a Sec-WebSocket-Protocol value or a query parameter, and checked without a database
 * round trip except for an agent's token version (see Store#getTokenVersion).
 */
export const TOKEN_KINDS = ['agent', 'admin', 'visitor'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface TokenClaims {
  /** Format version of the claims. */
  v: 1;
  kind: TokenKind;
  /** The agent's username, or the visitor id (v_… or u_…). */
  sub: string;
  /** Issued at and expires at, in seconds since the epoch. */
  iat: number;
  exp: number;
  /** Token version of the agent or admin at issue; absent on visitor tokens. */
  tv?: number;
  /** Random token id, for logs and for telling one session from another. */
  jti: string;
  /** A visitor's display name as given when the token was issued. */
  name?: string;
}

export interface TokenSubject {
  kind: TokenKind;
  sub: string;
  tv?: number;
  name?: string;
}

/** Longer than any token wukf issues; a bigger input is refused before any work is done on it. */
export const MAX_TOKEN_LENGTH = 2048;

const claimsSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(TOKEN_KINDS),
  sub: z.string().min(1).max(200),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
  tv: z.number().int().nonnegative().optional(),
  jti: z.string().min(1).max(64),
  name: z.string().max(200).optional(),
});

const PART = /^[A-Za-z0-9_-]+$/;

function sign(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** Issues a token for the subject, valid for ttlSeconds from nowMs. */
export function issueToken(key: Buffer, subject: TokenSubject, nowMs: number, ttlSeconds: number): { token: string; claims: TokenClaims } {
  const iat = Math.floor(nowMs / 1000);
  const claims: TokenClaims = { v: 1, kind: subject.kind, sub: subject.sub, iat, exp: iat + ttlSeconds, jti: randomBytes(12).toString('base64url') };
  if (subject.kind !== 'visitor') claims.tv = subject.tv ?? 0;
  if (subject.name !== undefined) claims.name = subject.name;
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${payload}.${sign(key, payload).toString('base64url')}`, claims };
}

function malformed(why: string): WukfError {
  return new WukfError('WUKF_E_UNAUTHENTICATED', `the token is not valid (${why}); log in again`);
}

/**
 * Checks a token's signature (in constant time), shape and expiry. Throws WUKF_E_UNAUTHENTICATED for a
 * token that is not one of ours and WUKF_E_TOKEN_EXPIRED for one past its exp. Revocation is the
 * caller's part: it needs the store.
 */
export function verifyToken(key: Buffer, token: string, nowMs: number): TokenClaims {
  if (token.length > MAX_TOKEN_LENGTH) throw malformed('too long');
  const parts = token.split('.');
  if (parts.length !== 2 || !PART.test(parts[0]!) || !PART.test(parts[1]!)) throw malformed('not two base64url parts');
  const [payload, signature] = parts as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw malformed('bad signature');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw malformed('claims are not JSON');
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) throw malformed('unexpected claims');
  const claims = parsed.data as TokenClaims;
  if ((claims.kind === 'visitor') !== (claims.tv === undefined)) throw malformed('unexpected claims');
  if (claims.exp <= Math.floor(nowMs / 1000)) {
    throw new WukfError('WUKF_E_TOKEN_EXPIRED', `the token expired at ${new Date(claims.exp * 1000).toISOString()}; log in again`);
  }
  return claims;
}
