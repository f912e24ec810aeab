import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GapInfo } from '../src/client/index.js';
import { encodeEnvelope, ResumeStatus, type Envelope } from '../src/proto/index.js';
import { staffRoundTrip, stopAndCheckAcked, startTarget, type AttackTarget } from './helpers/attack.js';
import { sandbox, timeoutForRuns, type Sandbox } from './helpers/cli.js';
import { RawClient } from './helpers/raw-client.js';
import { sdkClient, until, visitorToken } from './helpers/sdk.js';

/*
 * Attack 2 of the abuse review, against a real `wukf start`: one visitor's connections each send a Hello with
 * 200 cursors (the same three conversations over and over, each with hundreds of entries), most of them never
 * reading, while other visitors name the same conversations. Unbudgeted, every Hello read and encoded
 * 200 × 300 entries before writing any. Now each Hello replays within its budget, at its reader's pace.
 */

const REPLAY_MAX_BYTES = 256 * 1024;
const ENTRIES = 300;
const TEXT = 'x'.repeat(500);
/** RSS the attack may add to the server, stated loosely for a shared machine; unbudgeted it took gigabytes. */
const RSS_BOUND = 100 * 1024 * 1024;

const LIMITS = `
limits:
  # Only to build the attacker's conversations quickly: the frame rate is not what is attacked here.
  rate_per_second: 100000
  rate_burst: 100000
  replay_max_entries: 500
  replay_max_bytes: ${REPLAY_MAX_BYTES}
  hello_timeout_ms: 1000
`;

type Body<K extends NonNullable<Envelope['body']>> = Envelope & { body: K };

