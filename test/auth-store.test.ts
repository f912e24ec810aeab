import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAgent } from '../src/server/domain/agent.js';
import { MIGRATIONS, SqliteStore } from '../src/server/store/index.js';

const agent = (username: string, role: NewAgent['role'] = 'agent'): NewAgent => ({
  username,
  displayName: username,
  role,
  skills: [],
  languages: [],
  maxConcurrent: 5,
  timezone: 'UTC',
  hours: null,
});

describe('agent token versions in the store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-auth-store-'));
    file = join(dir, 'data', 'wukf.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds token_version to a database of schema 1, keeping its agents at version 0', async () => {
    const v1 = SqliteStore.open(file, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    expect(v1.schemaVersion).toBe(1);
    await v1.close();
    // Written as schema 1's code wrote it: today's store reads tables that schema does not have yet.
    const db = new Database(file);
    db.prepare(
      `INSERT INTO agents (username, display_name, role, password_hash, max_concurrent, timezone, created_at, updated_at)
       VALUES ('alice', 'alice', 'admin', 'hash', 5, 'UTC', 'then', 'then')`,
    ).run();
    db.close();

    const store = SqliteStore.open(file);
    expect(store.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(await store.getTokenVersion('alice')).toBe(0);
    expect(await store.getAgent('alice')).toMatchObject({ username: 'alice', role: 'admin' });
    await store.close();
  });

  it('moves the version on revoke, a password change and a role change, and not on other updates', async () => {
    const store = SqliteStore.open(file);
    try {
      await store.createAgent(agent('alice', 'admin'), 'hash');
      await store.createAgent(agent('bob'), 'hash');
      expect(await store.getTokenVersion('bob')).toBe(0);
      expect(await store.revokeTokens('bob')).toBe(1);
      expect(await store.getTokenVersion('bob')).toBe(1);
      await store.setPasswordHash('bob', 'new hash');
      expect(await store.getTokenVersion('bob')).toBe(2);
      await store.updateAgent('bob', { maxConcurrent: 9, displayName: 'Bob' });
      expect(await store.getTokenVersion('bob')).toBe(2);
      // Setting the role it already has signs nobody out.
      await store.updateAgent('bob', { role: 'agent' });
      expect(await store.getTokenVersion('bob')).toBe(2);
      await store.updateAgent('bob', { role: 'admin' });
      expect(await store.getTokenVersion('bob')).toBe(3);
      expect(await store.getTokenVersion('alice')).toBe(0);
      await store.removeAgent('bob');
      expect(await store.getTokenVersion('bob')).toBeUndefined();
      await expect(store.revokeTokens('bob')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
    } finally {
      await store.close();
    }
  });
});
