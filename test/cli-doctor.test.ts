import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSecret } from '../src/server/secrets.js';
import { SqliteStore } from '../src/server/store/index.js';
import { generateSelfSigned } from '../src/server/tls.js';
import { freePort, sandbox, timeoutForRuns, wukf, wukfBin, type Sandbox } from './helpers/cli.js';

let box: Sandbox;
let dir: string;
const servers: Server[] = [];

beforeEach(() => {
  box = sandbox();
  dir = box.path('conf');
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  box.cleanup();
});

interface Setup {
  host?: string;
  /** Host the certificate is issued for. */
  certHost?: string;
  /** Public names the self-signed certificate covers besides its host. */
  tlsNames?: string[];
  days?: number;
  yaml?: string;
}

/** A config dir as `wukf init` would leave it: wukf.yaml, 0600 secrets, a TLS pair, a 0700 data dir and the database. */
async function setupDir(opts: Setup = {}): Promise<{ port: number }> {
  const port = await freePort();
  const host = opts.host ?? '127.0.0.1';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wukf.yaml'), opts.yaml ?? `server:\n  host: "${host}"\n  port: ${port}\n  tls:\n    enabled: true\n`);
  for (const name of ['token-signing.key', 'identity-hmac.key']) writeSecret(join(dir, 'secrets', name), 0o600);
  const pair = await generateSelfSigned(opts.certHost ?? host, { days: opts.days, names: opts.tlsNames });
  writePair(pair);
  mkdirSync(join(dir, 'data'), { recursive: true, mode: 0o700 });
  chmodSync(join(dir, 'data'), 0o700);
  await SqliteStore.open(join(dir, 'data', 'wukf.db')).close();
  return { port };
}

function writeSecret(file: string, mode: number): void {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(file, generateSecret(), { mode });
  chmodSync(file, mode);
}

function writePair(pair: { cert: string; key: string }, which: 'both' | 'key' = 'both'): void {
  mkdirSync(join(dir, 'tls'), { recursive: true });
  if (which === 'both') writeFileSync(join(dir, 'tls', 'cert.pem'), pair.cert);
  writeFileSync(join(dir, 'tls', 'key.pem'), pair.key, { mode: 0o600 });
}

interface Line {
  status: string;
  detail: string;
}

/** Parses the checklist: "  ok    <name>: <detail>" (continuation lines are indented further). */
function checklist(stdout: string): Map<string, Line> {
  const out = new Map<string, Line>();
  for (const match of stdout.matchAll(/^ {2}(ok|FAIL|warn|skip) +([^:\n]+): (.*)$/gm)) {
    out.set(match[2]!, { status: match[1]!, detail: match[3]! });
  }
  return out;
}

async function doctor(args: string[] = []) {
  const res = await wukf(box, ['doctor', '--dir', dir, ...args]);
  return { ...res, checks: checklist(res.stdout) };
}

const ALL_CHECKS = ['node', 'config', 'token signing key', 'identity HMAC key', 'tls certificate', 'tls key', 'tls validity', 'tls names', 'data dir', 'database', 'port'];

