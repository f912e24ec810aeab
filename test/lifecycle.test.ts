import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildServer } from '../src/server/http/build-server.js';
import { createLogger } from '../src/server/logger.js';
import { SqliteStore } from '../src/server/store/index.js';
import { cleanupTestServers, scaffoldServerDir, startTestServer } from './helpers/server.js';

const logger = createLogger({ level: 'fatal', format: 'json' });

describe('server lifecycle (in process)', () => {
  afterEach(cleanupTestServers);

  it('answers /ready with 503 until the server is marked ready, and /health all along', async () => {
    const { config } = await scaffoldServerDir();
    const store = SqliteStore.open(config.paths.database);
    const server = buildServer(config, { store, logger, version: '0.0.0-test' });
    try {
      const notReady = await server.app.inject({ method: 'GET', url: '/ready' });
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toMatchObject({ ready: false, error: { code: 'WUKF_E_NOT_READY' } });
      expect((await server.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      server.setReady(true);
      expect((await server.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({ ready: true, connections: 0 });
    } finally {
      await server.app.close();
      await store.close();
    }
  });

  it('closes open WebSockets with 1001 and refuses new upgrades on shutdown', async () => {
    const { url, wsUrl, dbFile, stop } = await startTestServer({ deps: { authenticate: () => ({ kind: 'agent', id: 'test', displayName: 'Test' }) } });

    const clients = [new WebSocket(wsUrl), new WebSocket(wsUrl)];
    await Promise.all(clients.map((c) => once(c, 'open')));
    const closes = clients.map((c) => once(c, 'close') as Promise<[number, Buffer]>);
    const stopped = stop();
    for (const [code, reason] of await Promise.all(closes)) {
      expect(code).toBe(1001);
      expect(reason.toString()).toBe('server shutting down');
    }
    await stopped;

    // The port is released and the database was closed cleanly.
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    const store = SqliteStore.open(dbFile);
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it('refuses upgrades on other paths with 400 and without credentials with 401', async () => {
    const { url } = await startTestServer();
    const attempt = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => reject(new Error('upgrade was accepted')));
        ws.on('error', () => undefined);
      });
    expect(await attempt('/elsewhere')).toBe(400);
    expect(await attempt('/ws')).toBe(401);
  });
});
