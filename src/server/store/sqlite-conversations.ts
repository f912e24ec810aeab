import { Worker } from 'node:worker_threads';
import type { Database, Statement } from 'better-sqlite3';
import type { Conversation, ConversationEntry, Participant, SystemEvent } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import { CommitRecorder } from './commit-stats.js';
import { countConversations, lastAgents, listConversations, purgeConversations } from './conversation-queries.js';
import { followUps } from './follow-up-queries.js';
import { CONVERSATION, toConversation, toEntry, type ConversationRow, type EntryRow } from './conversation-rows.js';
import type { WriteRequest } from './conversation-writer.js';
import type { FromWriter, ToWriter, WriterThreadData } from './writer-thread.js';
import { packWrite, settleWith, type PackedWrites } from './writer-wire.js';
import type { AppendInput, AppendResult, ConversationFilter, ConversationStore, EntriesExtent, ExpectedState, FollowUp, PurgeFilter, Watermark } from './conversation-store.js';

interface Pending {
  write: WriteRequest;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export interface SqliteConversationsOptions {
  /** Clock for entry timestamps; defaults to Date.now. */
  now?: () => number;
  /** How long the writer waits for another connection's write lock before a batch fails (ms). */
  busyTimeoutMs?: number;
}

/** Writes handed to the writer thread together, waiting for their commit. */
interface Chunk {
  pending: Pending[];
  at: number;
}

/**
 * The SQLite side of ConversationStore. Reads run on the given connection (the queries over many
 * conversations are conversation-queries.ts); writes go to a writer thread
 * (writer-thread.ts): what a turn of the event loop wrote is handed over as one chunk, and the thread
 * commits whatever chunks have arrived in one transaction, the next as soon as the last is done. One fsync
 * for many messages, none of them on the event loop, chunks committed in the order they were made, and no
 * promise settles before its transaction is on disk.
 */
export class SqliteConversations implements ConversationStore {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Chunks handed to the thread and not settled yet, oldest first. */
  private inFlight: Chunk[] = [];
  private idleWaiters: (() => void)[] = [];
  private thread: Worker | undefined;
  private closed = false;
  private readonly now: () => number;
  private readonly busyTimeoutMs: number;
  private readonly sql: Record<string, Statement>;
  /** Cumulative commit figures for /api/v1/admin/stats. */
  readonly commits = new CommitRecorder();

