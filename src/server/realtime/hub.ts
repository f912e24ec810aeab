import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Bus, BusMessage } from '../bus/index.js';
import type { Agent } from '../domain/agent.js';
import { notFound, type Conversation, type ConversationEntry, type Participant } from '../domain/conversation.js';
import { WukfError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ConversationStore } from '../store/conversation-store.js';
import { decodeEnvelope, encodeEnvelope, PresenceStatus, type EnvelopeInit } from '../../proto/index.js';
import { Connection } from './connection.js';
import { wireEntry, wireParticipant, wireSnapshot } from './frames.js';
import { handleFrame } from './handlers.js';
import type { RealtimeLimits } from './limits.js';

export interface HubDeps {
  store: ConversationStore & { getAgent(username: string): Promise<Agent | undefined>; getTokenVersion(username: string): Promise<number | undefined> };
  bus: Bus;
  logger: Logger;
  limits: RealtimeLimits;
  now?: () => number;
  newId?: () => string;
}

export const topics = {
  conversation: (id: string) => `conversation:${id}`,
  principal: (p: Pick<Participant, 'kind' | 'id'>) => `principal:${p.kind}:${p.id}`,
  queue: 'queue',
  presence: 'presence',
};

/**
 * The real-time core of one node: the connections, the open conversations they share, the queue and
 * presence. Frames come in through Connection, are handled in handlers.ts, and go out through the Bus.
 */
export class Hub {
  readonly deps: Required<HubDeps>;
  private readonly connections = new Map<string, Set<Connection>>();
  private readonly conversations = new Map<string, Conversation>();
  private readonly loading = new Map<string, Promise<Conversation | undefined>>();
  /** Queued conversations, oldest first. */
  readonly queue: Conversation[] = [];
  /** Agents' chosen status; an agent with connections and no entry here is online. */
  private readonly status = new Map<string, PresenceStatus>();
  /** Moving average of seconds from open to claim, for the visitor's estimated wait. */
  private averageWaitS = 60;
  private pinger: NodeJS.Timeout | undefined;
  private expirySweep: NodeJS.Timeout | undefined;

  constructor(deps: HubDeps) {
    this.deps = { now: Date.now, newId: randomUUID, ...deps };
  }

  /** Loads the queue from the store and starts pinging. */
  async start(): Promise<void> {
    const queued = await this.deps.store.listConversations({ states: ['queued'], limit: 100_000 });
    for (const c of queued) {
      this.conversations.set(c.id, c);
      this.queue.push(c);
    }
    this.pinger = setInterval(() => this.ping(), this.deps.limits.pingIntervalMs);
    this.pinger.unref();
    // One sweep a second instead of a timer per connection: a timer and its closures cost more memory per
    // idle connection than everything else wukf keeps for it, and a second late is soon enough.
    this.expirySweep = setInterval(() => this.closeExpired(), 1000);
    this.expirySweep.unref();
  }

  stop(): void {
    clearInterval(this.pinger);
    clearInterval(this.expirySweep);
  }

