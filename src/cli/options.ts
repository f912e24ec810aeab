import { resolve } from 'node:path';
import type { z } from 'zod';
import { WukfError } from '../server/errors.js';
import type { CliIo } from './io.js';
import { DEFAULT_DIR } from './paths.js';

function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Parses a command's options with its zod schema. A failure is WUKF_E_USAGE naming the flag:
 * "--port: expected an integer 1-65535, got "abc"".
 */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path[0];
    const where = key === undefined ? 'options' : flagName(String(key));
    const got = 'input' in issue && issue.input !== undefined ? `, got ${JSON.stringify(issue.input)}` : '';
    return `${where}: ${issue.message}${got}`;
  });
  throw new WukfError('WUKF_E_USAGE', lines.join('\n'));
}

/** The config directory: --dir, else WUKF_DIR, else ./wukf; absolute. */
export function resolveDir(io: CliIo, dir: string | undefined): string {
  return resolve(io.cwd, dir ?? (io.env.WUKF_DIR || DEFAULT_DIR));
}

export const DIR_OPTION_HELP = `config directory holding wukf.yaml (default: $WUKF_DIR or ${DEFAULT_DIR})`;
