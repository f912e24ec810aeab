import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationCore, Lane, type Committed, type LaneTask } from '../src/server/conversations/index.js';
import type { Participant } from '../src/server/domain/conversation.js';
import { SqliteStore, type AppendResult, type ConversationStore } from '../src/server/store/index.js';

/*
 * The conversation core without a socket: real SQLite in a temp dir, the operations called directly, the
 * Committed stream observed as a subscriber.
 */

const visitorOf = (n: number): Participant => ({ kind: 'visitor', id: `v_${n}`, displayName: `Visitor ${n}` });
const alice: Participant = { kind: 'agent', id: 'alice', displayName: 'Alice' };
const bob: Participant = { kind: 'agent', id: 'bob', displayName: 'Bob' };
const root: Participant = { kind: 'admin', id: 'root', displayName: 'Root' };
const origin = { node: 'test', connection: 1 };

/** core.send as a promise: the ack, or the refusal. */
function send(core: ConversationCore, by: Participant, message: { conversationId: string; clientMessageId: string; text: string }, from?: typeof origin): Promise<AppendResult> {
  return new Promise((resolve, reject) => core.send(by, message, from, { acked: resolve, refused: reject }));
}

/** Yields to the event loop a random number of times, through timers and immediates: an asynchronous step of unknown length. */
async function randomPause(): Promise<void> {
  const hops = Math.floor(Math.random() * 4);
  for (let i = 0; i < hops; i++) {
    await new Promise<void>((resolve) => (Math.random() < 0.5 ? setImmediate(resolve) : setTimeout(resolve, Math.floor(Math.random() * 3))));
  }
}

