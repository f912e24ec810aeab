import { isIP } from 'node:net';
import { z } from 'zod';
import { key, type KeySpec } from './spec-kit.js';

/**
 * The keys that bound what an anonymous client can make the listener spend — proxies trusted for the
 * client address, login failures, HTTP timeouts, connection caps, per-address rates — kept beside each
 * other because they are read together (docs/security.md walks through them in this order).
 */

/** A trusted proxy as written in wukf.yaml: an address, a CIDR block, or "loopback". */
export interface ProxyBlock {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

const LOOPBACK: ProxyBlock[] = [
  { address: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { address: '::1', prefix: 128, family: 'ipv6' },
];

/** Parses one server.trusted_proxies entry; undefined when it is not an address, a CIDR block or "loopback". */
export function parseProxyEntry(entry: string): ProxyBlock[] | undefined {
  if (entry === 'loopback') return LOOPBACK;
  const [address = '', prefixText, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return undefined;
  return [{ address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }];
}

const proxyEntry = z.string().refine((entry) => parseProxyEntry(entry) !== undefined, { message: 'not an address or CIDR block' });

export const trustedProxiesKey: KeySpec<string[]> = key(z.array(proxyEntry), {
  default: [],
  doc:
    'Reverse proxies whose X-Forwarded-For header wukf believes: addresses or CIDR blocks such as ["127.0.0.1", "10.0.0.0/8"], or "loopback". ' +
    'The client address (for login throttling and the per-address budgets) is the last address in that header not in this list. ' +
    'Behind a proxy, list it here: otherwise every client shares the proxy\'s address and its budgets. Never list addresses clients can connect from directly.',
  expected: 'a list of IP addresses, CIDR blocks (e.g. "10.0.0.0/8") or "loopback"',
});

const count = (max: number) => z.number().int().min(1).max(max);

/** Added to the auth: section of configSpec. */
export const loginKeys = {
  login_attempts: key(count(1000), {
    default: 5,
    doc:
      'Failed logins one username may have from one client address before each further failure locks that pair for a growing delay ' +
      '(1 s, doubling, up to login_max_delay). A successful login clears them. docs/auth.md gives the schedule.',
    expected: 'an integer 1-1000',
  }),
  login_address_failures: key(count(100_000), {
    default: 20,
    doc: 'Failed logins one client address (an IPv6 /64 counts as one) may have across all usernames before each further failure locks the address for a growing delay.',
    expected: 'an integer 1-100000',
  }),
  login_account_failures: key(count(100_000), {
    default: 20,
    doc:
      'Failed logins one username may have across all addresses before each further failure locks the account for a growing delay. ' +
      'Addresses the account logged in from in the last 24 hours are not held back by it; `wukf agent unlock <name>` clears it at once.',
    expected: 'an integer 1-100000',
  }),
  login_max_delay: key(z.number().int().min(1).max(3600), {
    default: 300,
    doc: 'Longest lock, in seconds, a run of failed logins earns; failures are forgotten 15 minutes after the last one or the end of its lock.',
    expected: 'an integer number of seconds, 1-3600',
  }),
} satisfies Record<string, KeySpec>;

const ms = (min: number, max: number) => z.number().int().min(min).max(max);

/** Added to the limits: section of configSpec. */
export const connectionLimitKeys = {
  visitor_tokens_per_minute: key(count(100_000), {
    default: 60,
    doc: 'Visitor tokens (POST /api/v1/visitors) one client address may request per minute, in a burst or spread out; more get 429 WUKF_E_RATE_LIMITED with Retry-After.',
    expected: 'an integer 1-100000',
  }),
  upgrades_per_minute: key(count(1_000_000), {
    default: 300,
    doc: 'WebSocket upgrades one client address may attempt per minute; more get 429 WUKF_E_RATE_LIMITED with Retry-After before the token is looked at.',
    expected: 'an integer 1-1000000',
  }),
  max_websockets: key(count(1_000_000), {
    default: 16_000,
    doc: 'Open WebSocket connections this server holds at once; past it every upgrade gets 503 WUKF_E_SERVER_FULL.',
    expected: 'an integer 1-1000000',
  }),
  staff_reserved_websockets: key(z.number().int().min(0).max(1_000_000), {
    default: 1_000,
    doc: 'Of max_websockets, connections only agents and admins may take: a visitor is refused (503 WUKF_E_SERVER_FULL) once max_websockets minus this many are open.',
    expected: 'an integer 0-1000000, less than max_websockets',
  }),
  max_tcp_connections: key(count(1_000_000), {
    default: 18_000,
    doc: 'TCP connections the listener accepts at once, HTTP and WebSocket together; further ones are closed as soon as they are accepted.',
    expected: 'an integer 1-1000000',
  }),
  http_headers_timeout_ms: key(ms(100, 600_000), {
    default: 10_000,
    doc: 'Time a client has to send a request\'s headers; a slower one gets 408 and is disconnected.',
    expected: 'an integer number of milliseconds, 100-600000',
  }),
  http_request_timeout_ms: key(ms(100, 600_000), {
    default: 30_000,
    doc: 'Time a client has to send a whole request, body included; a partial body held longer gets 408 and is disconnected. At least http_headers_timeout_ms.',
    expected: 'an integer number of milliseconds, 100-600000',
  }),
  http_keep_alive_timeout_ms: key(ms(100, 600_000), {
    default: 5_000,
    doc: 'An idle keep-alive HTTP connection is closed after this long without a new request.',
    expected: 'an integer number of milliseconds, 100-600000',
  }),
  http_connection_timeout_ms: key(ms(100, 3_600_000), {
    default: 60_000,
    doc: 'An HTTP connection on which nothing at all is sent or received for this long is closed (WebSockets have the ping instead).',
    expected: 'an integer number of milliseconds, 100-3600000',
  }),
} satisfies Record<string, KeySpec>;

/** The Config fields of the keys above, merged into the Config interface. */
export interface LoginSettings {
  login_attempts: number;
  login_address_failures: number;
  login_account_failures: number;
  login_max_delay: number;
}

export interface ConnectionLimits {
  visitor_tokens_per_minute: number;
  upgrades_per_minute: number;
  max_websockets: number;
  staff_reserved_websockets: number;
  max_tcp_connections: number;
  http_headers_timeout_ms: number;
  http_request_timeout_ms: number;
  http_keep_alive_timeout_ms: number;
  http_connection_timeout_ms: number;
}
