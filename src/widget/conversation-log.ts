/**
 * The entries of the conversation on screen, keyed so that a message counts once however it arrives (live,
 * replayed after a reconnect, in a history page): the visitor's own by client_message_id (they exist before
 * the server gives them a seq), everything else by seq. No DOM here: the window renders what changes.
 */

export type Mark = 'sending' | 'sent' | 'delivered' | 'read' | 'failed';

export interface ChatEntry {
  key: string;
  /** 0 until the server acknowledged it. */
  seq: number;
  mine: boolean;
  system: boolean;
  text: string;
  sender: string;
  /** ms since the epoch. */
  at: number;
  /** The visitor's own messages: how far the other side has got. */
  mark?: Mark;
}

export class ConversationLog {
  private readonly entries = new Map<string, ChatEntry>();
  private delivered = 0;
  private read = 0;
  /** What the visitor has read, by their own receipts. */
  private seen = 0;

  constructor(private readonly changed: (entry: ChatEntry) => void) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Adds or replaces an entry; true when it is new. */
  put(entry: ChatEntry): boolean {
    const fresh = !this.entries.has(entry.key);
    if (entry.mine && entry.mark !== 'failed') entry.mark = this.markOf(entry.seq);
    this.entries.set(entry.key, entry);
    this.changed(entry);
    return fresh;
  }

  acked(key: string, seq: number): void {
    const entry = this.entries.get(key);
    if (entry) this.put({ ...entry, seq, mark: undefined });
  }

  failed(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.put({ ...entry, mark: 'failed' });
  }

  /** The other side's watermarks moved: the marks on the visitor's messages follow. */
  receipts(delivered: number, read: number): void {
    this.delivered = Math.max(this.delivered, delivered, read);
    this.read = Math.max(this.read, read);
    for (const entry of this.entries.values()) {
      if (!entry.mine || entry.mark === 'failed' || entry.seq === 0) continue;
      const mark = this.markOf(entry.seq);
      if (mark !== entry.mark) this.put({ ...entry, mark });
    }
  }

  /** The visitor has read up to seq. */
  seenUpTo(seq: number): void {
    this.seen = Math.max(this.seen, seq);
  }

  /** Messages from the other side the visitor has not read. */
  unread(): number {
    let n = 0;
    for (const entry of this.entries.values()) if (!entry.mine && !entry.system && entry.seq > this.seen) n += 1;
    return n;
  }

  /** The highest seq held (0: none). */
  lastSeq(): number {
    let max = 0;
    for (const entry of this.entries.values()) max = Math.max(max, entry.seq);
    return max;
  }

  /** The lowest seq held, where an older history page ends (0: none). */
  firstSeq(): number {
    let min = 0;
    for (const entry of this.entries.values()) if (entry.seq > 0 && (min === 0 || entry.seq < min)) min = entry.seq;
    return min;
  }

  clear(): void {
    this.entries.clear();
    this.delivered = this.read = this.seen = 0;
  }

  private markOf(seq: number): Mark {
    if (seq === 0) return 'sending';
    if (seq <= this.read) return 'read';
    return seq <= this.delivered ? 'delivered' : 'sent';
  }
}
