import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PresenceStatus, ResumeStatus } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

describe('presence, typing, liveness and resume gaps', () => {
  let srv: TestServer;

  beforeEach(async () => {
    srv = await startTestServer({
      limits: { ping_interval_ms: 1000, replay_limit: 3, typing_interval_ms: 60_000 },
      agents: [
        { username: 'alice', password: 'alice-password-1' },
        { username: 'bob', password: 'bob-password-12' },
      ],
    });
  });
  afterEach(cleanupTestServers);

  async function connect(token: string): Promise<RawClient> {
    const c = await srv.raw(token);
    await c.hello();
    return c;
  }

  async function activeConversation(): Promise<{ visitor: RawClient; agent: RawClient; id: string; visitorId: string }> {
    const visitor = await connect(await srv.visitorToken());
    const agent = await connect(await srv.adminToken());
    const opened = (await visitor.request({ openConversation: {} })) as { conversation: { conversation: { id: string; visitor: { id: string } } } };
    const id = opened.conversation.conversation.id;
    await agent.request({ claimConversation: { conversationId: id } });
    return { visitor, agent, id, visitorId: opened.conversation.conversation.visitor.id };
  }

  it("pushes the agent's away/online and the visitor's offline to the other side", async () => {
    const { visitor, agent, visitorId } = await activeConversation();
    const from = visitor.frames.length;
    agent.push({ setPresence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } });
    const away = await visitor.next((e) => e.body === 'presence' && e.presence.participant?.id === 'admin', from);
    expect(away).toMatchObject({ presence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } });

    const mark = agent.frames.length;
    await visitor.close();
    const offline = await agent.next((e) => e.body === 'presence' && e.presence.participant?.id === visitorId, mark);
    expect(offline).toMatchObject({ presence: { status: PresenceStatus.PRESENCE_STATUS_OFFLINE } });
  });

  it('drops a peer that stops answering pings, and the other side sees it go offline', async () => {
    const { visitor, agent, id, visitorId } = await activeConversation();
    const mark = agent.frames.length;
    // A dead peer: its socket stops reading, so the server's pings are never answered.
    visitor.stopReading();
    const offline = await agent.next((e) => e.body === 'presence' && e.presence.participant?.id === visitorId && e.presence.status === PresenceStatus.PRESENCE_STATUS_OFFLINE, mark);
    expect(offline.body).toBe('presence');
    // Reading again, the dead peer finds its connection gone: the server terminated it.
    visitor.resumeReading();
    expect(await visitor.closed).toMatchObject({ code: 1006 });
    // The agent, which answers pings, is still connected and served.
    const ack = await agent.request({ sendMessage: { conversationId: id, clientMessageId: 'still-here', text: 'are you there?' } });
    expect(ack.body).toBe('messageAck');
  }, 15_000);

  it('forwards typing to the other side at most once per interval, and never stores it', async () => {
    const { visitor, agent, id } = await activeConversation();
    const mark = agent.frames.length;
    for (let i = 0; i < 5; i++) visitor.push({ typing: { conversationId: id, typing: true } });
    visitor.push({ typing: { conversationId: id, typing: false } });
    const stopped = await agent.next((e) => e.body === 'typingEvent' && !e.typingEvent.typing, mark);
    expect(stopped.body).toBe('typingEvent');
    const events = agent.frames.slice(mark).filter((e) => e.body === 'typingEvent');
    expect(events.map((e) => (e as { typingEvent: { typing: boolean } }).typingEvent.typing)).toEqual([true, false]);
    const page = await agent.request({ historyRequest: { conversationId: id, limit: 200 } });
    expect((page as { historyPage: { messages: { text?: string }[] } }).historyPage.messages.every((m) => !m.text)).toBe(true);
  });

  it('tells a client that missed more than replay_limit to page history instead, then goes live', async () => {
    const { visitor, id } = await activeConversation();
    let seq = 0;
    for (let i = 0; i < 6; i++) seq = ((await visitor.request({ sendMessage: { conversationId: id, clientMessageId: `m${i}`, text: `t${i}` } })) as { messageAck: { seq: number } }).messageAck.seq;
    const behind = await srv.raw(await srv.adminToken());
    const w = await behind.hello([{ conversationId: id, lastSeq: seq - 5 }]);
    expect(w.welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_GAP_TOO_LARGE, afterSeq: seq - 5, toSeq: seq });
    expect(behind.messages(id)).toEqual([]);
    const nearly = await srv.raw(await srv.adminToken());
    const w2 = await nearly.hello([{ conversationId: id, lastSeq: seq - 2 }]);
    expect(w2.welcome.resume[0]).toMatchObject({ status: ResumeStatus.STATUS_REPLAYING, toSeq: seq });
    expect(nearly.messages(id).map((m) => m.text)).toEqual(['t4', 't5']);
    await visitor.request({ sendMessage: { conversationId: id, clientMessageId: 'live', text: 'live' } });
    const live = await behind.next((e) => e.body === 'message' && e.message.text === 'live');
    expect(live).toMatchObject({ message: { seq: seq + 1 } });
  });

  it("tells admins every agent's presence, and agents only that of people in their conversations", async () => {
    const admin = await connect(await srv.adminToken());
    const alice = await connect(await srv.login('alice', 'alice-password-1'));
    const mark = { admin: admin.frames.length, alice: alice.frames.length };
    const bob = await connect(await srv.login('bob', 'bob-password-12'));
    bob.push({ setPresence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } });
    const seen = await admin.next((e) => e.body === 'presence' && e.presence.participant?.id === 'bob' && e.presence.status === PresenceStatus.PRESENCE_STATUS_AWAY, mark.admin);
    expect(seen.body).toBe('presence');
    // Alice shares no conversation with Bob: after a round trip of her own, she has heard nothing of him.
    await alice.request({ historyRequest: { conversationId: 'none' } });
    expect(alice.frames.slice(mark.alice).some((e) => e.body === 'presence')).toBe(false);
  });
});
