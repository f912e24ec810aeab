import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnShift, parseWeeklyHours } from '../src/server/domain/agent.js';
import { nextShiftChange, restoreRouter, Router, snapshotOf, type Assignment, type Demand, type RoutingAgent, type RoutingResult, type RoutingSettings } from '../src/server/routing/index.js';

/*
 * Random interleavings of agent events, opens, closes, transfers, claims, accept timeouts, restarts and clock
 * jumps across shift boundaries (and a daylight-saving change), checked after every step against a model
 * that decides eligibility on its own, from the domain's shift rule rather than the core's caches.
 * ROUTING_RUNS=5000 searches harder (the default keeps the suite quick).
 */
const GROUPS = ['sales', 'billing', 'vip'];
const SHIFTS = [null, 'always', 'mon-fri 09:00-17:00', 'sun+wed 22:00-06:00', 'sat 10:00-14:00; tue 08:00-20:00', 'mon-sun 06:00-10:00'];
const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York'];
const START = Date.parse('2026-03-06T20:00:00Z'); // the US leaves standard time on 2026-03-08
const TTL = 2 * 24 * 3_600_000;
const settings: RoutingSettings = { weights: { language: 4, skills: 3, load: 2, shift: 1, fairness: 2 }, stickyMaxUsers: 2, stickyTtlMs: TTL, fallbackAgent: 'a0', fairnessWindowMs: 600_000, runnersUp: 2 };

const agentArb = fc.record({
  groups: fc.subarray(GROUPS),
  skills: fc.subarray(['refunds', 'api', 'shipping']),
  languages: fc.subarray(['en', 'zh-CN', 'fr']),
  maxConcurrent: fc.integer({ min: 1, max: 3 }),
  timezone: fc.constantFrom(...ZONES),
  hours: fc.constantFrom(...SHIFTS),
});
const pick = fc.nat(1000);
const opArb = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('status' as const), agent: fc.nat(4), status: fc.constantFrom('online' as const, 'online' as const, 'away' as const, 'offline' as const) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('change' as const), agent: fc.nat(4), change: agentArb }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('remove' as const), agent: fc.nat(4) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('open' as const), user: fc.option(fc.nat(3), { freq: 4 }), group: fc.option(fc.constantFrom(...GROUPS), { freq: 2 }), priority: fc.nat(2), language: fc.option(fc.constantFrom('en', 'zh-CN', 'zh-TW', 'fr')), skills: fc.subarray(['refunds', 'api', 'shipping']) }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant('close' as const), pick }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('toGroup' as const), pick, group: fc.option(fc.constantFrom(...GROUPS)) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('toAgent' as const), pick, agent: fc.nat(4), kind: fc.constantFrom('transfer' as const, 'claim' as const, 'force-assign' as const) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('timeout' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('clock' as const), minutes: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3000 })) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('restart' as const) }), weight: 1 },
);

class Model {
  now = START;
  agents = new Map<string, RoutingAgent>();
  open = new Map<string, Demand>();
  holder = new Map<string, string>();
  lastAgent = new Map<string, { agent: string; at: number }>();
  /** Conversations the core may keep queued while their previous agent has room (an accept timeout skips that agent once). */
  declined = new Set<string>();
  /** Load an agent kept when an admin lowered their max_concurrent below it: routing adds nothing, but takes nothing away. */
  lowered = new Map<string, number>();
  /** Conversations queued again after a transfer, timeout or their agent's removal: they keep their opening time, not their place among equals. */
  rerouted = new Set<string>();
  lastAssigned = new Map<string, number>();
  router = new Router(settings, (user) => this.lastAgent.get(user) ?? null);
  next = 0;

  constructor() {
    this.router.setGroup({ name: 'vip', fallback: 'sales' });
    this.router.setGroup({ name: 'sales', fallback: null });
  }

