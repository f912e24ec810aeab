import type { EnvelopeInit, Limits } from '../proto/index.js';
import type { MessageAck, UnackedMessage } from './types.js';
import type { WukfClientError } from './errors.js';
import { Outbox } from './outbox.js';
import { Pacer } from './pacer.js';
import { Requests, type ReplyKind } from './requests.js';
import { later, type Timer } from './runtime.js';

/**
 * The writing half of the client: sends (the outbox) and other requests go out in the order they were
 * made, sends within their window, all of them no faster than the server's rate, and each answer or
 * Error frame is matched back to its request by ref.
 */
export class Dispatcher {
  private readonly outbox: Outbox;
  private readonly requests = new Requests();
  /** A welcomed connection is there to write to. */
  private live = false;
  private lastRef = 0;
  private lastOrder = 0;
  private pacer = new Pacer(undefined, 0);
  private pausedUntil = 0;
  private flushTimer: Timer | undefined;

  constructor(
    window: number,
    private readonly write: (env: EnvelopeInit) => void,
  ) {
    this.outbox = new Outbox(window);
  }

  get connected(): boolean {
    return this.live;
  }

  nextRef(): number {
    // Refs are uint32 and 0 means "no request".
    this.lastRef = this.lastRef >= 0xffff_fffe ? 1 : this.lastRef + 1;
    return this.lastRef;
  }

  send(message: UnackedMessage): Promise<MessageAck> {
    const entry = this.outbox.add(message, ++this.lastOrder);
    this.flush();
    return entry.promise;
  }

  /** A request the server answers with a `reply` frame carrying its ref. */
  request<T>(what: string, frame: EnvelopeInit, reply: ReplyKind): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.requests.add({ order: ++this.lastOrder, what, frame, reply, resolve: resolve as (body: unknown) => void, reject });
      this.flush();
    });
  }

  /** A frame without an answer; false (and nothing queued) while there is no connection to write it to. */
  fire(what: string, frame: EnvelopeInit, ephemeral = false): boolean {
    if (!this.live) return false;
    this.requests.add({ order: ++this.lastOrder, what, frame, ephemeral });
    this.flush();
    return true;
  }

  unacked(): UnackedMessage[] {
    return this.outbox.list();
  }

  /** A new connection was welcomed: what waited goes out, paced by its limits. */
  welcomed(limits: Limits | null | undefined): void {
    this.live = true;
    this.pacer = new Pacer(limits, Date.now());
    this.flush();
  }

  /** Settles the send the ack is for; false for acks of sends already settled (a resend's second ack). */
  ack(ack: MessageAck, ref = 0): boolean {
    const settled = this.outbox.ack(ack, ref) !== undefined;
    this.flush();
    return settled;
  }

  answer(ref: number, kind: ReplyKind, body: unknown): void {
    this.requests.answer(ref, kind, body);
  }

  /**
   * An Error frame: fails the send or request with its ref, or, if rate limited, writes it again after
   * retry_after_ms. False when it belongs to no request (the app should hear of it).
   */
  refused(ref: number, err: WukfClientError): boolean {
    const limited = err.code === 'WUKF_E_RATE_LIMITED';
    const entry = ref === 0 ? undefined : this.outbox.entryFor(ref);
    let handled = true;
    if (entry) {
      if (limited) this.outbox.rewrite(entry);
      else this.outbox.fail(entry, err);
    } else if (ref === 0 || !this.requests.refuse(ref, err)) {
      handled = false;
      // The server refused a frame without naming it; the sends in flight go again (it dedupes them).
      if (limited) this.outbox.rewriteAll();
    }
    if (limited) this.pause(err.retryAfterMs ?? 1_000);
    this.flush();
    return handled;
  }

  /** The socket is gone: unacknowledged sends wait for the next one; answers in flight will never come. */
  lost(): void {
    this.live = false;
    this.pausedUntil = 0;
    this.stopTimer();
    this.outbox.rewriteAll();
    this.requests.disconnected();
  }

  /** close() or giving up: every request fails; the outbox stays for the next connect(). */
  stop(): void {
    this.lost();
    this.requests.rejectAll();
  }

  /** Writes what waits, in issue order, as far as the window, the server's rate and a rate-limit pause allow. */
  private flush(): void {
    if (!this.live || this.flushTimer !== undefined) return;
    const now = Date.now();
    if (now < this.pausedUntil) return this.flushLater(this.pausedUntil - now);
    for (;;) {
      const entry = this.outbox.next();
      const request = this.requests.peek();
      if (!entry && !request) return;
      if (!this.pacer.take(now)) return this.flushLater(this.pacer.waitMs(now));
      if (entry && (!request || entry.order < request.order)) {
        const ref = this.nextRef();
        this.outbox.written(entry, ref);
        this.write({ ref, sendMessage: { conversationId: entry.conversationId, clientMessageId: entry.clientMessageId, text: entry.text } });
      } else {
        this.requests.shift();
        const ref = request!.reply ? this.nextRef() : 0;
        if (ref) this.requests.written(ref, request!);
        this.write({ ...request!.frame, ref });
      }
      // A failed write drops the connection, which calls lost().
      if (!this.live) return;
    }
  }

  private pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
    this.stopTimer();
  }

  private flushLater(ms: number): void {
    this.flushTimer = later(ms, () => {
      this.flushTimer = undefined;
      this.flush();
    });
  }

  private stopTimer(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }
}
