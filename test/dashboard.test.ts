import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, DashboardEventKind, PresenceStatus, type DashboardAgent, type DashboardEvent, type DashboardQueue, type DashboardSession, type Envelope } from '../src/proto/index.js';
import type { RawClient } from './helpers/raw-client.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/** What an admin's dashboard shows, built as docs/protocol.md says: a SNAPSHOT, then every newer DELTA. */
class DashboardModel {
  version = -1;
  agents = new Map<string, DashboardAgent>();
  queues = new Map<string, DashboardQueue>();
  sessions = new Map<string, DashboardSession>();
  /** Frames of the connection applied so far, and the DELTAs among them. */
  seen = 0;
  deltas: { at: number; event: DashboardEvent }[] = [];

  apply(env: Envelope): void {
    if (env.body !== 'dashboard') return;
    const e = env.dashboard;
    if (e.kind === DashboardEventKind.KIND_SNAPSHOT) {
      this.version = e.version!;
      this.agents = new Map(e.agents!.map((a) => [a.username!, a]));
      this.queues = new Map(e.queues!.map((q) => [q.group!, q]));
      this.sessions = new Map(e.sessions!.map((s) => [s.id!, s]));
      return;
    }
    if (e.kind !== DashboardEventKind.KIND_DELTA || e.version! <= this.version) return;
    this.deltas.push({ at: this.seen, event: e });
    this.version = e.version!;
    for (const a of e.agents ?? []) this.agents.set(a.username!, a);
    for (const q of e.queues ?? []) this.queues.set(q.group!, q);
    for (const s of e.sessions ?? []) this.sessions.set(s.id!, s);
    for (const name of e.removedAgents ?? []) this.agents.delete(name);
    for (const group of e.removedQueues ?? []) this.queues.delete(group);
    for (const id of e.removedSessions ?? []) this.sessions.delete(id);
  }

  /** Applies what the connection has received, waiting for more frames until `done` holds. */
  async until(c: RawClient, done: () => boolean): Promise<void> {
    for (;;) {
      while (this.seen < c.frames.length) this.apply(c.frames[this.seen++]!);
      if (done()) return;
      await c.next(() => true, this.seen);
    }
  }
}

const agentLi = { username: 'li', password: 'li-password-12', displayName: 'Li Lei', skills: ['billing'], languages: ['en'], maxConcurrent: 3 };