  load(agent: string): number {
    let n = 0;
    for (const a of this.holder.values()) if (a === agent) n++;
    return n;
  }
  eligible(name: string): boolean {
    const a = this.agents.get(name);
    return !!a && a.status === 'online' && isOnShift({ hours: a.hours, timezone: a.timezone }, new Date(this.now)) && this.load(name) < a.maxConcurrent;
  }
  present(name: string): boolean {
    const a = this.agents.get(name);
    return !!a && a.status !== 'offline' && isOnShift({ hours: a.hours, timezone: a.timezone }, new Date(this.now));
  }
  inGroup(name: string, group: string | null): boolean {
    return group === null || (this.agents.get(name)?.groups.includes(group) ?? false);
  }
  fallbackChain(group: string | null): string[] {
    return group === 'vip' ? ['sales'] : [];
  }

  /** Checks each assignment against the model as it stands at that moment, then records it. */
  accept(assigned: Assignment[], transfer?: { id: string; group: string | null }): void {
    for (const a of assigned) {
      const demand = this.open.get(a.conversationId)!;
      expect(demand, `assigned an unknown or closed conversation ${a.conversationId}`).toBeDefined();
      expect(this.holder.has(a.conversationId), `${a.conversationId} assigned twice`).toBe(false);
      if (a.reason.kind !== 'force-assign') expect(this.eligible(a.agent), `${a.agent} eligible for ${a.conversationId} (${a.reason.kind})`).toBe(true);
      const group = transfer?.id === a.conversationId ? transfer.group : demand.group;
      if (['sticky', 'score', 'dequeue'].includes(a.reason.kind) || (a.reason.kind === 'transfer' && a.reason.via)) expect(this.inGroup(a.agent, group), `${a.agent} serves ${group} (${a.reason.kind})`).toBe(true);
      if (a.reason.kind === 'fallback') {
        const fits = a.reason.via === `agent:${settings.fallbackAgent}` || this.fallbackChain(group).some((g) => a.reason.via === `group:${g}` && this.inGroup(a.agent, g));
        expect(fits, `fallback ${a.reason.via} for ${group}`).toBe(true);
      }
      this.holder.set(a.conversationId, a.agent);
      this.lastAssigned.set(a.agent, this.now);
      this.declined.delete(a.conversationId);
      if (demand.userKey !== null) this.lastAgent.set(demand.userKey, { agent: a.agent, at: this.now });
    }
  }

  /** The score as docs/routing.md defines it, computed here on its own. */
  total(name: string, d: Demand): number {
    const a = this.agents.get(name)!;
    const w = settings.weights;
    const langs = a.languages.map((l) => l.toLowerCase());
    const asked = d.language?.toLowerCase();
    const language = asked === undefined ? 0 : langs.includes(asked) ? 1 : langs.some((l) => l.split('-')[0] === asked.split('-')[0]) ? 0.5 : 0;
    const skills = d.skills.length === 0 ? 0 : d.skills.filter((s) => a.skills.includes(s)).length / d.skills.length;
    const load = (a.maxConcurrent - this.load(name)) / a.maxConcurrent;
    const change = nextShiftChange(a, this.now);
    const shift = change === null ? 1 : Math.min(1, (change - this.now) / 3_600_000);
    const last = this.lastAssigned.get(name);
    const fairness = last === undefined ? 1 : Math.min(1, (this.now - last) / settings.fairnessWindowMs);
    return w.language * language + w.skills * skills + w.load * load + w.shift * shift + w.fairness * fairness;
  }

  release(id: string): void {
    this.holder.delete(id);
  }

