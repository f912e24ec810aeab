import type { Database, Statement } from 'better-sqlite3';
import { ConversationError, SYSTEM, type Conversation, type ConversationEntry, type Participant, type SystemEvent } from '../domain/conversation.js';
import { CommitRecorder } from './commit-stats.js';
import type { AppendInput, AppendResult, ConversationFilter, ConversationStore, Watermark } from './conversation-store.js';

interface ConversationRow {
  id: string;
  state: Conversation['state'];
  visitor_id: string;
  visitor_name: string;
  agent_kind: 'agent' | 'admin' | null;
  agent_id: string | null;
  agent_name: string | null;
  language: string;
  skills: string;
  context: string;
  last_seq: number;
  created_at: number;
  updated_at: number;
}

interface EntryRow {
  conversation_id: string;
  seq: number;
  sender_kind: Participant['kind'];
  sender_id: string;
  sender_name: string;
  client_message_id: string;
  text: string | null;
  system: string | null;
  created_at: number;
}

function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    state: row.state,
    visitor: { kind: 'visitor', id: row.visitor_id, displayName: row.visitor_name },
    agent: row.agent_kind && row.agent_id ? { kind: row.agent_kind, id: row.agent_id, displayName: row.agent_name ?? row.agent_id } : null,
    language: row.language,
    skills: JSON.parse(row.skills) as string[],
    context: JSON.parse(row.context) as Record<string, string>,
    lastSeq: row.last_seq,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEntry(row: EntryRow): ConversationEntry {
  const entry: ConversationEntry = {
    conversationId: row.conversation_id,
    seq: row.seq,
    clientMessageId: row.client_message_id,
    sender: { kind: row.sender_kind, id: row.sender_id, displayName: row.sender_name },
    createdAt: row.created_at,
  };
  if (row.text !== null) entry.text = row.text;
  if (row.system !== null) entry.system = JSON.parse(row.system) as SystemEvent;
  return entry;
}

/** What the writer knows of a conversation between commits: its last seq and whether it is closed. */
interface Head {
  lastSeq: number;
  closed: boolean;
}

type Write =
  | { kind: 'append'; input: AppendInput; resolve: (r: AppendResult) => void; reject: (e: unknown) => void }
  | { kind: 'transition'; conversation: Conversation; event: SystemEvent; isNew: boolean; resolve: (e: ConversationEntry) => void; reject: (e: unknown) => void }
  | { kind: 'receipt'; conversationId: string; participant: Participant; field: 'delivered' | 'read'; seq: number; resolve: () => void; reject: (e: unknown) => void };

/**
 * The SQLite side of ConversationStore. Writes queue up during an event-loop turn and commit in one
 * transaction at the next setImmediate: one fsync for many messages, and no promise settles before its
 * transaction is on disk. Seqs are assigned inside the transaction from an in-memory head per
 * conversation; this process is the database's only writer of entries.
 */
