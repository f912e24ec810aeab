import type { IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import Fastify, { type FastifyInstance } from 'fastify';
import { addressGroup, clientAddress, trustProxies, type AuthService } from '../auth/index.js';
import type { LoadedConfig } from '../config/index.js';
import { ERRORS } from '../../proto/errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { CertificateReloader } from '../tls-reload.js';
import { initialPasswordPath } from '../auth/initial-password.js';
import { forgetInitialPasswordOnLogin, registerAccountRoutes, type AccountChanges } from './account-routes.js';
import { AddressBudget } from './address-budget.js';
import { registerErrorReplies } from './error-replies.js';
import { answerPlainHttpOnTlsPort } from './plain-http-on-tls.js';
import { registerAdminAgentsRoutes } from './admin-agents-route.js';
import { registerAdminGroupsRoutes, type GroupChanges } from './admin-groups-route.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerBrowserOrigins } from './browser-origins.js';
import { Gateway, type Authenticate, type ConnectionHandler } from './gateway.js';
import { registerStatsRoute, type StatsDeps } from './stats-route.js';
import { registerConversationsRoutes } from './conversations-route.js';
import { defaultWidgetFile, registerWidgetRoutes } from './widget-routes.js';
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
  /** Closes an account's connections when it changes; with auth, serves the admin account routes. */
  accounts?: AccountChanges;
  /** Tells a running server's routing that groups changed. */
  groups?: GroupChanges;
  /** The conversation core; with auth, serves /api/v1/admin/conversations. */
  conversations?: ConversationCore;
  /** Monotonic milliseconds, for uptime. */
  now?: () => number;
  /** The bundled web widget served at /widget.js; default dist/widget/widget.js of this package. */
  widgetFile?: string;
}

export interface WukfServer {
  app: FastifyInstance;
  gateway: Gateway;
  /** /ready answers 200 only while this is true. */
  setReady(ready: boolean): void;
  /** With TLS: swaps in a renewed certificate on SIGHUP or when the files change, while listening. */
  certificates?: CertificateReloader;
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
  const limits = config.values.limits;
  const trustProxy = trustProxies(config.values.server.trusted_proxies);
  // Node requires the headers timeout within the request timeout; it checks both on this interval, so
  // it follows the smaller one (a slow sender is cut off within a fifth of its timeout late).
  const headersTimeout = Math.min(limits.http_headers_timeout_ms, limits.http_request_timeout_ms);
  const connectionsCheckingInterval = Math.max(50, Math.min(30_000, Math.floor(headersTimeout / 5)));
  const app = Fastify({
    loggerInstance: verbose ? deps.logger : deps.logger.child({}, { level: 'warn' }),
    ...(deps.tls ? { https: { cert: deps.tls.cert, key: deps.tls.key, connectionsCheckingInterval } } : { http: { connectionsCheckingInterval } }),
    bodyLimit: 1024 * 1024,
    trustProxy,
    requestTimeout: limits.http_request_timeout_ms,
    keepAliveTimeout: limits.http_keep_alive_timeout_ms,
    connectionTimeout: limits.http_connection_timeout_ms,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;
  app.server.headersTimeout = headersTimeout;
  const certificates = deps.tls && new CertificateReloader(config.paths, (pair) => (app.server as unknown as HttpsServer).setSecureContext(pair), deps.logger, deps.tls.cert);
  if (certificates) {
    app.addHook('onListen', async () => certificates.start());
    app.addHook('onClose', async () => certificates.stop());
  }
  app.server.maxConnections = limits.max_tcp_connections;
  if (deps.tls) answerPlainHttpOnTlsPort(app.server, headersTimeout);
  const addressGroupOf = (req: IncomingMessage) => addressGroup(clientAddress(req, trustProxy));

  const gateway = new Gateway({
    logger: deps.logger,
    path: WEBSOCKET_PATH,
    maxPayload: config.values.limits.max_frame_bytes,
    authenticate: deps.authenticate ?? deps.auth?.authenticate,
    onConnection: deps.onConnection,
    admission: {
      addressGroupOf,
      upgrades: new AddressBudget(limits.upgrades_per_minute, 'WebSocket upgrades', 'limits.upgrades_per_minute'),
      maxWebsockets: limits.max_websockets,
      staffReserved: limits.staff_reserved_websockets,
      now: () => performance.now(),
    },
  });
  gateway.attach(app.server);

  const uptimeS = () => Math.round((now() - startedAt) / 1000);
  if (deps.auth) registerBrowserOrigins(app, deps.auth.origins);
  if (deps.auth) {
    const visitorTokens = new AddressBudget(limits.visitor_tokens_per_minute, 'visitor tokens', 'limits.visitor_tokens_per_minute');
    registerAuthRoutes(app, deps.auth, { addressGroupOf, visitorTokens, now: () => performance.now() });
  }
  if (deps.auth && deps.accounts) {
    registerAccountRoutes(app, { auth: deps.auth, store: deps.store, accounts: deps.accounts });
    registerAdminAgentsRoutes(app, { auth: deps.auth, store: deps.store, accounts: deps.accounts });
  }
  if (deps.auth) registerAdminGroupsRoutes(app, { auth: deps.auth, store: deps.store, groups: deps.groups });
  forgetInitialPasswordOnLogin(app, initialPasswordPath(config.paths.dataDir), deps.logger);
  if (deps.auth && deps.conversations) registerConversationsRoutes(app, { auth: deps.auth, store: deps.store, conversations: deps.conversations, now: Date.now });
  if (deps.auth && deps.live) registerStatsRoute(app, { auth: deps.auth, live: deps.live, store: deps.store, version: deps.version, uptimeS });

  app.get('/health', async () => ({ status: 'ok', name: 'wukf', version: deps.version, uptime: uptimeS() }));

  app.get('/ready', async (_req, reply) => {
    if (!ready) {
      return reply.code(503).send({ ready: false, error: { code: 'WUKF_E_NOT_READY', message: ERRORS.WUKF_E_NOT_READY.summary } });
    }
    return { ready: true, connections: gateway.connectionCount, schemaVersion: deps.store.schemaVersion };
  });

  registerErrorReplies(app);
  registerWidgetRoutes(app, { version: deps.version, origins: deps.auth?.origins, ready: () => ready, widgetFile: deps.widgetFile ?? defaultWidgetFile() });

  return { app, gateway, setReady: (value) => (ready = value), certificates };
}