  invariants(result: RoutingResult | null): void {
    const r = this.router;
    for (const [name, agent] of this.agents) {
      const n = this.load(name);
      if (n <= agent.maxConcurrent) this.lowered.delete(name);
      const forced = [...r.assignments.values()].some((h) => h.reason.overCapacity && h.agent.username === name);
      if (!forced) expect(n, `${name} over capacity`).toBeLessThanOrEqual(Math.max(agent.maxConcurrent, this.lowered.get(name) ?? 0));
      expect(r.agents.get(name)?.load).toBe(n);
    }
    // Every open conversation is in exactly one place; closed ones are in none.
    for (const id of this.open.keys()) expect(Number(r.queued.has(id)) + Number(r.assignments.has(id)), id).toBe(1);
    expect(r.queued.size + r.assignments.size).toBe(this.open.size);
    for (const [id, agent] of this.holder) expect(r.assignments.get(id)?.agent.username).toBe(agent);
    // Nobody waits while an agent of the group has room (save right after an accept timeout).
    for (const [id, entry] of r.queued) {
      if (this.declined.has(id)) continue;
      for (const name of this.agents.keys()) expect(this.eligible(name) && this.inGroup(name, entry.demand.group), `${id} waits while ${name} has room`).toBe(false);
    }
    // FIFO within a group and priority: what was taken from a queue waited longer than what is still there.
    for (const a of result?.assigned ?? []) {
      if (a.reason.kind !== 'dequeue') continue;
      const taken = this.open.get(a.conversationId)!;
      for (const [id, entry] of r.queued) {
        if (this.declined.has(id) || entry.demand.group !== taken.group || entry.demand.priority !== taken.priority) continue;
        expect(entry.demand.openedAt, `${id} waited longer than ${a.conversationId}`).toBeGreaterThanOrEqual(taken.openedAt);
        // Opened in the same millisecond: first opened, first served (unless either was routed again since).
        if (entry.demand.openedAt === taken.openedAt && !this.rerouted.has(id) && !this.rerouted.has(a.conversationId)) {
          expect(Number(id.slice(1)), `${id} opened before ${a.conversationId}`).toBeGreaterThan(Number(a.conversationId.slice(1)));
        }
      }
    }
    const decision = result?.decision;
    if (decision && (decision.kind === 'queue' || decision.kind === 'leave-a-message')) {
      const group = this.open.get(decision.conversationId)!.group;
      const someone = [...this.agents.keys()].some((n) => this.present(n) && [group, ...this.fallbackChain(group)].some((g) => this.inGroup(n, g))) || this.present(settings.fallbackAgent!);
      expect(decision.kind).toBe(someone ? 'queue' : 'leave-a-message');
    }
  }
}

function agentOf(index: number, change: AgentChange | undefined, status: RoutingAgent['status'], prior?: RoutingAgent): RoutingAgent {
  const base = prior ?? { username: `a${index}`, status, groups: ['sales'], skills: [], languages: ['en'], maxConcurrent: 2, timezone: 'UTC', hours: null };
  if (!change) return { ...base, status };
  return { ...base, ...change, hours: change.hours === null ? null : parseWeeklyHours(change.hours), status };
}

