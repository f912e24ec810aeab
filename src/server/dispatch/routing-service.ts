import type { Agent } from '../domain/agent.js';
import type { Conversation, Participant } from '../domain/conversation.js';
import type { Group } from '../domain/group.js';
import { WukfError } from '../../proto/errors.js';
import type { Committed, ConversationCore } from '../conversations/index.js';
import type { Logger } from '../logger.js';
import { PresenceStatus } from '../presence/index.js';
import type { Assignment, RoutingResult } from '../routing/index.js';
import { demandOf, type RoutingDesk } from './routing-desk.js';
import { Timers } from './timers.js';

export interface RoutingServiceSettings {
  agentGraceMs: number;
  abandonGraceMs: number;
  /** 0: conversations are never closed for being idle. */
  idleCloseMs: number;
  stickyTtlMs: number;
  stickyMaxUsers: number;
  acceptTimeoutS: number;
}

/** The store as routing reads it: accounts, groups, and the agents visitors were last with. */
export interface RoutingDirectory {
  listAgents(): Promise<Agent[]>;
  getAgent(username: string): Promise<Agent | undefined>;
  listGroups(): Promise<Group[]>;
  lastAgents(filter: { since: number; limit: number; visitorId?: string }): Promise<{ visitorId: string; agent: string; at: number }[]>;
}

export interface RoutingServiceDeps {
  core: ConversationCore;
  desk: RoutingDesk;
  directory: RoutingDirectory;
  settings: RoutingServiceSettings;
  logger: Logger;
  now: () => number;
  /** Visitors' places or leave-a-message may have changed without the queue changing (an agent came or went). */
  onQueueMoved?: () => void;
}

/**
 * Routing at the edges: loads the router from the store at start, feeds it what happens (commits, presence,
 * account and group changes, the clock), and turns its decisions into lane tasks of the core (which store
 * them) and timers (offers, grace periods, shift boundaries). Decisions are made in the order events arrive.
 */
export class RoutingService {
  private readonly offers: Timers<string>;
  private readonly agentGrace: Timers<string>;
  private readonly visitorGrace: Timers<string>;
  private readonly shift: Timers<'shift'>;
  private idleSweep: NodeJS.Timeout | undefined;
  private detach: (() => void) | undefined;
  private opening: Promise<void> = Promise.resolve();

  constructor(private readonly deps: RoutingServiceDeps) {
    this.offers = new Timers(deps.now);
    this.agentGrace = new Timers(deps.now);
    this.visitorGrace = new Timers(deps.now);
    this.shift = new Timers(deps.now);
  }

  private get router() {
    return this.deps.desk.router;
  }

