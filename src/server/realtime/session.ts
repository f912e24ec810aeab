import type { ConversationCore } from '../conversations/index.js';
import type { Conversation, Participant } from '../domain/conversation.js';
import type { Origin } from '../domain/origin.js';
import type { Logger } from '../logger.js';
import type { Presence, PresenceStatus } from '../presence/index.js';
import type { ErrorCode } from '../../proto/errors.js';
import type { DashboardEvent, EnvelopeInit } from '../../proto/index.js';
import type { BusHandler } from '../bus/index.js';
import type { Connection } from './connection.js';
import type { FanOut } from './fan-out.js';
import type { RealtimeLimits } from './limits.js';
import { topics } from './topics.js';
import type { AbuseLog } from '../abuse-log.js';

/** What one node shares with every session on it. */
export interface NodeContext {
  conversations: ConversationCore;
  fanOut: FanOut;
  presence: Presence;
  limits: RealtimeLimits;
  logger: Logger;
  now: () => number;
  /** The admins' dashboard stream; absent on a node that builds none. */
  dashboard?: DashboardFeed;
  /** Refusals the operator should hear of (a full queue), rate-limited per address. */
  abuse?: Pick<AbuseLog, 'report'>;
}

/** The admins' dashboard as a connection sees it: a snapshot now, DELTAs to whoever watches. */
export interface DashboardFeed {
  snapshot(): DashboardEvent;
  /** The answer to a request to stop. */
  stopped(): DashboardEvent;
  /** Delivers every DELTA to handler until the returned function is called. */
  watch(handler: BusHandler): () => void;
}

/**
 * What a frame handler may do for the connection it serves, and nothing more: answer it, let it follow or
 * leave a conversation, replay to it, and reach the node's conversations and presence. Handlers never see
 * the socket, the bus or other connections.
 */
export class Session {
  readonly principal: Participant;
  readonly origin: Origin;
  readonly conversations: ConversationCore;
  readonly limits: RealtimeLimits;

  constructor(
    private readonly conn: Connection,
    readonly node: NodeContext,
  ) {
    this.principal = conn.principal;
    this.origin = conn.origin;
    this.conversations = node.conversations;
    this.limits = node.limits;
  }

  /** The client's address, for the log. */
  get address(): string {
    return this.conn.address;
  }

  get greeted(): boolean {
    return this.conn.helloDone;
  }

  /** The connection's token was revoked: its operations not yet committed are refused. */
  get revoked(): boolean {
    return this.conn.revoked;
  }

  /** An operation was handed to the core; a revocation waits until it is answered. */
  started(): void {
    this.conn.operationStarted();
  }

  /** The operation was committed or refused. */
  settled(): void {
    this.conn.operationSettled();
  }

  /** The connection is closing or closed: nothing more will reach the client. */
  get closing(): boolean {
    return this.conn.closing;
  }

  /** A frame to this connection (a reply carries the request's ref). */
  send(env: EnvelopeInit): void {
    this.conn.send(env);
  }

  /** An Error frame refusing the request with this ref; the connection stays open. */
  refuse(err: unknown, ref: number, extra: { conversationId?: string; clientMessageId?: string } = {}): void {
    this.conn.sendError(err, ref, extra);
  }

  /** Sends the error, then closes the connection with the code's close code. */
  close(code: ErrorCode, message: string): void {
    this.conn.close(code, message);
  }

  /** Receives the conversation's events from now on (each still checked against who may read it). */
  follow(conversationId: string): void {
    this.conn.subscribe(topics.conversation(conversationId));
  }

  unfollow(conversationId: string): void {
    this.conn.unsubscribe(topics.conversation(conversationId));
  }

  /**
   * The start of Hello: the connection joins its principal's topic (and staff the queue's, admins the
   * presence of every agent), and live events are held back until the replay is written.
   */
  beginHello(): void {
    this.conn.helloDone = true;
    this.conn.beginReplay();
    const me = this.principal;
    this.conn.subscribe(topics.principal(me));
    if (me.kind !== 'visitor') this.conn.subscribe(topics.queue);
    // Every agent's presence goes to admins only (the dashboard); agents hear of the people in their own
    // conversations. Sending it to every agent connection would grow with the square of the team.
    if (me.kind === 'admin') this.conn.subscribe(topics.presence);
  }

  /** Receives the dashboard's DELTAs from now on (until unwatchDashboard or the connection closes). */
  watchDashboard(feed: DashboardFeed): void {
    this.conn.subscribe(topics.dashboard, (handler) => feed.watch(handler));
  }

  unwatchDashboard(): void {
    this.conn.unsubscribe(topics.dashboard);
  }

  replayed(conversationId: string, seq: number, frame: Uint8Array): void {
    this.conn.replayed(conversationId, seq, frame);
  }

  /** More is waiting to be read than a replay may add to (see Connection.drained). */
  get behind(): boolean {
    return this.conn.behind;
  }

  /** Resolves once the client has read enough for the replay's next batch (see Connection.drained). */
  drained(): Promise<void> {
    return this.conn.drained();
  }

  /** Live message events of the conversation up to seq are not sent (the client has them). */
  skipUpTo(conversationId: string, seq: number): void {
    this.conn.markSent(conversationId, seq);
  }

  /** The end of Hello: held-back events follow, and the principal comes online if this is its first connection. */
  endHello(): void {
    this.conn.endReplay();
    if (this.conn.closing) return;
    this.conn.present = true;
    const status = this.node.presence.arrived(this.principal);
    if (status !== undefined) this.node.fanOut.presence(this.principal, status);
  }

  /** Forwards a typing indicator, at most one typing=true per interval and conversation. */
  typing(c: Conversation, typing: boolean): void {
    if (typing) {
      if (!this.conn.typingDue(c.id, this.node.now())) return;
    } else this.conn.typingStopped(c.id);
    this.node.fanOut.typing(c, this.principal, typing, this.origin);
  }

  setPresence(status: PresenceStatus): void {
    const announced = this.node.presence.choose(this.principal, status);
    if (announced !== undefined) this.node.fanOut.presence(this.principal, announced);
  }
}
