import { existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askRunningServer } from '../src/cli/running-server.js';
import { loadConfig } from '../src/server/config/index.js';
import { WukfError } from '../src/proto/errors.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';

describe('the control socket of a running server', () => {
  let box: Sandbox;
  const servers: RunningServer[] = [];
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop('SIGKILL');
    box.cleanup();
  });

  it(
    'is a 0600 socket in the data dir that serves admin routes without a token, refuses a second server, and is gone after stop',
    async () => {
      const dir = box.path('srv');
      await initDir(box, dir);
      const config = loadConfig(dir, {});
      const socket = `${config.paths.dataDir}/wukf.sock`;
      expect(await askRunningServer(config, 'GET', '/api/v1/admin/stats')).toBeUndefined();

      const server = await startServer(box, ['--dir', dir]);
      servers.push(server);
      expect(statSync(socket).isSocket()).toBe(true);
      expect(statSync(socket).mode & 0o777).toBe(0o600);

      const stats = await askRunningServer(config, 'GET', '/api/v1/admin/stats');
      expect(stats?.status).toBe(200);
      expect((stats?.body as { version: string }).version).toMatch(/^\d+\.\d+\.\d+/);
      // The public port still wants an admin's token for the same route.
      expect((await fetch(`${server.url}/api/v1/admin/stats`)).status).toBe(401);
      await expect(askRunningServer(config, 'GET', '/api/v1/admin/no-such-route')).rejects.toMatchObject({ code: 'WUKF_E_NOT_FOUND' } satisfies Partial<WukfError>);

      // A second server on the same data directory, on another port, refuses to start before opening the database.
      const second = await wukf(box, ['start', '--dir', dir], { env: { WUKF_PORT: '1' } });
      expect(second.exitCode).toBe(73);
      expect(second.stderr).toContain('WUKF_E_DATA_DIR_IN_USE');

      expect(await server.stop('SIGTERM')).toBe(0);
      servers.splice(0);
      expect(existsSync(socket)).toBe(false);
    },
    timeoutForRuns(4),
  );

  it(
    'is taken over after a kill -9 left it behind',
    async () => {
      const dir = box.path('srv');
      await initDir(box, dir);
      const config = loadConfig(dir, {});
      const first = await startServer(box, ['--dir', dir]);
      await first.stop('SIGKILL');
      expect(existsSync(`${config.paths.dataDir}/wukf.sock`)).toBe(true);
      expect(await askRunningServer(config, 'GET', '/api/v1/admin/stats')).toBeUndefined();

      const again = await startServer(box, ['--dir', dir]);
      servers.push(again);
      expect((await askRunningServer(config, 'GET', '/api/v1/admin/stats'))?.status).toBe(200);
    },
    timeoutForRuns(3),
  );
});