  constructor(
    private readonly db: Database,
    options: SqliteConversationsOptions = {},
  ) {
    if (db.memory) throw new Error('SqliteConversations needs a database file: its writer thread opens a connection of its own');
    this.now = options.now ?? Date.now;
    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.sql = {
      getConversation: db.prepare(`${CONVERSATION} WHERE c.id = ?`),
      readEntries: db.prepare('SELECT * FROM entries WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      // The sizes are summed inside SQLite: a resume measures up to its budget of entries per Hello and
      // allocates nothing per entry.
      measureEntries: db.prepare(`SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes, COALESCE(MAX(seq), 0) AS lastSeq FROM (
        SELECT seq, LENGTH(CAST(COALESCE(text, system) AS BLOB)) + LENGTH(CAST(sender_id AS BLOB)) + LENGTH(CAST(sender_name AS BLOB))
          + LENGTH(CAST(client_message_id AS BLOB)) AS size
        FROM entries WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?)`),
      readHistory: db.prepare('SELECT * FROM entries WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
      watermarks: db.prepare('SELECT * FROM watermarks WHERE conversation_id = ?'),
    };
  }

  saveTransition(conversation: Conversation, event: SystemEvent, expected: ExpectedState | null): Promise<ConversationEntry> {
    return this.enqueue({ kind: 'transition', conversation, event, expected }) as Promise<ConversationEntry>;
  }

  appendMessage(input: AppendInput): Promise<AppendResult> {
    return this.enqueue({ kind: 'append', input }) as Promise<AppendResult>;
  }

  async saveReceipt(conversationId: string, participant: Participant, field: 'delivered' | 'read', seq: number): Promise<void> {
    await this.enqueue({ kind: 'receipt', conversationId, participant, field, seq });
  }

  /** Resolves once every write queued so far has committed (or failed). */
  flush(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((done) => this.idleWaiters.push(done));
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.inFlight.length === 0 && !this.scheduled;
  }

  /** Commits what is queued and stops the writer thread; writes after this fail. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    const thread = this.thread;
    this.thread = undefined;
    if (!thread) return;
    const exited = new Promise((resolve) => thread.once('exit', resolve));
    // An idle thread is unref'd; waiting for its exit must keep the process alive (a CLI command has
    // nothing else that does).
    thread.ref();
    thread.postMessage({ type: 'close' } satisfies ToWriter);
    await exited;
  }

  async getConversation(id: string): Promise<Conversation | undefined> {
    const row = this.sql.getConversation!.get(id) as ConversationRow | undefined;
    return row && toConversation(row);
  }

  listConversations(filter: ConversationFilter): Promise<Conversation[]> {
    return listConversations(this.db, filter);
  }

  lastAgents(filter: { since: number; limit: number; visitorId?: string }): Promise<{ visitorId: string; agent: string; at: number }[]> {
    return lastAgents(this.db, filter);
  }

  countConversations(filter: Omit<ConversationFilter, 'offset' | 'limit'>): Promise<number> {
    return countConversations(this.db, filter);
  }

  followUps(page: { offset: number; limit: number }): Promise<{ entries: FollowUp[]; total: number }> {
    return followUps(this.db, page);
  }

  purgeConversations(filter: PurgeFilter): Promise<number> {
    return purgeConversations(this.db, filter);
  }

  async readEntries(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEntry[]> {
    return (this.sql.readEntries!.all(conversationId, afterSeq, limit) as EntryRow[]).map(toEntry);
  }

  async measureEntries(conversationId: string, afterSeq: number, limit: number): Promise<EntriesExtent> {
    return this.sql.measureEntries!.get(conversationId, afterSeq, limit) as EntriesExtent;
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

  private enqueue(write: WriteRequest): Promise<unknown> {
    if (this.closed) return Promise.reject(new WukfError('WUKF_E_STORE_FAILED', 'the conversation store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (this.scheduled) return;
      // Everything queued during this turn of the event loop goes in one chunk.
      this.scheduled = true;
      setImmediate(this.handOver);
    });
  }

  private readonly handOver = (): void => {
    this.scheduled = false;
    const pending = this.queue;
    if (pending.length === 0) return;
    this.queue = [];
    const thread = this.writerThread();
    if (this.inFlight.length === 0) thread.ref();
    const at = this.now();
    this.inFlight.push({ pending, at });
    const writes: PackedWrites = [];
    for (const p of pending) packWrite(writes, p.write);
    thread.postMessage({ type: 'chunk', at, writes } satisfies ToWriter);
  };

  private writerThread(): Worker {
    if (this.thread) return this.thread;
    const thread = new Worker(writerThreadFile(), { workerData: { file: this.db.name, busyTimeoutMs: this.busyTimeoutMs } satisfies WriterThreadData });
    thread.on('message', (msg: FromWriter) => this.settle(msg));
    // A thread that dies takes the chunks it holds with it: nobody can tell whether they committed, so every
    // write in them fails (a client resends, and the idempotency key makes that safe). The next chunk gets a
    // new thread.
    const lost = (reason: string) => {
      if (this.thread !== thread) return;
      this.thread = undefined;
      if (this.inFlight.length > 0) this.settle({ type: 'failed', chunks: this.inFlight.length, message: reason, code: undefined, ms: 0 });
    };
    thread.on('error', (err) => lost(`the writer thread failed: ${err.message}`));
    thread.on('exit', (code) => lost(`the writer thread exited (${code})`));
    this.thread = thread;
    return thread;
  }

  private settle(msg: FromWriter): void {
    const chunks = this.inFlight.splice(0, msg.chunks);
    let writes = 0;
    for (const chunk of chunks) writes += chunk.pending.length;
    this.commits.record(writes, msg.ms);
    if (msg.type === 'failed') {
      const err = Object.assign(new WukfError('WUKF_E_STORE_FAILED', `the batch of ${writes} conversation writes was not stored: ${msg.message}`), { sqliteCode: msg.code });
      for (const chunk of chunks) for (const p of chunk.pending) p.reject(err);
    } else {
      let k = 0;
      for (const chunk of chunks) for (const p of chunk.pending) settleWith(msg.outcomes[k++]!, chunk.at, p);
    }
    if (this.inFlight.length > 0) return;
    this.thread?.unref();
    if (this.isIdle()) for (const done of this.idleWaiters.splice(0)) done();
  }
}

/**
 * The compiled writer-thread.js beside this module. Under the test runner this module is the TypeScript
 * source, and threads run plain Node: they load the compiled twin from dist/, which the tests' global setup
 * (test/global-setup.ts) builds before any test runs.
 */
function writerThreadFile(): URL {
  const url = new URL('./writer-thread.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return url;
  const at = url.pathname.lastIndexOf('/src/');
  return new URL(`file://${url.pathname.slice(0, at)}/dist/${url.pathname.slice(at + '/src/'.length)}`);
}
