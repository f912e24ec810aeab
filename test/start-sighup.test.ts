import { afterEach, beforeEach, expect, it } from 'vitest';
import { initDir, sandbox, startServer, timeoutForRuns, type RunningServer, type Sandbox } from './helpers/cli.js';

let box: Sandbox;
let server: RunningServer | undefined;
beforeEach(() => {
  box = sandbox();
});
afterEach(async () => {
  if (server && server.proc.exitCode === null) await server.stop('SIGKILL');
  box.cleanup();
});

// The systemd unit's ExecReload sends SIGHUP; node's default for it is to exit, which a reload must not do.
it('survives SIGHUP without TLS (systemctl reload), says there is nothing to reload, and keeps serving', { timeout: timeoutForRuns(2) }, async () => {
  await initDir(box, 'x');
  server = await startServer(box, ['--dir', 'x']);
  const logged = server.waitForLog((e) => typeof e.msg === 'string' && e.msg.startsWith('SIGHUP: nothing to reload'));
  server.proc.kill('SIGHUP');
  await logged;
  const health = await fetch(`${server.url}/health`);
  expect(health.status).toBe(200);
  expect(await server.stop('SIGTERM')).toBe(0);
});
