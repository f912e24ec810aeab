import type { Demand } from './types.js';

/** A queued conversation: its demand and a sequence number that orders equal waiting times. */
export interface QueuedEntry {
  demand: Demand;
  seq: number;
}

/** Serving order: higher priority first, then longer waiting, then enqueued first. */
export function servedBefore(a: QueuedEntry, b: QueuedEntry): boolean {
  if (a.demand.priority !== b.demand.priority) return a.demand.priority > b.demand.priority;
  if (a.demand.openedAt !== b.demand.openedAt) return a.demand.openedAt < b.demand.openedAt;
  return a.seq < b.seq;
}

/**
 * One group's queue: a bucket per priority, each kept sorted by waiting time. A new conversation waits
 * longest-last, so enqueueing appends; only a re-routed one (which keeps its original waiting time) is
 * inserted by binary search. Head, enqueue and remove cost O(log n) plus a move of the bucket's tail; the
 * position of a conversation O(priorities + log n).
 */
export class GroupQueue {
  /** Priorities present, highest first. */
  private priorities: number[] = [];
  private readonly buckets = new Map<number, QueuedEntry[]>();
  size = 0;

  enqueue(entry: QueuedEntry): void {
    let bucket = this.buckets.get(entry.demand.priority);
    if (!bucket) {
      bucket = [];
      this.buckets.set(entry.demand.priority, bucket);
      this.priorities.push(entry.demand.priority);
      this.priorities.sort((a, b) => b - a);
    }
    const last = bucket[bucket.length - 1];
    if (!last || servedBefore(last, entry)) bucket.push(entry);
    else bucket.splice(this.indexIn(bucket, entry), 0, entry);
    this.size++;
  }

  remove(entry: QueuedEntry): void {
    const bucket = this.buckets.get(entry.demand.priority);
    if (!bucket) return;
    const at = this.indexIn(bucket, entry);
    if (bucket[at] !== entry) return;
    bucket.splice(at, 1);
    this.size--;
    if (bucket.length === 0) {
      this.buckets.delete(entry.demand.priority);
      this.priorities = this.priorities.filter((p) => p !== entry.demand.priority);
    }
  }

  head(): QueuedEntry | undefined {
    const top = this.priorities[0];
    return top === undefined ? undefined : this.buckets.get(top)![0];
  }

  /** 1-based place in serving order. */
  position(entry: QueuedEntry): number {
    let ahead = 0;
    for (const p of this.priorities) {
      const bucket = this.buckets.get(p)!;
      if (p === entry.demand.priority) return ahead + this.indexIn(bucket, entry) + 1;
      ahead += bucket.length;
    }
    return ahead + 1;
  }

  /** Every entry in serving order. */
  *entries(): Generator<QueuedEntry> {
    for (const p of this.priorities) yield* this.buckets.get(p)!;
  }

  /** The first index whose entry is not served before `entry` (lower bound). */
  private indexIn(bucket: QueuedEntry[], entry: QueuedEntry): number {
    let lo = 0;
    let hi = bucket.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (servedBefore(bucket[mid]!, entry)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
