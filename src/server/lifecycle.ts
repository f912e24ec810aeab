import { once } from 'node:events';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { AbuseLog } from './abuse-log.js';
import { AuthService, clientAddress, OriginPolicy, ownOrigins, trustProxies } from './auth/index.js';
import type { LoadedConfig } from './config/index.js';
import { WukfError } from '../proto/errors.js';
import { buildServer, type ServerDeps } from './http/build-server.js';
import { CONTROL_SOCKET_NAME, ControlSocket, removeStaleSocket } from './http/control-socket.js';
import type { Logger } from './logger.js';
import { createBus } from './bus/index.js';
import { ConversationCore } from './conversations/index.js';
import { Dashboard, HealthProbe } from './dashboard/index.js';
import type { RoutingDirectory } from './dispatch/index.js';
import type { QueuePlaces } from './realtime/fan-out.js';
import { LocalPresence } from './presence/index.js';
import { ObservedPresence, RoutingDesk, RoutingService } from './dispatch/index.js';
import { Router, routingSettings } from './routing/index.js';
import { limitsFromConfig, queueBudgetsFromConfig, Realtime } from './realtime/index.js';
import { readSecret } from './secrets.js';
import { createStore, DataDirLock, type Store } from './store/index.js';
import { certificateSans, keyFileExposure, loadTlsPair } from './tls.js';

/** Everything must be closed within 5 s of SIGTERM; sockets get most of it, the store the rest. */
const SOCKET_DRAIN_MS = 3_500;

export interface ReadyInfo {
  url: string;
  host: string;
  port: number;
  admins: string[];
  startupMs: number;
}

export interface RunOptions {
  config: LoadedConfig;
  logger: Logger;
  version: string;
  /** Aborting it starts a graceful shutdown, at any point of startup or while serving. */
  signal: AbortSignal;
  onReady?: (info: ReadyInfo) => void;
  /** Extra server dependencies (the messaging layer's connection handler, tests' hooks). */
  deps?: Pick<ServerDeps, 'authenticate' | 'onConnection' | 'widgetFile'>;
  /** Wall-clock milliseconds for token expiry, identity timestamps and login throttling; tests pass a fake one. */
  clock?: () => number;
  /** Runs once the store is open and migrated, before the port is opened (`wukf start --create-database` adds the first admin). */
  prepareStore?: (store: Store) => Promise<void>;
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function listenError(err: unknown, host: string, port: number): WukfError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new WukfError('WUKF_E_PORT_IN_USE', `${host}:${port} is already in use by another process (is wukf already running? \`wukf doctor\` tells). Choose another port: --port on the command line, WUKF_PORT in the environment, or server.port in wukf.yaml.`, { cause: err });
  }
  if (code === 'EACCES') {
    return new WukfError('WUKF_E_LISTEN_FAILED', `not allowed to listen on ${host}:${port} (EACCES): ports below 1024 need CAP_NET_BIND_SERVICE.`, { cause: err });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new WukfError('WUKF_E_LISTEN_FAILED', `cannot listen on ${host}:${port} (${code}): that address is not on this machine. Check server.host.`, { cause: err });
  }
  return new WukfError('WUKF_E_LISTEN_FAILED', `cannot listen on ${host}:${port}: ${(err as Error).message}`, { cause: err });
}

/** A private key others on the machine can read is a key that may already be copied: worth a warning, not a refusal. */
function warnIfKeyExposed(keyFile: string, logger: Logger): void {
  const exposed = keyFileExposure(keyFile);
  if (exposed) logger.warn({ keyFile, mode: exposed.mode }, `the TLS key is readable by ${exposed.readers}; chmod 600 ${keyFile}`);
}

/**
 * Routing, unless routing.assignment is manual: the desk (the router, consulted by the core in every
 * hand-over), the service that feeds it, and the visitors' places it gives the queue view.
 */
