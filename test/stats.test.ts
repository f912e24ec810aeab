import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyScaffold, planScaffold } from '../src/install/index.js';
import { PresenceStatus } from '../src/proto/index.js';
import { loadConfig } from '../src/server/config/index.js';
import type { ServerStats } from '../src/server/http/stats-route.js';
import { runServer, type ReadyInfo } from '../src/server/lifecycle.js';
import { createLogger } from '../src/server/logger.js';
import { CommitRecorder } from '../src/server/store/commit-stats.js';
import { SqliteStore } from '../src/server/store/index.js';
import { login, postJson } from './helpers/auth.js';
import { freePort, sandbox, type Sandbox } from './helpers/cli.js';
import { RawClient } from './helpers/raw-client.js';
import { createAgents } from './helpers/server.js';

const logger = createLogger({ level: 'fatal', format: 'json' });
const AGENT = { username: 'ann', password: 'correct horse battery' };

interface Answer {
  status: number;
  body: Record<string, any>;
}

describe('GET /api/v1/admin/stats', () => {
  let box: Sandbox;
  let shutdown: AbortController;
  let running: Promise<void>;
  let url: string;
  let wsUrl: string;
  let adminToken: string;
  let database: string;
  /** performance.now() just before the server started, and once it was ready. */
  let startedAt: number;
  let readyAt: number;
  const clients: RawClient[] = [];

  beforeEach(async () => {
    box = sandbox();
    const dir = box.path('x');
    const result = await applyScaffold(await planScaffold({ dir, host: '127.0.0.1', port: await freePort(), tls: { mode: 'none' }, adminUsername: 'admin' }));
    const config = loadConfig(dir, {});
    database = config.paths.database;
    await createAgents(database, [{ ...AGENT, displayName: 'Ann' }]);
    shutdown = new AbortController();
    let ready!: (i: ReadyInfo) => void;
    const info = new Promise<ReadyInfo>((r) => (ready = r));
    startedAt = performance.now();
    running = runServer({ config, logger, version: '9.9.9-test', signal: shutdown.signal, onReady: ready });
    url = (await info).url;
    readyAt = performance.now();
    wsUrl = `${url.replace('http', 'ws')}/ws`;
    adminToken = await login(url, 'admin', result.admin.password);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    shutdown.abort();
    await running;
    box.cleanup();
  });

  async function stats(token: string | undefined, query = ''): Promise<Answer> {
    const res = await fetch(`${url}/api/v1/admin/stats${query}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  async function figures(query = ''): Promise<ServerStats> {
    const res = await stats(adminToken, query);
    expect(res.status).toBe(200);
    return res.body as ServerStats;
  }

  async function connect(token: string): Promise<RawClient> {
    const c = await RawClient.connect(wsUrl, token);
    clients.push(c);
    await c.hello();
    return c;
  }

  async function visitorToken(): Promise<string> {
    return (await postJson(`${url}/api/v1/visitors`, {})).body.token as string;
  }

  it('answers an admin with the process, event loop, connection, conversation and store figures', async () => {
    const asked = performance.now();
    const s = await figures();
    const answered = performance.now();
    const n = expect.any(Number);
    expect(s).toEqual({
      version: '9.9.9-test',
      uptimeS: n,
      process: { rssBytes: n, heapUsedBytes: n, cpuUserSeconds: n, cpuSystemSeconds: n },
      eventLoopDelayMs: { p50: n, p99: n, max: n },
      connections: { total: 0, visitors: 0, agents: 0, admins: 0 },
      conversations: { queued: 0, active: 0 },
      store: { commits: n, writes: n, writesPerCommitAvg: n, writesPerCommitMax: n, commitMsAvg: n, commitMsP50: n, commitMsP99: n, commitMsMax: n },
    });
    // Whole seconds since the server started: no fewer than passed between ready and the request, no more
    // than between starting it and the answer, however slow this machine is.
    expect(Number.isInteger(s.uptimeS)).toBe(true);
    expect(s.uptimeS).toBeGreaterThanOrEqual(Math.round((asked - readyAt) / 1000));
    expect(s.uptimeS).toBeLessThanOrEqual(Math.round((answered - startedAt) / 1000));
    expect(s.process.rssBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(s.process.heapUsedBytes).toBeGreaterThan(0);
    expect(s.process.heapUsedBytes).toBeLessThan(s.process.rssBytes);
    expect(s.process.cpuUserSeconds).toBeGreaterThan(0);
    expect(s.eventLoopDelayMs.p50).toBeLessThanOrEqual(s.eventLoopDelayMs.p99);
    expect(s.eventLoopDelayMs.p99).toBeLessThanOrEqual(s.eventLoopDelayMs.max);
  });

  it('reports a stall of the event loop as its length in milliseconds', async () => {
    // The server runs in this process: keeping the event loop busy for 200 ms is a stall the test controls.
    const stall = 200;
    const until = performance.now() + stall;
    while (performance.now() < until);
    // The histogram samples on a timer. A request sent from the check phase is read in the poll phase of a
    // later turn of the loop, and each turn first runs the timers that are due: the stall is in its answer.
    await new Promise((resolve) => setImmediate(resolve));
    const s = await figures();
    const answered = performance.now();
    // Beyond the 10 ms sampling interval, in milliseconds: nanoseconds or microseconds would come to more
    // than the time the server has been running.
    expect(s.eventLoopDelayMs.max).toBeGreaterThanOrEqual(stall - 10);
    expect(s.eventLoopDelayMs.max).toBeLessThanOrEqual(answered - startedAt);
    expect(s.eventLoopDelayMs.p50).toBeLessThanOrEqual(s.eventLoopDelayMs.p99);
    expect(s.eventLoopDelayMs.p99).toBeLessThanOrEqual(s.eventLoopDelayMs.max);
  });

  it('counts connections by kind and conversations by state', async () => {
    const v = await connect(await visitorToken());
    const a = await connect(adminToken);
    expect((await figures()).connections).toEqual({ total: 2, visitors: 1, agents: 0, admins: 1 });

    const opened = await v.request({ openConversation: {} });
    const id = (opened as { conversation: { conversation: { id: string } } }).conversation.conversation.id;
    expect((await figures()).conversations).toEqual({ queued: 1, active: 0 });
    await a.request({ claimConversation: { conversationId: id } });
    expect((await figures()).conversations).toEqual({ queued: 0, active: 1 });

    // The server has let the visitor go once it tells the admin the visitor is offline.
    const mark = a.frames.length;
    await v.close();
    await a.next((e) => e.body === 'presence' && e.presence.participant?.id?.startsWith('v_') === true && e.presence.status === PresenceStatus.PRESENCE_STATUS_OFFLINE, mark);
    expect((await figures()).connections).toEqual({ total: 1, visitors: 0, agents: 0, admins: 1 });
  });

  it('counts store commits and writes, and ?reset=1 starts them from zero after answering', async () => {
    const v = await connect(await visitorToken());
    const opened = await v.request({ openConversation: {} });
    const id = (opened as { conversation: { conversation: { id: string } } }).conversation.conversation.id;

    const before = await figures('?reset=1');
    expect(before.store.commits).toBeGreaterThanOrEqual(1);
    expect(before.store.writes).toBeGreaterThanOrEqual(1);
    expect((await figures()).store).toEqual({ commits: 0, writes: 0, writesPerCommitAvg: 0, writesPerCommitMax: 0, commitMsAvg: 0, commitMsP50: 0, commitMsP99: 0, commitMsMax: 0 });

    // Acks come only after the commit, so every message below is counted by the time its ack arrives.
    for (let i = 0; i < 5; i++) await v.request({ sendMessage: { conversationId: id, clientMessageId: `m${i}`, text: `t${i}` } });
    const after = (await figures('?reset=1')).store;
    expect(after.commits).toBeGreaterThanOrEqual(1);
    expect(after.commits).toBeLessThanOrEqual(5);
    expect(after.writes).toBe(5);
    expect(after.writesPerCommitMax).toBeGreaterThanOrEqual(1);
    expect(after.writesPerCommitAvg).toBeCloseTo(after.writes / after.commits);
    expect(after.commitMsMax).toBeGreaterThan(0);
    expect(after.commitMsAvg).toBeLessThanOrEqual(after.commitMsMax);
    expect(after.commitMsP99).toBeGreaterThan(0);
    expect(after.commitMsP99).toBeLessThanOrEqual(after.commitMsMax);

    expect((await figures()).store.commits).toBe(0);
  });

  it('refuses visitors and agents with 403, and a missing or invalid token with 401', async () => {
    const visitor = await stats(await visitorToken());
    expect(visitor).toMatchObject({ status: 403, body: { error: { code: 'WUKF_E_FORBIDDEN' } } });
    const agent = await stats(await login(url, AGENT.username, AGENT.password));
    expect(agent).toMatchObject({ status: 403, body: { error: { code: 'WUKF_E_FORBIDDEN' } } });
    expect(await stats(undefined)).toMatchObject({ status: 401, body: { error: { code: 'WUKF_E_UNAUTHENTICATED' } } });
    expect(await stats('not-a-token')).toMatchObject({ status: 401, body: { error: { code: 'WUKF_E_UNAUTHENTICATED' } } });
    // The WebSocket's ?token= does not count here: an admin token does not belong in a URL.
    expect(await stats(undefined, `?token=${adminToken}`)).toMatchObject({ status: 401 });
  });

  it('refuses a revoked admin token (the token-version check) and a reset that is not 0 or 1', async () => {
    expect(await stats(adminToken, '?reset=yes')).toMatchObject({ status: 400, body: { error: { code: 'WUKF_E_INVALID_INPUT', message: 'reset: expected 0 or 1' } } });
    // What `wukf agent revoke admin` does while the server runs: a second connection to the same database.
    const store = SqliteStore.open(database);
    await store.revokeTokens('admin');
    await store.close();
    expect(await stats(adminToken)).toMatchObject({ status: 401, body: { error: { code: 'WUKF_E_TOKEN_REVOKED' } } });
  });
});

describe('CommitRecorder', () => {
  it('reports a p99 at most 9 % above the true one and never above the max', () => {
    const recorder = new CommitRecorder();
    // 1,000 commits taking 1..1000 µs, then ten slow ones: the true p99 is the 1,000th fastest, 1 ms.
    for (let us = 1; us <= 1000; us++) recorder.record(2, us / 1000);
    for (let i = 0; i < 10; i++) recorder.record(40, 250);
    const s = recorder.read();
    expect(s).toMatchObject({ commits: 1010, writes: 2400, writesPerCommitMax: 40, commitMsMax: 250 });
    expect(s.commitMsP99).toBeGreaterThanOrEqual(1);
    expect(s.commitMsP99).toBeLessThanOrEqual(1.09);
    // The bucket's upper bound is capped by the slowest commit seen.
    const one = new CommitRecorder();
    one.record(1, 3);
    expect(one.read().commitMsP99).toBe(3);
  });
});
