import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.js';
import { DEFAULT_DIR } from './options.js';

/** This package's bin/wukf.js (dist/cli/invocation.js -> ../../bin). */
const ownBin = fileURLToPath(new URL('../../bin/wukf.js', import.meta.url));
const packageRoot = resolve(ownBin, '../..');

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * How the operator can run this same wukf again, for the hints a command prints: `wukf` when that name on
 * PATH is this installation, `npx wukf` from inside a clone (npm runs a project's own bin), and
 * `node <bin/wukf.js>` otherwise. A hint is only useful if it runs as printed.
 */
export function wukfCommand(io: Pick<CliIo, 'env' | 'cwd'>): string {
  const self = realpathOrSelf(ownBin);
  for (const dir of (io.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'wukf');
    if (existsSync(candidate) && realpathOrSelf(candidate) === self) return 'wukf';
  }
  const cwd = realpathOrSelf(io.cwd);
  if (cwd === realpathOrSelf(packageRoot)) return 'npx wukf';
  const rel = relative(cwd, self);
  return `node ${rel.startsWith('..') || rel === '' ? self : rel}`;
}

/**
 * The ` --dir <path>` a hint needs to reach `dir` from the operator's shell: nothing when the default
 * (WUKF_DIR, else ./wukf) already resolves there, the path relative to the working directory when shorter.
 */
export function dirArgument(io: Pick<CliIo, 'env' | 'cwd'>, dir: string): string {
  const fallback = resolve(io.cwd, io.env.WUKF_DIR || DEFAULT_DIR);
  if (resolve(dir) === fallback) return '';
  const rel = relative(io.cwd, dir);
  const shown = rel && !rel.startsWith('..') && rel.length < dir.length ? rel : dir;
  return ` --dir ${/^[\w./@%+=:,-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`}`;
}

/** `wukf <args> [--dir …]` as the operator can paste it. */
export function hint(io: Pick<CliIo, 'env' | 'cwd'>, args: string, dir?: string): string {
  return `${wukfCommand(io)} ${args}${dir === undefined ? '' : dirArgument(io, dir)}`;
}
