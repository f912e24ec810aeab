import type { ErrorCode } from '../proto/errors.js';
import type { Logger } from './logger.js';

/** One line per kind and address per window; the rest of a flood is counted into the next line. */
const WINDOW_MS = 60_000;
/** Addresses tracked within one window; past it a flood from many addresses shares one entry. */
const MAX_KEYS = 10_000;

interface Tally {
  first: number;
  suppressed: number;
  fields: Record<string, unknown>;
}

/** Closes that mean the client broke a limit or the protocol: the operator should hear of them. */
export const ABUSE_CLOSES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'WUKF_E_RATE_LIMITED',
  'WUKF_E_TOO_MANY_CONNECTIONS',
  'WUKF_E_SLOW_CONSUMER',
  'WUKF_E_HELLO_TIMEOUT',
  'WUKF_E_FRAME_TOO_LARGE',
  'WUKF_E_MALFORMED_FRAME',
  'WUKF_E_TEXT_FRAME',
  'WUKF_E_INVALID_UTF8',
  'WUKF_E_HELLO_REQUIRED',
]);

/**
 * Warnings about clients wukf pushes back on (rate limits, budgets, floods; the connection closed or the
 * request refused), rate-limited in the log itself: the first of a kind from an address is logged at
 * once, later ones within the minute are only counted, and the count is logged when the minute is over.
 * A flood therefore costs the log one line per kind per address per minute, never one per frame.
 */
export class AbuseLog {
  private readonly tallies = new Map<string, Tally>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: Pick<Logger, 'warn'>,
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => this.sweep(), WINDOW_MS);
    this.timer.unref();
  }

  /** `kind` is the error code the client got; `address` its address (group). Never pass message bodies or tokens. */
  report(kind: string, address: string, fields: Record<string, unknown> = {}): void {
    const full = this.tallies.size >= MAX_KEYS && !this.tallies.has(`${kind} ${address}`);
    const key = full ? `${kind} *` : `${kind} ${address}`;
    const tally = this.tallies.get(key);
    const at = this.now();
    if (tally && at - tally.first < WINDOW_MS) {
      tally.suppressed += 1;
      return;
    }
    if (tally) this.flush(key, tally);
    this.tallies.set(key, { first: at, suppressed: 0, fields: { ...fields, kind, address: full ? '*' : address } });
    this.logger.warn({ ...fields, kind, address: full ? '*' : address }, 'a client was refused or disconnected at a limit');
  }

  /** Logs the counts of windows that are over; called every minute and at shutdown. */
  sweep(all = false): void {
    const at = this.now();
    for (const [key, tally] of this.tallies) {
      if (!all && at - tally.first < WINDOW_MS) continue;
      this.flush(key, tally);
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.sweep(true);
  }

  private flush(key: string, tally: Tally): void {
    this.tallies.delete(key);
    if (tally.suppressed > 0) this.logger.warn({ ...tally.fields, count: tally.suppressed, windowS: WINDOW_MS / 1000 }, 'more of the same within the minute');
  }
}
