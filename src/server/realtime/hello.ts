import type { Conversation } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import { encodeEnvelope, ResumeStatus, type ResumeResult } from '../../proto/index.js';
import { MAX_CURSORS, MAX_ID_LENGTH } from '../../proto/limits.js';
import { checkSeq, invalid } from './input.js';
import { wireEntry, wireParticipant, wireSnapshot } from './frames.js';
import type { Session } from './session.js';

interface HelloCursor {
  conversationId?: string | null;
  lastSeq?: number | null;
}

/**
 * Hello: the connection follows what its principal takes part in and what each readable cursor names, gets
 * Welcome, the replay of what each cursor missed (or word of the gap), ReplayDone and the queue; live events
 * held back meanwhile follow. A Hello refused for its input (too many cursors, a seq past 2^53 - 1) leaves the
 * connection waiting for Hello; one that fails half-way closes it (1011).
 */
export async function hello(session: Session, cursors: HelloCursor[], ref: number): Promise<void> {
  try {
    if (session.greeted) throw new WukfError('WUKF_E_UNKNOWN_FRAME', 'Hello is sent once per connection');
    if (cursors.length > MAX_CURSORS) throw invalid(`cursors: at most ${MAX_CURSORS}`, 'cursors');
    cursors.forEach((c, i) => checkSeq(`cursors[${i}].last_seq`, c.lastSeq ?? 0));
  } catch (err) {
    session.refuse(err, ref);
    return;
  }
  try {
    await greet(session, cursors, ref);
  } catch (err) {
    session.node.logger.error({ err, principal: session.principal.id }, 'hello failed');
    session.close('WUKF_E_INTERNAL', 'the server could not answer Hello; reconnect');
  }
}

async function greet(session: Session, cursors: HelloCursor[], ref: number): Promise<void> {
  session.beginHello();
  const me = session.principal;
  const core = session.conversations;
  const { limits } = session;
  const mine = core.openOf(me);
  for (const c of mine) session.follow(c.id);

  const resume: ResumeResult[] = [];
  const replays: { conversationId: string; seq: number; frame: Uint8Array }[] = [];
  for (const cursor of cursors) {
    const id = cursor.conversationId ?? '';
    const after = cursor.lastSeq ?? 0;
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
    const entries = await core.entriesAfter(c.id, after, limits.replayLimit + 1);
    if (entries.length > limits.replayLimit) {
      resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: after, toSeq: head });
      session.skipUpTo(c.id, head);
      continue;
    }
    resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_REPLAYING, afterSeq: after, toSeq: entries.at(-1)?.seq ?? after });
    session.skipUpTo(c.id, after);
    for (const e of entries) replays.push({ conversationId: c.id, seq: e.seq, frame: encodeEnvelope({ message: wireEntry(e) }) });
  }
  const snapshots = await Promise.all(mine.map(async (c) => wireSnapshot(c, await core.watermarks(c.id))));
  session.send({
    ref,
    welcome: {
      you: wireParticipant(me),
      pingIntervalMs: limits.pingIntervalMs,
      limits: {
        maxFrameBytes: limits.maxFrameBytes,
        maxTextBytes: limits.maxTextBytes,
        ratePerSecond: limits.ratePerSecond,
        rateBurst: limits.rateBurst,
        typingIntervalMs: limits.typingIntervalMs,
      },
      conversations: snapshots,
      resume,
      serverTimeMs: session.node.now(),
    },
  });
  for (const r of replays) session.replayed(r.conversationId, r.seq, r.frame);
  session.send({ replayDone: {} });
  if (me.kind !== 'visitor') session.send({ queue: session.node.fanOut.queuePage(0, limits.queuePageSize) });
  else {
    for (const c of mine) {
      const position = core.queue.position(c.id);
      if (position) session.send({ queue: position });
    }
  }
  session.endHello();
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
