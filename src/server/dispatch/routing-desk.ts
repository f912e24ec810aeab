import type { Agent } from '../domain/agent.js';
import { AUTOMATIC_REASONS, type AssignmentReason } from '../domain/assignment.js';
import { decideCapacity, type CapacityOverride } from '../domain/capacity.js';
import { isAnonymous, type Conversation, type Participant } from '../domain/conversation.js';
import type { Group } from '../domain/group.js';
import { WukfError } from '../../proto/errors.js';
import type { Assignment, Demand, RoutingAgent, Router } from '../routing/index.js';
import type { HandOverKind, RoutingIntent, RoutingPolicy } from '../conversations/routing-policy.js';

export interface DeskSettings {
  /** offer: automatic assignments wait for the agent's accept; final: theirs at once. */
  mode: 'offer' | 'final';
  acceptTimeoutMs: number;
  claimAllowed: boolean;
  maxPriority: number;
}

/** An agent or admin account as routing needs it: the routed fields and the name shown to visitors. */
export function routingAgentOf(agent: Agent, status: RoutingAgent['status']): RoutingAgent {
  return {
    username: agent.username,
    status,
    groups: agent.groups,
    skills: agent.skills,
    languages: agent.languages,
    timezone: agent.timezone,
    hours: agent.hours,
    maxConcurrent: agent.maxConcurrent,
  };
}

/** What routing asks for a conversation. Users are keyed by visitor id: an app user's id is `u_<the app's id>`, so stickiness follows them. */
export function demandOf(c: Conversation): Demand {
  return {
    conversationId: c.id,
    userKey: c.visitor.id,
    group: c.group,
    skills: c.skills,
    language: c.language === '' ? null : c.language,
    priority: c.priority,
    openedAt: c.createdAt,
  };
}

/**
 * Routing's side of the conversation core: the router's state, the checks a person's hand-over must pass, and
 * the intent the core stores (RoutingPolicy). Synchronous and free of I/O like the router it wraps; the
 * routing service (routing-service.ts) feeds it events and turns its results into lane tasks and timers.
 */
export class RoutingDesk implements RoutingPolicy {
  /** Display names of routed agents, for the participant a routed conversation is put with. */
  private readonly names = new Map<string, string>();
  private readonly groups = new Set<string>();
  /** nobodyFor's answers for one instant: a round of visitors' places asks once per group, not once per visitor. */
  private nobody = { at: -1, byGroup: new Map<string | null, boolean>() };

  /**
   * @param drained receives what routing assigned as a side effect of a person's hand-over (the agent who
   * handed a conversation on takes from the queue): the service stores those too.
   */
  constructor(
    readonly router: Router,
    readonly settings: DeskSettings,
    private readonly now: () => number,
    private readonly drained: (assigned: Assignment[]) => void = () => {},
  ) {}

  get claimAllowed(): boolean {
    return this.settings.claimAllowed;
  }

  // --- what the service tells it --------------------------------------------------------------------------

  setGroups(groups: Group[]): void {
    this.groups.clear();
    for (const g of groups) this.groups.add(g.name);
    for (const name of [...this.router.groups.keys()]) if (!this.groups.has(name)) this.router.removeGroup(name);
    for (const g of groups) this.router.setGroup({ name: g.name, fallback: g.fallback });
  }

  /** An account was created or changed (agent role: routed; admin: not), keeping its status. */
  upsertAgent(agent: Agent): Assignment[] {
    const now = this.now();
    if (agent.role !== 'agent') return this.removeAgent(agent.username);
    this.names.set(agent.username, agent.displayName);
    const status = this.router.agentView(agent.username)?.status ?? 'offline';
    return this.router.upsertAgent(routingAgentOf(agent, status), now).assigned;
  }

  removeAgent(username: string): Assignment[] {
    if (!this.router.agents.has(username)) return [];
    this.names.delete(username);
    return this.router.removeAgent(username, this.now()).assigned;
  }

  setStatus(username: string, status: RoutingAgent['status']): Assignment[] {
    if (!this.router.agents.has(username)) return [];
    return this.router.setStatus(username, status, this.now()).assigned;
  }

  /** The conversations routing holds with an agent, for a lost agent's re-routing. */
  heldBy(username: string): string[] {
    const ids: string[] = [];
    for (const [id, held] of this.router.assignments) if (held.agent.username === username) ids.push(id);
    return ids;
  }

