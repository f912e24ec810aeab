import type { Conversation, ConversationEntry, Participant } from '../domain/conversation.js';
import type { Origin } from '../domain/origin.js';

export type { Origin };

interface Base {
  /**
   * The conversation after the change. A subscriber must not keep it: the core updates lastSeq in place
   * as messages are stored.
   */
  readonly conversation: Conversation;
  readonly origin: Origin | undefined;
}

/** A text message was stored. */
export interface MessageStored extends Base {
  readonly type: 'message';
  readonly entry: ConversationEntry;
}

/**
 * A conversation changed state or hands, with the system entry that records it. `previous` is the
 * conversation before the change (null when it was opened): who could read it until now.
 */
export interface ConversationChanged extends Base {
  readonly type: 'opened' | 'assigned' | 'transferred' | 'closed' | 'accepted' | 'requeued' | 'left' | 'returned';
  readonly previous: Conversation | null;
  readonly entry: ConversationEntry;
  /** Who made the change: the visitor (opened), the agent who claimed, the admin who assigned, … */
  readonly by: Participant;
}

/** A participant's delivered or read watermark moved forward. */
export interface ReceiptMoved extends Base {
  readonly type: 'receipt';
  readonly participant: Participant;
  readonly kind: 'delivered' | 'read';
  readonly seq: number;
}

/** One committed change. Emitted once per change, after its commit, in commit order per conversation. */
export type Committed = MessageStored | ConversationChanged | ReceiptMoved;

export type CommittedListener = (event: Committed) => void;

/**
 * The stream of committed changes. Listeners run synchronously, in the order they subscribed; one that
 * throws is reported and does not keep the event from the others or from the core.
 */
export class CommittedStream {
  private listeners: CommittedListener[] = [];

  constructor(private readonly failed: (err: unknown, event: Committed) => void) {}

  subscribe(listener: CommittedListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emit(event: Committed): void {
    const listeners = this.listeners;
    for (let i = 0; i < listeners.length; i++) {
      try {
        listeners[i]!(event);
      } catch (err) {
        this.failed(err, event);
      }
    }
  }
}