function startRouting(config: LoadedConfig, core: ConversationCore, store: RoutingDirectory, logger: Logger, now: () => number, queueMoved: () => void) {
  const keys = config.values.routing;
  if (keys.assignment === 'manual') return undefined;
  const settings = routingSettings(keys);
  let service: RoutingService | undefined;
  const deskSettings = { mode: keys.assignment, acceptTimeoutMs: keys.accept_timeout_s * 1000, claimAllowed: keys.claim_allowed, maxPriority: keys.max_priority };
  const desk = new RoutingDesk(new Router(settings), deskSettings, now, (assigned) => service?.drained(assigned));
  service = new RoutingService({
    core,
    desk,
    directory: store,
    settings: {
      agentGraceMs: keys.agent_grace_s * 1000,
      abandonGraceMs: keys.abandon_grace_s * 1000,
      idleCloseMs: keys.idle_close_s * 1000,
      stickyTtlMs: settings.stickyTtlMs,
      stickyMaxUsers: settings.stickyMaxUsers,
      acceptTimeoutS: keys.accept_timeout_s,
    },
    logger,
    now,
    onQueueMoved: queueMoved,
  });
  const places: QueuePlaces = {
    place: (c) => {
      const position = desk.positionOf(c.id);
      return position === undefined ? undefined : { position, nobodyAvailable: desk.nobodyFor(c.group) };
    },
  };
  return { service, places, desk };
}

/**
 * Runs wukf until the signal aborts: checks secrets and TLS, opens and migrates the store, listens,
 * reports ready, then shuts down gracefully — stop accepting, close sockets with 1001, flush the store,
 * checkpoint the WAL. Resolves when everything is closed; rejects with a WukfError when startup fails.
 */
export async function runServer(opts: RunOptions): Promise<void> {
  const { config, logger, signal } = opts;
  const started = performance.now();
  const { host, port } = config.values.server;

  const tokenKey = readSecret(config.paths.tokenSigningKey);
  const identityKey = readSecret(config.paths.identityHmacKey);
  const tls = config.values.server.tls.enabled ? loadTlsPair(config.paths.certFile, config.paths.keyFile) : undefined;
  if (tls) warnIfKeyExposed(config.paths.keyFile, logger);
  if (signal.aborted) return;
  // Before the database is opened: a second server on one data directory would corrupt the first's work.
  const lock = DataDirLock.acquire(config.paths.dataDir, `${displayHost(host)}:${port}`);
  let store: Store | undefined;
  let bus: ReturnType<typeof createBus> | undefined;
  try {
    const controlPath = join(config.paths.dataDir, CONTROL_SOCKET_NAME);
    await removeStaleSocket(controlPath);
    store = createStore(config, { onEvent: (event, detail) => logger.info(detail, event) });
    await opts.prepareStore?.(store);
    bus = createBus(config.values);
    await serve(opts, { store, bus, lock, controlPath, started, tokenKey, identityKey, tls });
  } finally {
    await bus?.close();
    await store?.close();
    lock.release();
  }
  logger.info({ uptimeMs: Math.round(performance.now() - started) }, 'stopped');
}

/** What runServer has checked and opened before the server is built: secrets, TLS, the lock, the store. */
interface Opened {
  store: Store;
  bus: ReturnType<typeof createBus>;
  lock: DataDirLock;
  controlPath: string;
  started: number;
  tokenKey: Buffer;
  identityKey: Buffer;
  tls: ReturnType<typeof loadTlsPair> | undefined;
}

