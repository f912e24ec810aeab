import { WukfError } from '../proto/errors.js';
import { startEmbedded } from './embedded-server.js';

/**
 * The server a scenario loads: a throwaway one this bench starts in a temp dir (embedded, the default), or
 * a running one named with --url, reached with the credentials given. The scenarios see only this.
 */
export interface BenchTarget {
  kind: 'embedded' | 'remote';
  /** http(s)://host:port */
  url: string;
  wsUrl: string;
  /** Embedded: the server's config directory (for `wukf tui --dir`); remote: undefined. */
  dir: string | undefined;
  /** The server's process when it runs under this bench: its CPU and memory come from /proc. */
  pid: number | undefined;
  /** For GET /api/v1/admin/stats; undefined when no admin token was given. */
  adminToken: string | undefined;
  /** Tokens for `n` distinct visitors. */
  visitorTokens(n: number): Promise<string[]>;
  /** The token for agent number i (embedded: account bench-agent-i; remote: the given tokens in turn). */
  agentToken(i: number): string;
  /** Embedded: agent i's own group, which its pair's visitor asks for (routing then offers it to agent i). */
  agentGroup(i: number): string | undefined;
  stop(): Promise<void>;
}

export interface TargetOptions {
  /** A running server; without it the bench starts its own. */
  url?: string;
  /** Remote: agent tokens the agent sides connect with (each one can hold the server's max_connections_per_identity). */
  tokens?: string[];
  adminToken?: string;
  /** Embedded: agent accounts to create. */
  agents: number;
  limits?: Record<string, number>;
  cpuProfDir?: string;
  /** Embedded: max_concurrent of each agent account (default 1000). */
  maxConcurrent?: number;
}

export async function openTarget(opts: TargetOptions): Promise<BenchTarget> {
  return opts.url === undefined ? embeddedTarget(opts) : remoteTarget(opts.url, opts);
}

async function embeddedTarget(opts: TargetOptions): Promise<BenchTarget> {
  const agents = Array.from({ length: opts.agents }, (_, i) => `bench-agent-${i}`);
  const server = await startEmbedded({ agents, limits: opts.limits, cpuProfDir: opts.cpuProfDir, maxConcurrent: opts.maxConcurrent });
  return {
    kind: 'embedded',
    dir: server.dir,
    url: server.url,
    wsUrl: server.wsUrl,
    pid: server.pid,
    adminToken: server.adminToken(),
    visitorTokens: async (n) => Array.from({ length: n }, (_, i) => server.visitorToken(`v_bench_${i}`)),
    agentToken: (i) => server.agentToken(agents[i]!),
    agentGroup: (i) => agents[i],
    stop: () => server.stop(),
  };
}

const usage = (message: string) => new WukfError('WUKF_E_USAGE', message);

/** The kind a token claims. Only the server can verify it; this catches a token pasted in the wrong place. */
function claimedKind(token: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kind?: unknown };
    return typeof claims.kind === 'string' ? claims.kind : undefined;
  } catch {
    return undefined;
  }
}

async function remoteTarget(raw: string, opts: TargetOptions): Promise<BenchTarget> {
  let base: URL;
  try {
    base = new URL(raw);
  } catch {
    throw usage(`--url: expected http(s)://host:port of a running wukf, got ${JSON.stringify(raw)}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw usage(`--url: expected an http:// or https:// URL, got ${JSON.stringify(raw)}`);
  const url = base.origin;
  for (const token of opts.tokens ?? []) {
    if (claimedKind(token) !== 'agent') throw usage('agent token: expected an agent token (POST /api/v1/login as an agent); one given is not');
  }
  if (opts.adminToken !== undefined && claimedKind(opts.adminToken) !== 'admin') throw usage('admin token: expected an admin token (POST /api/v1/login as an admin); the one given is not');

  let health: { name?: string } | undefined;
  try {
    const res = await fetch(`${url}/health`);
    health = res.ok ? ((await res.json()) as { name?: string }) : undefined;
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new WukfError('WUKF_E_USAGE', `--url: no answer from ${url}/health (${cause?.code ?? cause?.message ?? (err as Error).message}); for a self-signed certificate set NODE_EXTRA_CA_CERTS to it`);
  }
  if (health?.name !== 'wukf') throw usage(`--url: ${url}/health did not answer as a wukf server`);

  const tokens = opts.tokens ?? [];
  return {
    kind: 'remote',
    dir: undefined,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    pid: undefined,
    adminToken: opts.adminToken,
    visitorTokens: async (n) => {
      const one = async (): Promise<string> => {
        const res = await fetch(`${url}/api/v1/visitors`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        if (res.status === 429) {
          // The server holds one address to limits.visitor_tokens_per_minute; a benchmark needs more than a visitor.
          throw new WukfError('WUKF_E_RATE_LIMITED', `POST ${url}/api/v1/visitors answered 429: the benchmark needs ${n} visitor tokens from this address; raise limits.visitor_tokens_per_minute (and upgrades_per_minute) on that server while it runs`);
        }
        if (!res.ok) throw new WukfError('WUKF_E_USAGE', `POST ${url}/api/v1/visitors answered ${res.status}: ${await res.text()}`);
        return ((await res.json()) as { token: string }).token;
      };
      const out: string[] = [];
      // Anonymous visitors, a few requests at a time.
      while (out.length < n) out.push(...(await Promise.all(Array.from({ length: Math.min(32, n - out.length) }, one))));
      return out;
    },
    agentToken: (i) => {
      if (tokens.length === 0) throw usage('this scenario needs at least one agent token (--token-file or WUKF_BENCH_AGENT_TOKENS) to connect the agent sides with');
      return tokens[i % tokens.length]!;
    },
    // A running server's groups are its operator's: pairs ask for none and their agents claim.
    agentGroup: () => undefined,
    stop: async () => undefined,
  };
}
