import { sendLateness, summarize, type Driven, type MeasuredPeriod, type TrafficSummary } from './drive.js';
import type { LatencySummary } from './histogram.js';
import type { LatencyJob, PairSpec, TransportKind } from './protocol.js';
import { alternate, medianOf, ratioOf, topLevel, round3, type ComparedRound, type Spread, type TrafficOptions } from './rounds.js';
import type { ServerFigures } from './server-stats.js';
import { sourceAddress, split } from './workers.js';

export interface LatencyOptions extends TrafficOptions {
  /** Messages per second offered in total, spread evenly over every side of every pair. */
  rate: number;
}

/** One run of the open-loop schedule: `seconds` measured, from `measuredFromMs` to `measuredToMs`. */
export interface LatencyRun extends TrafficSummary, MeasuredPeriod {
  seconds: number;
  /** Measured messages still not delivered 5 s after sending stopped (not in the percentiles). */
  undelivered: number;
  /** How late the generator sent messages after their scheduled time: the part of latencyMs that is the generator's. */
  sendLatenessMs: LatencySummary;
}

/**
 * `baseline` is the same schedule through the bare ws relay right after wukf's run: the floor this generator
 * and machine put under any relay.
 */
export interface LatencyRound extends ComparedRound<LatencyRun> {
  /** wukf latencyMs.p99 / baseline latencyMs.p99 of this round; null without a baseline. */
  p99Ratio: number | null;
  /** wukf latencyMs.mean − baseline latencyMs.mean of this round; null without a baseline. */
  meanOverBaselineMs: number | null;
  /** p99Ratio below 1 or meanOverBaselineMs below 0: this round's baseline run was disturbed; null without a baseline. */
  disturbed: boolean | null;
}

/**
 * The top-level run figures, `server` and `baseline` are those of one round, `medianRound`: the round with the
 * median p99Ratio (without a baseline, with the median p99); for an even count of rounds, the lower of the two
 * middle ones. Every round is in `rounds`.
 */
export interface LatencyResult extends LatencyRun {
  scenario: 'latency';
  pairs: number;
  rate: number;
  workers: number;
  /** `embedded` (a server this bench started) or the --url it loaded. */
  target: string;
  server: ServerFigures;
  /** The bare ws relay's run of round `medianRound`. null against a --url server. */
  baseline: LatencyRound['baseline'];
  /** The median of the rounds' p99Ratio, and their lowest and highest; null without a baseline. */
  p99Ratio: number | null;
  p99RatioSpread: Spread | null;
  /** The median of the rounds' meanOverBaselineMs, and their lowest and highest; null without a baseline. */
  meanOverBaselineMs: number | null;
  meanOverBaselineMsSpread: Spread | null;
  /**
   * wukf's path is the bare relay's plus the protocol and a durable commit, so its latency cannot be lower on
   * the same machine: true when in some round wukf's p99 or mean came out below the bare relay's, i.e. that
   * round's baseline run was disturbed (the round says so too). A disturbed wukf run only raises its
   * figures, which shows in the spreads. null without a baseline (nothing to check against).
   */
  disturbed: boolean | null;
  /** The round (1-based) whose figures are at the top level. */
  medianRound: number;
  /** Every round, in the order run: wukf then baseline, round after round. */
  rounds: LatencyRound[];
  latencyFrom: 'intended send time (open loop)';
}

const DRAIN_MS = 5000;

/** What every open-loop run reports, wukf's or the bare relay's. */
function latencyRun(driven: Driven): LatencyRun {
  return { ...summarize(driven.results), sendLatenessMs: sendLateness(driven.results), ...driven.period };
}

/**
 * Open loop: every side of every pair sends on a fixed schedule, `rate` messages/s in all, whether or not
 * earlier messages came back. Latency runs from each message's scheduled time to its delivery to the peer.
 * Then the same schedule through the bare ws relay; `rounds` times each, alternating.
 */
export async function runLatency(opts: LatencyOptions): Promise<LatencyResult> {
  const { target, rounds: runs } = await alternate(opts, { label: `latency at ${opts.rate} msg/s`, jobs: (transport, url, specs) => latencyJobs(transport, url, specs, opts), figures: latencyRun });

  const rounds: LatencyRound[] = runs.map((r) => {
    if (!r.baseline) return { ...r, p99Ratio: null, meanOverBaselineMs: null, disturbed: null };
    const p99Ratio = ratioOf(r.wukf.latencyMs.p99, r.baseline.latencyMs.p99);
    const meanOverBaselineMs = round3(r.wukf.latencyMs.mean - r.baseline.latencyMs.mean);
    return { ...r, p99Ratio, meanOverBaselineMs, disturbed: p99Ratio < 1 || meanOverBaselineMs < 0 };
  });
  const p99 = medianOf(rounds.map((r) => r.p99Ratio));
  const mean = medianOf(rounds.map((r) => r.meanOverBaselineMs));
  return {
    scenario: 'latency',
    rate: opts.rate,
    ...topLevel(opts, target, rounds, (r) => r.p99Ratio ?? r.wukf.latencyMs.p99),
    p99Ratio: p99?.median ?? null,
    p99RatioSpread: p99?.spread ?? null,
    meanOverBaselineMs: mean?.median ?? null,
    meanOverBaselineMsSpread: mean?.spread ?? null,
    latencyFrom: 'intended send time (open loop)',
    rounds,
  };
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
