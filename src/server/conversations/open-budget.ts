import { contextBytes, isAnonymous, type Conversation, type Participant } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import { participantKey } from './open-conversations.js';

/** What one node lets visitors make it hold (limits: in wukf.yaml). */
export interface QueueBudgets {
  /** Queued and active conversations per visitor; beyond it an open continues the latest one. */
  maxOpenPerVisitor: number;
  /** Queued conversations in all; beyond it an open is refused (WUKF_E_QUEUE_FULL). */
  maxQueued: number;
  /** Places of maxQueued only identified visitors (u_…) may take. */
  reservedForIdentified: number;
  /** UTF-8 bytes of one conversation's context. */
  maxContextBytes: number;
}

export const UNLIMITED_BUDGETS: QueueBudgets = { maxOpenPerVisitor: Infinity, maxQueued: Infinity, reservedForIdentified: 0, maxContextBytes: Infinity };

/**
 * How long a visitor refused for a full queue is told to wait. The queue moves as agents take
 * conversations, which is minutes rather than seconds; half a minute keeps retries from hammering it.
 */
export const QUEUE_FULL_RETRY_MS = 30_000;

/** An open either goes ahead, or continues a conversation the visitor already has (or is opening). */
export type OpenDecision = { open: true } | { open: false; latest: Conversation | Promise<Conversation> };

/**
 * The budgets of OpenConversation, decided against what is committed *and* what is being opened: opens in
 * flight count, so a burst of frames cannot slip past a limit while the first of them is still being stored.
 */
export class OpenBudget {
  private pendingQueued = 0;
  /** Per visitor: the opens in flight, oldest first. */
  private readonly pending = new Map<string, Promise<Conversation>[]>();

  constructor(readonly budgets: QueueBudgets) {}

  /** Throws the refusal, or says whether to open; `mine` are the visitor's open conversations, oldest first. */
  decide(visitor: Participant, context: Record<string, string>, mine: readonly Conversation[], queued: number): OpenDecision {
    const inFlight = this.pending.get(participantKey(visitor)) ?? [];
    if (mine.length + inFlight.length >= this.budgets.maxOpenPerVisitor) {
      // The latest: the last one being opened, else the newest committed one.
      const latest = inFlight.at(-1) ?? mine.at(-1);
      if (latest) return { open: false, latest };
    }
    const bytes = contextBytes(context);
    if (bytes > this.budgets.maxContextBytes) {
      throw new WukfError('WUKF_E_INVALID_INPUT', `context: ${bytes} bytes; at most ${this.budgets.maxContextBytes} (limits.max_context_bytes)`, { field: 'context' });
    }
    const { maxQueued, reservedForIdentified } = this.budgets;
    const anonymous = isAnonymous(visitor);
    const room = anonymous ? Math.max(0, maxQueued - reservedForIdentified) : maxQueued;
    if (queued + this.pendingQueued >= room) {
      const which = anonymous && room < maxQueued ? `the ${room} places open to anonymous visitors` : `${maxQueued} places`;
      throw new WukfError('WUKF_E_QUEUE_FULL', `the queue is full (${which}); try again later`, { retryAfterMs: QUEUE_FULL_RETRY_MS });
    }
    return { open: true };
  }

  /** An open decided on is under way until `opened` settles. */
  opening(visitor: Participant, opened: Promise<Conversation>): void {
    const key = participantKey(visitor);
    const list = this.pending.get(key) ?? [];
    list.push(opened);
    this.pending.set(key, list);
    this.pendingQueued += 1;
    const done = () => {
      this.pendingQueued -= 1;
      const at = list.indexOf(opened);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0 && this.pending.get(key) === list) this.pending.delete(key);
    };
    opened.then(done, done);
  }
}
