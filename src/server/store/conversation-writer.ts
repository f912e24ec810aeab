import type { Database, Statement } from 'better-sqlite3';
import { ConversationError, SYSTEM, type Conversation, type ConversationEntry, type Participant, type SystemEvent } from '../domain/conversation.js';
import type { AppendInput, AppendResult } from './conversation-store.js';

/** One write of a batch, as it crosses to the writer thread (plain data: it is structured-cloned). */
export type WriteRequest =
  | { kind: 'append'; input: AppendInput }
  | { kind: 'transition'; conversation: Conversation; event: SystemEvent; isNew: boolean }
  | { kind: 'receipt'; conversationId: string; participant: Participant; field: 'delivered' | 'read'; seq: number };

/** What became of one write: its result, or the refusal of that write alone. */
export type WriteOutcome = { ok: true; value: AppendResult | ConversationEntry | null } | { ok: false; code: ConversationError['code']; message: string };

/** What the writer knows of a conversation between commits: its last seq and whether it is closed. */
interface Head {
  lastSeq: number;
  closed: boolean;
}

/**
 * Applies batches of conversation writes to SQLite, one transaction per batch. Seqs are assigned inside
 * the transaction from an in-memory head per conversation: this writer is the database's only writer of
 * entries. Synchronous and free of threads and timers; writer-thread.ts runs it off the event loop.
 */
export class ConversationWriter {
  private readonly heads = new Map<string, Head>();
  private readonly sql: Record<
    'head' | 'insertConversation' | 'updateConversation' | 'setLastSeq' | 'insertEntry' | 'findByClientId' | 'receiptDelivered' | 'receiptRead',
    Statement
  >;

  constructor(private readonly db: Database) {
    this.sql = {
      head: db.prepare('SELECT last_seq, state FROM conversations WHERE id = ?'),
      insertConversation: db.prepare(
        `INSERT INTO conversations (id, state, visitor_id, visitor_name, agent_kind, agent_id, agent_name, language, skills, context, last_seq, created_at, updated_at)
         VALUES (@id, @state, @visitor_id, @visitor_name, @agent_kind, @agent_id, @agent_name, @language, @skills, @context, 0, @created_at, @updated_at)`,
      ),
      updateConversation: db.prepare(
        'UPDATE conversations SET state = @state, agent_kind = @agent_kind, agent_id = @agent_id, agent_name = @agent_name, updated_at = @updated_at WHERE id = @id',
      ),
      setLastSeq: db.prepare('UPDATE conversations SET last_seq = ?, updated_at = ? WHERE id = ?'),
      insertEntry: db.prepare(
        `INSERT INTO entries (conversation_id, seq, sender_kind, sender_id, sender_name, client_message_id, text, system, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      findByClientId: db.prepare('SELECT seq, created_at FROM entries WHERE conversation_id = ? AND sender_id = ? AND client_message_id = ?'),
      receiptDelivered: db.prepare(
        `INSERT INTO watermarks (conversation_id, participant_kind, participant_id, participant_name, delivered_seq) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET delivered_seq = max(delivered_seq, excluded.delivered_seq), participant_name = excluded.participant_name`,
      ),
      receiptRead: db.prepare(
        `INSERT INTO watermarks (conversation_id, participant_kind, participant_id, participant_name, delivered_seq, read_seq) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET read_seq = max(read_seq, excluded.read_seq), delivered_seq = max(delivered_seq, excluded.delivered_seq), participant_name = excluded.participant_name`,
      ),
    };
  }

  /**
   * Commits the batch in one transaction (taking the write lock up front, so a busy database waits for the
   * busy timeout instead of failing half-way) and returns one outcome per write. A write refused on its own
   * merits (closed conversation, unknown id) fails alone; a database error throws, and then nothing of the
   * batch is stored.
   */
  commit(batch: readonly WriteRequest[], at: number): WriteOutcome[] {
    const outcomes: WriteOutcome[] = [];
    const touched = new Map<string, number>();
    try {
      this.db
        .transaction(() => {
          for (const write of batch) {
            try {
              outcomes.push({ ok: true, value: this.apply(write, at, touched) });
            } catch (err) {
              if (!(err instanceof ConversationError)) throw err;
              outcomes.push({ ok: false, code: err.code, message: err.message });
            }
          }
          for (const [id, lastSeq] of touched) this.sql.setLastSeq.run(lastSeq, at, id);
        })
        .immediate();
    } catch (err) {
      // The heads the batch advanced reload from the rolled-back rows.
      for (const write of batch) this.heads.delete(write.kind === 'transition' ? write.conversation.id : write.kind === 'append' ? write.input.conversationId : write.conversationId);
      throw err;
    }
    return outcomes;
  }

  private apply(write: WriteRequest, at: number, touched: Map<string, number>): AppendResult | ConversationEntry | null {
    if (write.kind === 'append') return this.append(write.input, at, touched);
    if (write.kind === 'transition') return this.transition(write.conversation, write.event, write.isNew, at, touched);
    this.receipt(write);
    return null;
  }

  private head(conversationId: string): Head {
    let head = this.heads.get(conversationId);
    if (!head) {
      const row = this.sql.head.get(conversationId) as { last_seq: number; state: string } | undefined;
      if (!row) throw new ConversationError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId}`);
      head = { lastSeq: row.last_seq, closed: row.state === 'closed' };
      this.heads.set(conversationId, head);
    }
    return head;
  }

