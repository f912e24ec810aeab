import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, constants, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Makes a directory's entries durable: after a rename (or a create) the new name is only on disk once the
 * directory itself is synced. Some platforms cannot open or sync a directory (EISDIR, EINVAL, EPERM on
 * Windows and some network file systems); there is nothing more to do there.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Creates `dir` and any missing parents. Modes are set with chmod, so they do not depend on the umask:
 * `mode` for `dir` itself, 0755 for parents. Directories that already exist are left as they are (they are
 * the operator's). Returns the directories it created, outermost first.
 */
export function makeDirs(dir: string, mode: number): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    mkdirSync(d, { mode: 0o700 });
    chmodSync(d, d === dir ? mode : 0o755);
    fsyncDir(dirname(d));
  }
  return missing;
}

/** Writes bytes to a new file (never an existing one) with exactly `mode`, and syncs them. */
export function writeNewFile(path: string, content: string | Uint8Array, mode: number): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(path, mode);
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go to a
 * temporary file beside the target, are synced, and the temporary file is renamed over the target; the
 * directory is synced so the rename survives a crash.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeNewFile(tmp, content, mode);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  fsyncDir(dirname(path));
}

/**
 * Keeps the current content of `path` under `backup` before it is replaced. A hard link is the same file
 * (content, mode, owner) under a second name and takes one atomic step; where the file system has no hard
 * links, a copy with the mode set again.
 */
export function backupFile(path: string, backup: string): void {
  try {
    linkSync(path, backup);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EMLINK') throw err;
    copyFileSync(path, backup, constants.COPYFILE_EXCL);
    chmodSync(backup, statSync(path).mode & 0o7777);
  }
}

export interface FileChange {
  path: string;
  content: string;
  mode: number;
  /** Where the file's current content is kept before it is replaced; absent for a new file. */
  backup?: string;
  /** Mode of the file's directory when it has to be created. */
  dirMode: number;
}

/**
 * Moves a set of files into place as nearly as one step as a file system allows. What is atomic: each file
 * (a synced temporary file renamed over it) and each backup (a hard link). What is not: the set as a whole,
 * since no portable call renames several files at once. So every file is written and synced first, while
 * nothing is changed yet, and only then are they renamed in quick succession; an error on the way undoes
 * the renames done so far (restoring each backup) and removes what was created. A crash or power loss in
 * that short window can leave some files new and some old; the backups printed by `wukf init` are then the
 * way back.
 */
export class FileTransaction {
  private readonly createdDirs: string[] = [];
  private readonly staged = new Map<string, string>();
  private readonly committed: FileChange[] = [];

  constructor(private readonly changes: readonly FileChange[]) {}

  /** Creates the directories and writes every file beside its target; changes nothing that exists. */
  stage(): void {
    for (const change of this.changes) {
      this.createdDirs.push(...makeDirs(dirname(change.path), change.dirMode));
      const tmp = tempPathFor(change.path);
      this.staged.set(change.path, tmp);
      writeNewFile(tmp, change.content, change.mode);
    }
  }

  /** Backs up and renames every staged file into place; on an error, rolls back and rethrows. */
  commit(): void {
    try {
      for (const change of this.changes) {
        if (change.backup !== undefined && existsSync(change.path)) backupFile(change.path, change.backup);
        renameSync(this.staged.get(change.path)!, change.path);
        this.staged.delete(change.path);
        this.committed.push(change);
        fsyncDir(dirname(change.path));
      }
    } catch (err) {
      this.rollback();
      throw err;
    }
  }

  /** Puts back what commit() moved, removes staged files and the directories created for them. */
  rollback(): void {
    for (const change of this.committed.splice(0).reverse()) {
      quietly(() => {
        if (change.backup !== undefined && existsSync(change.backup)) renameSync(change.backup, change.path);
        else rmSync(change.path, { force: true });
      });
    }
    for (const tmp of this.staged.values()) quietly(() => rmSync(tmp, { force: true }));
    this.staged.clear();
    for (const dir of this.createdDirs.splice(0).reverse()) quietly(() => rmdirSync(dir));
  }
}

/** Cleanup after a failure must not hide the failure itself. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    /* the original error is what the operator needs to see */
  }
}