  private closeExpired(): void {
    const now = this.deps.now();
    for (const set of this.connections.values()) {
      for (const conn of set) if (conn.expiresAt <= now) conn.close('WUKF_E_TOKEN_EXPIRED', 'the token has expired; connect with a new one');
    }
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.connections.values()) n += set.size;
    return n;
  }

  /** Open connections by principal kind, for /api/v1/admin/stats. */
  connectionCounts(): { visitors: number; agents: number; admins: number } {
    const counts = { visitors: 0, agents: 0, admins: 0 };
    for (const set of this.connections.values()) {
      const first = set.values().next().value as Connection | undefined;
      if (!first) continue;
      const kind = first.principal.kind;
      if (kind === 'visitor') counts.visitors += set.size;
      else if (kind === 'agent') counts.agents += set.size;
      else if (kind === 'admin') counts.admins += set.size;
    }
    return counts;
  }

  /**
   * Conversations waiting in the queue, and active ones this node holds in memory: every conversation
   * claimed since start, plus those read since (an active one from before a restart counts once touched).
   */
  conversationCounts(): { queued: number; active: number } {
    let active = 0;
    for (const c of this.conversations.values()) if (c.state === 'active') active += 1;
    return { queued: this.queue.length, active };
  }

  /**
   * Takes over an authenticated WebSocket. A connection lives no longer than its token: it is closed with
   * 4401 when the token expires, and (agents) when the ping round finds the token revoked.
   */
  attach(ws: WebSocket, principal: Participant, token?: { expiresAt: number; version?: number }): Connection {
    const conn = new Connection(ws, principal, this.deps.limits, this.deps.now(), (topic, deliver) => this.deps.bus.subscribe(topic, deliver));
    const mine = this.connections.get(conn.key) ?? new Set<Connection>();
    if (mine.size >= this.deps.limits.maxConnectionsPerPrincipal) {
      conn.close('WUKF_E_TOO_MANY_CONNECTIONS', `at most ${this.deps.limits.maxConnectionsPerPrincipal} connections per identity`);
      return conn;
    }
    mine.add(conn);
    this.connections.set(conn.key, mine);
    if (token) {
      conn.tokenVersion = token.version;
      conn.expiresAt = token.expiresAt;
    }
    ws.on('message', (data, isBinary) => this.receive(conn, data as Buffer, isBinary));
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', (err) => this.deps.logger.debug({ err, connection: conn.id }, 'socket error'));
    ws.once('close', () => this.detach(conn));
    return conn;
  }

  private detach(conn: Connection): void {
    conn.closing = true;
    conn.unsubscribeAll();
    const mine = this.connections.get(conn.key);
    mine?.delete(conn);
    if (mine && mine.size === 0) {
      this.connections.delete(conn.key);
      if (conn.helloDone) void this.announcePresence(conn.principal, PresenceStatus.PRESENCE_STATUS_OFFLINE);
    }
  }

  isOnline(p: Participant): boolean {
    return (this.connections.get(`${p.kind}:${p.id}`)?.size ?? 0) > 0;
  }

  presenceOf(p: Participant): PresenceStatus {
    if (!this.isOnline(p)) return PresenceStatus.PRESENCE_STATUS_OFFLINE;
    return this.status.get(`${p.kind}:${p.id}`) ?? PresenceStatus.PRESENCE_STATUS_ONLINE;
  }

  setStatus(p: Participant, status: PresenceStatus): void {
    this.status.set(`${p.kind}:${p.id}`, status);
    void this.announcePresence(p, status);
  }

  private receive(conn: Connection, data: Buffer, isBinary: boolean): void {
    if (conn.closing) return;
    if (!isBinary) return conn.close('WUKF_E_TEXT_FRAME', 'frames are binary protobuf Envelopes');
    let env;
    try {
      env = decodeEnvelope(data);
    } catch (err) {
      const code = (err as WukfError).code;
      return conn.close(code === 'WUKF_E_UNSUPPORTED_VERSION' ? code : code === 'WUKF_E_INVALID_UTF8' ? code : 'WUKF_E_MALFORMED_FRAME', (err as Error).message);
    }
    // Decoded first (the frame is already bounded by max_frame_bytes) so that the refusal names the request:
    // its ref, and for a send the ids, are what a client needs to resend the right frame.
    const admitted = conn.bucket.take(this.deps.now());
    if (!admitted.ok) {
      conn.rateStrikes += 1;
      if (conn.rateStrikes > this.deps.limits.rateBurst) return conn.close('WUKF_E_RATE_LIMITED', 'frame flood');
      const send = env.body === 'sendMessage' ? { conversationId: env.sendMessage.conversationId, clientMessageId: env.sendMessage.clientMessageId } : {};
      return conn.sendError(Object.assign(new WukfError('WUKF_E_RATE_LIMITED', 'too many frames'), { retryAfterMs: admitted.retryAfterMs }), env.ref, send);
    }
    conn.rateStrikes = 0;
    handleFrame(this, conn, env);
  }

  private ping(): void {
    for (const set of this.connections.values()) {
      for (const conn of set) {
        if (!conn.alive) {
          conn.ws.terminate();
          continue;
        }
        conn.alive = false;
        conn.ws.ping();
      }
    }
    void this.closeRevoked();
  }

  /** Agents' and admins' connections whose token version has moved on (revoke, password or role change). */
  private async closeRevoked(): Promise<void> {
    for (const [key, set] of this.connections) {
      if (key.startsWith('visitor:')) continue;
      const first = set.values().next().value as Connection | undefined;
      if (!first) continue;
      const current = await this.deps.store.getTokenVersion(first.principal.id);
      for (const conn of set) {
        if (conn.tokenVersion !== undefined && conn.tokenVersion !== current) conn.close('WUKF_E_TOKEN_REVOKED', 'the token was revoked; log in again');
      }
    }
  }

  // --- conversations ------------------------------------------------------------------------------------

  /** An open conversation this node holds in memory, without waiting: the hot path's shortcut. */
  cachedConversation(id: string): Conversation | undefined {
    return this.conversations.get(id);
  }

  /** The current state of a conversation: from memory for open ones, else from the store. */
  async conversation(id: string): Promise<Conversation> {
    const cached = this.conversations.get(id);
    if (cached) return cached;
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.deps.store.getConversation(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    const found = await loading;
    if (!found) throw notFound(id);
    if (found.state !== 'closed' && !this.conversations.has(id)) this.conversations.set(id, found);
    return this.conversations.get(id) ?? found;
  }

  /** Records a new state in memory at once, so later frames see it before the store commits it. */
  remember(c: Conversation): void {
    const previous = this.conversations.get(c.id);
    // A closed conversation stays in memory until its close is committed (see settled), so that nothing
    // reads the older stored state in between.
    this.conversations.set(c.id, c);
    const wasQueued = previous?.state === 'queued' || this.queue.some((q) => q.id === c.id);
    if (c.state === 'queued') {
      const at = this.queue.findIndex((q) => q.id === c.id);
      if (at >= 0) this.queue[at] = c;
      else this.queue.push(c);
    } else if (wasQueued) {
      const at = this.queue.findIndex((q) => q.id === c.id);
      if (at >= 0) this.queue.splice(at, 1);
      if (c.state === 'active') {
        const waited = (this.deps.now() - c.createdAt) / 1000;
        this.averageWaitS = this.averageWaitS * 0.8 + waited * 0.2;
      }
    }
  }

  /** A transition is committed: closed conversations leave memory and are read from the store again. */
  settled(c: Conversation): void {
    if (c.state === 'closed' && this.conversations.get(c.id)?.state === 'closed') this.conversations.delete(c.id);
  }

  /** Forgets a state the store refused, so the next read comes from what is stored. */
  forget(id: string): void {
    this.conversations.delete(id);
    const at = this.queue.findIndex((q) => q.id === id);
    if (at >= 0) this.queue.splice(at, 1);
  }

  /** Called for every stored message: updated in place, as this is the hot path. */
  lastSeq(c: Conversation, seq: number): void {
    const cached = this.conversations.get(c.id);
    if (cached && seq > cached.lastSeq) cached.lastSeq = seq;
  }

  // --- fan-out ------------------------------------------------------------------------------------------

  /** Encodes the frame once for every subscriber of the topic. Runs once per stored message: no spread copies. */
  publish(topic: string, env: EnvelopeInit, extra?: Omit<BusMessage, 'frame'>): void {
    const frame = encodeEnvelope(env);
    this.deps.bus.publish(
      topic,
      extra ? { frame, origin: extra.origin, conversationId: extra.conversationId, seq: extra.seq, subscribe: extra.subscribe, unsubscribe: extra.unsubscribe } : { frame },
    );
  }

  /** A stored entry, to everybody in the conversation but the connection that wrote it. */
  publishEntry(entry: ConversationEntry, origin?: number): void {
    this.publish(topics.conversation(entry.conversationId), { message: wireEntry(entry) }, { origin, conversationId: entry.conversationId, seq: entry.seq });
  }

  publishConversation(c: Conversation): void {
    this.publish(topics.conversation(c.id), { conversation: { conversation: wireSnapshot(c) } });
  }

  /** The queue to agents and admins, and each waiting visitor's position. */
  publishQueue(): void {
    const now = this.deps.now();
    this.publish(topics.queue, {
      queue: {
        entries: this.queue.map((c, i) => ({ conversation: wireSnapshot(c), position: i + 1, waitedS: Math.max(0, Math.round((now - c.createdAt) / 1000)) })),
      },
    });
    this.queue.forEach((c, i) => this.publish(topics.conversation(c.id), { queue: this.queuePosition(c, i) }));
  }

  queuePosition(c: Conversation, index = this.queue.findIndex((q) => q.id === c.id)): { conversationId: string; position: number; estimatedWaitS: number } {
    const position = index + 1;
    return { conversationId: c.id, position, estimatedWaitS: Math.round(position * this.averageWaitS) };
  }

  private async announcePresence(p: Participant, status: PresenceStatus): Promise<void> {
    const frame = { presence: { participant: wireParticipant(p), status } };
    if (p.kind !== 'visitor') this.publish(topics.presence, frame);
    const filter = p.kind === 'visitor' ? { visitorId: p.id } : { agentId: p.id };
    const open = await this.deps.store.listConversations({ ...filter, states: ['queued', 'active'] });
    for (const c of open) this.publish(topics.conversation(c.id), frame);
  }

  /** Called once a connection's Hello is answered: the first such connection brings its principal online. */
  welcomed(conn: Connection): void {
    const greeted = [...(this.connections.get(conn.key) ?? [])].filter((c) => c.helloDone).length;
    if (greeted === 1) void this.announcePresence(conn.principal, this.presenceOf(conn.principal));
  }
}
