import { z } from 'zod';
import { key, section, type KeySpec, type SectionSpec } from './spec-kit.js';
import { conversationLimitKeys, type ConversationLimits } from './conversation-keys.js';
import { routingSection, type RoutingConfig } from './routing-keys.js';
import { dashboardLimitKeys, type DashboardLimits } from './dashboard-keys.js';
import { connectionLimitKeys, loginKeys, trustedProxiesKey, type ConnectionLimits, type LoginSettings } from './network-keys.js';

/**
 * The one source of truth for wukf.yaml: every key's type, default, documentation and, where it has one,
 * its environment override. The zod schema, the commented default file and docs/configuration.md are all
 * derived from this tree.
 */
export type { KeySpec, SectionSpec } from './spec-kit.js';

const relativeOrAbsolutePath = z.string().min(1);
/** Shared with the CLI flags that set these keys, so a flag and the file accept the same values. */
export const hostSchema = z.string().regex(/^[A-Za-z0-9.:_-]+$/);
export const portSchema = z.number().int().min(1).max(65535);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * A browser origin as it appears in an Origin header ("https://shop.example.com", "http://localhost:3000"),
 * or "*". Written with a trailing slash or in upper case it is normalised; a path, query or credentials
 * mean the value is not an origin at all.
 */
const originSchema = z.string().transform((value, ctx) => {
  if (value === '*') return value;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'not an origin', input: value });
    return z.NEVER;
  }
  return url.origin;
});

const DAY = 24 * 60 * 60;
const ttlSchema = z.number().int().min(1).max(30 * DAY);