/** Builds the server on what is open, listens, reports ready, and shuts down when the signal aborts. */
async function serve(opts: RunOptions, opened: Opened): Promise<void> {
  const { config, logger, signal } = opts;
  const { host, port } = config.values.server;
  const { store, bus, lock, controlPath, started, tokenKey, identityKey, tls } = opened;
  const trustProxy = trustProxies(config.values.server.trusted_proxies);
  // wukf's own origin needs the port actually bound; it is read when a request arrives, after listen.
  let boundPort = port;
  const certificateNames = tls ? certificateSans(tls.cert) : [];
  const auth = new AuthService({
    store,
    tokenKey,
    identityKey,
    settings: config.values.auth,
    origins: new OriginPolicy(config.values.server.allowed_origins, () => ownOrigins(host, boundPort, Boolean(tls), certificateNames)),
    clock: opts.clock,
    logger,
  });
  const now = opts.clock ?? Date.now;
  const conversations = new ConversationCore({
    store,
    agents: store,
    now,
    onListenerError: (err, event) => logger.error({ err, event: event.type, conversation: event.conversation.id }, 'a committed-event subscriber failed'),
    budgets: queueBudgetsFromConfig(config.values.limits),
  });
  const { expired } = await conversations.start();
  if (expired > 0) logger.warn({ conversations: expired, max_queued_conversations: config.values.limits.max_queued_conversations }, 'more queued conversations were stored than limits.max_queued_conversations: the newest were closed as expired');
  let realtime: Realtime | undefined;
  const routing = startRouting(config, conversations, store, logger, now, () => realtime?.fanOut.queueMoved());
  const health = new HealthProbe({ version: opts.version, startedAt: started, connections: () => realtime?.connectionCounts() ?? { visitors: 0, agents: 0, admins: 0 }, conversations: () => conversations.counts(), store });
  const { dashboard_interval_ms: intervalMs, dashboard_max_sessions: maxSessions } = config.values.limits;
  const dashboard = new Dashboard({ core: conversations, bus, accounts: store, statusOf: (who) => presence.statusOf(who), router: routing?.desk.router, health, intervalMs, maxSessions, now, onError: (err) => logger.error({ err }, 'the dashboard failed to update') });
  const presence = new ObservedPresence(new LocalPresence(), (who, status) => {
    routing?.service.presence(who, status);
    dashboard.presenceChanged(who);
  });
  const abuse = new AbuseLog(logger, now);
  realtime = new Realtime({ conversations, bus, presence, tokenVersion: (username) => store.getTokenVersion(username), logger, limits: limitsFromConfig(config.values.limits), now, places: routing?.places, dashboard, abuse });
  await routing?.service.start();
  await dashboard.start();
  realtime.start();
  const server = buildServer(config, {
    store,
    logger,
    version: opts.version,
    tls: tls && { cert: tls.certPem, key: tls.keyPem },
    auth,
    live: { connectionCounts: () => realtime.connectionCounts(), conversationCounts: () => conversations.counts() },
    accounts: {
      changed: async (username) => {
        await routing?.service.agentChanged(username);
        await dashboard.accountChanged(username);
        return realtime.accountChanged(username);
      },
    },
    groups: { changed: () => routing?.service.groupsChanged() ?? Promise.resolve() },
    conversations,
    onConnection: (ws, principal, req) => realtime.attach(ws, { kind: principal.kind, id: principal.id, displayName: principal.displayName }, principal.token, clientAddress(req, trustProxy)),
    ...opts.deps,
  });
  await server.app.ready();
  if (!signal.aborted) {
    try {
      await server.app.listen({ host, port });
    } catch (err) {
      await server.app.close();
      throw listenError(err, host, port);
    }
  }
  const control = new ControlSocket(server.app, controlPath, logger);
  if (!signal.aborted) await control.start();
  if (!signal.aborted) {
    const bound = server.app.server.address() as AddressInfo;
    boundPort = bound.port;
    const url = `${tls ? 'https' : 'http'}://${displayHost(host)}:${bound.port}`;
    const admins = (await store.listAgents()).filter((a) => a.role === 'admin').map((a) => a.username);
    lock.serving(url);
    server.setReady(true);
    const info: ReadyInfo = { url, host, port: bound.port, admins, startupMs: Math.round(performance.now() - started) };
    opts.onReady?.(info);
    logger.info({ url, host, port: bound.port, tls: Boolean(tls), database: store.location, schemaVersion: store.schemaVersion, startupMs: info.startupMs }, 'ready');
    await once(signal, 'abort');
  }

  logger.info({ connections: server.gateway.connectionCount }, 'shutting down');
  server.setReady(false);
  realtime.stop();
  abuse.stop();
  dashboard.stop();
  routing?.service.stop();
  await control.close();
  const deadline = new AbortController();
  const drained = delay(SOCKET_DRAIN_MS, undefined, { signal: deadline.signal }).catch(() => undefined);
  await server.gateway.close(drained);
  const closed = server.app.close().then(() => 'closed' as const);
  if ((await Promise.race([closed, drained.then(() => 'timeout' as const)])) === 'timeout') {
    logger.warn('connections still open at the shutdown deadline; closing them');
    server.app.server.closeAllConnections();
    await closed;
  }
  deadline.abort();
}
