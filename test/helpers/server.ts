import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { expect } from 'vitest';
import { applyScaffold, planScaffold } from '../../src/install/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { NewAgent } from '../../src/server/domain/agent.js';
import { CONFIG_FILE_NAME, loadConfig, type Config, type LoadedConfig } from '../../src/server/config/index.js';
import { runServer, type ReadyInfo, type RunOptions } from '../../src/server/lifecycle.js';
import { createLogger } from '../../src/server/logger.js';
import { SqliteStore } from '../../src/server/store/index.js';
import { login } from './auth.js';
import { freePort, sandbox, type Sandbox } from './cli.js';
import { RawClient } from './raw-client.js';
import { visitorToken } from './sdk.js';

/*
 * A real wukf server in this process, in a temp dir, on a free port: what the in-process server tests share.
 * Everything made here is tracked; each test file runs cleanupTestServers() after each test.
 */

const logger = createLogger({ level: 'fatal', format: 'json' });

/** An account for a test: a username and password, and any field that differs from `wukf agent add`'s defaults. */
export interface TestAgent extends Partial<NewAgent> {
  username: string;
  password: string;
}

/**
 * Creates the accounts in the database file, as `wukf agent add` would, without running the binary for each:
 * for tests whose subject is something else (the binary's own tests run `wukf agent add`).
 */
export async function createAgents(database: string, agents: TestAgent[]): Promise<void> {
  const store = SqliteStore.open(database);
  try {
    for (const { password, ...fields } of agents) {
      await store.createAgent(
        { displayName: fields.username, role: 'agent', skills: [], languages: [], maxConcurrent: 5, hours: null, timezone: 'UTC', ...fields },
        await hashPassword(password),
      );
    }
  } finally {
    await store.close();
  }
}

export interface ServerDirOptions {
  /** Written into wukf.yaml's `limits` (keeping its comments) before the config is loaded. */
  limits?: Partial<Config['limits']>;
  /**
   * Written into wukf.yaml's `routing` (weights as a nested object). Absent: `assignment: manual`, so that
   * tests of messaging, claims and the queue decide who takes a conversation themselves.
   */
  routing?: Partial<Omit<Config['routing'], 'weights'>> & { weights?: Partial<Config['routing']['weights']> };
  /** Created in the database before the server starts. */
  agents?: TestAgent[];
  /** HTTPS with a self-signed certificate (tls/cert.pem in the dir) instead of plain HTTP. */
  tls?: boolean;
}

export interface ServerDir {
  dir: string;
  config: LoadedConfig;
  dbFile: string;
  adminPassword: string;
}

export interface TestServerOptions extends ServerDirOptions {
  deps?: RunOptions['deps'];
  /** The server's wall clock (token expiry, timestamps, queue waits); tests move it instead of sleeping. */
  clock?: () => number;
}

export interface TestServer extends ServerDir {
  url: string;
  wsUrl: string;
  port: number;
  visitorToken(): Promise<string>;
  login(username: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** A RawClient connected with this token (no Hello yet); closed before the server stops. */
  raw(token: string): Promise<RawClient>;
  /** Closes its RawClients and shuts the server down gracefully; the temp dir stays until cleanup. */
  stop(): Promise<void>;
}

const boxes: Sandbox[] = [];
const stops: (() => Promise<void>)[] = [];

/** Closes every server (and its RawClients) the test started, then removes their temp dirs. */
export async function cleanupTestServers(): Promise<void> {
  try {
    for (const stop of stops.splice(0)) await stop();
  } finally {
    for (const box of boxes.splice(0)) box.cleanup();
  }
}

/** `wukf init` in a temp dir, in process: no TLS unless asked, a free port, an `admin`; limits and agents as given. */
export async function scaffoldServerDir(opts: ServerDirOptions = {}): Promise<ServerDir> {
  const box = sandbox();
  boxes.push(box);
  const dir = box.path('x');
  const scaffold = await applyScaffold(await planScaffold({ dir, host: '127.0.0.1', port: await freePort(), tls: { mode: opts.tls ? 'self-signed' : 'none' }, adminUsername: 'admin' }));
  const limits = opts.limits ?? {};
  const routing = opts.routing ?? { assignment: 'manual' };
  const file = join(dir, CONFIG_FILE_NAME);
  const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(limits)) doc.setIn(['limits', key], value);
  for (const [key, value] of Object.entries(routing)) {
    if (key === 'weights') for (const [w, v] of Object.entries(value as object)) doc.setIn(['routing', 'weights', w], v);
    else doc.setIn(['routing', key], value);
  }
  writeFileSync(file, doc.toString());
  const config = loadConfig(dir, {});
  expect(config.values.limits).toMatchObject(limits);
  if (opts.agents?.length) await createAgents(config.paths.database, opts.agents);
  return { dir, config, dbFile: config.paths.database, adminPassword: scaffold.admin.password };
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  return runTestServer(await scaffoldServerDir(opts), opts);
}

/** Runs a server on a prepared directory: a new one, or one a stopped server left (a restart). */
export async function runTestServer(prepared: ServerDir, opts: Pick<TestServerOptions, 'deps' | 'clock'> = {}): Promise<TestServer> {
  const shutdown = new AbortController();
  let ready!: (i: ReadyInfo) => void;
  const info = new Promise<ReadyInfo>((r) => (ready = r));
  const done = runServer({ config: prepared.config, logger, version: 'test', signal: shutdown.signal, onReady: ready, deps: opts.deps, clock: opts.clock });
  const clients: RawClient[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const c of clients.splice(0)) {
        if (c.closeCode !== undefined) continue;
        // A client a test stopped reading from would never see the close handshake.
        c.resumeReading();
        await c.close();
      }
      shutdown.abort();
      await done;
    })());
  // Tracked before it is ready, so a startup that hangs is still shut down after the test.
  stops.push(stop);
  const { url } = await Promise.race([info, done.then(() => Promise.reject(new Error('the server stopped before it was ready')))]);
  const server: TestServer = {
    ...prepared,
    url,
    wsUrl: `${url.replace('http', 'ws')}/ws`,
    port: Number(new URL(url).port),
    visitorToken: () => visitorToken(url),
    login: (username, password) => login(url, username, password),
    adminToken: () => login(url, 'admin', prepared.adminPassword),
    raw: async (token) => {
      const c = await RawClient.connect(server.wsUrl, token);
      clients.push(c);
      return c;
    },
    stop,
  };
  return server;
}