/** A visitor's conversation with ENTRIES messages of TEXT after its OPENED entry. */
async function fatConversation(client: RawClient): Promise<{ id: string; head: number }> {
  const opened = (await client.request({ openConversation: {} })) as Body<'conversation'>;
  const id = opened.conversation.conversation!.id!;
  const acks = Array.from({ length: ENTRIES }, (_, i) => client.request({ sendMessage: { conversationId: id, clientMessageId: `m${i}`, text: TEXT } }));
  const seqs = (await Promise.all(acks)).map((a) => (a as Body<'messageAck'>).messageAck.seq);
  return { id, head: Math.max(...seqs) };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('attack: the fat Hello', () => {
  let box: Sandbox;
  let target: AttackTarget;
  const sockets: RawClient[] = [];
  beforeEach(() => void (box = sandbox()));
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.ws.terminate();
    try {
      await stopAndCheckAcked(target);
    } finally {
      box.cleanup();
    }
  });

  it(
    'replays each Hello within its budget, paced to its reader, while staff chat, /health answers and RSS stays bounded; the client pages the rest',
    async () => {
      target = await startTarget(box, { yaml: LIMITS });
      // Two attackers, each a visitor with three fat conversations of its own.
      const attackers = await Promise.all(
        [0, 1].map(async () => {
          const token = await visitorToken(target.url);
          const builder = await RawClient.connect(target.wsUrl, token);
          sockets.push(builder);
          await builder.hello();
          const conversations = [await fatConversation(builder), await fatConversation(builder), await fatConversation(builder)];
          await builder.close();
          return { token, conversations, cursors: Array.from({ length: 200 }, (_, i) => ({ conversationId: conversations[i % 3]!.id, lastSeq: 0 })) };
        }),
      );
      const baseline = target.rssBytes();
      let peak = baseline;
      const sample = () => void (peak = Math.max(peak, target.rssBytes()));

      // Seven connections per attacker (the eighth slot is left for the SDK client below), four of them never
      // reading, all at once; and visitors who name the same conversations, which are not theirs.
      const attack = await Promise.all(
        attackers.map(async (attacker) => {
          const conns = await Promise.all(Array.from({ length: 7 }, () => RawClient.connect(target.wsUrl, attacker.token)));
          sockets.push(...conns);
          for (const s of conns.slice(0, 4)) s.stopReading();
          for (const s of conns) s.push({ ref: 1, hello: { client: 'attack', cursors: attacker.cursors } });
          return { ...attacker, readers: conns.slice(4) };
        }),
      );
      const strangers = await Promise.all(Array.from({ length: 8 }, async () => RawClient.connect(target.wsUrl, await visitorToken(target.url))));
      sockets.push(...strangers);
      const strangerWelcomes = strangers.map((s, i) => s.hello(attackers[i % 2]!.cursors));
      const [trip, health] = await Promise.all([staffRoundTrip(target), fetch(`${target.url}/health`)]);
      sample();
      expect(trip.chatMs).toBeGreaterThan(0);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });

      for (const { readers, conversations } of attack) {
        const [a, b, c] = conversations as [{ id: string; head: number }, { id: string; head: number }, { id: string; head: number }];
        for (const s of readers) {
          await s.next((e) => e.body === 'replayDone');
          sample();
          const welcome = s.frames.find((e) => e.body === 'welcome') as Body<'welcome'>;
          // One result per conversation: the first fits the budget, the next two are left to history.
          expect(welcome.welcome.resume.map((r) => [r.conversationId, r.status, r.toSeq])).toEqual([
            [a.id, ResumeStatus.STATUS_REPLAYING, a.head],
            [b.id, ResumeStatus.STATUS_GAP_TOO_LARGE, b.head],
            [c.id, ResumeStatus.STATUS_GAP_TOO_LARGE, c.head],
          ]);
          const replayed = s.frames.filter((e): e is Body<'message'> => e.body === 'message');
          expect(replayed.map((e) => e.message.seq)).toEqual(range(1, a.head));
          expect(replayed.every((e) => e.message.conversationId === a.id)).toBe(true);
          expect(replayed.reduce((sum, e) => sum + encodeEnvelope(e).byteLength, 0)).toBeLessThanOrEqual(REPLAY_MAX_BYTES);
        }
      }
      for (const w of await Promise.all(strangerWelcomes)) {
        expect(w.welcome.resume.map((r) => r.status)).toEqual([ResumeStatus.STATUS_FORBIDDEN, ResumeStatus.STATUS_FORBIDDEN, ResumeStatus.STATUS_FORBIDDEN]);
      }
      sample();
      expect(peak - baseline).toBeLessThan(RSS_BOUND);

      const [a, b, c] = attackers[0]!.conversations as [{ id: string; head: number }, { id: string; head: number }, { id: string; head: number }];
      // An honest client with the same cursors. The SDK sends the most recently active first (of initial
      // cursors, the last given): that one fits the budget and is replayed, the other two it pages.
      const gaps: GapInfo[] = [];
      const seen = new Map<string, number[]>();
      const client = sdkClient(target.wsUrl, attackers[0]!.token, { cursors: { [a.id]: 0, [b.id]: 0, [c.id]: 0 } });
      client.on('gap', (g) => void gaps.push(g));
      client.on('message', (m) => void seen.set(m.conversationId, [...(seen.get(m.conversationId) ?? []), m.seq]));
      let ready = false;
      client.on('ready', () => void (ready = true));
      try {
        await client.connect();
        await until(() => ready, [client], 'the replay');
        expect(seen.get(c.id)).toEqual(range(1, c.head));
        expect([...seen.keys()]).toEqual([c.id]);
        expect(gaps).toEqual([
          { conversationId: b.id, afterSeq: 0, toSeq: b.head },
          { conversationId: a.id, afterSeq: 0, toSeq: a.head },
        ]);
        for (const gap of gaps) {
          const paged: number[] = [];
          let before: number = gap.toSeq + 1;
          for (;;) {
            const page = await client.history(gap.conversationId, { beforeSeq: before, limit: 200 });
            paged.unshift(...page.messages.map((m) => Number(m.seq)).filter((seq) => seq > gap.afterSeq));
            before = Number(page.messages[0]?.seq ?? 0);
            if (!page.hasMore || before <= gap.afterSeq + 1) break;
          }
          expect(paged).toEqual(range(gap.afterSeq + 1, gap.toSeq));
        }
      } finally {
        await client.close();
      }
    },
    timeoutForRuns(6),
  );

  it(
    'closes a connection that sends no Hello within hello_timeout_ms with 4408 WUKF_E_HELLO_TIMEOUT',
    async () => {
      target = await startTarget(box, { yaml: LIMITS });
      const silent = await RawClient.connect(target.wsUrl, await visitorToken(target.url));
      sockets.push(silent);
      expect(await silent.closed).toEqual({ code: 4408, reason: 'WUKF_E_HELLO_TIMEOUT' });
      expect(silent.errors('WUKF_E_HELLO_TIMEOUT')).toHaveLength(1);
      // The staff are not affected: they say Hello at once.
      expect((await staffRoundTrip(target)).chatMs).toBeGreaterThan(0);
    },
    timeoutForRuns(3),
  );
});
