import { Command, CommanderError } from 'commander';
import { version } from '../install/index.js';
import { ERRORS } from '../proto/errors.js';
import { agentCommand } from './commands/agent/index.js';
import { benchCommand } from './commands/bench.js';
import { conversationCommand } from './commands/conversation/index.js';
import { doctorCommand } from './commands/doctor.js';
import { groupCommand } from './commands/group/index.js';
import { initCommand } from './commands/init.js';
import { startCommand } from './commands/start.js';
import { tuiCommand } from './commands/tui.js';
import type { CliContext } from './context.js';
import type { CliIo } from './io.js';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('wukf')
    .description('wukf (唯一客服): self-hosted real-time customer service. Docs: README.md')
    .version(version, '-v, --version', 'print the wukf version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .addCommand(initCommand(ctx))
    .addCommand(startCommand(ctx))
    .addCommand(agentCommand(ctx))
    .addCommand(groupCommand(ctx))
    .addCommand(conversationCommand(ctx))
    .addCommand(tuiCommand(ctx))
    .addCommand(doctorCommand(ctx))
    .addCommand(benchCommand(ctx));
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
  const program = buildProgram(ctx);
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