describe('the admin dashboard stream', () => {
  let srv: TestServer;
  afterEach(cleanupTestServers);

  async function connect(token: string): Promise<RawClient> {
    const c = await srv.raw(token);
    await c.hello();
    return c;
  }

  async function subscribe(admin: RawClient, model: DashboardModel): Promise<DashboardEvent> {
    const reply = await admin.request({ dashboardRequest: { subscribe: true } });
    if (reply.body !== 'dashboard') throw new Error(`expected a DashboardEvent, got ${reply.body}`);
    await model.until(admin, () => model.seen > admin.frames.indexOf(reply));
    return reply.dashboard;
  }

  it('answers an admin with a snapshot, then shows a new conversation, an agent coming online, a claim, a message and a close as deltas', async () => {
    srv = await startTestServer({ limits: { dashboard_interval_ms: 100 }, agents: [agentLi] });
    const admin = await connect(await srv.adminToken());
    const model = new DashboardModel();
    const snapshot = await subscribe(admin, model);
    expect(snapshot.kind).toBe(DashboardEventKind.KIND_SNAPSHOT);
    expect(snapshot.agents).toEqual([
      expect.objectContaining({ username: 'li', displayName: 'Li Lei', status: PresenceStatus.PRESENCE_STATUS_OFFLINE, load: 0, maxConcurrent: 3, skills: ['billing'], languages: ['en'], onShift: true }),
    ]);
    expect(snapshot.sessions).toEqual([]);
    expect(snapshot.health).toMatchObject({ version: 'test', admins: 1, queued: 0, active: 0 });
    expect(snapshot.health!.rssBytes).toBeGreaterThan(0);
    expect(snapshot.health!.databaseBytes).toBeGreaterThan(0);

    const visitor = await connect(await srv.visitorToken());
    const opened = await visitor.request({ openConversation: { language: 'en', skills: ['billing'] } });
    const id = opened.body === 'conversation' ? opened.conversation.conversation!.id! : '';
    const agent = await connect(await srv.login('li', agentLi.password));
    await model.until(admin, () => model.sessions.get(id)?.state === ConversationState.CONVERSATION_STATE_QUEUED && model.agents.get('li')?.status === PresenceStatus.PRESENCE_STATUS_ONLINE);
    expect(model.sessions.get(id)).toMatchObject({ language: 'en', skills: ['billing'], group: '', visitor: { id: expect.any(String) } });
    await model.until(admin, () => model.queues.get('')?.waiting === 1);

    await agent.request({ claimConversation: { conversationId: id } });
    await model.until(admin, () => model.sessions.get(id)?.state === ConversationState.CONVERSATION_STATE_ACTIVE && !model.queues.has('') && model.agents.get('li')?.load === 1);
    expect(model.sessions.get(id)).toMatchObject({ agent: { id: 'li' }, assignment: { reason: 'claim' } });
    expect(model.sessions.get(id)!.assignedAtMs).toBeGreaterThan(0);

    await visitor.request({ sendMessage: { conversationId: id, clientMessageId: 'm1', text: 'where is my order?' } });
    await model.until(admin, () => model.sessions.get(id)?.lastMessage === 'where is my order?');
    expect(model.sessions.get(id)!.lastMessageAtMs).toBeGreaterThan(0);

    // What the deltas built is what a fresh snapshot shows.
    const fresh = new DashboardModel();
    fresh.apply(await admin.request({ dashboardRequest: { subscribe: true } }));
    expect(fresh.sessions).toEqual(model.sessions);
    expect(fresh.queues).toEqual(model.queues);
    const withoutActivity = (m: DashboardModel) => [...m.agents.values()].map(({ lastActivityMs: _, ...rest }) => rest);
    expect(withoutActivity(fresh)).toEqual(withoutActivity(model));

    await agent.request({ closeConversation: { conversationId: id, reason: 'done' } });
    await model.until(admin, () => !model.sessions.has(id) && model.agents.get('li')?.load === 0);
  });

  it("shows routing's state: the agent's load and the routing reason of what it assigned", async () => {
    srv = await startTestServer({ limits: { dashboard_interval_ms: 100 }, routing: { assignment: 'final' }, agents: [agentLi] });
    const admin = await connect(await srv.adminToken());
    const model = new DashboardModel();
    await subscribe(admin, model);
    await connect(await srv.login('li', agentLi.password));
    await model.until(admin, () => model.agents.get('li')?.status === PresenceStatus.PRESENCE_STATUS_ONLINE);
    const visitor = await connect(await srv.visitorToken());
    const opened = await visitor.request({ openConversation: { language: 'en' } });
    const id = opened.body === 'conversation' ? opened.conversation.conversation!.id! : '';
    await model.until(admin, () => model.sessions.get(id)?.state === ConversationState.CONVERSATION_STATE_ACTIVE && model.agents.get('li')?.load === 1);
    expect(model.sessions.get(id)).toMatchObject({ agent: { id: 'li' }, assignment: { reason: expect.stringMatching(/^(score|sticky)$/) } });
    expect(model.agents.get('li')!.lastActivityMs).toBeGreaterThan(0);
  });

  it('stops sending deltas to a connection that asks it to', async () => {
    srv = await startTestServer({ limits: { dashboard_interval_ms: 100 }, agents: [agentLi] });
    const admin = await connect(await srv.adminToken());
    const watching = await connect(await srv.adminToken());
    const model = new DashboardModel();
    const other = new DashboardModel();
    await subscribe(admin, model);
    await subscribe(watching, other);
    const stopped = await admin.request({ dashboardRequest: { subscribe: false } });
    expect(stopped).toMatchObject({ body: 'dashboard', dashboard: { kind: DashboardEventKind.KIND_STOPPED } });
    const mark = admin.frames.length;
    // The other admin's stream goes on; by the time it shows the agent, a delta to the first would have come.
    await connect(await srv.login('li', agentLi.password));
    await other.until(watching, () => other.agents.get('li')?.status === PresenceStatus.PRESENCE_STATUS_ONLINE);
    // A reply comes after everything written to the connection before it.
    await admin.request({ queueRequest: {} });
    expect(admin.frames.slice(mark).filter((e) => e.body === 'dashboard')).toEqual([]);
  });

  it('refuses agents and visitors', async () => {
    srv = await startTestServer({ agents: [agentLi] });
    for (const token of [await srv.login('li', agentLi.password), await srv.visitorToken()]) {
      const c = await connect(token);
      const reply = await c.request({ dashboardRequest: { subscribe: true } });
      expect(reply).toMatchObject({ body: 'error', error: { code: 'WUKF_E_FORBIDDEN' } });
    }
  });

  it('coalesces a burst of 100 messages into a few deltas, each carrying the conversation once', async () => {
    const intervalMs = 500;
    srv = await startTestServer({ limits: { dashboard_interval_ms: intervalMs, rate_burst: 1000, rate_per_second: 1000 }, agents: [agentLi] });
    const admin = await connect(await srv.adminToken());
    const model = new DashboardModel();
    await subscribe(admin, model);
    const visitor = await connect(await srv.visitorToken());
    const opened = await visitor.request({ openConversation: {} });
    const id = opened.body === 'conversation' ? opened.conversation.conversation!.id! : '';
    const agent = await connect(await srv.login('li', agentLi.password));
    await agent.request({ claimConversation: { conversationId: id } });
    await model.until(admin, () => model.sessions.get(id)?.state === ConversationState.CONVERSATION_STATE_ACTIVE);

    const before = model.deltas.length;
    const started = performance.now();
    const acks = Array.from({ length: 100 }, (_, i) => visitor.request({ sendMessage: { conversationId: id, clientMessageId: `b${i + 1}`, text: `message ${i + 1}` } }));
    expect((await Promise.all(acks)).every((a) => a.body === 'messageAck')).toBe(true);
    await model.until(admin, () => model.sessions.get(id)?.lastMessage === 'message 100');
    const elapsed = performance.now() - started;

    const burst = model.deltas.slice(before).filter((d) => d.event.sessions?.some((s) => s.id === id));
    expect(burst.length).toBeGreaterThanOrEqual(1);
    // At most one DELTA per interval (plus the one under way when the burst began), however many messages.
    expect(burst.length).toBeLessThanOrEqual(Math.ceil(elapsed / intervalMs) + 1);
    for (const d of burst) expect(d.event.sessions!.filter((s) => s.id === id)).toHaveLength(1);
    expect(model.deltas.slice(before).length).toBeLessThanOrEqual(Math.ceil(elapsed / intervalMs) + 1);
  });
});
