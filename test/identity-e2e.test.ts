import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, ParticipantKind, type MessageEvent, type WukfClient } from '../src/client/index.js';
import { attemptUpgrade, closeSocket, postJson } from './helpers/auth.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, runTestServer, scaffoldServerDir, startTestServer, type TestServer } from './helpers/server.js';

/*
 * Verified identity end to end, as an APP uses it: its backend signs the user id (the recipe in docs/auth.md,
 * computed here the way a backend does, not with wukf's own code), the app trades the body for a token at
 * POST /api/v1/visitors and connects with the SDK. One user on two devices is one visitor with one history.
 */

const clients: WukfClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await cleanupTestServers();
});

function identityKey(server: TestServer): string {
  return readFileSync(server.config.paths.identityHmacKey, 'utf8').trim();
}

function signedBody(key: string, userId: string, displayName: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  return { userId, timestamp, signature: createHmac('sha256', key).update(`${userId}:${timestamp}`).digest('hex'), displayName };
}

/** One device: a token of its own from a fresh signature, and an SDK client keeping what it is handed. */
async function device(server: TestServer, key: string, userId: string) {
  const res = await postJson(`${server.url}/api/v1/visitors`, signedBody(key, userId, 'Anna Schmidt'));
  expect(res.status).toBe(200);
  const client = sdkClient(server.wsUrl, res.body.token as string, { reconnect: { minMs: 10, maxMs: 100 } });
  clients.push(client);
  const messages: MessageEvent[] = [];
  client.on('message', (m) => messages.push(m));
  const texts = () => messages.filter((m) => m.text).map((m) => m.text);
  return { client, texts, visitorId: res.body.visitor.id as string };
}

async function staff(server: TestServer) {
  const client = sdkClient(server.wsUrl, server.adminToken, { reconnect: { minMs: 10, maxMs: 100 } });
  clients.push(client);
  const texts: string[] = [];
  client.on('message', (m) => m.text && texts.push(m.text));
  await client.connect();
  return { client, texts };
}

describe('verified identity: one user, several devices', () => {
  it('both devices are u_<userId>, take part in the same conversation, and page the same history', async () => {
    const server = await startTestServer();
    const key = identityKey(server);
    const phone = await device(server, key, 'user-42');
    const laptop = await device(server, key, 'user-42');
    expect([phone.visitorId, laptop.visitorId]).toEqual(['u_user-42', 'u_user-42']);
    const agent = await staff(server);

    await phone.client.connect();
    const opened = await phone.client.openConversation({ language: 'en', context: { order: '42' } });
    const id = opened.id!;
    // The laptop connects after the conversation was opened on the phone: it is handed it in its Welcome.
    const welcome = await laptop.client.connect();
    expect(welcome.you).toMatchObject({ kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: 'u_user-42' });
    expect(welcome.conversations.map((c) => c.id)).toEqual([id]);
    await agent.client.claim(id);

    await phone.client.send(id, 'sent from the phone');
    await agent.client.send(id, 'hello Anna');
    await laptop.client.send(id, 'sent from the laptop');
    const all = ['sent from the phone', 'hello Anna', 'sent from the laptop'];
    // A device is not handed back what it sent itself on the same connection; everything else reaches it.
    await until(() => phone.texts().length === 2 && laptop.texts().length === 2, [phone.client, laptop.client], 'the messages on both devices');
    await until(() => agent.texts.includes('sent from the laptop'), [agent.client], "the laptop's message at the agent");
    expect(phone.texts()).toEqual(['hello Anna', 'sent from the laptop']);
    expect(laptop.texts()).toEqual(['sent from the phone', 'hello Anna']);

    const fromPhone = await phone.client.history(id, { limit: 50 });
    const fromLaptop = await laptop.client.history(id, { limit: 50 });
    expect(fromLaptop.messages.map((m) => [m.seq, m.text])).toEqual(fromPhone.messages.map((m) => [m.seq, m.text]));
    expect(fromPhone.messages.filter((m) => m.text).map((m) => m.text)).toEqual(all);
    // Both devices speak as the same visitor.
    expect(new Set(fromPhone.messages.filter((m) => m.text && m.sender?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR).map((m) => m.sender?.id))).toEqual(new Set(['u_user-42']));
  });

  it('the conversation follows the user to a new device, and no other user can reach it', async () => {
    const server = await startTestServer();
    const key = identityKey(server);
    const phone = await device(server, key, 'user-42');
    await phone.client.connect();
    const id = (await phone.client.openConversation({ language: 'en' })).id!;
    await phone.client.send(id, 'my parcel is late');
    await phone.client.close();

    // A new install: no stored token, no cursors; a fresh signature from the app's backend.
    const tablet = await device(server, key, 'user-42');
    const welcome = await tablet.client.connect();
    expect(welcome.conversations.map((c) => [c.id, c.state])).toEqual([[id, ConversationState.CONVERSATION_STATE_QUEUED]]);
    const continued = await tablet.client.openConversation({ continueLatest: true });
    expect(continued.id).toBe(id);
    expect((await tablet.client.history(id)).messages.map((m) => m.text).filter(Boolean)).toEqual(['my parcel is late']);

    const stranger = await device(server, key, 'user-43');
    expect((await stranger.client.connect()).conversations).toEqual([]);
    await expect(stranger.client.history(id)).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_NOT_FOUND' });
    await expect(stranger.client.send(id, 'let me in')).rejects.toMatchObject({ code: 'WUKF_E_CONVERSATION_NOT_FOUND' });
  });
});

