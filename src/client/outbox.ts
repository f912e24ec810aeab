import type { MessageAck, UnackedMessage } from './types.js';

export class OutboxEntry implements UnackedMessage {
  /** The request id it was written with on the current connection; 0 while it waits to be written. */
  ref = 0;
  /** Its neighbours in send order: the outbox is a linked list, so settling any entry takes constant time. */
  older: OutboxEntry | undefined = undefined;
  newer: OutboxEntry | undefined = undefined;
  readonly promise: Promise<MessageAck>;
  resolve!: (ack: MessageAck) => void;
  reject!: (err: Error) => void;

  constructor(
    readonly conversationId: string,
    readonly clientMessageId: string,
    readonly text: string,
    /** Issue order among all of the client's requests, so sends and other requests go out as they were made. */
    readonly order: number,
  ) {
    this.promise = new Promise<MessageAck>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

/**
 * Messages from send() until the server acknowledges them, in the order they were sent. At most `window`
 * of them are written and unacknowledged at once; when the connection drops, every unacknowledged one is
 * written again, in order and with its original client_message_id, so the server stores each exactly once.
 */
export class Outbox {
  private oldest: OutboxEntry | undefined;
  private newest: OutboxEntry | undefined;
  /** Where next() starts looking: every entry older than this one has been written. */
  private cursor: OutboxEntry | undefined;
  private count = 0;
  /** conversation id → client_message_id → entry. */
  private readonly byId = new Map<string, Map<string, OutboxEntry>>();
  private readonly byRef = new Map<number, OutboxEntry>();

  constructor(readonly window: number) {
    if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a whole number of at least 1, got ${window}`);
  }

  get size(): number {
    return this.count;
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
    let ids = this.byId.get(message.conversationId);
    const existing = ids?.get(message.clientMessageId);
    if (existing) return existing;
    if (!ids) {
      ids = new Map();
      this.byId.set(message.conversationId, ids);
    }
    const entry = new OutboxEntry(message.conversationId, message.clientMessageId, message.text, order);
    ids.set(entry.clientMessageId, entry);
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
    this.cursor ??= entry;
    this.count += 1;
    return entry;
  }

  /** The oldest entry waiting to be written, if the window has room for it. */
  next(): OutboxEntry | undefined {
    if (this.byRef.size >= this.window) return undefined;
    while (this.cursor && this.cursor.ref !== 0) this.cursor = this.cursor.newer;
    return this.cursor;
  }

  written(entry: OutboxEntry, ref: number): void {
    entry.ref = ref;
    this.byRef.set(ref, entry);
  }

  entryFor(ref: number): OutboxEntry | undefined {
    return this.byRef.get(ref);
  }

  /**
   * Settles the entry the ack is for: the one written with the ack's ref when its ids match (no string keys
   * to hash), else the one with its ids. Acks for entries already settled (resends) are ignored.
   */
  ack(ack: MessageAck, ref = 0): OutboxEntry | undefined {
    const written = ref === 0 ? undefined : this.byRef.get(ref);
    const entry =
      written && written.clientMessageId === ack.clientMessageId && written.conversationId === ack.conversationId
        ? written
        : this.byId.get(ack.conversationId ?? '')?.get(ack.clientMessageId ?? '');
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
    // It may be older than the cursor; the next look starts over (rare, and at most a window of entries).
    this.cursor = this.oldest;
  }

  /** The connection is gone: everything unacknowledged is written again on the next one. */
  rewriteAll(): void {
    for (const entry of this.byRef.values()) entry.ref = 0;
    this.byRef.clear();
    this.cursor = this.oldest;
  }

  list(): UnackedMessage[] {
    const all: UnackedMessage[] = [];
    for (let e = this.oldest; e; e = e.newer) all.push({ conversationId: e.conversationId, clientMessageId: e.clientMessageId, text: e.text });
    return all;
  }

  private remove(entry: OutboxEntry): void {
    const ids = this.byId.get(entry.conversationId);
    if (ids?.get(entry.clientMessageId) !== entry) return;
    ids.delete(entry.clientMessageId);
    if (ids.size === 0) this.byId.delete(entry.conversationId);
    if (entry.ref !== 0) this.byRef.delete(entry.ref);
    entry.ref = 0;
    if (this.cursor === entry) this.cursor = entry.newer;
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
    this.count -= 1;
  }
}
