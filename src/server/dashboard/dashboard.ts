import { isOnShift, type Agent } from '../domain/agent.js';
import type { Conversation, Participant } from '../domain/conversation.js';
import type { Bus, BusHandler } from '../bus/index.js';
import type { Committed, ConversationCore } from '../conversations/index.js';
import type { Router } from '../routing/index.js';
import type { DashboardFeed } from '../realtime/session.js';
import { topics } from '../realtime/topics.js';
import { DashboardEventKind, encodeEnvelope, type DashboardAgent, type DashboardEvent, type DashboardQueue, type DashboardSession, type PresenceStatus } from '../../proto/index.js';
import type { HealthProbe } from './health.js';
import { AgentRoster, type AccountDirectory } from './roster.js';
import { cutText } from '../domain/excerpt.js';
import { agentRow, queueRows, sameQueueRow, sessionRow, type LastMessage } from './rows.js';

/** The snapshot's order after the queue: queued conversations whose visitor has gone, then active ones, oldest first. */
const queuedFirst = (a: Conversation, b: Conversation) => Number(a.state === 'active') - Number(b.state === 'active') || a.createdAt - b.createdAt;

/** Health, the agents' shifts and every agent row are looked at again this often (or every DELTA, if rarer). */
const FULL_CHECK_MS = 1_000;

export interface DashboardDeps {
  core: Pick<ConversationCore, 'committed' | 'openConversations' | 'queue' | 'loadOf'>;
  bus: Bus;
  accounts: AccountDirectory;
  statusOf(who: Participant): PresenceStatus;
  /** The routing state, when routing.assignment is not manual: loads, shifts and assignments as routing sees them. */
  router?: Router;
  health: HealthProbe;
  intervalMs: number;
  maxSessions: number;
  now: () => number;
  /** Building or sending a DELTA failed, or re-reading an account did; the stream goes on. */
  onError: (err: unknown) => void;
}

/**
 * The admins' dashboard: agents, each group's queue, the live conversations and the server's health. It
 * listens to the core's committed events and to presence, and notes only what changed (dirty sets); while
 * anyone subscribes, a timer turns what changed into one DELTA per interval on the `dashboard` topic, so its
 * cost follows the number of things that changed, not the traffic nor the number of watchers.
 */
export class Dashboard implements DashboardFeed {
  private readonly roster: AgentRoster;
  /** Per open conversation, its last message (since this server started). */
  private readonly lastMessages = new Map<string, LastMessage>();
  /** Per agent, when they last sent a message, changed presence or were given a conversation. */
  private readonly activity = new Map<string, number>();
  private readonly dirtyAgents = new Set<string>();
  /** Changed conversations as last seen; null: closed. */
  private readonly dirtySessions = new Map<string, Conversation | null>();
  private queuesDirty = false;
  /** What the watchers were last sent, so that a row that did not change is not sent again. */
  private sentAgents = new Map<string, string>();
  private sentQueues = new Map<string, DashboardQueue>();
  private watchers = 0;
  private timer: NodeJS.Timeout | undefined;
  private checkedAt = 0;
  private version = 0;
  private leave: (() => void) | undefined;

  constructor(private readonly deps: DashboardDeps) {
    this.roster = new AgentRoster(deps.accounts);
  }

  async start(): Promise<void> {
    await this.roster.load();
    this.leave = this.deps.core.committed.subscribe((e) => this.committed(e));
  }

  stop(): void {
    this.leave?.();
    this.end();
  }

  // --- what it hears ------------------------------------------------------------------------------------

  /** A principal's presence changed (ObservedPresence). */
  presenceChanged(who: Participant): void {
    if (who.kind !== 'agent') return;
    this.activity.set(who.id, this.deps.now());
    if (this.watchers > 0) this.dirtyAgents.add(who.id);
  }

  /** An account was created, changed or removed. */
  async accountChanged(username: string): Promise<void> {
    try {
      await this.roster.refresh(username);
    } catch (err) {
      // The change itself is done; only the dashboard's row of it may lag until the next change.
      return this.deps.onError(err);
    }
    if (this.watchers > 0) this.dirtyAgents.add(username);
  }

  private committed(e: Committed): void {
    const c = e.conversation;
    if (e.type === 'receipt') return;
    if (e.type === 'message') {
      const sender = e.entry.sender;
      if (c.state !== 'closed') this.lastMessages.set(c.id, { at: e.entry.createdAt, text: cutText(e.entry.text ?? '') });
      if (sender.kind === 'agent') this.touch(sender.id, e.entry.createdAt);
      this.deps.health.message();
    } else {
      if (c.state === 'closed') this.lastMessages.delete(c.id);
      if (c.agent?.kind === 'agent' && e.type !== 'closed') this.touch(c.agent.id, e.entry.createdAt);
      if (e.previous?.agent?.kind === 'agent' && this.watchers > 0) this.dirtyAgents.add(e.previous.agent.id);
      if (this.watchers > 0) this.queuesDirty = true;
    }
    if (this.watchers > 0) this.dirtySessions.set(c.id, c.state === 'closed' ? null : c);
  }

  private touch(username: string, at: number): void {
    this.activity.set(username, at);
    if (this.watchers > 0) this.dirtyAgents.add(username);
  }

  // --- DashboardFeed ---------------------------------------------------------------------------------------

  watch(handler: BusHandler): () => void {
    const off = this.deps.bus.subscribe(topics.dashboard, handler);
    if (this.watchers++ === 0) this.begin();
    let watching = true;
    return () => {
      if (!watching) return;
      watching = false;
      off();
      if (--this.watchers === 0) this.end();
    };
  }

