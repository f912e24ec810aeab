import { run } from './index.js';
import { processIo } from './io.js';

/** The binary's entry: bin/wukf.js awaits this and exits with the result. */
export async function main(argv: readonly string[]): Promise<number> {
  const io = processIo();
  try {
    return await run(argv, io);
  } catch (err) {
    // Outside any command's action (a command's module failing to load, say): printed the same way.
    const { reportError } = await import('./report-error.js');
    return reportError(io, undefined, err);
  }
}
