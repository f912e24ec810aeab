import { summarize, type Driven, type MeasuredPeriod, type TrafficSummary } from './drive.js';
import type { PairSpec, RelayJob, TransportKind } from './protocol.js';
import { alternate, medianOf, ratioOf, topLevel, type ComparedRound, type Spread, type TrafficOptions } from './rounds.js';
import type { ServerFigures } from './server-stats.js';
import { sourceAddress, split } from './workers.js';

export interface RelayOptions extends TrafficOptions {
  /** Unacknowledged messages each side keeps in flight. */
  window: number;
}

/** One run of the relay load: `seconds` measured, from `measuredFromMs` to `measuredToMs`. */
export type RelayRun = TrafficSummary & MeasuredPeriod & { seconds: number };

export interface RelayRound extends ComparedRound<RelayRun> {
  /** wukf messagesPerSecond / baseline messagesPerSecond of this round; null without a baseline. */
  ratio: number | null;
  /** ratio above 1: this round's baseline run was disturbed (see RelayResult.disturbed); null without a baseline. */
  disturbed: boolean | null;
}

/**
 * The top-level traffic figures, `server` and `baseline` are those of one round, `medianRound`: the round with
 * the median ratio (without a baseline, with the median messagesPerSecond); for an even count of rounds, the
 * lower of the two middle ones. Every round is in `rounds`.
 */
export interface RelayResult extends RelayRun {
  scenario: 'relay';
  pairs: number;
  window: number;
  workers: number;
  /** `embedded` (a server this bench started) or the --url it loaded. */
  target: string;
  server: ServerFigures;
  /**
   * The same load through a bare ws relay (baseline-server.ts) on this machine, in round `medianRound`. null
   * against a --url server: a relay here says nothing about the machine over there.
   */
  baseline: RelayRound['baseline'];
  /** The median of the rounds' ratios (not recomputed from the top-level figures); null without a baseline. */
  ratio: number | null;
  /** The lowest and highest round ratio; null without a baseline. */
  ratioSpread: Spread | null;
  /**
   * A persisted relay cannot outrun a bare one on the same machine: true when some round's ratio is above 1,
   * i.e. that round's baseline run was disturbed (the round says so too). A disturbed wukf run only lowers
   * its ratio, which shows in ratioSpread. null without a baseline (nothing to check against).
   */
  disturbed: boolean | null;
  /** The round (1-based) whose figures are at the top level. */
  medianRound: number;
  /** Every round, in the order run: wukf then baseline, round after round. */
  rounds: RelayRound[];
  persistence: 'sqlite, synchronous=FULL, ack after commit';
}

export function relayJobs(transport: TransportKind, url: string, specs: PairSpec[], opts: RelayOptions): RelayJob[] {
  const workers = Math.max(1, Math.min(opts.workers, specs.length));
  const deadlineMs = (opts.warmupSeconds + opts.seconds + 120) * 1000;
  return split(specs, workers).map((pairs, i) => ({ scenario: 'relay', worker: i, url, localAddress: sourceAddress(i), deadlineMs, transport, pairs, window: opts.window }));
}

/** The counts, rate and latency of one run; the undelivered count belongs to the open loop only. */
function relayRun(driven: Driven): RelayRun {
  const { undelivered: _u, ...summary } = summarize(driven.results);
  return { ...summary, ...driven.period };
}

/**
 * N visitor-agent pairs over real sockets against a real server with persistence on, each side keeping
 * `window` messages in flight and sending the next on every ack (closed loop); then the same load, from the
 * same loop code, through a bare ws relay; `rounds` times each, alternating. Load comes from worker
 * processes, latency is end to end.
 */
export async function runRelay(opts: RelayOptions): Promise<RelayResult> {
  const { target, rounds: runs } = await alternate(opts, { label: 'relay', jobs: (transport, url, specs) => relayJobs(transport, url, specs, opts), figures: relayRun });

  const rounds: RelayRound[] = runs.map((r) => {
    const ratio = r.baseline ? ratioOf(r.wukf.messagesPerSecond, r.baseline.messagesPerSecond) : null;
    return { ...r, ratio, disturbed: ratio === null ? null : ratio > 1 };
  });
  const ratio = medianOf(rounds.map((r) => r.ratio));
  return {
    scenario: 'relay',
    window: opts.window,
    ...topLevel(opts, target, rounds, (r) => r.ratio ?? r.wukf.messagesPerSecond),
    ratio: ratio?.median ?? null,
    ratioSpread: ratio?.spread ?? null,
    persistence: 'sqlite, synchronous=FULL, ack after commit',
    rounds,
  };
}
