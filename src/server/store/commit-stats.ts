/** Figures of the batched conversation commits since the store opened or since the last reset. */
export interface CommitStats {
  commits: number;
  /** Writes (messages, transitions, receipts) committed, over all commits. */
  writes: number;
  writesPerCommitAvg: number;
  writesPerCommitMax: number;
  commitMsAvg: number;
  /** Like commitMsP99, from the same histogram: the median commit. */
  commitMsP50: number;
  /** From a log-scale histogram: an upper bound at most 9 % above the true p99, never above commitMsMax. */
  commitMsP99: number;
  commitMsMax: number;
}

/** Eight buckets per doubling, from 1 µs: a bucket's upper bound is at most 2^(1/8) ≈ 1.09 × its lower bound. */
const BUCKETS_PER_OCTAVE = 8;
/** 2^40 µs is twelve days: no commit takes longer. */
const OCTAVES = 40;

/**
 * Counts commits on the write path: record() is a few additions and one Math.log2, with no allocation
 * and no sorting; the percentile is worked out only when somebody reads.
 */
export class CommitRecorder {
  private commits = 0;
  private writes = 0;
  private writesMax = 0;
  private msTotal = 0;
  private msMax = 0;
  private readonly histogram = new Float64Array(BUCKETS_PER_OCTAVE * OCTAVES);

  record(writes: number, ms: number): void {
    this.commits += 1;
    this.writes += writes;
    if (writes > this.writesMax) this.writesMax = writes;
    this.msTotal += ms;
    if (ms > this.msMax) this.msMax = ms;
    const us = ms * 1000;
    const bucket = us <= 1 ? 0 : Math.min(this.histogram.length - 1, Math.floor(Math.log2(us) * BUCKETS_PER_OCTAVE));
    this.histogram[bucket]! += 1;
  }

  /** The figures so far; with reset, counting starts again from zero afterwards. */
  read(reset = false): CommitStats {
    const n = this.commits;
    const stats: CommitStats = {
      commits: n,
      writes: this.writes,
      writesPerCommitAvg: n === 0 ? 0 : this.writes / n,
      writesPerCommitMax: this.writesMax,
      commitMsAvg: n === 0 ? 0 : this.msTotal / n,
      commitMsP50: Math.min(this.msMax, this.percentileMs(0.5)),
      commitMsP99: Math.min(this.msMax, this.percentileMs(0.99)),
      commitMsMax: this.msMax,
    };
    if (reset) this.reset();
    return stats;
  }

  private percentileMs(q: number): number {
    if (this.commits === 0) return 0;
    const rank = Math.ceil(q * this.commits);
    let seen = 0;
    for (let i = 0; i < this.histogram.length; i++) {
      seen += this.histogram[i]!;
      if (seen >= rank) return 2 ** ((i + 1) / BUCKETS_PER_OCTAVE) / 1000;
    }
    return this.msMax;
  }

  private reset(): void {
    this.commits = 0;
    this.writes = 0;
    this.writesMax = 0;
    this.msTotal = 0;
    this.msMax = 0;
    this.histogram.fill(0);
  }
}
