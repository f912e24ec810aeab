import type { Agent } from '../domain/agent.js';
import { assertMayOverride, markOverCapacity, type CapacityOverride } from '../domain/capacity.js';
import {
  assign,
  canRead,
  claim,
  close,
  closeBySystem,
  EXPIRED_REASON,
  isIdleQueued,
  notFound,
  SYSTEM,
  transfer,
  type Conversation,
  type ConversationEntry,
  type Participant,
  type Transition,
} from '../domain/conversation.js';
import { accept, requeue, route, visitorBack, visitorLeft } from '../domain/routing-transitions.js';
import { WukfError } from '../../proto/errors.js';
import type { ConversationStore, ExpectedState } from '../store/conversation-store.js';
import type { AgentLoads, HeldSlot } from './agent-loads.js';
import type { CommittedStream, ConversationChanged, Origin } from './events.js';
import type { LaneTask } from './lane.js';
import type { HandOverKind, RoutingIntent, RoutingPolicy } from './routing-policy.js';

/** What prepare decided for a transition: the change and the state it was decided against. */
interface PlannedChange {
  type: ConversationChanged['type'];
  previous: Conversation | null;
  transition: Transition;
  /** The agent's slot an assignment holds until it settles (claim, assign, transfer). */
  slot?: HeldSlot;
  /** Gives routing the stored state back when the commit fails (routing reserved the change in prepare). */
  undo?: () => void;
}

/** A change routing wanted that is already stored, or no longer applies: the task ends without a commit. */
export const NOTHING_TO_DO = 'nothing to do';

export type TransitionTask = LaneTask<PlannedChange, ConversationEntry, Conversation>;

/** What a state change needs of the core it runs in. */
export interface TransitionDeps {
  readonly store: ConversationStore;
  readonly committed: CommittedStream;
  readonly loads: AgentLoads;
  getAgent(username: string): Promise<Agent | undefined>;
  now(): number;
  /** Any conversation, from memory or the store. */
  get(id: string): Promise<Conversation>;
  /** The conversation if `who` may read it; not found otherwise. */
  readable(who: Participant, id: string): Promise<Conversation>;
  /** A committed state, into memory. */
  apply(c: Conversation, previous: Conversation | null): void;
  /** The stored state, into memory. */
  reload(id: string): Promise<void>;
  /** Routing, when it assigns (routing.assignment offer or final). */
  policy(): RoutingPolicy | undefined;
}

/**
 * A conversation's state changes (open, claim, assign, transfer, close, the system's closes) as lane tasks,
 * the way Receipts and MessageOperation are the other two kinds of lane work: the core picks the lane and
 * runs the task; what is decided, stored and emitted lives here. Every task is a barrier.
 */
export class Transitions {
  constructor(private readonly deps: TransitionDeps) {}

  /** A new conversation: nothing to check it against, so its plan is synchronous. */
  opened(transition: Transition, by: Participant, origin: Origin | undefined): TransitionTask {
    return this.change(transition.conversation.id, by, origin, () => ({ type: 'opened', previous: null, transition }));
  }

  claim(by: Participant, id: string, origin: Origin | undefined): TransitionTask {
    return this.change(id, by, origin, async () => {
      const c = await this.deps.get(id);
      // An agent claims what it saw in the queue: when another agent was quicker it hears so (CONFLICT)
      // rather than that the conversation does not exist.
      if (by.kind !== 'agent' && !canRead(by, c)) throw notFound(id);
      // Claiming what routing offered you is accepting it.
      if (c.state === 'active' && c.offerExpiresAt !== null && c.agent?.id === by.id) return { type: 'accepted', previous: c, transition: accept(c, by, this.deps.now()) };
      const policy = this.deps.policy();
      if (policy && !policy.claimAllowed && c.state === 'queued') throw new WukfError('WUKF_E_CLAIM_DISABLED', 'claiming from the queue is turned off (routing.claim_allowed: false)');
      const transition = claim(c, by, this.deps.now());
      // The claimer's own account sets its capacity; one removed while its connection lived takes nothing.
      const agent = await this.account(by.id);
      return this.assignment('assigned', c, transition, by, agent, {}, 'claim');
    });
  }

