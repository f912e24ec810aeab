import type { Limits } from '../proto/index.js';

/**
 * The client's side of the server's per-connection token bucket (Welcome.limits): frames are written no
 * faster than the server admits them, so a burst of sends waits here instead of being refused, and a flood
 * is never closed (4429). It runs a little under the server's rate, as the two clocks and the network do
 * not agree to the millisecond.
 */
export class Pacer {
  private readonly rate: number;
  private readonly burst: number;
  private tokens: number;
  private last: number;

  /** Without limits (or with a zero rate) nothing is paced. */
  constructor(limits: Limits | null | undefined, now: number) {
    this.rate = (limits?.ratePerSecond ?? 0) * 0.9;
    this.burst = Math.max(1, (limits?.rateBurst ?? 0) - 2);
    // Hello took one of the server's tokens already.
    this.tokens = this.burst;
    this.last = now;
  }

  /** Takes a token if one is there. */
  take(now: number): boolean {
    if (this.rate <= 0) return true;
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** How long until the next token, in ms. */
  waitMs(now: number): number {
    if (this.rate <= 0) return 0;
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
    this.last = now;
  }
}
