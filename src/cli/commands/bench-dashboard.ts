import type { Command } from 'commander';
import { z } from 'zod';
import { runDashboard, type HoldInfo } from '../../bench/dashboard.js';
import { formatResult } from '../../bench/report.js';
import { action, type CliContext } from '../context.js';
import { hint } from '../invocation.js';
import type { CliIo } from '../io.js';
import { parseOptions } from '../options.js';
import { common, int, profileDir, targetOf, withTarget } from './bench-options.js';

const dashboardSchema = z.object({
  ...common,
  agents: int(1, 5000).default(200),
  conversations: int(1, 15_000).default(1000),
  capacity: int(0, 1000).default(3),
  seconds: int(1, 600).default(10),
  warmup: int(0, 60).default(5),
  rate: int(1, 100_000).default(200),
  watchers: int(1, 100).default(1),
  phases: int(1, 20).default(2),
  hold: z.boolean().default(false),
});

/** Until Ctrl-C (or SIGTERM): a held population is torn down on the way out, as a finished bench's is. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** How to open the console against a held population: the one line a script reads, or the lines a person does. */
function announce(io: CliIo, json: boolean, info: HoldInfo): void {
  // tui takes no default directory: --dir is always given.
  const tui = hint(io, info.dir !== undefined ? `tui --dir ${info.dir}` : `tui --url ${info.url}`);
  if (json) {
    io.stdout.write(`${JSON.stringify({ scenario: 'dashboard', holding: true, ...info, tui })}\n`);
    return;
  }
  io.stdout.write(
    [
      `dashboard: holding ${info.agents} agents online and ${info.conversations} conversations (${info.active} active, ${info.conversations - info.active} queued) under load on ${info.url}`,
      `  open the console as the first admin:  ${tui}`,
      info.dir === undefined ? '  (sign in as an admin of that server)' : '  (the directory and the server go when this stops)',
      '  Ctrl-C stops the load and the server',
      '',
    ].join('\n'),
  );
}

/** `wukf bench dashboard`: the dashboard stream's cost under a live population, or (--hold) the population alone. */
export function addDashboardScenario(ctx: CliContext, bench: Command): void {
  const command = bench
    .command('dashboard')
    .description('agents online and conversations open under a steady message load, measured without and with admins watching the dashboard stream: its frames and bytes, the server’s event loop and CPU, the message relay; --hold keeps the population up for `wukf tui`')
    .option('--json', 'print one JSON object instead of a table', false)
    .action(
      action(ctx, 'bench dashboard', async (raw: Record<string, unknown>) => {
        const o = parseOptions(dashboardSchema, raw);
        const result = await runDashboard({
          agents: o.agents,
          conversations: o.conversations,
          capacity: o.capacity,
          seconds: o.seconds,
          warmupSeconds: o.warmup,
          rate: o.rate,
          watchers: o.watchers,
          phases: o.phases,
          workers: o.workers,
          ...(o.hold ? { hold: { until: interrupted(), onReady: (info: HoldInfo) => announce(ctx.io, o.json, info) } } : {}),
          ...targetOf(ctx.io, o, true),
          cpuProfDir: profileDir(o.cpuProf),
          onProgress: (line) => {
            if (!o.json) ctx.io.stderr.write(`${line}\n`);
          },
        });
        if (result) ctx.io.stdout.write(o.json ? `${JSON.stringify(result)}\n` : formatResult(result));
        return 0;
      }),
    );
  withTarget(command)
    .option('--agents <n>', 'agent accounts online, one connection each (default: 200)')
    .option('--conversations <n>', 'conversations open, one visitor connection each; conversation k is in agent k mod agents’s group (default: 1000)')
    .option('--capacity <n>', 'max_concurrent of each agent: each claims that many of its conversations, the rest wait in its queue (default: 3)')
    .option('--rate <n>', 'messages per second offered in total, both sides of every active conversation, open loop (default: 200)')
    .option('--watchers <n>', 'admins subscribed to the dashboard in the phases with it (default: 1)')
    .option('--seconds <n>', 'measured duration of each phase (default: 10)')
    .option('--phases <n>', 'pairs of phases, without then with the dashboard (default: 2)')
    .option('--warmup <n>', 'seconds of load before the first phase (default: 5)')
    .option('--workers <n>', 'load generator processes, each on its own 127.0.0.x source address (default: 2)')
    .option('--hold', 'keep the population up under load until Ctrl-C instead of measuring, and print how to open `wukf tui` on it', false);
}
