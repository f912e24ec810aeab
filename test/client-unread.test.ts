import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnreadEvent, WukfClient } from '../src/client/index.js';
import { postJson } from './helpers/auth.js';
import { cleanup as cleanupFake, connectClient, serve } from './helpers/client-harness.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/* client.unreadCount() and the `unread` event, an app's badge, against the real server. */

const clients: WukfClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await cleanupTestServers();
});

/** A device of app user 42: a token from a signed identity, an SDK client, and the unread events it emitted. */
async function device(server: TestServer, cursors?: Record<string, number>) {
  const key = readFileSync(server.config.paths.identityHmacKey, 'utf8').trim();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', key).update(`42:${timestamp}`).digest('hex');
  const { body } = await postJson(`${server.url}/api/v1/visitors`, { userId: '42', timestamp, signature });
  const client = sdkClient(server.wsUrl, body.token as string, { cursors });
  clients.push(client);
  const events: UnreadEvent[] = [];
  client.on('unread', (e) => events.push(e));
  return { client, events };
}

describe('client: unread counts', () => {
  it("counts the other side's messages until read, here or on the user's other device, and nothing of its own", async () => {
    const server = await startTestServer();
    const phone = await device(server);
    const laptop = await device(server);
    const agent = sdkClient(server.wsUrl, server.adminToken);
    clients.push(agent);
    await Promise.all([phone.client.connect(), laptop.client.connect(), agent.connect()]);
    const id = (await phone.client.openConversation({ language: 'en' })).id!;
    await agent.claim(id);

    const sent: number[] = [];
    for (const text of ['hello', 'your parcel left today', 'anything else?']) sent.push((await agent.send(id, text)).seq);
    await phone.client.send(id, 'thanks');
    const both = [phone.client, laptop.client];
    // The phone is not handed back its own message; the laptop is.
    await until(() => phone.client.lastSeq(id) >= sent[2]! && laptop.client.lastSeq(id) > sent[2]!, both, 'every message on both devices');
    // The system events (opened, joined) and the user's own message are not unread.
    expect([phone.client.unreadCount(id), phone.client.unreadCount()]).toEqual([3, 3]);
    expect(laptop.client.unreadCount(id)).toBe(3);
    expect(phone.events.at(-1)).toEqual({ conversationId: id, count: 3, total: 3 });

    phone.client.markRead(id, sent[1]!);
    expect(phone.client.unreadCount(id)).toBe(1);
    expect(phone.events.at(-1)).toEqual({ conversationId: id, count: 1, total: 1 });
    // The read receipt reaches the user's other device: its badge follows.
    await until(() => laptop.client.unreadCount(id) === 1, both, 'the read on the laptop');
    expect(laptop.events.at(-1)).toEqual({ conversationId: id, count: 1, total: 1 });
  });

  it('counts what arrived while the app was closed when it comes back with its cursors, and drops a closed conversation', async () => {
    const server = await startTestServer();
    const first = await device(server);
    const agent = sdkClient(server.wsUrl, server.adminToken);
    clients.push(agent);
    await Promise.all([first.client.connect(), agent.connect()]);
    const id = (await first.client.openConversation({ language: 'en' })).id!;
    await agent.claim(id);
    const early = (await agent.send(id, 'are you there?')).seq;
    await until(() => first.client.unreadCount(id) === 1, [first.client], 'the first message');
    first.client.markRead(id, early);
    expect(first.client.unreadCount()).toBe(0);
    // What the app keeps when it goes to the background, then it closes.
    const cursors = first.client.cursorsSnapshot();
    await first.client.close();

    await agent.send(id, 'we found your parcel');
    await agent.send(id, 'it arrives tomorrow');
    const again = await device(server, cursors);
    await again.client.connect();
    await until(() => again.client.unreadCount(id) === 2, [again.client], 'the two missed messages counted');
    expect(again.events.at(-1)).toEqual({ conversationId: id, count: 2, total: 2 });

    await agent.closeConversation(id);
    await until(() => again.client.unreadCount() === 0, [again.client], 'the closed conversation dropped from the badge');
  });
});

describe('client: unread counts when the server has less than the client saw', () => {
  afterEach(cleanupFake);

  it('drops the unread messages above the seq the server stepped back to, and counts the ones that reuse their seqs', async () => {
    const server = await serve();
    for (let n = 1; n <= 5; n++) server.post('c1', `before the restore ${n}`);
    const { client, log } = connectClient(server, { cursors: { c1: 0 } });
    await client.connect();
    await server.until(() => client.unreadCount('c1') === 5, 'the replay counted');

    // The server's database is restored from a backup that ends at seq 3, and the connection drops.
    server.conversations.get('c1')!.splice(3);
    server.drop();
    await server.until(() => log.rewinds.length === 1, 'the rewind');
    expect(client.unreadCount('c1')).toBe(3);
    server.post('c1', 'after the restore');
    await server.until(() => client.unreadCount('c1') === 4, 'the message reusing seq 4');
  });
});