describe('wukf doctor', () => {
  it('passes every check on a healthy config dir, in the checklist and as JSON', async () => {
    await setupDir();
    const text = await doctor();
    expect(text.exitCode, text.stdout + text.stderr).toBe(0);
    expect([...text.checks.keys()]).toEqual(ALL_CHECKS);
    for (const [name, line] of text.checks) expect(`${name}: ${line.status}`).toBe(`${name}: ok`);
    expect(text.stdout).toContain('No problems found.');

    const json = await doctor(['--json']);
    expect(json.exitCode, json.stdout + json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { ok: boolean; checks: { name: string; status: string; detail: string }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'database')).toMatchObject({ status: 'ok', detail: expect.stringContaining('integrity ok') });
  }, timeoutForRuns(2));

  it('fails when the database the config points at is missing, with a fix that runs as printed', async () => {
    await setupDir();
    const file = join(dir, 'data', 'wukf.db');
    rmSync(file);
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    const database = res.checks.get('database');
    expect(database?.status).toBe('FAIL');
    expect(database?.detail).toContain(`${file} does not exist`);
    expect(database?.detail).toContain(`node ${wukfBin} start --create-database --dir conf`);
    expect(res.stdout).not.toContain('No problems');
  });

  it('fails on a bad config value with the file and key path, and says the rest was skipped', async () => {
    await setupDir({ yaml: 'server:\n  port: 70000\n' });
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    const config = res.checks.get('config');
    expect(config?.status).toBe('FAIL');
    expect(config?.detail).toContain(`${join(dir, 'wukf.yaml')}: server.port: expected an integer 1-65535, got 70000`);
    for (const name of ['secrets', 'tls', 'data dir', 'database', 'port']) expect(res.checks.get(name)?.status).toBe('skip');
  });

  it('fails when a secret file is readable by others, naming the file and the fix', async () => {
    await setupDir();
    const file = join(dir, 'secrets', 'identity-hmac.key');
    chmodSync(file, 0o644);
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    expect(res.checks.get('identity HMAC key')).toEqual({ status: 'FAIL', detail: expect.stringContaining(`${file}: mode 0644`) });
    expect(res.checks.get('identity HMAC key')?.detail).toContain(`chmod 600 ${file}`);
    expect(res.checks.get('token signing key')?.status).toBe('ok');
  });

  it('fails when a secret holds fewer than 32 bytes', async () => {
    await setupDir();
    const file = join(dir, 'secrets', 'token-signing.key');
    writeFileSync(file, 'too-short-secret\n');
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    expect(res.checks.get('token signing key')).toEqual({ status: 'FAIL', detail: expect.stringContaining(`${file}: holds 16 bytes, at least 32 are needed`) });
  });

  it('fails when the certificate and key do not match', async () => {
    await setupDir();
    writePair(await generateSelfSigned('127.0.0.1'), 'key');
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    expect(res.checks.get('tls certificate')).toEqual({ status: 'FAIL', detail: expect.stringContaining('do not match') });
  });

  it('warns when the certificate expires within 30 days and fails once it has expired', async () => {
    await setupDir({ days: 20 });
    const soon = await doctor();
    expect(soon.exitCode, soon.stdout).toBe(0);
    expect(soon.checks.get('tls validity')).toEqual({ status: 'warn', detail: expect.stringMatching(/expires on .* in 19 days \(less than 30\)/) });
    expect(soon.stdout).toContain('No problems found, 1 warning.');

    // Valid until a day ago: issued with a negative lifetime, as a certificate nobody renewed ends up.
    writePair(await generateSelfSigned('127.0.0.1', { days: -1 }));
    const expired = await doctor();
    expect(expired.exitCode).toBe(1);
    expect(expired.checks.get('tls validity')).toEqual({ status: 'FAIL', detail: expect.stringMatching(/^expired on .*; clients refuse to connect/) });
  }, timeoutForRuns(2));

  it('warns when group or others can read the private key, naming the mode and the fix', async () => {
    await setupDir();
    const key = join(dir, 'tls', 'key.pem');
    chmodSync(key, 0o644);
    const res = await doctor();
    expect(res.exitCode, res.stdout).toBe(0);
    expect(res.checks.get('tls key')).toEqual({ status: 'warn', detail: expect.stringContaining(`${key} has mode 0644: group and others can read the private key`) });
    expect(res.checks.get('tls key')?.detail).toContain(`chmod 600 ${key}`);
    chmodSync(key, 0o640);
    expect((await doctor()).checks.get('tls key')?.detail).toContain('mode 0640: group can read');
  }, timeoutForRuns(2));

  it('on every interface, lists the names the certificate covers and warns when they are only loopback names', async () => {
    await setupDir({ host: '0.0.0.0' });
    const local = await doctor();
    const names = local.checks.get('tls names');
    expect(names?.status, local.stdout).toBe('warn');
    expect(names?.detail).toContain("listening on 0.0.0.0 (every interface), but the certificate covers only this machine's loopback names (localhost, 127.0.0.1, ::1)");
    expect(names?.detail).toContain('docs/tls.md');
    expect(names?.detail).not.toContain('is covered');

    await setupDir({ host: '0.0.0.0', tlsNames: ['chat.example.com', '203.0.113.7'] });
    const named = await doctor();
    expect(named.checks.get('tls names')).toEqual({
      status: 'ok',
      detail: 'listening on 0.0.0.0 (every interface); the certificate covers only chat.example.com, 203.0.113.7, localhost, 127.0.0.1, ::1: clients must connect by one of these names',
    });
  }, timeoutForRuns(2));

  it('fails when server.host is not among the certificate names', async () => {
    // 127.0.0.2 is a loopback address this machine can listen on, but not a name in the certificate.
    await setupDir({ host: '127.0.0.2', certHost: 'chat.example.com' });
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    const names = res.checks.get('tls names');
    expect(names?.status).toBe('FAIL');
    expect(names?.detail).toContain("server.host 127.0.0.2 is not among the certificate's names (chat.example.com, localhost, 127.0.0.1, ::1)");
  });

  it('fails when another process holds the port', async () => {
    const { port } = await setupDir();
    // A plain TCP listener that never answers HTTP: doctor's /health probe must give up and blame it.
    const sockets = new Set<Socket>();
    const squatter = createNetServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    servers.push(squatter);
    squatter.listen(port, '127.0.0.1');
    await once(squatter, 'listening');
    const res = await doctor();
    for (const socket of sockets) socket.destroy();
    expect(res.exitCode).toBe(1);
    expect(res.checks.get('port')).toEqual({ status: 'FAIL', detail: expect.stringContaining(`port ${port} on 127.0.0.1 is used by another process`) });
  });

  it('accepts the port when the process holding it answers /health as wukf', async () => {
    const { port } = await setupDir();
    const pair = await generateSelfSigned('127.0.0.1');
    const running = createHttpsServer({ cert: pair.cert, key: pair.key }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(req.url === '/health' ? JSON.stringify({ status: 'ok', name: 'wukf', version: '9.9.9', uptime: 3 }) : '{}');
    });
    servers.push(running);
    running.listen(port, '127.0.0.1');
    await once(running, 'listening');
    const res = await doctor();
    expect(res.exitCode, res.stdout).toBe(0);
    expect(res.checks.get('port')).toEqual({ status: 'ok', detail: `127.0.0.1:${port} is in use by a running wukf 9.9.9 (ours)` });
  });

  it('fails on a corrupt database file', async () => {
    await setupDir();
    const file = join(dir, 'data', 'wukf.db');
    writeFileSync(file, Buffer.from('this is not an SQLite database, just some garbage bytes '.repeat(100)));
    const res = await doctor();
    expect(res.exitCode).toBe(1);
    expect(res.checks.get('database')).toEqual({ status: 'FAIL', detail: expect.stringContaining(file) });
    expect(res.checks.get('data dir')?.status).toBe('ok');
  });
});
