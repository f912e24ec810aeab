import { Command } from 'commander';
import { z } from 'zod';
import { runConnections } from '../../bench/connections.js';
import { runLatency } from '../../bench/latency.js';
import { runRelay } from '../../bench/relay.js';
import { formatResult, type BenchResult } from '../../bench/report.js';
import { MIN_BASELINE_ROUNDS } from '../../bench/rounds.js';
import { runRouting } from '../../bench/routing.js';
import { addDashboardScenario } from './bench-dashboard.js';
import { action, type CliContext } from '../context.js';
import { common, int, profileDir, targetOf, withTarget } from './bench-options.js';
import { parseOptions } from '../options.js';

const traffic = {
  ...common,
  pairs: int(1, 5000).default(100),
  seconds: int(1, 600).default(10),
  warmup: int(0, 60).default(1),
  rounds: int(1, 50).default(MIN_BASELINE_ROUNDS),
};

/**
 * Fewer rounds than MIN_BASELINE_ROUNDS are refused rather than run with a warning: the point of rounds is a
 * ratio that one disturbed run cannot decide, and a warning on stderr is lost under --json. Against --url
 * there is no baseline and no ratio, so one round is allowed.
 */
function enoughRounds(o: { url?: string; rounds: number }, ctx: z.RefinementCtx): void {
  if (o.url === undefined && o.rounds < MIN_BASELINE_ROUNDS) {
    ctx.addIssue({ code: 'custom', path: ['rounds'], input: String(o.rounds), message: `expected at least ${MIN_BASELINE_ROUNDS} when the bare ws baseline runs (the ratio is the median over rounds); fewer only with --url` });
  }
}
const relaySchema = z.object({ ...traffic, window: int(1, 1024).default(8) }).superRefine(enoughRounds);
const latencySchema = z.object({ ...traffic, workers: int(1, 16).optional(), rate: int(1, 1_000_000).default(1000) }).superRefine(enoughRounds);

/**
 * Every load process takes CPU from the server it measures (on a small machine, the same cores), which shows
 * as latency. The latency run takes as few as keep up with the rate: one per 10,000 msg/s offered (one handles
 * about three times that before its send lateness, which the result reports, grows).
 */
export const MESSAGES_PER_LATENCY_WORKER = 10_000;
const latencyWorkers = (rate: number) => Math.min(16, Math.ceil(rate / MESSAGES_PER_LATENCY_WORKER));
// The server holds every connection in one process, under its 20 000 open files.
const connectionsSchema = z.object({ ...common, count: int(2, 18_000).default(1000), hold: int(1, 600).default(3), concurrency: int(1, 1000).default(100) });
const routingSchema = z.object({ json: z.boolean().default(false), agents: int(1, 100_000).default(1000), conversations: int(1, 1_000_000).default(10_000), decisions: int(100, 10_000_000).default(20_000), runs: int(1, 1000).default(20) });

const ROUNDS_HELP = `runs of each relay, alternating wukf, bare ws, wukf, …; ratios are medians over the rounds (default and minimum: ${MIN_BASELINE_ROUNDS}; with --url, where no baseline runs, 1 is enough)`;
const WORKERS_HELP = 'load generator processes, each on its own 127.0.0.x source address (default: 2)';

/** `wukf bench <scenario>`: measure this machine. Starts its own server in a temp dir and removes it afterwards. */
export function benchCommand(ctx: CliContext): Command {
  const bench = new Command('bench').description('measure wukf: starts its own server in a temp dir (or loads a running one with --url); load comes from worker processes');
  const scenario = <T extends { json: boolean }>(name: string, description: string, schema: z.ZodType<T, unknown>, run: (opts: T, progress: (line: string) => void) => Promise<BenchResult>) =>
    bench
      .command(name)
      .description(description)
      .option('--json', 'print one JSON object instead of a table', false)
      .action(
        action(ctx, `bench ${name}`, async (raw: Record<string, unknown>) => {
          const opts = parseOptions(schema, raw);
          const result = await run(opts, (line) => {
            if (!opts.json) ctx.io.stderr.write(`${line}\n`);
          });
          ctx.io.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : formatResult(result));
          return 0;
        }),
      );

  withTarget(scenario('relay', 'visitor-agent pairs exchanging messages in a closed loop, persistence on, and a bare ws relay in alternating rounds: messages/s, latency, the median ratio', relaySchema, (o, onProgress) =>
    runRelay({ pairs: o.pairs, seconds: o.seconds, window: o.window, warmupSeconds: o.warmup, workers: o.workers, rounds: o.rounds, ...targetOf(ctx.io, o, true), cpuProfDir: profileDir(o.cpuProf), onProgress }),
  )
    .option('--pairs <n>', 'visitor-agent pairs (default: 100)')
    .option('--seconds <n>', 'measured duration of each run (default: 10)')
    .option('--window <n>', 'unacknowledged messages each side keeps in flight (default: 8)')
    .option('--warmup <n>', 'seconds of load before measuring (default: 1)')
    .option('--rounds <n>', ROUNDS_HELP)
    .option('--workers <n>', WORKERS_HELP),
  );

  withTarget(scenario('latency', 'open-loop load at a fixed rate: end-to-end latency percentiles from each message’s intended send time, and a bare ws relay’s in alternating rounds', latencySchema, (o, onProgress) =>
    runLatency({ pairs: o.pairs, seconds: o.seconds, rate: o.rate, warmupSeconds: o.warmup, workers: o.workers ?? latencyWorkers(o.rate), rounds: o.rounds, ...targetOf(ctx.io, o, true), cpuProfDir: profileDir(o.cpuProf), onProgress }),
  )
    .option('--rate <n>', 'messages per second offered in total (default: 1000)')
    .option('--pairs <n>', 'visitor-agent pairs sharing the rate (default: 100)')
    .option('--seconds <n>', 'measured duration of each run (default: 10)')
    .option('--warmup <n>', 'seconds of load before measuring (default: 1)')
    .option('--rounds <n>', ROUNDS_HELP)
    .option('--workers <n>', 'load generator processes, each on its own 127.0.0.x source address (default: one per 10,000 msg/s of --rate)'),
  );

  withTarget(scenario('connections', 'idle authenticated connections, half visitors and half agents: server memory per connection, connect rate, failures', connectionsSchema, (o, onProgress) =>
    runConnections({ count: o.count, holdSeconds: o.hold, workers: o.workers, concurrency: o.concurrency, ...targetOf(ctx.io, o, false), cpuProfDir: profileDir(o.cpuProf), onProgress }),
  )
    .option('--count <n>', 'connections to open (default: 1000)')
    .option('--hold <n>', 'seconds to hold them once all are open (default: 3)')
    .option('--concurrency <n>', 'connection attempts in flight per worker (default: 100)')
    .option('--workers <n>', WORKERS_HELP),
  );

  scenario('routing', 'the routing core in this process: decision time over many agents with many conversations open, and an agent coming online over a full queue', routingSchema, async (o) =>
    runRouting({ agents: o.agents, conversations: o.conversations, decisions: o.decisions, drainRuns: o.runs }),
  )
    .option('--agents <n>', 'agents, all online, in 10 groups (default: 1000)')
    .option('--conversations <n>', 'conversations open while deciding, and queued when an agent comes online (default: 10000)')
    .option('--decisions <n>', 'decisions measured, after as many to warm up (default: 20000)')
    .option('--runs <n>', 'times an agent with room for 50 comes online over the full queue (default: 20)');
  addDashboardScenario(ctx, bench);
  return bench;
}