  snapshot(): DashboardEvent {
    const { core, maxSessions } = this.deps;
    const waiting = core.queue.list();
    const rest = [...core.openConversations()].filter((c) => c.state === 'active' || !core.queue.has(c.id)).sort(queuedFirst);
    const total = waiting.length + rest.length;
    const sessions: DashboardSession[] = [];
    for (const c of waiting) if (sessions.length < maxSessions) sessions.push(sessionRow(c, this.lastMessages.get(c.id)));
    for (const c of rest) if (sessions.length < maxSessions) sessions.push(sessionRow(c, this.lastMessages.get(c.id)));
    return {
      kind: DashboardEventKind.KIND_SNAPSHOT,
      version: this.version,
      agents: [...this.roster.all()].map((a) => this.agentRow(a)),
      queues: [...queueRows(waiting).values()],
      sessions,
      health: this.deps.health.read(),
      truncated: total > sessions.length,
      serverTimeMs: this.deps.now(),
    };
  }

  stopped(): DashboardEvent {
    return { kind: DashboardEventKind.KIND_STOPPED, version: this.version, serverTimeMs: this.deps.now() };
  }

  // --- the stream ------------------------------------------------------------------------------------------

  /** The first watcher: what they are about to get in their snapshot is what later DELTAs are measured against. */
  private begin(): void {
    this.sentAgents = new Map([...this.roster.all()].map((a) => [a.username, JSON.stringify(this.agentRow(a))]));
    this.sentQueues = queueRows(this.deps.core.queue.list());
    this.deps.health.start();
    this.checkedAt = performance.now();
    this.timer = setInterval(() => {
      try {
        this.tick();
      } catch (err) {
        this.deps.onError(err);
      }
    }, this.deps.intervalMs);
    this.timer.unref();
  }

  /** Nobody watches: nothing is noted until someone does again. */
  private end(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.deps.health.stop();
    this.dirtyAgents.clear();
    this.dirtySessions.clear();
    this.queuesDirty = false;
    this.sentAgents.clear();
    this.sentQueues.clear();
  }

  private tick(): void {
    const full = performance.now() - this.checkedAt >= FULL_CHECK_MS;
    if (full) this.checkedAt = performance.now();
    const delta: DashboardEvent = { kind: DashboardEventKind.KIND_DELTA };
    const agents = this.changedAgents(full);
    if (agents.rows.length > 0) delta.agents = agents.rows;
    if (agents.removed.length > 0) delta.removedAgents = agents.removed;
    if (this.queuesDirty) {
      this.queuesDirty = false;
      const queues = this.changedQueues();
      if (queues.rows.length > 0) delta.queues = queues.rows;
      if (queues.removed.length > 0) delta.removedQueues = queues.removed;
    }
    if (this.dirtySessions.size > 0) {
      const sessions: DashboardSession[] = [];
      const removed: string[] = [];
      for (const [id, c] of this.dirtySessions) {
        if (c === null) removed.push(id);
        else sessions.push(sessionRow(c, this.lastMessages.get(id)));
      }
      this.dirtySessions.clear();
      if (sessions.length > 0) delta.sessions = sessions;
      if (removed.length > 0) delta.removedSessions = removed;
    }
    if (full) delta.health = this.deps.health.read();
    if (Object.keys(delta).length === 1) return;
    delta.version = ++this.version;
    delta.serverTimeMs = this.deps.now();
    this.deps.bus.publish(topics.dashboard, { frame: encodeEnvelope({ dashboard: delta }) });
  }

  /** The dirty agents' rows that differ from what was sent; with full, every agent's (shifts change with the clock). */
  private changedAgents(full: boolean): { rows: DashboardAgent[]; removed: string[] } {
    const names = full ? new Set([...this.sentAgents.keys(), ...[...this.roster.all()].map((a) => a.username)]) : this.dirtyAgents;
    const rows: DashboardAgent[] = [];
    const removed: string[] = [];
    for (const username of names) {
      const agent = this.roster.get(username);
      if (!agent) {
        if (this.sentAgents.delete(username)) removed.push(username);
        continue;
      }
      const row = this.agentRow(agent);
      const signature = JSON.stringify(row);
      if (this.sentAgents.get(username) === signature) continue;
      this.sentAgents.set(username, signature);
      rows.push(row);
    }
    this.dirtyAgents.clear();
    return { rows, removed };
  }

  private changedQueues(): { rows: DashboardQueue[]; removed: string[] } {
    const now = queueRows(this.deps.core.queue.list());
    const rows: DashboardQueue[] = [];
    for (const [group, row] of now) {
      const sent = this.sentQueues.get(group);
      if (!sent || !sameQueueRow(sent, row)) rows.push(row);
    }
    const removed = [...this.sentQueues.keys()].filter((group) => !now.has(group));
    this.sentQueues = now;
    return { rows, removed };
  }

  private agentRow(agent: Agent): DashboardAgent {
    const { router, core, now, statusOf } = this.deps;
    const routed = router?.agents.get(agent.username);
    const assignedAt = routed?.lastAssignedAt ?? 0;
    return agentRow(agent, {
      status: statusOf({ kind: 'agent', id: agent.username, displayName: agent.displayName }),
      load: routed?.load ?? core.loadOf(agent.username),
      onShift: routed?.onShift ?? isOnShift(agent, new Date(now())),
      lastActivityAt: Math.max(this.activity.get(agent.username) ?? 0, assignedAt),
    });
  }
}
