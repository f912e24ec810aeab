/**
 * Failure counting with growing delays, per key (an address, an account, or the two together). Pure and
 * in memory: the caller supplies the time, so tests drive it with a fake clock.
 *
 * The schedule: a key's first `free` failures cost nothing; each failure after them locks the key for
 * 1 s, 2 s, 4 s, … doubling up to `maxDelayMs`. While locked, attempts are refused without being counted
 * (so waiting is the only way forward, and hammering does not make the wait longer). Failures are forgotten
 * `forgetMs` after the last failure or the end of its lock, whichever is later.
 *
 * Attempts in flight count too: a key may have at most as many unanswered attempts as it has free failures
 * left, and past its budget only one at a time, so a burst of parallel guesses cannot all slip past
 * before the first of them has failed.
 */
export const FIRST_DELAY_MS = 1_000;

export interface BackoffOptions {
  free: number;
  maxDelayMs: number;
  forgetMs: number;
  /** Keys held at most; past it the least recently touched are forgotten. */
  maxKeys?: number;
}

interface Entry {
  failures: number;
  inFlight: number;
  lockedUntilMs: number;
  lastFailureMs: number;
}

/** The lock the nth failure earns (n counted from 1), 0 within the free budget. */
export function delayAfter(failures: number, free: number, maxDelayMs: number): number {
  const over = failures - free;
  if (over <= 0) return 0;
  // 2^30 s is far past any cap; the exponent is bounded so the arithmetic stays exact.
  return Math.min(maxDelayMs, FIRST_DELAY_MS * 2 ** Math.min(over - 1, 30));
}

export class FailureBackoff {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;

  constructor(private readonly options: BackoffOptions) {
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  /** Milliseconds until the key may try again, 0 when it may now. */
  waitMs(key: string, nowMs: number): number {
    const entry = this.live(key, nowMs);
    if (!entry) return 0;
    if (entry.lockedUntilMs > nowMs) return entry.lockedUntilMs - nowMs;
    const room = Math.max(1, this.options.free - entry.failures);
    // Its earlier attempts are still being checked; the answer comes within a scrypt, well under a second.
    return entry.inFlight >= room ? FIRST_DELAY_MS : 0;
  }

  /** An attempt on the key begins; end it with failed() or succeeded(). */
  begin(key: string, nowMs: number): void {
    const entry = this.live(key, nowMs) ?? { failures: 0, inFlight: 0, lockedUntilMs: 0, lastFailureMs: nowMs };
    entry.inFlight++;
    this.touch(key, entry, nowMs);
  }

  /** The attempt failed; returns its count and the lock it earned (0: none). */
  failed(key: string, nowMs: number): { failures: number; delayMs: number } {
    const entry = this.entries.get(key) ?? { failures: 0, inFlight: 1, lockedUntilMs: 0, lastFailureMs: nowMs };
    entry.inFlight = Math.max(0, entry.inFlight - 1);
    entry.failures++;
    entry.lastFailureMs = nowMs;
    const delayMs = delayAfter(entry.failures, this.options.free, this.options.maxDelayMs);
    if (delayMs > 0) entry.lockedUntilMs = Math.max(entry.lockedUntilMs, nowMs + delayMs);
    this.touch(key, entry, nowMs);
    return { failures: entry.failures, delayMs };
  }

  /** The attempt succeeded: its failures stay counted (they were somebody's), it is no longer in flight. */
  succeeded(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.inFlight = Math.max(0, entry.inFlight - 1);
  }

  /** Forgets a key's failures and lock. True when there was something to forget. */
  clear(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    return entry.failures > 0;
  }

  /** Forgets every key the predicate picks; true when any had failures. */
  clearWhere(pick: (key: string) => boolean): boolean {
    let any = false;
    for (const key of [...this.entries.keys()]) if (pick(key) && this.clear(key)) any = true;
    return any;
  }

  /** Keys held, for tests of the memory bound. */
  get size(): number {
    return this.entries.size;
  }

  private expired(entry: Entry, nowMs: number): boolean {
    return entry.inFlight === 0 && nowMs >= Math.max(entry.lastFailureMs, entry.lockedUntilMs) + this.options.forgetMs;
  }

  private live(key: string, nowMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.expired(entry, nowMs)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private touch(key: string, entry: Entry, nowMs: number): void {
    // Re-inserted so that Map order is least recently touched first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size <= this.maxKeys) return;
    for (const [k, e] of this.entries) if (this.expired(e, nowMs)) this.entries.delete(k);
    // A flood of distinct keys: forget the least recently touched, down to nine tenths so the sweep is rare.
    const target = Math.floor(this.maxKeys * 0.9);
    for (const k of this.entries.keys()) {
      if (this.entries.size <= target) break;
      this.entries.delete(k);
    }
  }
}