export class SqliteConversations implements ConversationStore {
  private readonly queue: Write[] = [];
  private scheduled = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => undefined;
  private readonly heads = new Map<string, Head>();
  private readonly sql: Record<string, Statement>;
  /** Observed by the benchmark and logs: size and duration of the latest commit. */
  lastBatch = { writes: 0, ms: 0 };
  /** Cumulative commit figures for /api/v1/admin/stats. */
  readonly commits = new CommitRecorder();

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
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
      getConversation: db.prepare('SELECT * FROM conversations WHERE id = ?'),
      readEntries: db.prepare('SELECT * FROM entries WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      readHistory: db.prepare('SELECT * FROM entries WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
      watermarks: db.prepare('SELECT * FROM watermarks WHERE conversation_id = ?'),
    };
  }

  saveTransition(conversation: Conversation, event: SystemEvent, isNew: boolean): Promise<ConversationEntry> {
    return new Promise((resolve, reject) => this.enqueue({ kind: 'transition', conversation, event, isNew, resolve, reject }));
  }

  appendMessage(input: AppendInput): Promise<AppendResult> {
    return new Promise((resolve, reject) => this.enqueue({ kind: 'append', input, resolve, reject }));
  }

  saveReceipt(conversationId: string, participant: Participant, field: 'delivered' | 'read', seq: number): Promise<void> {
    return new Promise((resolve, reject) => this.enqueue({ kind: 'receipt', conversationId, participant, field, seq, resolve, reject }));
  }

  /** Resolves once every write queued so far has committed (or failed). */
  flush(): Promise<void> {
    return this.queue.length === 0 && !this.scheduled ? Promise.resolve() : this.idle;
  }

  async getConversation(id: string): Promise<Conversation | undefined> {
    const row = this.sql.getConversation!.get(id) as ConversationRow | undefined;
    return row && toConversation(row);
  }

  async listConversations(filter: ConversationFilter): Promise<Conversation[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.visitorId !== undefined) (where.push('visitor_id = ?'), params.push(filter.visitorId));
    if (filter.agentId !== undefined) (where.push('agent_id = ?'), params.push(filter.agentId));
    if (filter.states?.length) (where.push(`state IN (${filter.states.map(() => '?').join(', ')})`), params.push(...filter.states));
    const sql = `SELECT * FROM conversations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, filter.limit ?? 1000) as ConversationRow[];
    return rows.map(toConversation);
  }

  async readEntries(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEntry[]> {
    return (this.sql.readEntries!.all(conversationId, afterSeq, limit) as EntryRow[]).map(toEntry);
  }

  async readHistory(conversationId: string, beforeSeq: number, limit: number): Promise<{ entries: ConversationEntry[]; hasMore: boolean }> {
    const rows = this.sql.readHistory!.all(conversationId, beforeSeq > 0 ? beforeSeq : Number.MAX_SAFE_INTEGER, limit + 1) as EntryRow[];
    const hasMore = rows.length > limit;
    return { entries: rows.slice(0, limit).reverse().map(toEntry), hasMore };
  }

  async watermarks(conversationId: string): Promise<Watermark[]> {
    const rows = this.sql.watermarks!.all(conversationId) as {
      participant_kind: Participant['kind'];
      participant_id: string;
      participant_name: string;
      delivered_seq: number;
      read_seq: number;
    }[];
    return rows.map((r) => ({
      participant: { kind: r.participant_kind, id: r.participant_id, displayName: r.participant_name },
      deliveredSeq: r.delivered_seq,
      readSeq: r.read_seq,
    }));
  }

  private enqueue(write: Write): void {
    this.queue.push(write);
    if (this.scheduled) return;
    this.scheduled = true;
    this.idle = new Promise((resolve) => (this.markIdle = resolve));
    setImmediate(() => this.commit());
  }

  private head(conversationId: string): Head {
    let head = this.heads.get(conversationId);
    if (!head) {
      const row = this.sql.head!.get(conversationId) as { last_seq: number; state: string } | undefined;
      if (!row) throw new ConversationError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId}`);
      head = { lastSeq: row.last_seq, closed: row.state === 'closed' };
      this.heads.set(conversationId, head);
    }
    return head;
  }

  /** Commits everything queued in one transaction, then settles each write's promise. */
  private commit(): void {
    const batch = this.queue.splice(0);
    const started = performance.now();
    const outcomes: (() => void)[] = [];
    const touched = new Map<string, number>();
    try {
      this.db.transaction(() => {
        const at = this.now();
        for (const write of batch) {
          // A write refused on its own merits (closed conversation, unknown id) fails alone; a database
          // error aborts the whole transaction below.
          try {
            if (write.kind === 'append') {
              const result = this.writeAppend(write.input, at, touched);
              outcomes.push(() => write.resolve(result));
            } else if (write.kind === 'transition') {
              const entry = this.writeTransition(write.conversation, write.event, write.isNew, at, touched);
              outcomes.push(() => write.resolve(entry));
            } else {
              this.writeReceipt(write);
              outcomes.push(() => write.resolve());
            }
          } catch (err) {
            if (!(err instanceof ConversationError)) throw err;
            outcomes.push(() => write.reject(err));
          }
        }
        for (const [id, lastSeq] of touched) this.sql.setLastSeq!.run(lastSeq, at, id);
      })();
    } catch (err) {
      // Nothing of the batch is stored: forget the heads it may have advanced (they reload from the
      // rolled-back rows) and fail every write in it.
      for (const write of batch) this.heads.delete(write.kind === 'transition' ? write.conversation.id : write.kind === 'append' ? write.input.conversationId : write.conversationId);
      for (const write of batch) write.reject(err);
      this.finishBatch(batch.length, started);
      return;
    }
    for (const settle of outcomes) settle();
    this.finishBatch(batch.length, started);
  }

  private finishBatch(writes: number, started: number): void {
    const ms = performance.now() - started;
    this.lastBatch = { writes, ms };
    this.commits.record(writes, ms);
    if (this.queue.length > 0) {
      setImmediate(() => this.commit());
      return;
    }
    this.scheduled = false;
    this.markIdle();
  }

  private writeAppend(input: AppendInput, at: number, touched: Map<string, number>): AppendResult {
    const head = this.head(input.conversationId);
    const duplicate = () => {
      const row = this.sql.findByClientId!.get(input.conversationId, input.sender.id, input.clientMessageId) as { seq: number; created_at: number } | undefined;
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
    const { changes } = this.sql.insertEntry!.run(input.conversationId, seq, input.sender.kind, input.sender.id, input.sender.displayName, input.clientMessageId, input.text, null, at);
    if (changes === 0) return duplicate()!;
    head.lastSeq = seq;
    touched.set(input.conversationId, seq);
    return { seq, createdAt: at, duplicate: false };
  }

  private writeTransition(conversation: Conversation, event: SystemEvent, isNew: boolean, at: number, touched: Map<string, number>): ConversationEntry {
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
      this.sql.insertConversation!.run(row);
      this.heads.set(conversation.id, { lastSeq: 0, closed: false });
    } else {
      this.head(conversation.id);
      this.sql.updateConversation!.run(row);
    }
    const head = this.head(conversation.id);
    const seq = head.lastSeq + 1;
    const sender = SYSTEM;
    this.sql.insertEntry!.run(conversation.id, seq, sender.kind, sender.id, sender.displayName, '', null, JSON.stringify(event), at);
    head.lastSeq = seq;
    head.closed = conversation.state === 'closed';
    touched.set(conversation.id, seq);
    return { conversationId: conversation.id, seq, clientMessageId: '', sender, createdAt: at, system: event };
  }

  private writeReceipt(write: Extract<Write, { kind: 'receipt' }>): void {
    const head = this.head(write.conversationId);
    const seq = Math.min(write.seq, head.lastSeq);
    const p = write.participant;
    if (write.field === 'delivered') this.sql.receiptDelivered!.run(write.conversationId, p.kind, p.id, p.displayName, seq);
    else this.sql.receiptRead!.run(write.conversationId, p.kind, p.id, p.displayName, seq, seq);
  }
}