  private append(input: AppendInput, at: number, touched: Map<string, number>): AppendResult {
    const head = this.head(input.conversationId);
    const duplicate = () => {
      const row = this.sql.findByClientId.get(input.conversationId, input.sender.id, input.clientMessageId) as { seq: number; created_at: number } | undefined;
      return row && { seq: row.seq, createdAt: row.created_at, duplicate: true };
    };
    // A resend of a stored message is acked again even after the conversation closed.
    if (head.closed) {
      const again = duplicate();
      if (again) return again;
      throw new ConversationError('WUKF_E_CONVERSATION_CLOSED', `conversation ${input.conversationId} is closed`);
    }
    const seq = head.lastSeq + 1;
    // The idempotency index turns a resend into a no-op insert; only then is the original looked up.
    const { changes } = this.sql.insertEntry.run(input.conversationId, seq, input.sender.kind, input.sender.id, input.sender.displayName, input.clientMessageId, input.text, null, at);
    if (changes === 0) return duplicate()!;
    head.lastSeq = seq;
    touched.set(input.conversationId, seq);
    return { seq, createdAt: at, duplicate: false };
  }

  private transition(conversation: Conversation, event: SystemEvent, isNew: boolean, at: number, touched: Map<string, number>): ConversationEntry {
    const row = {
      id: conversation.id,
      state: conversation.state,
      visitor_id: conversation.visitor.id,
      visitor_name: conversation.visitor.displayName,
      agent_kind: conversation.agent?.kind ?? null,
      agent_id: conversation.agent?.id ?? null,
      agent_name: conversation.agent?.displayName ?? null,
      language: conversation.language,
      skills: JSON.stringify(conversation.skills),
      context: JSON.stringify(conversation.context),
      created_at: conversation.createdAt,
      updated_at: at,
    };
    if (isNew) {
      this.sql.insertConversation.run(row);
      this.heads.set(conversation.id, { lastSeq: 0, closed: false });
    } else {
      this.head(conversation.id);
      this.sql.updateConversation.run(row);
    }
    const head = this.head(conversation.id);
    const seq = head.lastSeq + 1;
    this.sql.insertEntry.run(conversation.id, seq, SYSTEM.kind, SYSTEM.id, SYSTEM.displayName, '', null, JSON.stringify(event), at);
    head.lastSeq = seq;
    head.closed = conversation.state === 'closed';
    touched.set(conversation.id, seq);
    return { conversationId: conversation.id, seq, clientMessageId: '', sender: SYSTEM, createdAt: at, system: event };
  }

  private receipt(write: Extract<WriteRequest, { kind: 'receipt' }>): void {
    const head = this.head(write.conversationId);
    const seq = Math.min(write.seq, head.lastSeq);
    const p = write.participant;
    if (write.field === 'delivered') this.sql.receiptDelivered.run(write.conversationId, p.kind, p.id, p.displayName, seq);
    else this.sql.receiptRead.run(write.conversationId, p.kind, p.id, p.displayName, seq, seq);
  }
}
