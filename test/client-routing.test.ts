import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '../src/client/index.js';
import { ConversationState, encodeEnvelope, ParticipantKind, ReceiptKind, SystemEventKind } from '../src/proto/index.js';
import { cleanup, connectClient, failure, serve } from './helpers/client-harness.js';

/*
 * The SDK's routing requests against the stand-in server (test/helpers/client-fake-server.ts): the frame each
 * one writes, and what its promise settles with when the server answers or refuses.
 */

afterEach(cleanup);

describe('client: opening in a group', () => {
  it('sends the group and priority with the open, and resolves with the snapshot that carries them', async () => {
    const server = await serve();
    const { client } = connectClient(server);
    await client.connect();
    const snapshot = await client.openConversation({ language: 'en', group: 'billing', priority: 5, context: { order: 'A-7' } });
    const [frame] = server.received('openConversation');
    expect(frame!.openConversation).toMatchObject({ language: 'en', group: 'billing', priority: 5, context: { order: 'A-7' } });
    expect(snapshot).toMatchObject({ state: ConversationState.CONVERSATION_STATE_QUEUED, group: 'billing', priority: 5 });

    // Without them the frame has the proto defaults: any agent, normal priority.
    await client.openConversation({ language: 'en' });
    expect(server.received('openConversation')[1]!.openConversation).toMatchObject({ group: '', priority: 0 });
  });

  it('rejects an open into an unknown group with WUKF_E_GROUP_NOT_FOUND and goes on with the next request', async () => {
    const server = await serve({
      onFrame: (env) =>
        env.body === 'openConversation' && env.openConversation.group === 'nope'
          ? { reply: { error: { code: 'WUKF_E_GROUP_NOT_FOUND', message: 'no group "nope"' } } }
          : 'answer',
    });
    const { client, log } = connectClient(server);
    await client.connect();
    const err = await failure(client.openConversation({ group: 'nope' }));
    expect([err.code, err.message]).toEqual(['WUKF_E_GROUP_NOT_FOUND', 'no group "nope"']);
    expect((await client.openConversation({ group: 'sales' })).group).toBe('sales');
    // A refusal settles its request; it is not also an unsolicited error.
    expect(log.errors).toEqual([]);
  });
});

describe('client: offers', () => {
  it('passes an offer on as a conversation event, and accept() sends AcceptConversation and resolves with the accepted snapshot', async () => {
    const server = await serve();
    const { client } = connectClient(server, { token: 'agent-ann' });
    const offers: ConversationSnapshot[] = [];
    client.on('conversation', (snapshot) => {
      offers.push(snapshot);
      server.emit('change');
    });
    await client.connect();
    const conn = server.connections[0]!;
    const expiresAt = Date.now() + 30_000;
    const assignment = { reason: 'score', breakdown: { agent: 'agent-ann', total: 7.5, language: 1, skills: 0.5, load: 1, shift: 1, fairness: 0 }, assignedAtMs: Date.now() };
    conn.ws.send(
      encodeEnvelope({
        conversation: { conversation: { id: 'c9', state: ConversationState.CONVERSATION_STATE_ACTIVE, agent: conn.you, group: 'billing', priority: 2, assignment, offerExpiresAtMs: expiresAt } },
      }),
    );
    const [offer] = await server.until(() => offers.length === 1 && offers, 'the offer');
    expect(offer).toMatchObject({ id: 'c9', agent: { id: 'agent-ann' }, group: 'billing', priority: 2, assignment, offerExpiresAtMs: expiresAt });

    const accepted = await client.accept('c9');
    expect(server.received('acceptConversation').map((f) => f.acceptConversation.conversationId)).toEqual(['c9']);
    expect(accepted).toMatchObject({ id: 'c9', state: ConversationState.CONVERSATION_STATE_ACTIVE, agent: { id: 'agent-ann' }, offerExpiresAtMs: 0 });
  });

  it('rejects accept() of a conversation not offered to this agent with WUKF_E_NOT_OFFERED', async () => {
    const server = await serve({
      onFrame: (env) =>
        env.body === 'acceptConversation'
          ? { reply: { error: { code: 'WUKF_E_NOT_OFFERED', message: 'c4 is not offered to you', conversationId: env.acceptConversation.conversationId } } }
          : 'answer',
    });
    const { client, log } = connectClient(server, { token: 'agent-ann' });
    await client.connect();
    const err = await failure(client.accept('c4'));
    expect([err.code, err.conversationId]).toEqual(['WUKF_E_NOT_OFFERED', 'c4']);
    expect(log.errors).toEqual([]);
  });
});

