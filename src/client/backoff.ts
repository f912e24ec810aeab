export interface BackoffOptions {
  /** The shortest delay and the base of the exponential growth, in ms. Default 100. */
  minMs?: number;
  /** The longest delay, in ms. Default 10 000. */
  maxMs?: number;
  /** A source of uniform numbers in [0, 1); tests inject their own. Default Math.random. */
  random?: () => number;
}

/**
 * Reconnect delays: exponential growth with full jitter, so that clients dropped together by a restart do
 * not come back together. Attempt n (from 0) waits uniformly between minMs and min(maxMs, minMs·2^(n+1)):
 * the floor keeps a server that accepts and drops at once from being hammered, the jitter spreads the herd.
 */
export class Backoff {
  readonly minMs: number;
  readonly maxMs: number;
  private readonly random: () => number;
  private attempt = 0;

  constructor(options: BackoffOptions = {}) {
    this.minMs = options.minMs ?? 100;
    this.maxMs = Math.max(options.maxMs ?? 10_000, this.minMs);
    this.random = options.random ?? Math.random;
    if (!(this.minMs >= 0)) throw new RangeError(`backoff minMs must be 0 or more, got ${options.minMs}`);
  }

  /** Attempts since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The delay before the next attempt, in whole ms; each call counts one attempt. */
  next(): number {
    // Past 2^30 the ceiling is maxMs anyway; capping the exponent keeps the arithmetic finite.
    const ceiling = Math.min(this.maxMs, this.minMs * 2 ** Math.min(this.attempt + 1, 30));
    this.attempt += 1;
    return Math.round(this.minMs + this.random() * (ceiling - this.minMs));
  }

  /** After a successful connection: the next delay starts from the bottom again. */
  reset(): void {
    this.attempt = 0;
  }
}
