import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAgent } from '../src/server/domain/agent.js';
import { MIGRATIONS, SqliteStore, type Migration } from '../src/server/store/index.js';

const alice: NewAgent = {
  username: 'alice',
  displayName: 'Alice',
  role: 'admin',
  skills: ['billing'],
  languages: ['en'],
  maxConcurrent: 5,
  timezone: 'UTC',
  hours: null,
};

describe('SqliteStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-store-'));
    file = join(dir, 'data', 'wukf.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data dir and database in WAL mode with foreign keys and a busy timeout', async () => {
    const store = SqliteStore.open(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
    // close() checkpoints: nothing is left in the write-ahead log.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('keeps agents across reopen and enforces unique usernames and the last admin', async () => {
    const store = SqliteStore.open(file);
    await store.createAgent(alice, 'hash');
    await expect(store.createAgent(alice, 'hash')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_EXISTS' });
    await expect(store.removeAgent('alice')).rejects.toMatchObject({ code: 'WUKF_E_LAST_ADMIN' });
    await expect(store.updateAgent('alice', { role: 'agent' })).rejects.toMatchObject({ code: 'WUKF_E_LAST_ADMIN' });
    await expect(store.updateAgent('nobody', { role: 'agent' })).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
    await store.close();
    const again = SqliteStore.open(file);
    expect(await again.getAgent('alice')).toMatchObject({ displayName: 'Alice', skills: ['billing'], hours: null });
    expect(await again.check()).toEqual([]);
    await again.close();
  });

  it('creates the database, its -wal and -shm, and the pre-migration copy 0600 under umask 000', async () => {
    const umask = process.umask(0);
    try {
      const first = SqliteStore.open(file);
      await first.createAgent(alice, 'hash');
      await first.close();
      const next: Migration = { version: MIGRATIONS.at(-1)!.version + 1, name: 'adds a table', up: (db) => db.exec('CREATE TABLE extra (x INTEGER)') };
      const store = SqliteStore.open(file, { migrations: [...MIGRATIONS, next] });
      try {
        await store.getAgent('alice');
        const modes = Object.fromEntries([file, `${file}-wal`, `${file}-shm`, `${file}.before-v${next.version}`].map((f) => [f, (statSync(f).mode & 0o777).toString(8)]));
        expect(Object.values(modes), JSON.stringify(modes)).toEqual(['600', '600', '600', '600']);
        expect((statSync(join(dir, 'data')).mode & 0o777).toString(8)).toBe('700');
      } finally {
        await store.close();
      }
    } finally {
      process.umask(umask);
    }
  });

  it('copies the database aside before migrating and restores it when a migration fails', async () => {
    const store = SqliteStore.open(file);
    await store.createAgent(alice, 'hash');
    await store.close();

    const failing: Migration = {
      version: MIGRATIONS.at(-1)!.version + 1,
      name: 'breaks halfway',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        db.exec("UPDATE agents SET display_name = 'changed'");
        throw new Error('boom');
      },
    };
    const events: string[] = [];
    expect(() => SqliteStore.open(file, { migrations: [...MIGRATIONS, failing], onEvent: (e) => events.push(e) })).toThrow(
      expect.objectContaining({ code: 'WUKF_E_MIGRATION_FAILED', message: expect.stringContaining('restored from') }),
    );
    expect(events).toContain('store.backup');
    expect(existsSync(`${file}.before-v${failing.version}`)).toBe(true);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT display_name FROM agents').get()).toEqual({ display_name: 'Alice' });
    db.close();

    // The released migrations still open the restored database.
    const reopened = SqliteStore.open(file);
    expect((await reopened.listAgents()).map((a) => a.username)).toEqual(['alice']);
    await reopened.close();
  });

  it('refuses a database written by a newer wukf', async () => {
    (await SqliteStore.open(file).close());
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(expect.objectContaining({ code: 'WUKF_E_STORE_FAILED', message: expect.stringContaining('newer') }));
  });

  it('reports an unwritable data directory with its path', () => {
    // A regular file where the data directory should be: unwritable even for root.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'x');
    expect(() => SqliteStore.open(join(blocked, 'data', 'wukf.db'))).toThrow(
      expect.objectContaining({ code: 'WUKF_E_DATA_DIR_UNWRITABLE', message: expect.stringContaining(blocked) }),
    );
  });
});
