import { WukfError } from '../../proto/errors.js';
import { AgentState } from './agent-state.js';
import { prepare, rank, score, type Ranked } from './score.js';
import { keyOf, RoutingState } from './state.js';
import type { AgentStatus, Assignment, AssignmentReason, Decision, Demand, ReasonKind, RoutingAgent, RoutingGroup, RoutingResult } from './types.js';

/** Why a hand-over to a named agent was refused; the caller maps it to its error. */
export type Refusal = 'unavailable' | 'at-capacity';

/**
 * The routing core: agents, groups, queues, assignments and stickiness in memory, changed only through these
 * calls, each given the time. Synchronous and free of I/O: the caller persists what it returns and sets one
 * timer for nextChangeAt(). Every call first applies the shift boundaries that have passed, so no decision is
 * made on a stale shift. The invariant that makes draining cheap: a conversation waits in a group's queue only
 * while no eligible agent of that group has room, so an agent that gains room takes from its own groups'
 * queues, best first, without looking at any other agent.
 */
export class Router extends RoutingState {
  /** The next instant a shift starts or ends: call advance() then (one timer, no polling). */
  nextChangeAt(): number | null {
    return this.nextShiftCheck;
  }

  /** Applies the shift boundaries passed by `now`; agents whose shift started take from the queues. */
  advance(now: number): Assignment[] {
    if (this.nextShiftCheck === null || now < this.nextShiftCheck) return [];
    const gained: AgentState[] = [];
    this.nextShiftCheck = null;
    for (const agent of this.agents.values()) {
      if (agent.shiftChangeAt !== null && agent.shiftChangeAt <= now) {
        agent.refreshShift(now);
        if (this.sync(agent)) gained.push(agent);
      }
      this.noteShift(agent);
    }
    return this.drain(gained, now);
  }

  upsertAgent(input: RoutingAgent, now: number): RoutingResult {
    const assigned = this.advance(now);
    let agent = this.agents.get(input.username);
    if (agent) {
      this.unlist(agent);
      agent.update(input, now);
    } else {
      agent = new AgentState(input, now);
      this.agents.set(input.username, agent);
    }
    this.noteShift(agent);
    this.sync(agent);
    return { decision: null, assigned: [...assigned, ...this.drain([agent], now)] };
  }

  setStatus(username: string, status: AgentStatus, now: number): RoutingResult {
    return this.upsertAgent({ ...this.agent(username).input, status }, now);
  }

  /** An agent deleted: their conversations are routed again, stickiness to them skipped. */
  removeAgent(username: string, now: number): RoutingResult {
    const assigned = this.advance(now);
    const agent = this.agent(username);
    this.unlist(agent);
    this.agents.delete(username);
    const decisions = [...this.assignments].filter(([, held]) => held.agent === agent);
    for (const [conversationId, held] of decisions) {
      this.assignments.delete(conversationId);
      assigned.push(...this.decide(held.demand, now, { skipSticky: true, exclude: agent }).assigned);
    }
    return { decision: null, assigned };
  }

  setGroup(group: RoutingGroup): void {
    this.groups.set(group.name, group);
  }

  removeGroup(name: string): void {
    this.groups.delete(name);
  }

