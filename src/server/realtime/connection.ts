import type { WebSocket } from 'ws';
import type { BusMessage } from '../bus/index.js';
import type { Participant } from '../domain/conversation.js';
import { ERRORS, WukfError, type ErrorCode } from '../errors.js';
import { encodeEnvelope, type EnvelopeInit } from '../../proto/index.js';
import type { RealtimeLimits } from './limits.js';
import { TokenBucket } from './token-bucket.js';
import { flushFrames, queuedBytes, writeFrame } from './frame-writer.js';

let nextConnectionId = 1;

/**
 * One WebSocket: what was sent on it, what it is subscribed to, and the limits that protect everybody
 * else from it. Knows nothing of conversations; the Hub decides what goes where.
 */
export class Connection {
  readonly id = nextConnectionId++;
  readonly bucket: TokenBucket;
  helloDone = false;
  /** Live frames wait here while a resume replay is being written. */
  private pending: BusMessage[] | null = null;
  // The maps below are made on first use: an idle connection (most of them, at 15 000) holds none.
  /** Highest message seq written per conversation, so replays and live events never repeat. */
  private lastSent: Map<string, number> | undefined;
  private subscriptions: Map<string, () => void> | undefined;
  /** Last time a typing=true went out, per conversation. */
  private typingSentAt: Map<string, number> | undefined;
  /** When the token presented at connect expires (ms since the epoch); the hub closes the connection then. */
  expiresAt = Infinity;
  alive = true;
  /** Agents and admins: the token version presented at connect. */
  tokenVersion: number | undefined;
  closing = false;
  /** Consecutive frames refused by the rate limit; a flood past the burst is closed. */
  rateStrikes = 0;

  constructor(
    readonly ws: WebSocket,
    readonly principal: Participant,
    private readonly limits: RealtimeLimits,
    now: number,
    private readonly subscribeTopic: (topic: string, deliver: (m: BusMessage) => void) => () => void,
  ) {
    this.bucket = new TokenBucket(limits.ratePerSecond, limits.rateBurst, now);
  }

  get key(): string {
    return `${this.principal.kind}:${this.principal.id}`;
  }

  send(env: EnvelopeInit): void {
    this.write(encodeEnvelope(env));
  }

  /** Writes encoded bytes, unless the peer has stopped reading: then it is closed as a slow consumer. */
  write(frame: Uint8Array): void {
    if (this.closing) return;
    if (this.ws.bufferedAmount + queuedBytes(this.ws) + frame.byteLength > this.limits.maxBufferedBytes) {
      this.close('WUKF_E_SLOW_CONSUMER', `more than ${this.limits.maxBufferedBytes} bytes waiting to be read`);
      return;
    }
    writeFrame(this.ws, frame);
  }

  sendError(err: unknown, ref = 0, extra: { conversationId?: string; clientMessageId?: string } = {}): void {
    const code: ErrorCode = err instanceof WukfError || isCoded(err) ? (err as { code: ErrorCode }).code : 'WUKF_E_INTERNAL';
    const message = code === 'WUKF_E_INTERNAL' ? ERRORS.WUKF_E_INTERNAL.summary : (err as Error).message;
    const retryAfterMs = (err as { retryAfterMs?: number }).retryAfterMs;
    this.send({ ref, error: { code, message, ...extra, ...(retryAfterMs ? { retryAfterMs } : {}) } });
  }

  /** Sends the error as a frame, then closes with the code's WebSocket close code. */
  close(code: ErrorCode, message: string): void {
    if (this.closing) return;
    if (this.ws.readyState === this.ws.OPEN) {
      // What was written before the error leaves before it.
      flushFrames(this.ws);
      this.ws.send(encodeEnvelope({ error: { code, message } }), { binary: true });
      this.ws.close(ERRORS[code].close, code);
    }
    this.closing = true;
    // A peer that does not read will not answer the close handshake either.
    setTimeout(() => this.ws.terminate(), 2_000).unref();
  }

  subscribe(topic: string): void {
    this.subscriptions ??= new Map();
    if (this.subscriptions.has(topic)) return;
    this.subscriptions.set(topic, this.subscribeTopic(topic, this.deliver));
  }

  unsubscribe(topic: string): void {
    this.subscriptions?.get(topic)?.();
    this.subscriptions?.delete(topic);
  }

  unsubscribeAll(): void {
    if (!this.subscriptions) return;
    for (const off of this.subscriptions.values()) off();
    this.subscriptions.clear();
  }

  /** Whether a typing=true for this conversation may go out now (at most one per interval), and notes it. */
  typingDue(conversationId: string, now: number, intervalMs: number): boolean {
    this.typingSentAt ??= new Map();
    if (now - (this.typingSentAt.get(conversationId) ?? 0) < intervalMs) return false;
    this.typingSentAt.set(conversationId, now);
    return true;
  }

  /** A typing=false goes out at once and lets the next typing=true through. */
  typingStopped(conversationId: string): void {
    this.typingSentAt?.delete(conversationId);
  }

  /** From now on live frames are held back until endReplay(). */
  beginReplay(): void {
    this.pending = [];
  }

  /** Writes a replayed message and remembers its seq. */
  replayed(conversationId: string, seq: number, frame: Uint8Array): void {
    this.write(frame);
    this.markSent(conversationId, seq);
  }

  markSent(conversationId: string, seq: number): void {
    this.lastSent ??= new Map();
    if (seq > (this.lastSent.get(conversationId) ?? 0)) this.lastSent.set(conversationId, seq);
  }

  endReplay(): void {
    const held = this.pending ?? [];
    this.pending = null;
    for (const m of held) this.deliver(m);
  }

  /** A bus handler bound once per connection, shared by all its subscriptions. */
  private readonly deliver = (m: BusMessage): void => {
    if (m.origin === this.id) return;
    if (this.pending) {
      this.pending.push(m);
      return;
    }
    if (m.subscribe) for (const t of m.subscribe) this.subscribe(t);
    if (m.unsubscribe) for (const t of m.unsubscribe) this.unsubscribe(t);
    if (m.conversationId !== undefined && m.seq !== undefined) {
      this.lastSent ??= new Map();
      if (m.seq <= (this.lastSent.get(m.conversationId) ?? 0)) return;
      this.lastSent.set(m.conversationId, m.seq);
    }
    if (m.frame.byteLength > 0) this.write(m.frame);
  };
}

function isCoded(err: unknown): boolean {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' && (err as { code: string }).code in ERRORS;
}
