import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { drive, summarize, type TrafficSummary } from './drive.js';
import { processStats } from './embedded-server.js';
import type { PairSpec, RelayJob, TransportKind } from './protocol.js';
import { ServerProbe, type ServerFigures } from './server-stats.js';
import { openTarget, type BenchTarget } from './target.js';
import { sourceAddress, split } from './workers.js';

export interface TrafficOptions {
  pairs: number;
  seconds: number;
  warmupSeconds: number;
  workers: number;
  /** Where the server's CPU profile goes (`--cpu-prof <dir>`). */
  cpuProfDir?: string;
  /** A running server (--url) and the credentials to load it with; without it the bench starts its own. */
  url?: string;
  tokens?: string[];
  adminToken?: string;
  onProgress?: (line: string) => void;
}

export interface RelayOptions extends TrafficOptions {
  /** Unacknowledged messages each side keeps in flight. */
  window: number;
}

export interface RelayResult extends TrafficSummary {
  scenario: 'relay';
  pairs: number;
  window: number;
  seconds: number;
  workers: number;
  /** `embedded` (a server this bench started) or the --url it loaded. */
  target: string;
  server: ServerFigures;
  /**
   * The same load through a bare ws relay (baseline-server.ts) on this machine, in this run. null against
   * a --url server: a relay here says nothing about the machine over there.
   */
  baseline: (TrafficSummary & { server: { rssBytes: number | null; cpuSeconds: number | null } }) | null;
  /** wukf messagesPerSecond / baseline messagesPerSecond; null without a baseline. */
  ratio: number | null;
  persistence: 'sqlite, synchronous=FULL, ack after commit';
}

/** Limits high enough that the server's own flood protection does not shape the load. */
export const BENCH_LIMITS = { rate_per_second: 100_000, rate_burst: 100_000, max_connections_per_identity: 1000 };

export function relayJobs(transport: TransportKind, url: string, specs: PairSpec[], opts: RelayOptions): RelayJob[] {
  const workers = Math.max(1, Math.min(opts.workers, specs.length));
  const deadlineMs = (opts.warmupSeconds + opts.seconds + 120) * 1000;
  return split(specs, workers).map((pairs, i) => ({ scenario: 'relay', worker: i, url, localAddress: sourceAddress(i), deadlineMs, transport, pairs, window: opts.window }));
}

/** The bare ws relay in its own process, as the wukf server is. */
export async function startBaseline(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const proc = fork(fileURLToPath(new URL('./baseline-server.js', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    proc.once('message', (m: { port: number }) => resolve(m.port));
    proc.once('exit', (code) => reject(new Error(`the baseline relay exited (${code}) before listening`)));
  });
  return {
    url: `ws://127.0.0.1:${port}/`,
    pid: proc.pid!,
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await gone;
    },
  };
}

/**
 * N visitor-agent pairs over real sockets against a real server with persistence on, each side keeping
 * `window` messages in flight and sending the next on every ack (closed loop); then the same load, from the
 * same loop code, through a bare ws relay. Load comes from worker processes, latency is end to end.
 */
export async function runRelay(opts: RelayOptions): Promise<RelayResult> {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const target = await openTarget({ url: opts.url, tokens: opts.tokens, adminToken: opts.adminToken, agents: opts.pairs, limits: BENCH_LIMITS, cpuProfDir: opts.cpuProfDir });
  let wukf: ReturnType<typeof summarize>;
  let figures: ServerFigures;
  try {
    const specs = await pairSpecs(target, opts.pairs);
    const probe = new ServerProbe(target.url, target.adminToken, target.pid);
    let measured: ServerFigures | undefined;
    const driven = await drive(relayJobs('wukf', target.wsUrl, specs, opts), {
      ...opts,
      label: 'relay (wukf)',
      onMeasure: () => probe.begin(),
      onMeasured: async () => void (measured = await probe.end()),
    });
    wukf = summarize(driven.results);
    figures = measured!;
  } finally {
    await target.stop();
  }
  const { undelivered: _u, seconds, ...wukfCounts } = wukf;
  const result = {
    scenario: 'relay' as const,
    pairs: opts.pairs,
    window: opts.window,
    seconds,
    workers: Math.max(1, Math.min(opts.workers, opts.pairs)),
    ...wukfCounts,
    target: target.kind === 'embedded' ? 'embedded' : target.url,
    server: figures,
    persistence: 'sqlite, synchronous=FULL, ack after commit' as const,
  };
  if (target.kind === 'remote') return { ...result, baseline: null, ratio: null };

  const baselineServer = await startBaseline();
  let baseline: ReturnType<typeof summarize>;
  const baselineCpu: { before?: number; after?: { rssBytes: number; cpuSeconds: number } } = {};
  try {
    const specs = Array.from({ length: opts.pairs }, (_, i) => ({ key: String(i), visitorToken: '', agentToken: '' }));
    const driven = await drive(relayJobs('baseline', baselineServer.url, specs, opts), {
      ...opts,
      label: 'relay (bare ws baseline)',
      onMeasure: async () => void (baselineCpu.before = processStats(baselineServer.pid)?.cpuSeconds),
      onMeasured: async () => void (baselineCpu.after = processStats(baselineServer.pid)),
    });
    baseline = summarize(driven.results);
  } finally {
    await baselineServer.stop();
  }

  const { undelivered: _b, seconds: _s, ...baselineCounts } = baseline;
  return {
    ...result,
    baseline: {
      ...baselineCounts,
      server: {
        rssBytes: baselineCpu.after?.rssBytes ?? null,
        cpuSeconds: baselineCpu.after && baselineCpu.before !== undefined ? round(baselineCpu.after.cpuSeconds - baselineCpu.before) : null,
      },
    },
    ratio: baseline.messagesPerSecond > 0 ? round(wukf.messagesPerSecond / baseline.messagesPerSecond) : 0,
  };
}

/** One visitor and one agent token per pair. */
export async function pairSpecs(target: BenchTarget, pairs: number): Promise<PairSpec[]> {
  const visitors = await target.visitorTokens(pairs);
  return visitors.map((visitorToken, i) => ({ key: String(i), visitorToken, agentToken: target.agentToken(i) }));
}
