/** The longest delay setTimeout takes; later instants are re-armed when it fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * One timer per key for an instant (an offer's expiry, an agent's grace period): arming a key again replaces
 * its timer. Timers do not keep the process alive.
 */
export class Timers<K> {
  private readonly timers = new Map<K, NodeJS.Timeout>();

  constructor(private readonly now: () => number) {}

  arm(key: K, at: number, fire: () => void): void {
    this.cancel(key);
    const delay = Math.max(0, at - this.now());
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (delay > MAX_DELAY_MS) this.arm(key, at, fire);
      else fire();
    }, Math.min(delay, MAX_DELAY_MS));
    timer.unref();
    this.timers.set(key, timer);
  }

  cancel(key: K): void {
    const timer = this.timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(key);
  }

  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
