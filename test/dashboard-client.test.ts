import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, DashboardEventKind, type WukfClient } from '../src/client/index.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, runTestServer, startTestServer } from './helpers/server.js';

/*
 * The SDK's side of the dashboard stream against a real server: the snapshot answers watchDashboard, deltas
 * keep client.dashboard current, and after the server restarts the client subscribes again by itself.
 */

const clients: WukfClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await cleanupTestServers();
});

const sessionIds = (client: WukfClient) => [...client.dashboard.sessions.keys()];

describe('WukfClient.watchDashboard', () => {
  it('keeps client.dashboard from the snapshot and deltas, and subscribes again after a reconnect', async () => {
    const server = await startTestServer();
    const admin = sdkClient(server.wsUrl, await server.adminToken(), { reconnect: { minMs: 20, maxMs: 200 } });
    clients.push(admin);
    await admin.connect();
    const snapshot = await admin.watchDashboard(true);
    expect(snapshot.kind).toBe(DashboardEventKind.KIND_SNAPSHOT);
    expect(admin.dashboard.health?.admins).toBe(1);

    const visitor = sdkClient(server.wsUrl, await server.visitorToken());
    clients.push(visitor);
    await visitor.connect();
    const first = (await visitor.openConversation()).id!;
    await until(() => admin.dashboard.sessions.get(first)?.state === ConversationState.CONVERSATION_STATE_QUEUED, [admin], 'the conversation shows up in a delta');
    expect(admin.dashboard.queues.get('')?.waiting).toBe(1);

    await server.stop();
    await runTestServer(server);
    const second = (await visitor.openConversation()).id!;
    // Only a connection that subscribed again hears of a conversation opened after the restart.
    await until(() => sessionIds(admin).includes(second), [admin], 'the dashboard after the restart');
    expect(admin.dashboard.health?.uptimeS).toBeLessThan(60);

    const stopped = await admin.watchDashboard(false);
    expect(stopped.kind).toBe(DashboardEventKind.KIND_STOPPED);
  });

  it('is refused to an agent', async () => {
    const server = await startTestServer({ agents: [{ username: 'alice', password: 'alice-password-1' }] });
    const agent = sdkClient(server.wsUrl, await server.login('alice', 'alice-password-1'));
    clients.push(agent);
    await agent.connect();
    await expect(agent.watchDashboard(true)).rejects.toMatchObject({ code: 'WUKF_E_FORBIDDEN' });
  });
});