  /** The agent accepts the conversation routing offered them (a frame, or their first message). */
  accept(by: Participant, id: string, origin: Origin | undefined): TransitionTask {
    return this.change(id, by, origin, async () => {
      const c = await this.deps.readable(by, id);
      return { type: 'accepted', previous: c, transition: accept(c, by, this.deps.now()) };
    });
  }

  /**
   * Makes the stored conversation follow routing: with the agent routing chose (an offer or final), or back in
   * the queue. Ends with NOTHING_TO_DO when the store already says so or routing no longer holds it.
   */
  routed(id: string, note: string): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const c = await this.deps.get(id);
      const intent = c.state === 'closed' ? null : this.deps.policy()?.intent(c) ?? null;
      const now = this.deps.now();
      if (intent && 'agent' in intent && !(c.state === 'active' && c.agent?.id === intent.agent.id)) {
        return { type: c.state === 'queued' ? 'assigned' : 'transferred', previous: c, transition: route(c, intent.agent, intent.assignment, intent.offerExpiresAt, note, now) };
      }
      if (intent && 'queued' in intent && c.state === 'active') return { type: 'requeued', previous: c, transition: requeue(c, note, now) };
      throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', NOTHING_TO_DO);
    });
  }

  /** The assigned agent or an admin hands an active conversation to a group: routed within it, or queued there. */
  transferToGroup(by: Participant, id: string, group: string, note: string, origin: Origin | undefined): TransitionTask {
    return this.change(id, by, origin, async () => {
      const policy = this.deps.policy();
      if (!policy) throw new WukfError('WUKF_E_FORBIDDEN', 'transfers to a group need routing (routing.assignment: offer or final)');
      policy.assertGroup(group);
      const c = await this.deps.readable(by, id);
      if (c.state !== 'active') throw new WukfError(c.state === 'closed' ? 'WUKF_E_CONVERSATION_CLOSED' : 'WUKF_E_CONVERSATION_CONFLICT', `conversation ${id} is ${c.state}`);
      if (by.kind !== 'admin' && c.agent?.id !== by.id) throw new WukfError('WUKF_E_FORBIDDEN', `only the assigned agent or an admin transfers conversation ${id}`);
      const regrouped: Conversation = { ...c, group };
      const intent: RoutingIntent = policy.toGroup(regrouped, group);
      const now = this.deps.now();
      const undo = () => policy.adopt(c);
      if ('queued' in intent) return { type: 'requeued', previous: c, transition: requeue(regrouped, note, now), undo };
      const transition = route(regrouped, intent.agent, intent.assignment, intent.offerExpiresAt, note, now);
      return { type: 'transferred', previous: c, transition, undo };
    });
  }

  /** The visitor of a queued conversation is gone: it leaves the queue (routing has let it go). */
  visitorLeft(id: string): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const c = await this.deps.get(id);
      return { type: 'left', previous: c, transition: visitorLeft(c, this.deps.now()) };
    });
  }

  /** The visitor is back: the conversation returns to the queue. */
  visitorBack(id: string): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const c = await this.deps.get(id);
      return { type: 'returned', previous: c, transition: visitorBack(c, this.deps.now()) };
    });
  }

  /** Closes an active conversation with no message for idleMs, if it still has none when its turn comes. */
  closeIdle(id: string, idleMs: number): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const c = await this.deps.get(id);
      if (c.state !== 'active' || this.deps.now() - c.updatedAt < idleMs) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', NOTHING_TO_DO);
      return { type: 'closed', previous: c, transition: closeBySystem(c, 'idle', this.deps.now()) };
    });
  }

  transfer(by: Participant, id: string, toAgent: string, note: string, origin: Origin | undefined, options: CapacityOverride = {}): TransitionTask {
    return this.change(id, by, origin, async () => {
      assertMayOverride(by, options);
      const c = await this.deps.readable(by, id);
      const agent = await this.account(toAgent);
      const to: Participant = { kind: agent.role === 'admin' ? 'admin' : 'agent', id: agent.username, displayName: agent.displayName };
      if (c.state === 'queued') return this.assignment('assigned', c, assign(c, by, to, note, this.deps.now()), by, agent, options, 'force-assign');
      return this.assignment('transferred', c, transfer(c, by, to, note, this.deps.now()), by, agent, options, 'transfer');
    });
  }

  close(by: Participant, id: string, reason: string, origin: Origin | undefined): TransitionTask {
    return this.change(id, by, origin, async () => {
      const c = await this.deps.readable(by, id);
      return { type: 'closed', previous: c, transition: close(c, by, reason, this.deps.now()) };
    });
  }

  closeAsServer(id: string, reason: string): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const c = await this.deps.get(id);
      return { type: 'closed', previous: c, transition: closeBySystem(c, reason, this.deps.now()) };
    });
  }

  /** Closes a queued conversation as expired if it is still idle when its turn in the lane comes. */
  expire(id: string, idleMs: number, visitorSeenAt: (visitor: Participant) => number): TransitionTask {
    return this.change(id, SYSTEM, undefined, async () => {
      const current = await this.deps.get(id);
      // A message or a claim may have come in since the sweep looked.
      if (!isIdleQueued(current, this.deps.now(), idleMs, visitorSeenAt(current.visitor))) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${id} is not idle any more`);
      return { type: 'closed', previous: current, transition: closeBySystem(current, EXPIRED_REASON, this.deps.now()) };
    });
  }

  /** An existing account: a removed one takes no conversations (WUKF_E_AGENT_NOT_FOUND). */
  private async account(username: string): Promise<Agent> {
    const agent = await this.deps.getAgent(username);
    if (!agent) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent named ${JSON.stringify(username)}`);
    return agent;
  }

  /**
   * A change that puts a conversation with `agent`: the last step of its prepare, synchronous from the
   * capacity decision to the slot being held, so no other lane decides on the same slot meanwhile.
   */
  private assignment(type: PlannedChange['type'], previous: Conversation, transition: Transition, by: Participant, agent: Agent, options: CapacityOverride, kind: HandOverKind): PlannedChange {
    const policy = this.deps.policy();
    const routed = policy?.handOver(previous, by, agent, kind, options);
    if (policy && routed) {
      return { type, previous, transition: routed.overCapacity ? markOverCapacity(transition, by) : transition, undo: () => policy.adopt(previous) };
    }
    const slot = this.deps.loads.hold(by, agent, options);
    const undo = policy && (() => policy.adopt(previous));
    return { type, previous, transition: slot.overCapacity ? markOverCapacity(transition, by) : transition, slot, ...(undo ? { undo } : {}) };
  }

  /**
   * A state change: decided against the committed state (the lane holds everything else back meanwhile),
   * stored with the state it was decided against, which the store checks (a second node may have changed
   * it), then applied and emitted.
   */
  private change(id: string, by: Participant, origin: Origin | undefined, plan: () => PlannedChange | Promise<PlannedChange>): TransitionTask {
    return {
      barrier: true,
      prepare: plan,
      commit: ({ previous, transition, slot, undo }) => {
        const expected: ExpectedState | null = previous && { state: previous.state, agentId: previous.agent?.id ?? null };
        return Promise.resolve()
          .then(() => this.deps.store.saveTransition(transition.conversation, transition.event, expected))
          .catch((err: unknown) => {
            // Nothing was applied: the slot is free again, and routing gets the stored state back.
            slot?.release();
            undo?.();
            // Another node got there first: what this node holds is stale.
            if (err instanceof WukfError && err.code === 'WUKF_E_CONVERSATION_CONFLICT') return this.deps.reload(id).then(() => Promise.reject(err));
            throw err;
          });
      },
      settle: (entry, { type, previous, transition, slot }) => {
        const c: Conversation = { ...transition.conversation, lastSeq: entry.seq };
        try {
          this.deps.apply(c, previous);
        } finally {
          // In the same step as apply: the conversation now counts as active, so the slot is not counted twice.
          slot?.release();
        }
        this.deps.committed.emit({ type, conversation: c, previous, entry, by, origin });
        return c;
      },
    };
  }
}