describe('ConversationCore', () => {
  let dir: string;
  let store: SqliteStore;
  let core: ConversationCore;
  let events: Committed[];
  let reader: Db;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-core-'));
    store = SqliteStore.open(join(dir, 'wukf.db'));
    for (const username of ['alice', 'bob']) {
      await store.createAgent({ username, displayName: username, role: 'agent', skills: [], languages: [], maxConcurrent: 5, timezone: 'UTC', hours: null }, 'x');
    }
    core = new ConversationCore({ store, agents: store });
    await core.start();
    events = [];
    core.committed.subscribe((e) => events.push(e));
    reader = new Database(join(dir, 'wukf.db'), { readonly: true });
  });

  afterEach(async () => {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the database holds, read on a connection of its own: what survives a crash. */
  function storedSeq(conversationId: string, senderId: string, clientMessageId: string): number | undefined {
    return (reader.prepare('SELECT seq FROM entries WHERE conversation_id = ? AND sender_id = ? AND client_message_id = ?').pluck().get(conversationId, senderId, clientMessageId) as number | undefined) ?? undefined;
  }

  it('keeps per-conversation order, acks after commit and stores exactly once, with asynchronous steps of random length before and after every commit', async () => {
    // The store answers each append after a pause of its own: commits settle out of order, as a networked
    // database's may. The lane must still ack and emit in arrival order.
    const racy: ConversationStore = {
      saveTransition: (c, e, expected) => store.saveTransition(c, e, expected),
      appendMessage: async (input) => {
        const result = await store.appendMessage(input);
        await randomPause();
        return result;
      },
      saveReceipt: (id, p, kind, seq) => store.saveReceipt(id, p, kind, seq),
      getConversation: (id) => store.getConversation(id),
      listConversations: (filter) => store.listConversations(filter),
      readEntries: (id, after, limit) => store.readEntries(id, after, limit),
      measureEntries: (id, after, limit) => store.measureEntries(id, after, limit),
      readHistory: (id, before, limit) => store.readHistory(id, before, limit),
      watermarks: (id) => store.watermarks(id),
      countConversations: (filter) => store.countConversations(filter),
      purgeConversations: (filter) => store.purgeConversations(filter),
      lastAgents: (filter) => store.lastAgents(filter),
      followUps: (page) => store.followUps(page),
    };
    core = new ConversationCore({ store: racy, agents: store });
    await core.start();
    core.committed.subscribe((e) => events.push(e));
    core.addPreCommitHook(randomPause);
    const pairs: { visitor: Participant; agent: Participant; id: string }[] = [];
    for (let n = 0; n < 5; n++) {
      const visitor = visitorOf(n);
      const c = await core.openConversation(visitor, { language: 'en', skills: [], context: {} }, origin);
      const agent = n % 2 === 0 ? alice : bob;
      await core.claim(agent, c.id, origin);
      pairs.push({ visitor, agent, id: c.id });
    }
    events.length = 0;

    // 1,000 messages: 100 from each side of five conversations, all in flight at once, each tenth one sent twice.
    type Sent = { conversationId: string; sender: Participant; clientMessageId: string; order: number; seq?: number; duplicate?: boolean; durableAtAck?: boolean };
    const sent: Sent[] = [];
    const ackOrder: Sent[] = [];
    const acks: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      for (const { visitor, agent, id } of pairs) {
        for (const sender of [visitor, agent]) {
          const clientMessageId = `${sender.id}-${i}`;
          for (const copy of i % 10 === 0 ? [0, 1] : [0]) {
            const record: Sent = { conversationId: id, sender, clientMessageId, order: sent.length };
            sent.push(record);
            acks.push(
              send(core, sender, { conversationId: id, clientMessageId, text: `${clientMessageId}${copy ? ' again' : ''}` }, origin).then((r) => {
                ackOrder.push(record);
                record.seq = r.seq;
                record.duplicate = r.duplicate;
                record.durableAtAck = storedSeq(id, sender.id, clientMessageId) === r.seq;
              }),
            );
          }
        }
      }
    }
    await Promise.all(acks);

    expect(sent.filter((s) => !s.duplicate)).toHaveLength(1000);
    // Ack after commit: every ack's seq was already in the database when the ack came.
    expect(sent.filter((s) => !s.durableAtAck)).toEqual([]);
    // Exactly once: a resend gets the original's seq, and one row is stored per id.
    for (const s of sent.filter((x) => x.duplicate)) {
      const original = sent.find((x) => x.clientMessageId === s.clientMessageId && x.conversationId === s.conversationId && !x.duplicate)!;
      expect(s.seq).toBe(original.seq);
    }
    expect(reader.prepare('SELECT count(*) FROM entries WHERE text IS NOT NULL').pluck().get()).toBe(1000);
    // Acks came in the order the messages were sent, per conversation.
    for (const { id } of pairs) {
      const acked = ackOrder.filter((s) => s.conversationId === id && !s.duplicate).map((s) => s.seq!);
      expect(acked).toEqual([...acked].sort((a, b) => a - b));
    }
    for (const { id, visitor, agent } of pairs) {
      // Per conversation and sender, seqs follow the order of sending; within a conversation they have no gaps.
      for (const sender of [visitor, agent]) {
        const seqs = sent.filter((s) => s.conversationId === id && s.sender === sender && !s.duplicate).map((s) => s.seq!);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }
      const stored = reader.prepare('SELECT seq FROM entries WHERE conversation_id = ? ORDER BY seq').pluck().all(id) as number[];
      expect(stored).toEqual(stored.map((_, i) => i + 1));
      // One Committed event per stored message, in seq order.
      const emitted = events.filter((e) => e.type === 'message' && e.conversation.id === id).map((e) => (e.type === 'message' ? e.entry.seq : 0));
      expect(emitted).toEqual(stored.filter((seq) => seq > 2));
    }
  });

  it('emits one Committed event per change, in commit order: opened, assigned, transferred, closed', async () => {
    const visitor = visitorOf(1);
    const c = await core.openConversation(visitor, { language: 'en', skills: ['billing'], context: { order: '42' } }, origin);
    await core.claim(alice, c.id);
    await send(core, alice, { conversationId: c.id, clientMessageId: 'm1', text: 'hello' });
    await core.transfer(alice, c.id, 'bob', 'billing question');
    await core.close(bob, c.id, 'resolved');
    expect(events.map((e) => [e.type, e.type === 'receipt' ? e.seq : e.entry.seq, e.conversation.state, e.conversation.agent?.id ?? null])).toEqual([
      ['opened', 1, 'queued', null],
      ['assigned', 2, 'active', 'alice'],
      ['message', 3, 'active', 'alice'],
      ['transferred', 4, 'active', 'bob'],
      ['closed', 5, 'closed', 'bob'],
    ]);
    const transferred = events[3]!;
    expect(transferred).toMatchObject({ type: 'transferred', previous: { agent: { id: 'alice' } }, by: { id: 'alice' }, entry: { system: { kind: 'transferred', note: 'billing question' } } });
    expect(events[0]).toMatchObject({ origin });
    expect(core.counts()).toEqual({ queued: 0, active: 0 });
  });

  it('moves watermarks only forward: a receipt at or below one is neither stored nor emitted', async () => {
    const visitor = visitorOf(1);
    const c = await core.openConversation(visitor, { language: '', skills: [], context: {} });
    await core.claim(alice, c.id);
    for (const id of ['a', 'b', 'c']) await send(core, alice, { conversationId: c.id, clientMessageId: id, text: id });
    events.length = 0;
    expect(await core.receipt(visitor, c.id, 'read', 4)).toBe(4);
    expect(await core.receipt(visitor, c.id, 'read', 3)).toBeNull();
    expect(await core.receipt(visitor, c.id, 'delivered', 4)).toBeNull();
    expect(await core.receipt(visitor, c.id, 'delivered', 99)).toBe(5);
    // READ raised DELIVERED with it: each watermark that moved is one event.
    expect(events.map((e) => (e.type === 'receipt' ? [e.kind, e.seq] : e.type))).toEqual([
      ['delivered', 4],
      ['read', 4],
      ['delivered', 5],
    ]);
    await expect(core.receipt(root, c.id, 'read', 5)).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });
    await expect(core.receipt(bob, c.id, 'read', 5)).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_NOT_FOUND' });
    expect(await store.watermarks(c.id)).toEqual([{ participant: visitor, deliveredSeq: 5, readSeq: 4 }]);
  });

  it('lets the store, not one node\'s memory, decide a claim race between two nodes', async () => {
    const c = await core.openConversation(visitorOf(1), { language: '', skills: [], context: {} });
    // A second node on the same database: it loaded the conversation while it was queued.
    const other = new ConversationCore({ store, agents: store });
    await other.start();
    expect((await other.get(c.id)).state).toBe('queued');
    await core.claim(alice, c.id);
    await expect(other.claim(bob, c.id)).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_CONFLICT' });
    // The loser now holds what the store says.
    expect(await other.get(c.id)).toMatchObject({ state: 'active', agent: { id: 'alice' } });
    expect(other.queue.length).toBe(0);
    expect((await store.readEntries(c.id, 0, 10)).map((e) => e.system?.kind)).toEqual(['opened', 'joined']);
  });

  it('lets an admin put a queued conversation with an agent; agents claim, and may not transfer what is not theirs', async () => {
    const c = await core.openConversation(visitorOf(1), { language: '', skills: [], context: {} });
    await expect(core.transfer(alice, c.id, 'bob', '')).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });
    const assigned = await core.transfer(root, c.id, 'bob', 'VIP');
    expect(assigned).toMatchObject({ state: 'active', agent: { id: 'bob' } });
    expect(events.at(-1)).toMatchObject({ type: 'assigned', by: root, previous: { state: 'queued' }, entry: { system: { kind: 'joined', subject: { id: 'bob' }, note: 'VIP' } } });
    await expect(core.transfer(root, c.id, 'nobody', '')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
  });

  it('keeps a listener that throws from the other listeners and from the sender', async () => {
    const seen: string[] = [];
    const isolated = new ConversationCore({ store, agents: store, onListenerError: (err) => seen.push(`failed: ${(err as Error).message}`) });
    await isolated.start();
    isolated.committed.subscribe(() => {
      throw new Error('a broken subscriber');
    });
    isolated.committed.subscribe((e) => seen.push(e.type));
    const c = await isolated.openConversation(visitorOf(1), { language: '', skills: [], context: {} });
    expect(c.state).toBe('queued');
    expect(seen).toEqual(['failed: a broken subscriber', 'opened']);
  });
});

