import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OriginPolicy } from '../auth/index.js';
import { DEMO_SCRIPT, demoPage, PAGE_CSP, rootPage } from './widget-pages.js';

export interface WidgetRouteDeps {
  version: string;
  /** Which pages may load the widget with CORS (server.allowed_origins and wukf's own); absent: any. */
  origins?: OriginPolicy;
  ready: () => boolean;
  /** The bundled widget (npm run build). */
  widgetFile: string;
}

/**
 * dist/widget/widget.js of this package. Under the test runner this module is the TypeScript source in src/,
 * and the bundle is still the one the build wrote into dist/.
 */
export function defaultWidgetFile(): string {
  const url = new URL('../../widget/widget.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return url.pathname;
  const at = url.pathname.lastIndexOf('/src/');
  return `${url.pathname.slice(0, at)}/dist/${url.pathname.slice(at + '/src/'.length)}`;
}

interface Bundle {
  key: string;
  body: Buffer;
  etag: string;
}

/**
 * GET /widget.js (the widget for any page), GET / (what runs here) and GET /demo (the widget on a page).
 * The widget is read again when the file changes (a rebuild or an upgrade while running) and revalidated by
 * its ETag, so browsers keep it for a few minutes and then ask with If-None-Match.
 */
export function registerWidgetRoutes(app: FastifyInstance, deps: WidgetRouteDeps): void {
  let cached: Bundle | undefined;
  const bundle = (): Bundle | undefined => {
    let key: string;
    try {
      const stat = statSync(deps.widgetFile);
      key = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (cached?.key !== key) {
      const body = readFileSync(deps.widgetFile);
      cached = { key, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    }
    return cached;
  };

  app.get('/widget.js', async (req, reply) => {
    const found = bundle();
    if (!found) {
      return reply.code(404).send({ error: { code: 'WUKF_E_NOT_FOUND', message: 'the widget is not built: run npm run build' } });
    }
    allowOrigin(req, reply, deps.origins);
    void reply
      .header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300, must-revalidate')
      .header('etag', found.etag)
      .header('x-content-type-options', 'nosniff')
      // Pages that isolate themselves (Cross-Origin-Embedder-Policy) may still load it from another site.
      .header('cross-origin-resource-policy', 'cross-origin');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(found.etag)) return reply.code(304).send();
    return reply.send(found.body);
  });

  app.get('/demo.js', async (_req, reply) =>
    reply.header('content-type', 'application/javascript; charset=utf-8').header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').send(DEMO_SCRIPT),
  );

  app.get('/', async (_req, reply) => html(reply, rootPage(deps.version, deps.ready())));

  app.get('/demo', async (req, reply) => {
    const lang = (req.query as { lang?: unknown }).lang;
    return html(reply, demoPage(lang === 'zh-CN' ? 'zh-CN' : 'en'));
  });
}

function html(reply: FastifyReply, body: string): FastifyReply {
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .send(body);
}

/** A page loading the widget with crossorigin (or fetching it) may read it when it may talk to wukf at all. */
function allowOrigin(req: FastifyRequest, reply: FastifyReply, origins: OriginPolicy | undefined): void {
  void reply.header('vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined) return;
  if (!origins) void reply.header('access-control-allow-origin', '*');
  else if (origins.allows(origin)) void reply.header('access-control-allow-origin', origin);
}
