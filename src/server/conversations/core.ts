import { randomUUID } from 'node:crypto';
import type { Agent } from '../domain/agent.js';
import {
  assign,
  canRead,
  claim,
  close,
  notFound,
  open,
  sameParticipant,
  transfer,
  type Conversation,
  type ConversationEntry,
  type Participant,
  type Transition,
} from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import type { AppendResult, ConversationStore, EntriesExtent, ExpectedState, Watermark } from '../store/conversation-store.js';
import { CommittedStream, type Committed, type ConversationChanged, type Origin } from './events.js';
import { Lane, type LaneTask } from './lane.js';
import { MessageOperation, type MessageSteps, type PreCommitHook, type SendReply } from './message.js';
import { OpenConversations, participantKey } from './open-conversations.js';
import type { WaitingQueue } from './queue.js';

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
}

export interface OpenRequest {
  language: string;
  skills: string[];
  context: Record<string, string>;
}

type ReceiptField = 'delivered' | 'read';

/** What prepare decided for a transition: the change and the state it was decided against. */
interface PlannedChange {
  type: ConversationChanged['type'];
  previous: Conversation | null;
  transition: Transition;
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
  /** Watermarks of open conversations, loaded on their first receipt; what the store has once commits land. */
  private readonly marks = new Map<string, Map<string, Watermark>>();
  private readonly hooks: PreCommitHook[] = [];
  private readonly steps: MessageSteps;
  private readonly store: ConversationStore;
  private readonly agents: AgentDirectory;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(deps: ConversationCoreDeps) {
    this.store = deps.store;
    this.agents = deps.agents;
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomUUID;
    this.committed = new CommittedStream(deps.onListenerError ?? (() => {}));
    this.steps = { store: this.store, committed: this.committed, hooks: this.hooks, held: (id) => this.open.get(id), get: (id) => this.get(id) };
  }