type AgentChange = typeof agentArb extends fc.Arbitrary<infer T> ? T : never;
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function step(m: Model, op: Op): void {
  const ids = [...m.open.keys()];
  const chosen = ids.length === 0 ? undefined : ids[(op as { pick?: number }).pick! % ids.length];
  // Shift boundaries passed by the clock are applied first, so each assignment is checked at its own moment.
  const advanced = m.router.advance(m.now);
  m.accept(advanced);
  let result: RoutingResult | null = null;
  switch (op.op) {
    case 'status':
    case 'change': {
      const name = `a${op.agent}`;
      const agent = agentOf(op.agent, op.op === 'change' ? op.change : undefined, op.op === 'status' ? op.status : m.agents.get(name)?.status ?? 'online', m.agents.get(name));
      m.agents.set(name, agent);
      if (m.load(name) > agent.maxConcurrent) m.lowered.set(name, m.load(name));
      result = m.router.upsertAgent(agent, m.now);
      m.accept(result.assigned);
      break;
    }
    case 'remove': {
      const name = `a${op.agent}`;
      if (!m.agents.has(name)) return;
      m.agents.delete(name);
      m.lastAssigned.delete(name);
      for (const [id, holder] of [...m.holder]) if (holder === name) m.release(id), m.rerouted.add(id);
      result = m.router.removeAgent(name, m.now);
      m.accept(result.assigned);
      break;
    }
    case 'open': {
      const demand: Demand = { conversationId: `c${m.next++}`, userKey: op.user === null ? null : `u${op.user}`, group: op.group, skills: op.skills, language: op.language, priority: op.priority, openedAt: m.now };
      m.open.set(demand.conversationId, demand);
      const sticky = demand.userKey === null ? undefined : m.lastAgent.get(demand.userKey);
      const stickyEligible = sticky && m.now - sticky.at < TTL && m.eligible(sticky.agent) && m.inGroup(sticky.agent, demand.group);
      result = m.router.open(demand, m.now);
      if (stickyEligible) expect(result.decision).toMatchObject({ kind: 'sticky', agent: sticky.agent });
      if (result.decision?.kind === 'score') {
        // The best wins: no eligible agent of the group scores higher than the winner.
        const best = Math.max(...[...m.agents.keys()].filter((n) => m.eligible(n) && m.inGroup(n, demand.group)).map((n) => m.total(n, demand)));
        expect(result.decision.reason.breakdown!.total).toBeCloseTo(best, 9);
      }
      m.accept(result.assigned);
      break;
    }
    case 'close':
      if (!chosen) return;
      m.release(chosen);
      m.open.delete(chosen);
      m.declined.delete(chosen);
      result = m.router.close(chosen, m.now);
      m.accept(result.assigned);
      break;
    case 'toGroup':
      if (!chosen) return;
      m.release(chosen);
      m.rerouted.add(chosen);
      result = m.router.transferToGroup(chosen, op.group, m.now);
      m.open.set(chosen, { ...m.open.get(chosen)!, group: op.group });
      m.accept(result.assigned, { id: chosen, group: op.group });
      break;
    case 'toAgent': {
      const name = `a${op.agent}`;
      if (!chosen || !m.agents.has(name)) return;
      const before = m.holder.get(chosen);
      const could = m.agents.get(name)!.status === 'online' && m.present(name) && m.load(name) - (before === name ? 0 : 0) < m.agents.get(name)!.maxConcurrent;
      const handed = m.router.handTo(chosen, name, op.kind, m.now);
      expect(handed.refused === undefined, `handTo ${name}: ${handed.refused}`).toBe(could);
      if (handed.refused) return;
      m.release(chosen);
      result = handed;
      m.accept(handed.assigned);
      break;
    }
    case 'timeout':
      if (!chosen || !m.holder.has(chosen)) return;
      m.release(chosen);
      m.rerouted.add(chosen);
      result = m.router.reroute(chosen, m.now);
      m.accept(result.assigned);
      if (m.router.queued.has(chosen)) m.declined.add(chosen);
      break;
    case 'clock':
      m.now += op.minutes * 60_000;
      m.accept(m.router.advance(m.now));
      break;
    case 'restart': {
      const before = snapshotOf(m.router);
      m.router = restoreRouter(settings, structuredClone(before), m.now, (user) => m.lastAgent.get(user) ?? null);
      expect(snapshotOf(m.router)).toEqual(before);
      break;
    }
  }
  m.invariants(result);
}

describe('routing core, random interleavings', () => {
  it('never over capacity or to an ineligible agent, loses nothing, keeps FIFO and stickiness, survives a restart', () => {
    fc.assert(
      fc.property(fc.array(agentArb, { minLength: 2, maxLength: 5 }), fc.array(opArb, { minLength: 1, maxLength: 80, size: 'max' }), (agents, ops) => {
        const m = new Model();
        agents.forEach((change, i) => step(m, { op: 'change', agent: i, change }));
        for (const op of ops) step(m, op);
      }),
      { numRuns: Number(process.env.ROUTING_RUNS ?? 200) },
    );
  }, 600_000);
});

describe('routing core, a busy queue', () => {
  // Two agents, one group, two priorities, more opens than closes: queues grow and drain on every close.
  const busyOp = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('open' as const), user: fc.constant(null), group: fc.constant('sales'), priority: fc.nat(1), language: fc.constant(null), skills: fc.constant<string[]>([]) }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('close' as const), pick }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('status' as const), agent: fc.nat(1), status: fc.constantFrom('online' as const, 'away' as const) }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('clock' as const), minutes: fc.integer({ min: 1, max: 3 }) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('restart' as const) }), weight: 1 },
  );
  it('serves each group and priority first come, first served, and never too many at once', () => {
    fc.assert(
      fc.property(fc.array(busyOp, { minLength: 1, maxLength: 80, size: 'max' }), (ops) => {
        const m = new Model();
        for (const i of [0, 1]) step(m, { op: 'change', agent: i, change: { groups: ['sales'], skills: [], languages: [], maxConcurrent: 2, timezone: 'UTC', hours: null } });
        for (const op of ops) step(m, op);
      }),
      { numRuns: Number(process.env.ROUTING_RUNS ?? 300) },
    );
  }, 600_000);
});
