import { drive, sendLateness, summarize, type TrafficSummary } from './drive.js';
import type { LatencySummary } from './histogram.js';
import type { LatencyJob, PairSpec, TransportKind } from './protocol.js';
import { BENCH_LIMITS, pairSpecs, startBaseline, type TrafficOptions } from './relay.js';
import { ServerProbe, type ServerFigures } from './server-stats.js';
import { openTarget } from './target.js';
import { sourceAddress, split } from './workers.js';

export interface LatencyOptions extends TrafficOptions {
  /** Messages per second offered in total, spread evenly over every side of every pair. */
  rate: number;
}

export interface LatencyResult extends TrafficSummary {
  scenario: 'latency';
  pairs: number;
  rate: number;
  seconds: number;
  workers: number;
  /** Measured messages still not delivered 5 s after sending stopped (not in the percentiles). */
  undelivered: number;
  /** `embedded` (a server this bench started) or the --url it loaded. */
  target: string;
  server: ServerFigures;
  /**
   * The same schedule through the bare ws relay on this machine, in this run: the floor this generator and
   * machine put under any relay. null against a --url server.
   */
  baseline: { messagesPerSecond: number; sent: number; delivered: number; undelivered: number; latencyMs: LatencySummary; sendLatenessMs: LatencySummary } | null;
  latencyFrom: 'intended send time (open loop)';
  /** How late the generator sent messages after their scheduled time: the part of latencyMs that is the generator's. */
  sendLatenessMs: LatencySummary;
}

const DRAIN_MS = 5000;

/**
 * Open loop: every side of every pair sends on a fixed schedule, `rate` messages/s in all, whether or not
 * earlier messages came back. Latency runs from each message's scheduled time to its delivery to the peer.
 */
export async function runLatency(opts: LatencyOptions): Promise<LatencyResult> {
  let result: LatencyResult;
  const target = await openTarget({ url: opts.url, tokens: opts.tokens, adminToken: opts.adminToken, agents: opts.pairs, limits: BENCH_LIMITS, cpuProfDir: opts.cpuProfDir });
  try {
    const specs = await pairSpecs(target, opts.pairs);
    const workers = Math.max(1, Math.min(opts.workers, specs.length));
    const jobs = latencyJobs('wukf', target.wsUrl, specs, opts);
    const probe = new ServerProbe(target.url, target.adminToken, target.pid);
    let figures: ServerFigures | undefined;
    const driven = await drive(jobs, {
      ...opts,
      label: `latency at ${opts.rate} msg/s`,
      onMeasure: () => probe.begin(),
      onMeasured: async () => void (figures = await probe.end()),
    });
    const summary = summarize(driven.results);
    result = { scenario: 'latency', pairs: opts.pairs, rate: opts.rate, workers, ...summary, target: target.kind === 'embedded' ? 'embedded' : target.url, server: figures!, baseline: null, latencyFrom: 'intended send time (open loop)', sendLatenessMs: sendLateness(driven.results) };
  } finally {
    await target.stop();
  }
  if (target.kind === 'remote') return result;

  const relay = await startBaseline();
  try {
    const specs = Array.from({ length: opts.pairs }, (_, i) => ({ key: String(i), visitorToken: '', agentToken: '' }));
    const driven = await drive(latencyJobs('baseline', relay.url, specs, opts), { ...opts, cpuProfDir: undefined, label: `latency at ${opts.rate} msg/s (bare ws baseline)` });
    const { messagesPerSecond, sent, delivered, undelivered, latencyMs } = summarize(driven.results);
    return { ...result, baseline: { messagesPerSecond, sent, delivered, undelivered, latencyMs, sendLatenessMs: sendLateness(driven.results) } };
  } finally {
    await relay.stop();
  }
}

/** The open-loop jobs: sender j of `2 × pairs` starts at phase j / senders of one period. */
function latencyJobs(transport: TransportKind, url: string, specs: PairSpec[], opts: LatencyOptions): LatencyJob[] {
  const workers = Math.max(1, Math.min(opts.workers, specs.length));
  const deadlineMs = (opts.warmupSeconds + opts.seconds + 120) * 1000 + DRAIN_MS;
  const totalSenders = specs.length * 2;
  let firstSender = 0;
  return split(specs, workers).map((pairs, i) => {
    const job: LatencyJob = { scenario: 'latency', worker: i, url, localAddress: sourceAddress(i), deadlineMs, transport, pairs, ratePerSender: opts.rate / totalSenders, firstSender, totalSenders, drainMs: DRAIN_MS };
    firstSender += pairs.length * 2;
    return job;
  });
}
