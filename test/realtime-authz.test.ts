import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationState, PresenceStatus, ReceiptKind, ResumeStatus, SystemEventKind, type Envelope, type EnvelopeInit } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

const AGENTS = ['alice', 'bob'];
const passwordOf = (username: string) => `${username}-password-123`;

type Snapshot = NonNullable<(Envelope & { body: 'conversation' })['conversation']['conversation']>;

describe('real-time authorization: who may read and write which conversation', () => {
  let srv: TestServer;

  beforeEach(async () => {
    srv = await startTestServer({ agents: AGENTS.map((username) => ({ username, password: passwordOf(username) })) });
  });
  afterEach(cleanupTestServers);

  type Cursors = { conversationId: string; lastSeq: number }[];

  /** A connection that has said Hello (with these resume cursors) and has its Welcome. */
  async function connect(token: string, cursors: Cursors): Promise<RawClient> {
    const c = await srv.raw(token);
    await c.hello(cursors);
    return c;
  }

  async function visitor(cursors: Cursors = []): Promise<RawClient> {
    return connect(await srv.visitorToken(), cursors);
  }

  /** An agent (or the admin) logged in through POST /api/v1/login. */
  async function staff(username: string, cursors: Cursors = []): Promise<RawClient> {
    return connect(await srv.login(username, username === 'admin' ? srv.adminPassword : passwordOf(username)), cursors);
  }

  function resumeOf(client: RawClient): unknown {
    return (client.frames.find((e) => e.body === 'welcome') as Envelope & { body: 'welcome' }).welcome.resume;
  }

  /** A visitor's conversation, claimed by `agent` unless that is null (then it stays queued). */
  async function conversation(agent: RawClient | null): Promise<{ owner: RawClient; id: string }> {
    const owner = await visitor();
    const id = snapshotOf(await owner.request({ openConversation: {} })).id!;
    if (agent) expect(snapshotOf(await agent.request({ claimConversation: { conversationId: id } })).state).toBe(ConversationState.CONVERSATION_STATE_ACTIVE);
    return { owner, id };
  }

  async function expectRefused(client: RawClient, frame: EnvelopeInit, code: string): Promise<void> {
    const reply = await client.request(frame);
    expect({ frame, reply }).toMatchObject({ frame, reply: { body: 'error', error: { code } } });
  }

  /** Sends a message and waits until `to` has it; whatever the server sent `to` before is in to.frames by then. */
  async function deliver(from: RawClient, to: RawClient, conversationId: string, clientMessageId: string): Promise<number> {
    const mark = to.frames.length;
    const ack = await from.request({ sendMessage: { conversationId, clientMessageId, text: clientMessageId } });
    expect(ack).toMatchObject({ body: 'messageAck', messageAck: { conversationId, clientMessageId, duplicate: false } });
    await to.next((e) => e.body === 'message' && e.message.clientMessageId === clientMessageId, mark);
    return (ack as Envelope & { body: 'messageAck' }).messageAck.seq;
  }

  async function texts(reader: RawClient, conversationId: string): Promise<string[]> {
    const page = await reader.request({ historyRequest: { conversationId, limit: 200 } });
    if (page.body !== 'historyPage') throw new Error(`expected a HistoryPage, got ${JSON.stringify(page)}`);
    return page.historyPage.messages.flatMap((m) => (m.text ? [m.text] : []));
  }

  /** Frames of these kinds about the conversation that reached the client. */
  function seen(client: RawClient, conversationId: string, kinds: Envelope['body'][]): Envelope[] {
    return client.frames.filter((e) => kinds.includes(e.body) && JSON.stringify(e).includes(conversationId));
  }

  it("keeps a visitor out of another visitor's conversation: no reading, no writing, nothing leaks", async () => {
    const alice = await staff('alice');
    const { owner, id } = await conversation(alice);
    await deliver(owner, alice, id, 'private');
    const intruder = await visitor();

    await expectRefused(intruder, { historyRequest: { conversationId: id } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(intruder, { openConversation: { conversationId: id } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(intruder, { watchConversation: { conversationId: id, watch: true } }, 'WUKF_E_FORBIDDEN');
    await expectRefused(intruder, { sendMessage: { conversationId: id, clientMessageId: 'intrude', text: 'intrude' } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(intruder, { markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 3 } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(intruder, { typing: { conversationId: id, typing: true } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(intruder, { closeConversation: { conversationId: id, reason: 'mine now' } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    const resumed = await visitor([{ conversationId: id, lastSeq: 0 }]);
    expect(resumeOf(resumed)).toMatchObject([{ conversationId: id, status: ResumeStatus.STATUS_FORBIDDEN }]);

    await deliver(alice, owner, id, 'after the intruder');
    await deliver(owner, alice, id, 'still private');
    for (const c of [intruder, resumed]) expect(seen(c, id, ['message', 'conversation', 'receipt', 'typingEvent'])).toEqual([]);
    for (const c of [owner, alice]) expect(seen(c, id, ['receipt', 'typingEvent'])).toEqual([]);
    expect(await texts(owner, id)).toEqual(['private', 'after the intruder', 'still private']);
    expect(snapshotOf(await owner.request({ openConversation: { conversationId: id } })).state).toBe(ConversationState.CONVERSATION_STATE_ACTIVE);
  });

  it("keeps an agent out of a conversation assigned to another agent", async () => {
    const alice = await staff('alice');
    const bob = await staff('bob');
    const { owner, id } = await conversation(alice);
    await expectRefused(bob, { historyRequest: { conversationId: id } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(bob, { watchConversation: { conversationId: id, watch: true } }, 'WUKF_E_FORBIDDEN');
    await expectRefused(bob, { sendMessage: { conversationId: id, clientMessageId: 'b1', text: 'poach' } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(bob, { typing: { conversationId: id, typing: true } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(bob, { markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 2 } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(bob, { closeConversation: { conversationId: id } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(bob, { transferConversation: { conversationId: id, toAgent: 'bob' } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    const again = await staff('bob', [{ conversationId: id, lastSeq: 0 }]);
    expect(resumeOf(again)).toMatchObject([{ conversationId: id, status: ResumeStatus.STATUS_FORBIDDEN }]);

    await deliver(owner, alice, id, 'for alice');
    for (const c of [bob, again]) expect(seen(c, id, ['message', 'receipt', 'typingEvent'])).toEqual([]);
    expect(await texts(alice, id)).toEqual(['for alice']);
    expect(snapshotOf(await owner.request({ openConversation: { conversationId: id } })).agent?.id).toBe('alice');
  });

  it('lets agents read a queued conversation but write only after claiming it; the first claim wins, later ones conflict', async () => {
    const alice = await staff('alice');
    const bob = await staff('bob');
    const admin = await staff('admin');
    const { owner, id } = await conversation(null);
    expect(await bob.request({ historyRequest: { conversationId: id } })).toMatchObject({ body: 'historyPage', historyPage: { conversationId: id } });
    await expectRefused(bob, { sendMessage: { conversationId: id, clientMessageId: 'early', text: 'early' } }, 'WUKF_E_FORBIDDEN');
    await expectRefused(bob, { typing: { conversationId: id, typing: true } }, 'WUKF_E_FORBIDDEN');

    expect(snapshotOf(await bob.request({ claimConversation: { conversationId: id } }))).toMatchObject({ state: ConversationState.CONVERSATION_STATE_ACTIVE, agent: { id: 'bob' } });
    await expectRefused(alice, { claimConversation: { conversationId: id } }, 'WUKF_E_CONVERSATION_CONFLICT');
    await expectRefused(admin, { claimConversation: { conversationId: id } }, 'WUKF_E_CONVERSATION_CONFLICT');
    await deliver(bob, owner, id, 'bob here');
    expect(await texts(owner, id)).toEqual(['bob here']);

    // Two agents clicking the same queue entry at once: exactly one gets it.
    const race = await conversation(null);
    const answers = await Promise.all([alice, bob].map((c) => c.request({ claimConversation: { conversationId: race.id } })));
    expect(answers.map((a) => (a.body === 'error' ? a.error.code : a.body)).sort()).toEqual(['WUKF_E_CONVERSATION_CONFLICT', 'conversation']);
  });

  it('lets an admin watch and read any conversation, but not write to one assigned to someone else', async () => {
    const alice = await staff('alice');
    const admin = await staff('admin');
    const { owner, id } = await conversation(alice);
    await deliver(owner, alice, id, 'before the watch');
    expect(await texts(admin, id)).toEqual(['before the watch']);
    expect(snapshotOf(await admin.request({ watchConversation: { conversationId: id, watch: true } }))).toMatchObject({ id, agent: { id: 'alice' } });
    await deliver(owner, admin, id, 'watched');

    await expectRefused(admin, { sendMessage: { conversationId: id, clientMessageId: 'a1', text: 'barging in' } }, 'WUKF_E_FORBIDDEN');
    await expectRefused(admin, { typing: { conversationId: id, typing: true } }, 'WUKF_E_FORBIDDEN');
    // A watcher may read the conversation, so it exists for the admin; leaving receipts is the two sides' business.
    await expectRefused(admin, { markReceipt: { conversationId: id, kind: ReceiptKind.RECEIPT_KIND_READ, seq: 1 } }, 'WUKF_E_FORBIDDEN');

    expect(snapshotOf(await admin.request({ watchConversation: { conversationId: id, watch: false } })).id).toBe(id);
    await deliver(owner, alice, id, 'unwatched');
    await admin.request({ historyRequest: { conversationId: id } });
    expect(admin.messages(id).map((m) => m.text)).toEqual(['watched']);
    expect(await texts(alice, id)).toEqual(['before the watch', 'watched', 'unwatched']);
  });

  it('refuses claim, transfer, watch and presence from visitors with WUKF_E_FORBIDDEN, even on their own conversation', async () => {
    const { owner, id } = await conversation(null);
    const refusals: EnvelopeInit[] = [
      { claimConversation: { conversationId: id } },
      { transferConversation: { conversationId: id, toAgent: 'alice' } },
      // Not AGENT_NOT_FOUND: a visitor must not learn which usernames exist.
      { transferConversation: { conversationId: id, toAgent: 'nobody' } },
      { watchConversation: { conversationId: id, watch: true } },
      { setPresence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } },
    ];
    for (const frame of refusals) await expectRefused(owner, frame, 'WUKF_E_FORBIDDEN');
    const alice = await staff('alice');
    expect(snapshotOf(await owner.request({ openConversation: { conversationId: id } })).state).toBe(ConversationState.CONVERSATION_STATE_QUEUED);
    await alice.request({ claimConversation: { conversationId: id } });
    for (const frame of refusals.slice(1, 3)) await expectRefused(owner, frame, 'WUKF_E_FORBIDDEN');
    expect(snapshotOf(await owner.request({ openConversation: { conversationId: id } })).agent?.id).toBe('alice');
  });

  it('transfers only to an existing agent, after which the old agent is out and the new one in', async () => {
    const alice = await staff('alice');
    const bob = await staff('bob');
    const { owner, id } = await conversation(alice);
    await expectRefused(alice, { transferConversation: { conversationId: id, toAgent: 'nobody' } }, 'WUKF_E_AGENT_NOT_FOUND');
    await deliver(owner, alice, id, 'for alice');

    const bobFrom = bob.frames.length;
    expect(snapshotOf(await alice.request({ transferConversation: { conversationId: id, toAgent: 'bob', note: 'billing' } })).agent?.id).toBe('bob');
    await bob.next((e) => e.body === 'message' && e.message.system?.kind === SystemEventKind.KIND_TRANSFERRED && e.message.system.note === 'billing', bobFrom);
    await expectRefused(alice, { sendMessage: { conversationId: id, clientMessageId: 'late', text: 'late' } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await expectRefused(alice, { historyRequest: { conversationId: id } }, 'WUKF_E_CONVERSATION_NOT_FOUND');
    await deliver(bob, owner, id, 'bob took over');
    await deliver(owner, bob, id, 'for bob');
    await alice.request({ historyRequest: { conversationId: id } });
    expect(alice.messages(id).map((m) => m.text)).not.toContain('for bob');
    expect(await texts(owner, id)).toEqual(['for alice', 'bob took over', 'for bob']);
  });

  it('refuses sends to a closed conversation, but acks a resend of a message stored before the close as a duplicate', async () => {
    const alice = await staff('alice');
    const { owner, id } = await conversation(alice);
    const visitorSeq = await deliver(owner, alice, id, 'question');
    const agentSeq = await deliver(alice, owner, id, 'answer');
    expect(snapshotOf(await alice.request({ closeConversation: { conversationId: id, reason: 'resolved' } })).state).toBe(ConversationState.CONVERSATION_STATE_CLOSED);

    await expectRefused(owner, { sendMessage: { conversationId: id, clientMessageId: 'after', text: 'after' } }, 'WUKF_E_CONVERSATION_CLOSED');
    await expectRefused(alice, { sendMessage: { conversationId: id, clientMessageId: 'after-a', text: 'after' } }, 'WUKF_E_CONVERSATION_CLOSED');
    await expectRefused(owner, { typing: { conversationId: id, typing: true } }, 'WUKF_E_CONVERSATION_CLOSED');
    await expectRefused(alice, { closeConversation: { conversationId: id } }, 'WUKF_E_CONVERSATION_CLOSED');
    for (const [client, clientMessageId, seq] of [[owner, 'question', visitorSeq], [alice, 'answer', agentSeq]] as const) {
      const resend = await client.request({ sendMessage: { conversationId: id, clientMessageId, text: clientMessageId } });
      expect(resend).toMatchObject({ body: 'messageAck', messageAck: { conversationId: id, clientMessageId, seq, duplicate: true } });
    }
    // A resend is idempotent per sender: the visitor cannot claim the agent's id.
    await expectRefused(owner, { sendMessage: { conversationId: id, clientMessageId: 'answer', text: 'answer' } }, 'WUKF_E_CONVERSATION_CLOSED');
    expect(await texts(owner, id)).toEqual(['question', 'answer']);
  });
});

function snapshotOf(reply: Envelope): Snapshot {
  if (reply.body !== 'conversation' || !reply.conversation.conversation) throw new Error(`expected a ConversationEvent, got ${JSON.stringify(reply)}`);
  return reply.conversation.conversation;
}
