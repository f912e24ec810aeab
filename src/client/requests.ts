import type { EnvelopeInit } from '../proto/index.js';
import { WukfClientError } from './errors.js';

/** The body of the frame that answers a request. */
export type ReplyKind = 'conversation' | 'historyPage' | 'queue' | 'dashboard' | 'followUpPage';

export interface Request {
  /** Issue order among all of the client's requests (sends included). */
  order: number;
  /** The frame to write; its ref is chosen when it is written. */
  frame: EnvelopeInit;
  /** For error messages: "claim", "history" … */
  what: string;
  /** The answer it waits for; absent on frames the server does not answer (receipts, typing, presence). */
  reply?: ReplyKind;
  /** Dropped rather than kept when the connection goes (typing is stale by then). */
  ephemeral?: boolean;
  resolve?: (body: unknown) => void;
  reject?: (err: Error) => void;
}

/**
 * Requests other than sends, waiting to be written and then for their answer. They are not idempotent, so
 * one the connection drops under while it waits for its answer fails with WUKF_E_DISCONNECTED instead of
 * being written again; one that was never written waits for the next connection.
 */
export class Requests {
  private readonly queue: Request[] = [];
  private readonly inflight = new Map<number, Request>();

  add(request: Request): void {
    // Retries go back in their original place, so the queue stays in issue order.
    let at = this.queue.length;
    while (at > 0 && this.queue[at - 1]!.order > request.order) at--;
    this.queue.splice(at, 0, request);
  }

  peek(): Request | undefined {
    return this.queue[0];
  }

  shift(): Request | undefined {
    return this.queue.shift();
  }

  /** A request that waits for an answer was written with this ref. */
  written(ref: number, request: Request): void {
    this.inflight.set(ref, request);
  }

  /** Settles the request the answer is for; false if no request waits for this ref and kind. */
  answer(ref: number, kind: ReplyKind, body: unknown): boolean {
    const request = this.inflight.get(ref);
    if (!request || request.reply !== kind) return false;
    this.inflight.delete(ref);
    request.resolve?.(body);
    return true;
  }

  /**
   * An Error frame for this ref. A rate-limited request was never handled by the server, so it goes back in
   * the queue; anything else fails it. False if no request waits for this ref.
   */
  refuse(ref: number, err: WukfClientError): boolean {
    const request = this.inflight.get(ref);
    if (!request) return false;
    this.inflight.delete(ref);
    if (err.code === 'WUKF_E_RATE_LIMITED') this.add(request);
    else request.reject?.(err);
    return true;
  }

  /** The connection dropped: what waits for an answer fails, what was never written stays (typing aside). */
  disconnected(): void {
    for (const request of this.inflight.values()) request.reject?.(WukfClientError.disconnected(request.what));
    this.inflight.clear();
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]!.ephemeral) this.queue.splice(i, 1);
  }

  /** close() or giving up: everything fails. */
  rejectAll(): void {
    this.disconnected();
    for (const request of this.queue.splice(0)) request.reject?.(new WukfClientError('WUKF_E_DISCONNECTED', `${request.what}: the client was closed`));
  }
}
