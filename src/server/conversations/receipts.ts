import { sameParticipant, type Conversation, type Participant } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import type { ConversationStore, Watermark } from '../store/conversation-store.js';
import type { CommittedStream, Origin } from './events.js';
import type { LaneTask } from './lane.js';
import { participantKey } from './open-conversations.js';

export type ReceiptField = 'delivered' | 'read';

interface ReceiptDeps {
  store: ConversationStore;
  committed: CommittedStream;
  readable(who: Participant, id: string): Promise<Conversation>;
  isOpen(id: string): boolean;
}

type Planned = { conversation: Conversation; upTo: number; raisesDelivered: boolean } | null;

/** Watermarks of open conversations, loaded on their first receipt (what the store has once commits land), and the receipt operation. */
export class Receipts {
  private readonly marks = new Map<string, Map<string, Watermark>>();

  constructor(private readonly deps: ReceiptDeps) {}

  /** A closed conversation's watermarks leave memory. */
  forget(id: string): void {
    this.marks.delete(id);
  }

  /**
   * Moves `by`'s delivered or read watermark up to seq (capped at the last seq); READ raises DELIVERED with it.
   * Resolves with the seq it moved to, or null when it would not move (at or below the watermark): nothing is
   * written or emitted then. Each watermark that moves is one ReceiptMoved event, DELIVERED before READ.
   */
  task(by: Participant, id: string, kind: ReceiptField, seq: number, origin: Origin | undefined): LaneTask<Planned, void, number | null> {
    return {
      barrier: false,
      prepare: async () => {
        const c = await this.deps.readable(by, id);
        // Receipts come from the two sides; a watching admin leaves none.
        if (by.kind !== 'visitor' && !sameParticipant(by, c.agent)) {
          throw new WukfError('WUKF_E_FORBIDDEN', `only the visitor and the assigned agent of conversation ${id} send receipts`);
        }
        const upTo = Math.min(seq, c.lastSeq);
        const marks = await this.of(c);
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
        return this.deps.store.saveReceipt(id, by, kind, planned.upTo).catch((err: unknown) => {
          // Memory ran ahead of a write that failed: read the watermarks again next time.
          this.forget(id);
          throw err;
        });
      },
      settle: (_, planned) => {
        if (planned === null) return null;
        const { conversation, upTo } = planned;
        if (planned.raisesDelivered) this.deps.committed.emit({ type: 'receipt', conversation, participant: by, kind: 'delivered', seq: upTo, origin });
        this.deps.committed.emit({ type: 'receipt', conversation, participant: by, kind, seq: upTo, origin });
        return upTo;
      },
    };
  }

  private async of(c: Conversation): Promise<Map<string, Watermark>> {
    const cached = this.marks.get(c.id);
    if (cached) return cached;
    const marks = new Map<string, Watermark>();
    for (const w of await this.deps.store.watermarks(c.id)) marks.set(participantKey(w.participant), w);
    if (this.deps.isOpen(c.id)) this.marks.set(c.id, marks);
    return marks;
  }
}
