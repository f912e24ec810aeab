import { existsSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { WukfError } from '../proto/errors.js';
import { resolvePaths } from '../server/config/index.js';
import { generatePassword, hashPassword } from '../server/auth/password.js';
import { SqliteStore } from '../server/store/index.js';
import { FileTransaction, makeDirs, writeNewFile, type FileChange } from './files.js';
import type { ScaffoldPlan, ScaffoldResult } from './scaffold.js';
import { fileSystemCause, isFileSystemError } from '../server/fs-error.js';

/** A directory that holds a secret or a private key is the service user's alone. */
function dirModes(plan: ScaffoldPlan): Map<string, number> {
  const modes = new Map<string, number>();
  for (const f of plan.files) {
    const dir = dirname(f.path);
    if (f.mode === 0o600) modes.set(dir, 0o700);
    else if (!modes.has(dir)) modes.set(dir, 0o755);
  }
  return modes;
}

/**
 * Writes a plan. Every file is staged beside its target first (FileTransaction), the database is opened
 * (created 0600 and migrated when new), and only then are the files renamed into place, backups first;
 * the admin's password is set last, in one statement, so a failure at any step leaves the files as they
 * were. An existing database is never replaced; its admin's password is reset in it.
 */
export async function applyScaffold(plan: ScaffoldPlan): Promise<ScaffoldResult> {
  const { dir } = plan.options;
  const password = generatePassword();
  const hash = await hashPassword(password);
  const modes = dirModes(plan);
  const changes: FileChange[] = plan.files
    .filter((f) => f.action !== 'keep')
    .map((f) => ({ path: f.path, content: f.content, mode: f.mode, backup: f.backup, dirMode: modes.get(dirname(f.path)) ?? 0o755 }));
  const files = new FileTransaction(changes);
  const createdDirs: string[] = [];
  const databaseIsNew = !existsSync(plan.database);
  let store: SqliteStore | undefined;
  try {
    createdDirs.push(...makeDirs(dir, 0o755));
    files.stage();
    createdDirs.push(...makeDirs(resolvePaths(plan.config, dir).dataDir, 0o700));
    // SQLite creates a database with 0644 whatever the directory's mode; an empty file is a valid empty
    // database, and its WAL and index files take its mode.
    if (databaseIsNew) writeNewFile(plan.database, '', 0o600);
    store = SqliteStore.open(plan.database);
    files.commit();
    if (plan.admin.action === 'reset') {
      await store.setPasswordHash(plan.admin.username, hash);
    } else {
      await store.createAgent(
        { username: plan.admin.username, displayName: 'Administrator', role: 'admin', skills: [], languages: [], maxConcurrent: 10, timezone: 'UTC', hours: null },
        hash,
      );
    }
    await store.close();
    store = undefined;
  } catch (err) {
    if (store) await store.close().catch(() => undefined);
    files.rollback();
    if (databaseIsNew) for (const suffix of ['', '-wal', '-shm']) quietly(() => rmSync(plan.database + suffix, { force: true }));
    for (const d of createdDirs.reverse()) quietly(() => rmdirSync(d));
    throw asInstallError(err, dir);
  }
  return { admin: { username: plan.admin.username, password, existed: plan.admin.action === 'reset' } };
}

function asInstallError(err: unknown, dir: string): unknown {
  if (err instanceof WukfError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EEXIST') {
    return new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot write in ${dir}: ${isFileSystemError(err) ? fileSystemCause(err) : code}`, { cause: err });
  }
  return err;
}

/** Cleanup after a failure must not hide the failure itself. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    /* the original error is what the operator needs to see */
  }
}
