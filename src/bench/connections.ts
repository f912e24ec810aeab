import { drive } from './drive.js';
import { processStats } from './embedded-server.js';
import type { ConnectionsJob } from './protocol.js';
import { ServerProbe, type ServerFigures } from './server-stats.js';
import { openTarget } from './target.js';
import { sourceAddress, split } from './workers.js';

export interface ConnectionsOptions {
  count: number;
  /** Seconds the connections are held open once all are up. */
  holdSeconds: number;
  workers: number;
  /** Connection attempts in flight at once, per worker. */
  concurrency: number;
  cpuProfDir?: string;
  /** A running server (--url); agent connections use these tokens, one connection each. */
  url?: string;
  tokens?: string[];
  adminToken?: string;
  onProgress?: (line: string) => void;
}

export interface ConnectionsResult {
  scenario: 'connections';
  count: number;
  opened: number;
  /** `embedded` (a server this bench started) or the --url it loaded. */
  target: string;
  failures: number;
  /** Connections that closed while held. */
  dropped: number;
  workers: number;
  connectSeconds: number;
  connectsPerSecond: number;
  /** CPU used while connecting, in % of one core: which side limits the connect rate. */
  connectCpuPercent: { server: number | null; workers: number[] };
  serverIdleRssBytes: number | null;
  /** Server RSS above its idle figure, divided by the connections open. */
  rssBytesPerConnection: number | null;
  server: ServerFigures;
}

/** An agent account holds at most this many connections: wukf's default max_connections_per_identity. */
const CONNECTIONS_PER_AGENT = 8;
/**
 * Default limits but one: thousands of sockets come from each worker's one loopback address, which the
 * per-address upgrade budget (meant for internet clients) would refuse.
 */
const CONNECTIONS_LIMITS = { upgrades_per_minute: 1_000_000 };
/** Sockets per load worker, well under the 20 000 open files a process may have. */
const SOCKETS_PER_WORKER = 15_000;

/**
 * `count` idle authenticated connections, half visitors and half agents, opened with bounded concurrency
 * from worker processes on their own source addresses, then held: what each costs the server in memory.
 */
export async function runConnections(opts: ConnectionsOptions): Promise<ConnectionsResult> {
  // Against a running server the agents are the tokens given, one connection each (its limits are its own).
  const agentConnections = opts.url === undefined ? Math.floor(opts.count / 2) : Math.min(opts.tokens?.length ?? 0, Math.floor(opts.count / 2));
  const visitorConnections = opts.count - agentConnections;
  const perAgent = opts.url === undefined ? CONNECTIONS_PER_AGENT : 1;
  const target = await openTarget({ url: opts.url, tokens: opts.tokens, adminToken: opts.adminToken, agents: Math.ceil(agentConnections / perAgent), limits: CONNECTIONS_LIMITS, cpuProfDir: opts.cpuProfDir });
  try {
    const probe = new ServerProbe(target.url, target.adminToken, target.pid);
    const idle = await probe.rssBytes();
    const tokens = [
      ...(await target.visitorTokens(visitorConnections)),
      ...Array.from({ length: agentConnections }, (_, i) => target.agentToken(Math.floor(i / perAgent))),
    ];
    const workers = Math.max(1, Math.min(tokens.length, Math.max(opts.workers, Math.ceil(tokens.length / SOCKETS_PER_WORKER))));
    const deadlineMs = (opts.holdSeconds + 300) * 1000;
    // Interleave so that every worker opens visitors and agents alike.
    const dealt = split(tokens.map((_, i) => i).sort((a, b) => (a % workers) - (b % workers) || a - b), workers);
    const jobs: ConnectionsJob[] = dealt.map((idx, i) => ({ scenario: 'connections', worker: i, url: target.wsUrl, localAddress: sourceAddress(i), deadlineMs, tokens: idx.map((k) => tokens[k]!), concurrency: opts.concurrency }));
    let figures: ServerFigures | undefined;
    let held: number | null = null;
    const cpuBefore = target.pid === undefined ? undefined : processStats(target.pid)?.cpuSeconds;
    let serverConnectCpu: number | undefined;
    opts.onProgress?.(`connections: opening ${opts.count} from ${workers} workers`);
    const driven = await drive(jobs, {
      warmupSeconds: 0,
      seconds: opts.holdSeconds,
      label: `connections: holding ${opts.count}`,
      onProgress: opts.onProgress,
      describe: (s) => `connections: holding ${opts.count}, ${s}/${opts.holdSeconds} s`,
      onMeasure: () => {
        const now = target.pid === undefined ? undefined : processStats(target.pid)?.cpuSeconds;
        if (now !== undefined && cpuBefore !== undefined) serverConnectCpu = now - cpuBefore;
        return probe.begin();
      },
      onMeasured: async () => {
        held = await probe.rssBytes();
        figures = await probe.end();
      },
    });
    const opened = driven.ready.reduce((a, r) => a + r.opened, 0);
    const connectSeconds = Math.max(...driven.ready.map((r) => r.connectSeconds));
    return {
      scenario: 'connections',
      count: opts.count,
      opened,
      target: target.kind === 'embedded' ? 'embedded' : target.url,
      failures: driven.ready.reduce((a, r) => a + r.failures, 0),
      dropped: driven.results.reduce((a, r) => a + r.dropped, 0),
      workers,
      connectSeconds: Math.round(connectSeconds * 1000) / 1000,
      connectsPerSecond: Math.round(opened / connectSeconds),
      connectCpuPercent: {
        server: serverConnectCpu === undefined ? null : Math.round((serverConnectCpu / connectSeconds) * 100),
        workers: driven.ready.map((r) => Math.round((r.cpuSeconds / r.connectSeconds) * 100)),
      },
      serverIdleRssBytes: idle,
      rssBytesPerConnection: idle !== null && held !== null && opened > 0 ? Math.round((held - idle) / opened) : null,
      server: figures!,
    };
  } finally {
    await target.stop();
  }
}
