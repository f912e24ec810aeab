import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Bus } from '../bus/index.js';
import type { ConversationCore } from '../conversations/index.js';
import type { Participant } from '../domain/conversation.js';
import { ABUSE_CLOSES, type AbuseLog } from '../abuse-log.js';
import type { Logger } from '../logger.js';
import type { Presence } from '../presence/index.js';
import { WukfError } from '../../proto/errors.js';
import { decodeEnvelope, type Envelope } from '../../proto/index.js';
import { Connection } from './connection.js';
import { closeStale, Connections, type ConnectionCounts } from './connections.js';
import { FanOut, type QueuePlaces } from './fan-out.js';
import { handleFrame } from './handlers.js';
import { hello } from './hello.js';
import { HelloDeadlines } from './hello-deadlines.js';
import { InjectedClient, MemorySink } from './inject.js';
import type { RealtimeLimits } from './limits.js';
import { Session, type DashboardFeed, type NodeContext } from './session.js';
import { WebSocketSink, type FrameSink } from './sink.js';
import { topics } from './topics.js';

/**
 * How long a revocation waits for what the revoked connections sent before it to be answered. Messages not
 * yet handed to the store by then are refused, not stored; only a preCommit hook that hangs makes it wait.
 */
const SETTLE_WAIT_MS = 5_000;

const NO_FRAME = new Uint8Array(0);

export interface RealtimeDeps {
  conversations: ConversationCore;
  bus: Bus;
  presence: Presence;
  /** The current token version of an agent or admin (revocation closes their connections). */
  tokenVersion(username: string): Promise<number | undefined>;
  logger: Logger;
  limits: RealtimeLimits;
  now?: () => number;
  /** Unique per running node; defaults to a random id. */
  node?: string;
  /** Waiting visitors' places in their group's queue (routing); without it, their place in the one queue. */
  places?: QueuePlaces;
  /** The admins' dashboard stream (DashboardRequest). */
  dashboard?: DashboardFeed;
  /** Where connections closed for abuse (floods, limits, malformed input) are reported, rate-limited. */
  abuse?: Pick<AbuseLog, 'report'>;
}

export interface TokenInfo {
  expiresAt: number;
  version?: number;
}

/** One client's state on this node: its connection, its session, and frames waiting for its Hello to finish. */
interface Client {
  conn: Connection;
  session: Session;
  /** Frames that arrived while Hello was being answered, handled in order once it has been. */
  held: Envelope[] | null;
  /** Their size as received: a replay paced to a slow reader may take long, and they wait in memory meanwhile. */
  heldBytes: number;
}

/**
 * The real-time side of one node: takes over authenticated WebSockets, decodes and rate-limits their frames,
 * hands them to the handlers with a Session, and sweeps for dead, expired and revoked connections. The
 * conversations themselves are the core's; delivery is the FanOut's, over the Bus.
 */
export class Realtime {
  readonly node: string;
  readonly fanOut: FanOut;
  private readonly connections = new Connections();
  private readonly helloDeadlines: HelloDeadlines;
  private readonly context: NodeContext;
  private nextConnection = 1;
  private timers: NodeJS.Timeout[] = [];
  /** When each visitor's last connection on this node closed, for the expiry of idle queued conversations. */
  private readonly visitorLeftAt = new Map<string, number>();
  private readonly startedAt: number;
  private detachFanOut: (() => void) | undefined;
  private leaveAccounts: (() => void) | undefined;

  constructor(private readonly deps: RealtimeDeps) {
    this.node = deps.node ?? randomUUID();
    const now = deps.now ?? Date.now;
    this.fanOut = new FanOut(deps.bus, deps.conversations, now, deps.places);
    this.helloDeadlines = new HelloDeadlines(deps.limits.helloTimeoutMs);
    this.context = { conversations: deps.conversations, fanOut: this.fanOut, presence: deps.presence, limits: deps.limits, logger: deps.logger, now, dashboard: deps.dashboard, abuse: deps.abuse };
    this.startedAt = now();
  }

  /** Starts delivering committed changes and the sweeps. */
  start(): void {
    this.detachFanOut = this.fanOut.attach();
    // Another node changed an account: this node's connections of it are checked too.
    this.leaveAccounts = this.deps.bus.subscribe(topics.accounts, (m) => {
      if (m.account === undefined || m.origin?.node === this.node) return;
      void this.closeStaleOf(m.account).catch((err: unknown) => this.deps.logger.error({ err, account: m.account }, 'checking token versions failed'));
    });
    const ping = setInterval(() => {
      this.connections.ping();
      void this.connections.closeRevoked(this.deps.tokenVersion).catch((err: unknown) => this.deps.logger.error({ err }, 'checking token versions failed'));
    }, this.deps.limits.pingIntervalMs);
    // One sweep a second instead of a timer per connection: a timer and its closures cost more memory per
    // idle connection than everything else wukf keeps for it, and a second late is soon enough.
    const expiry = setInterval(() => {
      const now = this.context.now();
      this.connections.closeExpired(now);
      this.helloDeadlines.sweep(now);
    }, 1000);
    this.timers = [ping, expiry];
    const idleMs = this.deps.limits.queuedIdleExpiryMs;
    if (idleMs > 0) this.timers.push(setInterval(() => void this.expireIdle(idleMs), Math.min(Math.max(idleMs / 4, 250), 60_000)));
    for (const t of this.timers) t.unref();
  }

