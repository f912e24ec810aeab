import { closeSync, openSync } from 'node:fs';

/**
 * Creates an empty file readable by its owner only, unless it exists. SQLite creates a database with
 * 0644 minus the umask (0644 under root's usual umask), and gives its -wal, -shm and journal files the
 * database's mode: a database that exists as 0600 before SQLite opens it keeps every file of it private.
 * An empty file is a valid empty database. The mode is given at creation, so the umask can only narrow it.
 */
export function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}
