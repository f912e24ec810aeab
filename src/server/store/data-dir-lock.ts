import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { WukfError } from '../../proto/errors.js';
import { createPrivateFile } from './file-modes.js';
import { ensureDataDir } from './sqlite-database.js';

/** The lock file in the data directory: a small SQLite database naming the server that holds it. */
export const LOCK_FILE_NAME = 'wukf.lock';

/** What the lock file says about the server that holds it. */
export interface LockHolder {
  pid: number;
  /** The address it was told to listen on, then the URL it serves once it listens. */
  address: string;
  started: string;
}

/**
 * One server per data directory. Two servers on one database both start, then the second's commits
 * collide with the first's (UNIQUE constraint on entries) and live delivery silently stops.
 *
 * The lock is an fcntl lock held by SQLite: the lock file is opened with locking_mode=EXCLUSIVE and
 * written once, after which SQLite keeps its exclusive lock until the connection closes. The operating
 * system drops fcntl locks when the process dies, however it dies, so a server killed with SIGKILL
 * leaves no lock that blocks the next start; a pid file would need guessing whether a pid was reused.
 * The holder's pid and address are stored in the same file: advisory locks do not stop a plain read,
 * so a second server reads the bytes and opens them as an in-memory database to say who holds the lock.
 *
 * Only servers take the lock: `wukf agent …` and the other commands open the database beside a running
 * server, as before.
 */
export class DataDirLock {
  private constructor(
    readonly path: string,
    private readonly db: Db,
  ) {}

  /** Takes the lock, creating the data directory if needed, or throws WUKF_E_DATA_DIR_IN_USE naming the holder. */
  static acquire(dataDir: string, address: string): DataDirLock {
    const path = join(dataDir, LOCK_FILE_NAME);
    ensureDataDir(dataDir, () => createPrivateFile(path));
    let db: Db | undefined;
    try {
      // timeout 0: a held lock is an answer, not something to wait for.
      db = new Database(path, { timeout: 0 });
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, address TEXT NOT NULL, started TEXT NOT NULL)');
      db.prepare('INSERT OR REPLACE INTO holder (id, pid, address, started) VALUES (1, ?, ?, ?)').run(process.pid, address, new Date().toISOString());
      db.exec('COMMIT');
      return new DataDirLock(path, db);
    } catch (err) {
      if (db?.open) db.close();
      const code = (err as { code?: string }).code ?? '';
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(path);
      if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN') {
        throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot write the lock file ${path} (${code}). Check the data directory's owner and mode.`, { cause: err });
      }
      throw new WukfError('WUKF_E_STORE_FAILED', `cannot take the lock file ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Records the URL once the server listens, so a second start can name it. */
  serving(url: string): void {
    this.db.prepare('UPDATE holder SET address = ? WHERE id = 1').run(url);
  }

  /** Releases the lock; the file stays, to be taken by the next start. */
  release(): void {
    if (this.db.open) this.db.close();
  }
}

/** The holder as the lock file says, or undefined while it is being written or unreadable. */
export function readLockHolder(path: string): LockHolder | undefined {
  try {
    const copy = new Database(readFileSync(path));
    try {
      return copy.prepare('SELECT pid, address, started FROM holder WHERE id = 1').get() as LockHolder | undefined;
    } finally {
      copy.close();
    }
  } catch {
    return undefined;
  }
}

function inUse(path: string): WukfError {
  const holder = readLockHolder(path);
  const who = holder ? `pid ${holder.pid}, serving ${holder.address}, since ${holder.started}` : 'its details are still being written';
  return new WukfError('WUKF_E_DATA_DIR_IN_USE', `another wukf server is running on this data directory (${who}); it holds the lock file ${path}. Stop it first, or give this one a data directory of its own (data.dir, WUKF_DATA_DIR).`);
}
