import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { originForbidden, type OriginPolicy } from '../auth/index.js';
import { API_PREFIX } from './auth-routes.js';

/** What a page may send to the API: every method a route under /api/v1 takes, and the two headers it reads. */
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = 'authorization, content-type';
/** A browser caches a preflight answer this long (seconds), so a widget pays for one per ten minutes. */
const PREFLIGHT_MAX_AGE_S = '600';

function isApi(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}

/**
 * The origin policy and CORS for every route under /api/v1, whichever file registers it: a page from a
 * disallowed Origin is refused with 403 before the route runs, an allowed one gets
 * Access-Control-Allow-Origin (echoing its origin; tokens travel in bodies and headers, never cookies, so
 * credentials are not allowed) and may read Retry-After on a 429. Registered before the routes, at the root,
 * so that no route escapes it. /ws upgrades are held to the same policy by the gateway (AuthService).
 */
export function registerBrowserOrigins(app: FastifyInstance, origins: OriginPolicy): void {
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!isApi(req.url)) return;
    // Whether the answer carries CORS headers, and which origin they name, depends on Origin: shared
    // caches must not hand one page's answer to another.
    void reply.header('vary', 'Origin');
    const origin = req.headers.origin;
    if (origin === undefined) return;
    if (!origins.allows(origin)) throw originForbidden(origin);
    void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', 'Retry-After');
  });

  app.options(`${API_PREFIX}/*`, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', ALLOW_METHODS)
      .header('access-control-allow-headers', ALLOW_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_S)
      .send(),
  );
}
