import { Command, CommanderError } from 'commander';
import { version } from '../install/package.js';
import { ERRORS } from '../proto/errors.js';
import type { CliContext } from './context.js';
import type { CliIo } from './io.js';
import { addLazyCommands, type LazyCommand } from './lazy.js';
import { DEFAULT_DIR } from './default-dir.js';

/** Every top-level command; each module is imported only when invoked (see lazy.ts). */
export const COMMANDS: readonly LazyCommand[] = [
  {
    name: 'init',
    term: 'init [options]',
    description: 'create a config directory: wukf.yaml, secrets, TLS, data dir with the first admin, systemd unit and compose file',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  {
    name: 'start',
    term: 'start [options]',
    description: 'run the wukf server (HTTP(S) + WebSocket on one port) until SIGTERM or Ctrl-C',
    load: async () => (await import('./commands/start.js')).startCommand,
  },
  {
    name: 'agent',
    term: 'agent',
    description: 'manage agents and admins: add, list, update, remove, passwd, verify, revoke, unlock',
    load: async () => (await import('./commands/agent/index.js')).agentCommand,
  },
  {
    name: 'group',
    term: 'group',
    description: 'manage groups (departments): add, list, update, remove; members with `wukf agent update --groups`',
    load: async () => (await import('./commands/group/index.js')).groupCommand,
  },
  {
    name: 'conversation',
    term: 'conversation',
    description: 'list, close and purge conversations',
    load: async () => (await import('./commands/conversation/index.js')).conversationCommand,
  },
  {
    name: 'tui',
    term: 'tui [options]',
    description: 'the agent console in the terminal: offers, your conversations, the queue, chat',
    load: async () => (await import('./commands/tui.js')).tuiCommand,
  },
  {
    name: 'doctor',
    term: 'doctor [options]',
    description: 'check the Node.js version, config, secrets, TLS certificate, data directory, database and port',
    load: async () => (await import('./commands/doctor.js')).doctorCommand,
  },
  {
    name: 'bench',
    term: 'bench',
    description: 'measure wukf: starts its own server in a temp dir (or loads a running one with --url); load comes from worker processes',
    load: async () => (await import('./commands/bench.js')).benchCommand,
  },
];

/** The program for one invocation: `argv` (node, script, args…) decides which command is loaded for real. */
export async function buildProgram(ctx: CliContext, argv: readonly string[]): Promise<Command> {
  const program = new Command('wukf')
    .description('wukf (唯一客服): self-hosted real-time customer service. Docs: README.md')
    .version(version, '-v, --version', 'print the wukf version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nEvery command works on a config directory: --dir, else $WUKF_DIR, else ${DEFAULT_DIR}.\nWUKF_DEBUG=1 prints the stack trace of an unexpected error. Error codes and exit statuses: docs/errors.md\n`);
  await addLazyCommands(program, ctx, COMMANDS, argv.slice(2));
  applyIo(program, ctx.io);
  return program;
}

/** Every (sub)command writes through the injected streams and reports errors instead of exiting. */
function applyIo(command: Command, io: CliIo): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const sub of command.commands) applyIo(sub, io);
}

/** Runs one invocation and returns its exit status; never exits the process. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = await buildProgram(ctx, argv);
  try {
    await program.parseAsync([...argv], { from: 'node' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0;
      // Commander has already printed what was wrong; usage errors exit 64 (EX_USAGE).
      return ERRORS.WUKF_E_USAGE.exit;
    }
    throw err;
  }
}
