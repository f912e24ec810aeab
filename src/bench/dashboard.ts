import { WukfError } from '../proto/errors.js';
import { sendLateness, summarize } from './drive.js';
import { DashboardWatchers, type WatcherFigures } from './dashboard-watchers.js';
import type { LatencySummary } from './histogram.js';
import type { DashboardAgentSpec, DashboardJob } from './protocol.js';
import { BENCH_LIMITS, ratioOf, round3 } from './rounds.js';
import { ServerProbe, type ServerFigures } from './server-stats.js';
import { openTarget, type BenchTarget } from './target.js';
import { sourceAddress, split, WorkerPool } from './workers.js';

export interface DashboardOptions {
  agents: number;
  conversations: number;
  /** max_concurrent of each agent (embedded): conversations past it wait in the agent's group queue. */
  capacity: number;
  /** Measured seconds of each phase. */
  seconds: number;
  warmupSeconds: number;
  /** Messages per second offered in total, over both sides of every claimed conversation. */
  rate: number;
  /** Dashboard subscribers in the phases with the dashboard open. */
  watchers: number;
  /** Pairs of phases, without then with the dashboard. */
  phases: number;
  workers: number;
  /** Keep the population up instead of measuring, until `until` resolves. */
  hold?: { until: Promise<void>; onReady(info: HoldInfo): void };
  url?: string;
  tokens?: string[];
  adminToken?: string;
  cpuProfDir?: string;
  onProgress?: (line: string) => void;
}

/** Where to point `wukf tui` at the population while it is held. */
export interface HoldInfo {
  url: string;
  /** The embedded server's config directory (`wukf tui --dir`); undefined against --url. */
  dir: string | undefined;
  agents: number;
  conversations: number;
  active: number;
}

/** One measured phase: the message load's figures and the server's, with or without the dashboard open. */
export interface DashboardPhase {
  phase: number;
  dashboard: boolean;
  messagesPerSecond: number;
  latencyMs: LatencySummary;
  /** Open loop: how late the generators sent, so that their own stalls are not read as the server's. */
  sendLatenessP99Ms: number;
  generatorCpuPercent: number[];
  server: ServerFigures;
  /** Server CPU over the phase, in % of one core. */
  serverCpuPercent: number | null;
  /** Per watcher; empty without the dashboard. */
  watchers: WatcherFigures[];
}

export interface DashboardResult {
  scenario: 'dashboard';
  target: string;
  agents: number;
  conversations: number;
  /** Conversations claimed by their agent (the message load runs over these); the rest are queued. */
  active: number;
  queued: number;
  capacity: number;
  rate: number;
  watchers: number;
  seconds: number;
  workers: number;
  /** Sockets the population holds, and how long opening it took. */
  sockets: number;
  populateSeconds: number;
  /** Medians over the phases of each kind, and with/without ratios of those medians. */
  without: PhaseMedians;
  with: PhaseMedians & { framesPerSecond: number; bytesPerSecond: number; snapshotBytes: number; snapshotMs: number };
  ratio: { messagesPerSecond: number; latencyP50: number; latencyP99: number; serverCpu: number | null; eventLoopDelayP99: number | null };
  phases: DashboardPhase[];
}