export const configSpec = section('wukf configuration. Relative paths are resolved against the directory of this file.', {
  server: section('The HTTP(S) + WebSocket listener. Visitors, apps, agents and the TUI all connect to this one port.', {
    host: key(hostSchema, {
      default: '127.0.0.1',
      doc: 'Address to listen on. 127.0.0.1 keeps wukf local (put a reverse proxy in front); 0.0.0.0 or :: listens on every interface.',
      expected: 'a host name or IP address',
      env: 'WUKF_HOST',
    }),
    port: key(portSchema, {
      default: 8600,
      doc: 'TCP port for HTTP(S) and WebSocket upgrades.',
      expected: 'an integer 1-65535',
      env: 'WUKF_PORT',
    }),
    allowed_origins: key(z.array(originSchema), {
      default: [],
      doc:
        'Web pages (origins) whose browsers may log in, create visitors and open WebSockets, e.g. ["https://shop.example.com"]. ' +
        "wukf's own origins (from host, port and tls; with tls, every name its certificate covers) are always allowed, and so are requests without an Origin header " +
        '(apps, servers, the SDK in Node). "*" allows every page; tokens are still required.',
      expected: 'a list of origins such as "https://shop.example.com" (scheme, host and port only), or "*"',
    }),
    trusted_proxies: trustedProxiesKey,
    tls: section('TLS for the listener. With enabled: false wukf speaks plain HTTP (only sensible behind a TLS-terminating proxy or on localhost).', {
      enabled: key(z.boolean(), {
        default: false,
        doc: 'Serve HTTPS and WSS on the port above.',
        expected: 'true or false',
      }),
      cert_file: key(relativeOrAbsolutePath, {
        default: 'tls/cert.pem',
        doc: 'PEM certificate (chain). `wukf init --tls self-signed` writes one; point this at your own to use it.',
        expected: 'a file path',
      }),
      key_file: key(relativeOrAbsolutePath, {
        default: 'tls/key.pem',
        doc: 'PEM private key matching cert_file. Keep it mode 0600.',
        expected: 'a file path',
      }),
    }),
  }),
  data: section('Where wukf keeps its state.', {
    dir: key(relativeOrAbsolutePath, {
      default: 'data',
      doc: 'Data directory: the SQLite database (wukf.db, WAL mode) and its pre-migration copies. Must be writable by the service user.',
      expected: 'a directory path',
      env: 'WUKF_DATA_DIR',
    }),
    store: key(z.enum(['sqlite']), {
      default: 'sqlite',
      doc: 'Where accounts and conversations are kept. sqlite: one database file in data.dir, written by this process alone (the only store of this version).',
      expected: 'sqlite',
    }),
  }),
  cluster: section('How the nodes of one wukf deployment share events. One node needs nothing here.', {
    bus: key(z.enum(['in-process']), {
      default: 'in-process',
      doc: "Carries conversation events to the connections that should see them. in-process: within this process, for a single node (the only bus of this version).",
      expected: 'in-process',
    }),
  }),
  secrets: section('Secret key files written by `wukf init` (random, mode 0600). Never commit them.', {
    token_signing_key_file: key(relativeOrAbsolutePath, {
      default: 'secrets/token-signing.key',
      doc: 'Signs the tokens wukf issues to agents, admins and visitors. Replacing it signs everybody out.',
      expected: 'a file path',
    }),
    identity_hmac_key_file: key(relativeOrAbsolutePath, {
      default: 'secrets/identity-hmac.key',
      doc: "Shared with your app's backend, which signs user ids with HMAC-SHA256 so visitors cannot impersonate customers.",
      expected: 'a file path',
    }),
  }),
  auth: section('Logins and tokens for agents, admins and visitors. docs/auth.md explains the flows and the identity signature.', {
    agent_token_ttl: key(ttlSchema, {
      default: 12 * 60 * 60,
      doc: 'Seconds an agent or admin token stays valid after login (43200 = 12 hours). `wukf agent revoke`, a password change or a role change ends it sooner.',
      expected: `an integer number of seconds, 1-${30 * DAY}`,
    }),
    visitor_token_ttl: key(ttlSchema, {
      default: DAY,
      doc: 'Seconds a visitor token stays valid (86400 = 24 hours). Visitor tokens cannot be revoked one by one: a shorter value limits how long a leaked one works.',
      expected: `an integer number of seconds, 1-${30 * DAY}`,
    }),
    anonymous_visitors: key(z.boolean(), {
      default: true,
      doc: "Let visitors chat without an identity signed by your app's backend (a web widget for anyone). false: every visitor needs one.",
      expected: 'true or false',
    }),
    identity_max_skew: key(z.number().int().min(1).max(DAY), {
      default: 300,
      doc: "Seconds an identity signature's timestamp may differ from the server's clock, either way.",
      expected: `an integer number of seconds, 1-${DAY}`,
    }),
    identity_single_use: key(z.boolean(), {
      default: false,
      doc: 'Accept each identity signature once: a second POST /api/v1/visitors with the same signature within identity_max_skew is refused (WUKF_E_IDENTITY_INVALID). Your backend must then sign a fresh one per request.',
      expected: 'true or false',
    }),
    ...loginKeys,
  }),
  limits: section('Budgets for what clients can make the server spend: per connection, per client address and in total. Each refusal has a documented error or close code (docs/protocol.md).', {
    max_frame_bytes: key(z.number().int().min(1024).max(16 * 1024 * 1024), {
      default: 64 * 1024,
      doc: 'Largest WebSocket message accepted; a larger one closes the connection with 1009.',
      expected: 'an integer number of bytes, 1024-16777216',
    }),
    max_text_bytes: key(z.number().int().min(16).max(1024 * 1024), {
      default: 8 * 1024,
      doc: 'Largest message text in UTF-8 bytes; a longer one is refused with WUKF_E_TEXT_TOO_LONG and not stored.',
      expected: 'an integer number of bytes, 16-1048576',
    }),
    rate_per_second: key(z.number().int().min(1).max(100_000), {
      default: 50,
      doc: 'Frames a connection may send per second on average (token bucket); excess frames get WUKF_E_RATE_LIMITED.',
      expected: 'an integer 1-100000',
    }),
    rate_burst: key(z.number().int().min(1).max(100_000), {
      default: 100,
      doc: 'Frames a connection may send at once above the average. A flood past this many refused frames closes it (4429).',
      expected: 'an integer 1-100000',
    }),
    max_buffered_bytes: key(z.number().int().min(64 * 1024).max(1024 * 1024 * 1024), {
      default: 4 * 1024 * 1024,
      doc: 'Bytes waiting to be read by a client before it counts as a slow consumer and is closed (4408). It reconnects and resumes.',
      expected: 'an integer number of bytes, 65536-1073741824',
    }),
    max_connections_per_identity: key(z.number().int().min(1).max(1000), {
      default: 8,
      doc: 'Open connections one visitor, agent or admin may hold at once (tabs, devices); one more is closed with 4429.',
      expected: 'an integer 1-1000',
    }),
    ping_interval_ms: key(z.number().int().min(1000).max(600_000), {
      default: 25_000,
      doc: 'The server pings every connection this often; one that has not answered the previous ping is dropped.',
      expected: 'an integer number of milliseconds, 1000-600000',
    }),
    typing_interval_ms: key(z.number().int().min(0).max(60_000), {
      default: 1_000,
      doc: 'A typing indicator is forwarded at most this often per connection and conversation.',
      expected: 'an integer number of milliseconds, 0-60000',
    }),
    replay_limit: key(z.number().int().min(1).max(100_000), {
      default: 1_000,
      doc: 'Entries replayed per conversation when a client resumes; a larger gap tells the client to page history instead.',
      expected: 'an integer 1-100000',
    }),
    replay_max_entries: key(z.number().int().min(1).max(1_000_000), {
      default: 5_000,
      doc: 'Entries one Hello may replay across all its cursors; the cursors past this budget are told to page history instead.',
      expected: 'an integer 1-1000000',
    }),
    replay_max_bytes: key(z.number().int().min(64 * 1024).max(1024 * 1024 * 1024), {
      default: 4 * 1024 * 1024,
      doc: 'Bytes one Hello may replay across all its cursors (about their size as frames); the cursors past this budget are told to page history instead.',
      expected: 'an integer number of bytes, 65536-1073741824',
    }),
    hello_timeout_ms: key(z.number().int().min(100).max(600_000), {
      default: 10_000,
      doc: 'A connection that has not sent Hello this long after it opened is closed (4408, WUKF_E_HELLO_TIMEOUT).',
      expected: 'an integer number of milliseconds, 100-600000',
    }),
    ...conversationLimitKeys,
    ...connectionLimitKeys,
    ...dashboardLimitKeys,
  }),
  routing: routingSection,
  log: section('Logging (pino). Logs go to standard output.', {
    level: key(z.enum(LOG_LEVELS), {
      default: 'info',
      doc: `Minimum level written: ${LOG_LEVELS.join(', ')}.`,
      expected: `one of ${LOG_LEVELS.join(', ')}`,
      env: 'WUKF_LOG_LEVEL',
    }),
    format: key(z.enum(['auto', 'json', 'pretty']), {
      default: 'auto',
      doc: 'auto: pretty on a terminal, JSON lines otherwise (journald, docker logs, files).',
      expected: 'one of auto, json, pretty',
      env: 'WUKF_LOG_FORMAT',
    }),
  }),
});

