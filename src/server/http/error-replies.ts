import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ERRORS, isWukfError, WukfError } from '../../proto/errors.js';
import { quoted } from '../domain/excerpt.js';

/** The methods a route may take; OPTIONS is left out because the CORS preflight answers it for every API path. */
const ROUTE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A request URL without its query string: a query may hold a token (GET /ws?token=… without an upgrade). */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** A path as a 404 names it, cut like any other input quoted back. */
function cutPath(path: string): string {
  return path.length <= 120 ? path : `${path.slice(0, 119)}… (${path.length} characters)`;
}

/**
 * Every refusal a client meets over HTTP is JSON in one shape, `{"error":{"code","message"}}`, with the
 * status of the code's row in the error table. Fastify's own refusals are mapped onto documented codes here:
 * a known path asked with the wrong method is 405 with Allow (not a bare 404), a body that is not JSON is 415
 * naming the header to send, a body over the route's limit is 413.
 */
export function registerErrorReplies(app: FastifyInstance): void {
  // Without this, a JSON body sent as text/plain reaches a route as a string and is refused as "not an object".
  app.removeContentTypeParser('text/plain');

  app.setNotFoundHandler(async (req, reply) => {
    const path = pathOf(req.url);
    const allowed: string[] = ROUTE_METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
    if (allowed.length > 0) {
      if (app.findRoute({ method: 'OPTIONS', url: path }) !== null) allowed.push('OPTIONS');
      const error = new WukfError('WUKF_E_METHOD_NOT_ALLOWED', `${cutPath(path)} takes ${allowed.join(', ')}, not ${req.method}`);
      return reply.code(error.httpStatus).header('allow', allowed.join(', ')).send({ error: { code: error.code, message: error.message } });
    }
    return reply.code(404).send({ error: { code: 'WUKF_E_NOT_FOUND', message: `no route ${req.method} ${cutPath(path)}` } });
  });

  app.setErrorHandler(async (err, req, reply) => {
    const error = isWukfError(err) ? err : fromFastify(err, req);
    if (error) {
      if (error.retryAfterMs !== undefined) void reply.header('retry-after', String(Math.ceil(error.retryAfterMs / 1000)));
      return reply.code(error.httpStatus).send({ error: { code: error.code, message: error.message } });
    }
    // Fastify's other refusals (JSON that does not parse, a Content-Length that lies) keep their status.
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'WUKF_E_INVALID_INPUT', message: (err as Error).message } });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: { code: 'WUKF_E_INTERNAL', message: ERRORS.WUKF_E_INTERNAL.summary } });
  });
}

/** A documented error for the fastify refusals that have a code of their own. */
function fromFastify(err: unknown, req: FastifyRequest): WukfError | undefined {
  const { code } = err as { code?: string };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const sent = req.headers['content-type'];
    const got = sent === undefined ? 'no Content-Type' : `Content-Type ${quoted(sent)}`;
    return new WukfError('WUKF_E_UNSUPPORTED_MEDIA_TYPE', `the body must be JSON: send Content-Type: application/json (got ${got})`);
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new WukfError('WUKF_E_BODY_TOO_LARGE', `the body is larger than ${pathOf(req.url)} accepts: at most ${req.routeOptions.bodyLimit} bytes`);
  }
  return undefined;
}
