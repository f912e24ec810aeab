import { randomUUID } from 'node:crypto';
import type { Agent } from '../domain/agent.js';
import { canRead, EXPIRED_REASON, isIdleQueued, notFound, open, type Conversation, type ConversationEntry, type Participant } from '../domain/conversation.js';
import type { ConversationStore, EntriesExtent, FollowUp, Watermark } from '../store/conversation-store.js';
import { CommittedStream, type Committed, type Origin } from './events.js';
import { Lane } from './lane.js';
import { MessageOperation, type MessageSteps, type PreCommitHook, type SendReply } from './message.js';
import { OpenConversations } from './open-conversations.js';
import { Receipts, type ReceiptField } from './receipts.js';
import { OpenBudget, UNLIMITED_BUDGETS, type QueueBudgets } from './open-budget.js';
import type { WaitingQueue } from './queue.js';
import { Transitions } from './transitions.js';
import { loadOpenConversations } from './start-up.js';
import { AgentLoads } from './agent-loads.js';
import type { CapacityOverride } from '../domain/capacity.js';
import type { RoutingPolicy } from './routing-policy.js';

export interface AgentDirectory {
  getAgent(username: string): Promise<Agent | undefined>;
}

export interface ConversationCoreDeps {
  store: ConversationStore;
  agents: AgentDirectory;
  now?: () => number;
  newId?: () => string;
  /** A Committed listener threw; the core and the other listeners carry on. */
  onListenerError?: (err: unknown, event: Committed) => void;
  /** What visitors may make this node hold; unlimited when absent. */
  budgets?: QueueBudgets;
}

export interface OpenRequest {
  language: string;
  skills: string[];
  context: Record<string, string>;
  /** The group (department) asked for; empty or absent: any agent. */
  group?: string;
  priority?: number;
}


/**
 * The one owner of conversation state on this node: every open conversation in memory, the waiting queue,
 * and the lane that orders each conversation's writes. open, send, claim, transfer, close and receipt run
 * in the conversation's lane; each committed change is emitted once on `committed`, in commit order per
 * conversation. No sockets, no frames: realtime/ turns the events into deliveries.
 */
export class ConversationCore {
  readonly committed: CommittedStream;
  private readonly open = new OpenConversations();
  private readonly lanes = new Map<string, Lane>();
  private readonly receipts: Receipts;
  private readonly hooks: PreCommitHook[] = [];
  private readonly budget: OpenBudget;
  private readonly steps: MessageSteps;
  private readonly transitions: Transitions;
  /** Each account's active conversations plus the assignments in flight: what claims and transfers are checked against. */
  private readonly loads = new AgentLoads((username) => this.open.activeOf(username));
  private readonly store: ConversationStore;
  private readonly agents: AgentDirectory;
  private readonly now: () => number;
  private readonly newId: () => string;
  private policy: RoutingPolicy | undefined;

  constructor(deps: ConversationCoreDeps) {
    this.store = deps.store;
    this.agents = deps.agents;
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomUUID;
    this.committed = new CommittedStream(deps.onListenerError ?? (() => {}));
    this.budget = new OpenBudget(deps.budgets ?? UNLIMITED_BUDGETS);
    this.receipts = new Receipts({ store: this.store, committed: this.committed, readable: (who, id) => this.readable(who, id), isOpen: (id) => this.open.has(id) });
    this.steps = { store: this.store, committed: this.committed, hooks: this.hooks, held: (id) => this.open.get(id), get: (id) => this.get(id) };
    this.transitions = new Transitions({
      store: this.store,
      committed: this.committed,
      loads: this.loads,
      getAgent: (username) => this.agents.getAgent(username),
      now: () => this.now(),
      get: (id) => this.get(id),
      readable: (who, id) => this.readable(who, id),
      apply: (c, previous) => this.apply(c, previous),
      reload: (id) => this.reload(id),
      policy: () => this.policy,
    });
  }

  /** Routing takes part in hand-overs from now on (the routing desk, when routing.assignment is not manual). */
  useRouting(policy: RoutingPolicy): void {
    this.policy = policy;
  }

  /** Loads the open conversations into memory (loadOpenConversations); resolves with how many queued ones it closed. */
  start(): Promise<{ expired: number }> {
    return loadOpenConversations(this.store, this.budget.budgets.maxQueued, (c) => this.apply(c, null), (id) => this.closeAsServer(id, EXPIRED_REASON));
  }

  /** Adds a step that every new message passes before its commit (the middleware chain hangs here). */
  addPreCommitHook(hook: PreCommitHook): void {
    this.hooks.push(hook);
  }

