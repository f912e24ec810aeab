import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ConversationWriter } from './conversation-writer.js';
import { packOutcomes, unpackWrites, type PackedOutcomes, type PackedWrites } from './writer-wire.js';

/**
 * The conversation writer's thread: its own connection to the database file, one batch at a time. The
 * commit (and its fsync) happens here, so the event loop keeps reading and writing frames meanwhile and
 * the next batch gathers while this one is written.
 */
export interface WriterThreadData {
  file: string;
  busyTimeoutMs: number;
}

export type ToWriter = { type: 'batch'; at: number; writes: PackedWrites } | { type: 'close' };
export type FromWriter = { type: 'committed'; outcomes: PackedOutcomes; ms: number } | { type: 'failed'; message: string; code: string | undefined; ms: number };

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

port.on('message', (msg: ToWriter) => {
  if (msg.type === 'close') {
    db.close();
    port.close();
    return;
  }
  const started = performance.now();
  let reply: FromWriter;
  try {
    const outcomes = writer.commit(unpackWrites(msg.writes), msg.at);
    reply = { type: 'committed', outcomes: packOutcomes(outcomes, msg.at), ms: performance.now() - started };
  } catch (err) {
    reply = { type: 'failed', message: (err as Error).message, code: (err as { code?: string }).code, ms: performance.now() - started };
  }
  port.postMessage(reply);
});
