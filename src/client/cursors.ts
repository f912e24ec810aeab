import { ConversationState, ResumeStatus, SystemEventKind, type ConversationSnapshot, type Cursor, type MessageEvent, type ResumeResult } from '../proto/index.js';
import { MAX_CURSORS } from '../proto/limits.js';
import type { GapInfo, RewindInfo } from './types.js';

/**
 * Where this client is in each conversation: the highest seq of the message events it has passed on
 * (which both drops repeats and is the resume cursor of the next Hello), and who the agent is.
 */
export class Cursors {
  /** Highest seq emitted, per conversation; the most recently active last. */
  private readonly seen = new Map<string, number>();
  /**
   * Conversations known from a snapshot but without a message event yet: their lastSeq is where a resume
   * starts, so that what arrives while the client is away is replayed; what came before is history.
   */
  private readonly baseline = new Map<string, number>();
  private readonly agents = new Map<string, string>();
  /** The conversation last in `seen`; moving it to the end again would only churn the map. */
  private mostRecent: string | undefined;

  constructor(initial: Record<string, number> = {}) {
    for (const [id, seq] of Object.entries(initial)) if (Number.isSafeInteger(seq) && seq >= 0) this.seen.set(id, seq);
  }

  lastSeq(conversationId: string): number {
    return this.seen.get(conversationId) ?? 0;
  }

  /** True the first time a seq above the cursor arrives; a replayed or repeated event gives false. */
  advance(conversationId: string, seq: number): boolean {
    if (!(seq > (this.seen.get(conversationId) ?? 0))) return false;
    if (conversationId !== this.mostRecent) {
      this.seen.delete(conversationId);
      this.mostRecent = conversationId;
    }
    this.seen.set(conversationId, seq);
    this.baseline.delete(conversationId);
    return true;
  }

  /** Takes in a conversation's state; a closed one is dropped from the cursors. */
  track(snapshot: ConversationSnapshot): void {
    const id = snapshot.id;
    if (!id) return;
    if (snapshot.state === ConversationState.CONVERSATION_STATE_CLOSED) return this.forget(id);
    this.agents.set(id, snapshot.agent?.id ?? '');
    if (!this.seen.has(id)) this.baseline.set(id, Math.max(this.baseline.get(id) ?? 0, snapshot.lastSeq ?? 0));
  }

  /**
   * Takes in a hand-over as its entry tells it. The server sends the TRANSFERRED or REQUEUED entry before the
   * snapshot that names the new agent, so without this the agent losing the conversation would still count
   * as its agent for that entry, acknowledge it, and be refused: it may no longer see the conversation.
   */
  handOver(message: MessageEvent): void {
    const id = message.conversationId ?? '';
    const kind = message.system?.kind;
    if (!this.agents.has(id)) return;
    if (kind === SystemEventKind.KIND_TRANSFERRED) this.agents.set(id, message.system?.subject?.id ?? '');
    else if (kind === SystemEventKind.KIND_REQUEUED) this.agents.set(id, '');
  }

  /** The assigned agent's id ('' while queued), if the conversation is known. */
  agentOf(conversationId: string): string | undefined {
    return this.agents.get(conversationId);
  }

  forget(conversationId: string): void {
    if (conversationId === this.mostRecent) this.mostRecent = undefined;
    this.seen.delete(conversationId);
    this.baseline.delete(conversationId);
    this.agents.delete(conversationId);
  }

  /**
   * The Hello cursors, the most recently active conversation first and those known only from a snapshot last:
   * the server spends a Hello's replay budget in cursor order, so what the user is in now is replayed
   * and what it left long ago is what may have to be paged. Past the server's limit the least recent go.
   */
  hello(): Cursor[] {
    const all: Cursor[] = [];
    for (const [conversationId, lastSeq] of this.seen) all.push({ conversationId, lastSeq });
    all.reverse();
    for (const [conversationId, lastSeq] of this.baseline) all.push({ conversationId, lastSeq });
    return all.slice(0, MAX_CURSORS);
  }

  /** Applies Welcome.resume; returns the gaps to page with history and the conversations the server is behind in. */
  resume(results: ResumeResult[]): { gaps: GapInfo[]; rewinds: RewindInfo[] } {
    const gaps: GapInfo[] = [];
    const rewinds: RewindInfo[] = [];
    for (const r of results) {
      const id = r.conversationId ?? '';
      if (r.status === ResumeStatus.STATUS_FORBIDDEN) this.forget(id);
      else if (r.status === ResumeStatus.STATUS_GAP_TOO_LARGE) {
        const gap = { conversationId: id, afterSeq: r.afterSeq ?? 0, toSeq: r.toSeq ?? 0 };
        // The server will not send anything up to toSeq on this connection; the app pages it.
        this.advance(id, gap.toSeq);
        gaps.push(gap);
      } else if (r.status === ResumeStatus.STATUS_CURSOR_AHEAD) {
        const rewind = { conversationId: id, fromSeq: r.afterSeq ?? 0, toSeq: r.toSeq ?? 0 };
        // New messages will come with the seqs above toSeq again: they must not be taken for repeats.
        this.rewind(id, rewind.toSeq);
        rewinds.push(rewind);
      }
    }
    return { gaps, rewinds };
  }

  private rewind(conversationId: string, seq: number): void {
    if (!this.seen.has(conversationId)) return;
    this.seen.set(conversationId, seq);
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries(this.seen);
  }
}
