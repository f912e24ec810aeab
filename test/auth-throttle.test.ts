import { describe, expect, it } from 'vitest';
import { SlidingWindowThrottle } from '../src/server/auth/throttle.js';

const WINDOW = 15 * 60 * 1000;

describe('SlidingWindowThrottle', () => {
  it('refuses the attempt after the limit until the oldest one leaves the window', () => {
    const throttle = new SlidingWindowThrottle({ windowMs: WINDOW });
    const keys = [{ key: 'user:bob@1.2.3.4', limit: 3 }];
    expect(throttle.take(keys, 0)).toEqual({ ok: true });
    expect(throttle.take(keys, 1_000)).toEqual({ ok: true });
    expect(throttle.take(keys, 2_000)).toEqual({ ok: true });
    expect(throttle.take(keys, 3_000)).toEqual({ ok: false, retryAfterMs: WINDOW - 3_000 });
    // A refused attempt is not charged: the wait does not grow.
    expect(throttle.take(keys, 4_000)).toEqual({ ok: false, retryAfterMs: WINDOW - 4_000 });
    expect(throttle.take(keys, WINDOW - 1)).toEqual({ ok: false, retryAfterMs: 1 });
    // Sliding: at WINDOW the first attempt is gone, the other two are not.
    expect(throttle.take(keys, WINDOW)).toEqual({ ok: true });
    expect(throttle.take(keys, WINDOW + 1)).toEqual({ ok: false, retryAfterMs: 999 });
  });

  it('charges every key at once and refuses when any of them is full, naming the longest wait', () => {
    const throttle = new SlidingWindowThrottle({ windowMs: WINDOW });
    const ip = { key: 'ip:1.2.3.4', limit: 4 };
    for (const [i, user] of ['a', 'a', 'b', 'b'].entries()) {
      expect(throttle.take([{ key: `user:${user}`, limit: 2 }, ip], i * 10)).toEqual({ ok: true });
    }
    expect(throttle.take([{ key: 'user:a', limit: 2 }, ip], 100)).toMatchObject({ ok: false });
    // A fresh username from the same address is held back by the address's limit.
    expect(throttle.take([{ key: 'user:c', limit: 2 }, ip], 100)).toEqual({ ok: false, retryAfterMs: WINDOW - 100 });
    // From another address the fresh username goes through.
    expect(throttle.take([{ key: 'user:c', limit: 2 }, { key: 'ip:5.6.7.8', limit: 4 }], 100)).toEqual({ ok: true });
  });

  it('forgets a cleared key and takes back a refunded attempt', () => {
    const throttle = new SlidingWindowThrottle({ windowMs: WINDOW });
    const user = { key: 'user:a', limit: 1 };
    const ip = { key: 'ip:x', limit: 2 };
    expect(throttle.take([user, ip], 0).ok).toBe(true);
    expect(throttle.take([user, ip], 1).ok).toBe(false);
    throttle.clear('user:a');
    throttle.refund('ip:x');
    expect(throttle.take([user, ip], 2).ok).toBe(true);
    throttle.clear('user:a');
    expect(throttle.take([user, ip], 3).ok).toBe(true);
    throttle.clear('user:a');
    expect(throttle.take([user, ip], 4)).toMatchObject({ ok: false });
  });

  it('keeps memory bounded under many distinct keys', () => {
    const throttle = new SlidingWindowThrottle({ windowMs: WINDOW, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) throttle.take([{ key: `ip:${i}`, limit: 5 }], i);
    expect(throttle.size).toBeLessThanOrEqual(100);
    // The most recent keys are the ones kept.
    expect(throttle.take([{ key: 'ip:999', limit: 1 }], 1_000)).toMatchObject({ ok: false });
    // Once their window has passed, expired keys are swept rather than live ones dropped.
    for (let i = 0; i < 101; i++) throttle.take([{ key: `late:${i}`, limit: 5 }], 2 * WINDOW);
    expect(throttle.size).toBeLessThanOrEqual(100);
    expect(throttle.take([{ key: 'late:100', limit: 1 }], 2 * WINDOW)).toMatchObject({ ok: false });
  });
});
