import type { Conversation } from '../domain/conversation.js';

/** Seconds a visitor is told to expect per place in the queue before any conversation has been taken. */
export const INITIAL_AVERAGE_WAIT_S = 60;
/** Weight of the latest wait in the moving average. */
const WAIT_SMOOTHING = 0.2;

export interface QueuePosition {
  conversationId: string;
  /** 1 for the conversation an agent will take next. */
  position: number;
  estimatedWaitS: number;
}

/** Served first: higher priority, then opened earlier; equals keep their order of arrival (the store's order at start). */
const servedFirst = (a: Conversation, b: Conversation) => b.priority - a.priority || a.createdAt - b.createdAt;

/**
 * The conversations waiting for an agent as committed, in serving order (priority, then waiting time): the
 * staff's view of the whole queue. Routing keeps one queue per group (src/server/routing); a visitor's place
 * is in its group's. The estimate is position × a moving average of how long the conversations taken so far
 * waited.
 */
export class WaitingQueue {
  private readonly entries: Conversation[] = [];
  private averageWaitS = INITIAL_AVERAGE_WAIT_S;

  get length(): number {
    return this.entries.length;
  }

  list(): readonly Conversation[] {
    return this.entries;
  }

  has(id: string): boolean {
    return this.indexOf(id) >= 0;
  }

  /** Adds a queued conversation, or puts a newer state of one in its place. */
  put(c: Conversation): void {
    const at = this.indexOf(c.id);
    if (at >= 0 && this.entries[at]!.priority === c.priority) {
      this.entries[at] = c;
      return;
    }
    if (at >= 0) this.entries.splice(at, 1);
    // Most arrive last: search from the tail.
    let i = this.entries.length;
    while (i > 0 && servedFirst(c, this.entries[i - 1]!) < 0) i--;
    this.entries.splice(i, 0, c);
  }

  /** Seconds a conversation at this place is told to expect. */
  estimateS(position: number): number {
    return Math.round(position * this.averageWaitS);
  }

  /**
   * Takes a conversation out of the queue; `takenAt` (ms) when an agent took it, which feeds the wait
   * estimate (a conversation closed while waiting does not). Returns whether it was queued.
   */
  remove(id: string, taken?: { createdAt: number; takenAt: number }): boolean {
    const at = this.indexOf(id);
    if (at < 0) return false;
    this.entries.splice(at, 1);
    if (taken) {
      const waitedS = Math.max(0, (taken.takenAt - taken.createdAt) / 1000);
      this.averageWaitS = this.averageWaitS * (1 - WAIT_SMOOTHING) + waitedS * WAIT_SMOOTHING;
    }
    return true;
  }

  /** Where a queued conversation stands; undefined when it is not queued. */
  position(id: string): QueuePosition | undefined {
    const at = this.indexOf(id);
    if (at < 0) return undefined;
    return this.positionAt(at);
  }

  /** The positions of the queued conversations from index `from` (0: the head) on, in queue order. */
  positions(from = 0): QueuePosition[] {
    const out: QueuePosition[] = [];
    for (let i = Math.max(0, from); i < this.entries.length; i++) out.push(this.positionAt(i));
    return out;
  }

  private positionAt(index: number): QueuePosition {
    const position = index + 1;
    return { conversationId: this.entries[index]!.id, position, estimatedWaitS: Math.round(position * this.averageWaitS) };
  }

  private indexOf(id: string): number {
    return this.entries.findIndex((c) => c.id === id);
  }
}
