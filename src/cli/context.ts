import { ERRORS, isWukfError } from '../proto/errors.js';
import type { CliIo } from './io.js';

/** Shared by every command of one invocation: where to write, and the exit status to return. */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}

/**
 * Wraps a command's action: its resolved number becomes the exit status; a WukfError is printed as
 * "wukf <command>: <message>" with its code and mapped to its exit status; anything else is a bug (70).
 */
export function action<A extends unknown[]>(ctx: CliContext, name: string, fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      ctx.exitCode = await fn(...args);
    } catch (err) {
      if (isWukfError(err)) {
        ctx.io.stderr.write(`wukf ${name}: ${err.message}\n  (${err.code}: ${ERRORS[err.code].summary})\n`);
        ctx.exitCode = err.exitCode;
      } else {
        ctx.io.stderr.write(`wukf ${name}: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
        ctx.exitCode = ERRORS.WUKF_E_INTERNAL.exit;
      }
    }
  };
}
