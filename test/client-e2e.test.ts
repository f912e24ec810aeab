import { afterEach, describe, expect, it } from 'vitest';
import { WukfClientError } from '../src/client/index.js';
import { ParticipantKind, ReceiptKind } from '../src/proto/index.js';
import { cleanup, connectClient, failure, sendIds, sendsOn, serve } from './helpers/client-harness.js';

/*
 * The client against a stand-in server (test/helpers/client-fake-server.ts) that answers like the real one and can be
 * told to misbehave: sends, resume, requests across connections, receipts. Every wait is on an event.
 */

afterEach(cleanup);

describe('client: connect', () => {
  it('authenticates with the token subprotocol, resolves with the Welcome, and is ready after the replay', async () => {
    const server = await serve();
    server.post('c1', 'before you came');
    const { client, log } = connectClient(server, { token: async () => 'alice' });
    const welcome = await client.connect();
    expect(welcome.you).toMatchObject({ kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: 'v_alice' });
    expect(server.upgrades).toEqual([{ token: 'alice', status: 101, at: expect.any(Number) }]);
    expect(server.received('hello')).toHaveLength(1);
    await server.until(() => log.ready === 1, 'ready');
    expect(log.states).toEqual(['connecting', 'open']);
    expect(client.state).toBe('open');
    expect(await client.connect()).toBe(welcome);

    const snapshot = await client.openConversation({ language: 'en' });
    expect(snapshot.id).toBe('conv-2');
    const page = await client.history('c1', { limit: 10 });
    expect(page.messages.map((m) => m.text)).toEqual(['before you came']);
  });
});