interface PhaseMedians {
  messagesPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  serverCpuPercent: number | null;
  eventLoopDelayP50Ms: number | null;
  eventLoopDelayP99Ms: number | null;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A load worker holds this many sockets at most, well under a process's 20 000 open files. */
const SOCKETS_PER_WORKER = 15_000;

function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return round3(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Conversation k belongs to agent k mod agents; each agent claims its first `capacity`, the rest wait. */
async function plan(target: BenchTarget, opts: DashboardOptions): Promise<DashboardAgentSpec[]> {
  const visitors = await target.visitorTokens(opts.conversations);
  const agents: DashboardAgentSpec[] = Array.from({ length: opts.agents }, (_, i) => ({ token: target.agentToken(i), conversations: [] }));
  visitors.forEach((visitorToken, k) => {
    const i = k % opts.agents;
    const group = target.agentGroup(i);
    agents[i]!.conversations.push({ visitorToken, ...(group !== undefined ? { group } : {}), claim: Math.floor(k / opts.agents) < opts.capacity });
  });
  return agents;
}

function jobsFor(target: BenchTarget, specs: DashboardAgentSpec[], opts: DashboardOptions): DashboardJob[] {
  const sockets = opts.agents + opts.conversations;
  const workers = Math.max(1, Math.min(specs.length, Math.max(opts.workers, Math.ceil(sockets / SOCKETS_PER_WORKER))));
  const claims = (s: DashboardAgentSpec[]) => s.reduce((n, a) => n + a.conversations.filter((c) => c.claim).length, 0);
  const totalSenders = Math.max(1, 2 * claims(specs));
  // Held populations run until stopped; a measured one ends after its phases and some room to connect.
  const deadlineMs = opts.hold ? 7 * 86_400_000 : (opts.warmupSeconds + 2 * opts.phases * (opts.seconds + 30) + 600) * 1000;
  let firstSender = 0;
  return split(specs, workers).map((agents, i) => {
    const job: DashboardJob = { scenario: 'dashboard', worker: i, url: target.wsUrl, localAddress: sourceAddress(i), deadlineMs, agents, ratePerSender: opts.rate / totalSenders, firstSender, totalSenders, closeOnStop: target.kind === 'remote' };
    firstSender += 2 * claims(agents);
    return job;
  });
}

/**
 * `wukf bench dashboard`: a population of agents online and conversations open (claimed up to each agent's
 * capacity, the rest queued) under a steady open-loop message load, measured in alternating phases without
 * and with `watchers` admins subscribed to the dashboard stream: what the stream costs the server and the
 * message load, and what it costs to receive. With `hold`, the population stays up for a person or a
 * measurement to open `wukf tui` against it instead.
 */
export async function runDashboard(opts: DashboardOptions): Promise<DashboardResult | undefined> {
  const target = await openTarget({ url: opts.url, tokens: opts.tokens, adminToken: opts.adminToken, agents: opts.agents, limits: BENCH_LIMITS, maxConcurrent: opts.capacity, cpuProfDir: opts.cpuProfDir });
  let pool: WorkerPool | undefined;
  try {
    if (!opts.hold && target.adminToken === undefined) throw new WukfError('WUKF_E_USAGE', 'the dashboard bench watches as an admin: give an admin token (--admin-token-file or WUKF_BENCH_ADMIN_TOKEN)');
    const jobs = jobsFor(target, await plan(target, opts), opts);
    opts.onProgress?.(`dashboard: opening ${opts.agents} agents and ${opts.conversations} conversations from ${jobs.length} workers`);
    const started = performance.now();
    pool = new WorkerPool(jobs, undefined);
    const ready = await pool.ready();
    const populateSeconds = round3((performance.now() - started) / 1000);
    const active = ready.reduce((n, r) => n + (r.active ?? 0), 0);
    const sockets = ready.reduce((n, r) => n + r.opened, 0);
    if (opts.hold) {
      opts.hold.onReady({ url: target.url, dir: target.dir, agents: opts.agents, conversations: opts.conversations, active });
      await opts.hold.until;
      return undefined;
    }
    await wait(opts.warmupSeconds * 1000);
    pool.measure();
    const phases: DashboardPhase[] = [];
    for (let n = 1; n <= opts.phases * 2; n++) phases.push(await phase(target, pool, opts, n, n % 2 === 0));
    const summary = summarise(phases);
    return {
      scenario: 'dashboard',
      target: target.kind === 'embedded' ? 'embedded' : target.url,
      agents: opts.agents,
      conversations: opts.conversations,
      active,
      queued: opts.conversations - active,
      capacity: opts.capacity,
      rate: opts.rate,
      watchers: opts.watchers,
      seconds: opts.seconds,
      workers: jobs.length,
      sockets,
      populateSeconds,
      ...summary,
      phases,
    };
  } finally {
    if (pool) {
      await pool.stop().catch(() => undefined);
      await pool.close();
    }
    await target.stop();
  }
}

async function phase(target: BenchTarget, pool: WorkerPool, opts: DashboardOptions, n: number, dashboard: boolean): Promise<DashboardPhase> {
  const label = `dashboard: phase ${n}/${opts.phases * 2}, ${dashboard ? `${opts.watchers} watching` : 'nobody watching'}`;
  const watchers = dashboard ? await DashboardWatchers.open(target.wsUrl, target.adminToken!, opts.watchers) : undefined;
  try {
    const probe = new ServerProbe(target.url, target.adminToken, target.pid);
    // The period starts once every snapshot is in: the snapshot's cost is reported on its own (snapshotMs).
    await probe.begin();
    watchers?.begin();
    await pool.sample();
    for (let s = 1; s <= opts.seconds; s++) {
      await wait(1000);
      opts.onProgress?.(`${label}: ${s}/${opts.seconds} s`);
    }
    const results = await pool.sample();
    const figures = watchers?.figures() ?? [];
    const server = await probe.end();
    const traffic = summarize(results);
    return {
      phase: n,
      dashboard,
      messagesPerSecond: traffic.messagesPerSecond,
      latencyMs: traffic.latencyMs,
      sendLatenessP99Ms: sendLateness(results).p99,
      generatorCpuPercent: traffic.generatorCpuPercent,
      server,
      serverCpuPercent: server.cpuSeconds === null ? null : Math.round((server.cpuSeconds / traffic.seconds) * 100),
      watchers: figures,
    };
  } finally {
    await watchers?.close();
  }
}

function medians(phases: DashboardPhase[]): PhaseMedians {
  return {
    messagesPerSecond: median(phases.map((p) => p.messagesPerSecond)) ?? 0,
    latencyP50Ms: median(phases.map((p) => p.latencyMs.p50)) ?? 0,
    latencyP99Ms: median(phases.map((p) => p.latencyMs.p99)) ?? 0,
    serverCpuPercent: median(phases.map((p) => p.serverCpuPercent)),
    eventLoopDelayP50Ms: median(phases.map((p) => p.server.eventLoopDelayP50Ms)),
    eventLoopDelayP99Ms: median(phases.map((p) => p.server.eventLoopDelayP99Ms)),
  };
}

/** Each kind of phase by its medians, the stream's own figures over every watcher of every phase with it. */
function summarise(phases: DashboardPhase[]): Pick<DashboardResult, 'without' | 'with' | 'ratio'> {
  const without = medians(phases.filter((p) => !p.dashboard));
  const watched = phases.filter((p) => p.dashboard);
  const all = watched.flatMap((p) => p.watchers);
  const of = (f: (w: WatcherFigures) => number) => median(all.map(f)) ?? 0;
  const withDashboard = { ...medians(watched), framesPerSecond: of((w) => w.framesPerSecond), bytesPerSecond: of((w) => w.bytesPerSecond), snapshotBytes: of((w) => w.snapshotBytes), snapshotMs: of((w) => w.snapshotMs) };
  const ratioOrNull = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : ratioOf(a, b));
  return {
    without,
    with: withDashboard,
    ratio: {
      messagesPerSecond: ratioOf(withDashboard.messagesPerSecond, without.messagesPerSecond),
      latencyP50: ratioOf(withDashboard.latencyP50Ms, without.latencyP50Ms),
      latencyP99: ratioOf(withDashboard.latencyP99Ms, without.latencyP99Ms),
      serverCpu: ratioOrNull(withDashboard.serverCpuPercent, without.serverCpuPercent),
      eventLoopDelayP99: ratioOrNull(withDashboard.eventLoopDelayP99Ms, without.eventLoopDelayP99Ms),
    },
  };
}
