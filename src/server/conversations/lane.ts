/**
 * One operation on a conversation, in three steps:
 * - prepare: checks the operation against the conversation as it stands and runs the preCommit hooks; may
 *   be asynchronous. It returns what commit needs.
 * - commit: hands the write to the store and returns its promise, which settles once the write is durable
 *   (or refused).
 * - settle: runs once the commit has settled and every operation before it has been settled: updates the
 *   conversation in memory and emits the Committed events. Synchronous.
 * A barrier (a state change: claim, transfer, close) waits until everything before it has settled and holds
 * back everything after it until it has settled itself, so that every operation is checked against the
 * conversation's committed state.
 */
export interface LaneOperation<P, C, R> {
  readonly barrier: boolean;
  prepare(): P | Promise<P>;
  commit(prepared: P): Promise<C>;
  settle(committed: C, prepared: P): R;
}

/** One operation from arrival to settlement; the same object all the way (one per message on the hot path). */
interface Step {
  op: LaneOperation<unknown, unknown, unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  prepared: unknown;
  done: boolean;
  failed: boolean;
  outcome: unknown;
}

/**
 * A conversation's operations in the order they arrived: prepared one at a time, committed in that order
 * (messages without waiting for each other's commit, so a conversation's messages share store batches),
 * settled in that order whatever order the store answers in. Order is kept here, not by any step being
 * synchronous: a prepare step may await and nothing is reordered.
 */
export class Lane {
  private readonly waiting: Step[] = [];
  private readonly inFlight: Step[] = [];
  private preparing = false;
  private barrierInFlight = false;

  /** @param idle called whenever the lane has nothing left waiting or in flight (its owner may drop it). */
  constructor(private readonly idle: () => void = () => {}) {}

  get busy(): boolean {
    return this.preparing || this.waiting.length > 0 || this.inFlight.length > 0;
  }

  run<P, C, R>(op: LaneOperation<P, C, R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ op: op as LaneOperation<unknown, unknown, unknown>, resolve: resolve as (v: unknown) => void, reject, prepared: undefined, done: false, failed: false, outcome: undefined });
      if (!this.preparing) this.pump();
    });
  }

  private pump(): void {
    this.preparing = true;
    while (this.waiting.length > 0) {
      if (this.barrierInFlight) break;
      const next = this.waiting[0]!;
      if (next.op.barrier && this.inFlight.length > 0) break;
      this.waiting.shift();
      let prepared: unknown;
      try {
        prepared = next.op.prepare();
      } catch (err) {
        next.reject(err);
        continue;
      }
      if (isThenable(prepared)) {
        prepared.then(
          (value) => {
            this.start(next, value);
            this.pump();
          },
          (err: unknown) => {
            next.reject(err);
            this.pump();
          },
        );
        // Still preparing: nothing after this operation starts before its prepare step is over.
        return;
      }
      this.start(next, prepared);
    }
    this.preparing = false;
    if (!this.busy) this.idle();
  }

  private start(step: Step, prepared: unknown): void {
    step.prepared = prepared;
    if (step.op.barrier) this.barrierInFlight = true;
    this.inFlight.push(step);
    let committing: Promise<unknown>;
    try {
      committing = step.op.commit(prepared);
    } catch (err) {
      committing = Promise.reject(err);
    }
    committing.then(
      (value) => this.finished(step, false, value),
      (err: unknown) => this.finished(step, true, err),
    );
  }

  private finished(flight: Step, failed: boolean, outcome: unknown): void {
    flight.done = true;
    flight.failed = failed;
    flight.outcome = outcome;
    // Settled strictly in the order the operations started, whatever order the store answered in.
    while (this.inFlight.length > 0 && this.inFlight[0]!.done) {
      const first = this.inFlight.shift()!;
      if (first.op.barrier) this.barrierInFlight = false;
      if (first.failed) {
        first.reject(first.outcome);
        continue;
      }
      let result: unknown;
      try {
        result = first.op.settle(first.outcome, first.prepared);
      } catch (err) {
        first.reject(err);
        continue;
      }
      first.resolve(result);
    }
    if (!this.preparing) this.pump();
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
