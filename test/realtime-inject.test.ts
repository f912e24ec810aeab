import { afterEach, describe, expect, it } from 'vitest';
import type { InjectedClient } from '../src/server/realtime/index.js';
import { QueueEventKind, ResumeStatus, type Envelope } from '../src/proto/index.js';
import { admin, agent, startTestNode, visitor, type TestNode } from './helpers/node.js';

/*
 * The frame handlers without a socket: Realtime.inject() runs the same decoding, limits, handlers and
 * deliveries as a WebSocket connection, with the frames in memory.
 */

type Body<K extends NonNullable<Envelope['body']>> = Envelope & { body: K };

const conversationIdOf = (reply: Envelope): string => {
  if (reply.body !== 'conversation') throw new Error(`expected a ConversationEvent, got ${JSON.stringify(reply)}`);
  return reply.conversation.conversation!.id!;
};

const codeOf = (reply: Envelope): string => (reply.body === 'error' ? reply.error.code : `no error but ${reply.body}`);

const bodies = (client: InjectedClient, from = 0) => client.frames.slice(from).map((e) => e.body);

describe('frame handlers through inject()', () => {
  let node: TestNode;
  afterEach(async () => node.close());

  it('answers Hello, opens, sends, claims and delivers, with acks to the sender and events to everyone else', async () => {
    node = await startTestNode({ agents: ['alice'] });
    const v = await node.greet(visitor(1));
    expect(bodies(v)).toEqual(['welcome', 'replayDone']);
    const tab = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const alice = await node.greet(agent('alice'));
    const queue = (await alice.next((e) => e.body === 'queue')) as Body<'queue'>;
    expect(queue.queue.entries.map((e) => e.conversation?.id)).toEqual([id]);
    await alice.request({ claimConversation: { conversationId: id } });
    const ack = (await v.request({ sendMessage: { conversationId: id, clientMessageId: 'm1', text: 'hello' } })) as Body<'messageAck'>;
    expect(ack.messageAck).toMatchObject({ conversationId: id, clientMessageId: 'm1', seq: 3, duplicate: false });
    for (const reader of [alice, tab]) expect(await reader.next((e) => e.body === 'message' && e.message.seq === 3)).toMatchObject({ message: { text: 'hello' } });
    // The sender has the ack; its own connection does not get the event as well.
    expect(v.frames.filter((e) => e.body === 'message' && e.message.seq === 3)).toEqual([]);
  });

  it('answers frames sent right behind Hello only after the Welcome and the replay', async () => {
    node = await startTestNode();
    const v = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const again = node.connect(visitor(1));
    again.push({ ref: 1, hello: { client: 'inject', cursors: [{ conversationId: id, lastSeq: 0 }] } });
    again.push({ ref: 2, historyRequest: { conversationId: id } });
    again.push({ ref: 3, sendMessage: { conversationId: id, clientMessageId: 'early', text: 'sent before the Welcome came' } });
    await again.next((e) => e.ref === 3);
    expect(bodies(again)).toEqual(['welcome', 'message', 'replayDone', 'queue', 'historyPage', 'messageAck']);
  });

  it('leaves a connection whose Hello was refused waiting for Hello, and closes it when something else comes', async () => {
    node = await startTestNode();
    const v = node.connect(visitor(1));
    const cursors = Array.from({ length: 201 }, (_, i) => ({ conversationId: `c${i}`, lastSeq: 0 }));
    expect(codeOf(await v.request({ hello: { client: 'inject', cursors } }))).toBe('WUKF_E_INVALID_INPUT');
    expect(v.closeCode).toBeUndefined();
    v.push({ ref: 9, historyRequest: { conversationId: 'c1' } });
    expect(await v.next((e) => e.body === 'error' && e.error.code === 'WUKF_E_HELLO_REQUIRED')).toBeDefined();
    expect(v.closeCode).toBe(4400);
    expect(v.sink.closeReason).toBe('WUKF_E_HELLO_REQUIRED');
  });

  it('stops delivering a queued conversation to an agent who followed it by cursor once another agent claims it', async () => {
    node = await startTestNode({ agents: ['alice', 'bob'] });
    const v = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const snoop = await node.greet(agent('alice'), [{ conversationId: id, lastSeq: 0 }]);
    const bob = await node.greet(agent('bob'));
    await bob.request({ claimConversation: { conversationId: id } });
    await v.request({ sendMessage: { conversationId: id, clientMessageId: 'card', text: '4111 1111 1111 1111' } });
    v.push({ typing: { conversationId: id, typing: true } });
    await bob.next((e) => e.body === 'typingEvent');
    expect(codeOf(await snoop.request({ historyRequest: { conversationId: id } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
    expect(snoop.frames.filter((e) => (e.body === 'message' && !e.message.system) || e.body === 'typingEvent')).toEqual([]);
  });

  it('clamps a cursor beyond the head and says so, then delivers what comes next', async () => {
    node = await startTestNode({ agents: ['alice'] });
    const v = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const restored = await node.greet(visitor(1), [{ conversationId: id, lastSeq: 500 }]);
    const welcome = restored.frames[0] as Body<'welcome'>;
    expect(welcome.welcome.resume).toEqual([{ conversationId: id, status: ResumeStatus.STATUS_CURSOR_AHEAD, afterSeq: 500, toSeq: 1 }]);
    const mark = restored.frames.length;
    await v.request({ sendMessage: { conversationId: id, clientMessageId: 'next', text: 'next' } });
    expect(await restored.next((e) => e.body === 'message', mark)).toMatchObject({ message: { seq: 2, text: 'next' } });
  });

  it('tells agents how long each queued conversation has waited, in the QueueEvent after Hello and after changes', async () => {
    node = await startTestNode({ agents: ['alice'] });
    const v = await node.greet(visitor(1));
    const first = conversationIdOf(await v.request({ openConversation: { context: { order: 'A-1' } } }));
    node.advance(42_000);
    const alice = await node.greet(agent('alice'));
    const queue = (await alice.next((e) => e.body === 'queue')) as Body<'queue'>;
    expect(queue.queue).toMatchObject({ kind: QueueEventKind.KIND_PAGE, offset: 0, total: 1, entries: [{ conversation: { id: first }, position: 1, waitedS: 42 }] });
    // The queue carries no context: that comes with the conversation.
    expect(queue.queue.entries[0]!.conversation!.context).toEqual({});
    const from = alice.frames.length;
    const w = await node.greet(visitor(2));
    await w.request({ openConversation: {} });
    // A change is a delta of the one entry, one version on from the page.
    const next = (await alice.next((e) => e.body === 'queue', from)) as Body<'queue'>;
    expect(next.queue).toMatchObject({ kind: QueueEventKind.KIND_DELTA, total: 2, removed: [], version: Number(queue.queue.version) + 1 });
    expect(next.queue.entries.map((e) => [e.position, e.waitedS])).toEqual([[2, 0]]);
    const page = (await alice.request({ queueRequest: { offset: 0 } })) as Body<'queue'>;
    expect(page.queue.entries.map((e) => [e.position, e.waitedS])).toEqual([
      [1, 42],
      [2, 0],
    ]);
    expect((await alice.request({ queueRequest: { offset: 1, limit: 1 } })) as Body<'queue'>).toMatchObject({ queue: { kind: QueueEventKind.KIND_PAGE, offset: 1, total: 2, entries: [{ position: 2 }] } });
    expect(await w.request({ queueRequest: {} })).toMatchObject({ error: { code: 'WUKF_E_FORBIDDEN' } });
    // Each waiting visitor hears its own place and an estimate.
    expect(await w.next((e) => e.body === 'queue')).toMatchObject({ queue: { position: 2, estimatedWaitS: 120 } });
  });

  it('forwards typing from the two sides only, at most once per interval', async () => {
    node = await startTestNode({ agents: ['alice', 'bob'] });
    const v = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const alice = await node.greet(agent('alice'));
    await alice.request({ claimConversation: { conversationId: id } });
    const bob = await node.greet(agent('bob'));
    expect(codeOf(await bob.request({ typing: { conversationId: id, typing: true } }))).toBe('WUKF_E_CONVERSATION_NOT_FOUND');
    const watcher = await node.greet(admin);
    await watcher.request({ watchConversation: { conversationId: id, watch: true } });
    expect(codeOf(await watcher.request({ typing: { conversationId: id, typing: true } }))).toBe('WUKF_E_FORBIDDEN');
    for (let i = 0; i < 3; i++) v.push({ typing: { conversationId: id, typing: true } });
    v.push({ typing: { conversationId: id, typing: false } });
    await alice.next((e) => e.body === 'typingEvent' && !e.typingEvent.typing);
    expect(alice.frames.filter((e) => e.body === 'typingEvent').map((e) => (e as Body<'typingEvent'>).typingEvent.typing)).toEqual([true, false]);
    expect(watcher.frames.filter((e) => e.body === 'typingEvent')).toHaveLength(2);
  });

  it('closes a reader that stops reading once its unread bytes pass the limit, holding no more than that', async () => {
    const limit = 65_536;
    node = await startTestNode({ agents: ['alice'], limits: { max_buffered_bytes: limit, max_text_bytes: 16_384 } });
    const v = await node.greet(visitor(1));
    const id = conversationIdOf(await v.request({ openConversation: {} }));
    const alice = await node.greet(agent('alice'));
    await alice.request({ claimConversation: { conversationId: id } });
    alice.stopReading();
    let peak = 0;
    for (let i = 0; alice.closeCode === undefined; i++) {
      const ack = await v.request({ sendMessage: { conversationId: id, clientMessageId: `big-${i}`, text: 'x'.repeat(16_000) } });
      expect(ack.body).toBe('messageAck');
      peak = Math.max(peak, alice.sink.bufferedBytes);
    }
    expect(peak).toBeLessThanOrEqual(limit);
    expect(alice.closeCode).toBe(4408);
    expect(alice.frames.at(-1)).toMatchObject({ body: 'error', error: { code: 'WUKF_E_SLOW_CONSUMER' } });
    // The visitor noticed nothing.
    expect((await v.request({ historyRequest: { conversationId: id, limit: 1 } })).body).toBe('historyPage');
  });

  it('says in the last error before a flood close when to come back', async () => {
    node = await startTestNode({ limits: { rate_per_second: 1, rate_burst: 2 } });
    const v = await node.greet(visitor(1));
    for (let i = 0; i < 10 && v.closeCode === undefined; i++) v.push({ ref: 100 + i, historyRequest: { conversationId: 'c' } });
    expect(v.closeCode).toBe(4429);
    const errors = v.frames.filter((e): e is Body<'error'> => e.body === 'error' && e.error.code === 'WUKF_E_RATE_LIMITED');
    expect(errors.length).toBeGreaterThan(1);
    for (const e of errors) expect(e.error.retryAfterMs).toBeGreaterThan(0);
    expect(errors.at(-1)!.ref).toBe(0);
  });
});

describe('a connection that closes while its Hello is being answered', () => {
  let node: TestNode;
  afterEach(async () => node.close());

  it('is not counted online and keeps no subscription once the Hello finishes', async () => {
    node = await startTestNode({ agents: ['alice'] });
    const admin_ = await node.greet(admin);
    const gone = node.connect(agent('alice'));
    // A cursor the store has to be asked about: the Hello is still being answered when the socket goes.
    gone.push({ ref: 1, hello: { client: 'inject', cursors: [{ conversationId: 'not-a-conversation', lastSeq: 0 }] } });
    gone.close();
    // Another connection of alice's comes and goes, fully: its Hello is answered after the first one's.
    const second = await node.greet(agent('alice'), [{ conversationId: 'not-a-conversation', lastSeq: 0 }]);
    await admin_.next((e) => e.body === 'presence' && e.presence.participant?.id === 'alice' && e.presence.status === 1);
    const mark = admin_.frames.length;
    second.close();
    // Had the first connection been counted, alice would still be online with none left.
    await admin_.next((e) => e.body === 'presence' && e.presence.participant?.id === 'alice' && e.presence.status === 3, mark);
    expect(node.presence.statusOf(agent('alice'))).toBe(3);
  });
});
