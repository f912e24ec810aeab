import { WukfError } from '../../proto/errors.js';
import { MAX_CURSORS } from '../../proto/limits.js';
import { checkSeq, invalid } from './input.js';
import { wireParticipant, wireSnapshot } from './frames.js';
import { planResume, streamReplays, type HelloCursor } from './resume.js';
import type { Session } from './session.js';

/**
 * Hello: the connection follows what its principal takes part in and what each readable cursor names, gets
 * Welcome, the replay of what each cursor missed (or word of the gap), ReplayDone and the queue; live events
 * held back meanwhile follow. The replay is bounded per Hello and written at the client's pace (resume.ts). A
 * Hello refused for its input (too many cursors, a seq past 2^53 - 1) leaves the connection waiting for Hello;
 * one that fails half-way closes it (1011).
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
  const { resume, replays } = await planResume(session, cursors);
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
  await streamReplays(session, replays);
  session.send({ replayDone: {} });
  if (me.kind !== 'visitor') session.send({ queue: session.node.fanOut.queuePage(0, limits.queuePageSize) });
  else {
    for (const c of mine) {
      const place = session.node.fanOut.placeOf(c);
      if (place) session.send({ queue: place });
    }
  }
  session.endHello();
}