describe('client: transfers', () => {
  it('transferToGroup() names the group and no agent; transfer() still names the agent and no group', async () => {
    const server = await serve();
    const { client } = connectClient(server, { token: 'agent-ann' });
    await client.connect();
    const queued = await client.transferToGroup('c1', 'billing', 'invoice question');
    const toAgent = await client.transfer('c2', 'agent-bo', 'your turn', { overrideCapacity: true });
    expect(server.received('transferConversation').map((f) => f.transferConversation)).toMatchObject([
      { conversationId: 'c1', toGroup: 'billing', toAgent: '', note: 'invoice question', overrideCapacity: false },
      { conversationId: 'c2', toGroup: '', toAgent: 'agent-bo', note: 'your turn', overrideCapacity: true },
    ]);
    expect(queued).toMatchObject({ id: 'c1', state: ConversationState.CONVERSATION_STATE_QUEUED, group: 'billing' });
    expect(toAgent).toMatchObject({
      id: 'c2',
      state: ConversationState.CONVERSATION_STATE_ACTIVE,
      agent: { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'agent-bo' },
      assignment: { reason: 'transfer' },
    });
  });

  it('does not acknowledge the entry that hands its conversation to another agent, which it may no longer see', async () => {
    const server = await serve();
    const { client, log } = connectClient(server, { token: 'agent-ann' });
    await client.connect();
    const conn = server.connections[0]!;
    const visitor = { kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: 'v_1' };
    for (const id of ['c1', 'c2']) conn.ws.send(encodeEnvelope({ conversation: { conversation: { id, state: ConversationState.CONVERSATION_STATE_ACTIVE, agent: conn.you, visitor } } }));
    // The server tells of a transfer with its entry first, then with the snapshot that names the new agent.
    const bob = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'agent-bo' };
    const system = { kind: SystemEventKind.KIND_TRANSFERRED, subject: bob, previous: conn.you, note: 'yours now' };
    const wukf = { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM, id: 'wukf' };
    conn.ws.send(encodeEnvelope({ message: { conversationId: 'c1', seq: 1, clientMessageId: 'srv-1', sender: wukf, createdAtMs: Date.now(), system } }));
    server.post('c2', 'hello?', visitor);
    const delivered = (id: string) => server.received('markReceipt').filter((f) => f.markReceipt.kind === ReceiptKind.RECEIPT_KIND_DELIVERED && f.markReceipt.conversationId === id);
    // One socket keeps order: once c2's receipt is in, one for c1 written before it would be too.
    await server.until(() => delivered('c2').length > 0, "c2's delivered receipt");
    expect(log.messages.map((m) => m.conversationId)).toEqual(['c1', 'c2']);
    expect(delivered('c1')).toEqual([]);
  });

  it("rejects each transfer with the server's code: an unknown group, an agent who is away", async () => {
    const server = await serve({
      onFrame: (env) => {
        if (env.body !== 'transferConversation') return 'answer';
        const { conversationId, toGroup, toAgent } = env.transferConversation;
        if (toGroup === 'nope') return { reply: { error: { code: 'WUKF_E_GROUP_NOT_FOUND', message: 'no group "nope"', conversationId } } };
        if (toAgent === 'agent-away') return { reply: { error: { code: 'WUKF_E_AGENT_UNAVAILABLE', message: 'agent-away is away', conversationId } } };
        return 'answer';
      },
    });
    const { client, log } = connectClient(server, { token: 'agent-ann' });
    await client.connect();
    const [toGroup, toAgent] = await Promise.all([failure(client.transferToGroup('c1', 'nope')), failure(client.transfer('c2', 'agent-away'))]);
    expect([toGroup.code, toGroup.conversationId]).toEqual(['WUKF_E_GROUP_NOT_FOUND', 'c1']);
    expect([toAgent.code, toAgent.conversationId]).toEqual(['WUKF_E_AGENT_UNAVAILABLE', 'c2']);
    // Both were refused; the conversations are where they were, so a later transfer goes through.
    expect((await client.transferToGroup('c1', 'sales')).group).toBe('sales');
    expect(log.errors).toEqual([]);
  });
});
