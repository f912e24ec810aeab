import { audienceIncludes, type Bus, type BusHandler, type BusMessage } from '../bus/index.js';
import type { Participant } from '../domain/conversation.js';
import type { Origin } from '../domain/origin.js';
import { ERRORS, WukfError, type ErrorCode } from '../../proto/errors.js';
import { encodeEnvelope, type EnvelopeInit } from '../../proto/index.js';
import type { RealtimeLimits } from './limits.js';
import type { FrameSink } from './sink.js';
import { TokenBucket } from './token-bucket.js';
import { topics } from './topics.js';

/** How long a closed connection's peer gets to answer the closing handshake before it is dropped. */
const CLOSE_GRACE_MS = 2_000;

/**
 * The unsent bytes below which a replay writes its next batch: well under max_buffered_bytes (the replay must
 * never trip the slow-consumer close), and small enough that a thousand Hellos at once stay cheap.
 */
function replayLowWater(maxBufferedBytes: number): number {
  return Math.min(256 * 1024, Math.floor(maxBufferedBytes / 4));
}

/**
 * One client connection: what was sent on it, what it is subscribed to, and the limits that protect everybody
 * else from it. Knows nothing of conversations beyond the audience every event carries: it delivers only what
 * its principal may read.
 */
export class Connection {
  readonly id: number;
  readonly origin: Origin;
  readonly bucket: TokenBucket;
  helloDone = false;
  /** Counted in presence: Hello finished while the connection was open. */
  present = false;
  /** Live frames wait here while a resume replay is being written; their bytes count as buffered. */
  private pending: { messages: BusMessage[]; bytes: number } | null = null;
  // The maps below are made on first use: an idle connection (most of them, at 15 000) holds none.
  /** Highest message seq written per conversation, so replays and live events never repeat. */
  private lastSent: Map<string, number> | undefined;
  private subscriptions: Map<string, () => void> | undefined;
  /** Last time a typing=true went out, per conversation. */
  private typingSentAt: Map<string, number> | undefined;
  /** When the token presented at connect expires (ms since the epoch); the connection is closed then. */
  expiresAt = Infinity;
  /** Agents and admins: the token version presented at connect. */
  tokenVersion: number | undefined;
  alive = true;
  closing = false;
  /** Consecutive frames refused by the rate limit; a flood past the burst is closed. */
  rateStrikes = 0;
  /** Closed because its token was revoked: what it sent and is not yet stored is refused, not committed. */
  revoked = false;
  /** Told when the server closes the connection, with why (the log hears of limits broken). */
  onServerClose: ((code: ErrorCode) => void) | undefined;
  /** The client's address as the log names it (set by the WebSocket path; empty for injected connections). */
  address = '';
  /** Operations handed to the core and not yet answered; a revocation waits for them. */
  private unsettled = 0;
  private onSettled: (() => void)[] | undefined;

  constructor(
    readonly sink: FrameSink,
    readonly principal: Participant,
    private readonly limits: RealtimeLimits,
    private readonly bus: Bus,
    node: string,
    id: number,
    now: number,
  ) {
    this.id = id;
    this.origin = { node, connection: id };
    this.bucket = new TokenBucket(limits.ratePerSecond, limits.rateBurst, now);
  }

  /** The identity its connections are counted by: a visitor id or a username. */
  get key(): string {
    return `${this.principal.kind}:${this.principal.id}`;
  }

  send(env: EnvelopeInit): void {
    this.write(encodeEnvelope(env));
  }

  /** Writes encoded bytes, unless the peer has stopped reading: then it is closed as a slow consumer. */
  write(frame: Uint8Array): void {
    if (this.closing) return;
    if (this.sink.bufferedBytes + frame.byteLength > this.limits.maxBufferedBytes) {
      this.close('WUKF_E_SLOW_CONSUMER', `more than ${this.limits.maxBufferedBytes} bytes waiting to be read`);
      return;
    }
    this.sink.write(frame);
  }

  /** An Error frame refusing one request; the connection stays open. Anything but a WukfError is WUKF_E_INTERNAL. */
  sendError(err: unknown, ref = 0, extra: { conversationId?: string; clientMessageId?: string } = {}): void {
    const coded = err instanceof WukfError ? err : undefined;
    const code: ErrorCode = coded?.code ?? 'WUKF_E_INTERNAL';
    const message = coded?.message ?? ERRORS.WUKF_E_INTERNAL.summary;
    this.send({ ref, error: { code, message, ...extra, ...(coded?.retryAfterMs ? { retryAfterMs: coded.retryAfterMs } : {}) } });
  }

  /** Sends the error as a frame, then closes with the code's close code and the code as the reason. */
  close(code: ErrorCode, message: string, details: { retryAfterMs?: number } = {}): void {
    if (this.closing) return;
    this.closing = true;
    this.onServerClose?.(code);
    const closeCode = ERRORS[code].close;
    if (closeCode === null) throw new Error(`${code} does not close connections (see src/proto/errors.ts)`);
    this.sink.close(closeCode, code, encodeEnvelope({ error: { code, message, ...(details.retryAfterMs ? { retryAfterMs: details.retryAfterMs } : {}) } }));
    setTimeout(() => this.sink.terminate(), CLOSE_GRACE_MS).unref();
  }

