import { WukfError } from '../../proto/errors.js';

/** Addresses one budget remembers at most; past it the least recently seen are forgotten. */
export const MAX_TRACKED_ADDRESSES = 50_000;

interface Bucket {
  tokens: number;
  atMs: number;
}

/**
 * "N per minute per client address" as a token bucket: an address may spend N at once, then one more every
 * 60/N s. Memory stays bounded under a flood of distinct addresses: a bucket that has refilled is the same
 * as no bucket, so full ones are dropped first, then the least recently seen. An address whose bucket
 * was dropped starts full again, which is no worse for it than having waited.
 */
export class AddressBudget {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillMs: number;

  constructor(
    private readonly perMinute: number,
    /** What the refusal says was spent, e.g. "visitor tokens" (limits.visitor_tokens_per_minute). */
    private readonly what: string,
    private readonly key: string,
    private readonly maxAddresses = MAX_TRACKED_ADDRESSES,
  ) {
    this.refillMs = 60_000 / perMinute;
  }

  /** Spends one for the address, or throws WUKF_E_RATE_LIMITED with the wait until one is back. */
  charge(group: string, nowMs: number): void {
    const bucket = this.current(group, nowMs);
    // Re-inserted, refused or not, so that Map order is least recently seen first: an address that keeps
    // knocking stays remembered (and refused) while a flood of new ones pushes out the quiet ones.
    this.buckets.delete(group);
    this.buckets.set(group, bucket);
    if (bucket.tokens < 1) {
      const retryAfterMs = Math.ceil((1 - bucket.tokens) * this.refillMs);
      throw new WukfError('WUKF_E_RATE_LIMITED', `too many ${this.what} from this address (${this.key}: ${this.perMinute} per minute); try again in ${Math.ceil(retryAfterMs / 1000)} s`, { retryAfterMs });
    }
    bucket.tokens -= 1;
    if (this.buckets.size > this.maxAddresses) this.shrink(nowMs);
  }

  /** Addresses remembered now, for tests of the memory bound. */
  get size(): number {
    return this.buckets.size;
  }

  private current(group: string, nowMs: number): Bucket {
    const bucket = this.buckets.get(group) ?? { tokens: this.perMinute, atMs: nowMs };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / this.refillMs);
    bucket.atMs = nowMs;
    return bucket;
  }

  private shrink(nowMs: number): void {
    for (const [group, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.atMs) / this.refillMs >= this.perMinute) this.buckets.delete(group);
    }
    // Down to nine tenths, so that a flood pays for this sweep once per many new addresses, not on each.
    const target = Math.floor(this.maxAddresses * 0.9);
    for (const group of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(group);
    }
  }
}
