import { afterEach, describe, expect, it } from 'vitest';
import type { InjectedClient } from '../src/server/realtime/index.js';
import { encodeEnvelope, ResumeStatus, type Envelope } from '../src/proto/index.js';
import { agent, startTestNode, visitor, type TestNode } from './helpers/node.js';

/*
 * Resume under a budget: cursors deduplicated, what one Hello may replay bounded in entries and bytes (the
 * rest is GAP_TOO_LARGE, decided before Welcome), and the replay written in batches at the client's pace,
 * with every ordering guarantee of an unbatched one. Through inject(), with a real SQLite store.
 */

type Body<K extends NonNullable<Envelope['body']>> = Envelope & { body: K };

// The node's clock stands still: a bucket that never refills must not refuse the frames that build the data;
// one visitor holds several conversations here, more than a visitor may open by default.
const generous = { rate_per_second: 100_000, rate_burst: 100_000, max_open_conversations_per_visitor: 100 };

async function conversationWith(client: InjectedClient, texts: string[]): Promise<{ id: string; head: number }> {
  const opened = (await client.request({ openConversation: {} })) as Body<'conversation'>;
  const id = opened.conversation.conversation!.id!;
  const acks = texts.map((text, i) => client.request({ sendMessage: { conversationId: id, clientMessageId: `${id}-${i}`, text } }));
  const last = (await Promise.all(acks)).at(-1) as Body<'messageAck'> | undefined;
  return { id, head: last?.messageAck.seq ?? 1 };
}