describe('client: sends', () => {
  it('re-sends unacknowledged messages after a drop, in order and with their original ids; the server stores each once', async () => {
    let sendsOnFirst = 0;
    const server = await serve({
      // The first connection acks one message, commits the second and dies before acking it.
      onFrame: (env, conn) => (conn.id !== 1 || env.body !== 'sendMessage' ? 'answer' : ++sendsOnFirst === 1 ? 'answer' : sendsOnFirst === 2 ? 'commit-then-drop' : 'ignore'),
    });
    const { client, log } = connectClient(server);
    await client.connect();
    const settled = await Promise.all([1, 2, 3, 4, 5].map((n) => client.send('c1', `message ${n}`)));
    const original = settled.map((a) => a.clientMessageId);
    expect(new Set(original).size).toBe(5);
    const [first, second] = server.connections;
    expect(server.connections).toHaveLength(2);
    expect(sendsOn(first!).slice(0, 2)).toEqual(original.slice(0, 2));
    // Every message the first connection did not ack goes again, in order, with the same id.
    expect(sendsOn(second!)).toEqual(original.slice(1));
    expect(settled.map((a) => [a.seq, a.duplicate])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(server.conversations.get('c1')!.map((e) => e.clientMessageId)).toEqual(original);
    expect(log.acks).toHaveLength(5);
    expect(client.unacked()).toEqual([]);
  });

  it('keeps at most `window` sends unacknowledged and writes them in the order they were made', async () => {
    const server = await serve({ onFrame: (env) => (env.body === 'sendMessage' ? 'ignore' : 'answer') });
    const { client } = connectClient(server, { window: 3 });
    await client.connect();
    const acks = Array.from({ length: 10 }, (_, n) => client.send('c1', `message ${n}`, { clientMessageId: `m${n}` }));
    // Requests other than sends are not held by the window: when this one is in, so is everything written before it.
    const marker = client.history('c1');
    await server.until(() => server.received('historyRequest').length === 1, 'the marker');
    expect(sendIds(server.received('sendMessage'))).toEqual(['m0', 'm1', 'm2']);
    await marker;
    const conn = server.connections[0]!;
    for (let answered = 0; answered < 10; answered++) {
      server.respond(conn, server.received('sendMessage')[answered]!);
      await server.until(() => server.received('sendMessage').length === Math.min(10, answered + 4), `send ${answered + 4}`);
    }
    expect(sendIds(server.received('sendMessage'))).toEqual(Array.from({ length: 10 }, (_, n) => `m${n}`));
    expect((await Promise.all(acks)).map((a) => a.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rejects a refused send with its error code and goes on with the next one', async () => {
    const server = await serve();
    const { client } = connectClient(server);
    await client.connect();
    const forbidden = failure(client.send('forbidden', 'hi'));
    const tooLong = failure(client.send('c1', 'x'.repeat(9_000)));
    const fine = client.send('c1', 'fine');
    expect(await forbidden).toMatchObject({ name: 'WukfClientError', code: 'WUKF_E_FORBIDDEN', conversationId: 'forbidden' });
    expect(await tooLong).toMatchObject({ code: 'WUKF_E_TEXT_TOO_LONG' });
    expect(await tooLong).toBeInstanceOf(WukfClientError);
    expect((await fine).seq).toBe(1);
    expect(client.unacked()).toEqual([]);
  });

  it('writes a rate-limited send again, with the same id, after retry_after_ms', async () => {
    let refused = false;
    const server = await serve({
      onFrame: (env) => {
        if (env.body !== 'sendMessage' || refused) return 'answer';
        refused = true;
        return { reply: { error: { code: 'WUKF_E_RATE_LIMITED', message: 'slow down', retryAfterMs: 60 } } };
      },
    });
    const { client, log } = connectClient(server);
    await client.connect();
    const ack = await client.send('c1', 'patience', { clientMessageId: 'p1' });
    expect(ack).toMatchObject({ clientMessageId: 'p1', seq: 1, duplicate: false });
    const conn = server.connections[0]!;
    const at = conn.frames.flatMap((f, i) => (f.body === 'sendMessage' ? [conn.times[i]!] : []));
    expect(sendIds(server.received('sendMessage'))).toEqual(['p1', 'p1']);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(55);
    expect(log.errors).toEqual([]);
  });

  it("paces a burst to the server's rate from the Welcome, so no frame is refused", async () => {
    const rate = { perSecond: 200, burst: 10 };
    const server = await serve({ rate, limits: { ratePerSecond: rate.perSecond, rateBurst: rate.burst, maxTextBytes: 8_192, typingIntervalMs: 1_000 } });
    const { client, log } = connectClient(server);
    await client.connect();
    const started = Date.now();
    const acks = await Promise.all(Array.from({ length: 40 }, (_, n) => client.send('c1', `burst ${n}`)));
    expect(acks.map((a) => a.seq)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(server.connections[0]!.refused).toBe(0);
    expect(log.errors).toEqual([]);
    // 40 frames past a burst of 10 at 200/s cannot take less than 150 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('client: resume', () => {
  it('resumes from the last seq it saw and passes each message on once, in order, even when the server replays too much', async () => {
    const server = await serve({ replayOverlap: 2 });
    const { client, log } = connectClient(server);
    await client.connect();
    for (let n = 1; n <= 3; n++) server.post('c1', `live ${n}`);
    await server.until(() => log.messages.length === 3, 'three live messages');
    server.options.accept = () => 503;
    server.drop();
    await server.until(() => server.upgrades.some((u) => u.status === 503), 'a refused reconnect');
    server.post('c1', 'missed 4');
    server.post('c1', 'missed 5');
    server.options.accept = undefined;
    await server.until(() => log.ready === 2, 'the second replay');
    expect(server.received('hello')[1]!.hello.cursors).toEqual([expect.objectContaining({ conversationId: 'c1', lastSeq: 3 })]);
    expect(log.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.messages.map((m) => m.text)).toEqual(['live 1', 'live 2', 'live 3', 'missed 4', 'missed 5']);
    expect(client.lastSeq('c1')).toBe(5);
  });

  it('reports a gap too large to replay, then pages it with history', async () => {
    const server = await serve({ replayLimit: 2 });
    for (let n = 1; n <= 5; n++) server.post('c1', `old ${n}`);
    const { client, log } = connectClient(server, { cursors: { c1: 1 } });
    await client.connect();
    await server.until(() => log.ready === 1, 'ready');
    expect(log.gaps).toEqual([{ conversationId: 'c1', afterSeq: 1, toSeq: 5 }]);
    expect(log.messages).toEqual([]);
    const page = await client.history('c1', { beforeSeq: 6, limit: 4 });
    expect(page.messages.map((m) => m.seq)).toEqual([2, 3, 4, 5]);
    expect(client.lastSeq('c1')).toBe(5);
  });
});

describe('client: a server that has less than the client has seen', () => {

  it('steps back to the server\'s last seq and takes the messages that reuse the seqs above it', async () => {
    const server = await serve();
    for (let n = 1; n <= 3; n++) server.post('c1', `kept ${n}`);
    // The client saw up to seq 9 before the server's database was restored from an older backup.
    const { client, log } = connectClient(server, { cursors: { c1: 9 } });
    await client.connect();
    await server.until(() => log.ready === 1, 'ready');
    expect(log.rewinds).toEqual([{ conversationId: 'c1', fromSeq: 9, toSeq: 3 }]);
    expect(client.lastSeq('c1')).toBe(3);
    server.post('c1', 'new 4');
    await server.until(() => log.messages.length === 1, 'the next message');
    expect(log.messages.map((m) => [m.seq, m.text])).toEqual([[4, 'new 4']]);
    expect(client.lastSeq('c1')).toBe(4);
  });
});

describe('client: requests across connections', () => {
  it('fails a request in flight when the connection drops, and holds one made while disconnected for the next connection', async () => {
    const server = await serve({ onFrame: (env, conn) => (env.body === 'historyRequest' && conn.id === 1 ? 'ignore' : 'answer') });
    const { client } = connectClient(server);
    await client.connect();
    const lost = failure(client.history('c1'));
    await server.until(() => server.received('historyRequest').length === 1, 'the request');
    server.options.accept = () => 503;
    server.drop();
    expect(await lost).toMatchObject({ code: 'WUKF_E_DISCONNECTED' });
    await server.until(() => server.upgrades.some((u) => u.status === 503), 'a refused reconnect');
    const waiting = client.history('c1');
    server.options.accept = undefined;
    expect((await waiting).conversationId).toBe('c1');
    // The failed request is not written again: it may have been handled.
    expect(server.connections[1]!.frames.filter((f) => f.body === 'historyRequest')).toHaveLength(1);
  });

  it('close() closes with 1000, fails pending requests, keeps the outbox, and connect() sends it later', async () => {
    let holding = true;
    const server = await serve({ onFrame: (env) => (holding && (env.body === 'sendMessage' || env.body === 'historyRequest') ? 'ignore' : 'answer') });
    const { client, log } = connectClient(server);
    await client.connect();
    const sends = [client.send('c1', 'one'), client.send('c1', 'two')];
    const pending = failure(client.history('c1'));
    await server.until(() => server.received('historyRequest').length === 1, 'the requests');
    await client.close();
    expect(await pending).toMatchObject({ code: 'WUKF_E_DISCONNECTED' });
    await server.until(() => server.connections[0]!.closed, 'the close');
    expect(server.connections[0]!.closeCode).toBe(1000);
    expect(client.state).toBe('closed');
    expect(log.disconnects.at(-1)).toMatchObject({ code: 1000, willReconnect: false });
    const kept = client.unacked();
    expect(kept.map((m) => m.text)).toEqual(['one', 'two']);
    expect(kept.map((m) => m.clientMessageId)).toEqual(sendIds(server.received('sendMessage')));

    holding = false;
    await client.connect();
    expect((await Promise.all(sends)).map((a) => a.seq)).toEqual([1, 2]);
    expect(sendsOn(server.connections[1]!)).toEqual(kept.map((m) => m.clientMessageId));
  });
});

describe('client: receipts', () => {
  it('acknowledges delivery of messages from others, and sends read receipts forward only and coalesced', async () => {
    const server = await serve();
    const { client, log } = connectClient(server);
    await client.connect();
    for (let n = 1; n <= 3; n++) server.post('c1', `from ann ${n}`);
    const receipts = (kind: ReceiptKind) => server.received('markReceipt').filter((f) => f.markReceipt.kind === kind).map((f) => f.markReceipt.seq);
    await server.until(() => receipts(ReceiptKind.RECEIPT_KIND_DELIVERED).at(-1) === 3, 'delivered up to 3');
    expect(receipts(ReceiptKind.RECEIPT_KIND_DELIVERED).length).toBeLessThanOrEqual(2);
    await client.send('c1', 'mine');
    expect(log.messages).toHaveLength(3);

    client.markRead('c1', 1);
    client.markRead('c1', 3);
    client.markRead('c1', 2);
    await server.until(() => receipts(ReceiptKind.RECEIPT_KIND_READ).at(-1) === 3, 'read up to 3');
    client.markRead('c1', 2);
    client.markRead('c1', 4);
    await server.until(() => receipts(ReceiptKind.RECEIPT_KIND_READ).at(-1) === 4, 'read up to 4');
    expect(receipts(ReceiptKind.RECEIPT_KIND_READ)).toEqual([1, 3, 4]);
    expect(receipts(ReceiptKind.RECEIPT_KIND_DELIVERED).at(-1)).toBe(3);
  });
});
