import { afterEach, beforeEach, expect, it } from 'vitest';
import type { WukfClient } from '../src/client/index.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';
import { Recorder } from './helpers/routing.js';
import { login, sdkClient, visitorToken } from './helpers/sdk.js';

let box: Sandbox;
let server: RunningServer | undefined;
const clients: WukfClient[] = [];
beforeEach(() => {
  box = sandbox();
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  if (server && server.proc.exitCode === null) await server.stop('SIGKILL');
  box.cleanup();
});

// Found by the first-run walkthrough: an agent added while the server ran signed in, went online, and was
// never offered a conversation (routing knew only the accounts read at start).
it('routes to an agent that `wukf agent add` created while the server runs', { timeout: timeoutForRuns(4) }, async () => {
  const { password: adminPassword } = await initDir(box, 'x');
  server = await startServer(box, ['--dir', 'x']);
  const password = 'li-wei-password-1';
  const added = await wukf(box, ['agent', 'add', 'li.wei', '--dir', 'x', '--password-stdin'], { input: `${password}\n` });
  expect(added.exitCode, added.stderr).toBe(0);
  expect(added.stderr).not.toContain('warning');

  const ws = `${server.url.replace('http', 'ws')}/ws`;
  // The admin stays away, so li.wei is the one agent routing may choose.
  const admin = sdkClient(ws, await login(server.url, 'admin', adminPassword));
  const agent = sdkClient(ws, await login(server.url, 'li.wei', password));
  const visitor = sdkClient(ws, await visitorToken(server.url));
  clients.push(admin, agent, visitor);
  await admin.connect();
  await admin.setPresence('away');
  const seen = new Recorder(agent);
  await agent.connect();
  await agent.setPresence('online');
  await visitor.connect();
  const opened = await visitor.openConversation({ language: 'en' });
  await seen.wait(() => seen.withAgent(opened.id!, 'li.wei'), 'offered to li.wei');
});
