import { Command, Help } from 'commander';
import type { CliContext } from './context.js';

/**
 * A subcommand known by name before its module is loaded. Loading every command up front pulls in the
 * server, TLS and prompt libraries: most of a second before `wukf --version` could answer. So a parent lists
 * placeholders (name, help term, description) and imports only the command its arguments invoke.
 */
export interface LazyCommand {
  name: string;
  /** How the parent's help lists it, as commander would for the real command: "init [options]", "agent". */
  term: string;
  description: string;
  load: () => Promise<(ctx: CliContext) => Command>;
}

/**
 * The subcommand `args` (what follows the parent on the command line) invokes: the first operand, or the one
 * after `help`. The parents using this take no options with values, so an operand is anything not a flag.
 */
export function invokedName(args: readonly string[]): string | undefined {
  const operands = args.filter((a) => !a.startsWith('-'));
  return operands[0] === 'help' ? operands[1] : operands[0];
}

/** Adds `table` to `parent`: the invoked command built for real, the others as placeholders for the help. */
export async function addLazyCommands(parent: Command, ctx: CliContext, table: readonly LazyCommand[], args: readonly string[]): Promise<Command> {
  const invoked = invokedName(args);
  const terms = new Map<Command, string>();
  for (const entry of table) {
    if (entry.name === invoked) {
      parent.addCommand((await entry.load())(ctx));
    } else {
      const placeholder = new Command(entry.name).description(entry.description);
      terms.set(placeholder, entry.term);
      parent.addCommand(placeholder);
    }
  }
  const standard = new Help();
  return parent.configureHelp({ subcommandTerm: (cmd) => terms.get(cmd) ?? standard.subcommandTerm(cmd) });
}
