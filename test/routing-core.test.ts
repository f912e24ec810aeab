import { describe, expect, it } from 'vitest';
import { parseWeeklyHours } from '../src/server/domain/agent.js';
import { nextShiftChange, Router, type Demand, type RoutingAgent, type RoutingSettings } from '../src/server/routing/index.js';

const settings: RoutingSettings = { weights: { language: 4, skills: 3, load: 2, shift: 1, fairness: 2 }, stickyMaxUsers: 100, stickyTtlMs: 3_600_000, fallbackAgent: null, fairnessWindowMs: 600_000, runnersUp: 2 };
const T0 = Date.parse('2026-01-05T10:00:00Z'); // a Monday

const agent = (username: string, more: Partial<RoutingAgent> = {}): RoutingAgent => ({
  username, status: 'online', groups: ['sales'], skills: [], languages: ['en'], timezone: 'UTC', hours: null, maxConcurrent: 2, ...more,
});
let n = 0;
const demand = (more: Partial<Demand> = {}): Demand => ({ conversationId: `c${n++}`, userKey: null, group: 'sales', skills: [], language: null, priority: 0, openedAt: T0, ...more });

function router(agents: RoutingAgent[], custom: Partial<RoutingSettings> = {}, lookup?: ConstructorParameters<typeof Router>[1]): Router {
  const r = new Router({ ...settings, ...custom }, lookup);
  for (const a of agents) r.upsertAgent(a, T0);
  return r;
}

describe('routing decisions, explained', () => {
  it('scores language and skills, and explains the winner and the runners-up', () => {
    const r = router([agent('en-only'), agent('zh-refunds', { languages: ['zh-CN'], skills: ['refunds'] }), agent('zh-tw', { languages: ['zh-TW'] }), agent('other', { languages: ['fr'] })]);
    const { decision } = r.open(demand({ language: 'zh-CN', skills: ['refunds', 'api'] }), T0);
    expect(decision).toMatchObject({ kind: 'score', agent: 'zh-refunds', candidates: 4 });
    if (decision?.kind !== 'score') throw new Error('scored');
    // language 1 (exact), skills 1 of 2, load 2/2 free, no schedule, never assigned.
    expect(decision.reason.breakdown).toEqual({ agent: 'zh-refunds', total: 4 * 1 + 3 * 0.5 + 2 + 1 + 2, language: 1, skills: 0.5, load: 1, shift: 1, fairness: 1 });
    // Runners-up are bounded by the setting, best first: zh-TW shares the primary language (0.5).
    expect(decision.runnersUp).toHaveLength(2);
    expect(decision.runnersUp[0]).toMatchObject({ agent: 'zh-tw', language: 0.5, total: 2 + 2 + 1 + 2 });
  });

  it('breaks ties by least recently assigned, then by a choice that rotates, never by the order agents were added', () => {
    const names = ['a', 'b', 'c', 'd'];
    const firsts = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const r = router(names.map((u) => agent(u)));
      for (let i = 0; i < round; i++) r.open(demand({ group: 'elsewhere' }), T0); // only turns the rotation
      const { decision } = r.open(demand(), T0);
      firsts.add((decision as { agent: string }).agent);
    }
    expect(firsts.size).toBeGreaterThan(1);
    // Once one was assigned, an equal agent never assigned goes first.
    const r = router([agent('a', { maxConcurrent: 5 }), agent('b', { maxConcurrent: 5 })], { weights: { ...settings.weights, load: 0, fairness: 0 } });
    const first = (r.open(demand(), T0).decision as { agent: string }).agent;
    const second = (r.open(demand(), T0 + 1000).decision as { agent: string }).agent;
    expect(second).not.toBe(first);
  });

  it('keeps a returning user with their agent while eligible, asks the store on a cache miss, and forgets after the TTL', () => {
    const stored = new Map([['u-old', { agent: 'b', at: T0 - 60_000 }]]);
    const r = router([agent('a', { languages: ['fr'] }), agent('b')], { stickyMaxUsers: 1 }, (user) => stored.get(user) ?? null);
    // The store remembers b for u-old; a speaks the language asked, but sticky comes first.
    expect(r.open(demand({ userKey: 'u-old', language: 'fr' }), T0).decision).toMatchObject({ kind: 'sticky', agent: 'b' });
    const first = r.open(demand({ userKey: 'u1' }), T0).decision as { agent: string };
    expect(r.open(demand({ userKey: 'u1' }), T0 + 1000).decision).toMatchObject({ kind: 'sticky', agent: first.agent });
    // Full: routed by score to the other agent instead.
    expect(r.open(demand({ userKey: 'u1' }), T0 + 2000).decision).toMatchObject({ kind: 'score' });
    // Past the TTL the user is free again.
    const later = router([agent('a'), agent('b')], {}, () => ({ agent: 'b', at: T0 - settings.stickyTtlMs }));
    expect(later.open(demand({ userKey: 'u2' }), T0).decision).toMatchObject({ kind: 'score' });
  });

  it("falls back to the group's fallback group, then the fallback agent; queues while someone is present; else leave-a-message", () => {
    const r = router([agent('s', { maxConcurrent: 1 }), agent('b', { groups: ['billing'], maxConcurrent: 1 }), agent('boss', { groups: [], maxConcurrent: 1 })], { fallbackAgent: 'boss' });
    r.setGroup({ name: 'sales', fallback: 'billing' });
    expect(r.open(demand(), T0).decision).toMatchObject({ kind: 'score', agent: 's' });
    expect(r.open(demand(), T0).decision).toMatchObject({ kind: 'fallback', agent: 'b', reason: { via: 'group:billing' } });
    expect(r.open(demand(), T0).decision).toMatchObject({ kind: 'fallback', agent: 'boss', reason: { via: 'agent:boss' } });
    expect(r.open(demand(), T0).decision).toMatchObject({ kind: 'queue', group: 'sales', position: 1 });
    const empty = router([agent('gone', { status: 'offline' })]);
    expect(empty.open(demand(), T0).decision).toMatchObject({ kind: 'leave-a-message', position: 1 });
  });
});

