import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationState, ReceiptKind, ResumeStatus } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

describe('real-time messaging (raw protocol)', () => {
  let srv: TestServer;

  beforeEach(async () => {
    srv = await startTestServer();
  });
  afterEach(cleanupTestServers);

  async function visitor(): Promise<RawClient> {
    return srv.raw(await srv.visitorToken());
  }

  async function admin(): Promise<RawClient> {
    return srv.raw(await srv.adminToken());
  }

  it('opens, queues, is claimed, and carries messages both ways with acks after commit and receipts', async () => {
    const v = await visitor();
    const a = await admin();
    await v.hello();
    await a.hello();
    const opened = await v.request({ openConversation: { language: 'en', skills: ['billing'], context: { order: '42' } } });
    expect(opened.body).toBe('conversation');
    const c = (opened as { conversation: { conversation: { id: string; state: number } } }).conversation.conversation;
    expect(c.state).toBe(ConversationState.CONVERSATION_STATE_QUEUED);
    const queued = await a.next((e) => e.body === 'queue' && e.queue.entries.some((q) => q.conversation?.id === c.id));
    expect(queued.body).toBe('queue');

    const claimed = await a.request({ claimConversation: { conversationId: c.id } });
    expect(claimed.body).toBe('conversation');
    await v.next((e) => e.body === 'message' && e.message.system?.subject?.id === 'admin');

    const ack = await v.request({ sendMessage: { conversationId: c.id, clientMessageId: 'm1', text: '你好' } });
    expect(ack).toMatchObject({ body: 'messageAck', messageAck: { conversationId: c.id, clientMessageId: 'm1', seq: 3, duplicate: false } });
    const got = await a.next((e) => e.body === 'message' && e.message.clientMessageId === 'm1');
    expect(got).toMatchObject({ message: { seq: 3, text: '你好', sender: { id: expect.stringMatching(/^v_/) } } });

    const again = await v.request({ sendMessage: { conversationId: c.id, clientMessageId: 'm1', text: '你好' } });
    expect(again).toMatchObject({ body: 'messageAck', messageAck: { seq: 3, duplicate: true } });

    a.push({ markReceipt: { conversationId: c.id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 3 } });
    const receipt = await v.next((e) => e.body === 'receipt' && e.receipt.kind === ReceiptKind.RECEIPT_KIND_READ);
    expect(receipt).toMatchObject({ receipt: { conversationId: c.id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 3, participant: { id: 'admin' } } });
  });

  it('replays what a reconnecting client missed, in order, then goes live', async () => {
    const v = await visitor();
    await v.hello();
    const opened = await v.request({ openConversation: {} });
    const id = (opened as { conversation: { conversation: { id: string } } }).conversation.conversation.id;
    const a = await admin();
    await a.hello();
    await a.request({ claimConversation: { conversationId: id } });
    let lastSeen = 0;
    for (let i = 0; i < 5; i++) {
      const ack = await v.request({ sendMessage: { conversationId: id, clientMessageId: `m${i}`, text: `t${i}` } });
      lastSeen = (ack as { messageAck: { seq: number } }).messageAck.seq;
    }
    await a.close();
    for (let i = 5; i < 8; i++) await v.request({ sendMessage: { conversationId: id, clientMessageId: `m${i}`, text: `t${i}` } });

    const back = await admin();
    const welcome = await back.hello([{ conversationId: id, lastSeq: lastSeen - 2 }]);
    expect(welcome.welcome.resume[0]).toMatchObject({ conversationId: id, status: ResumeStatus.STATUS_REPLAYING, afterSeq: lastSeen - 2 });
    expect(back.messages(id).map((m) => m.text)).toEqual(['t3', 't4', 't5', 't6', 't7']);
    await v.request({ sendMessage: { conversationId: id, clientMessageId: 'live', text: 'live' } });
    await back.next((e) => e.body === 'message' && e.message.text === 'live');
    const seqs = back.messages(id).map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('refuses another visitor\'s conversation and writes from an agent that does not own it', async () => {
    const v = await visitor();
    const other = await visitor();
    await v.hello();
    await other.hello();
    const opened = await v.request({ openConversation: {} });
    const id = (opened as { conversation: { conversation: { id: string } } }).conversation.conversation.id;
    const send = await other.request({ sendMessage: { conversationId: id, clientMessageId: 'x', text: 'intrude' } });
    expect(send).toMatchObject({ body: 'error', error: { code: 'WUKF_E_CONVERSATION_NOT_FOUND' } });
    const read = await other.request({ historyRequest: { conversationId: id } });
    expect(read).toMatchObject({ body: 'error', error: { code: 'WUKF_E_CONVERSATION_NOT_FOUND' } });
    const welcome = await (await visitor()).hello([{ conversationId: id, lastSeq: 0 }]);
    expect(welcome.welcome.resume[0]!.status).toBe(ResumeStatus.STATUS_FORBIDDEN);
  });
});
