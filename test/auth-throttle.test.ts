import { describe, expect, it } from 'vitest';
import { delayAfter, FailureBackoff, KNOWN_ADDRESS_MS, LOGIN_FORGET_MS, LoginThrottle } from '../src/server/auth/index.js';
import { WukfError } from '../src/proto/errors.js';

const SETTINGS = { login_attempts: 3, login_address_failures: 10, login_account_failures: 6, login_max_delay: 60 };

/** One attempt that fails, as AuthService makes it; answers the lockouts it set. */
function fail(throttle: LoginThrottle, account: string, address: string, now: number) {
  throttle.admit(account, address, now);
  return throttle.failed(account, address, now);
}

function refusal(run: () => void): WukfError {
  try {
    run();
  } catch (err) {
    if (err instanceof WukfError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('the failure schedule', () => {
  it('is free up to the budget, then 1 s doubling up to the cap', () => {
    const delays = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, 3, 60_000));
    expect(delays).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(delayAfter(10_000, 3, 300_000)).toBe(300_000);
  });

  it('locks a key after each failure past its budget, refuses without counting while locked, and forgets after a quiet spell', () => {
    const backoff = new FailureBackoff({ free: 2, maxDelayMs: 8_000, forgetMs: LOGIN_FORGET_MS });
    let now = 0;
    const attempt = () => {
      expect(backoff.waitMs('k', now)).toBe(0);
      backoff.begin('k', now);
      return backoff.failed('k', now);
    };
    expect(attempt()).toEqual({ failures: 1, delayMs: 0 });
    expect(attempt()).toEqual({ failures: 2, delayMs: 0 });
    expect(attempt()).toEqual({ failures: 3, delayMs: 1_000 });
    expect(backoff.waitMs('k', now + 400)).toBe(600);
    now += 1_000;
    expect(attempt()).toEqual({ failures: 4, delayMs: 2_000 });
    now += 2_000;
    expect(attempt()).toEqual({ failures: 5, delayMs: 4_000 });
    now += 4_000;
    expect(attempt()).toEqual({ failures: 6, delayMs: 8_000 });
    now += 8_000;
    expect(attempt()).toEqual({ failures: 7, delayMs: 8_000 });
    // Quiet for the forget period after the lock ends: a fresh budget.
    now += 8_000 + LOGIN_FORGET_MS;
    expect(attempt()).toEqual({ failures: 1, delayMs: 0 });
  });

  it('lets parallel attempts in only as far as the budget has room, then one at a time', () => {
    const backoff = new FailureBackoff({ free: 2, maxDelayMs: 8_000, forgetMs: LOGIN_FORGET_MS });
    backoff.begin('k', 0);
    expect(backoff.waitMs('k', 0)).toBe(0);
    backoff.begin('k', 0);
    // Two in flight fill the budget of two: a third waits for their answers.
    expect(backoff.waitMs('k', 0)).toBeGreaterThan(0);
    backoff.succeeded('k');
    expect(backoff.waitMs('k', 0)).toBe(0);
  });

  it('keeps memory bounded under a flood of distinct keys, forgetting the least recently touched', () => {
    const backoff = new FailureBackoff({ free: 1, maxDelayMs: 8_000, forgetMs: LOGIN_FORGET_MS, maxKeys: 1_000 });
    for (let i = 0; i < 20_000; i++) {
      backoff.begin(`addr:${i}`, i);
      backoff.failed(`addr:${i}`, i);
    }
    expect(backoff.size).toBeLessThanOrEqual(1_000);
    backoff.begin('addr:19999', 20_000);
    expect(backoff.failed('addr:19999', 20_000).failures).toBe(2);
  });
});

describe('LoginThrottle', () => {
  it('locks a username at one address after auth.login_attempts failures, with the wait in the refusal, and logs the lockout', () => {
    const throttle = new LoginThrottle(SETTINGS);
    expect(fail(throttle, 'alice', '10.0.0.1', 0)).toEqual([]);
    expect(fail(throttle, 'alice', '10.0.0.1', 0)).toEqual([]);
    expect(fail(throttle, 'alice', '10.0.0.1', 0)).toEqual([]);
    expect(fail(throttle, 'alice', '10.0.0.1', 0)).toEqual([{ scope: 'account+address', account: 'alice', address: '10.0.0.1', failures: 4, delayMs: 1_000 }]);
    const refused = refusal(() => throttle.admit('alice', '10.0.0.1', 500));
    expect(refused.code).toBe('WUKF_E_RATE_LIMITED');
    expect(refused.retryAfterMs).toBe(500);
    // Another address is not held back by that pair, nor is another username from the same address.
    expect(() => throttle.admit('alice', '10.0.0.2', 500)).not.toThrow();
    expect(() => throttle.admit('bob', '10.0.0.1', 500)).not.toThrow();
  });

  it('holds back an address spraying usernames, but not the same usernames from elsewhere', () => {
    const throttle = new LoginThrottle(SETTINGS);
    for (let i = 0; i < 10; i++) expect(fail(throttle, `user${i}`, '203.0.113.9', 0)).toEqual([]);
    expect(fail(throttle, 'user10', '203.0.113.9', 0)).toEqual([{ scope: 'address', account: 'user10', address: '203.0.113.9', failures: 11, delayMs: 1_000 }]);
    expect(refusal(() => throttle.admit('alice', '203.0.113.9', 10)).retryAfterMs).toBe(990);
    expect(() => throttle.admit('alice', '198.51.100.1', 10)).not.toThrow();
  });

  it('holds back an account guessed from many addresses, never longer than login_max_delay, except from an address it logged in from', () => {
    const throttle = new LoginThrottle(SETTINGS);
    let now = 0;
    throttle.admit('alice', '192.0.2.1', now);
    throttle.succeeded('alice', '192.0.2.1', now);
    const lockouts = [];
    for (let i = 0; i < 20; i++) {
      const wait = (() => {
        try {
          throttle.admit('alice', `198.51.100.${i}`, now);
          throttle.abandoned('alice', `198.51.100.${i}`);
          return 0;
        } catch (err) {
          return (err as WukfError).retryAfterMs!;
        }
      })();
      now += wait;
      lockouts.push(...fail(throttle, 'alice', `198.51.100.${i}`, now));
    }
    const account = lockouts.filter((l) => l.scope === 'account');
    expect(account.map((l) => l.delayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
    // A new address waits for the account's lock, at most login_max_delay.
    expect(refusal(() => throttle.admit('alice', '198.51.100.200', now)).retryAfterMs).toBe(60_000);
    // The address alice logged in from is let through at once.
    expect(() => throttle.admit('alice', '192.0.2.1', now)).not.toThrow();
    throttle.succeeded('alice', '192.0.2.1', now);
  });

  it('forgets a known address a day after its last login', () => {
    const throttle = new LoginThrottle(SETTINGS);
    throttle.admit('alice', '192.0.2.1', 0);
    throttle.succeeded('alice', '192.0.2.1', 0);
    const day = KNOWN_ADDRESS_MS;
    // Guesses from elsewhere lock the account from just before the day is over until just after.
    for (let i = 0; i < 7; i++) fail(throttle, 'alice', `198.51.100.${i}`, day - 500);
    expect(() => throttle.admit('alice', '192.0.2.1', day - 400)).not.toThrow();
    throttle.abandoned('alice', '192.0.2.1');
    expect(refusal(() => throttle.admit('alice', '192.0.2.1', day)).retryAfterMs).toBe(500);
  });

  it('a success clears the failures of that username from that address', () => {
    const throttle = new LoginThrottle(SETTINGS);
    for (let i = 0; i < 3; i++) fail(throttle, 'alice', '10.0.0.1', 0);
    throttle.admit('alice', '10.0.0.1', 0);
    throttle.succeeded('alice', '10.0.0.1', 0);
    // Three more free failures, not a lock at the first.
    for (let i = 0; i < 3; i++) expect(fail(throttle, 'alice', '10.0.0.1', 0)).toEqual([]);
  });

  it('unlock clears an account from every address at once, and says when there was nothing', () => {
    const throttle = new LoginThrottle(SETTINGS);
    expect(throttle.unlock('alice')).toBe(false);
    let now = 0;
    for (let i = 0; i < 8; i++) {
      now += 60_000;
      fail(throttle, 'alice', `198.51.100.${i % 2}`, now);
    }
    expect(() => throttle.admit('alice', '198.51.100.0', now)).toThrow(WukfError);
    expect(() => throttle.admit('alice', '198.51.100.77', now)).toThrow(WukfError);
    expect(throttle.unlock('alice')).toBe(true);
    expect(() => throttle.admit('alice', '198.51.100.0', now)).not.toThrow();
    expect(() => throttle.admit('alice', '198.51.100.77', now)).not.toThrow();
  });
});
