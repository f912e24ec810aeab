/**
 * One operation on a conversation, in three steps and an outcome:
 * - prepare: checks the operation against the conversation as it stands and runs the preCommit hooks; may
 *   be asynchronous. It returns what commit needs.
 * - commit: hands the write to the store and returns its promise, which settles once the write is durable
 *   (or refused).
 * - settle: runs once the commit has settled and every operation before it has been settled: updates the
 *   conversation in memory, emits the Committed events and answers. Synchronous.
 * - fail: prepare or commit refused it (or settle threw); nothing of it was applied.
 * A barrier (a state change: claim, transfer, close) waits until everything before it has settled and holds
 * back everything after it until it has settled itself, so that every operation is checked against the
 * conversation's committed state.
 */
export interface LaneOperation<P, C> {
  readonly barrier: boolean;
  prepare(): P | Promise<P>;
  commit(prepared: P): Promise<C>;
  settle(committed: C, prepared: P): void;
  fail(err: unknown): void;
}

/** An operation whose outcome is a promise (Lane.run): what settle returns, or the failure. */
export interface LaneTask<P, C, R> {
  readonly barrier: boolean;
  prepare(): P | Promise<P>;
  commit(prepared: P): Promise<C>;
  settle(committed: C, prepared: P): R;
}

/** An operation from arrival to settlement, with what the lane knows of it: one object per operation. */
class Step {
  prepared: unknown = undefined;
  done = false;
  failed = false;
  outcome: unknown = undefined;

  constructor(readonly op: LaneOperation<unknown, unknown>) {}
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

  submit<P, C>(op: LaneOperation<P, C>): void {
    this.waiting.push(new Step(op as LaneOperation<unknown, unknown>));
    if (!this.preparing) this.pump();
  }

  /** submit() for an operation whose outcome is wanted as a promise: settle's value, or the failure. */
  run<P, C, R>(op: LaneTask<P, C, R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.submit<P, C>({
        barrier: op.barrier,
        prepare: () => op.prepare(),
        commit: (prepared) => op.commit(prepared),
        settle: (committed, prepared) => resolve(op.settle(committed, prepared)),
        fail: reject,
      });
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
        next.op.fail(err);
        continue;
      }
      if (isThenable(prepared)) {
        prepared.then(
          (value) => {
            this.start(next, value);
            this.pump();
          },
          (err: unknown) => {
            next.op.fail(err);
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

  /** A commit has settled: settles, in arrival order, every operation whose commit is done and has none before it waiting. */
  private finished(step: Step, failed: boolean, outcome: unknown): void {
    step.done = true;
    step.failed = failed;
    step.outcome = outcome;
    // Settled strictly in the order the operations started, whatever order the store answered in.
    while (this.inFlight.length > 0 && this.inFlight[0]!.done) {
      const first = this.inFlight.shift()!;
      if (first.op.barrier) this.barrierInFlight = false;
      if (first.failed) {
        first.op.fail(first.outcome);
        continue;
      }
      try {
        first.op.settle(first.outcome, first.prepared);
      } catch (err) {
        first.op.fail(err);
      }
    }
    if (!this.preparing) this.pump();
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
