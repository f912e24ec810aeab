import { WukfError } from '../../proto/errors.js';

/** Signatures remembered at most (about 150 bytes each). */
export const MAX_USED_SIGNATURES = 100_000;

/**
 * The identity signatures already used, for auth.identity_single_use. A signature only needs remembering
 * until its timestamp leaves the skew window: after that verifyIdentity refuses it anyway. When the cache
 * is full of signatures still inside their window, new ones are refused (WUKF_E_RATE_LIMITED until the
 * oldest expires) rather than old ones forgotten, which would make them replayable; only the app's backend
 * can mint signatures, so only it can fill the cache.
 */
export class UsedSignatures {
  /** Signature (lower-case hex) → the time it stops being accepted anyway, in ms. */
  private readonly until = new Map<string, number>();
  private nextExpiryMs = Infinity;

  constructor(private readonly max = MAX_USED_SIGNATURES) {}

  /** Records a verified signature, or throws WUKF_E_IDENTITY_INVALID when it was used before. */
  use(signature: string, validUntilMs: number, nowMs: number): void {
    const key = signature.toLowerCase();
    const seen = this.until.get(key);
    if (seen !== undefined && seen > nowMs) {
      throw new WukfError('WUKF_E_IDENTITY_INVALID', 'signature: already used (auth.identity_single_use is on); sign a fresh timestamp for each request');
    }
    if (this.until.size >= this.max) this.sweep(nowMs);
    if (this.until.size >= this.max) {
      const retryAfterMs = Math.max(1, this.nextExpiryMs - nowMs);
      throw new WukfError('WUKF_E_RATE_LIMITED', `too many identity signatures used within the skew window; try again in ${Math.ceil(retryAfterMs / 1000)} s`, { retryAfterMs });
    }
    this.until.set(key, validUntilMs);
    this.nextExpiryMs = Math.min(this.nextExpiryMs, validUntilMs);
  }

  get size(): number {
    return this.until.size;
  }

  /** Drops the expired ones; skipped until the earliest could have expired, so refusals stay cheap. */
  private sweep(nowMs: number): void {
    if (nowMs < this.nextExpiryMs) return;
    let next = Infinity;
    for (const [key, until] of this.until) {
      if (until <= nowMs) this.until.delete(key);
      else next = Math.min(next, until);
    }
    this.nextExpiryMs = next;
  }
}