describe('verified identity: what is refused', () => {
  it('refuses forged signatures with 401 WUKF_E_IDENTITY_INVALID', async () => {
    const server = await startTestServer();
    const key = identityKey(server);
    const good = signedBody(key, 'user-42', 'Anna');
    const forged = [
      { what: 'a guessed key', body: signedBody('not-the-identity-key', 'user-42', 'Anna') },
      { what: "another user's id under a valid signature", body: { ...good, userId: 'user-43' } },
      { what: 'a moved timestamp', body: { ...good, timestamp: good.timestamp - 1 } },
      { what: 'no signature', body: { userId: 'user-42', timestamp: good.timestamp } },
    ];
    for (const { what, body } of forged) {
      const res = await postJson(`${server.url}/api/v1/visitors`, body);
      expect({ what, status: res.status, code: res.body.error?.code }).toEqual({ what, status: 401, code: 'WUKF_E_IDENTITY_INVALID' });
      expect(res.body.token).toBeUndefined();
    }
    expect((await postJson(`${server.url}/api/v1/visitors`, good)).status).toBe(200);
  });

  it('with auth.anonymous_visitors false, refuses anonymous visitors (new tokens and tokens issued before) and serves verified ones', async () => {
    const prepared = await scaffoldServerDir();
    const before = await runTestServer(prepared);
    const oldAnonymous = await before.visitorToken();
    await before.stop();
    prepared.config.values.auth.anonymous_visitors = false;
    const server = await runTestServer(prepared);

    const anonymous = await postJson(`${server.url}/api/v1/visitors`, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('WUKF_E_IDENTITY_INVALID');
    expect(anonymous.body.error.message).toContain('auth.anonymous_visitors');
    expect((await postJson(`${server.url}/api/v1/visitors`, { displayName: 'Anna' })).status).toBe(401);

    const upgrade = await attemptUpgrade(server.wsUrl, { bearer: oldAnonymous });
    await closeSocket(upgrade);
    expect(upgrade).toMatchObject({ opened: false, status: 401, body: { error: { code: 'WUKF_E_IDENTITY_INVALID' } } });

    const verified = await device(server, identityKey(server), 'user-42');
    expect((await verified.client.connect()).you?.id).toBe('u_user-42');
  });
});
