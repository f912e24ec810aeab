import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ConversationWriter, type WriteChunk } from './conversation-writer.js';
import { packOutcomes, unpackWrites, type PackedOutcomes, type PackedWrites } from './writer-wire.js';

/**
 * The conversation writer's thread: its own connection to the database file. Chunks of writes arrive as
 * the event loop makes them; whatever has arrived by the time the previous commit is done goes into the next
 * transaction, so the thread starts a commit as soon as it can, without waiting for the event loop to hear
 * of the last one. The commit (and its fsync) happens here, so the event loop keeps reading and writing
 * frames meanwhile.
 */
export interface WriterThreadData {
  file: string;
  busyTimeoutMs: number;
}

export type ToWriter = { type: 'chunk'; at: number; writes: PackedWrites } | { type: 'close' };
/** Settles the oldest `chunks` chunks not yet settled, in order. */
export type FromWriter =
  | { type: 'committed'; chunks: number; outcomes: PackedOutcomes; ms: number }
  | { type: 'failed'; chunks: number; message: string; code: string | undefined; ms: number };

const port = parentPort;
if (!port) throw new Error('writer-thread.ts runs as a worker thread of SqliteConversations');

const { file, busyTimeoutMs } = workerData as WriterThreadData;
const db = new Database(file);
db.pragma('journal_mode = WAL');
// FULL: a commit is on disk before the event loop hears of it, which is what lets wukf ack after commit.
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma(`busy_timeout = ${busyTimeoutMs}`);
const writer = new ConversationWriter(db);

let waiting: WriteChunk[] = [];
let scheduled = false;

port.on('message', (msg: ToWriter) => {
  if (msg.type === 'close') {
    // SqliteConversations.close() waits for every chunk to settle before it sends this.
    db.close();
    port.close();
    return;
  }
  waiting.push({ at: msg.at, writes: unpackWrites(msg.writes) });
  // The chunks already queued on the port arrive before this runs: they share the transaction.
  if (!scheduled) {
    scheduled = true;
    setImmediate(commitWaiting);
  }
});

function commitWaiting(): void {
  scheduled = false;
  const chunks = waiting;
  waiting = [];
  const started = performance.now();
  let reply: FromWriter;
  try {
    const outcomes = writer.commit(chunks);
    const packed: PackedOutcomes = [];
    let i = 0;
    for (const chunk of chunks) {
      packOutcomes(outcomes, i, chunk.writes.length, chunk.at, packed);
      i += chunk.writes.length;
    }
    reply = { type: 'committed', chunks: chunks.length, outcomes: packed, ms: performance.now() - started };
  } catch (err) {
    reply = { type: 'failed', chunks: chunks.length, message: (err as Error).message, code: (err as { code?: string }).code, ms: performance.now() - started };
  }
  port!.postMessage(reply);
}
