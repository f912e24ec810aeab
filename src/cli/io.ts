import type { Readable } from 'node:stream';

/** Where a command reads and writes. The binary passes the process's streams; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Interactive means a person can answer prompts: stdin and stdout are terminals. */
export function isInteractive(io: CliIo): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}
