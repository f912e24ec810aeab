import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationCore, type Committed } from '../src/server/conversations/index.js';
import type { Conversation, Participant } from '../src/server/domain/conversation.js';
import { SqliteStore, type ConversationStore } from '../src/server/store/index.js';

/*
 * max_concurrent in the conversation core, without sockets: claims, transfers and an admin's assignments of
 * queued conversations are refused for an agent at capacity, decided in the lane with the assignments in
 * flight counted, so concurrent claims cannot both take the last slot. Real SQLite in a temp dir.
 */

const visitorOf = (n: number): Participant => ({ kind: 'visitor', id: `v_${n}`, displayName: `Visitor ${n}` });
const alice: Participant = { kind: 'agent', id: 'alice', displayName: 'alice' };
const bob: Participant = { kind: 'agent', id: 'bob', displayName: 'bob' };
const root: Participant = { kind: 'admin', id: 'root', displayName: 'root' };

/**
 * A store whose transitions wait until the test opens the gate, so that every decision in flight is made
 * before any of them commits. decided(attempts) resolves once each attempt either reached the store or was
 * refused: then no decision is left to make.
 */
function gatedTransitions(store: SqliteStore) {
  let entered = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const changed = new Set<() => void>();
  const gated = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'saveTransition') {
        return async (...args: Parameters<ConversationStore['saveTransition']>) => {
          entered++;
          for (const check of changed) check();
          await gate;
          return target.saveTransition(...args);
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const decided = (attempts: Promise<unknown>[]) =>
    new Promise<void>((resolve) => {
      let refused = 0;
      const check = () => {
        if (entered + refused < attempts.length) return;
        changed.delete(check);
        resolve();
      };
      changed.add(check);
      for (const attempt of attempts) attempt.catch(() => (refused++, check()));
      check();
    });
  return { store: gated as ConversationStore, open, decided };
}

describe('capacity (max_concurrent) in the conversation core', () => {
  let dir: string;
  let store: SqliteStore;
  let core: ConversationCore;
  let events: Committed[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-capacity-'));
    store = SqliteStore.open(join(dir, 'wukf.db'));
    const account = (username: string, role: 'agent' | 'admin', maxConcurrent: number) =>
      store.createAgent({ username, displayName: username, role, skills: [], languages: [], maxConcurrent, timezone: 'UTC', hours: null }, 'x');
    await account('alice', 'agent', 1);
    await account('bob', 'agent', 2);
    await account('root', 'admin', 10);
    core = await started(store);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function started(over: ConversationStore): Promise<ConversationCore> {
    const c = new ConversationCore({ store: over, agents: store });
    await c.start();
    events = [];
    c.committed.subscribe((e) => events.push(e));
    return c;
  }

  /** The system event of the last committed change. */
  function lastSystem() {
    const last = events.at(-1);
    return last && 'entry' in last ? last.entry.system : undefined;
  }

  let visitors = 0;
  function opened(on = core): Promise<Conversation> {
    return on.openConversation(visitorOf(visitors++), { language: 'en', skills: [], context: {} });
  }

  it('refuses a claim past max_concurrent, naming the agent and its load; a close frees the slot', async () => {
    const first = await opened();
    const second = await opened();
    await core.claim(alice, first.id);
    const before = events.length;
    const refusal = core.claim(alice, second.id);
    await expect(refusal).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY' });
    await expect(refusal).rejects.toThrow('alice is at capacity: 1 of 1 conversations active');
    // Refused means untouched: still queued, in memory and on disk, and nothing was emitted for it.
    expect(core.queue.list().map((c) => c.id)).toEqual([second.id]);
    expect((await store.getConversation(second.id))?.state).toBe('queued');
    expect(events.slice(before)).toEqual([]);

    await core.close(alice, first.id, 'done');
    expect(core.loadOf('alice')).toBe(0);
    expect((await core.claim(alice, second.id)).agent?.id).toBe('alice');
  });

  it('refuses a transfer to an agent at capacity, and an admin\'s assignment of a queued conversation to one', async () => {
    const [a, b1, b2, queued] = [await opened(), await opened(), await opened(), await opened()];
    await core.claim(alice, a.id);
    await core.claim(bob, b1.id);
    await core.claim(bob, b2.id);
    await expect(core.transfer(alice, a.id, 'bob', 'billing')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY', message: expect.stringContaining('bob is at capacity: 2 of 2') });
    expect((await core.get(a.id)).agent?.id).toBe('alice');
    await expect(core.transfer(root, queued.id, 'alice', 'VIP')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY' });
    expect(core.queue.list().map((c) => c.id)).toEqual([queued.id]);

    // Bob hands one back: the slot he freed is alice's conversation's to take, and the load follows.
    await core.transfer(bob, b1.id, 'root', '');
    expect((await core.transfer(alice, a.id, 'bob', 'billing')).agent?.id).toBe('bob');
    expect([core.loadOf('alice'), core.loadOf('bob'), core.loadOf('root')]).toEqual([0, 2, 1]);
  });

  it('lets an admin override capacity explicitly, recorded in the system event and the stored history; agents may not', async () => {
    const [a, b, queued] = [await opened(), await opened(), await opened()];
    await core.claim(alice, a.id);
    await core.claim(bob, b.id);
    // Asked for by an agent, refused whatever the target's load (bob has room for alice's conversation).
    await expect(core.transfer(alice, a.id, 'bob', '', undefined, { overrideCapacity: true })).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });

    const assigned = await core.transfer(root, queued.id, 'alice', 'VIP', undefined, { overrideCapacity: true });
    expect(assigned).toMatchObject({ state: 'active', agent: { id: 'alice' } });
    expect(core.loadOf('alice')).toBe(2);
    expect(lastSystem()).toEqual({ kind: 'joined', subject: alice, note: 'VIP', capacityOverriddenBy: root, assignment: { kind: 'force-assign', overCapacity: true, at: expect.any(Number) } });
    const stored = await store.readHistory(queued.id, 0, 10);
    expect(stored.entries.at(-1)?.system).toMatchObject({ kind: 'joined', capacityOverriddenBy: root });

    // An override where there was room is no override: nothing is marked.
    const moved = await core.transfer(root, b.id, 'root', '', undefined, { overrideCapacity: true });
    expect(moved.agent?.id).toBe('root');
    expect(lastSystem()).toEqual({ kind: 'transferred', subject: root, previous: bob, assignment: { kind: 'transfer', at: expect.any(Number) } });
    // Past capacity, a transfer is marked the same way, and alice stays at her limit for everyone else.
    await core.transfer(root, b.id, 'alice', 'escalation', undefined, { overrideCapacity: true });
    expect(lastSystem()).toMatchObject({ kind: 'transferred', subject: alice, previous: root, capacityOverriddenBy: root });
    const another = await opened();
    await expect(core.claim(alice, another.id)).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY', message: expect.stringContaining('3 of 1') });
  });

  it('lets exactly one of two concurrent claims take an agent\'s last slot', async () => {
    const [a, b] = [await opened(), await opened()];
    const gated = gatedTransitions(store);
    core = await started(gated.store);
    const claims = [core.claim(alice, a.id), core.claim(alice, b.id)];
    // Without the slot held from decision to commit, both would reach the store here.
    await gated.decided(claims);
    gated.open();
    const outcomes = await Promise.allSettled(claims);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'WUKF_E_AGENT_AT_CAPACITY' } });
    expect(core.loadOf('alice')).toBe(1);
    expect(await store.countConversations({ states: ['active'] })).toBe(1);
  });

  it('never puts more than max_concurrent with an agent when claims and admin assignments race, and frees the slots of failed commits', async () => {
    const queued = await Promise.all(Array.from({ length: 20 }, () => opened()));
    const gated = gatedTransitions(store);
    core = await started(gated.store);
    // Twenty at once aimed at bob (two slots): his own claims and an admin's assignments, interleaved.
    const attempts = queued.map((c, i) => (i % 2 === 0 ? core.claim(bob, c.id) : core.transfer(root, c.id, 'bob', 'rush')));
    await gated.decided(attempts);
    gated.open();
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY' });
    expect(core.loadOf('bob')).toBe(2);
    expect(core.openOf(bob)).toHaveLength(2);
    expect(core.queue.length).toBe(18);

    // A commit the store refuses gives its slot back.
    const failing = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'saveTransition') return () => Promise.reject(new Error('disk on fire'));
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const broken = await started(failing);
    const next = broken.queue.list()[0]!;
    await expect(broken.claim(alice, next.id)).rejects.toThrow('disk on fire');
    expect(broken.loadOf('alice')).toBe(0);
  });

  it('counts the active conversations stored before a restart', async () => {
    const [a, b] = [await opened(), await opened()];
    await core.claim(alice, a.id);
    const restarted = await started(store);
    expect(restarted.loadOf('alice')).toBe(1);
    await expect(restarted.claim(alice, b.id)).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY' });
  });

  it('refuses a transfer to a removed account, and a claim by one whose connection outlived it', async () => {
    const [a, b] = [await opened(), await opened()];
    await core.claim(bob, a.id);
    await store.createAgent({ username: 'carol', displayName: 'carol', role: 'agent', skills: [], languages: [], maxConcurrent: 5, timezone: 'UTC', hours: null }, 'x');
    await store.removeAgent('carol');
    await expect(core.transfer(bob, a.id, 'carol', '')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
    await expect(core.transfer(root, b.id, 'carol', '')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
    await expect(core.claim({ kind: 'agent', id: 'carol', displayName: 'carol' }, b.id)).rejects.toMatchObject({ code: 'WUKF_E_AGENT_NOT_FOUND' });
    expect(core.queue.list().map((c) => c.id)).toEqual([b.id]);
  });
});
