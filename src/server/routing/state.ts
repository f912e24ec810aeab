import { WukfError } from '../../proto/errors.js';
import { AgentState, ANY_GROUP } from './agent-state.js';
import { CandidateList, NO_CANDIDATES } from './candidates.js';
import { GroupQueue, servedBefore, type QueuedEntry } from './queue.js';
import { prepare, score } from './score.js';
import { StickyAgents } from './sticky.js';
import type { Assignment, AssignmentReason, Demand, LastAgentLookup, RoutingGroup, RoutingSettings } from './types.js';

export const keyOf = (group: string | null) => group ?? ANY_GROUP;

export interface Held {
  demand: Demand;
  agent: AgentState;
  reason: AssignmentReason;
}

/**
 * The routing core's state and the moves that keep its indexes in step: candidate sets per group (eligible
 * agents only), queues per group, assignments and loads, stickiness. Router (router.ts) makes the decisions.
 */
export class RoutingState {
  readonly agents = new Map<string, AgentState>();
  readonly groups = new Map<string, RoutingGroup>();
  /** Eligible agents (online, on shift, with room) per group key: the only agents a decision scores. */
  protected readonly available = new Map<string, CandidateList>();
  private readonly listed = new Set<AgentState>();
  readonly queues = new Map<string, GroupQueue>();
  readonly queued = new Map<string, QueuedEntry>();
  readonly assignments = new Map<string, Held>();
  readonly sticky: StickyAgents;
  protected nextShiftCheck: number | null = null;
  rotation = 0;
  seq = 0;

  constructor(
    readonly settings: RoutingSettings,
    lastAgentOf: LastAgentLookup = () => null,
  ) {
    this.sticky = new StickyAgents(settings.stickyMaxUsers, settings.stickyTtlMs, lastAgentOf);
  }

  /** Agents that gained room take queued conversations, best first, one agent at a time, least recently assigned first. */
  protected drain(agents: AgentState[], now: number, skip?: string): Assignment[] {
    const assigned: Assignment[] = [];
    const order = [...new Set(agents)].filter((a) => this.agents.get(a.username) === a && a.eligible);
    order.sort((a, b) => (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || a.hash - b.hash);
    for (const agent of order) {
      while (agent.eligible) {
        const entry = this.bestQueuedFor(agent, skip);
        if (!entry) break;
        this.dequeue(entry);
        const reason: AssignmentReason = { kind: 'dequeue', breakdown: score(agent, prepare(entry.demand), now, this.settings) };
        this.assign(entry.demand, agent, reason, now);
        assigned.push({ conversationId: entry.demand.conversationId, agent: agent.username, reason });
      }
    }
    return assigned;
  }

  private bestQueuedFor(agent: AgentState, skip: string | undefined): QueuedEntry | undefined {
    let best: QueuedEntry | undefined;
    for (const key of agent.serves) {
      const queue = this.queues.get(key);
      if (!queue) continue;
      let head = queue.head();
      if (head && head.demand.conversationId === skip) {
        const it = queue.entries();
        it.next();
        head = it.next().value ?? undefined;
      }
      if (head && (!best || servedBefore(head, best))) best = head;
    }
    return best;
  }

  protected assign(demand: Demand, agent: AgentState, reason: AssignmentReason, now: number): void {
    this.assignments.set(demand.conversationId, { demand, agent, reason });
    agent.load++;
    agent.lastAssignedAt = now;
    if (demand.userKey !== null) this.sticky.remember(demand.userKey, agent.username, now);
    this.sync(agent);
  }

  protected release(conversationId: string, held: Held): void {
    this.assignments.delete(conversationId);
    held.agent.load--;
    this.sync(held.agent);
  }

  /** Takes a conversation out of the queue or off its agent, for a transfer or a claim. */
  protected takeBack(conversationId: string): { demand: Demand; from: AgentState | undefined } {
    const entry = this.queued.get(conversationId);
    if (entry) {
      this.dequeue(entry);
      return { demand: entry.demand, from: undefined };
    }
    const held = this.held(conversationId);
    this.release(conversationId, held);
    return { demand: held.demand, from: held.agent };
  }

  enqueue(demand: Demand, seq: number): QueuedEntry {
    const key = keyOf(demand.group);
    let queue = this.queues.get(key);
    if (!queue) this.queues.set(key, (queue = new GroupQueue()));
    const entry = { demand, seq };
    queue.enqueue(entry);
    this.queued.set(demand.conversationId, entry);
    return entry;
  }

  protected dequeue(entry: QueuedEntry): void {
    const key = keyOf(entry.demand.group);
    const queue = this.queues.get(key)!;
    queue.remove(entry);
    if (queue.size === 0) this.queues.delete(key);
    this.queued.delete(entry.demand.conversationId);
  }

  /** The eligible agents of a group key (none if it has no list yet). */
  protected candidates(key: string): CandidateList {
    return this.available.get(key) ?? NO_CANDIDATES;
  }

  /** Adds or removes the agent from its groups' candidate sets to match its eligibility; true when it became eligible. */
  sync(agent: AgentState): boolean {
    const eligible = agent.eligible && this.agents.get(agent.username) === agent;
    if (eligible === this.listed.has(agent)) return false;
    if (!eligible) {
      this.unlist(agent);
      return false;
    }
    this.listed.add(agent);
    for (const key of agent.serves) {
      let set = this.available.get(key);
      if (!set) this.available.set(key, (set = new CandidateList()));
      set.add(agent);
    }
    return true;
  }

  protected unlist(agent: AgentState): void {
    if (!this.listed.delete(agent)) return;
    for (const key of agent.serves) this.available.get(key)?.delete(agent);
  }

  /** An agent put back by restoreRouter: indexed and its shift boundary noted, nothing decided. */
  restored(agent: AgentState): void {
    this.noteShift(agent);
    this.sync(agent);
  }

  protected noteShift(agent: AgentState): void {
    if (agent.shiftChangeAt !== null && (this.nextShiftCheck === null || agent.shiftChangeAt < this.nextShiftCheck)) this.nextShiftCheck = agent.shiftChangeAt;
  }

  protected agent(username: string): AgentState {
    const agent = this.agents.get(username);
    if (!agent) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent ${username} in routing`);
    return agent;
  }

  protected held(conversationId: string): Held {
    const held = this.assignments.get(conversationId);
    if (!held) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `conversation ${conversationId} is not routed`);
    return held;
  }
}
