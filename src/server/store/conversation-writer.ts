import type { Database, Statement } from 'better-sqlite3';
import { SYSTEM, type Conversation, type ConversationEntry, type Participant, type SystemEvent } from '../domain/conversation.js';
import { WukfError, type ErrorCode } from '../../proto/errors.js';
import type { AppendInput, AppendResult, ExpectedState } from './conversation-store.js';

/** One write of a batch, as it crosses to the writer thread (plain data: it is structured-cloned). */
export type WriteRequest =
  | { kind: 'append'; input: AppendInput }
  | { kind: 'transition'; conversation: Conversation; event: SystemEvent; expected: ExpectedState | null }
  | { kind: 'receipt'; conversationId: string; participant: Participant; field: 'delivered' | 'read'; seq: number };

/** Writes handed over together, and the time their new entries are stamped with. */
export interface WriteChunk {
  writes: readonly WriteRequest[];
  at: number;
}

/** What became of one write: its result, or the refusal of that write alone. */
export type WriteOutcome = { ok: true; value: AppendResult | ConversationEntry | null } | { ok: false; code: ErrorCode; message: string };

/**
 * What the writer knows of a conversation between commits: its last seq, whether it is closed, and (once it
 * has taken a message) the idempotency keys of everything stored in it, as numbers (idempotencyKey).
 */
interface Head {
  lastSeq: number;
  closed: boolean;
  keys: Set<number> | undefined;
}

export interface ConversationWriterOptions {
  /** Hashes (sender id, client message id); two ids may share a number. Replaceable so tests can force that. */
  idempotencyKey?: (senderId: string, clientMessageId: string) => number;
}

/**
 * FNV-1a over the sender id, a separator and the client message id, cut to 30 bits so that V8 keeps it as
 * a small integer (a Set of those costs a few bytes per message). Equal ids give equal numbers; a number
 * already in the set is only a hint, which the stored row confirms or refutes.
 */
export function idempotencyKey(senderId: string, clientMessageId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < senderId.length; i++) h = Math.imul(h ^ senderId.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0xffff, 0x01000193);
  for (let i = 0; i < clientMessageId.length; i++) h = Math.imul(h ^ clientMessageId.charCodeAt(i), 0x01000193);
  return h >>> 2;
}

/**
 * Applies batches of conversation writes to SQLite, one transaction per batch. Seqs are assigned inside
 * the transaction from an in-memory head per conversation: this writer is the database's only writer of
 * entries. A message costs one row and nothing else: no index besides the entries' own key, no update of
 * the conversation row (its last seq is read from its newest entry). Client message ids are checked against
 * the conversation's keys in memory, loaded from its stored entries the first time it takes a message.
 * Synchronous and free of threads and timers; writer-thread.ts runs it off the event loop.
 */
export class ConversationWriter {
  private readonly heads = new Map<string, Head>();
  private readonly keyOf: (senderId: string, clientMessageId: string) => number;
  private readonly sql: Record<
    'head' | 'keys' | 'current' | 'insertConversation' | 'updateConversation' | 'insertEntry' | 'findByClientId' | 'receiptDelivered' | 'receiptRead',
    Statement
  >;

  constructor(
    private readonly db: Database,
    options: ConversationWriterOptions = {},
  ) {
    this.keyOf = options.idempotencyKey ?? idempotencyKey;
    this.sql = {
      head: db.prepare('SELECT state, (SELECT max(seq) FROM entries WHERE conversation_id = c.id) AS last_seq FROM conversations c WHERE id = ?'),
      current: db.prepare('SELECT state, agent_id FROM conversations WHERE id = ?'),
      keys: db.prepare("SELECT sender_id, client_message_id FROM entries WHERE conversation_id = ? AND client_message_id <> ''").raw(true),
      insertConversation: db.prepare(
        `INSERT INTO conversations (id, state, visitor_id, visitor_name, agent_kind, agent_id, agent_name, language, skills, context, created_at, updated_at,
           group_name, priority, assignment, offer_expires_at, visitor_left_at)
         VALUES (@id, @state, @visitor_id, @visitor_name, @agent_kind, @agent_id, @agent_name, @language, @skills, @context, @created_at, @updated_at,
           @group_name, @priority, @assignment, @offer_expires_at, @visitor_left_at)`,
      ),
      updateConversation: db.prepare(
        `UPDATE conversations SET state = @state, agent_kind = @agent_kind, agent_id = @agent_id, agent_name = @agent_name, updated_at = @updated_at,
           assignment = @assignment, offer_expires_at = @offer_expires_at, visitor_left_at = @visitor_left_at, group_name = @group_name, priority = @priority WHERE id = @id`,
      ),
      insertEntry: db.prepare(
        `INSERT INTO entries (conversation_id, seq, sender_kind, sender_id, sender_name, client_message_id, text, system, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Reads the conversation's entries in key order: only a resend (or two ids sharing a key) comes here.
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
   * Commits the chunks in one transaction (taking the write lock up front, so a busy database waits for the
   * busy timeout instead of failing half-way) and returns one outcome per write, in order. Each chunk's new
   * entries are stamped with its time. A write refused on its own merits (closed conversation, unknown id)
   * fails alone; a database error throws, and then nothing of the chunks is stored.
   */
  commit(chunks: readonly WriteChunk[]): WriteOutcome[] {
    const outcomes: WriteOutcome[] = [];
    try {
      this.db
        .transaction(() => {
          for (const { writes, at } of chunks) {
            for (const write of writes) {
              try {
                outcomes.push({ ok: true, value: this.apply(write, at) });
              } catch (err) {
                if (!(err instanceof WukfError)) throw err;
                outcomes.push({ ok: false, code: err.code, message: err.message });
              }
            }
          }
        })
        .immediate();
    } catch (err) {
      // The heads the chunks advanced reload from the rolled-back rows.
      for (const { writes } of chunks) {
        for (const write of writes) this.heads.delete(write.kind === 'transition' ? write.conversation.id : write.kind === 'append' ? write.input.conversationId : write.conversationId);
      }
      throw err;
    }
    return outcomes;
  }

  private apply(write: WriteRequest, at: number): AppendResult | ConversationEntry | null {
    if (write.kind === 'append') return this.append(write.input, at);
    if (write.kind === 'transition') return this.transition(write.conversation, write.event, write.expected, at);
    this.receipt(write);
    return null;
  }

  private head(conversationId: string): Head {
    let head = this.heads.get(conversationId);
    if (!head) {
      const row = this.sql.head.get(conversationId) as { last_seq: number | null; state: string } | undefined;
      if (!row) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId}`);
      head = { lastSeq: row.last_seq ?? 0, closed: row.state === 'closed', keys: undefined };
      // Closed conversations are not kept: memory follows the open ones.
      if (!head.closed) this.heads.set(conversationId, head);
    }
    return head;
  }