describe('Lane', () => {
  /** An operation whose commit the test settles by hand; records the order of its steps. */
  function manual(log: string[], name: string, barrier = false) {
    let settleCommit!: (v: string) => void;
    const committed = new Promise<string>((r) => (settleCommit = r));
    const op: LaneTask<string, string, string> = {
      barrier,
      prepare: () => {
        log.push(`prepare ${name}`);
        return name;
      },
      commit: () => {
        log.push(`commit ${name}`);
        return committed;
      },
      settle: (value) => {
        log.push(`settle ${name}`);
        return value;
      },
    };
    return { op, commit: () => settleCommit(name) };
  }

  it('settles in arrival order whatever order the commits finish in, and holds everything behind a barrier', async () => {
    const log: string[] = [];
    const lane = new Lane();
    const a = manual(log, 'a');
    const b = manual(log, 'b');
    const claim = manual(log, 'claim', true);
    const c = manual(log, 'c');
    const results = [a, b, claim, c].map((m) => lane.run(m.op));
    // a and b commit together; the barrier waits for both to settle.
    expect(log).toEqual(['prepare a', 'commit a', 'prepare b', 'commit b']);
    b.commit();
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['prepare a', 'commit a', 'prepare b', 'commit b']);
    a.commit();
    await results[1];
    expect(log).toEqual(['prepare a', 'commit a', 'prepare b', 'commit b', 'settle a', 'settle b', 'prepare claim', 'commit claim']);
    claim.commit();
    await results[2];
    expect(log.slice(-3)).toEqual(['settle claim', 'prepare c', 'commit c']);
    c.commit();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'claim', 'c']);
  });

  it('fails one operation alone, and waits for an asynchronous prepare before starting the next', async () => {
    const lane = new Lane();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = lane.run({ barrier: false, prepare: async () => (await gate, 'slow'), commit: async (p) => p, settle: (v) => (log.push(v), v) });
    const failing = lane.run({ barrier: false, prepare: () => { throw new Error('refused'); }, commit: async () => 'never', settle: (v: string) => v });
    const fast = lane.run({ barrier: false, prepare: () => 'fast', commit: async (p) => p, settle: (v) => (log.push(v), v) });
    await new Promise((r) => setImmediate(r));
    // Nothing behind the slow prepare has started.
    expect(log).toEqual([]);
    release();
    await expect(failing).rejects.toThrow('refused');
    expect(await Promise.all([slow, fast])).toEqual(['slow', 'fast']);
    expect(log).toEqual(['slow', 'fast']);
  });
});
