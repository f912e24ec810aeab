import { Command } from 'commander';
import { z } from 'zod';
import { runRelay } from '../../bench/relay.js';
import { action, type CliContext } from '../context.js';
import { integerFlag, parseOptions } from '../options.js';

const relaySchema = z.object({
  pairs: integerFlag(z.number().int().min(1).max(5000), 'an integer 1-5000').default(100),
  seconds: integerFlag(z.number().int().min(1).max(600), 'an integer 1-600').default(10),
  window: integerFlag(z.number().int().min(1).max(1024), 'an integer 1-1024').default(8),
  warmup: integerFlag(z.number().int().min(0).max(60), 'an integer 0-60').default(1),
  json: z.boolean().default(false),
});

/** `wukf bench`: measure this machine. Starts its own server in a temp dir and removes it afterwards. */
export function benchCommand(ctx: CliContext): Command {
  const bench = new Command('bench').description('measure wukf on this machine (starts its own server in a temp dir)');
  bench
    .command('relay')
    .description('visitor-agent pairs exchanging messages over real sockets, persistence on: messages/s and end-to-end latency')
    .option('--pairs <n>', 'visitor-agent pairs (default: 100)')
    .option('--seconds <n>', 'measured duration (default: 10)')
    .option('--window <n>', 'unacknowledged messages each side keeps in flight (default: 8)')
    .option('--warmup <n>', 'seconds of load before measuring (default: 1)')
    .option('--json', 'print one JSON object instead of a table', false)
    .action(
      action(ctx, 'bench relay', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(relaySchema, raw);
        const progress = (line: string) => {
          if (!opts.json) ctx.io.stderr.write(`${line}\n`);
        };
        const result = await runRelay({ pairs: opts.pairs, seconds: opts.seconds, window: opts.window, warmupSeconds: opts.warmup, onProgress: progress });
        if (opts.json) {
          ctx.io.stdout.write(`${JSON.stringify(result)}\n`);
        } else {
          const l = result.latencyMs;
          ctx.io.stdout.write(
            [
              `relay: ${result.pairs} pairs, window ${result.window}, ${result.seconds} s`,
              `  throughput   ${result.messagesPerSecond} msg/s delivered (${result.sent} sent, ${result.acked} acked, ${result.delivered} delivered)`,
              `  latency ms   p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  mean ${l.mean}`,
              `  server       rss ${Math.round((result.server.rssBytes ?? 0) / 1048576)} MiB, cpu ${result.server.cpuSeconds ?? '?'} s`,
              '',
            ].join('\n'),
          );
        }
        return 0;
      }),
    );
  return bench;
}
