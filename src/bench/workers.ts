import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromWorker, ToWorker, WorkerJob, WorkerReady, WorkerResult } from './protocol.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Source address of worker i: 127.0.0.2, .3, … (127.0.0.1 is left to the server's own traffic). */
export const sourceAddress = (i: number) => `127.0.0.${2 + i}`;

/** Splits items into k nearly equal consecutive slices (some may be empty when items < k). */
export function split<T>(items: T[], k: number): T[][] {
  return Array.from({ length: k }, (_, i) => items.slice(Math.floor((i * items.length) / k), Math.floor(((i + 1) * items.length) / k)));
}

/**
 * K forked load workers running one scenario in step: start → ready, measure, stop → result.
 * Each worker also exits on its own at its job's deadline and when this process goes away.
 */
export class WorkerPool {
  private readonly procs: ChildProcess[];
  private readonly inbox: FromWorker[][];
  private readonly waiters: (() => void)[] = [];
  private failure: Error | undefined;
  delivered: number[];

  /** cpuProfDir: each worker writes a V8 CPU profile there when it exits. */
  constructor(jobs: WorkerJob[], cpuProfDir?: string) {
    this.inbox = jobs.map(() => []);
    this.delivered = jobs.map(() => 0);
    this.procs = jobs.map((job, i) => {
      const proc = fork(WORKER, [], { execArgv: cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
      proc.on('message', (msg: FromWorker) => {
        if (msg.type === 'progress') this.delivered[i] = msg.delivered;
        else if (msg.type === 'error') this.fail(new Error(`load worker ${i} failed: ${msg.message}`));
        else this.inbox[i]!.push(msg);
        this.wake();
      });
      proc.on('exit', (code) => {
        if (!this.inbox[i]!.some((m) => m.type === 'result')) this.fail(new Error(`load worker ${i} exited (${code}) before its result`));
      });
      proc.send({ type: 'start', job } satisfies ToWorker);
      return proc;
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The first message of this type from every worker; `take` removes them, for messages that come again. */
  private async collect<T extends FromWorker['type']>(type: T, take = false): Promise<Extract<FromWorker, { type: T }>[]> {
    for (;;) {
      if (this.failure) throw this.failure;
      const found = this.inbox.map((box) => box.find((m) => m.type === type));
      if (found.every(Boolean)) {
        if (take) this.inbox.forEach((box, i) => box.splice(box.indexOf(found[i]!), 1));
        return found as Extract<FromWorker, { type: T }>[];
      }
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  ready(): Promise<WorkerReady[]> {
    return this.collect('ready');
  }

  measure(): void {
    for (const p of this.procs) p.send({ type: 'measure' } satisfies ToWorker);
  }

  /** Ends the measured period and starts the next, the load going on: each worker's figures for the one ended. */
  async sample(): Promise<WorkerResult[]> {
    for (const p of this.procs) p.send({ type: 'sample' } satisfies ToWorker);
    return this.collect('sample', true);
  }

  async stop(): Promise<WorkerResult[]> {
    for (const p of this.procs) p.send({ type: 'stop' } satisfies ToWorker);
    return this.collect('result');
  }

  /** Ends every worker that is still running and waits for it to go. */
  async close(): Promise<void> {
    await Promise.all(
      this.procs.map((p) => {
        if (p.exitCode !== null || p.signalCode !== null) return undefined;
        const gone = new Promise((r) => p.once('exit', r));
        const kill = setTimeout(() => p.kill('SIGKILL'), 3000);
        if (p.connected) p.disconnect();
        else p.kill('SIGTERM');
        return gone.finally(() => clearTimeout(kill));
      }),
    );
  }
}
