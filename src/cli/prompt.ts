import { action, type CliContext } from './context.js';
import type { CliIo } from './io.js';

/** Exit status after Ctrl-C (or Ctrl-D) at a prompt, as for a process ended by SIGINT. */
export const CANCELLED_EXIT = 130;

export function promptContext(io: CliIo) {
  return { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
}

/**
 * action() for commands that may prompt. Interrupting a prompt is the operator changing their mind, not
 * a failure: say that nothing changed and exit 130, instead of a stack trace as an internal error.
 */
export function promptingAction<A extends unknown[]>(ctx: CliContext, name: string, fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return action(ctx, name, async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      if (!(err instanceof Error && err.name === 'ExitPromptError')) throw err;
      ctx.io.stderr.write(`\nwukf ${name}: cancelled; nothing was changed\n`);
      return CANCELLED_EXIT;
    }
  });
}
