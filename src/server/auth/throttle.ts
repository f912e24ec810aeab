/**
 * Counts attempts per key in a sliding window and refuses once a key has `limit` of them inside it.
 * Pure and in memory: the caller supplies the time, so tests drive it with a fake clock. Used for logins,
 * where one attempt is charged to several keys at once (username+IP and IP).
 */
export type ThrottleDecision = { ok: true } | { ok: false; retryAfterMs: number };

export class SlidingWindowThrottle {
  private readonly hits = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly maxKeys: number;

  /** maxKeys bounds memory under a flood of distinct keys; past it, expired keys are swept, then the oldest. */
  constructor(options: { windowMs: number; maxKeys?: number }) {
    this.windowMs = options.windowMs;
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  /**
   * Charges one attempt to every key if none of them is at its limit; otherwise charges nothing and says
   * how long until the most limited key frees a slot. Checking and charging are one step, so attempts
   * that arrive together cannot all slip past the limit while the first is still being verified.
   */
  take(keys: readonly { key: string; limit: number }[], nowMs: number): ThrottleDecision {
    let retryAfterMs = 0;
    for (const { key, limit } of keys) {
      const times = this.live(key, nowMs);
      if (times.length >= limit) retryAfterMs = Math.max(retryAfterMs, times[times.length - limit]! + this.windowMs - nowMs);
    }
    if (retryAfterMs > 0) return { ok: false, retryAfterMs };
    for (const { key } of keys) {
      const times = this.hits.get(key);
      if (times) times.push(nowMs);
      else this.hits.set(key, [nowMs]);
    }
    if (this.hits.size > this.maxKeys) this.sweep(nowMs);
    return { ok: true };
  }

  /** Forgets every attempt of a key, e.g. a username+IP after a successful login. */
  clear(key: string): void {
    this.hits.delete(key);
  }

  /** Takes back the most recent attempt charged to a key (an attempt that turned out not to count). */
  refund(key: string): void {
    const times = this.hits.get(key);
    times?.pop();
    if (times?.length === 0) this.hits.delete(key);
  }

  /** Number of keys held, for tests of the memory bound. */
  get size(): number {
    return this.hits.size;
  }

  private live(key: string, nowMs: number): number[] {
    const times = this.hits.get(key);
    if (!times) return [];
    const cutoff = nowMs - this.windowMs;
    let expired = 0;
    while (expired < times.length && times[expired]! <= cutoff) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length === 0) this.hits.delete(key);
    return times;
  }

  private sweep(nowMs: number): void {
    for (const key of [...this.hits.keys()]) this.live(key, nowMs);
    // Still too many live keys: drop the ones inserted first (Map keeps insertion order).
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break;
      this.hits.delete(key);
    }
  }
}
