import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, MAX_TOKEN_LENGTH, verifyToken } from '../src/server/auth/tokens.js';
import { signIdentity, verifyIdentity } from '../src/server/auth/identity.js';
import { OriginPolicy, ownOrigins } from '../src/server/auth/origins.js';

const key = randomBytes(32);
const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

function resign(payloadJson: unknown, signingKey = key): string {
  const payload = Buffer.from(JSON.stringify(payloadJson)).toString('base64url');
  return `${payload}.${createHmac('sha256', signingKey).update(payload).digest('base64url')}`;
}

describe('tokens', () => {
  it('round-trips the claims of an agent token until exp, and no longer', () => {
    const { token, claims } = issueToken(key, { kind: 'agent', sub: 'li.wei', tv: 3 }, T0, 60);
    expect(claims).toMatchObject({ v: 1, kind: 'agent', sub: 'li.wei', tv: 3, iat: T0 / 1000, exp: T0 / 1000 + 60 });
    expect(claims.jti).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(key, token, T0 + 59_999)).toEqual(claims);
    expect(() => verifyToken(key, token, T0 + 60_000)).toThrow(expect.objectContaining({ code: 'WUKF_E_TOKEN_EXPIRED' }));
  });

  it('gives every token its own id and visitor tokens no version', () => {
    const a = issueToken(key, { kind: 'visitor', sub: 'v_x', name: 'Anna' }, T0, 60);
    const b = issueToken(key, { kind: 'visitor', sub: 'v_x', name: 'Anna' }, T0, 60);
    expect(a.claims.jti).not.toBe(b.claims.jti);
    expect(a.claims.tv).toBeUndefined();
    expect(verifyToken(key, a.token, T0)).toMatchObject({ kind: 'visitor', sub: 'v_x', name: 'Anna' });
  });

  it('refuses a token signed with another key, or with its payload or signature changed', () => {
    const { token, claims } = issueToken(key, { kind: 'agent', sub: 'bob', tv: 0 }, T0, 60);
    const unauth = expect.objectContaining({ code: 'WUKF_E_UNAUTHENTICATED' });
    expect(() => verifyToken(randomBytes(32), token, T0)).toThrow(unauth);
    // Same signature, promoted to admin.
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...claims, kind: 'admin' })).toString('base64url')}.${signature}`;
    expect(() => verifyToken(key, forged, T0)).toThrow(unauth);
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    expect(() => verifyToken(key, flipped, T0)).toThrow(unauth);
    expect(() => verifyToken(key, `${token.split('.')[0]}.`, T0)).toThrow(unauth);
  });

  it('refuses garbage, oversize tokens and well-signed claims of the wrong shape', () => {
    const unauth = expect.objectContaining({ code: 'WUKF_E_UNAUTHENTICATED' });
    for (const garbage of ['', 'abc', 'a.b.c', 'not base64!.x', 'x'.repeat(MAX_TOKEN_LENGTH + 1)]) {
      expect(() => verifyToken(key, garbage, T0), garbage.slice(0, 20)).toThrow(unauth);
    }
    const base = { v: 1, kind: 'agent', sub: 'bob', iat: T0 / 1000, exp: T0 / 1000 + 60, tv: 0, jti: 'j' };
    expect(verifyToken(key, resign(base), T0)).toMatchObject({ sub: 'bob' });
    for (const bad of [{ ...base, v: 2 }, { ...base, kind: 'root' }, { ...base, tv: undefined }, { ...base, kind: 'visitor' }, { ...base, extra: 1 }, { ...base, exp: '9999999999' }]) {
      expect(() => verifyToken(key, resign(bad), T0), JSON.stringify(bad)).toThrow(unauth);
    }
    const notJson = Buffer.from('{nope').toString('base64url');
    expect(() => verifyToken(key, `${notJson}.${createHmac('sha256', key).update(notJson).digest('base64url')}`, T0)).toThrow(unauth);
  });
});

describe('visitor identity', () => {
  const now = T0;
  const ts = now / 1000;

  it('accepts the documented recipe: hex HMAC-SHA256 of "userId:timestamp", timestamp as number or digits', () => {
    const appBackend = createHmac('sha256', key).update(`42:${ts}`).digest('hex');
    expect(signIdentity(key, '42', ts)).toBe(appBackend);
    expect(verifyIdentity(key, { userId: '42', timestamp: ts, signature: appBackend }, now, 300)).toBe('42');
    expect(verifyIdentity(key, { userId: '42', timestamp: String(ts), signature: appBackend.toUpperCase() }, now, 300)).toBe('42');
  });

  it('refuses forged, stale, future and missing fields with WUKF_E_IDENTITY_INVALID naming the field', () => {
    const invalid = (field: string) => expect.objectContaining({ code: 'WUKF_E_IDENTITY_INVALID', message: expect.stringContaining(`${field}:`) });
    const good = { userId: '42', timestamp: ts, signature: signIdentity(key, '42', ts) };
    expect(() => verifyIdentity(key, { ...good, userId: '43' }, now, 300)).toThrow(invalid('signature'));
    expect(() => verifyIdentity(key, { ...good, signature: signIdentity(randomBytes(32), '42', ts) }, now, 300)).toThrow(invalid('signature'));
    expect(() => verifyIdentity(key, good, now + 301_000, 300)).toThrow(invalid('timestamp'));
    expect(() => verifyIdentity(key, good, now - 301_000, 300)).toThrow(invalid('timestamp'));
    expect(verifyIdentity(key, good, now + 300_000, 300)).toBe('42');
    expect(() => verifyIdentity(key, { ...good, userId: undefined }, now, 300)).toThrow(invalid('userId'));
    expect(() => verifyIdentity(key, { ...good, userId: 'has space' }, now, 300)).toThrow(invalid('userId'));
    expect(() => verifyIdentity(key, { ...good, timestamp: undefined }, now, 300)).toThrow(invalid('timestamp'));
    expect(() => verifyIdentity(key, { ...good, timestamp: ts + 0.5 }, now, 300)).toThrow(invalid('timestamp'));
    expect(() => verifyIdentity(key, { ...good, signature: undefined }, now, 300)).toThrow(invalid('signature'));
    expect(() => verifyIdentity(key, { ...good, signature: 'abc' }, now, 300)).toThrow(invalid('signature'));
    // A zero-padded timestamp is a different message from the number the backend signed.
    expect(() => verifyIdentity(key, { ...good, timestamp: `0${ts}` }, now, 300)).toThrow(invalid('signature'));
  });
});

describe('origin policy', () => {
  it('allows no Origin, listed origins (normalised) and its own, and refuses the rest including "null"', () => {
    const policy = new OriginPolicy(['https://shop.example.com'], () => ownOrigins('127.0.0.1', 8600, false));
    expect(policy.allows(undefined)).toBe(true);
    expect(policy.allows('https://shop.example.com')).toBe(true);
    expect(policy.allows('HTTPS://SHOP.example.com:443')).toBe(true);
    expect(policy.allows('http://localhost:8600')).toBe(true);
    expect(policy.allows('http://127.0.0.1:8600')).toBe(true);
    expect(policy.allows('http://shop.example.com')).toBe(false);
    expect(policy.allows('https://shop.example.com.evil.test')).toBe(false);
    expect(policy.allows('http://127.0.0.1:8601')).toBe(false);
    expect(policy.allows('null')).toBe(false);
    expect(new OriginPolicy(['*']).allows('https://anything.test')).toBe(true);
    expect(new OriginPolicy([]).allows('https://anything.test')).toBe(false);
  });

  it('derives its own origins from host, port and TLS', () => {
    expect(ownOrigins('chat.example.com', 443, true)).toEqual(['https://chat.example.com']);
    expect(ownOrigins('0.0.0.0', 8600, false)).toEqual(['http://localhost:8600', 'http://127.0.0.1:8600', 'http://[::1]:8600']);
    expect(ownOrigins('fd00::1', 8600, true)).toEqual(['https://[fd00::1]:8600']);
  });

  it("counts every name a TLS certificate covers as its own, at its port, but no wildcard and nothing without TLS", () => {
    const names = ['chat.example.test', '*.example.test', '203.0.113.10', '::1', 'localhost'];
    expect(ownOrigins('0.0.0.0', 8443, true, names)).toEqual([
      'https://localhost:8443',
      'https://127.0.0.1:8443',
      'https://[::1]:8443',
      'https://chat.example.test:8443',
      'https://203.0.113.10:8443',
    ]);
    expect(ownOrigins('0.0.0.0', 8600, false, names)).toEqual(['http://localhost:8600', 'http://127.0.0.1:8600', 'http://[::1]:8600']);
  });
});
