import { Command } from 'commander';
import type { CliIo } from './io.js';
import { resolveDir } from './options.js';
import { reportError } from './report-error.js';

/** Shared by every command of one invocation: where to write, and the exit status to return. */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}

/** The config directory the invoked command works on (its --dir, else the default), for the hints. */
function commandDir(io: CliIo, args: readonly unknown[]): string {
  const command = args.at(-1);
  const dir = command instanceof Command ? command.opts().dir : undefined;
  return resolveDir(io, typeof dir === 'string' && dir !== '' ? dir : undefined);
}

/**
 * Wraps a command's action: its resolved number becomes the exit status; an error is printed by
 * reportError ("wukf <command>: <message>" and its code) and mapped to its exit status.
 */
export function action<A extends unknown[]>(ctx: CliContext, name: string, fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      ctx.exitCode = await fn(...args);
    } catch (err) {
      ctx.exitCode = reportError(ctx.io, name, err, commandDir(ctx.io, args));
    }
  };
}
