import Fastify, { type FastifyInstance } from 'fastify';
import type { AuthService } from '../auth/index.js';
import type { LoadedConfig } from '../config/index.js';
import { ERRORS, isWukfError } from '../../proto/errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { registerAuthRoutes } from './auth-routes.js';
import { Gateway, type Authenticate, type ConnectionHandler } from './gateway.js';
import { registerStatsRoute, type StatsDeps } from './stats-route.js';
import { registerConversationsRoutes } from './conversations-route.js';
import type { ConversationCore } from '../conversations/index.js';

export interface ServerDeps {
  store: Store;
  logger: Logger;
  version: string;
  /** PEM material when TLS is enabled; loaded and checked by the caller. */
  tls?: { cert: string; key: string };
  /** Serves /api/v1/login and /api/v1/visitors and authenticates upgrades. */
  auth?: AuthService;
  /** Overrides auth's upgrade check (tests' hooks). Without either, every upgrade is refused with 401. */
  authenticate?: Authenticate;
  onConnection?: ConnectionHandler;
  /** The node's live figures; with auth, serves GET /api/v1/admin/stats. */
  live?: StatsDeps['live'];
  /** The conversation core; with auth, serves /api/v1/admin/conversations. */
  conversations?: ConversationCore;
  /** Monotonic milliseconds, for uptime. */
  now?: () => number;
}

export interface WukfServer {
  app: FastifyInstance;
  gateway: Gateway;
  /** /ready answers 200 only while this is true. */
  setReady(ready: boolean): void;
}

export const WEBSOCKET_PATH = '/ws';

/** Builds the HTTP(S) + WebSocket server, ready to listen. Listening and shutdown live in lifecycle.ts. */
export function buildServer(config: LoadedConfig, deps: ServerDeps): WukfServer {
  const now = deps.now ?? (() => performance.now());
  const startedAt = now();
  let ready = false;

  // Fastify's own info lines (one per request, "listening at") would swamp the log: it logs at warn and
  // above unless the operator asked for debug or trace.
  const verbose = deps.logger.levelVal < deps.logger.levels.values.info!;
  const app = Fastify({
    loggerInstance: verbose ? deps.logger : deps.logger.child({}, { level: 'warn' }),
    https: deps.tls ? { cert: deps.tls.cert, key: deps.tls.key } : null,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;

  const gateway = new Gateway({
    logger: deps.logger,
    path: WEBSOCKET_PATH,
    maxPayload: config.values.limits.max_frame_bytes,
    authenticate: deps.authenticate ?? deps.auth?.authenticate,
    onConnection: deps.onConnection,
  });
  gateway.attach(app.server);

  const uptimeS = () => Math.round((now() - startedAt) / 1000);
  if (deps.auth) registerAuthRoutes(app, deps.auth);
  if (deps.auth && deps.conversations) registerConversationsRoutes(app, { auth: deps.auth, store: deps.store, conversations: deps.conversations, now: Date.now });
  if (deps.auth && deps.live) registerStatsRoute(app, { auth: deps.auth, live: deps.live, store: deps.store, version: deps.version, uptimeS });

  app.get('/health', async () => ({ status: 'ok', name: 'wukf', version: deps.version, uptime: uptimeS() }));

  app.get('/ready', async (_req, reply) => {
    if (!ready) {
      return reply.code(503).send({ ready: false, error: { code: 'WUKF_E_NOT_READY', message: ERRORS.WUKF_E_NOT_READY.summary } });
    }
    return { ready: true, connections: gateway.connectionCount, schemaVersion: deps.store.schemaVersion };
  });

  app.setNotFoundHandler(async (req, reply) =>
    reply.code(404).send({ error: { code: 'WUKF_E_NOT_FOUND', message: `no route ${req.method} ${req.url}` } }),
  );

  app.setErrorHandler(async (err, req, reply) => {
    if (isWukfError(err) && err.retryAfterMs !== undefined) void reply.header('retry-after', String(Math.ceil(err.retryAfterMs / 1000)));
    if (isWukfError(err)) return reply.code(err.httpStatus).send({ error: { code: err.code, message: err.message } });
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'WUKF_E_INVALID_INPUT', message: (err as Error).message } });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: { code: 'WUKF_E_INTERNAL', message: ERRORS.WUKF_E_INTERNAL.summary } });
  });

  return { app, gateway, setReady: (value) => (ready = value) };
}
