import Database from 'better-sqlite3';
import protobuf from 'protobufjs/minimal.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationState, ReceiptKind, ResumeStatus, type Envelope } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/*
 * Who may read a conversation is checked on every delivery, and resume is exact for any cursor. Each case here
 * is a defect of the earlier gateway, over real sockets against a real server.
 */

const AGENTS = ['alice', 'bob'];
const passwordOf = (username: string) => `${username}-password-123`;
const CARD = 'my card number is 4111 1111 1111 1111';

type Snapshot = NonNullable<(Envelope & { body: 'conversation' })['conversation']['conversation']>;

function snapshotOf(reply: Envelope): Snapshot {
  if (reply.body !== 'conversation' || !reply.conversation.conversation) throw new Error(`expected a ConversationEvent, got ${JSON.stringify(reply)}`);
  return reply.conversation.conversation;
}

/** The code of an Error reply, or the kind of frame that came instead. */
function codeOf(reply: Envelope): string {
  return reply.body === 'error' ? reply.error.code : `no error but ${reply.body}`;
}

/** The text messages (not the system events) the client received in the conversation. */
function texts(client: RawClient, conversationId: string): string[] {
  return client.messages(conversationId).flatMap((m) => (m.text ? [m.text] : []));
}

/** A Hello whose one cursor has a last_seq written as ten varint bytes: exactly 2^64 - 1, which no JavaScript number can carry. */
function helloWithMaxCursor(conversationId: string): Uint8Array {
  const cursor = protobuf.Writer.create().uint32((1 << 3) | 2).string(conversationId).uint32((2 << 3) | 0).finish();
  const maxUint64 = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  const cursorBytes = new Uint8Array(cursor.length + maxUint64.length);
  cursorBytes.set(cursor);
  cursorBytes.set(maxUint64, cursor.length);
  const hello = protobuf.Writer.create().uint32((2 << 3) | 2).bytes(cursorBytes).finish();
  return protobuf.Writer.create().uint32((1 << 3) | 0).uint32(1).uint32((2 << 3) | 0).uint32(7).uint32((10 << 3) | 2).bytes(hello).finish();
}

