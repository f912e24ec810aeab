/**
 * A latency histogram small enough to pass between processes: 1 µs buckets below 1 ms, then buckets 1 %
 * wide (so a reported percentile is within 1 % of the true value). Workers send `toJSON()`; the parent
 * merges them and reads percentiles, instead of shipping millions of samples.
 */
const LINEAR_US = 1000;
const GROWTH = Math.log(1.01);

function bucketOf(us: number): number {
  if (us < LINEAR_US) return Math.max(0, Math.floor(us));
  return LINEAR_US + Math.floor(Math.log(us / LINEAR_US) / GROWTH);
}

/** The upper edge of a bucket in µs, so percentiles never flatter. */
function upperOf(bucket: number): number {
  if (bucket < LINEAR_US) return bucket + 1;
  return LINEAR_US * Math.exp((bucket - LINEAR_US + 1) * GROWTH);
}

export interface HistogramData {
  /** [bucket, count] pairs, only non-empty buckets. */
  buckets: [number, number][];
  count: number;
  sumMs: number;
  maxMs: number;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  'p99.9': number;
  max: number;
  mean: number;
}

export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  count = 0;
  private sumMs = 0;
  private maxMs = 0;

  record(ms: number): void {
    const b = bucketOf(ms * 1000);
    this.counts.set(b, (this.counts.get(b) ?? 0) + 1);
    this.count += 1;
    this.sumMs += ms;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  merge(data: HistogramData): void {
    for (const [b, n] of data.buckets) this.counts.set(b, (this.counts.get(b) ?? 0) + n);
    this.count += data.count;
    this.sumMs += data.sumMs;
    this.maxMs = Math.max(this.maxMs, data.maxMs);
  }

  toJSON(): HistogramData {
    return { buckets: [...this.counts.entries()], count: this.count, sumMs: this.sumMs, maxMs: this.maxMs };
  }

  /** Milliseconds at percentile p (0-100); 0 when empty. Capped at the exact maximum. */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (const b of [...this.counts.keys()].sort((x, y) => x - y)) {
      seen += this.counts.get(b)!;
      if (seen >= rank) return Math.min(upperOf(b) / 1000, this.maxMs);
    }
    return this.maxMs;
  }

  summary(): LatencySummary {
    const r = (n: number) => Math.round(n * 1000) / 1000;
    return {
      p50: r(this.percentile(50)),
      p90: r(this.percentile(90)),
      p99: r(this.percentile(99)),
      'p99.9': r(this.percentile(99.9)),
      max: r(this.maxMs),
      mean: r(this.count === 0 ? 0 : this.sumMs / this.count),
    };
  }
}
