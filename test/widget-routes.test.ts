import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultWidgetFile } from '../src/server/http/widget-routes.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

afterEach(cleanupTestServers);

describe('the widget routes', () => {
  it('serves the built widget as JavaScript, revalidated by its ETag, with CORS for allowed pages only', async () => {
    // The tests' global setup ran npm run build, which bundles the widget.
    expect(existsSync(defaultWidgetFile())).toBe(true);
    const server = await startTestServer();
    const res = await fetch(`${server.url}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('max-age=');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(defaultWidgetFile()))).toBe(true);

    const again = await fetch(`${server.url}/widget.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // A page of wukf's own origin may read it; one not in server.allowed_origins gets no CORS grant.
    const own = await fetch(`${server.url}/widget.js`, { headers: { origin: server.url } });
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url);
    const foreign = await fetch(`${server.url}/widget.js`, { headers: { origin: 'https://elsewhere.example' } });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('vary')).toContain('Origin');
  });

  it('answers 404 naming the build when the widget was not built', async () => {
    const server = await startTestServer({ deps: { widgetFile: '/nonexistent/widget.js' } });
    const res = await fetch(`${server.url}/widget.js`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'WUKF_E_NOT_FOUND', message: 'the widget is not built: run npm run build' } });
  });

  it('serves / with the version, the state and links instead of a 404', async () => {
    const server = await startTestServer();
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await res.text();
    expect(body).toContain('wukf test');
    expect(body).toContain('<strong id="state">ready</strong>');
    for (const link of ['/demo', '/health', '/widget.js']) expect(body).toContain(`href="${link}"`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    // Other paths still get the JSON 404.
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });

  it('serves /demo with the widget tag, no inline script, and the script its buttons use', async () => {
    const server = await startTestServer();
    const res = await fetch(`${server.url}/demo`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await res.text();
    expect(body).toContain('<script src="/widget.js" data-language="en"');
    expect(body).toContain('<script src="/demo.js" defer></script>');
    expect(body.match(/<script[^>]*>([^<]+)<\/script>/)).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const zh = await (await fetch(`${server.url}/demo?lang=zh-CN`)).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('data-language="zh-CN"');
    // Anything else in the query is not echoed into the page.
    const odd = await (await fetch(`${server.url}/demo?lang=%22%3E%3Cscript%3E`)).text();
    expect(odd).toContain('data-language="en"');
    expect(odd).not.toContain('"><script>');

    const demoScript = await fetch(`${server.url}/demo.js`);
    expect(demoScript.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await demoScript.text()).toContain('wukf.open()');
  });
});
