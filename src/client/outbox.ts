import type { MessageAck } from './types.js';

/** A message that has not been acknowledged yet, as `client.unacked()` shows it. */
export interface UnackedMessage {
  conversationId: string;
  clientMessageId: string;
  text: string;
}

export interface OutboxEntry extends UnackedMessage {
  /** Issue order among all of the client's requests, so sends and other requests go out as they were made. */
  readonly order: number;
  /** The request id it was written with on the current connection; 0 while it waits to be written. */
  ref: number;
  readonly promise: Promise<MessageAck>;
  resolve(ack: MessageAck): void;
  reject(err: Error): void;
}

function key(conversationId: string, clientMessageId: string): string {
  return `${conversationId}\u0000${clientMessageId}`;
}

/**
 * Messages from send() until the server acknowledges them, in the order they were sent. At most `window`
 * of them are written and unacknowledged at once; when the connection drops, every unacknowledged one is
 * written again, in order and with its original client_message_id, so the server stores each exactly once.
 */
export class Outbox {
  private readonly entries: OutboxEntry[] = [];
  private readonly byKey = new Map<string, OutboxEntry>();
  private readonly byRef = new Map<number, OutboxEntry>();

  constructor(readonly window: number) {
    if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a whole number of at least 1, got ${window}`);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Written on this connection and not acknowledged yet. */
  get inFlight(): number {
    return this.byRef.size;
  }

  /**
   * Queues a message. Sending an id that is still queued for the same conversation joins the first send:
   * the server would treat it as the same message anyway.
   */
  add(message: UnackedMessage, order: number): OutboxEntry {
    const existing = this.byKey.get(key(message.conversationId, message.clientMessageId));
    if (existing) return existing;
    let resolve!: (ack: MessageAck) => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<MessageAck>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: OutboxEntry = { ...message, order, ref: 0, promise, resolve, reject };
    this.entries.push(entry);
    this.byKey.set(key(message.conversationId, message.clientMessageId), entry);
    return entry;
  }

  /** The oldest entry waiting to be written, if the window has room for it. */
  next(): OutboxEntry | undefined {
    if (this.byRef.size >= this.window) return undefined;
    return this.entries.find((e) => e.ref === 0);
  }

  written(entry: OutboxEntry, ref: number): void {
    entry.ref = ref;
    this.byRef.set(ref, entry);
  }

  entryFor(ref: number): OutboxEntry | undefined {
    return this.byRef.get(ref);
  }

  /** Settles the entry the ack is for; acks for entries already settled (resends) are ignored. */
  ack(ack: MessageAck): OutboxEntry | undefined {
    const entry = this.byKey.get(key(ack.conversationId ?? '', ack.clientMessageId ?? ''));
    if (!entry) return undefined;
    this.remove(entry);
    entry.resolve(ack);
    return entry;
  }

  /** The server refused the message for good. */
  fail(entry: OutboxEntry, err: Error): void {
    this.remove(entry);
    entry.reject(err);
  }

  /** Puts a written entry back to be written again (after a rate limit). */
  rewrite(entry: OutboxEntry): void {
    if (entry.ref !== 0) this.byRef.delete(entry.ref);
    entry.ref = 0;
  }

  /** The connection is gone: everything unacknowledged is written again on the next one. */
  rewriteAll(): void {
    for (const entry of this.byRef.values()) entry.ref = 0;
    this.byRef.clear();
  }

  list(): UnackedMessage[] {
    return this.entries.map(({ conversationId, clientMessageId, text }) => ({ conversationId, clientMessageId, text }));
  }

  private remove(entry: OutboxEntry): void {
    const at = this.entries.indexOf(entry);
    if (at >= 0) this.entries.splice(at, 1);
    this.byKey.delete(key(entry.conversationId, entry.clientMessageId));
    if (entry.ref !== 0) this.byRef.delete(entry.ref);
    entry.ref = 0;
  }
}