  /** A new conversation needs an agent: sticky, else score, else fallback, else the queue. */
  open(demand: Demand, now: number): RoutingResult {
    const assigned = this.advance(now);
    if (this.assignments.has(demand.conversationId) || this.queued.has(demand.conversationId)) {
      throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${demand.conversationId} is already routed`);
    }
    const result = this.decide(demand, now, {});
    // Most calls pass no shift boundary: no copy then.
    return { decision: result.decision, assigned: assigned.length === 0 ? result.assigned : [...assigned, ...result.assigned] };
  }

  /** A conversation closed (or its visitor left the queue): its agent, if any, takes from the queue. */
  close(conversationId: string, now: number): RoutingResult {
    const assigned = this.advance(now);
    const entry = this.queued.get(conversationId);
    if (entry) {
      this.dequeue(entry);
      return { decision: null, assigned };
    }
    const held = this.held(conversationId);
    this.release(conversationId, held);
    return { decision: null, assigned: [...assigned, ...this.drain([held.agent], now)] };
  }

  /**
   * Routes a conversation again without its agent: the offer was not accepted in time, or the agent was lost.
   * Stickiness is skipped and the previous agent is not chosen this time (if nobody else can take it, it waits).
   */
  reroute(conversationId: string, now: number): RoutingResult {
    const assigned = this.advance(now);
    const held = this.held(conversationId);
    this.release(conversationId, held);
    const result = this.decide(held.demand, now, { skipSticky: true, exclude: held.agent });
    return { decision: result.decision, assigned: [...assigned, ...result.assigned, ...this.drain([held.agent], now, conversationId)] };
  }

  /** Transfer to a group: routed within it (stickiness skipped), or waits in its queue. */
  transferToGroup(conversationId: string, group: string | null, now: number): RoutingResult {
    const assigned = this.advance(now);
    const { demand, from } = this.takeBack(conversationId);
    const result = this.decide({ ...demand, group }, now, { skipSticky: true, exclude: from, kind: 'transfer' });
    return { decision: result.decision, assigned: [...assigned, ...result.assigned, ...(from ? this.drain([from], now) : [])] };
  }

  /**
   * Hands a conversation to a named agent: a transfer, a claim from the queue, or an admin's force-assign. The
   * agent must be online, on shift and have room; only a force-assign with overCapacity skips that, and says so.
   */
  handTo(conversationId: string, username: string, kind: Extract<ReasonKind, 'transfer' | 'claim' | 'force-assign'>, now: number, overCapacity = false): RoutingResult & { refused?: Refusal } {
    const assigned = this.advance(now);
    const agent = this.agent(username);
    const override = kind === 'force-assign' && overCapacity;
    if (!override && !(agent.input.status === 'online' && agent.onShift)) return { decision: null, assigned, refused: 'unavailable' };
    if (!override && agent.load >= agent.input.maxConcurrent) return { decision: null, assigned, refused: 'at-capacity' };
    const { demand, from } = this.takeBack(conversationId);
    const reason: AssignmentReason = { kind, ...(override && agent.load >= agent.input.maxConcurrent ? { overCapacity: true } : {}) };
    this.assign(demand, agent, reason, now);
    return { decision: null, assigned: [...assigned, { conversationId, agent: username, reason }, ...(from && from !== agent ? this.drain([from], now) : [])] };
  }

  /** An agent as a person's hand-over checks it; undefined: not routed (an admin, or an unknown name). */
  agentView(username: string): { status: AgentStatus; onShift: boolean; load: number; maxConcurrent: number } | undefined {
    const agent = this.agents.get(username);
    return agent && { status: agent.input.status, onShift: agent.onShift, load: agent.load, maxConcurrent: agent.input.maxConcurrent };
  }

  /**
   * Puts a conversation with an agent whatever the agent's state: a person chose and the caller checked it,
   * or the store says so. An agent routing does not know (an admin) holds nothing here. The previous
   * holder, if any, takes from the queue.
   */
  take(demand: Demand, username: string, reason: AssignmentReason, now: number): Assignment[] {
    const assigned = this.advance(now);
    const from = this.has(demand.conversationId) ? this.takeBack(demand.conversationId).from : undefined;
    const agent = this.agents.get(username);
    if (agent) this.assign(demand, agent, reason, now);
    return [...assigned, ...(from && from !== agent ? this.drain([from], now) : [])];
  }

  /** The conversation leaves routing (closed, its visitor left the queue): its agent, if any, takes from the queue. */
  forget(conversationId: string, now: number): Assignment[] {
    return this.has(conversationId) ? this.close(conversationId, now).assigned : this.advance(now);
  }

  has(conversationId: string): boolean {
    return this.queued.has(conversationId) || this.assignments.has(conversationId);
  }

  /** Where a conversation is: waiting (with its 1-based place in its group's queue) or with an agent. */
  whereIs(conversationId: string): { queued: { group: string | null; position: number } } | { agent: string; reason: AssignmentReason } | null {
    const entry = this.queued.get(conversationId);
    if (entry) return { queued: { group: entry.demand.group, position: this.queues.get(keyOf(entry.demand.group))!.position(entry) } };
    const held = this.assignments.get(conversationId);
    return held ? { agent: held.agent.username, reason: held.reason } : null;
  }

  private decide(demand: Demand, now: number, opts: { skipSticky?: boolean; exclude?: AgentState; kind?: ReasonKind }): { decision: Decision; assigned: Assignment[] } {
    this.rotation++;
    const prepared = prepare(demand);
    const allowed = (a: AgentState) => a !== opts.exclude;
    const choose = (kind: 'sticky' | 'score' | 'fallback', ranked: Ranked[], candidates: number, via?: string) => {
      const [winner, ...runnersUp] = ranked;
      const through = via ?? (opts.kind === 'transfer' ? `group:${demand.group ?? 'any'}` : undefined);
      const reason: AssignmentReason = { kind: opts.kind ?? kind, breakdown: winner!.breakdown, ...(through !== undefined ? { via: through } : {}) };
      this.assign(demand, winner!.agent, reason, now);
      const decision: Decision = { kind, conversationId: demand.conversationId, agent: winner!.agent.username, reason, runnersUp: runnersUp.map((r) => r.breakdown), candidates };
      return { decision, assigned: [{ conversationId: demand.conversationId, agent: winner!.agent.username, reason }] };
    };

    if (!opts.skipSticky && demand.userKey !== null) {
      const agent = this.agents.get(this.sticky.agentOf(demand.userKey, now) ?? '');
      if (agent && agent.eligible && agent.inGroup(demand.group) && allowed(agent)) {
        return choose('sticky', [{ agent, breakdown: score(agent, prepared, now, this.settings) }], 1);
      }
    }
    const keep = this.settings.runnersUp + 1;
    const among = (key: string) => this.candidates(key);
    const scored = rank(among(keyOf(demand.group)), opts.exclude, prepared, now, this.settings, this.rotation, keep);
    if (scored.top.length > 0) return choose('score', scored.top, scored.count);

    // A transfer names its group: with nobody free there it waits in that queue rather than falling back.
    for (const group of opts.kind === 'transfer' ? [] : this.fallbackChain(demand.group)) {
      const fallback = rank(among(group), opts.exclude, prepared, now, this.settings, this.rotation, keep);
      if (fallback.top.length > 0) return choose('fallback', fallback.top, fallback.count, `group:${group}`);
    }
    const named = this.settings.fallbackAgent === null ? undefined : this.agents.get(this.settings.fallbackAgent);
    if (named && named.eligible && allowed(named) && opts.kind !== 'transfer') {
      return choose('fallback', [{ agent: named, breakdown: score(named, prepared, now, this.settings) }], 1, `agent:${named.username}`);
    }

    const entry = this.enqueue(demand, this.seq++);
    const position = this.queues.get(keyOf(demand.group))!.position(entry);
    const kind = this.anyonePresent(demand.group) ? 'queue' : 'leave-a-message';
    return { decision: { kind, conversationId: demand.conversationId, group: demand.group, position }, assigned: [] };
  }

  /** The requested group's fallback group, its fallback, … each once. */
  private fallbackChain(group: string | null): string[] {
    const chain: string[] = [];
    for (let g = group === null ? null : this.groups.get(group)?.fallback ?? null; g !== null && g !== group && !chain.includes(g); g = this.groups.get(g)?.fallback ?? null) {
      chain.push(g);
    }
    return chain;
  }

  /** Someone who could take the conversation without a setting changing: present in the group, a fallback group, or the fallback agent. */
  anyonePresent(group: string | null): boolean {
    const groups = [group, ...this.fallbackChain(group)];
    const named = this.settings.fallbackAgent === null ? undefined : this.agents.get(this.settings.fallbackAgent);
    if (named?.present) return true;
    for (const agent of this.agents.values()) if (agent.present && groups.some((g) => agent.inGroup(g))) return true;
    return false;
  }

}
