import { run } from './index.js';
import { processIo } from './io.js';

/** The binary's entry: bin/wukf.js awaits this and exits with the result. */
export function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIo());
}