  // --- reads ----------------------------------------------------------------------------------------------

  /** The conversations waiting for an agent, oldest first, with their places and the wait estimate. */
  get queue(): WaitingQueue {
    return this.open.queue;
  }

  /** An account's active conversations on this node plus the assignments to it in flight: what its capacity is checked against. */
  loadOf(username: string): number {
    return this.loads.load(username);
  }

  /** Open conversations by state, for /api/v1/admin/stats. */
  counts(): { queued: number; active: number } {
    return this.open.counts();
  }

  /** The conversation as committed: from memory when open, else from the store. */
  async get(id: string): Promise<Conversation> {
    const held = this.open.get(id);
    if (held) return held;
    const stored = await this.store.getConversation(id);
    if (!stored) throw notFound(id);
    // Opened or changed while the store was read: memory is newer.
    return this.open.get(id) ?? stored;
  }

  /** The conversation if `who` may read it; WUKF_E_CONVERSATION_NOT_FOUND otherwise (it does not exist for them). */
  async readable(who: Participant, id: string): Promise<Conversation> {
    const c = await this.get(id);
    if (!canRead(who, c)) throw notFound(id);
    return c;
  }

  /** A principal's queued and active conversations: a visitor's own, an agent's or admin's assigned ones. */
  openOf(who: Participant): Conversation[] {
    return this.open.of(who);
  }

  /** Entries after afterSeq, oldest first, at most limit (a resume's replay). */
  entriesAfter(id: string, afterSeq: number, limit: number): Promise<ConversationEntry[]> {
    return this.store.readEntries(id, afterSeq, limit);
  }

  /** How many entries after afterSeq there are (at most limit counted) and their size: a resume's budget. */
  measureEntries(id: string, afterSeq: number, limit: number): Promise<EntriesExtent> {
    return this.store.measureEntries(id, afterSeq, limit);
  }

  /** Up to limit entries before beforeSeq (0: the newest), oldest first, for someone who may read it. */
  async history(who: Participant, id: string, beforeSeq: number, limit: number): Promise<{ conversation: Conversation; entries: ConversationEntry[]; hasMore: boolean }> {
    const conversation = await this.readable(who, id);
    const page = await this.store.readHistory(id, beforeSeq, limit);
    return { conversation, ...page };
  }

  watermarks(id: string): Promise<Watermark[]> {
    return this.store.watermarks(id);
  }

  /** Staff: the queued conversations whose visitor left after writing, oldest first (the follow-up list). */
  followUps(page: { offset: number; limit: number }): Promise<{ entries: FollowUp[]; total: number }> {
    return this.store.followUps(page);
  }

  // --- writes, each in its conversation's lane -------------------------------------------------------------

  /** A visitor opens a new conversation: stored as queued with its OPENED entry (or its latest, see openOrReuse). */
  async openConversation(by: Participant, request: OpenRequest, origin?: Origin): Promise<Conversation> {
    return (await this.openOrReuse(by, request, origin)).conversation;
  }

  /**
   * Opens a conversation within the budgets: a visitor at max_open_conversations_per_visitor gets its latest
   * open one back (reused: true) instead of a new one; too much context is WUKF_E_INVALID_INPUT; a full queue
   * WUKF_E_QUEUE_FULL with retry_after.
   */
  async openOrReuse(by: Participant, request: OpenRequest, origin?: Origin): Promise<{ conversation: Conversation; reused: boolean }> {
    const decision = this.budget.decide(by, request.context, this.open.of(by), this.open.queue.length);
    if (!decision.open) return { conversation: await decision.latest, reused: true };
    if (request.group) this.policy?.assertGroup(request.group);
    const priority = this.policy?.priorityFor(by, request.priority ?? 0) ?? 0;
    const transition = open({ id: this.newId(), visitor: by, ...request, group: request.group || null, priority }, this.now());
    const opened = this.lane(transition.conversation.id).run(this.transitions.opened(transition, by, origin));
    this.budget.opening(by, opened);
    return { conversation: await opened, reused: false };
  }

