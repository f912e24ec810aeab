import { resolve } from 'node:path';
import { z } from 'zod';
import { WukfError } from '../proto/errors.js';
import { DEFAULT_DIR } from './default-dir.js';
import type { CliIo } from './io.js';

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
    // A check across flags reports all of them as its input: the message names them, and echoing the
    // whole set back would say nothing more.
    const input = 'input' in issue ? issue.input : undefined;
    const got = input !== undefined && (typeof input !== 'object' || input === null) ? `, got ${echo(input)}` : '';
    return `${where}: ${issue.message}${got}`;
  });
  throw new WukfError('WUKF_E_USAGE', lines.join('\n'));
}

/**
 * Input quoted back in a message, cut to a readable length: an error must say what was wrong without
 * repeating a 100,000-character argument (or a pasted secret) whole.
 */
export function echo(value: unknown, max = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…" (${(typeof value === 'string' ? value : text).length} characters)`;
}

export { DEFAULT_DIR } from './default-dir.js';

/** The config directory: --dir, else WUKF_DIR, else ./wukf; absolute. */
export function resolveDir(io: CliIo, dir: string | undefined): string {
  return resolve(io.cwd, dir ?? (io.env.WUKF_DIR || DEFAULT_DIR));
}

export const DIR_OPTION_HELP = `config directory holding wukf.yaml (default: $WUKF_DIR or ${DEFAULT_DIR})`;

/** A flag holding an integer, checked by the same schema as the config key it sets. */
export function integerFlag(schema: z.ZodType<number>, expected: string) {
  return z.string().transform((value, ctx) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!schema.safeParse(n).success) {
      ctx.addIssue({ code: 'custom', message: `expected ${expected}` });
      return z.NEVER;
    }
    return n;
  });
}

/** A string flag checked by a config key's schema, with that key's wording. */
export function stringFlag(schema: z.ZodType<string>, expected: string) {
  return z.string().refine((v) => schema.safeParse(v).success, { error: `expected ${expected}` });
}