  /** Closes the connection because its token no longer holds (revoked, new password or role, account removed). */
  revoke(): void {
    this.revoked = true;
    this.close('WUKF_E_TOKEN_REVOKED', 'the token was revoked (wukf agent revoke, a new password or role, or the account was removed); log in again');
  }

  operationStarted(): void {
    this.unsettled += 1;
  }

  operationSettled(): void {
    this.unsettled -= 1;
    if (this.unsettled > 0 || !this.onSettled) return;
    const waiting = this.onSettled;
    this.onSettled = undefined;
    for (const resolve of waiting) resolve();
  }

  /** Resolves once every operation handed to the core so far has been committed or refused. */
  settled(): Promise<void> {
    if (this.unsettled === 0) return Promise.resolve();
    return new Promise((resolve) => (this.onSettled ??= []).push(resolve));
  }

  /**
   * Joins a topic, through the Bus or through `via`: a source that wants to know who listens (the dashboard
   * builds its DELTAs only while someone does). Either way it is left like any other topic.
   */
  subscribe(topic: string, via?: (handler: BusHandler) => () => void): void {
    // A Hello still being answered when the socket closed must not leave subscriptions nobody removes.
    if (this.closing) return;
    this.subscriptions ??= new Map();
    if (this.subscriptions.has(topic)) return;
    this.subscriptions.set(topic, via ? via(this.deliver) : this.bus.subscribe(topic, this.deliver));
  }

  unsubscribe(topic: string): void {
    this.subscriptions?.get(topic)?.();
    this.subscriptions?.delete(topic);
  }

  /** Topics held, for the budget on subscriptions and for tests. */
  get subscriptionCount(): number {
    return this.subscriptions?.size ?? 0;
  }

  unsubscribeAll(): void {
    if (!this.subscriptions) return;
    for (const off of this.subscriptions.values()) off();
    this.subscriptions.clear();
  }

  /** Whether a typing=true for this conversation may go out now (at most one per interval), and notes it. */
  typingDue(conversationId: string, now: number): boolean {
    this.typingSentAt ??= new Map();
    if (now - (this.typingSentAt.get(conversationId) ?? 0) < this.limits.typingIntervalMs) return false;
    this.typingSentAt.set(conversationId, now);
    return true;
  }

  /** A typing=false goes out at once and lets the next typing=true through. */
  typingStopped(conversationId: string): void {
    this.typingSentAt?.delete(conversationId);
  }

  /** From now on live frames are held back until endReplay(). */
  beginReplay(): void {
    this.pending = { messages: [], bytes: 0 };
  }

  /**
   * Resolves once the peer has read enough of what was written for a replay to go on (or the connection
   * closed): a replay writes a batch, then waits here, so it never holds more than this in memory.
   */
  drained(): Promise<void> {
    return this.sink.drained(replayLowWater(this.limits.maxBufferedBytes));
  }

  /** More waits to be read than a replay may add to before it waits for the peer. */
  get behind(): boolean {
    return this.sink.bufferedBytes > replayLowWater(this.limits.maxBufferedBytes);
  }

  /** Writes a replayed message and remembers its seq. */
  replayed(conversationId: string, seq: number, frame: Uint8Array): void {
    this.write(frame);
    this.markSent(conversationId, seq);
  }

  /** Live message events up to seq are not written again (they were replayed, or the client has them). */
  markSent(conversationId: string, seq: number): void {
    this.lastSent ??= new Map();
    if (seq > (this.lastSent.get(conversationId) ?? 0)) this.lastSent.set(conversationId, seq);
  }

  endReplay(): void {
    const held = this.pending?.messages ?? [];
    this.pending = null;
    for (const m of held) this.deliver(m);
  }

  /** A bus handler bound once per connection, shared by all its subscriptions. */
  private readonly deliver = (m: BusMessage): void => {
    if (this.pending) {
      this.pending.messages.push(m);
      this.pending.bytes += m.frame.byteLength;
      // A peer that reads a long replay slowly while its conversations are busy: what waits for it here counts
      // as much as what waits in the socket.
      if (this.pending.bytes + this.sink.bufferedBytes > this.limits.maxBufferedBytes) {
        this.pending = null;
        this.close('WUKF_E_SLOW_CONSUMER', `more than ${this.limits.maxBufferedBytes} bytes waiting to be read`);
      }
      return;
    }
    if (m.subscribe) for (const t of m.subscribe) this.subscribe(t);
    if (m.unsubscribe) for (const t of m.unsubscribe) this.unsubscribe(t);
    if (m.origin !== undefined && m.origin.connection === this.id && m.origin.node === this.origin.node) return;
    if (m.audience !== undefined && !audienceIncludes(m.audience, this.principal)) {
      // Whoever may no longer read the conversation stops receiving it here, whatever subscribed it.
      if (m.conversationId !== undefined) this.unsubscribe(topics.conversation(m.conversationId));
      return;
    }
    if (m.conversationId !== undefined && m.seq !== undefined) {
      this.lastSent ??= new Map();
      if (m.seq <= (this.lastSent.get(m.conversationId) ?? 0)) return;
      this.lastSent.set(m.conversationId, m.seq);
    }
    if (m.frame.byteLength > 0) this.write(m.frame);
  };
}