  /**
   * Closes every anonymous visitor's queued conversation that has been idle for idleMs at `now` (see
   * isIdleQueued; visitorSeenAt says when a visitor was last connected, `now` while it is), as expired.
   * Resolves with the ones closed.
   */
  async expireIdle(now: number, idleMs: number, visitorSeenAt: (visitor: Participant) => number): Promise<Conversation[]> {
    const idle = this.open.queue.list().filter((c) => isIdleQueued(c, now, idleMs, visitorSeenAt(c.visitor)));
    const closed = await Promise.allSettled(idle.map((c) => this.lane(c.id).run(this.transitions.expire(c.id, idleMs, visitorSeenAt))));
    return closed.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  /** The server closes a conversation (start-up over the queue's limit, expiry): CLOSED by the system, with the reason. */
  closeAsServer(id: string, reason: string): Promise<Conversation> {
    return this.lane(id).run(this.transitions.closeAsServer(id, reason));
  }

  /**
   * Stores a message from the visitor or the assigned agent and answers through `reply`: acked once it is
   * durable (a resend of a stored id with its original seq, duplicate: true), or refused.
   */
  send(by: Participant, message: { conversationId: string; clientMessageId: string; text: string }, origin: Origin | undefined, reply: SendReply): void {
    const { conversationId } = message;
    this.lane(conversationId).submit(new MessageOperation(this.steps, by, conversationId, message.clientMessageId, message.text, origin, reply));
  }

  /** An agent (or admin) takes a queued conversation, within its max_concurrent (else WUKF_E_AGENT_AT_CAPACITY). */
  claim(by: Participant, id: string, origin?: Origin): Promise<Conversation> {
    return this.lane(id).run(this.transitions.claim(by, id, origin));
  }

  /**
   * The assigned agent or an admin hands an active conversation to another agent; an admin may also put a
   * queued one with an agent (assigned, as if that agent had claimed it). The agent must exist and be under
   * its max_concurrent; an admin may go past it with overrideCapacity, which the system event records.
   */
  transfer(by: Participant, id: string, toAgent: string, note: string, origin?: Origin, options: CapacityOverride = {}): Promise<Conversation> {
    return this.lane(id).run(this.transitions.transfer(by, id, toAgent, note, origin, options));
  }

  /** The agent accepts what routing offered them. */
  accept(by: Participant, id: string, origin?: Origin): Promise<Conversation> {
    return this.lane(id).run(this.transitions.accept(by, id, origin));
  }

  /** The assigned agent or an admin hands an active conversation to a group. */
  transferToGroup(by: Participant, id: string, group: string, note: string, origin?: Origin): Promise<Conversation> {
    return this.lane(id).run(this.transitions.transferToGroup(by, id, group, note, origin));
  }

  /** Stores what routing decided for the conversation (Transitions.routed). */
  routed(id: string, note = ''): Promise<Conversation> {
    return this.lane(id).run(this.transitions.routed(id, note));
  }

  /** A queued conversation's visitor is gone (left: true) or back (false). */
  visitorPresence(id: string, left: boolean): Promise<Conversation> {
    return this.lane(id).run(left ? this.transitions.visitorLeft(id) : this.transitions.visitorBack(id));
  }

  /** Closes an active conversation idle for idleMs (Transitions.closeIdle). */
  closeIdle(id: string, idleMs: number): Promise<Conversation> {
    return this.lane(id).run(this.transitions.closeIdle(id, idleMs));
  }

  /** Every queued and active conversation on this node. */
  openConversations(): IterableIterator<Conversation> {
    return this.open.all();
  }

  /** The visitor, the assigned agent or an admin closes a conversation. */
  close(by: Participant, id: string, reason: string, origin?: Origin): Promise<Conversation> {
    return this.lane(id).run(this.transitions.close(by, id, reason, origin));
  }

  /**
   * Moves `by`'s delivered or read watermark up to seq (capped at the last seq); READ raises DELIVERED with it.
   * Resolves with the seq it moved to, or null when it would not move (at or below the watermark): nothing is
   * written or emitted then. Each watermark that moves is one ReceiptMoved event, DELIVERED before READ.
   */
  receipt(by: Participant, id: string, kind: ReceiptField, seq: number, origin?: Origin): Promise<number | null> {
    return this.lane(id).run(this.receipts.task(by, id, kind, seq, origin));
  }

  // --- inside ----------------------------------------------------------------------------------------------

  /** A committed state, into memory; a closed conversation's watermarks go with it. */
  private apply(c: Conversation, previous: Conversation | null): void {
    this.open.apply(c, previous);
    if (c.state === 'closed') this.receipts.forget(c.id);
  }

  private async reload(id: string): Promise<void> {
    const stored = await this.store.getConversation(id);
    if (stored) this.apply(stored, this.open.get(id) ?? null);
  }

  private lane(id: string): Lane {
    let lane = this.lanes.get(id);
    if (!lane) {
      // An open conversation keeps its lane; others (closed, unknown ids) give theirs up once it is idle.
      lane = new Lane(() => {
        if (!this.open.has(id)) this.lanes.delete(id);
      });
      this.lanes.set(id, lane);
    }
    return lane;
  }
}
