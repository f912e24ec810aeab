import { ConversationState, ReceiptKind, type ConversationSnapshot, type Participant } from '../proto/index.js';
import type { MessageEvent, ReceiptEvent, RewindInfo, UnreadEvent, Welcome } from './types.js';

/** The events this counter follows; the client is one. */
interface Source {
  on(event: 'welcome', listener: (w: Welcome) => void): unknown;
  on(event: 'message', listener: (m: MessageEvent) => void): unknown;
  on(event: 'conversation', listener: (s: ConversationSnapshot) => void): unknown;
  on(event: 'receipt', listener: (r: ReceiptEvent) => void): unknown;
  on(event: 'rewind', listener: (r: RewindInfo) => void): unknown;
}

/**
 * Unread messages per conversation, for an app's badge: the text messages from anybody else that this client
 * was handed (live, or replayed when it resumed) above your read watermark. The watermark is the highest of
 * what the server says you have read (snapshots, and receipts from your other devices) and your markRead.
 * Messages this client never received — before its cursors, or in a resume gap — are not counted.
 */
export class UnreadCounts {
  private you: Participant | undefined;
  private readonly read = new Map<string, number>();
  /** Seqs of unread messages per conversation, ascending (they arrive in seq order). */
  private readonly unread = new Map<string, number[]>();

  constructor(source: Source, private readonly changed: (event: UnreadEvent) => void) {
    source.on('welcome', (w) => {
      this.you = w.you ?? undefined;
      for (const snapshot of w.conversations) this.snapshot(snapshot);
    });
    source.on('message', (m) => this.message(m));
    source.on('conversation', (s) => this.snapshot(s));
    source.on('receipt', (r) => {
      if (r.kind === ReceiptKind.RECEIPT_KIND_READ && this.isYou(r.participant)) this.markRead(r.conversationId, r.seq);
    });
    source.on('rewind', (r) => {
      // The server will hand out the seqs above toSeq again, for other messages.
      this.read.set(r.conversationId, Math.min(this.read.get(r.conversationId) ?? 0, r.toSeq));
      this.keep(r.conversationId, (seq) => seq <= r.toSeq);
    });
  }

  count(conversationId?: string): number {
    if (conversationId !== undefined) return this.unread.get(conversationId)?.length ?? 0;
    let total = 0;
    for (const seqs of this.unread.values()) total += seqs.length;
    return total;
  }

  markRead(conversationId: string, seq: number): void {
    if (!(seq > (this.read.get(conversationId) ?? 0))) return;
    this.read.set(conversationId, seq);
    this.keep(conversationId, (s) => s > seq);
  }

  private message(m: MessageEvent): void {
    if (m.text === undefined || m.text === null || this.isYou(m.sender) || !(m.seq > (this.read.get(m.conversationId) ?? 0))) return;
    const seqs = this.unread.get(m.conversationId) ?? [];
    this.unread.set(m.conversationId, [...seqs, m.seq]);
    this.emit(m.conversationId);
  }

  private snapshot(s: ConversationSnapshot): void {
    const id = s.id ?? '';
    if (s.state === ConversationState.CONVERSATION_STATE_CLOSED) {
      this.read.delete(id);
      return this.keep(id, () => false);
    }
    for (const mark of s.watermarks ?? []) if (this.isYou(mark.participant)) this.markRead(id, Number(mark.readSeq ?? 0));
  }

  private keep(conversationId: string, wanted: (seq: number) => boolean): void {
    const seqs = this.unread.get(conversationId);
    if (!seqs) return;
    const kept = seqs.filter(wanted);
    if (kept.length === seqs.length) return;
    if (kept.length > 0) this.unread.set(conversationId, kept);
    else this.unread.delete(conversationId);
    this.emit(conversationId);
  }

  private isYou(p: Participant | null | undefined): boolean {
    return Boolean(p && this.you && p.kind === this.you.kind && p.id === this.you.id);
  }

  private emit(conversationId: string): void {
    this.changed({ conversationId, count: this.count(conversationId), total: this.count() });
  }
}
