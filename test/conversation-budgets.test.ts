import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSelected, ConversationCore, QUEUE_FULL_RETRY_MS, UNLIMITED_BUDGETS, type Committed, type QueueBudgets } from '../src/server/conversations/index.js';
import { isIdleQueued, type Participant } from '../src/server/domain/conversation.js';
import { SqliteStore } from '../src/server/store/index.js';

/*
 * The queue's budgets in the core, without a socket: real SQLite in a temp dir, a clock the test moves.
 */

const anon = (n: number): Participant => ({ kind: 'visitor', id: `v_anon${n}`, displayName: `Visitor ${n}` });
const known = (n: number): Participant => ({ kind: 'visitor', id: `u_user${n}`, displayName: `User ${n}` });
const root: Participant = { kind: 'admin', id: 'root', displayName: 'Root' };
const alice: Participant = { kind: 'agent', id: 'alice', displayName: 'Alice' };
const plain = { language: '', skills: [], context: {} };

describe('the queue budgets of the conversation core', () => {
  let dir: string;
  let store: SqliteStore;
  let now: number;
  let events: Committed[];

  const coreWith = async (budgets: Partial<QueueBudgets>) => {
    const core = new ConversationCore({ store, agents: store, now: () => now, budgets: { ...UNLIMITED_BUDGETS, ...budgets } });
    const started = await core.start();
    core.committed.subscribe((e) => events.push(e));
    return { core, started };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-budgets-'));
    store = SqliteStore.open(join(dir, 'wukf.db'), { now: () => new Date(now) });
    now = 1_800_000_000_000;
    events = [];
    // A claim is held to the claimer's account (its max_concurrent): alice must exist.
    await store.createAgent({ username: 'alice', displayName: 'Alice', role: 'agent', skills: [], languages: [], maxConcurrent: 5, timezone: 'UTC', hours: null }, 'x');
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('continues a visitor\'s latest open conversation beyond max_open_conversations_per_visitor, also for a burst sent at once', async () => {
    const { core } = await coreWith({ maxOpenPerVisitor: 2 });
    // 70 opens in one burst, as a flood sends them: none waits for another's commit.
    const burst = await Promise.all(Array.from({ length: 70 }, () => core.openOrReuse(anon(1), plain)));
    const opened = burst.filter((r) => !r.reused).map((r) => r.conversation.id);
    expect(opened).toHaveLength(2);
    // Every reuse names one of the two, and the latest as it stood when decided.
    expect(new Set(burst.map((r) => r.conversation.id))).toEqual(new Set(opened));
    expect(core.queue.length).toBe(2);
    expect(events.filter((e) => e.type === 'opened')).toHaveLength(2);
    // Closing one makes room for one more.
    await core.close(anon(1), opened[0]!, '');
    expect((await core.openOrReuse(anon(1), plain)).reused).toBe(false);
    expect((await core.openOrReuse(anon(1), plain)).reused).toBe(true);
  });

  it('refuses anonymous visitors with WUKF_E_QUEUE_FULL once only the places kept for identified ones are left, and everybody at the cap', async () => {
    const { core } = await coreWith({ maxQueued: 5, reservedForIdentified: 2 });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => core.openConversation(anon(i), plain)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'WUKF_E_QUEUE_FULL', retryAfterMs: QUEUE_FULL_RETRY_MS });
    }
    // Identified visitors still get in, up to the cap.
    await core.openConversation(known(1), plain);
    await core.openConversation(known(2), plain);
    await expect(core.openConversation(known(3), plain)).rejects.toMatchObject({ code: 'WUKF_E_QUEUE_FULL' });
    expect(core.queue.length).toBe(5);
    // An agent taking one frees a place.
    await core.claim(alice, core.queue.list()[0]!.id);
    await core.openConversation(known(3), plain);
  });

  it('refuses a context over max_context_bytes, counting UTF-8 bytes of keys and values', async () => {
    const { core } = await coreWith({ maxContextBytes: 20 });
    await core.openConversation(anon(1), { ...plain, context: { k: '1234567890123456789' } });
    // 6 characters, 18 bytes: with the key, 21.
    await expect(core.openConversation(anon(2), { ...plain, context: { abc: '订单订单订单' } })).rejects.toMatchObject({ code: 'WUKF_E_INVALID_INPUT', field: 'context' });
    expect(core.queue.length).toBe(1);
  });

  it('expires an anonymous visitor\'s queued conversation idle for the window, as a CLOSED system event with the note expired', async () => {
    const { core } = await coreWith({});
    const idle = await core.openConversation(anon(1), plain);
    const talking = await core.openConversation(anon(2), plain);
    const identified = await core.openConversation(known(1), plain);
    now += 60_000;
    await new Promise<void>((resolve, reject) => core.send(anon(2), { conversationId: talking.id, clientMessageId: 'm1', text: 'still here' }, undefined, { acked: () => resolve(), refused: reject }));
    now += 60_000;
    const seenAt = (v: Participant) => (v.id === 'v_anon3' ? now : 0);
    const expired = await core.expireIdle(now, 100_000, seenAt);
    expect(expired.map((c) => c.id)).toEqual([idle.id]);
    expect(events.at(-1)).toMatchObject({ type: 'closed', conversation: { id: idle.id, state: 'closed' }, by: { kind: 'system' }, entry: { sender: { kind: 'system' }, system: { kind: 'closed', subject: { kind: 'system' }, note: 'expired' } } });
    expect(core.queue.list().map((c) => c.id)).toEqual([talking.id, identified.id]);
    // The decision alone: a connected visitor is never idle, nor an identified one.
    const c = (await core.get(talking.id));
    expect(isIdleQueued(c, now + 1e9, 100_000, now + 1e9)).toBe(false);
    expect(isIdleQueued(await core.get(identified.id), now + 1e9, 100_000, 0)).toBe(false);
    expect(isIdleQueued(c, now, 0, 0)).toBe(false);
  });

  it('loads at most max_queued queued conversations at start-up, the oldest, and closes the rest as expired', async () => {
    const { core } = await coreWith({});
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      now += 1000;
      ids.push((await core.openConversation(anon(i), plain)).id);
    }
    await core.claim(alice, ids[0]!);
    const { core: restarted, started } = await coreWith({ maxQueued: 4 });
    expect(started.expired).toBe(7);
    expect(restarted.queue.list().map((c) => c.id)).toEqual(ids.slice(1, 5));
    expect(restarted.counts()).toEqual({ queued: 4, active: 1 });
    expect(await store.countConversations({ states: ['closed'] })).toBe(7);
    const last = await store.readEntries(ids[11]!, 0, 10);
    expect(last.at(-1)?.system).toMatchObject({ kind: 'closed', note: 'expired' });
  });

  it('closes what an operator selects, through the core, and purges closed conversations with their entries', async () => {
    const { core } = await coreWith({});
    const a = await core.openConversation(anon(1), plain);
    now += 10_000;
    const b = await core.openConversation(anon(2), plain);
    const k = await core.openConversation(known(1), plain);
    const outcome = await closeSelected(core, store, root, { queued: true, anonymous: true, createdBefore: now - 5_000, reason: 'cleanup' });
    expect(outcome).toEqual({ closed: [a.id], refused: [] });
    expect(events.at(-1)).toMatchObject({ type: 'closed', conversation: { id: a.id }, entry: { system: { note: 'cleanup' } } });
    const again = await closeSelected(core, store, root, { ids: [a.id, 'nope'], queued: true, reason: 'all' });
    expect(again.closed.sort()).toEqual([b.id, k.id].sort());
    expect(again.refused).toEqual([
      { id: a.id, code: 'WUKF_E_CONVERSATION_CLOSED' },
      { id: 'nope', code: 'WUKF_E_CONVERSATION_NOT_FOUND' },
    ]);
    expect(core.queue.length).toBe(0);
    await store.flush();
    expect(await store.purgeConversations({ closedBefore: now + 1, dryRun: true })).toBe(3);
    expect(await store.countConversations({})).toBe(3);
    expect(await store.purgeConversations({ closedBefore: now + 1 })).toBe(3);
    expect(await store.countConversations({})).toBe(0);
    expect(await store.readEntries(a.id, 0, 10)).toEqual([]);
  });
});
