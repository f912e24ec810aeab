import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SystemEventKind, type MessageEvent, type WukfClient } from '../src/client/index.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/* max_concurrent over real sockets: the SDK against the real server, agents with one slot each. */

const passwordOf = (username: string) => `${username}-password-123`;

describe('capacity over the wire', () => {
  let srv: TestServer;
  const clients: WukfClient[] = [];

  beforeEach(async () => {
    srv = await startTestServer({ agents: ['alice', 'bob'].map((username) => ({ username, password: passwordOf(username), maxConcurrent: 1 })) });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await cleanupTestServers();
  });

  async function connected(token: () => Promise<string>): Promise<WukfClient> {
    const c = sdkClient(srv.wsUrl, token);
    clients.push(c);
    await c.connect();
    return c;
  }

  const staff = (username: string) => connected(() => srv.login(username, passwordOf(username)));

  async function queued(): Promise<{ visitor: WukfClient; id: string; seen: MessageEvent[] }> {
    const token = await srv.visitorToken();
    const visitor = await connected(async () => token);
    const seen: MessageEvent[] = [];
    visitor.on('message', (m) => seen.push(m));
    return { visitor, id: (await visitor.openConversation({ language: 'en' })).id!, seen };
  }

  it('refuses a claim and a transfer to an agent at capacity (409, connection open); an admin overrides, and everyone sees it recorded', async () => {
    const alice = await staff('alice');
    const aliceStates: string[] = [];
    alice.on('state', (state) => aliceStates.push(state));
    const bob = await staff('bob');
    const admin = await connected(srv.adminToken);
    const toBob: MessageEvent[] = [];
    bob.on('message', (m) => toBob.push(m));
    const first = await queued();
    const second = await queued();

    await alice.claim(first.id);
    await expect(alice.claim(second.id)).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY', message: expect.stringContaining('alice is at capacity: 1 of 1') });
    await bob.claim(second.id);
    await expect(alice.transfer(first.id, 'bob', 'billing')).rejects.toMatchObject({ code: 'WUKF_E_AGENT_AT_CAPACITY', message: expect.stringContaining('bob is at capacity: 1 of 1') });
    await expect(alice.transfer(first.id, 'bob', 'billing', { overrideCapacity: true })).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });

    const moved = await admin.transfer(first.id, 'bob', 'escalation', { overrideCapacity: true });
    expect(moved.agent?.id).toBe('bob');
    const overCapacity = (m: MessageEvent) => m.conversationId === first.id && m.system?.kind === SystemEventKind.KIND_TRANSFERRED && m.system.capacityOverriddenBy?.id === 'admin';
    await until(() => toBob.some(overCapacity) && first.seen.some(overCapacity), [bob, first.visitor], 'the over-capacity transfer at bob and the visitor');
    expect(first.seen.find(overCapacity)?.system).toMatchObject({ subject: { id: 'bob' }, previous: { id: 'alice' }, note: 'escalation' });

    // The refusals closed nothing: alice, with her slot free again, takes the next conversation on the same connection.
    const third = await queued();
    expect((await alice.claim(third.id)).agent?.id).toBe('alice');
    expect(aliceStates).toEqual([]);
  });
});