  /** Takes in a conversation as stored (at start, or after a failed commit): with its agent, queued, or not routed. */
  adopt(c: Conversation): void {
    const now = this.now();
    const assigned = this.router.forget(c.id, now);
    if (c.state === 'active' && c.agent) assigned.push(...this.router.take(demandOf(c), c.agent.id, c.assignment ?? { kind: 'claim' }, c.assignment?.at ?? now));
    else if (c.state === 'queued' && c.visitorLeftAt === null) this.router.enqueue(demandOf(c), this.router.seq++);
    this.drained(assigned);
  }

  // --- RoutingPolicy -------------------------------------------------------------------------------------

  intent(c: Conversation): RoutingIntent | null {
    const where = this.router.whereIs(c.id);
    if (!where) return null;
    if ('queued' in where) return { queued: true };
    const displayName = this.names.get(where.agent) ?? where.agent;
    // The reason kept is the one routing gave when it chose; a conversation already with that agent keeps its own.
    const assignment = { ...where.reason, at: this.now() };
    const offer = this.settings.mode === 'offer' && chosenByRouting(where.reason);
    return { agent: { kind: 'agent', id: where.agent, displayName }, assignment, offerExpiresAt: offer ? this.now() + this.settings.acceptTimeoutMs : null };
  }

  handOver(c: Conversation, by: Participant, agent: Agent, kind: HandOverKind, options: CapacityOverride): { overCapacity: boolean } | undefined {
    const view = this.router.agentView(agent.username);
    if (!view) {
      // An account routing does not route to (an admin): the conversation leaves routing, or routing would hand it on.
      this.drained(this.router.forget(c.id, this.now()));
      return undefined;
    }
    // A claimer is connected by definition; away still lets them take one on purpose. Others must be able to work it.
    const available = kind === 'claim' ? view.status !== 'offline' : view.status === 'online' && view.onShift;
    // override_capacity is about capacity only: nobody is given a conversation they cannot see.
    if (!available) throw new WukfError('WUKF_E_AGENT_UNAVAILABLE', `${agent.username} is ${view.status === 'online' ? 'off shift' : view.status} and takes no conversations now`);
    const overCapacity = decideCapacity(by, agent, view.load, options);
    const reason: AssignmentReason = { kind, ...(overCapacity ? { overCapacity: true } : {}) };
    this.drained(this.router.take(demandOf(c), agent.username, reason, this.now()));
    return { overCapacity };
  }

  toGroup(c: Conversation, group: string): RoutingIntent {
    const now = this.now();
    if (!this.router.has(c.id)) this.adopt(c);
    const result = this.router.transferToGroup(c.id, group, now);
    this.drained(result.assigned.filter((a) => a.conversationId !== c.id));
    return this.intent({ ...c, group }) ?? { queued: true };
  }

  priorityFor(visitor: Participant, asked: number): number {
    return isAnonymous(visitor) ? 0 : Math.min(Math.max(0, Math.trunc(asked)), this.settings.maxPriority);
  }

  assertGroup(name: string): void {
    if (!this.groups.has(name)) throw new WukfError('WUKF_E_GROUP_NOT_FOUND', `no group named ${JSON.stringify(name)}`);
  }

  // --- reads for the visitors' queue view ------------------------------------------------------------------

  /** A queued conversation's 1-based place in its group's queue; undefined when routing does not queue it. */
  positionOf(id: string): number | undefined {
    const where = this.router.whereIs(id);
    return where && 'queued' in where ? where.queued.position : undefined;
  }

  /** Nobody who could take a conversation of this group is online or away and on shift (leave-a-message). */
  nobodyFor(group: string | null): boolean {
    const now = this.now();
    if (this.nobody.at !== now) this.nobody = { at: now, byGroup: new Map() };
    let nobody = this.nobody.byGroup.get(group);
    if (nobody === undefined) this.nobody.byGroup.set(group, (nobody = !this.router.anyonePresent(group)));
    return nobody;
  }
}

/** Routing chose the agent (it is offered when routing.assignment is offer); a person's choice is final. */
export function chosenByRouting(reason: AssignmentReason): boolean {
  return AUTOMATIC_REASONS.has(reason.kind) || (reason.kind === 'transfer' && reason.breakdown !== undefined);
}
