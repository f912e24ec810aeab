import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenceStatus, ReceiptKind, decodeEnvelope, type Envelope } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

const utf8 = new TextEncoder();

/** A well-behaved visitor and admin in one claimed conversation; exchange() proves the server still serves them. */
interface Pair {
  exchange(): Promise<void>;
  texts: string[];
}

describe('the real-time gateway under bad input', () => {
  afterEach(cleanupTestServers);

  /** A visitor that has said Hello and opened a conversation of its own. */
  async function visitorWithConversation(srv: TestServer): Promise<{ client: RawClient; conversationId: string; token: string }> {
    const token = await srv.visitorToken();
    const client = await srv.raw(token);
    await client.hello();
    return { client, conversationId: conversationOf(await client.request({ openConversation: {} })), token };
  }

  async function legitPair(srv: TestServer): Promise<Pair> {
    const { client: visitor, conversationId } = await visitorWithConversation(srv);
    const admin = await srv.raw(await srv.adminToken());
    await admin.hello();
    expect(await admin.request({ claimConversation: { conversationId } })).toMatchObject({ body: 'conversation' });
    let round = 0;
    const texts: string[] = [];
    return {
      texts,
      async exchange() {
        round += 1;
        for (const [from, to, who] of [[visitor, admin, 'visitor'], [admin, visitor, 'admin']] as const) {
          const clientMessageId = `legit-${who}-${round}`;
          const text = `message ${round} from the ${who}`;
          const mark = to.frames.length;
          const ack = await from.request({ sendMessage: { conversationId, clientMessageId, text } });
          expect(ack).toMatchObject({ body: 'messageAck', messageAck: { conversationId, clientMessageId, duplicate: false } });
          expect(await to.next((e) => e.body === 'message' && e.message.clientMessageId === clientMessageId, mark)).toMatchObject({ message: { text } });
          texts.push(text);
        }
      },
    };
  }

  /** After an attack: the pair still talks, and a new connection is still welcomed. */
  async function stillServing(srv: TestServer, pair: Pair): Promise<void> {
    await pair.exchange();
    const fresh = await srv.raw(await srv.visitorToken());
    expect((await fresh.hello()).body).toBe('welcome');
  }

  /** Every text message in the database, read from the SQLite file itself. */
  function storedTexts(srv: TestServer): string[] {
    const db = new Database(srv.dbFile, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT text FROM entries WHERE text IS NOT NULL ORDER BY text').all() as { text: string }[]).map((r) => r.text);
    } finally {
      db.close();
    }
  }

  function storedConversations(srv: TestServer): number {
    const db = new Database(srv.dbFile, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  async function expectClosed(client: RawClient, closeCode: number, errorCode: string): Promise<void> {
    const closed = await client.closed;
    expect(closed).toEqual({ code: closeCode, reason: errorCode });
    expect(client.errors().at(-1)?.error.code).toBe(errorCode);
  }

  it('closes a connection whose frame is over max_frame_bytes with 1009 and WUKF_E_FRAME_TOO_LARGE, before any handler', async () => {
    const srv = await startTestServer({ limits: { max_frame_bytes: 4096 } });
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    expect((await attacker.request({ sendMessage: { conversationId, clientMessageId: 'fits', text: 'a'.repeat(3000) } })).body).toBe('messageAck');
    const before = attacker.frames.length;
    attacker.push({ sendMessage: { conversationId, clientMessageId: 'too-big', text: 'b'.repeat(5000) } });
    const [closed] = await Promise.all([attacker.closed, pair.exchange()]);
    // Like every close: the Error frame, then the close with the code as its reason. Nothing else: the frame was never read.
    expect(closed).toEqual({ code: 1009, reason: 'WUKF_E_FRAME_TOO_LARGE' });
    expect(attacker.frames.slice(before).map((e) => e.body === 'error' && e.error.code)).toEqual(['WUKF_E_FRAME_TOO_LARGE']);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual(['a'.repeat(3000), ...pair.texts].sort());
  });

  it('answers bytes that are not an Envelope with WUKF_E_MALFORMED_FRAME and closes with 1007', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const garbage = {
      truncated: [0x08, 0x01, 0x62, 0x10, 0x0a, 0x01], // sendMessage announces 16 bytes, carries 2
      'bad wire type': [0x08, 0x01, 0x1f], // field 3 with wire type 7, which does not exist
      'endless varint': [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    };
    for (const [what, bytes] of Object.entries(garbage)) {
      const { client: attacker } = await visitorWithConversation(srv);
      attacker.sendRaw(new Uint8Array(bytes));
      await Promise.all([expectClosed(attacker, 1007, 'WUKF_E_MALFORMED_FRAME'), pair.exchange()]).catch((err: Error) => {
        throw new Error(`${what}: ${err.message}`);
      });
    }
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual(pair.texts.sort());
  });

  it('answers an Envelope without a body, or with a body only the server sends, with WUKF_E_UNKNOWN_FRAME and keeps the connection', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    const onlyUnknownField = new Uint8Array([0x08, 0x01, 0x10, 0x63, 0x98, 0x06, 0x01]); // version 1, ref 99, field 99 = 1
    expect(decodeEnvelope(onlyUnknownField)).toMatchObject({ ref: 99, body: undefined });
    const refused = [
      attacker.request({}),
      attacker.request({ welcome: { you: { id: 'admin' } } }),
      attacker.request({ messageAck: { conversationId, clientMessageId: 'forged', seq: 1 } }),
      attacker.request({ error: { code: 'WUKF_E_INTERNAL' } }),
      attacker.request({ hello: { client: 'second hello' } }),
      attacker.next((e) => e.ref === 99),
    ];
    attacker.sendRaw(onlyUnknownField);
    const [replies] = await Promise.all([Promise.all(refused), pair.exchange()]);
    for (const reply of replies) expect(reply).toMatchObject({ body: 'error', error: { code: 'WUKF_E_UNKNOWN_FRAME' } });
    expect(await attacker.request({ sendMessage: { conversationId, clientMessageId: 'after', text: 'still here' } })).toMatchObject({ body: 'messageAck' });
    expect(attacker.closeCode).toBeUndefined();
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual([...pair.texts, 'still here'].sort());
  });

  it('closes a connection that sends a text WebSocket message with 1003 (WUKF_E_TEXT_FRAME)', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    attacker.sendRaw(JSON.stringify({ version: 1, ref: 1, sendMessage: { conversationId, clientMessageId: 'json', text: 'as JSON' } }), false);
    await Promise.all([expectClosed(attacker, 1003, 'WUKF_E_TEXT_FRAME'), pair.exchange()]);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual(pair.texts.sort());
  });

  it('closes a connection that sends invalid UTF-8 in a string field with 1007 (WUKF_E_INVALID_UTF8)', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    // SendMessage (Envelope field 12) written by hand, so that its text can carry bytes no encoder would produce.
    const sendFrame = (ref: number, clientMessageId: string, text: number[]) =>
      new Uint8Array([0x08, 0x01, 0x10, ref, ...field(12, [...field(1, utf8.encode(conversationId)), ...field(2, utf8.encode(clientMessageId)), ...field(3, text)])]);
    const good = sendFrame(7, 'good', [...utf8.encode('hi')]);
    expect(decodeEnvelope(good)).toMatchObject({ ref: 7, sendMessage: { conversationId, clientMessageId: 'good', text: 'hi' } });
    attacker.sendRaw(good);
    expect(await attacker.next((e) => e.ref === 7)).toMatchObject({ body: 'messageAck' });
    attacker.sendRaw(sendFrame(8, 'bad', [0x68, 0x69, 0xff, 0xfe]));
    await Promise.all([expectClosed(attacker, 1007, 'WUKF_E_INVALID_UTF8'), pair.exchange()]);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual([...pair.texts, 'hi'].sort());
  });

  it('closes a connection that speaks another protocol version with 4400 (WUKF_E_UNSUPPORTED_VERSION)', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const future = await srv.raw(await srv.visitorToken());
    future.push({ version: 2, hello: { client: 'from the future' } });
    await Promise.all([expectClosed(future, 4400, 'WUKF_E_UNSUPPORTED_VERSION'), pair.exchange()]);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    attacker.push({ version: 0, sendMessage: { conversationId, clientMessageId: 'v0', text: 'version zero' } });
    await Promise.all([expectClosed(attacker, 4400, 'WUKF_E_UNSUPPORTED_VERSION'), pair.exchange()]);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual(pair.texts.sort());
  });

  it('closes a connection whose first frame is not Hello with 4400 (WUKF_E_HELLO_REQUIRED), processing nothing', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const { client: first, conversationId, token } = await visitorWithConversation(srv);
    await first.close();
    // The visitor may write to this conversation, but not before saying Hello on the new connection.
    const attacker = await srv.raw(token);
    attacker.push({ ref: 1, sendMessage: { conversationId, clientMessageId: 'early', text: 'before hello' } });
    await Promise.all([expectClosed(attacker, 4400, 'WUKF_E_HELLO_REQUIRED'), pair.exchange()]);
    expect(attacker.frames.filter((e) => e.body !== 'error')).toEqual([]);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual(pair.texts.sort());
  });

  it('refuses text over max_text_bytes (UTF-8 bytes, not characters) with WUKF_E_TEXT_TOO_LONG and keeps the connection', async () => {
    const srv = await startTestServer({ limits: { max_text_bytes: 64 } });
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);
    const tooLong = { wide: '好'.repeat(22), narrow: 'x'.repeat(65) }; // 66 bytes in 22 characters; 65 bytes
    const refusals = Object.entries(tooLong).map(([clientMessageId, text]) => attacker.request({ sendMessage: { conversationId, clientMessageId, text } }));
    const [refused] = await Promise.all([Promise.all(refusals), pair.exchange()]);
    for (const [i, clientMessageId] of Object.keys(tooLong).entries()) {
      expect(refused[i]).toMatchObject({ body: 'error', error: { code: 'WUKF_E_TEXT_TOO_LONG', conversationId, clientMessageId } });
    }
    for (const text of ['好'.repeat(21), 'x'.repeat(64)]) {
      expect(await attacker.request({ sendMessage: { conversationId, clientMessageId: `ok-${text.length}`, text } })).toMatchObject({ body: 'messageAck' });
    }
    expect(attacker.closeCode).toBeUndefined();
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual([...pair.texts, '好'.repeat(21), 'x'.repeat(64)].sort());
  });

  it('refuses frames past the rate with WUKF_E_RATE_LIMITED and retry_after_ms, and closes a sustained flood with 4429', async () => {
    // The rate limit reads the server's clock. Held still, it gives back no token until the test moves it, so
    // what is refused does not depend on how fast this machine is.
    let now = Date.now();
    const srv = await startTestServer({ limits: { rate_per_second: 20, rate_burst: 20 }, clock: () => now });
    const pair = await legitPair(srv);
    const { client: attacker, conversationId } = await visitorWithConversation(srv);

    // Hello and OpenConversation took two of the burst of 20: 18 more pass, the rest is refused.
    const burst = await Promise.all(Array.from({ length: 30 }, () => attacker.request({ historyRequest: { conversationId } })));
    expect(burst.map((e) => e.body)).toEqual([...Array<string>(18).fill('historyPage'), ...Array<string>(12).fill('error')]);
    const limited = burst.slice(18) as (Envelope & { body: 'error' })[];
    // One token at 20 a second comes back after 50 ms.
    for (const e of limited) expect(e.error).toMatchObject({ code: 'WUKF_E_RATE_LIMITED', retryAfterMs: 50 });
    expect(attacker.closeCode).toBeUndefined();
    // The protocol's own instruction: try again once retry_after_ms has passed, and not before.
    expect(await attacker.request({ historyRequest: { conversationId } })).toMatchObject({ body: 'error', error: { code: 'WUKF_E_RATE_LIMITED' } });
    now += limited[0]!.error.retryAfterMs;
    expect(await attacker.request({ historyRequest: { conversationId } })).toMatchObject({ body: 'historyPage' });

    const flood = Array.from({ length: 200 }, (_, i) => `flood-${i}`);
    const floodFrom = attacker.frames.length;
    for (const clientMessageId of flood) attacker.push({ ref: 1000 + flood.indexOf(clientMessageId), sendMessage: { conversationId, clientMessageId, text: clientMessageId } });
    await Promise.all([expectClosed(attacker, 4429, 'WUKF_E_RATE_LIMITED'), pair.exchange()]);
    const answers = attacker.frames.slice(floodFrom);
    const acked = answers.flatMap((e) => (e.body === 'messageAck' ? [e.messageAck.clientMessageId] : []));
    // Refusals carry the request's ref; the last Error, with ref 0, announces the close.
    const refused = answers.flatMap((e) => (e.body === 'error' && e.ref !== 0 ? [e.error.clientMessageId] : []));
    expect(answers.filter((e) => e.body === 'error').every((e) => e.body === 'error' && e.error.code === 'WUKF_E_RATE_LIMITED')).toBe(true);
    // The clock stands still, so no send gets through: rate_burst refusals in a row, then the close. Each
    // refusal names the send it refused, so a client knows what to resend.
    expect(acked).toEqual([]);
    expect(refused).toEqual(flood.slice(0, 20));
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual([...pair.texts, ...acked].sort());
  });

  it('closes a client that stops reading before its unsent bytes pass max_buffered_bytes, and holds no more than that for it', { timeout: 120_000 }, async () => {
    const text = 'z'.repeat(60_000);
    const srv = await startTestServer({
      limits: { max_buffered_bytes: 65_536, max_text_bytes: 65_536, rate_per_second: 100_000, rate_burst: 100_000 },
      agents: [{ username: 'pusher', password: 'pusher-password-1' }],
    });
    const pair = await legitPair(srv);
    const { client: slow, conversationId } = await visitorWithConversation(srv);
    const pusher = await srv.raw(await srv.login('pusher', 'pusher-password-1'));
    await pusher.hello();
    await pusher.request({ claimConversation: { conversationId } });
    await slow.next((e) => e.body === 'conversation' && e.conversation.conversation?.agent?.id === 'pusher');
    slow.stopReading();

    // More than the kernel can hold for one socket (its send buffer plus the peer's receive buffer), and then
    // some: a server that buffered for a client that does not read would grow by at least the difference.
    const kernelBytes = sysctlMax('net/ipv4/tcp_wmem') + sysctlMax('net/ipv4/tcp_rmem');
    const extra = 16 * 1024 * 1024;
    const baseline = liveArrayBuffers();
    let pushed = 0;
    for (let batch = 0; pushed < kernelBytes + extra; batch++) {
      const acks = Array.from({ length: 16 }, (_, i) => pusher.request({ sendMessage: { conversationId, clientMessageId: `push-${batch}-${i}`, text } }));
      for (const ack of await Promise.all(acks)) expect(ack.body).toBe('messageAck');
      pushed += acks.length * text.length;
      if (batch % 16 === 0) await pair.exchange();
    }
    expect(liveArrayBuffers() - baseline).toBeLessThan(extra / 2);

    // Its last connection gone, the visitor goes offline for the other side.
    const visitorId = (slow.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' }).welcome.you?.id;
    await pusher.next((e) => e.body === 'presence' && e.presence.participant?.id === visitorId && e.presence.status === PresenceStatus.PRESENCE_STATUS_OFFLINE);
    slow.resumeReading();
    const closed = await slow.closed;
    expect([4408, 1006]).toContain(closed.code);
    if (closed.code === 4408) expect(slow.errors().at(-1)?.error.code).toBe('WUKF_E_SLOW_CONSUMER');
    const received = slow.messages(conversationId).filter((m) => m.text === text).length * text.length;
    expect(received).toBeLessThan(pushed - extra);
    await stillServing(srv, pair);
  });

  it('refuses one connection more than max_connections_per_identity with 4429 and keeps the earlier ones', async () => {
    const srv = await startTestServer({ limits: { max_connections_per_identity: 2 } });
    const pair = await legitPair(srv);
    const token = await srv.visitorToken();
    const [one, two] = [await srv.raw(token), await srv.raw(token)];
    await one.hello();
    await two.hello();
    const extra = await srv.raw(token);
    await Promise.all([expectClosed(extra, 4429, 'WUKF_E_TOO_MANY_CONNECTIONS'), pair.exchange()]);

    const conversationId = conversationOf(await one.request({ openConversation: {} }));
    const mark = two.frames.length;
    expect(await one.request({ sendMessage: { conversationId, clientMessageId: 'tab-1', text: 'from the first tab' } })).toMatchObject({ body: 'messageAck' });
    expect(await two.next((e) => e.body === 'message' && e.message.clientMessageId === 'tab-1', mark)).toMatchObject({ message: { text: 'from the first tab' } });
    expect(await two.request({ historyRequest: { conversationId } })).toMatchObject({ body: 'historyPage' });

    // A closed connection frees its place.
    await one.close();
    const again = await srv.raw(token);
    expect((await again.hello()).welcome.conversations.map((c) => c.id)).toEqual([conversationId]);
    await stillServing(srv, pair);
    expect(storedTexts(srv)).toEqual([...pair.texts, 'from the first tab'].sort());
  });

  it('refuses empty and oversized ids, empty text, bad enums and 300 cursors with WUKF_E_INVALID_INPUT, storing nothing', async () => {
    const srv = await startTestServer();
    const pair = await legitPair(srv);
    const { client: attacker, conversationId, token } = await visitorWithConversation(srv);
    const conversations = storedConversations(srv);
    const long = 'c'.repeat(10_000);
    const requests = {
      'empty client_message_id': { sendMessage: { conversationId, clientMessageId: '', text: 'no id' } },
      '129-character client_message_id': { sendMessage: { conversationId, clientMessageId: 'm'.repeat(129), text: 'long id' } },
      'empty text': { sendMessage: { conversationId, clientMessageId: 'empty', text: '' } },
      '10k-character conversation_id in a send': { sendMessage: { conversationId: long, clientMessageId: 'x', text: 'where to?' } },
      '10k-character conversation_id in a history request': { historyRequest: { conversationId: long } },
      '10k-character conversation_id in an open': { openConversation: { conversationId: long } },
      '33 context entries': { openConversation: { context: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, 'v'])) } },
      'receipt kind 0': { markReceipt: { conversationId, kind: ReceiptKind.RECEIPT_KIND_UNSPECIFIED, seq: 1 } },
    };
    const [replies] = await Promise.all([Promise.all(Object.values(requests).map((r) => attacker.request(r))), pair.exchange()]);
    Object.keys(requests).forEach((what, i) => expect({ what, reply: replies[i] }).toMatchObject({ what, reply: { body: 'error', error: { code: 'WUKF_E_INVALID_INPUT' } } }));
    expect(replies[0]).toMatchObject({ error: { conversationId, clientMessageId: '' } });
    expect(await attacker.request({ sendMessage: { conversationId, clientMessageId: 'm'.repeat(128), text: 'longest id' } })).toMatchObject({ body: 'messageAck' });

    const second = await srv.raw(token);
    const cursors = Array.from({ length: 300 }, () => ({ conversationId, lastSeq: 0 }));
    expect(await second.request({ hello: { client: 'test', cursors } })).toMatchObject({ body: 'error', error: { code: 'WUKF_E_INVALID_INPUT' } });
    expect((await second.hello([{ conversationId, lastSeq: 0 }])).welcome.resume).toHaveLength(1);

    expect(attacker.closeCode).toBeUndefined();
    await stillServing(srv, pair);
    expect(storedConversations(srv)).toBe(conversations);
    expect(storedTexts(srv)).toEqual([...pair.texts, 'longest id'].sort());
  });
});

function conversationOf(reply: Envelope): string {
  if (reply.body !== 'conversation' || !reply.conversation.conversation?.id) throw new Error(`expected a ConversationEvent, got ${JSON.stringify(reply)}`);
  return reply.conversation.conversation.id;
}

/** A length-delimited protobuf field: tag, length, bytes. */
function field(number: number, bytes: ArrayLike<number>): number[] {
  return [...varint((number << 3) | 2), ...varint(bytes.length), ...Array.from(bytes)];
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  return [...out, n];
}

function sysctlMax(name: string): number {
  return Number(readFileSync(`/proc/sys/${name}`, 'utf8').trim().split(/\s+/).at(-1));
}

let gc: (() => void) | undefined;

/** Bytes held by live ArrayBuffers (socket write queues among them), after full garbage collection. */
function liveArrayBuffers(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  // V8 frees dead ArrayBuffers in a sweep that may still be running after the first collection; the second
  // one waits for it, so the count below is of live buffers only.
  gc();
  gc();
  return process.memoryUsage().arrayBuffers;
}
