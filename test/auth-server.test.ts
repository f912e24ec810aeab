import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyScaffold, planScaffold } from '../src/install/index.js';
import { signIdentity } from '../src/server/auth/identity.js';
import type { Principal } from '../src/server/auth/principal.js';
import { loadConfig, type LoadedConfig } from '../src/server/config/index.js';
import { WukfError } from '../src/proto/errors.js';
import type { Authenticate } from '../src/server/http/gateway.js';
import { runServer, type ReadyInfo } from '../src/server/lifecycle.js';
import { createLogger } from '../src/server/logger.js';
import { readSecret } from '../src/server/secrets.js';
import { freePort, sandbox, type Sandbox } from './helpers/cli.js';
import { attemptUpgrade, closeSocket, login, postJson, type UpgradeOutcome } from './helpers/auth.js';

const logger = createLogger({ level: 'fatal', format: 'json' });
const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

interface Running {
  url: string;
  wsUrl: string;
  /** The server's wall clock; tests move it instead of sleeping. */
  clock: { now: number };
  principals: Principal[];
  stop(): Promise<void>;
}

describe('authentication on a running server (in process)', () => {
  let box: Sandbox;
  let config: LoadedConfig;
  let adminPassword: string;
  const running: Running[] = [];
  const sockets: UpgradeOutcome[] = [];

  beforeEach(async () => {
    box = sandbox();
    const dir = box.path('x');
    const result = await applyScaffold(await planScaffold({ dir, host: '127.0.0.1', port: await freePort(), tls: { mode: 'none' }, adminUsername: 'admin' }));
    adminPassword = result.admin.password;
    config = loadConfig(dir, {});
  });

  afterEach(async () => {
    for (const s of sockets.splice(0)) await closeSocket(s);
    for (const r of running.splice(0)) await r.stop();
    box.cleanup();
  });

  async function serve(authenticate?: Authenticate): Promise<Running> {
    const clock = { now: T0 };
    const principals: Principal[] = [];
    const shutdown = new AbortController();
    let ready!: (info: ReadyInfo) => void;
    const readyInfo = new Promise<ReadyInfo>((resolve) => (ready = resolve));
    const done = runServer({
      config,
      logger,
      version: '0.0.0-test',
      signal: shutdown.signal,
      onReady: ready,
      clock: () => clock.now,
      deps: { onConnection: (_ws, principal) => principals.push(principal), ...(authenticate && { authenticate }) },
    });
    const { url } = await Promise.race([readyInfo, done.then(() => Promise.reject(new Error('server stopped before ready')))]);
    const r: Running = {
      url,
      wsUrl: `${url.replace('http', 'ws')}/ws`,
      clock,
      principals,
      stop: async () => {
        shutdown.abort();
        await done;
      },
    };
    running.push(r);
    return r;
  }

  async function upgrade(url: string, opts: Parameters<typeof attemptUpgrade>[1] = {}): Promise<UpgradeOutcome> {
    const outcome = await attemptUpgrade(url, opts);
    sockets.push(outcome);
    return outcome;
  }

  describe('POST /api/v1/login', () => {
    it('returns a token and the agent for the right password, and the token opens a WebSocket', async () => {
      const s = await serve();
      const res = await postJson(`${s.url}/api/v1/login`, { username: 'admin', password: adminPassword });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        token: expect.stringMatching(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/),
        expiresAt: new Date(T0 + config.values.auth.agent_token_ttl * 1000).toISOString(),
        agent: { username: 'admin', displayName: 'Administrator', role: 'admin' },
      });
      const outcome = await upgrade(s.wsUrl, { bearer: res.body.token });
      expect(outcome.opened).toBe(true);
      expect(s.principals).toEqual([
        { kind: 'admin', id: 'admin', displayName: 'Administrator', role: 'admin', token: { id: expect.any(String), expiresAt: T0 + 12 * 3600 * 1000, version: 0 } },
      ]);
    });

    it('answers a wrong password and an unknown user identically with 401 WUKF_E_BAD_PASSWORD', async () => {
      const s = await serve();
      const wrong = await postJson(`${s.url}/api/v1/login`, { username: 'admin', password: 'not the password' });
      const unknown = await postJson(`${s.url}/api/v1/login`, { username: 'nobody', password: 'not the password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ error: { code: 'WUKF_E_BAD_PASSWORD', message: 'wrong username or password' } });
      expect(unknown.status).toBe(wrong.status);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('rejects a malformed body with 400 WUKF_E_INVALID_INPUT naming the field', async () => {
      const s = await serve();
      const missing = await postJson(`${s.url}/api/v1/login`, { username: 'admin' });
      expect(missing.status).toBe(400);
      expect(missing.body.error).toEqual({ code: 'WUKF_E_INVALID_INPUT', message: 'password: required' });
      const wrongType = await postJson(`${s.url}/api/v1/login`, { username: 7, password: 'x' });
      expect(wrongType.body.error.message).toBe('username: expected a string');
      const typo = await postJson(`${s.url}/api/v1/login`, { username: 'admin', pasword: 'x', password: 'y' });
      expect(typo.status).toBe(400);
      expect(typo.body.error.message).toContain('unknown field pasword');
      const notObject = await postJson(`${s.url}/api/v1/login`, ['admin']);
      expect(notObject.body.error.message).toBe('the body must be a JSON object');
    });

    it('locks a username at one address after auth.login_attempts failures for a doubling delay, with Retry-After', async () => {
      const s = await serve();
      const attempt = (password: string) => postJson(`${s.url}/api/v1/login`, { username: 'admin', password });
      for (let i = 0; i < config.values.auth.login_attempts; i++) {
        expect((await attempt(`wrong ${i}`)).status).toBe(401);
      }
      // The first failure past the budget is still answered (401) and earns a 1 s lock; the next, 2 s.
      expect((await attempt('wrong again')).status).toBe(401);
      const throttled = await attempt('wrong again');
      expect(throttled.status).toBe(429);
      expect(throttled.body.error.code).toBe('WUKF_E_RATE_LIMITED');
      expect(throttled.headers.get('retry-after')).toBe('1');
      // Even the right password waits: otherwise the throttle would tell a guess was right.
      expect((await attempt(adminPassword)).status).toBe(429);
      s.clock.now += 1_000;
      expect((await attempt('wrong still')).status).toBe(401);
      expect((await attempt(adminPassword)).headers.get('retry-after')).toBe('2');

      s.clock.now += 2_000;
      expect((await attempt(adminPassword)).status).toBe(200);
      // Success cleared that username's failures from this address.
      expect((await attempt('wrong once more')).status).toBe(401);
      expect((await attempt('wrong twice more')).status).toBe(401);
    });

    it('locks an address across usernames after auth.login_address_failures failures', async () => {
      config.values.auth.login_address_failures = 4;
      const s = await serve();
      for (const username of ['a1', 'a2', 'a3', 'a4', 'a5']) {
        expect((await postJson(`${s.url}/api/v1/login`, { username, password: 'guess' })).status).toBe(401);
      }
      const fresh = await postJson(`${s.url}/api/v1/login`, { username: 'a6', password: 'guess' });
      expect(fresh.status).toBe(429);
      expect(fresh.headers.get('retry-after')).toBe('1');
    });
  });

  describe('POST /api/v1/visitors', () => {
    it('issues an anonymous visitor a fresh v_ id and a token that opens a WebSocket', async () => {
      const s = await serve();
      const a = await postJson(`${s.url}/api/v1/visitors`, {});
      const b = await postJson(`${s.url}/api/v1/visitors`, { displayName: 'Anna' });
      expect(a.status).toBe(200);
      expect(a.body).toEqual({
        token: expect.any(String),
        expiresAt: new Date(T0 + 24 * 3600 * 1000).toISOString(),
        visitor: { id: expect.stringMatching(/^v_[A-Za-z0-9_-]{22}$/), displayName: expect.stringMatching(/^Visitor /) },
      });
      expect(b.body.visitor.displayName).toBe('Anna');
      expect(b.body.visitor.id).not.toBe(a.body.visitor.id);
      expect((await upgrade(s.wsUrl, { bearer: b.body.token })).opened).toBe(true);
      expect(s.principals).toEqual([{ kind: 'visitor', id: b.body.visitor.id, displayName: 'Anna', token: { id: expect.any(String), expiresAt: T0 + 86_400_000 } }]);
    });

    it('refuses anonymous visitors with 401 WUKF_E_IDENTITY_INVALID when auth.anonymous_visitors is false', async () => {
      config.values.auth.anonymous_visitors = false;
      const s = await serve();
      const res = await postJson(`${s.url}/api/v1/visitors`, {});
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('WUKF_E_IDENTITY_INVALID');
      expect(res.body.error.message).toContain('anonymous visitors are disabled');
    });

    it('issues u_<userId> for an identity signed as docs/auth.md says, with the key file as the app backend reads it', async () => {
      config.values.auth.anonymous_visitors = false;
      const s = await serve();
      const keyText = readFileSync(config.paths.identityHmacKey, 'utf8').trim();
      const timestamp = Math.floor(s.clock.now / 1000);
      const signature = createHmac('sha256', keyText).update(`42:${timestamp}`).digest('hex');
      const res = await postJson(`${s.url}/api/v1/visitors`, { userId: '42', timestamp, signature, displayName: 'Anna Schmidt' });
      expect(res.status).toBe(200);
      expect(res.body.visitor).toEqual({ id: 'u_42', displayName: 'Anna Schmidt' });
      expect((await upgrade(s.wsUrl, { bearer: res.body.token })).opened).toBe(true);
      expect(s.principals[0]).toMatchObject({ kind: 'visitor', id: 'u_42', displayName: 'Anna Schmidt' });
      expect(s.principals[0]!.role).toBeUndefined();
    });

    it('refuses forged, stale and incomplete identities with 401 WUKF_E_IDENTITY_INVALID', async () => {
      const s = await serve();
      const key = readSecret(config.paths.identityHmacKey);
      const now = Math.floor(s.clock.now / 1000);
      const good = { userId: '42', timestamp: now, signature: signIdentity(key, '42', now) };
      const cases: [string, Record<string, unknown>, string][] = [
        ['forged for another user', { ...good, userId: '43' }, 'signature:'],
        ['signed with another key', { ...good, signature: signIdentity(Buffer.alloc(32, 1), '42', now) }, 'signature:'],
        ['stale', { userId: '42', timestamp: now - 301, signature: signIdentity(key, '42', now - 301) }, 'timestamp:'],
        ['from the future', { userId: '42', timestamp: now + 301, signature: signIdentity(key, '42', now + 301) }, 'timestamp:'],
        ['no signature', { userId: '42', timestamp: now }, 'signature:'],
        ['no timestamp', { userId: '42', signature: good.signature }, 'timestamp:'],
        ['no userId', { timestamp: now, signature: good.signature }, 'userId:'],
      ];
      for (const [what, body, field] of cases) {
        const res = await postJson(`${s.url}/api/v1/visitors`, body);
        expect(res.status, what).toBe(401);
        expect(res.body.error.code, what).toBe('WUKF_E_IDENTITY_INVALID');
        expect(res.body.error.message, what).toContain(field);
      }
      // Hex digits are read case-blind: the same signature in upper case is the same bytes.
      const upper = await postJson(`${s.url}/api/v1/visitors`, { ...good, signature: good.signature.toUpperCase() });
      expect(upper.status).toBe(200);
      expect(upper.body.visitor.id).toBe('u_42');
      // The same signature is fine at the edge of the skew window.
      s.clock.now += 300_000;
      expect((await postJson(`${s.url}/api/v1/visitors`, good)).status).toBe(200);
    });

    it('with auth.identity_single_use refuses a replayed signature within the window, in any letter case, and takes a fresh one', async () => {
      config.values.auth.identity_single_use = true;
      const s = await serve();
      const key = readSecret(config.paths.identityHmacKey);
      const now = Math.floor(s.clock.now / 1000);
      const first = { userId: '42', timestamp: now, signature: signIdentity(key, '42', now) };
      expect((await postJson(`${s.url}/api/v1/visitors`, first)).status).toBe(200);
      s.clock.now += 200_000;
      for (const replay of [first, { ...first, signature: first.signature.toUpperCase() }]) {
        const res = await postJson(`${s.url}/api/v1/visitors`, replay);
        expect(res.status).toBe(401);
        expect(res.body.error).toEqual({ code: 'WUKF_E_IDENTITY_INVALID', message: 'signature: already used (auth.identity_single_use is on); sign a fresh timestamp for each request' });
      }
      // Past the window the replay is stale, which says so.
      s.clock.now += 101_000;
      expect((await postJson(`${s.url}/api/v1/visitors`, first)).body.error.message).toContain('timestamp:');
      const fresh = Math.floor(s.clock.now / 1000);
      const res = await postJson(`${s.url}/api/v1/visitors`, { userId: '42', timestamp: fresh, signature: signIdentity(key, '42', fresh) });
      expect(res.status).toBe(200);
      expect(res.body.visitor.id).toBe('u_42');
    });

    it('refuses more than limits.visitor_tokens_per_minute from one address with 429 and Retry-After', async () => {
      config.values.limits.visitor_tokens_per_minute = 3;
      const s = await serve();
      for (let i = 0; i < 3; i++) expect((await postJson(`${s.url}/api/v1/visitors`, {})).status).toBe(200);
      const refused = await postJson(`${s.url}/api/v1/visitors`, {});
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('WUKF_E_RATE_LIMITED');
      expect(refused.body.error.message).toContain('limits.visitor_tokens_per_minute');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('WebSocket upgrade', () => {
    it('accepts the token as a Bearer header, as the wukf.v1 + token.<t> subprotocols (selecting wukf.v1) and as ?token=', async () => {
      const s = await serve();
      const token = await login(s.url, 'admin', adminPassword);
      const bearer = await upgrade(s.wsUrl, { bearer: token });
      expect(bearer).toMatchObject({ opened: true, protocol: '' });
      const subprotocol = await upgrade(s.wsUrl, { protocols: ['wukf.v1', `token.${token}`] });
      expect(subprotocol).toMatchObject({ opened: true, protocol: 'wukf.v1' });
      // Offered token first, the server still answers wukf.v1 and never echoes the token.
      const tokenFirst = await upgrade(s.wsUrl, { protocols: [`token.${token}`, 'wukf.v1'] });
      expect(tokenFirst).toMatchObject({ opened: true, protocol: 'wukf.v1' });
      const query = await upgrade(`${s.wsUrl}?token=${encodeURIComponent(token)}`);
      expect(query).toMatchObject({ opened: true });
      expect(s.principals.map((p) => p.id)).toEqual(['admin', 'admin', 'admin', 'admin']);
    });

    it('refuses no token, a garbage token and a token subprotocol without wukf.v1 with 401 WUKF_E_UNAUTHENTICATED', async () => {
      const s = await serve();
      const token = await login(s.url, 'admin', adminPassword);
      for (const [what, outcome] of [
        ['no token', await upgrade(s.wsUrl)],
        ['garbage', await upgrade(s.wsUrl, { bearer: 'garbage' })],
        ['tampered', await upgrade(s.wsUrl, { bearer: `${token.slice(0, -4)}AAAA` })],
        ['token.<t> without wukf.v1', await upgrade(s.wsUrl, { protocols: [`token.${token}`] })],
      ] as const) {
        expect(outcome, what).toMatchObject({ opened: false, status: 401, body: { error: { code: 'WUKF_E_UNAUTHENTICATED' } } });
      }
      expect(s.principals).toEqual([]);
    });

    it('refuses an expired agent or visitor token with 401 WUKF_E_TOKEN_EXPIRED', async () => {
      const s = await serve();
      const agentToken = await login(s.url, 'admin', adminPassword);
      const visitorToken = (await postJson(`${s.url}/api/v1/visitors`, {})).body.token as string;
      s.clock.now += config.values.auth.agent_token_ttl * 1000 - 1000;
      expect((await upgrade(s.wsUrl, { bearer: agentToken })).opened).toBe(true);
      s.clock.now += 1000;
      expect(await upgrade(s.wsUrl, { bearer: agentToken })).toMatchObject({ opened: false, status: 401, body: { error: { code: 'WUKF_E_TOKEN_EXPIRED' } } });
      s.clock.now = T0 + config.values.auth.visitor_token_ttl * 1000;
      expect(await upgrade(s.wsUrl, { bearer: visitorToken })).toMatchObject({ opened: false, status: 401, body: { error: { code: 'WUKF_E_TOKEN_EXPIRED' } } });
    });
  });

  describe('a failing authenticator', () => {
    it('refuses with a plain HTTP response, never an open socket: 500 for a crash, the error\'s status for a WukfError', async () => {
      let mode: 'crash' | 'reject' = 'crash';
      const s = await serve(async () => {
        if (mode === 'crash') throw new Error('store unreachable');
        throw new WukfError('WUKF_E_FORBIDDEN', 'not today');
      });
      expect(await upgrade(s.wsUrl, { bearer: 'x' })).toMatchObject({ opened: false, status: 500, body: { error: { code: 'WUKF_E_INTERNAL' } } });
      mode = 'reject';
      expect(await upgrade(s.wsUrl, { bearer: 'x' })).toMatchObject({ opened: false, status: 403, body: { error: { code: 'WUKF_E_FORBIDDEN', message: 'not today' } } });
      expect(s.principals).toEqual([]);
    });
  });

  describe('browser origins', () => {
    it('refuses a disallowed Origin with 403 on login, visitors and upgrade, and serves allowed ones with CORS', async () => {
      config.values.server.allowed_origins = ['https://shop.example.com'];
      const s = await serve();
      const token = await login(s.url, 'admin', adminPassword);
      const evil = 'https://evil.example';

      const refusedLogin = await postJson(`${s.url}/api/v1/login`, { username: 'admin', password: adminPassword }, { origin: evil });
      expect(refusedLogin.status).toBe(403);
      expect(refusedLogin.body.error.code).toBe('WUKF_E_ORIGIN_FORBIDDEN');
      expect((await postJson(`${s.url}/api/v1/visitors`, {}, { origin: evil })).status).toBe(403);
      expect(await upgrade(s.wsUrl, { bearer: token, origin: evil })).toMatchObject({ opened: false, status: 403, body: { error: { code: 'WUKF_E_ORIGIN_FORBIDDEN' } } });
      expect(await upgrade(s.wsUrl, { bearer: token, origin: 'null' })).toMatchObject({ opened: false, status: 403 });

      const shop = 'https://shop.example.com';
      const allowedLogin = await postJson(`${s.url}/api/v1/login`, { username: 'admin', password: adminPassword }, { origin: shop });
      expect(allowedLogin.status).toBe(200);
      expect(allowedLogin.headers.get('access-control-allow-origin')).toBe(shop);
      // The page can read why a login failed, too.
      const failedLogin = await postJson(`${s.url}/api/v1/login`, { username: 'admin', password: 'wrong password' }, { origin: shop });
      expect(failedLogin.status).toBe(401);
      expect(failedLogin.headers.get('access-control-allow-origin')).toBe(shop);
      const preflight = await fetch(`${s.url}/api/v1/visitors`, {
        method: 'OPTIONS',
        headers: { origin: shop, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(shop);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
      expect((await upgrade(s.wsUrl, { protocols: ['wukf.v1', `token.${token}`], origin: shop })).opened).toBe(true);
      // The server's own origin is always allowed.
      expect((await upgrade(s.wsUrl, { bearer: token, origin: s.url })).opened).toBe(true);
      expect((await postJson(`${s.url}/api/v1/visitors`, {}, { origin: s.url })).status).toBe(200);
    });

    it('with the default empty list, refuses every other browser page but not requests without Origin', async () => {
      const s = await serve();
      expect((await postJson(`${s.url}/api/v1/visitors`, {}, { origin: 'https://shop.example.com' })).status).toBe(403);
      expect((await postJson(`${s.url}/api/v1/visitors`, {})).status).toBe(200);
    });

    it('allows every page with "*"', async () => {
      config.values.server.allowed_origins = ['*'];
      const s = await serve();
      const visitor = await postJson(`${s.url}/api/v1/visitors`, {}, { origin: 'https://anywhere.example' });
      expect(visitor.status).toBe(200);
      expect((await upgrade(s.wsUrl, { bearer: visitor.body.token, origin: 'https://anywhere.example' })).opened).toBe(true);
    });
  });
});
