import { timingSafeEqual } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `wukf init` (and `wukf start --auto-init`) put the first admin's password when standard output is
 * not a terminal: supervisors and container runtimes keep stdout in their logs, and a password must not
 * end up there. The file (0600, in the data directory) holds the password and a newline, nothing else, so
 * `wukf agent verify admin --password-stdin < data/initial-admin-password` works. It is deleted once it
 * has served: after a successful login with that password, or when the password is changed.
 */
export const INITIAL_PASSWORD_FILE = 'initial-admin-password';

export function initialPasswordPath(dataDir: string): string {
  return join(dataDir, INITIAL_PASSWORD_FILE);
}

/** The password in the file, or undefined when there is no file (the usual case). */
export function readInitialPassword(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Deletes the file if it holds this password (compared in constant time): someone logged in with it, so it
 * has been read and is no longer needed. Returns whether it was deleted.
 */
export function forgetInitialPasswordIfUsed(path: string, password: string): boolean {
  const stored = readInitialPassword(path);
  if (stored === undefined) return false;
  const [a, b] = [Buffer.from(stored), Buffer.from(password)];
  if (a.length !== b.length || !timingSafeEqual(a, b)) return false;
  rmSync(path, { force: true });
  return true;
}