  /** Rebuilds routing from the store (after core.start()), then takes part in every hand-over. */
  async start(): Promise<void> {
    const { core, desk, directory, settings, now } = this.deps;
    desk.setGroups(await directory.listGroups());
    for (const agent of await directory.listAgents()) desk.upsertAgent(agent);
    const recent = await directory.lastAgents({ since: now() - settings.stickyTtlMs, limit: settings.stickyMaxUsers });
    for (const r of recent.reverse()) this.router.sticky.remember(r.visitorId, r.agent, r.at);
    const open = [...core.openConversations()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    for (const c of open) {
      desk.adopt(c);
      if (c.offerExpiresAt !== null) this.armOffer(c);
      if (c.state === 'queued' && c.visitorLeftAt === null) this.visitorGrace.arm(c.visitor.id, now() + settings.abandonGraceMs, () => this.visitorGone(c.visitor));
    }
    // Nobody is connected yet: agents holding conversations get their grace period from now.
    for (const username of new Set([...this.router.assignments.values()].map((h) => h.agent.username))) this.armAgentGrace(username);
    core.useRouting(desk);
    this.detach = core.committed.subscribe((event) => this.committed(event));
    if (settings.idleCloseMs > 0) {
      this.idleSweep = setInterval(() => this.closeIdle(), Math.min(Math.max(settings.idleCloseMs / 4, 1000), 60_000));
      this.idleSweep.unref();
    }
    this.rearmShift();
  }

  stop(): void {
    this.detach?.();
    clearInterval(this.idleSweep);
    for (const timers of [this.offers, this.agentGrace, this.visitorGrace, this.shift]) timers.clear();
  }

  /** A principal's presence changed on this node (ObservedPresence). */
  presence(who: Participant, status: PresenceStatus): void {
    const { desk, settings, now } = this.deps;
    if (who.kind === 'visitor') {
      // A timer only for a visitor with a place to lose: most visitors who leave have none.
      const waits = this.deps.core.openOf(who).some((c) => c.state === 'queued' && c.visitorLeftAt === null);
      if (status !== PresenceStatus.PRESENCE_STATUS_OFFLINE) this.visitorBack(who);
      else if (waits) this.visitorGrace.arm(who.id, now() + settings.abandonGraceMs, () => this.visitorGone(who));
      return;
    }
    if (!this.router.agents.has(who.id)) return;
    if (status === PresenceStatus.PRESENCE_STATUS_OFFLINE) {
      this.apply(desk.setStatus(who.id, 'offline'));
      this.armAgentGrace(who.id);
    } else {
      this.agentGrace.cancel(who.id);
      this.apply(desk.setStatus(who.id, status === PresenceStatus.PRESENCE_STATUS_AWAY ? 'away' : 'online'));
    }
    this.deps.onQueueMoved?.();
  }

  /** An account was created, changed or removed (CLI, admin API): routing reads it again. */
  async agentChanged(username: string): Promise<void> {
    const agent = await this.deps.directory.getAgent(username);
    this.apply(agent ? this.deps.desk.upsertAgent(agent) : this.deps.desk.removeAgent(username));
    this.deps.onQueueMoved?.();
  }

  /** Groups changed; a forced removal also changed agents' memberships, so every agent is read again. */
  async groupsChanged(): Promise<void> {
    const { desk, directory } = this.deps;
    desk.setGroups(await directory.listGroups());
    for (const agent of await directory.listAgents()) this.apply(desk.upsertAgent(agent));
    this.deps.onQueueMoved?.();
  }

  private committed(event: Committed): void {
    const c = event.conversation;
    switch (event.type) {
      case 'opened':
      case 'returned':
        if (c.visitorLeftAt === null) this.route(c);
        return;
      case 'closed':
        this.offers.cancel(c.id);
        this.apply(this.router.forget(c.id, this.deps.now()));
        return;
      case 'assigned':
      case 'transferred':
        if (c.offerExpiresAt !== null) this.armOffer(c);
        else this.offers.cancel(c.id);
        return;
      case 'accepted':
      case 'requeued':
        this.offers.cancel(c.id);
        return;
      case 'message': {
        // An agent's first reply accepts what they were offered.
        const sender = event.entry.sender;
        if (c.offerExpiresAt !== null && sender.kind === 'agent' && c.agent?.id === sender.id) this.settle(this.deps.core.accept(sender, c.id));
        return;
      }
      default:
    }
  }

  /** A conversation needs an agent: its user's last agent is read from the store first when memory has none. */
  private route(c: Conversation): void {
    const { now, settings, directory } = this.deps;
    const demand = demandOf(c);
    this.opening = this.opening.then(async () => {
      if (this.router.sticky.agentOf(c.visitor.id, now()) === null && settings.stickyTtlMs > 0) {
        const [last] = await directory.lastAgents({ since: now() - settings.stickyTtlMs, limit: 1, visitorId: c.visitor.id });
        if (last) this.router.sticky.remember(last.visitorId, last.agent, last.at);
      }
      // Closed, taken or gone while the store was read.
      const current = this.deps.core.openOf(c.visitor).find((o) => o.id === c.id);
      if (!current || current.state !== 'queued' || current.visitorLeftAt !== null || this.router.has(c.id)) return;
      const result = this.router.open(demand, now());
      if (result.decision?.kind === 'fallback') this.deps.logger.info({ conversation: c.id, group: c.group, agent: result.decision.agent, reason: result.decision.reason }, 'routed to a fallback (nobody of the group could take it)');
      this.apply(result.assigned);
      if (result.decision && (result.decision.kind === 'queue' || result.decision.kind === 'leave-a-message')) this.deps.onQueueMoved?.();
    }).catch((err: unknown) => this.deps.logger.error({ err, conversation: c.id }, 'routing a conversation failed'));
  }

  /** What routing assigned while a person handed a conversation over (RoutingDesk's drained): stored like the rest. */
  drained(assigned: Assignment[]): void {
    if (assigned.length > 0) this.apply(assigned);
  }

  /** Stores each assignment routing made (and a requeue of `rerouted`, when routing put it back in the queue). */
  private apply(assigned: Assignment[] | RoutingResult, rerouted?: { id: string; note: string }): void {
    const list = Array.isArray(assigned) ? assigned : assigned.assigned;
    const ids = new Set(list.map((a) => a.conversationId));
    for (const id of ids) this.settle(this.deps.core.routed(id, id === rerouted?.id ? rerouted.note : ''));
    if (rerouted && !ids.has(rerouted.id)) this.settle(this.deps.core.routed(rerouted.id, rerouted.note));
    this.rearmShift();
  }

  /** A lane task routing started: "nothing to do" is expected (the store already agrees); anything else is logged. */
  private settle(task: Promise<unknown>): void {
    task.catch((err: unknown) => {
      if (err instanceof WukfError && (err.code === 'WUKF_E_CONVERSATION_CONFLICT' || err.code === 'WUKF_E_CONVERSATION_CLOSED' || err.code === 'WUKF_E_NOT_OFFERED' || err.code === 'WUKF_E_CONVERSATION_NOT_FOUND')) return;
      this.deps.logger.error({ err }, 'storing a routing decision failed');
    });
  }

  private armOffer(c: Conversation): void {
    this.offers.arm(c.id, c.offerExpiresAt ?? this.deps.now(), () => this.offerExpired(c.id));
  }

  /** Not accepted in time: the next best agent, or the queue. */
  private offerExpired(id: string): void {
    const where = this.router.whereIs(id);
    if (!where || !('agent' in where)) return;
    const result = this.router.reroute(id, this.deps.now());
    this.apply(result, { id, note: `offer to ${where.agent} not accepted within ${this.deps.settings.acceptTimeoutS} s` });
  }

  private armAgentGrace(username: string): void {
    this.agentGrace.arm(username, this.deps.now() + this.deps.settings.agentGraceMs, () => this.agentLost(username));
  }

  /** Offline past the grace period: every conversation routing holds with them goes to someone else, or back to the queue. */
  private agentLost(username: string): void {
    if (this.router.agentView(username)?.status !== 'offline') return;
    for (const id of this.deps.desk.heldBy(username)) {
      this.apply(this.router.reroute(id, this.deps.now()), { id, note: `${username} went offline` });
    }
    this.deps.onQueueMoved?.();
  }

  /** A visitor with no connection past the grace period: their queued conversations leave the queue. */
  private visitorGone(visitor: Participant): void {
    for (const c of this.deps.core.openOf(visitor)) {
      if (c.state !== 'queued' || c.visitorLeftAt !== null) continue;
      this.apply(this.router.forget(c.id, this.deps.now()));
      this.deps.core.visitorPresence(c.id, true).catch((err: unknown) => {
        this.deps.desk.adopt(c);
        this.settle(Promise.reject(err));
      });
    }
  }

  private visitorBack(visitor: Participant): void {
    this.visitorGrace.cancel(visitor.id);
    for (const c of this.deps.core.openOf(visitor)) if (c.state === 'queued' && c.visitorLeftAt !== null) this.settle(this.deps.core.visitorPresence(c.id, false));
  }

  private closeIdle(): void {
    const { idleCloseMs } = this.deps.settings;
    const now = this.deps.now();
    for (const c of this.deps.core.openConversations()) {
      if (c.state === 'active' && now - c.updatedAt >= idleCloseMs) this.settle(this.deps.core.closeIdle(c.id, idleCloseMs));
    }
  }

  /** One timer for the next shift boundary of any agent. */
  private rearmShift(): void {
    const at = this.router.nextChangeAt();
    if (at === null) return this.shift.cancel('shift');
    this.shift.arm('shift', at, () => this.apply(this.router.advance(this.deps.now())));
  }
}