describe('routing queues', () => {
  it('orders by priority then waiting time, and an agent coming online takes the best first, up to its room', () => {
    const r = router([agent('a', { status: 'offline', maxConcurrent: 2 })]);
    const old = demand({ openedAt: T0 - 5000 });
    const vip = demand({ priority: 1, openedAt: T0 });
    const young = demand({ openedAt: T0 - 1000 });
    for (const d of [young, old, vip]) r.open(d, T0);
    expect(r.whereIs(vip.conversationId)).toEqual({ queued: { group: 'sales', position: 1 } });
    expect(r.whereIs(old.conversationId)).toEqual({ queued: { group: 'sales', position: 2 } });
    expect(r.whereIs(young.conversationId)).toEqual({ queued: { group: 'sales', position: 3 } });
    const { assigned } = r.setStatus('a', 'online', T0);
    expect(assigned.map((a) => [a.conversationId, a.reason.kind])).toEqual([[vip.conversationId, 'dequeue'], [old.conversationId, 'dequeue']]);
    expect(r.whereIs(young.conversationId)).toEqual({ queued: { group: 'sales', position: 1 } });
    // A close frees room: the next waiting conversation goes at once.
    expect(r.close(vip.conversationId, T0).assigned).toMatchObject([{ conversationId: young.conversationId, agent: 'a' }]);
  });

  it('refuses a hand-over to a full or absent agent, and records an admin going past capacity', () => {
    const r = router([agent('a', { maxConcurrent: 1 }), agent('away', { status: 'away' })]);
    const c1 = demand();
    const c2 = demand();
    r.open(c1, T0);
    r.open(c2, T0);
    expect(r.handTo(c2.conversationId, 'a', 'claim', T0).refused).toBe('at-capacity');
    expect(r.handTo(c2.conversationId, 'away', 'transfer', T0).refused).toBe('unavailable');
    expect(r.handTo(c2.conversationId, 'a', 'force-assign', T0, true).assigned).toMatchObject([{ agent: 'a', reason: { kind: 'force-assign', overCapacity: true } }]);
  });
});

describe('shift boundaries', () => {
  it('names the next instant a shift starts or ends, across a daylight-saving change', () => {
    const weekdays = { hours: parseWeeklyHours('mon-fri 09:00-17:00'), timezone: 'America/New_York' };
    // Friday 2026-03-06 18:00 EST; clocks go forward on Sunday 8 March, so Monday 09:00 is EDT (13:00Z).
    expect(new Date(nextShiftChange(weekdays, Date.parse('2026-03-06T23:00:00Z'))!).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(new Date(nextShiftChange(weekdays, Date.parse('2026-03-09T13:00:00Z'))!).toISOString()).toBe('2026-03-09T21:00:00.000Z');
    expect(nextShiftChange({ hours: null, timezone: 'UTC' }, T0)).toBeNull();
  });

  it('gives the caller one instant to wake at, and assigns from the queue when a shift starts', () => {
    const early = agent('early', { hours: parseWeeklyHours('mon-sun 11:00-12:00') });
    const r = router([early]);
    const waiting = demand();
    expect(r.open(waiting, T0).decision).toMatchObject({ kind: 'leave-a-message' });
    expect(r.nextChangeAt()).toBe(Date.parse('2026-01-05T11:00:00Z'));
    expect(r.advance(r.nextChangeAt()! - 1)).toEqual([]);
    expect(r.advance(r.nextChangeAt()!)).toMatchObject([{ conversationId: waiting.conversationId, agent: 'early', reason: { kind: 'dequeue' } }]);
    expect(r.nextChangeAt()).toBe(Date.parse('2026-01-05T12:00:00Z'));
  });
});
