import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAgent } from '../src/server/domain/agent.js';
import { MIGRATIONS, SqliteStore } from '../src/server/store/index.js';

const agent = (username: string, groups?: string[]): NewAgent => ({
  username,
  displayName: username,
  role: 'agent',
  skills: [],
  languages: [],
  maxConcurrent: 5,
  timezone: 'UTC',
  hours: null,
  ...(groups ? { groups } : {}),
});

const group = (name: string, fallback: string | null = null) => ({ name, displayName: name.toUpperCase(), description: '', fallback });

describe('groups in the SQLite store', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-groups-'));
    file = join(dir, 'data', 'wukf.db');
    store = SqliteStore.open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates, lists, updates groups and keeps them across reopen', async () => {
    await store.createGroup(group('sales'));
    await store.createGroup({ ...group('billing', 'sales'), description: 'invoices\nand refunds' });
    await expect(store.createGroup(group('sales'))).rejects.toMatchObject({ code: 'WUKF_E_GROUP_EXISTS' });
    await store.updateGroup('sales', { displayName: 'Sales team' });
    await store.close();
    store = SqliteStore.open(file);
    expect(await store.listGroups()).toMatchObject([
      { name: 'billing', displayName: 'BILLING', description: 'invoices\nand refunds', fallback: 'sales', members: [] },
      { name: 'sales', displayName: 'Sales team', fallback: null, members: [] },
    ]);
    await expect(store.updateGroup('nosuch', { description: 'x' })).rejects.toMatchObject({ code: 'WUKF_E_GROUP_NOT_FOUND' });
    expect(await store.getGroup('nosuch')).toBeUndefined();
  });

  it('refuses a fallback that does not exist, is the group itself, or closes a cycle', async () => {
    await expect(store.createGroup(group('a', 'ghost'))).rejects.toMatchObject({ code: 'WUKF_E_INVALID_INPUT', field: 'fallback' });
    await expect(store.createGroup(group('a', 'a'))).rejects.toMatchObject({ code: 'WUKF_E_INVALID_INPUT', field: 'fallback' });
    await store.createGroup(group('a'));
    await store.createGroup(group('b', 'a'));
    await store.createGroup(group('c', 'b'));
    await expect(store.updateGroup('a', { fallback: 'c' })).rejects.toMatchObject({
      code: 'WUKF_E_INVALID_INPUT',
      field: 'fallback',
      message: expect.stringContaining('a -> c -> b -> a'),
    });
    expect((await store.getGroup('a'))!.fallback).toBeNull();
    // Re-pointing along the chain without a cycle is fine, and null clears a fallback.
    await store.updateGroup('c', { fallback: 'a' });
    await store.updateGroup('b', { fallback: null });
    expect((await store.listGroups()).map((g) => [g.name, g.fallback])).toEqual([['a', null], ['b', null], ['c', 'a']]);
  });

  it('writes memberships with the agent, replaces them on update and refuses unknown groups', async () => {
    await store.createGroup(group('sales'));
    await store.createGroup(group('billing'));
    expect((await store.createAgent(agent('ann', ['sales', 'billing']), 'x')).groups).toEqual(['billing', 'sales']);
    await expect(store.createAgent(agent('bob', ['sales', 'ghost']), 'x')).rejects.toMatchObject({
      code: 'WUKF_E_INVALID_INPUT',
      field: 'groups',
      message: expect.stringContaining('"ghost"'),
    });
    // Nothing half-written: the refused account is not there.
    expect(await store.getAgent('bob')).toBeUndefined();
    expect((await store.updateAgent('ann', { groups: ['billing', 'billing'] })).groups).toEqual(['billing']);
    expect((await store.updateAgent('ann', { maxConcurrent: 2 })).groups).toEqual(['billing']);
    await expect(store.updateAgent('ann', { groups: ['ghost'] })).rejects.toMatchObject({ field: 'groups' });
    expect((await store.getAgent('ann'))!.groups).toEqual(['billing']);
    expect((await store.getGroup('billing'))!.members).toEqual(['ann']);
    expect((await store.listAgents()).find((a) => a.username === 'ann')!.groups).toEqual(['billing']);
  });

  it('refuses to remove a group in use unless forced, then detaches members and fallbacks', async () => {
    await store.createGroup(group('sales'));
    await store.createGroup(group('billing', 'sales'));
    await store.createAgent(agent('ann', ['sales', 'billing']), 'x');
    await expect(store.removeGroup('sales')).rejects.toMatchObject({
      code: 'WUKF_E_GROUP_IN_USE',
      message: expect.stringMatching(/ann belong.*billing falls back/),
    });
    await expect(store.removeGroup('ghost')).rejects.toMatchObject({ code: 'WUKF_E_GROUP_NOT_FOUND' });
    expect(await store.removeGroup('sales', { force: true })).toEqual({ members: ['ann'], fallbackOf: ['billing'] });
    expect(await store.getGroup('sales')).toBeUndefined();
    expect((await store.getAgent('ann'))!.groups).toEqual(['billing']);
    expect((await store.getGroup('billing'))!.fallback).toBeNull();
    // A removed agent leaves its groups.
    await store.removeAgent('ann');
    expect((await store.getGroup('billing'))!.members).toEqual([]);
    await store.removeGroup('billing');
    expect(await store.check()).toEqual([]);
  });

  it('migrates a database of the previous schema and keeps its agents, in no group', async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const before = MIGRATIONS.filter((m) => m.version < MIGRATIONS.find((g) => g.name === 'groups')!.version);
    await SqliteStore.open(file, { migrations: before }).close();
    // Written as that schema's code wrote it: today's store reads memberships that table does not have yet.
    const db = new Database(file);
    db.prepare(
      `INSERT INTO agents (username, display_name, role, password_hash, skills, languages, max_concurrent, timezone, hours, created_at, updated_at)
       VALUES ('ann', 'Ann', 'admin', 'hash', '["billing"]', '[]', 5, 'UTC', NULL, 'then', 'then')`,
    ).run();
    expect(db.pragma('user_version', { simple: true })).toBe(before.at(-1)!.version);
    db.close();
    store = SqliteStore.open(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(await store.getAgent('ann')).toMatchObject({ role: 'admin', skills: ['billing'], groups: [] });
    expect(await store.getPasswordHash('ann')).toBe('hash');
    await store.createGroup(group('sales'));
    expect((await store.updateAgent('ann', { groups: ['sales'] })).groups).toEqual(['sales']);
  });
});
