import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { WukfError } from '../../proto/errors.js';
import { createPrivateFile } from './file-modes.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** Told about migrations and backups; the store itself never logs. */
export type StoreEventListener = (event: string, detail: Record<string, unknown>) => void;

/**
 * Opens (creating if needed) the database file and brings its schema up to the newest migration. Any
 * failure is a WukfError naming the file: an unwritable data directory, a failed open, a failed migration.
 */
export function openMigratedDatabase(file: string, migrations: readonly Migration[], onEvent: StoreEventListener | undefined): { db: Db; version: number } {
  prepareDataDir(file);
  const opened = openDatabase(file);
  try {
    return migrate(opened, file, migrations, onEvent);
  } catch (err) {
    if (opened.open) opened.close();
    if (err instanceof WukfError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_WRITE') {
      throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot write ${file} (${code}). Check the data directory's owner and mode.`, { cause: err });
    }
    throw new WukfError('WUKF_E_STORE_FAILED', `cannot prepare ${file}: ${(err as Error).message}`, { cause: err });
  }
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT']);

/**
 * Creates the data directory (0700) if needed and the database file (0600) if it does not exist: the
 * database holds password hashes and every conversation, whatever the process's umask.
 */
function prepareDataDir(file: string): void {
  ensureDataDir(dirname(file), () => createPrivateFile(file));
}

/** Creates the data directory (0700, whatever the umask) if needed and checks it can be written. */
export function ensureDataDir(dir: string, then: () => void = () => undefined): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK | constants.X_OK);
    then();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    if (!UNWRITABLE.has(code)) throw err;
    throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `data directory ${dir} is not writable (${code}). Check data.dir in wukf.yaml and the directory's owner and mode.`, { cause: err });
  }
}

function openDatabase(file: string): Db {
  try {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the caller hears of it, which is what lets wukf ack after commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
      throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot open ${file} for writing (${code}). Check the data directory's owner and mode.`, { cause: err });
    }
    throw new WukfError('WUKF_E_STORE_FAILED', `cannot open ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Brings the schema up to the newest migration. An existing database is first copied aside
 * (<file>.before-v<N>) with VACUUM INTO; if a migration fails, the copy is put back, so the data is
 * exactly as it was before the attempt.
 */
function migrate(db: Db, file: string, migrations: readonly Migration[], onEvent: StoreEventListener | undefined): { db: Db; version: number } {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    db.close();
    throw new WukfError('WUKF_E_STORE_FAILED', `${file} has schema version ${current}, newer than this wukf understands (${latest}). Upgrade wukf.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { db, version: current };

  let backup: string | undefined;
  if (current > 0) {
    backup = `${file}.before-v${pending[0]!.version}`;
    rmSync(backup, { force: true });
    // VACUUM INTO accepts an empty file and keeps its mode: the copy is as private as the database.
    createPrivateFile(backup);
    db.exec(`VACUUM INTO '${backup.replaceAll("'", "''")}'`);
    onEvent?.('store.backup', { file, backup, from: current });
  }
  let version = current;
  try {
    for (const migration of pending) {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
      version = migration.version;
      onEvent?.('store.migrated', { file, version, name: migration.name });
    }
    return { db, version };
  } catch (err) {
    db.close();
    if (backup) {
      removeDatabaseFiles(file);
      copyFileSync(backup, file);
      chmodSync(file, 0o600);
    } else {
      removeDatabaseFiles(file);
    }
    const failed = pending.find((m) => m.version === version + 1) ?? pending[0]!;
    const restored = backup ? `; the database was restored from ${backup}` : '; the new database was removed';
    throw new WukfError('WUKF_E_MIGRATION_FAILED', `migration ${failed.version} (${failed.name}) failed: ${(err as Error).message}${restored}`, { cause: err });
  }
}

/** PRAGMA quick_check: an empty list when it finds nothing wrong. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

export interface DatabaseInspection {
  schemaVersion: number;
  latestVersion: number;
  /** Empty when PRAGMA quick_check finds nothing wrong. */
  problems: string[];
}

/**
 * Looks at a database without changing it: opened read-only, no migrations, no checkpoint. Safe while
 * a server has the file open; used by `wukf doctor`.
 */
export function inspectDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): DatabaseInspection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return { schemaVersion, latestVersion: migrations.at(-1)?.version ?? 0, problems: quickCheck(db) };
  } finally {
    db.close();
  }
}
