import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WukfError } from '../../proto/errors.js';

/**
 * Visitor identity. An app's backend proves who its logged-in user is by signing
 * `${userId}:${timestamp}` with HMAC-SHA256 under the identity key (secrets.identity_hmac_key_file);
 * wukf checks that signature before it issues a visitor token for u_<userId>. docs/auth.md is the
 * recipe app developers follow; keep the two in step.
 */

/** App user ids: 1-128 of letters, digits and . _ @ + : - (enough for numbers, UUIDs and e-mail addresses). */
export const USER_ID_PATTERN = /^[A-Za-z0-9._@+:-]{1,128}$/;

export interface IdentityClaim {
  userId?: unknown;
  timestamp?: unknown;
  signature?: unknown;
}

/** The message an app backend signs. */
export function identityMessage(userId: string, timestamp: number | string): string {
  return `${userId}:${timestamp}`;
}

/** What an app backend computes: lower-case hex HMAC-SHA256 of `${userId}:${timestamp}`. */
export function signIdentity(key: Buffer | string, userId: string, timestamp: number | string): string {
  return createHmac('sha256', key).update(identityMessage(userId, timestamp)).digest('hex');
}

function invalid(message: string): WukfError {
  return new WukfError('WUKF_E_IDENTITY_INVALID', message);
}

/**
 * Checks a signed identity and returns the user id it vouches for. Every failure — a field missing or
 * malformed, a timestamp more than maxSkewSeconds away from now, a signature that does not match — is
 * WUKF_E_IDENTITY_INVALID naming the field; the signature is compared in constant time.
 */
export function verifyIdentity(key: Buffer, claim: IdentityClaim, nowMs: number, maxSkewSeconds: number): string {
  const { userId, timestamp, signature } = claim;
  if (typeof userId !== 'string' || !USER_ID_PATTERN.test(userId)) {
    throw invalid(`userId: expected 1-128 of letters, digits and . _ @ + : -, got ${describe(userId)}`);
  }
  const seconds = typeof timestamp === 'number' ? timestamp : typeof timestamp === 'string' && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw invalid(`timestamp: expected Unix time in seconds, got ${describe(timestamp)}`);
  }
  const skew = Math.abs(Math.floor(nowMs / 1000) - seconds);
  if (skew > maxSkewSeconds) {
    throw invalid(`timestamp: ${seconds} is ${skew} s away from the server's clock (at most ${maxSkewSeconds} s); sign a fresh one`);
  }
  if (typeof signature !== 'string' || !/^[0-9a-fA-F]{64}$/.test(signature)) {
    throw invalid(`signature: expected 64 hex digits of HMAC-SHA256, got ${describe(signature)}`);
  }
  // The string form of the timestamp is what the backend signed: "0170…" and 170… are different messages.
  const expected = createHmac('sha256', key).update(identityMessage(userId, String(timestamp))).digest();
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), expected)) {
    throw invalid('signature: does not match userId and timestamp under the identity key');
  }
  return userId;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A fresh id for a visitor nobody vouches for. */
export function anonymousVisitorId(): string {
  return `v_${randomBytes(16).toString('base64url')}`;
}

/** The visitor id of an app user; the same user gets the same id, and so their history, on every device. */
export function identifiedVisitorId(userId: string): string {
  return `u_${userId}`;
}