const texts = (n: number, size = 10) => Array.from({ length: n }, (_, i) => `${i}`.padEnd(size, '.'));
const replayed = (client: InjectedClient, id: string) => client.frames.flatMap((e) => (e.body === 'message' && e.message.conversationId === id ? [e.message.seq] : []));
const results = (w: Body<'welcome'>) => w.welcome.resume.map((r) => [r.conversationId, r.status, r.afterSeq ?? 0, r.toSeq ?? 0]);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Lets the event loop turn until the check holds: for states no frame announces (a replay waiting on its reader). */
async function turnsUntil(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100_000; i++) {
    if (check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}

describe('resume: deduplicated cursors and a replay budget per Hello', () => {
  let node: TestNode;
  afterEach(async () => node.close());

  it('answers a conversation named by several cursors once, from the lowest last_seq, and replays each entry once', async () => {
    node = await startTestNode({ limits: generous });
    const v = await node.greet(visitor(1));
    const { id, head } = await conversationWith(v, texts(10));
    const again = await node.greet(visitor(1), [
      { conversationId: id, lastSeq: 6 },
      { conversationId: 'nope', lastSeq: 0 },
      { conversationId: id, lastSeq: 3 },
      { conversationId: 'nope', lastSeq: 0 },
      { conversationId: id, lastSeq: 9 },
    ]);
    const welcome = again.frames.find((e) => e.body === 'welcome') as Body<'welcome'>;
    expect(results(welcome)).toEqual([
      [id, ResumeStatus.STATUS_REPLAYING, 3, head],
      ['nope', ResumeStatus.STATUS_FORBIDDEN, 0, 0],
    ]);
    expect(replayed(again, id)).toEqual(range(4, head));
  });

  it('spends replay_max_entries in cursor order: the cursor that does not fit and every later one with something missed get GAP_TOO_LARGE', async () => {
    node = await startTestNode({ limits: { ...generous, replay_limit: 8, replay_max_entries: 12 } });
    const v = await node.greet(visitor(1));
    // Seqs: 1 is OPENED, then the texts.
    const huge = await conversationWith(v, texts(9)); // 9 missed: over replay_limit on its own, spends nothing
    const a = await conversationWith(v, texts(7)); // 7 of 12
    const b = await conversationWith(v, texts(6)); // 6 > 5 left: the budget is spent here
    const c = await conversationWith(v, texts(1)); // would fit, but comes after the first miss
    const d = await conversationWith(v, []); // nothing missed: replaying nothing still works
    const again = await node.greet(visitor(1), [huge, a, b, c, d].map(({ id }) => ({ conversationId: id, lastSeq: 1 })));
    const welcome = again.frames.find((e) => e.body === 'welcome') as Body<'welcome'>;
    expect(welcome.welcome.resume.map((r) => [r.status, r.afterSeq, r.toSeq])).toEqual([
      [ResumeStatus.STATUS_GAP_TOO_LARGE, 1, huge.head],
      [ResumeStatus.STATUS_REPLAYING, 1, a.head],
      [ResumeStatus.STATUS_GAP_TOO_LARGE, 1, b.head],
      [ResumeStatus.STATUS_GAP_TOO_LARGE, 1, c.head],
      [ResumeStatus.STATUS_REPLAYING, 1, 1],
    ]);
    expect(replayed(again, a.id)).toEqual(range(2, a.head));
    for (const other of [huge, b, c, d]) expect(replayed(again, other.id)).toEqual([]);
    // The gaps are live from their head on: a new message comes, nothing below it does.
    await v.request({ sendMessage: { conversationId: b.id, clientMessageId: 'after', text: 'after the resume' } });
    const live = (await again.next((e) => e.body === 'message' && e.message.conversationId === b.id)) as Body<'message'>;
    expect(live.message.seq).toBe(b.head + 1);
  });

  it('keeps the replay of one Hello within replay_max_bytes, counted as the frames the client receives', async () => {
    const budget = 64 * 1024;
    node = await startTestNode({ limits: { ...generous, replay_max_bytes: budget } });
    const v = await node.greet(visitor(1));
    const big = await conversationWith(v, texts(5, 8000)); // ~40 KB
    const more = await conversationWith(v, texts(5, 8000)); // another 40 KB: over the budget
    const small = await conversationWith(v, texts(3)); // fits, but after the first miss
    const again = await node.greet(visitor(1), [big, more, small].map(({ id }) => ({ conversationId: id, lastSeq: 0 })));
    const welcome = again.frames.find((e) => e.body === 'welcome') as Body<'welcome'>;
    expect(welcome.welcome.resume.map((r) => r.status)).toEqual([ResumeStatus.STATUS_REPLAYING, ResumeStatus.STATUS_GAP_TOO_LARGE, ResumeStatus.STATUS_GAP_TOO_LARGE]);
    const frames = again.frames.filter((e) => e.body === 'message');
    expect(frames.map((e) => (e as Body<'message'>).message.seq)).toEqual(range(1, big.head));
    const bytes = frames.reduce((sum, e) => sum + encodeEnvelope(e).byteLength, 0);
    expect(bytes).toBeGreaterThan(40_000);
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  it('writes a long replay at the pace of its reader, holding little, and keeps Welcome, replay, ReplayDone, queue, live in order without repeats', async () => {
    node = await startTestNode({ agents: ['alice'], limits: { ...generous, max_buffered_bytes: 64 * 1024 } });
    const v = await node.greet(visitor(1));
    const { id, head } = await conversationWith(v, texts(300, 1000)); // ~300 KB to replay
    const alice = await node.greet(agent('alice'));
    await alice.request({ claimConversation: { conversationId: id } });
    const joined = head + 1;

    const slow = node.connect(agent('alice'));
    slow.stopReading();
    slow.push({ ref: 1, hello: { client: 'inject', cursors: [{ conversationId: id, lastSeq: 0 }] } });
    slow.push({ ref: 2, historyRequest: { conversationId: id, limit: 1 } });
    // The replay stops once a quarter of max_buffered_bytes waits unread, whatever is left to send.
    await turnsUntil(() => slow.sink.bufferedBytes > 16 * 1024, 'the replay filled the low-water mark');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(slow.sink.bufferedBytes).toBeLessThan(16 * 1024 + 2 * 1024);

    // Live messages during the replay: held back, and sent after it without repeating a seq.
    const acks = [];
    for (let i = 0; i < 3; i++) acks.push((await v.request({ sendMessage: { conversationId: id, clientMessageId: `live-${i}`, text: `live ${i}` } })) as Body<'messageAck'>);
    slow.resumeReading();
    // Each drain lets one more batch in; the reader keeps reading until the held request is answered.
    await slow.next((e) => e.ref === 2);
    const order = slow.frames.map((e) => (e.body === 'message' ? `m${e.message.seq}` : e.body));
    const seqs = acks.map((a) => a.messageAck.seq);
    expect(order).toEqual(['welcome', ...range(1, joined).map((s) => `m${s}`), 'replayDone', 'queue', ...seqs.map((s) => `m${s}`), 'historyPage']);
    const welcome = slow.frames[0] as Body<'welcome'>;
    expect(results(welcome)).toEqual([[id, ResumeStatus.STATUS_REPLAYING, 0, joined]]);
  });

  it('closes a reader that lets held-back live events and the replay pass max_buffered_bytes (4408)', async () => {
    node = await startTestNode({ agents: ['alice'], limits: { ...generous, max_buffered_bytes: 64 * 1024 } });
    const v = await node.greet(visitor(1));
    const { id } = await conversationWith(v, texts(100, 1000));
    const slow = node.connect(visitor(1));
    slow.stopReading();
    slow.push({ ref: 1, hello: { client: 'inject', cursors: [{ conversationId: id, lastSeq: 0 }] } });
    await turnsUntil(() => slow.sink.bufferedBytes > 16 * 1024, 'the replay filled the low-water mark');
    for (let i = 0; slow.closeCode === undefined && i < 20; i++) await v.request({ sendMessage: { conversationId: id, clientMessageId: `flood-${i}`, text: 'x'.repeat(7000) } });
    expect(slow.closeCode).toBe(4408);
    expect(slow.sink.closeReason).toBe('WUKF_E_SLOW_CONSUMER');
  });

  it('closes a connection whose frames behind a Hello still being replayed pass max_buffered_bytes (4408), doing none of them', async () => {
    node = await startTestNode({ limits: { ...generous, max_buffered_bytes: 64 * 1024 } });
    const v = await node.greet(visitor(1));
    const { id, head } = await conversationWith(v, texts(100, 1000));
    const slow = node.connect(visitor(1));
    slow.stopReading();
    slow.push({ ref: 1, hello: { client: 'inject', cursors: [{ conversationId: id, lastSeq: 0 }] } });
    await turnsUntil(() => slow.sink.bufferedBytes > 16 * 1024, 'the replay filled the low-water mark');
    for (let i = 0; i < 9 && slow.closeCode === undefined; i++) slow.push({ ref: 2 + i, sendMessage: { conversationId: id, clientMessageId: `behind-${i}`, text: 'y'.repeat(8000) } });
    expect(slow.closeCode).toBe(4408);
    expect(slow.sink.closeReason).toBe('WUKF_E_SLOW_CONSUMER');
    const page = (await v.request({ historyRequest: { conversationId: id, limit: 1 } })) as Body<'historyPage'>;
    expect(page.historyPage.messages.map((m) => m.seq)).toEqual([head]);
  });
});

describe('the Hello deadline', () => {
  let node: TestNode;
  afterEach(async () => node.close());

  it('closes a connection without Hello after limits.hello_timeout_ms with 4408 WUKF_E_HELLO_TIMEOUT, a refused Hello included, and spares the greeted', async () => {
    node = await startTestNode({ limits: { hello_timeout_ms: 500 } });
    const silent = node.connect(visitor(1));
    const refused = node.connect(visitor(2));
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ conversationId: `c${i}`, lastSeq: 0 }));
    expect((await refused.request({ hello: { client: 'inject', cursors: tooMany } })).body).toBe('error');
    const greeted = await node.greet(visitor(3));
    node.advance(499);
    // Not due yet: a Hello now is still in time.
    const late = node.connect(visitor(4));
    node.advance(1);
    const errors = await Promise.all([silent, refused].map((c) => c.next((e) => e.body === 'error' && e.error.code === 'WUKF_E_HELLO_TIMEOUT')));
    for (const e of errors) expect(e).toMatchObject({ ref: 0, error: { code: 'WUKF_E_HELLO_TIMEOUT' } });
    for (const c of [silent, refused]) {
      expect(c.closeCode).toBe(4408);
      expect(c.sink.closeReason).toBe('WUKF_E_HELLO_TIMEOUT');
    }
    expect(greeted.closeCode).toBeUndefined();
    expect(late.closeCode).toBeUndefined();
    // Still in time: its Hello is answered.
    expect((await late.hello()).body).toBe('welcome');
  });
});