describe('read rights on every delivery, and exact resume', () => {
  let srv: TestServer;

  beforeEach(async () => {
    srv = await startTestServer({ agents: AGENTS.map((username) => ({ username, password: passwordOf(username) })) });
  });
  afterEach(cleanupTestServers);

  async function staff(username: string, cursors: { conversationId: string; lastSeq: number }[] = []): Promise<RawClient> {
    const c = await srv.raw(await srv.login(username, passwordOf(username)));
    await c.hello(cursors);
    return c;
  }

  async function visitorWithConversation(): Promise<{ visitor: RawClient; id: string }> {
    const visitor = await srv.raw(await srv.visitorToken());
    await visitor.hello();
    const id = snapshotOf(await visitor.request({ openConversation: {} })).id!;
    return { visitor, id };
  }

  /** Sends a message and waits until `to` has it: whatever the server sent `to` before is in to.frames by then. */
  async function deliver(from: RawClient, to: RawClient, conversationId: string, text: string): Promise<void> {
    const mark = to.frames.length;
    const ack = await from.request({ sendMessage: { conversationId, clientMessageId: text, text } });
    expect(ack.body).toBe('messageAck');
    await to.next((e) => e.body === 'message' && e.message.clientMessageId === text, mark);
  }

  it('cuts off an agent who followed a queued conversation by cursor once another agent claims it', async () => {
    const { visitor, id } = await visitorWithConversation();
    // Agents may read the queue, so a cursor on a queued conversation is accepted...
    const snoop = await staff('alice', [{ conversationId: id, lastSeq: 0 }]);
    expect((snoop.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' }).welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_REPLAYING });
    await deliver(visitor, snoop, id, 'hello, anyone there?');
    // ...but once bob has it, nothing more reaches alice: not the card number, not what comes after.
    const bob = await staff('bob');
    expect(snapshotOf(await bob.request({ claimConversation: { conversationId: id } })).agent?.id).toBe('bob');
    await deliver(visitor, bob, id, CARD);
    await deliver(bob, visitor, id, 'thanks, checking');
    await deliver(visitor, bob, id, 'and my address is 1 Main St');
    // A frame alice is sure to get, sent after all of that: anything about the conversation would be in by now.
    expect(codeOf(await snoop.request({ historyRequest: { conversationId: id } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
    expect(texts(snoop, id)).toEqual(['hello, anyone there?']);
    expect(snoop.frames.filter((e) => e.body === 'typingEvent' || e.body === 'receipt')).toEqual([]);
  });

  it('cuts off the previous agent after a transfer, on every path: live events, cursor, history', async () => {
    const alice = await staff('alice');
    const bob = await staff('bob');
    const { visitor, id } = await visitorWithConversation();
    await alice.request({ claimConversation: { conversationId: id } });
    await deliver(visitor, alice, id, 'first, for alice');
    // A second connection of alice's, following by cursor rather than by assignment.
    const aliceTab = await staff('alice', [{ conversationId: id, lastSeq: 0 }]);
    expect(snapshotOf(await alice.request({ transferConversation: { conversationId: id, toAgent: 'bob', note: '' } })).agent?.id).toBe('bob');
    await deliver(visitor, bob, id, CARD);
    await deliver(bob, visitor, id, 'bob here');
    for (const c of [alice, aliceTab]) {
      expect(codeOf(await c.request({ historyRequest: { conversationId: id } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
      expect(texts(c, id)).not.toContain(CARD);
      expect(texts(c, id)).not.toContain('bob here');
    }
    const again = await staff('alice', [{ conversationId: id, lastSeq: 0 }]);
    expect((again.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' }).welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_FORBIDDEN });
    expect(texts(again, id)).toEqual([]);
  });

  it('refuses every other way in: watch for agents, history and cursors of conversations one may not read', async () => {
    const alice = await staff('alice');
    const { visitor, id } = await visitorWithConversation();
    await alice.request({ claimConversation: { conversationId: id } });
    await deliver(visitor, alice, id, CARD);
    const bob = await staff('bob', [{ conversationId: id, lastSeq: 0 }]);
    expect((bob.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' }).welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_FORBIDDEN });
    expect(codeOf(await bob.request({ watchConversation: { conversationId: id, watch: true } }))).toBe('WUKF_E_FORBIDDEN');
    expect(codeOf(await bob.request({ historyRequest: { conversationId: id } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
    expect(codeOf(await bob.request({ openConversation: { conversationId: id } }))).toBe('WUKF_E_FORBIDDEN');
    await deliver(visitor, alice, id, 'second');
    expect(codeOf(await bob.request({ historyRequest: { conversationId: id } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
    expect(texts(bob, id)).toEqual([]);
  });

  it('resumes a cursor beyond the head (a restored backup) with STATUS_CURSOR_AHEAD and keeps delivering live messages', async () => {
    const alice = await staff('alice');
    const { visitor, id } = await visitorWithConversation();
    await alice.request({ claimConversation: { conversationId: id } });
    await deliver(visitor, alice, id, 'one');
    const head = snapshotOf(await visitor.request({ openConversation: { conversationId: id } })).lastSeq!;
    // alice's app has seen seqs up to head + 40: the server lost them when its database was restored.
    const restored = await staff('alice', [{ conversationId: id, lastSeq: head + 40 }]);
    const welcome = restored.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' };
    expect(welcome.welcome.resume).toEqual([{ conversationId: id, status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: head + 40, toSeq: head }]);
    await deliver(visitor, restored, id, 'after the restore');
    expect(restored.messages(id)).toEqual([{ seq: head + 1, text: 'after the restore', sender: expect.any(String) }]);
  });

  it('refuses cursors above 2^53 - 1 with WUKF_E_INVALID_INPUT, leaving the connection waiting for Hello', async () => {
    const { visitor, id } = await visitorWithConversation();
    const second = await srv.raw(await srv.login('alice', passwordOf('alice')));
    second.sendRaw(helloWithMaxCursor(id));
    expect(await second.next((e) => e.ref === 7)).toMatchObject({ body: 'error', error: { code: 'WUKF_E_INVALID_INPUT' } });
    expect(await second.request({ hello: { client: 'test', cursors: [{ conversationId: id, lastSeq: 2 ** 53 }] } })).toMatchObject({ body: 'error', error: { code: 'WUKF_E_INVALID_INPUT' } });
    // Still waiting for Hello: a valid one is answered, and the largest exact cursor is simply ahead.
    const welcome = await second.hello([{ conversationId: id, lastSeq: Number.MAX_SAFE_INTEGER }]);
    expect(welcome.welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: Number.MAX_SAFE_INTEGER });
    await deliver(visitor, second, id, 'still live');
    expect(codeOf(await second.request({ markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 2 ** 53 } }))).toBe('WUKF_E_INVALID_INPUT');
    expect(codeOf(await second.request({ historyRequest: { conversationId: id, beforeSeq: 2 ** 60 } }))).toBe('WUKF_E_INVALID_INPUT');
  });

  it('neither stores nor sends a receipt below the watermark', async () => {
    const alice = await staff('alice');
    const { visitor, id } = await visitorWithConversation();
    await alice.request({ claimConversation: { conversationId: id } });
    for (const text of ['a', 'b', 'c']) await deliver(alice, visitor, id, text);
    const seqs = visitor.messages(id).map((m) => m.seq);
    const mark = alice.frames.length;
    visitor.push({ markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: seqs[2]! } });
    visitor.push({ markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: seqs[0]! } });
    visitor.push({ markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: seqs[1]! } });
    // The last one moves nothing either (READ raised DELIVERED); this one does, and comes after them.
    await deliver(alice, visitor, id, 'd');
    const last = visitor.messages(id).at(-1)!.seq;
    visitor.push({ markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: last } });
    await alice.next((e) => e.body === 'receipt' && e.receipt.seq === last, mark);
    const receipts = alice.frames.slice(mark).flatMap((e) => (e.body === 'receipt' ? [{ kind: e.receipt.kind, seq: e.receipt.seq }] : []));
    expect(receipts).toEqual([
      { kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: seqs[2] },
      { kind: ReceiptKind.RECEIPT_KIND_READ, seq: seqs[2] },
      { kind: ReceiptKind.RECEIPT_KIND_DELIVERED, seq: last },
    ]);
    await srv.stop();
    const db = new Database(srv.dbFile, { readonly: true });
    try {
      expect(db.prepare("SELECT delivered_seq, read_seq FROM watermarks WHERE participant_kind = 'visitor'").get()).toEqual({ delivered_seq: last, read_seq: seqs[2] });
    } finally {
      db.close();
    }
  });

  it('answers OpenConversation with the snapshot once: the requester gets no second copy through its own topic', async () => {
    const token = await srv.visitorToken();
    const visitor = await srv.raw(token);
    await visitor.hello();
    const tab = await srv.raw(token);
    await tab.hello();
    const id = snapshotOf(await visitor.request({ openConversation: {} })).id!;
    // The visitor's other tab hears of it once, and so does the requester (its reply).
    await tab.next((e) => e.body === 'conversation' && e.conversation.conversation?.id === id);
    await visitor.request({ historyRequest: { conversationId: id } });
    const snapshots = (c: RawClient) => c.frames.filter((e) => e.body === 'conversation' && e.conversation.conversation?.id === id);
    expect(snapshots(visitor)).toHaveLength(1);
    expect(snapshots(tab)).toHaveLength(1);
    expect(snapshotOf(snapshots(visitor)[0]!).state).toBe(ConversationState.CONVERSATION_STATE_QUEUED);
  });
});

describe('the queue as agents first see it', () => {
  afterEach(cleanupTestServers);

  it('tells how long each queued conversation has waited in the QueueEvent right after Hello', async () => {
    let now = Date.now();
    const srv = await startTestServer({ agents: [{ username: 'alice', password: passwordOf('alice') }], clock: () => now });
    const visitor = await srv.raw(await srv.visitorToken());
    await visitor.hello();
    await visitor.request({ openConversation: {} });
    now += 90_000;
    const alice = await srv.raw(await srv.login('alice', passwordOf('alice')));
    const from = alice.frames.length;
    await alice.hello();
    const queue = (await alice.next((e) => e.body === 'queue', from)) as Envelope & { body: 'queue' };
    expect(queue.queue.entries.map((e) => ({ position: e.position, waitedS: e.waitedS }))).toEqual([{ position: 1, waitedS: 90 }]);
  });
});
