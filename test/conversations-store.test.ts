import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claim, close, open, type Conversation, type Participant } from '../src/server/domain/conversation.js';
import { SqliteStore } from '../src/server/store/index.js';
import { ConversationWriter } from '../src/server/store/conversation-writer.js';
import { MIGRATIONS } from '../src/server/store/migrations.js';
import { SqliteConversations, type SqliteConversationsOptions } from '../src/server/store/sqlite-conversations.js';

const visitor: Participant = { kind: 'visitor', id: 'v_1', displayName: 'Visitor' };
const agent: Participant = { kind: 'agent', id: 'alice', displayName: 'Alice' };

describe('SqliteConversations', () => {
  let dir: string;
  let file: string;
  let db: Db;
  let store: SqliteConversations;

  function openDb(options: SqliteConversationsOptions = {}): void {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    store = new SqliteConversations(db, options);
  }

  async function closeDb(): Promise<void> {
    await store.close();
    db.close();
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-conv-'));
    file = join(dir, 'wukf.db');
    await SqliteStore.open(file).close();
    openDb();
  });
  afterEach(async () => {
    await store.close();
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function opened(id = 'c1'): Promise<Conversation> {
    const t = open({ id, visitor, language: 'en', skills: ['billing'], context: { order: '42' } }, 1000);
    const entry = await store.saveTransition(t.conversation, t.event, null);
    expect(entry).toMatchObject({ seq: 1, system: { kind: 'opened' } });
    return t.conversation;
  }

  it('stores a change only from the state it was decided against: the store settles a race between two deciders', async () => {
    const c = await opened();
    const bob: Participant = { kind: 'agent', id: 'bob', displayName: 'Bob' };
    const byAlice = claim(c, agent, 2000);
    const byBob = claim(c, bob, 2000);
    // Both saw it queued; both changes reach the store in one batch.
    const [won, lost] = await Promise.allSettled([
      store.saveTransition(byAlice.conversation, byAlice.event, { state: 'queued', agentId: null }),
      store.saveTransition(byBob.conversation, byBob.event, { state: 'queued', agentId: null }),
    ]);
    expect(won).toMatchObject({ status: 'fulfilled', value: { seq: 2, system: { kind: 'joined', subject: { id: 'alice' } } } });
    expect(lost).toMatchObject({ status: 'rejected', reason: { code: 'WUKF_E_CONVERSATION_CONFLICT' } });
    expect(await store.getConversation('c1')).toMatchObject({ state: 'active', agent: { id: 'alice' }, lastSeq: 2 });
    // An id that exists cannot be opened again; a closed conversation refuses changes decided before the close.
    await expect(store.saveTransition(c, { kind: 'opened', subject: visitor }, null)).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_CONFLICT' });
    const closing = close(byAlice.conversation, visitor, '', 3000);
    await store.saveTransition(closing.conversation, closing.event, { state: 'active', agentId: 'alice' });
    await expect(store.saveTransition(closing.conversation, closing.event, { state: 'active', agentId: 'alice' })).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_CLOSED' });
    expect((await store.readEntries('c1', 0, 10)).map((e) => e.system?.kind)).toEqual(['opened', 'joined', 'closed']);
  });

  it('assigns seqs in call order within one commit and settles only after the commit is on disk', async () => {
    await opened();
    store.commits.read(true);
    const sends = Array.from({ length: 50 }, (_, i) => store.appendMessage({ conversationId: 'c1', clientMessageId: `m${i}`, sender: visitor, text: `hello ${i}` }));
    const first = await sends[0]!;
    // Another connection sees every message of the batch as soon as the first promise settles.
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare("SELECT count(*) AS n FROM entries WHERE conversation_id = 'c1' AND text IS NOT NULL").get()).toEqual({ n: 50 });
    reader.close();
    const results = await Promise.all(sends);
    expect(first.seq).toBe(2);
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(store.commits.read()).toMatchObject({ commits: 1, writes: 50 });
    const entries = await store.readEntries('c1', 0, 100);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(entries[5]).toMatchObject({ text: 'hello 4', sender: visitor, clientMessageId: 'm4' });
    expect((await store.getConversation('c1'))!.lastSeq).toBe(51);
  });

  it('keeps issue order across writes handed over in several turns of the event loop, committing what waits together', async () => {
    await opened();
    store.commits.read(true);
    const sends: Promise<{ seq: number }>[] = [];
    for (let turn = 0; turn < 5; turn++) {
      for (let i = 0; i < 100; i++) sends.push(store.appendMessage({ conversationId: 'c1', clientMessageId: `t${turn}m${i}`, sender: visitor, text: `${turn}/${i}` }));
      await new Promise((r) => setImmediate(r));
    }
    expect((await Promise.all(sends)).map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
    const stats = store.commits.read();
    expect(stats.writes).toBe(500);
    // Five chunks went over; chunks that arrived while a commit ran share the next transaction.
    expect(stats.commits).toBeGreaterThanOrEqual(1);
    expect(stats.commits).toBeLessThanOrEqual(5);
    expect((await store.readEntries('c1', 1, 1000)).map((e) => e.text)).toEqual(sends.map((_, k) => `${Math.floor(k / 100)}/${k % 100}`));
  });

  it('treats the client message id as an idempotency key, within a batch and across batches', async () => {
    await opened();
    const [a, b] = await Promise.all([
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'same', sender: visitor, text: 'once' }),
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'same', sender: visitor, text: 'once' }),
    ]);
    expect(a).toMatchObject({ seq: 2, duplicate: false });
    expect(b).toMatchObject({ seq: 2, duplicate: true, createdAt: a!.createdAt });
    const later = await store.appendMessage({ conversationId: 'c1', clientMessageId: 'same', sender: visitor, text: 'once' });
    expect(later).toMatchObject({ seq: 2, duplicate: true });
    // The same id from the other side is a different message.
    const t = claim((await store.getConversation('c1'))!, agent, 2000);
    await store.saveTransition(t.conversation, t.event, { state: 'queued', agentId: null });
    expect(await store.appendMessage({ conversationId: 'c1', clientMessageId: 'same', sender: agent, text: 'hi' })).toMatchObject({ seq: 4, duplicate: false });
    expect((await store.readEntries('c1', 0, 10)).length).toBe(4);
  });

  it('refuses new messages to a closed conversation but still acks a resend of a stored one', async () => {
    await opened();
    await store.appendMessage({ conversationId: 'c1', clientMessageId: 'm1', sender: visitor, text: 'before' });
    const t = close((await store.getConversation('c1'))!, visitor, 'done', 3000);
    const [closedEntry, refused, resend] = await Promise.allSettled([
      store.saveTransition(t.conversation, t.event, { state: 'queued', agentId: null }),
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'm2', sender: visitor, text: 'after' }),
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'm1', sender: visitor, text: 'before' }),
    ]);
    expect(closedEntry).toMatchObject({ status: 'fulfilled', value: { seq: 3, system: { kind: 'closed', note: 'done' } } });
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'WUKF_E_CONVERSATION_CLOSED' } });
    expect(resend).toMatchObject({ status: 'fulfilled', value: { seq: 2, duplicate: true } });
    expect((await store.getConversation('c1'))!.state).toBe('closed');
  });

  it('fails a write to an unknown conversation alone, not the batch it shares', async () => {
    await opened();
    const [bad, good] = await Promise.allSettled([
      store.appendMessage({ conversationId: 'nope', clientMessageId: 'x', sender: visitor, text: 'lost?' }),
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'y', sender: visitor, text: 'kept' }),
    ]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'WUKF_E_CONVERSATION_NOT_FOUND' } });
    expect(good).toMatchObject({ status: 'fulfilled', value: { seq: 2 } });
  });

  it('fails every write of a batch whose transaction fails, and stores none of them', async () => {
    await opened();
    await store.appendMessage({ conversationId: 'c1', clientMessageId: 'ok', sender: visitor, text: 'stored' });
    // Another writer holds the write lock longer than the busy timeout allows.
    await closeDb();
    openDb({ busyTimeoutMs: 50 });
    const blocker = new Database(file);
    blocker.exec('BEGIN IMMEDIATE');
    const results = await Promise.allSettled([
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'a', sender: visitor, text: 'a' }),
      store.appendMessage({ conversationId: 'c1', clientMessageId: 'b', sender: visitor, text: 'b' }),
    ]);
    blocker.exec('ROLLBACK');
    blocker.close();
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(results[0]).toMatchObject({ reason: { code: 'WUKF_E_STORE_FAILED', message: expect.stringContaining('database is locked') } });
    // After the failure the seq counter continues from what is really stored.
    expect(await store.appendMessage({ conversationId: 'c1', clientMessageId: 'a', sender: visitor, text: 'a' })).toMatchObject({ seq: 3, duplicate: false });
  });

  it('moves watermarks only forward and never past the last seq', async () => {
    await opened();
    for (let i = 0; i < 3; i++) await store.appendMessage({ conversationId: 'c1', clientMessageId: `m${i}`, sender: visitor, text: 't' });
    await store.saveReceipt('c1', agent, 'delivered', 3);
    await store.saveReceipt('c1', agent, 'delivered', 2);
    await store.saveReceipt('c1', agent, 'read', 99);
    expect(await store.watermarks('c1')).toEqual([{ participant: agent, deliveredSeq: 4, readSeq: 4 }]);
  });

  it('pages history newest-first and continues seqs after a restart', async () => {
    await opened();
    for (let i = 0; i < 9; i++) await store.appendMessage({ conversationId: 'c1', clientMessageId: `m${i}`, sender: visitor, text: `t${i}` });
    const page1 = await store.readHistory('c1', 0, 4);
    expect(page1.entries.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
    expect(page1.hasMore).toBe(true);
    const page2 = await store.readHistory('c1', 7, 10);
    expect(page2.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(page2.hasMore).toBe(false);

    await closeDb();
    openDb();
    expect(await store.appendMessage({ conversationId: 'c1', clientMessageId: 'after-restart', sender: visitor, text: 'x' })).toMatchObject({ seq: 11 });
    // The new writer knows the ids stored before the restart.
    expect(await store.appendMessage({ conversationId: 'c1', clientMessageId: 'm3', sender: visitor, text: 't3' })).toMatchObject({ seq: 5, duplicate: true });
    expect(await store.listConversations({ visitorId: 'v_1', states: ['queued', 'active'] })).toEqual([expect.objectContaining({ id: 'c1', lastSeq: 11 })]);
  });
});