  /** Closes anonymous visitors' queued conversations nobody has come back to (the core decides which). */
  private async expireIdle(idleMs: number): Promise<void> {
    const now = this.context.now();
    for (const [id, at] of this.visitorLeftAt) if (now - at >= idleMs) this.visitorLeftAt.delete(id);
    try {
      const expired = await this.deps.conversations.expireIdle(now, idleMs, (visitor) => this.visitorSeenAt(visitor, now));
      if (expired.length > 0) this.deps.logger.info({ conversations: expired.length }, 'idle queued conversations expired');
    } catch (err) {
      this.deps.logger.error({ err }, 'expiring idle queued conversations failed');
    }
  }

  /**
   * When the visitor was last connected: now while it is; when its last connection closed; else when this
   * node started (a restart does not count as the visitor's absence). A time older than the idle window is
   * forgotten, which changes no decision: the node started even longer ago.
   */
  private visitorSeenAt(visitor: Participant, now: number): number {
    if (this.connections.has(`${visitor.kind}:${visitor.id}`)) return now;
    return Math.max(this.visitorLeftAt.get(visitor.id) ?? 0, this.startedAt);
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.detachFanOut?.();
    this.leaveAccounts?.();
  }

  /**
   * An agent's or admin's account changed in the Store (revoked, new password or role, removed): closes
   * its connections whose token no longer holds with 4401, on this node at once and on every other node
   * through the Bus. Resolves with how many this node closed, once what they had sent before has been
   * committed or refused: nothing they send commits after this resolves.
   */
  async accountChanged(username: string): Promise<number> {
    const closed = await this.closeStaleOf(username);
    this.deps.bus.publish(topics.accounts, { frame: NO_FRAME, origin: { node: this.node, connection: 0 }, account: username });
    return closed;
  }

