import { canRead } from '../domain/conversation.js';
import { WukfError } from '../errors.js';
import { encodeEnvelope, ResumeStatus, type ResumeResult } from '../../proto/index.js';
import type { Connection } from './connection.js';
import { wireEntry, wireParticipant, wireSnapshot } from './frames.js';
import { invalid } from './input.js';
import { topics, type Hub } from './hub.js';

const MAX_CURSORS = 200;

/**
 * Hello: subscribe the connection to what it takes part in, answer with Welcome, replay what each cursor
 * missed (or report the gap), then ReplayDone and the queue; live frames held back meanwhile follow.
 */
export async function hello(hub: Hub, conn: Connection, cursors: { conversationId?: string | null; lastSeq?: number | null }[], ref: number): Promise<void> {
  if (conn.helloDone) throw new WukfError('WUKF_E_UNKNOWN_FRAME', 'Hello is sent once per connection');
  if (cursors.length > MAX_CURSORS) throw invalid(`at most ${MAX_CURSORS} cursors`);
  conn.helloDone = true;
  conn.beginReplay();
  const me = conn.principal;
  conn.subscribe(topics.principal(me));
  if (me.kind !== 'visitor') conn.subscribe(topics.queue);
  // Every agent's presence goes to admins only (the dashboard); agents hear of the people in their own
  // conversations. Sending it to every agent connection would grow with the square of the team.
  if (me.kind === 'admin') conn.subscribe(topics.presence);
  const { store, limits } = hub.deps;
  const filter = me.kind === 'visitor' ? { visitorId: me.id } : { agentId: me.id };
  const mine = await store.listConversations({ ...filter, states: ['queued', 'active'] });
  for (const c of mine) conn.subscribe(topics.conversation(c.id));

  const resume: ResumeResult[] = [];
  const replays: { seq: number; frame: Uint8Array }[][] = [];
  for (const cursor of cursors) {
    const id = cursor.conversationId ?? '';
    const after = cursor.lastSeq ?? 0;
    const c = id ? await hub.conversation(id).catch(() => undefined) : undefined;
    if (!c || !canRead(me, c)) {
      resume.push({ conversationId: id, status: ResumeStatus.STATUS_FORBIDDEN, afterSeq: after });
      replays.push([]);
      continue;
    }
    conn.subscribe(topics.conversation(c.id));
    const entries = await store.readEntries(c.id, after, limits.replayLimit + 1);
    if (entries.length > limits.replayLimit) {
      resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: after, toSeq: c.lastSeq });
      conn.markSent(c.id, c.lastSeq);
      replays.push([]);
      continue;
    }
    resume.push({ conversationId: c.id, status: ResumeStatus.STATUS_REPLAYING, afterSeq: after, toSeq: entries.at(-1)?.seq ?? after });
    conn.markSent(c.id, after);
    replays.push(entries.map((e) => ({ seq: e.seq, frame: encodeEnvelope({ message: wireEntry(e) }) })));
  }
  const snapshots = await Promise.all(mine.map(async (c) => wireSnapshot(await hub.conversation(c.id).catch(() => c), await store.watermarks(c.id))));
  conn.send({
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
      serverTimeMs: hub.deps.now(),
    },
  });
  resume.forEach((r, i) => {
    for (const { seq, frame } of replays[i]!) conn.replayed(r.conversationId ?? '', seq, frame);
  });
  conn.send({ replayDone: {} });
  if (me.kind !== 'visitor') conn.send({ queue: { entries: hub.queue.map((c, i) => ({ conversation: wireSnapshot(c), position: i + 1 })) } });
  else for (const c of mine) if (c.state === 'queued') conn.send({ queue: hub.queuePosition(c) });
  conn.endReplay();
  hub.welcomed(conn);
}
