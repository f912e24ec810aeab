import { WukfError } from '../../proto/errors.js';
import type { LoginSettings } from '../config/network-keys.js';
import { FailureBackoff } from './throttle.js';

/** Failures are forgotten this long after the last one (or the end of its lock). */
export const LOGIN_FORGET_MS = 15 * 60 * 1000;
/** An address an account logged in from is let past that account's and that address's locks this long. */
export const KNOWN_ADDRESS_MS = 24 * 60 * 60 * 1000;
const MAX_KNOWN = 100_000;

export type LockScope = 'address' | 'account' | 'account+address';

/** A failure that locked something, for the warn line in the log. */
export interface Lockout {
  scope: LockScope;
  account: string;
  address: string;
  failures: number;
  delayMs: number;
}

/**
 * Login throttling that an attacker cannot turn against the staff. Every attempt is charged to three
 * budgets: the address (across usernames: spraying), the account (across addresses: a botnet guessing one
 * password), and the two together (somebody mistyping). Each fails free for a while, then locks for a
 * doubling delay capped at auth.login_max_delay. What keeps the real user in:
 * - the account's and the address's locks do not apply from an address that account logged in from in
 *   the last 24 hours (the pair's own budget still does, so that address cannot guess freely);
 * - a success clears the pair's failures;
 * - no lock lasts longer than login_max_delay, and `wukf agent unlock` clears an account's at once.
 * `address` is the client's address group (an IPv6 /64 is one).
 */
export class LoginThrottle {
  private readonly addresses: FailureBackoff;
  private readonly accounts: FailureBackoff;
  private readonly pairs: FailureBackoff;
  private readonly known = new Map<string, number>();

  constructor(settings: LoginSettings) {
    const common = { maxDelayMs: settings.login_max_delay * 1000, forgetMs: LOGIN_FORGET_MS };
    this.addresses = new FailureBackoff({ ...common, free: settings.login_address_failures });
    this.accounts = new FailureBackoff({ ...common, free: settings.login_account_failures });
    this.pairs = new FailureBackoff({ ...common, free: settings.login_attempts });
  }

  /**
   * Lets an attempt begin, or throws WUKF_E_RATE_LIMITED with the longest wait among the budgets that
   * apply. A refused attempt is not counted. Every admitted attempt must end in failed() or succeeded().
   */
  admit(account: string, address: string, nowMs: number): void {
    const pair = pairKey(account, address);
    const trusted = this.isKnown(pair, nowMs);
    const waitMs = Math.max(this.pairs.waitMs(pair, nowMs), trusted ? 0 : this.accounts.waitMs(account, nowMs), trusted ? 0 : this.addresses.waitMs(address, nowMs));
    if (waitMs > 0) throw new WukfError('WUKF_E_RATE_LIMITED', `too many failed logins; try again in ${Math.ceil(waitMs / 1000)} s`, { retryAfterMs: waitMs });
    this.pairs.begin(pair, nowMs);
    this.accounts.begin(account, nowMs);
    this.addresses.begin(address, nowMs);
  }

  /** The attempt failed; returns the locks it set, for the log. */
  failed(account: string, address: string, nowMs: number): Lockout[] {
    const out: Lockout[] = [];
    const note = (scope: LockScope, result: { failures: number; delayMs: number }) => {
      if (result.delayMs > 0) out.push({ scope, account, address, ...result });
    };
    note('account+address', this.pairs.failed(pairKey(account, address), nowMs));
    note('account', this.accounts.failed(account, nowMs));
    note('address', this.addresses.failed(address, nowMs));
    return out;
  }

  /** The attempt succeeded: the pair's failures are cleared and the address is known for the account. */
  succeeded(account: string, address: string, nowMs: number): void {
    const pair = pairKey(account, address);
    this.pairs.clear(pair);
    this.accounts.succeeded(account);
    this.addresses.succeeded(address);
    this.known.delete(pair);
    this.known.set(pair, nowMs + KNOWN_ADDRESS_MS);
    if (this.known.size > MAX_KNOWN) {
      for (const [key, until] of this.known) if (until <= nowMs || this.known.size > MAX_KNOWN * 0.9) this.known.delete(key);
    }
  }

  /** The attempt was not decided (the store failed): it ends without counting either way. */
  abandoned(account: string, address: string): void {
    this.pairs.succeeded(pairKey(account, address));
    this.accounts.succeeded(account);
    this.addresses.succeeded(address);
  }

  /** Clears an account's failures and locks, from every address. True when there was something to clear. */
  unlock(account: string): boolean {
    const prefix = pairKey(account, '');
    const pairs = this.pairs.clearWhere((key) => key.startsWith(prefix));
    return this.accounts.clear(account) || pairs;
  }

  private isKnown(pair: string, nowMs: number): boolean {
    const until = this.known.get(pair);
    return until !== undefined && until > nowMs;
  }
}

/** Usernames are case-insensitive in the store; the NUL cannot occur in either part. */
function pairKey(account: string, address: string): string {
  return `${account}\u0000${address}`;
}