  /** Loads every open conversation; the queue in the order the conversations were opened. */
  async start(): Promise<void> {
    const open = await this.store.listConversations({ states: ['queued', 'active'], limit: Number.MAX_SAFE_INTEGER });
    for (const c of open) this.apply(c, null);
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

  // --- writes, each in its conversation's lane -------------------------------------------------------------

  /** A visitor opens a new conversation: stored as queued with its OPENED entry. */
  openConversation(by: Participant, request: OpenRequest, origin?: Origin): Promise<Conversation> {
    const transition = open({ id: this.newId(), visitor: by, ...request }, this.now());
    return this.change(transition.conversation.id, by, origin, () => ({ type: 'opened', previous: null, transition }));
  }

  /**
   * Stores a message from the visitor or the assigned agent and answers through `reply`: acked once it is
   * durable (a resend of a stored id with its original seq, duplicate: true), or refused.
   */
  send(by: Participant, message: { conversationId: string; clientMessageId: string; text: string }, origin: Origin | undefined, reply: SendReply): void {
    const { conversationId } = message;
    this.lane(conversationId).submit(new MessageOperation(this.steps, by, conversationId, message.clientMessageId, message.text, origin, reply));
  }

  /** An agent (or admin) takes a queued conversation. */
  claim(by: Participant, id: string, origin?: Origin): Promise<Conversation> {
    return this.change(id, by, origin, async () => {
      const c = await this.get(id);
      // An agent claims what it saw in the queue: when another agent was quicker it hears so (CONFLICT)
      // rather than that the conversation does not exist.
      if (by.kind !== 'agent' && !canRead(by, c)) throw notFound(id);
      return { type: 'assigned', previous: c, transition: claim(c, by, this.now()) };
    });
  }

  /**
   * The assigned agent or an admin hands an active conversation to another agent; an admin may also put a
   * queued one with an agent (assigned, as if that agent had claimed it).
   */
  transfer(by: Participant, id: string, toAgent: string, note: string, origin?: Origin): Promise<Conversation> {
    return this.change(id, by, origin, async () => {
      const c = await this.readable(by, id);
      const agent = await this.agents.getAgent(toAgent);
      if (!agent) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent named ${JSON.stringify(toAgent)}`);
      const to: Participant = { kind: agent.role === 'admin' ? 'admin' : 'agent', id: agent.username, displayName: agent.displayName };
      if (c.state === 'queued') return { type: 'assigned', previous: c, transition: assign(c, by, to, note, this.now()) };
      return { type: 'transferred', previous: c, transition: transfer(c, by, to, note, this.now()) };
    });
  }

  /** The visitor, the assigned agent or an admin closes a conversation. */
  close(by: Participant, id: string, reason: string, origin?: Origin): Promise<Conversation> {
    return this.change(id, by, origin, async () => {
      const c = await this.readable(by, id);
      return { type: 'closed', previous: c, transition: close(c, by, reason, this.now()) };
    });
  }

  /**
   * Moves `by`'s delivered or read watermark up to seq (capped at the last seq); READ raises DELIVERED with it.
   * Resolves with the seq it moved to, or null when it would not move (at or below the watermark): nothing is
   * written or emitted then. Each watermark that moves is one ReceiptMoved event, DELIVERED before READ.
   */
  receipt(by: Participant, id: string, kind: ReceiptField, seq: number, origin?: Origin): Promise<number | null> {
    const op: LaneTask<{ conversation: Conversation; upTo: number; raisesDelivered: boolean } | null, void, number | null> = {
      barrier: false,
      prepare: async () => {
        const c = await this.readable(by, id);
        // Receipts come from the two sides; a watching admin leaves none.
        if (by.kind !== 'visitor' && !sameParticipant(by, c.agent)) {
          throw new WukfError('WUKF_E_FORBIDDEN', `only the visitor and the assigned agent of conversation ${id} send receipts`);
        }
        const upTo = Math.min(seq, c.lastSeq);
        const marks = await this.marksOf(c);
        const key = participantKey(by);
        const mark = marks.get(key) ?? { participant: by, deliveredSeq: 0, readSeq: 0 };
        if (upTo <= (kind === 'read' ? mark.readSeq : mark.deliveredSeq)) return null;
        const raisesDelivered = kind === 'read' && upTo > mark.deliveredSeq;
        // Recorded before the commit, so that a lower receipt right behind this one is already known to be stale.
        marks.set(key, kind === 'read' ? { participant: by, readSeq: upTo, deliveredSeq: Math.max(mark.deliveredSeq, upTo) } : { ...mark, participant: by, deliveredSeq: upTo });
        return { conversation: c, upTo, raisesDelivered };
      },
      commit: (planned) => {
        if (planned === null) return Promise.resolve();
        return this.store.saveReceipt(id, by, kind, planned.upTo).catch((err: unknown) => {
          // Memory ran ahead of a write that failed: read the watermarks again next time.
          this.marks.delete(id);
          throw err;
        });
      },
      settle: (_, planned) => {
        if (planned === null) return null;
        const { conversation, upTo } = planned;
        if (planned.raisesDelivered) this.committed.emit({ type: 'receipt', conversation, participant: by, kind: 'delivered', seq: upTo, origin });
        this.committed.emit({ type: 'receipt', conversation, participant: by, kind, seq: upTo, origin });
        return upTo;
      },
    };
    return this.lane(id).run(op);
  }

  // --- inside ----------------------------------------------------------------------------------------------

  /**
   * A state change: decided against the committed state (the lane holds everything else back meanwhile),
   * stored with the state it was decided against, which the store checks (a second node may have changed
   * it), then applied here and emitted.
   */
  private change(id: string, by: Participant, origin: Origin | undefined, plan: () => PlannedChange | Promise<PlannedChange>): Promise<Conversation> {
    const op: LaneTask<PlannedChange, ConversationEntry, Conversation> = {
      barrier: true,
      prepare: plan,
      commit: ({ previous, transition }) => {
        const expected: ExpectedState | null = previous && { state: previous.state, agentId: previous.agent?.id ?? null };
        return this.store.saveTransition(transition.conversation, transition.event, expected).catch((err: unknown) => {
          // Another node got there first: what this node holds is stale.
          if (err instanceof WukfError && err.code === 'WUKF_E_CONVERSATION_CONFLICT') return this.reload(id).then(() => Promise.reject(err));
          throw err;
        });
      },
      settle: (entry, { type, previous, transition }) => {
        const c: Conversation = { ...transition.conversation, lastSeq: entry.seq };
        this.apply(c, previous);
        this.committed.emit({ type, conversation: c, previous, entry, by, origin });
        return c;
      },
    };
    return this.lane(id).run(op);
  }

  /** A committed state, into memory; a closed conversation's watermarks go with it. */
  private apply(c: Conversation, previous: Conversation | null): void {
    this.open.apply(c, previous);
    if (c.state === 'closed') this.marks.delete(c.id);
  }

  private async reload(id: string): Promise<void> {
    const stored = await this.store.getConversation(id);
    if (stored) this.apply(stored, this.open.get(id) ?? null);
  }

  private async marksOf(c: Conversation): Promise<Map<string, Watermark>> {
    const cached = this.marks.get(c.id);
    if (cached) return cached;
    const marks = new Map<string, Watermark>();
    for (const w of await this.store.watermarks(c.id)) marks.set(participantKey(w.participant), w);
    if (this.open.has(c.id)) this.marks.set(c.id, marks);
    return marks;
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