/** The parsed, typed shape of wukf.yaml. Kept in step with configSpec by a test. */
export interface Config {
  server: {
    host: string;
    port: number;
    allowed_origins: string[];
    trusted_proxies: string[];
    tls: { enabled: boolean; cert_file: string; key_file: string };
  };
  data: { dir: string; store: 'sqlite' };
  cluster: { bus: 'in-process' };
  secrets: { token_signing_key_file: string; identity_hmac_key_file: string };
  auth: {
    agent_token_ttl: number;
    visitor_token_ttl: number;
    anonymous_visitors: boolean;
    identity_max_skew: number;
    identity_single_use: boolean;
  } & LoginSettings;
  limits: {
    max_frame_bytes: number;
    max_text_bytes: number;
    rate_per_second: number;
    rate_burst: number;
    max_buffered_bytes: number;
    max_connections_per_identity: number;
    ping_interval_ms: number;
    typing_interval_ms: number;
    replay_limit: number;
    replay_max_entries: number;
    replay_max_bytes: number;
    hello_timeout_ms: number;
  } & ConversationLimits &
    ConnectionLimits &
    DashboardLimits;
  routing: RoutingConfig;
  log: { level: (typeof LOG_LEVELS)[number]; format: 'auto' | 'json' | 'pretty' };
}

/** Walks the spec, calling visit for every key with its dotted path. */
export function eachKey(visit: (path: string[], spec: KeySpec) => void, node: SectionSpec = configSpec, prefix: string[] = []): void {
  for (const [name, child] of Object.entries(node.keys)) {
    if (child.kind === 'key') visit([...prefix, name], child);
    else eachKey(visit, child, [...prefix, name]);
  }
}

export function specAt(path: readonly (string | number)[]): KeySpec | SectionSpec | undefined {
  let node: KeySpec | SectionSpec = configSpec;
  for (const part of path) {
    if (node.kind !== 'section') return undefined;
    const next: KeySpec | SectionSpec | undefined = node.keys[String(part)];
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/** Builds the strict zod schema from the spec: unknown keys are errors, missing keys take their defaults. */
function toZod(node: SectionSpec): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, child] of Object.entries(node.keys)) {
    shape[name] = child.kind === 'key' ? child.schema.default(child.default as never) : toZod(child).prefault({});
  }
  return z.strictObject(shape);
}

export const configSchema = toZod(configSpec) as z.ZodType<Config>;

export function defaultConfig(): Config {
  return configSchema.parse({});
}
