import { LatencyHistogram, type LatencySummary } from './histogram.js';
import type { WorkerJob, WorkerReady, WorkerResult } from './protocol.js';
import { WorkerPool } from './workers.js';

const round = (n: number) => Math.round(n * 1000) / 1000;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** When the measured period began and ended, in ms since the epoch (on one monotonic clock, so in order). */
export interface MeasuredPeriod {
  measuredFromMs: number;
  measuredToMs: number;
}

export interface Driven {
  ready: WorkerReady[];
  results: WorkerResult[];
  period: MeasuredPeriod;
}

const epochMs = () => Math.round(performance.timeOrigin + performance.now());

export interface DriveOptions {
  warmupSeconds: number;
  seconds: number;
  /** Names the run in progress lines. */
  label: string;
  onProgress?: (line: string) => void;
  /** The progress line after s of the measured seconds; default: messages delivered and the rate so far. */
  describe?: (s: number, delivered: number, elapsedSeconds: number) => string;
  /** Called when measuring starts and before it stops, e.g. to read the server's counters. */
  onMeasure?: () => Promise<void>;
  onMeasured?: () => Promise<void>;
  /** Where the load workers write their CPU profiles. */
  cpuProfDir?: string;
}

/** Runs one set of worker jobs through warmup and the measured period, and always ends the workers. */
export async function drive(jobs: WorkerJob[], opts: DriveOptions): Promise<Driven> {
  const pool = new WorkerPool(jobs, opts.cpuProfDir);
  try {
    const ready = await pool.ready();
    await wait(opts.warmupSeconds * 1000);
    await opts.onMeasure?.();
    pool.measure();
    const measuredFromMs = epochMs();
    const started = performance.now();
    for (let s = 1; s <= opts.seconds; s++) {
      await wait(1000);
      const delivered = pool.delivered.reduce((a, b) => a + b, 0);
      const elapsed = (performance.now() - started) / 1000;
      opts.onProgress?.(opts.describe?.(s, delivered, elapsed) ?? `${opts.label}: ${s}/${opts.seconds} s, ${delivered} delivered, ${Math.round(delivered / elapsed)} msg/s`);
    }
    const measuredToMs = epochMs();
    await opts.onMeasured?.();
    const results = await pool.stop();
    return { ready, results, period: { measuredFromMs, measuredToMs } };
  } finally {
    await pool.close();
  }
}

export interface TrafficSummary {
  messagesPerSecond: number;
  sent: number;
  acked: number;
  delivered: number;
  latencyMs: LatencySummary;
  /** CPU of each load worker over the measured period, in % of one core: near 100 means the generator limits. */
  generatorCpuPercent: number[];
}

/**
 * Open loop: how late the generator itself sent messages after their scheduled times. Latency counts from the
 * schedule, so this much of it is the generator's (its timers, its garbage collection, its share of the CPU).
 */
export function sendLateness(results: WorkerResult[]): LatencySummary {
  const lateness = new LatencyHistogram();
  for (const r of results) lateness.merge(r.lateness);
  return lateness.summary();
}

export function summarize(results: WorkerResult[]): TrafficSummary & { undelivered: number; seconds: number } {
  const latency = new LatencyHistogram();
  for (const r of results) latency.merge(r.latency);
  const sum = (f: (r: WorkerResult) => number) => results.reduce((a, r) => a + f(r), 0);
  return {
    seconds: round(Math.max(...results.map((r) => r.measuredSeconds))),
    messagesPerSecond: Math.round(sum((r) => r.delivered / r.measuredSeconds)),
    sent: sum((r) => r.sent),
    acked: sum((r) => r.acked),
    delivered: sum((r) => r.delivered),
    undelivered: sum((r) => r.undelivered),
    latencyMs: latency.summary(),
    generatorCpuPercent: results.map((r) => Math.round((r.cpuSeconds / r.measuredSeconds) * 100)),
  };
}
