import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { drive, type Driven } from './drive.js';
import { processStats } from './embedded-server.js';
import type { PairSpec, TransportKind, WorkerJob } from './protocol.js';
import { ServerProbe, type ServerFigures } from './server-stats.js';
import { openTarget, type BenchTarget } from './target.js';

/** Limits high enough that the server's own flood protection does not shape the load. */
// The load generators open every pair from a handful of loopback addresses: the per-address upgrade budget
// is for the internet, not for them.
export const BENCH_LIMITS = { rate_per_second: 100_000, rate_burst: 100_000, max_connections_per_identity: 1000, upgrades_per_minute: 1_000_000 };

/** Three decimals, as every figure of a bench result. */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Rounds needed when the bare baseline runs: the ratio is the median over rounds, and only from three on
 * does one disturbed round (of either relay) not decide it.
 */
export const MIN_BASELINE_ROUNDS = 3;

/** The bare ws relay (baseline-server.ts) in its own process, as the wukf server is. */
export interface BareRelay {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startBaseline(): Promise<BareRelay> {
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

/** One visitor and one agent token per pair. */
export async function pairSpecs(target: BenchTarget, pairs: number): Promise<PairSpec[]> {
  const visitors = await target.visitorTokens(pairs);
  return visitors.map((visitorToken, i) => {
    const group = target.agentGroup(i);
    return { key: String(i), visitorToken, agentToken: target.agentToken(i), ...(group !== undefined ? { group } : {}) };
  });
}

/** What a traffic scenario gives the rounds: its worker jobs, and its figures from a finished run. */
export interface TrafficScenario<R> {
  /** Names the runs in progress lines. */
  label: string;
  jobs(transport: TransportKind, url: string, specs: PairSpec[]): WorkerJob[];
  figures(driven: Driven): R;
}

/** wukf's run, with the server's figures over its measured period. */
export type WukfRun<R> = R & { server: ServerFigures };
/** The bare relay's run, with its process's memory at the end and CPU over the measured period. */
export type BareRun<R> = R & { server: { rssBytes: number | null; cpuSeconds: number | null } };

export interface Round<R> {
  /** 1, 2, …: wukf's run of round i came right before the bare relay's run of round i. */
  round: number;
  wukf: WukfRun<R>;
  /** null against a --url server: a relay here says nothing about the machine over there. */
  baseline: BareRun<R> | null;
}

/** What every traffic scenario (relay, latency) takes: the load, its rounds and the server it goes to. */
export interface TrafficOptions {
  pairs: number;
  seconds: number;
  warmupSeconds: number;
  workers: number;
  /** Runs of each relay, alternating (alternate below). */
  rounds: number;
  /** Where the server's CPU profile goes (`--cpu-prof <dir>`). */
  cpuProfDir?: string;
  /** A running server (--url) and the credentials to load it with; without it the bench starts its own. */
  url?: string;
  tokens?: string[];
  adminToken?: string;
  onProgress?: (line: string) => void;
}

/**
 * Runs wukf, bare, wukf, bare, … `opts.rounds` of each, every run a full one (its own workers, warmup and
 * measured seconds). A disturbance of a shared machine (a neighbour's burst) then lands in a run or two
 * instead of deciding the comparison, and each round compares two runs made back to back.
 *
 * Both servers start once and serve every round. Restarting per round would start each round on a cold JIT
 * and put a server's teardown (the final WAL checkpoint and fsync, the temp dir removed) right before the
 * other relay's run; kept up, both are warm from round 2 on and idle while the other runs (wukf's idle work is
 * a one-second expiry sweep). The embedded server keeps what every round wrote: later rounds run against a
 * larger database and report a larger RSS, as a long-running server would. Each round gets fresh visitors
 * (new conversations, new tokens), and its server figures cover its own measured period only.
 */
export async function alternate<R>(opts: TrafficOptions, scenario: TrafficScenario<R>): Promise<{ target: string; rounds: Round<R>[] }> {
  const target = await openTarget({ url: opts.url, tokens: opts.tokens, adminToken: opts.adminToken, agents: opts.pairs, limits: BENCH_LIMITS, cpuProfDir: opts.cpuProfDir });
  let relay: BareRelay | undefined;
  try {
    if (target.kind === 'embedded') relay = await startBaseline();
    const bareSpecs = Array.from({ length: opts.pairs }, (_, i) => ({ key: String(i), visitorToken: '', agentToken: '' }));
    const rounds: Round<R>[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const label = (relayName: string) => ({ ...opts, label: `${scenario.label} (${relayName}), round ${round}/${opts.rounds}` });
      const specs = await pairSpecs(target, opts.pairs);
      const wukf = await wukfRun(target, scenario.jobs('wukf', target.wsUrl, specs), scenario.figures, label('wukf'));
      const baseline = relay ? await bareRun(relay, scenario.jobs('baseline', relay.url, bareSpecs), scenario.figures, label('bare ws baseline')) : null;
      rounds.push({ round, wukf, baseline });
    }
    return { target: target.kind === 'embedded' ? 'embedded' : target.url, rounds };
  } finally {
    await relay?.stop();
    await target.stop();
  }
}

type RunOptions = TrafficOptions & { label: string };

async function wukfRun<R>(target: BenchTarget, jobs: WorkerJob[], figures: (driven: Driven) => R, opts: RunOptions): Promise<WukfRun<R>> {
  const probe = new ServerProbe(target.url, target.adminToken, target.pid);
  let server: ServerFigures | undefined;
  const driven = await drive(jobs, { ...opts, onMeasure: () => probe.begin(), onMeasured: async () => void (server = await probe.end()) });
  return { ...figures(driven), server: server! };
}

async function bareRun<R>(relay: BareRelay, jobs: WorkerJob[], figures: (driven: Driven) => R, opts: RunOptions): Promise<BareRun<R>> {
  let before: number | undefined;
  let after: { rssBytes: number; cpuSeconds: number } | undefined;
  const driven = await drive(jobs, {
    ...opts,
    onMeasure: async () => void (before = processStats(relay.pid)?.cpuSeconds),
    onMeasured: async () => void (after = processStats(relay.pid)),
  });
  const cpuSeconds = after && before !== undefined ? round3(after.cpuSeconds - before) : null;
  return { ...figures(driven), server: { rssBytes: after?.rssBytes ?? null, cpuSeconds } };
}

export interface Spread {
  min: number;
  max: number;
}

/**
 * The median of per-round figures (the mean of the two middle ones for an even count) and their range; null
 * when there are none (no baseline, so no figure to compare).
 */
export function medianOf(values: (number | null)[]): { median: number; spread: Spread } | null {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round3(median), spread: { min: sorted[0]!, max: sorted.at(-1)! } };
}

/** A round with its comparison done: disturbed when its bare run came out ahead of wukf's, null without one. */
export interface ComparedRound<R> extends Round<R> {
  disturbed: boolean | null;
}

/**
 * What a traffic result shows at its top level: the load; the wukf figures, server figures and baseline of
 * one round, the one at the median of `key` (the lower middle one for an even count); whether any round was
 * disturbed (null without a baseline). The rounds themselves go last, after the summary figures.
 */
export function topLevel<R, C extends ComparedRound<R>>(opts: TrafficOptions, target: string, rounds: C[], key: (round: C) => number) {
  const order = rounds.map((r, i) => [key(r), i] as const).sort((a, b) => a[0] - b[0]);
  const shown = rounds[order[(order.length - 1) >> 1]![1]]!;
  const disturbed = shown.disturbed === null ? null : rounds.some((r) => r.disturbed);
  const workers = Math.max(1, Math.min(opts.workers, opts.pairs));
  return { pairs: opts.pairs, workers, ...shown.wukf, target, baseline: shown.baseline, disturbed, medianRound: shown.round };
}

/** a / b to three decimals; 0 when b is 0 (the bare run delivered nothing, which the counts next to it show). */
export const ratioOf = (a: number, b: number) => (b > 0 ? round3(a / b) : 0);
