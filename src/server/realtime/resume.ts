import type { Conversation } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import { encodeEnvelope, ResumeStatus, type ResumeResult } from '../../proto/index.js';
import { MAX_ID_LENGTH } from '../../proto/limits.js';
import { wireEntry } from './frames.js';
import type { Session } from './session.js';

export interface HelloCursor {
  conversationId?: string | null;
  lastSeq?: number | null;
}

/** One conversation's part of a replay: the entries after `afterSeq` up to and including `toSeq`. */
export interface Replay {
  conversationId: string;
  afterSeq: number;
  toSeq: number;
}

export interface ResumePlan {
  resume: ResumeResult[];
  replays: Replay[];
}

/**
 * What a MessageEvent frame adds to the entry's stored bytes, at most: the envelope, the field tags and
 * lengths, seq and timestamp varints, the sender's kind. The conversation id comes on top (it is in every
 * frame). Counting a little high keeps a replay within replay_max_bytes as the client receives it.
 */
const FRAME_OVERHEAD_BYTES = 48;

/** Cursors looked up and measured between two turns of the event loop. */
const CURSORS_PER_TURN = 16;

/** Entries read from the store and written at a time; then the replay waits for the client to read. */
const REPLAY_BATCH = 64;

/**
 * Decides, before Welcome, what each cursor gets, so that Welcome's statuses are exact. A conversation
 * named by more than one cursor is answered once, from the lowest last_seq (the client gets everything any of
 * them lacks), at the place of its first cursor. The Hello's replay budget (replay_max_entries,
 * replay_max_bytes) is spent in cursor order: the first cursor whose replay does not fit in what is left, and
 * every later one with something to replay, get STATUS_GAP_TOO_LARGE. Sizes are measured in the store without
 * reading the entries out, and never more rows than the budget has room for.
 */
export async function planResume(session: Session, cursors: HelloCursor[]): Promise<ResumePlan> {
  const { limits } = session;
  const resume: ResumeResult[] = [];
  const replays: Replay[] = [];
  let entriesLeft = limits.replayMaxEntries;
  let bytesLeft = limits.replayMaxBytes;
  let spent = false;
  let n = 0;
  for (const [id, after] of lowestPerConversation(cursors)) {
    // The store answers synchronously under its promises: without a turn of the event loop now and then,
    // 200 cursors would be measured in one go while every other client waits.
    if (++n % CURSORS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const c = await readable(session, id);
    if (!c) {
      resume.push({ conversationId: id, status: ResumeStatus.STATUS_FORBIDDEN, afterSeq: after });
      continue;
    }
    session.follow(c.id);
    const head = c.lastSeq;
    if (after > head) {
      // The client has seen seqs this conversation does not have (the database was restored from a backup):
      // they will be used again by new messages. Live events continue after the head.
      resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: after, toSeq: head });
      session.skipUpTo(c.id, head);
      continue;
    }
    const room = spent ? 0 : Math.min(limits.replayLimit, entriesLeft);
    // One row more than there is room for tells "does not fit" from "fits exactly".
    const extent = await session.conversations.measureEntries(c.id, after, room + 1);
    const bytes = extent.bytes + extent.count * (FRAME_OVERHEAD_BYTES + Buffer.byteLength(c.id));
    if (extent.count <= room && bytes <= bytesLeft) {
      const toSeq = extent.count > 0 ? extent.lastSeq : after;
      resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_REPLAYING, afterSeq: after, toSeq });
      session.skipUpTo(c.id, after);
      if (toSeq > after) replays.push({ conversationId: c.id, afterSeq: after, toSeq });
      entriesLeft -= extent.count;
      bytesLeft -= bytes;
      continue;
    }
    // More than replay_limit in this conversation alone leaves the budget to the cursors after it.
    if (!(extent.count > limits.replayLimit)) spent = true;
    const toSeq = Math.max(head, extent.lastSeq);
    resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: after, toSeq });
    session.skipUpTo(c.id, toSeq);
  }
  return { resume, replays };
}

/**
 * Writes the planned entries in seq order, a batch at a time, each batch read from the store only once the
 * client has read enough of the previous one. Between batches the event loop serves everyone else. Stops
 * when the connection closes.
 */
export async function streamReplays(session: Session, replays: Replay[]): Promise<void> {
  for (const r of replays) {
    let from = r.afterSeq;
    while (from < r.toSeq && !session.closing) {
      const batch = await session.conversations.entriesAfter(r.conversationId, from, Math.min(REPLAY_BATCH, r.toSeq - from));
      if (batch.length === 0) break;
      for (const e of batch) {
        session.replayed(r.conversationId, e.seq, encodeEnvelope({ message: wireEntry(e) }));
        // Large entries: the client must read some before the next, or the replay would pass max_buffered_bytes.
        if (session.behind) await session.drained();
      }
      from = batch.at(-1)!.seq;
      await session.drained();
    }
  }
}

/** Each conversation the cursors name once, with the lowest last_seq given for it, in order of first mention. */
function lowestPerConversation(cursors: HelloCursor[]): Map<string, number> {
  const lowest = new Map<string, number>();
  for (const cursor of cursors) {
    const id = cursor.conversationId ?? '';
    const after = cursor.lastSeq ?? 0;
    const seen = lowest.get(id);
    if (seen === undefined || after < seen) lowest.set(id, after);
  }
  return lowest;
}

/** The cursor's conversation if this principal may read it; undefined for ids that are not one. */
async function readable(session: Session, id: string): Promise<Conversation | undefined> {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  try {
    return await session.conversations.readable(session.principal, id);
  } catch (err) {
    if (err instanceof WukfError && err.code === 'WUKF_E_CONVERSATION_NOT_FOUND') return undefined;
    throw err;
  }
}
