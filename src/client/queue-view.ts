import { QueueEventKind, type QueueEvent, type QueuedConversation } from '../proto/index.js';

/**
 * An agent's or admin's view of the queue, kept from its pages and deltas (docs/protocol.md, "The queue"):
 * the entries of the places paged so far — always a prefix of the queue, in order, positions from 1 — and
 * the number queued in all. Visitors' QueueEvents (their own place) leave it alone.
 */
export class QueueView {
  private list: QueuedConversation[] = [];
  private count = 0;
  private at = 0;

  /** The queue's first places, as far as paged: `entries.length` may be below `total`. */
  get entries(): readonly QueuedConversation[] {
    return this.list;
  }

  /** Queued conversations in all. */
  get total(): number {
    return this.count;
  }

  /** The server's queue version this view shows. */
  get version(): number {
    return this.at;
  }

  /** Whether more places are queued than this view holds (page them with client.queuePage(view.entries.length)). */
  get hasMore(): boolean {
    return this.list.length < this.count;
  }

  /** Applies a QueueEvent; returns whether it was one for this view (a page or a delta that is not stale). */
  apply(event: QueueEvent): boolean {
    if (event.kind === QueueEventKind.KIND_PAGE) return this.page(event);
    if (event.kind === QueueEventKind.KIND_DELTA) return this.delta(event);
    return false;
  }

  /** A new connection starts from its first page. */
  clear(): void {
    this.list = [];
    this.count = 0;
    this.at = 0;
  }

  private page(event: QueueEvent): boolean {
    const offset = event.offset ?? 0;
    // A page that does not join the prefix held (a gap before it) cannot be placed.
    if (offset > this.list.length) return false;
    // What the prefix held past the page is as of an older version; the page ends the prefix.
    this.list = [...this.list.slice(0, offset), ...(event.entries ?? [])];
    this.count = event.total ?? 0;
    this.at = Number(event.version ?? 0);
    this.renumber();
    return true;
  }

  private delta(event: QueueEvent): boolean {
    const version = Number(event.version ?? 0);
    if (version <= this.at) return false;
    const removed = new Set(event.removed ?? []);
    if (removed.size > 0) this.list = this.list.filter((e) => !removed.has(e.conversation?.id ?? ''));
    for (const entry of event.entries ?? []) {
      const index = (entry.position ?? 0) - 1;
      // Beyond the prefix held: not in this view (only total grows).
      if (index >= 0 && index <= this.list.length) this.list.splice(index, 0, entry);
    }
    this.count = event.total ?? 0;
    this.at = version;
    this.renumber();
    return true;
  }

  private renumber(): void {
    this.list = this.list.map((e, i) => (e.position === i + 1 ? e : { ...e, position: i + 1 }));
  }
}