  private async closeStaleOf(username: string): Promise<number> {
    const stale = closeStale(this.connections.ofAccount(username), await this.deps.tokenVersion(username));
    if (stale.length > 0) {
      this.deps.logger.info({ account: username, connections: stale.length }, 'closed the connections of a changed account');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_WAIT_MS)));
      await Promise.race([Promise.all(stale.map((conn) => conn.settled())), timeout]);
      clearTimeout(timer);
    }
    return stale.length;
  }

  connectionCounts(): ConnectionCounts {
    return this.connections.counts();
  }

  /**
   * Takes over an authenticated WebSocket. A connection lives no longer than its token: it is closed with
   * 4401 when the token expires, and (agents) when the ping round finds the token revoked.
   */
  attach(ws: WebSocket, principal: Participant, token?: TokenInfo, address = ''): Connection {
    const client = this.open(new WebSocketSink(ws), principal, token);
    const { conn } = client;
    conn.address = address;
    // ws closes a connection whose message is over max_frame_bytes itself, with 1009 and no reason, before it
    // emits 'error'. It does so through the instance's close(): here that close sends the Error frame and the
    // code as the reason, like every other close.
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) => {
      if (code === 1009 && reason === undefined && !conn.closing) conn.close('WUKF_E_FRAME_TOO_LARGE', `a frame is over ${this.deps.limits.maxFrameBytes} bytes`);
      else close(code, reason);
    };
    ws.on('message', (data: Buffer, isBinary: boolean) => this.receive(client, data, isBinary));
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', (err) => this.deps.logger.debug({ err, connection: conn.id }, 'socket error'));
    ws.once('close', () => this.detach(conn));
    this.admitted(client);
    return conn;
  }

  /**
   * A connection without a socket, for tests (fastify's inject() is the model): frames go in encoded and come
   * out decoded, through the same decoding, limits, handlers and deliveries as a WebSocket's.
   */
  inject(principal: Participant, token?: TokenInfo): InjectedClient {
    const sink = new MemorySink();
    const client = this.open(sink, principal, token);
    sink.onClosed = () => this.detach(client.conn);
    this.admitted(client);
    return new InjectedClient(sink, (bytes) => this.receive(client, bytes, true));
  }

  private open(sink: FrameSink, principal: Participant, token: TokenInfo | undefined): Client {
    const conn = new Connection(sink, principal, this.deps.limits, this.deps.bus, this.node, this.nextConnection++, this.context.now());
    conn.onServerClose = (code) => {
      if (ABUSE_CLOSES.has(code)) this.deps.abuse?.report(code, conn.address, { principal: principal.kind });
    };
    if (token) {
      conn.tokenVersion = token.version;
      conn.expiresAt = token.expiresAt;
    }
    return { conn, session: new Session(conn, this.context), held: null, heldBytes: 0 };
  }

  /** Counts the connection against its identity's limit, or closes it (4429). */
  private admitted(client: Client): void {
    const { conn } = client;
    if (client.conn.principal.kind === 'visitor') this.visitorLeftAt.delete(client.conn.principal.id);
    const max = this.deps.limits.maxConnectionsPerPrincipal;
    if (!this.connections.add(conn, max)) return conn.close('WUKF_E_TOO_MANY_CONNECTIONS', `at most ${max} connections per identity`);
    this.helloDeadlines.watch(conn, this.context.now());
    // The token was checked before the upgrade; an account changed since then, whose closing did not see this
    // connection yet, is caught here, before any frame of it can be read.
    if (conn.tokenVersion !== undefined) {
      void this.deps
        .tokenVersion(conn.principal.id)
        .then((current) => closeStale([conn], current))
        .catch((err: unknown) => this.deps.logger.error({ err }, 'checking token versions failed'));
    }
  }

  private detach(conn: Connection): void {
    conn.closing = true;
    conn.unsubscribeAll();
    this.connections.remove(conn);
    this.helloDeadlines.forget(conn);
    if (conn.principal.kind === 'visitor' && !this.connections.has(conn.key)) this.visitorLeftAt.set(conn.principal.id, this.context.now());
    if (!conn.present) return;
    conn.present = false;
    const status = this.deps.presence.left(conn.principal);
    if (status !== undefined) this.fanOut.presence(conn.principal, status);
  }

  private receive(client: Client, data: Uint8Array, isBinary: boolean): void {
    const { conn } = client;
    if (conn.closing) return;
    if (!isBinary) return conn.close('WUKF_E_TEXT_FRAME', 'frames are binary protobuf Envelopes');
    let env: Envelope;
    try {
      env = decodeEnvelope(data);
    } catch (err) {
      const code = err instanceof WukfError && (err.code === 'WUKF_E_UNSUPPORTED_VERSION' || err.code === 'WUKF_E_INVALID_UTF8') ? err.code : 'WUKF_E_MALFORMED_FRAME';
      return conn.close(code, (err as Error).message);
    }
    // Decoded first (the frame is already bounded by max_frame_bytes) so that the refusal names the request:
    // its ref, and for a send the ids, are what a client needs to resend the right frame.
    const admitted = conn.bucket.take(this.context.now());
    if (!admitted.ok) {
      conn.rateStrikes += 1;
      if (conn.rateStrikes > this.deps.limits.rateBurst) return conn.close('WUKF_E_RATE_LIMITED', 'frame flood', { retryAfterMs: admitted.retryAfterMs });
      const ids = env.body === 'sendMessage' ? { conversationId: env.sendMessage.conversationId, clientMessageId: env.sendMessage.clientMessageId } : {};
      return conn.sendError(new WukfError('WUKF_E_RATE_LIMITED', 'too many frames', { retryAfterMs: admitted.retryAfterMs }), env.ref, ids);
    }
    conn.rateStrikes = 0;
    if (client.held) {
      client.held.push(env);
      client.heldBytes += data.byteLength;
      if (client.heldBytes > this.deps.limits.maxBufferedBytes) conn.close('WUKF_E_SLOW_CONSUMER', `more than ${this.deps.limits.maxBufferedBytes} bytes sent behind a Hello still being answered`);
      return;
    }
    this.dispatch(client, env);
  }

  private dispatch(client: Client, env: Envelope): void {
    const { conn, session } = client;
    if (!conn.helloDone && env.body !== 'hello') return conn.close('WUKF_E_HELLO_REQUIRED', 'the first frame must be Hello');
    if (env.body !== 'hello' || conn.helloDone) return handleFrame(session, env);
    // Frames sent behind Hello wait until it is answered, so that every answer comes after the Welcome.
    client.held = [];
    client.heldBytes = 0;
    void hello(session, env.hello.cursors, env.ref).finally(() => {
      const backlog = client.held ?? [];
      client.held = null;
      while (backlog.length > 0 && !conn.closing) {
        // A refused Hello followed by another: what is left waits for that one too.
        const again = client.held as Envelope[] | null;
        if (again) return void again.push(...backlog);
        this.dispatch(client, backlog.shift()!);
      }
    });
  }
}
