import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WukfClient, type WebSocketConstructor } from '../src/client/index.js';
import { freePort, initDir, initialPasswordFrom, sandbox, timeoutForRuns, wukf, isAlive, ServerSet, type RunningServer, type Sandbox } from './helpers/cli.js';

function httpsGet(url: string, ca?: string, post?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const tls = ca ? { ca, servername: 'localhost' } : { rejectUnauthorized: false };
    const options = post === undefined ? tls : { ...tls, method: 'POST', headers: { 'content-type': 'application/json' } };
    const req = httpsRequest(url, options, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(post);
  });
}

describe('wukf start', () => {
  let box: Sandbox;
  const servers = new ServerSet();
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(async () => {
    await servers.killAll();
    box.cleanup();
  });

  const start = (args: string[], env?: Record<string, string>): Promise<RunningServer> => servers.start(box, args, env);

  it('serves /health and /ready, refuses unauthenticated upgrades, and exits 0 on SIGTERM', async () => {
    const { port } = await initDir(box, 'x');
    const server = await start(['--dir', 'x']);
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    // stdout is no terminal: the banner is a log record, like every other line.
    expect(await server.waitForLog((e) => e.msg === 'admin login')).toMatchObject({ admins: ['admin'] });

    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', name: 'wukf', version: expect.any(String) });
    expect(body.uptime).toEqual(expect.any(Number));
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);

    const upgrade = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => reject(new Error('an unauthenticated upgrade was accepted')));
      ws.on('error', () => undefined);
    });
    expect(upgrade).toBe(401);

    const code = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(server.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    expect(isAlive(server.proc.pid)).toBe(false);
    // The WAL was checkpointed into the database on the way out.
    const wal = box.path('x/data/wukf.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  });

  it('exits 0 on SIGINT (Ctrl-C)', async () => {
    await initDir(box, 'x');
    const server = await start(['--dir', 'x']);
    expect(await server.stop('SIGINT')).toBe(0);
  });

  it('exits 0 on SIGTERM during startup', async () => {
    await initDir(box, 'x');
    const { execa } = await import('execa');
    const { wukfBin } = await import('./helpers/cli.js');
    const proc = execa(process.execPath, [wukfBin, 'start', '--dir', 'x'], { cwd: box.root, env: box.env, extendEnv: false, reject: false, buffer: false, stdin: 'ignore' });
    // 'starting' is logged once the signal handlers are in place and before the store and port are opened.
    await new Promise<void>((resolve) => {
      let seen = '';
      proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
        seen += d;
        if (seen.includes('"msg":"starting"')) resolve();
      });
    });
    proc.kill('SIGTERM');
    const result = await proc;
    expect(result.exitCode).toBe(0);
    expect(isAlive(proc.pid)).toBe(false);
  });

  it('serves HTTPS with the self-signed certificate, which verifies for localhost', async () => {
    const port = await freePort();
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--port', String(port)])).exitCode).toBe(0);
    const server = await start(['--dir', 'x']);
    expect(server.url).toBe(`https://127.0.0.1:${port}`);
    const ca = readFileSync(box.path('x/tls/cert.pem'), 'utf8');
    const res = await httpsGet(`https://localhost:${port}/health`, ca);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ name: 'wukf' });

    // Frames over TLS both ways: a visitor's message of several kilobytes, its ack, and the history page.
    const visitor = await httpsGet(`https://localhost:${port}/api/v1/visitors`, ca, '{}');
    expect(visitor.status).toBe(200);
    const { token } = JSON.parse(visitor.body) as { token: string };
    const TlsWebSocket = class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { ca });
      }
    };
    const client = new WukfClient({ url: `wss://localhost:${port}/ws`, token, WebSocket: TlsWebSocket as unknown as WebSocketConstructor });
    try {
      await client.connect();
      const conversation = await client.openConversation({});
      const text = 'long message '.repeat(400);
      const ack = await client.send(conversation.id!, text);
      expect(ack).toMatchObject({ seq: 2, duplicate: false });
      const page = await client.history(conversation.id!);
      expect(page.messages.map((m) => m.text ?? '')).toContain(text);
    } finally {
      await client.close();
    }
    expect(await server.stop()).toBe(0);
  });

  it('exits 78 naming the file and key path for a bad config value', async () => {
    await initDir(box, 'x');
    const file = box.path('x/wukf.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/port: \d+/, 'port: abc'));
    const res = await wukf(box, ['start', '--dir', 'x']);
    expect(res.exitCode).toBe(78);
    expect(res.stderr).toContain(`${file}: server.port: expected an integer 1-65535, got "abc"`);
  });

  it('exits 78 when the config is not valid YAML or missing', { timeout: timeoutForRuns(3) }, async () => {
    await initDir(box, 'x');
    writeFileSync(box.path('x/wukf.yaml'), 'server:\n  port: [1, 2\n');
    const broken = await wukf(box, ['start', '--dir', 'x']);
    expect(broken.exitCode).toBe(78);
    expect(broken.stderr).toContain('wukf.yaml');
    const missing = await wukf(box, ['start', '--dir', 'nowhere']);
    expect(missing.exitCode).toBe(78);
    expect(missing.stderr).toMatch(/\n  Run: node \S+\/bin\/wukf\.js init --dir nowhere$/);
  });

  it('exits 69 with a clear message when the port is taken', async () => {
    const { port } = await initDir(box, 'x');
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const res = await wukf(box, ['start', '--dir', 'x']);
      expect(res.exitCode).toBe(69);
      expect(res.stderr).toContain(`127.0.0.1:${port} is already in use`);
      expect(res.stderr).toContain('--port on the command line, WUKF_PORT in the environment, or server.port in wukf.yaml');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('--host and --port override WUKF_HOST/WUKF_PORT, which override wukf.yaml, for this run only', { timeout: timeoutForRuns(4) }, async () => {
    const { port } = await initDir(box, 'x');
    const [flagPort, envPort] = [await freePort(), await freePort()];
    const flagged = await start(['--dir', 'x', '--host', 'localhost', '--port', String(flagPort)], { WUKF_PORT: String(envPort), WUKF_HOST: '127.0.0.1' });
    expect(flagged.url).toBe(`http://localhost:${flagPort}`);
    expect(await flagged.stop()).toBe(0);
    expect(readFileSync(box.path('x/wukf.yaml'), 'utf8')).toContain(`port: ${port}`);

    const bad = await wukf(box, ['start', '--dir', 'x', '--port', '70000']);
    expect(bad.exitCode).toBe(64);
    expect(bad.stderr).toContain('--port: expected an integer 1-65535, got "70000"');
    const help = await wukf(box, ['start', '--help']);
    expect(help.stdout).toContain('Precedence: --host and --port, then WUKF_HOST and WUKF_PORT, then server.host and server.port');
  });

  it('exits 73 when the data directory cannot be written', { timeout: timeoutForRuns(2) }, async () => {
    await initDir(box, 'x');
    writeFileSync(box.path('blocked'), 'a file, not a directory');
    const res = await wukf(box, ['start', '--dir', 'x'], { env: { WUKF_DATA_DIR: box.path('blocked/data') } });
    expect(res.exitCode).toBe(73);
    expect(res.stderr).toContain('is not writable');
    expect(res.stderr).toContain(box.path('blocked'));
  });

  it('exits 73 when the service user may not write the data directory (EACCES)', async () => {
    await initDir(box, 'x');
    const { chmodSync } = await import('node:fs');
    const { execa } = await import('execa');
    const { wukfBin } = await import('./helpers/cli.js');
    const root = process.getuid?.() === 0;
    chmodSync(box.path('x/data'), 0o555);
    // Root may write anywhere through CAP_DAC_OVERRIDE: as root the binary runs without it (and without
    // CAP_DAC_READ_SEARCH), so the directory's mode applies as it does to a service user. Another user would
    // need read access to this checkout, which a clone in a private temp dir does not give.
    const command = root ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search,-fowner', process.execPath] : [process.execPath];
    const res = await execa(command[0]!, [...command.slice(1), wukfBin, 'start', '--dir', 'x'], { cwd: box.root, env: box.env, extendEnv: false, reject: false, input: '' });
    expect(res.exitCode, res.stderr).toBe(73);
    expect(res.stderr).toContain(`data directory ${box.path('x/data')} is not writable (EACCES)`);
  });

  it('exits 78 when a secret is readable by others', async () => {
    await initDir(box, 'x');
    const { chmodSync } = await import('node:fs');
    chmodSync(box.path('x/secrets/token-signing.key'), 0o644);
    const res = await wukf(box, ['start', '--dir', 'x']);
    expect(res.exitCode).toBe(78);
    expect(res.stderr).toContain('token-signing.key');
  });

  it('--auto-init initialises a missing directory for localhost, prints the login, and reuses it next time', async () => {
    const port = await freePort();
    const first = await start(['--dir', '.wukf', '--auto-init'], { WUKF_PORT: String(port) });
    const out = first.lines.join('\n');
    // stdout is no terminal here: the password is in a file, not in what a supervisor would log.
    expect(initialPasswordFrom(out).password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(out).not.toMatch(/password: /);
    expect(await first.waitForLog((e) => String(e.msg).startsWith('initialised the config directory'))).toMatchObject({ admin: 'admin' });
    expect(first.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    expect((await fetch(`${first.url}/demo`)).status).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = await start(['--dir', '.wukf', '--auto-init'], { WUKF_PORT: String(port) });
    expect(second.lines.join('\n')).not.toMatch(/password: /);
    expect(second.lines.some((l) => l.includes('initialised the config directory'))).toBe(false);
    expect(await second.waitForLog((e) => e.msg === 'admin login')).toMatchObject({ admins: ['admin'] });
    expect(await second.stop()).toBe(0);
  });

  it('lets `wukf agent` change accounts while the server runs', { timeout: timeoutForRuns(4) }, async () => {
    await initDir(box, 'x');
    const server = await start(['--dir', 'x']);
    const add = await wukf(box, ['agent', 'add', 'carol', '--dir', 'x', '--skills', 'billing', '--password-stdin'], { input: 'a long enough password' });
    expect(add.exitCode, add.stderr).toBe(0);
    const list = await wukf(box, ['agent', 'list', '--dir', 'x', '--json']);
    expect(JSON.parse(list.stdout).map((a: { username: string }) => a.username)).toContain('carol');
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });
});