  /** The conversation's idempotency keys, read from its entries the first time it takes a message. */
  private keysOf(conversationId: string, head: Head): Set<number> {
    if (head.keys) return head.keys;
    const keys = new Set<number>();
    for (const [senderId, clientMessageId] of this.sql.keys.iterate(conversationId) as IterableIterator<[string, string]>) keys.add(this.keyOf(senderId, clientMessageId));
    head.keys = keys;
    return keys;
  }

  private append(input: AppendInput, at: number): AppendResult {
    const head = this.head(input.conversationId);
    const duplicate = () => {
      const row = this.sql.findByClientId.get(input.conversationId, input.sender.id, input.clientMessageId) as { seq: number; created_at: number } | undefined;
      return row && { seq: row.seq, createdAt: row.created_at, duplicate: true };
    };
    // A resend of a stored message is acked again even after the conversation closed.
    if (head.closed) {
      const again = duplicate();
      if (again) return again;
      throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${input.conversationId} is closed`);
    }
    const keys = this.keysOf(input.conversationId, head);
    const key = this.keyOf(input.sender.id, input.clientMessageId);
    // A known key is a resend, or another id with the same key: the stored row tells which.
    if (keys.has(key)) {
      const again = duplicate();
      if (again) return again;
    }
    const seq = head.lastSeq + 1;
    this.sql.insertEntry.run(input.conversationId, seq, input.sender.kind, input.sender.id, input.sender.displayName, input.clientMessageId, input.text, null, at);
    keys.add(key);
    head.lastSeq = seq;
    return { seq, createdAt: at, duplicate: false };
  }

  private transition(conversation: Conversation, event: SystemEvent, expected: ExpectedState | null, at: number): ConversationEntry {
    this.checkExpected(conversation.id, expected);
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
      group_name: conversation.group,
      priority: conversation.priority,
      assignment: conversation.assignment === null ? null : JSON.stringify(conversation.assignment),
      offer_expires_at: conversation.offerExpiresAt,
      visitor_left_at: conversation.visitorLeftAt,
    };
    let head: Head;
    if (expected === null) {
      this.sql.insertConversation.run(row);
      head = { lastSeq: 0, closed: false, keys: new Set() };
      this.heads.set(conversation.id, head);
    } else {
      head = this.head(conversation.id);
      this.sql.updateConversation.run(row);
    }
    const seq = head.lastSeq + 1;
    this.sql.insertEntry.run(conversation.id, seq, SYSTEM.kind, SYSTEM.id, SYSTEM.displayName, '', null, JSON.stringify(event), at);
    head.lastSeq = seq;
    // A closed conversation takes no new messages, and a resend is looked up in its rows: the writer forgets
    // it (a later write reads its head back from the stored rows), so memory follows the open conversations.
    if (conversation.state === 'closed') this.heads.delete(conversation.id);
    return { conversationId: conversation.id, seq, clientMessageId: '', sender: SYSTEM, createdAt: at, system: event };
  }

  /** The stored conversation must still be in the state the change was decided against. */
  private checkExpected(id: string, expected: ExpectedState | null): void {
    const row = this.sql.current.get(id) as { state: Conversation['state']; agent_id: string | null } | undefined;
    if (expected === null) {
      if (row) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${id} already exists`);
      return;
    }
    if (!row) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${id}`);
    if (row.state === expected.state && row.agent_id === expected.agentId) return;
    if (row.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${id} is closed`);
    throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${id} is ${row.state}${row.agent_id ? ` with ${row.agent_id}` : ''} now`);
  }

  private receipt(write: Extract<WriteRequest, { kind: 'receipt' }>): void {
    const head = this.head(write.conversationId);
    const seq = Math.min(write.seq, head.lastSeq);
    const p = write.participant;
    if (write.field === 'delivered') this.sql.receiptDelivered.run(write.conversationId, p.kind, p.id, p.displayName, seq);
    else this.sql.receiptRead.run(write.conversationId, p.kind, p.id, p.displayName, seq, seq);
  }
}