describe('ConversationWriter', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-conv-'));
    SqliteStore.open(join(dir, 'wukf.db')).close();
    db = new Database(join(dir, 'wukf.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells a resend from a new message by the stored row when two client ids share an idempotency key', () => {
    // Every id gets the same key: each new message is a suspected resend that the row lookup clears.
    const writer = new ConversationWriter(db, { idempotencyKey: () => 7 });
    const t = open({ id: 'c1', visitor, language: 'en', skills: [], context: {} }, 1000);
    const append = (id: string) => ({ kind: 'append' as const, input: { conversationId: 'c1', clientMessageId: id, sender: visitor, text: id } });
    const first = writer.commit([{ at: 2000, writes: [{ kind: 'transition', conversation: t.conversation, event: t.event, expected: null }, append('a'), append('b'), append('a')] }]);
    expect(first.slice(1)).toEqual([
      { ok: true, value: { seq: 2, createdAt: 2000, duplicate: false } },
      { ok: true, value: { seq: 3, createdAt: 2000, duplicate: false } },
      { ok: true, value: { seq: 2, createdAt: 2000, duplicate: true } },
    ]);
    // A second writer (a restart) loads the keys from the stored rows.
    const again = new ConversationWriter(db, { idempotencyKey: () => 7 }).commit([{ at: 3000, writes: [append('b'), append('c')] }]);
    expect(again).toEqual([
      { ok: true, value: { seq: 3, createdAt: 2000, duplicate: true } },
      { ok: true, value: { seq: 4, createdAt: 3000, duplicate: false } },
    ]);
    expect(db.prepare("SELECT client_message_id FROM entries WHERE conversation_id = 'c1' AND text IS NOT NULL ORDER BY seq").pluck().all()).toEqual(['a', 'b', 'c']);
  });

  it('keeps only open conversations in memory; a closed one still acks resends and refuses new messages', () => {
    const writer = new ConversationWriter(db);
    const heads = (writer as unknown as { heads: Map<string, unknown> }).heads;
    const opened = ['a', 'b', 'c'].map((id) => open({ id, visitor, language: 'en', skills: [], context: {} }, 1000));
    const say = (conversationId: string, id: string) => ({ kind: 'append' as const, input: { conversationId, clientMessageId: id, sender: visitor, text: id } });
    writer.commit([{ at: 1000, writes: [...opened.map((t) => ({ kind: 'transition' as const, conversation: t.conversation, event: t.event, expected: null })), say('a', 'm1'), say('b', 'm1'), say('c', 'm1')] }]);
    expect(heads.size).toBe(3);
    const closes = opened.slice(0, 2).map((t) => close(t.conversation, visitor, 'done', 2000));
    writer.commit([{ at: 2000, writes: closes.map((t) => ({ kind: 'transition' as const, conversation: t.conversation, event: t.event, expected: { state: 'queued' as const, agentId: null } })) }]);
    expect([...heads.keys()]).toEqual(['c']);
    const [resend, refused, open_] = writer.commit([{ at: 3000, writes: [say('a', 'm1'), say('b', 'm2'), say('c', 'm2')] }]);
    expect(resend).toEqual({ ok: true, value: { seq: 2, createdAt: 1000, duplicate: true } });
    expect(refused).toMatchObject({ ok: false, code: 'WUKF_E_CONVERSATION_CLOSED' });
    expect(open_).toEqual({ ok: true, value: { seq: 3, createdAt: 3000, duplicate: false } });
    expect([...heads.keys()]).toEqual(['c']);
  });

  it('upgrades a schema v3 database: last seq, last activity and resends carry over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wukf-conv-'));
    const file = join(dir, 'wukf.db');
    try {
      SqliteStore.open(file, { migrations: MIGRATIONS.filter((m) => m.version <= 3) }).close();
      const v3 = new Database(file);
      v3.exec(`
        INSERT INTO conversations (id, state, visitor_id, visitor_name, language, last_seq, created_at, updated_at) VALUES ('c1', 'queued', 'v_1', 'Visitor', 'en', 2, 1000, 1500);
        INSERT INTO entries (conversation_id, seq, sender_kind, sender_id, sender_name, client_message_id, system, created_at) VALUES ('c1', 1, 'system', 'system', 'wukf', '', '{"kind":"opened"}', 1000);
        INSERT INTO entries (conversation_id, seq, sender_kind, sender_id, sender_name, client_message_id, text, created_at) VALUES ('c1', 2, 'visitor', 'v_1', 'Visitor', 'm1', 'hello', 1500);
      `);
      v3.close();
      SqliteStore.open(file).close();
      const db = new Database(file);
      const store = new SqliteConversations(db);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
        expect(await store.getConversation('c1')).toMatchObject({ lastSeq: 2, updatedAt: 1500 });
        expect(await store.appendMessage({ conversationId: 'c1', clientMessageId: 'm1', sender: visitor, text: 'hello' })).toMatchObject({ seq: 2, duplicate: true });
        const next = await store.appendMessage({ conversationId: 'c1', clientMessageId: 'm2', sender: visitor, text: 'again' });
        expect(next).toMatchObject({ seq: 3, duplicate: false });
        expect(await store.getConversation('c1')).toMatchObject({ lastSeq: 3, updatedAt: next.createdAt });
      } finally {
        await store.close();
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteConversations writer thread', () => {
  it('fails the writes of a batch whose thread died, takes a new thread for the next, and stores each resend once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wukf-conv-'));
    const file = join(dir, 'wukf.db');
    await SqliteStore.open(file).close();
    const db = new Database(file);
    const store = new SqliteConversations(db);
    try {
      const t = open({ id: 'c1', visitor, language: 'en', skills: [], context: {} }, 1000);
      await store.saveTransition(t.conversation, t.event, null);
      const ids = Array.from({ length: 300 }, (_, i) => `m${i}`);
      const sends = ids.map((id) => store.appendMessage({ conversationId: 'c1', clientMessageId: id, sender: visitor, text: id }));
      // The batch has gone to the thread at the next setImmediate; the thread dies with it.
      await new Promise((r) => setImmediate(r));
      await (store as unknown as { thread: { terminate(): Promise<number> } }).thread.terminate();
      const settled = await Promise.allSettled(sends);
      const failed = settled.flatMap((r, i) => (r.status === 'rejected' ? [ids[i]!] : []));
      for (const r of settled) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'WUKF_E_STORE_FAILED' });
      // Whatever the thread did before it died, resending every id stores each message exactly once.
      const again = await Promise.all(ids.map((id) => store.appendMessage({ conversationId: 'c1', clientMessageId: id, sender: visitor, text: id })));
      // A write reported failed may still have committed (the thread can die after its commit, before its
      // answer): its resend is then a duplicate. One that was acked always is.
      const stored = new Set(ids.filter((_, i) => again[i]!.duplicate));
      for (const id of ids) if (!failed.includes(id)) expect(stored.has(id), id).toBe(true);
      expect(again.filter((r) => !r.duplicate).length).toBeLessThanOrEqual(failed.length);
      const entries = (await store.readEntries('c1', 0, 1000)).filter((e) => e.text !== undefined);
      expect(entries.map((e) => e.clientMessageId).sort()).toEqual([...ids].sort());
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 2));
    } finally {
      await store.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
