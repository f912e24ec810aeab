import { afterEach, describe, expect, it } from 'vitest';
import { attemptUpgrade, closeSocket, postJson } from './helpers/auth.js';
import { cleanupTestServers, runTestServer, scaffoldServerDir, type TestServer } from './helpers/server.js';

/*
 * What a browser page embedding wukf gets from the HTTP API: preflights answered for allowed origins, CORS
 * headers on every /api/v1 route whichever part of the server serves it, Vary: Origin for caches, and 403
 * for pages from anywhere else. The requests are the ones a browser sends, made with fetch.
 */

const shop = 'https://shop.example.com';
const evil = 'https://evil.example';

afterEach(() => cleanupTestServers());

async function serve(limits: { visitor_tokens_per_minute?: number } = {}): Promise<TestServer> {
  const prepared = await scaffoldServerDir({ limits });
  prepared.config.values.server.allowed_origins = [shop];
  return runTestServer(prepared);
}

function preflight(url: string, origin: string, method: string, headers = 'content-type'): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });
}

function varyOf(res: { headers: Headers }): string[] {
  return (res.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());
}

describe('CORS for embedding pages', () => {
  it('answers the preflight of POST /api/v1/visitors for an allowed origin, and refuses it for any other', async () => {
    const s = await serve();
    const ok = await preflight(`${s.url}/api/v1/visitors`, shop, 'POST', 'content-type');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(shop);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    // Tokens never travel in cookies: a page gets no credentialed access.
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(varyOf(ok)).toContain('origin');

    const refused = await preflight(`${s.url}/api/v1/visitors`, evil, 'POST');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('WUKF_E_ORIGIN_FORBIDDEN');
  });

  it('serves POST /api/v1/visitors to an allowed page with CORS headers, and marks every answer Vary: Origin', async () => {
    const s = await serve();
    const fromShop = await postJson(`${s.url}/api/v1/visitors`, {}, { origin: shop });
    expect(fromShop.status).toBe(200);
    expect(fromShop.headers.get('access-control-allow-origin')).toBe(shop);
    expect(varyOf(fromShop)).toContain('origin');

    const fromEvil = await postJson(`${s.url}/api/v1/visitors`, {}, { origin: evil });
    expect(fromEvil.status).toBe(403);
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull();

    // An app or a server sends no Origin: served, without CORS headers, but still marked for caches.
    const fromApp = await postJson(`${s.url}/api/v1/visitors`, {});
    expect(fromApp.status).toBe(200);
    expect(fromApp.headers.get('access-control-allow-origin')).toBeNull();
    expect(varyOf(fromApp)).toContain('origin');

    // The token a page got opens the WebSocket from that page; another page's upgrade is refused.
    const token = fromShop.body.token as string;
    const opened = await attemptUpgrade(s.wsUrl, { protocols: ['wukf.v1', `token.${token}`], origin: shop });
    expect(opened.opened).toBe(true);
    await closeSocket(opened);
    expect(await attemptUpgrade(s.wsUrl, { protocols: ['wukf.v1', `token.${token}`], origin: evil })).toMatchObject({ opened: false, status: 403 });
  });

  it('lets an allowed page read Retry-After when it is over its visitor token budget', async () => {
    const s = await serve({ visitor_tokens_per_minute: 1 });
    expect((await postJson(`${s.url}/api/v1/visitors`, {}, { origin: shop })).status).toBe(200);
    const limited = await postJson(`${s.url}/api/v1/visitors`, {}, { origin: shop });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe(shop);
    expect(limited.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('holds the admin routes to the same origin policy as the credential routes', async () => {
    const s = await serve();
    const admin = await s.adminToken();
    const stats = (origin?: string) =>
      fetch(`${s.url}/api/v1/admin/stats`, { headers: { authorization: `Bearer ${admin}`, ...(origin ? { origin } : {}) } });

    const fromEvil = await stats(evil);
    expect(fromEvil.status).toBe(403);
    expect(((await fromEvil.json()) as { error: { code: string } }).error.code).toBe('WUKF_E_ORIGIN_FORBIDDEN');
    const fromShop = await stats(shop);
    expect(fromShop.status).toBe(200);
    expect(fromShop.headers.get('access-control-allow-origin')).toBe(shop);
    expect((await stats()).status).toBe(200);

    const patch = await preflight(`${s.url}/api/v1/admin/agents/alice`, shop, 'PATCH', 'authorization, content-type');
    expect(patch.status).toBe(204);
    expect(patch.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
    expect(patch.headers.get('access-control-allow-methods')).toMatch(/DELETE/);
  });
});
