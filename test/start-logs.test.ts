import { readFileSync, watch, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { execa } from 'execa';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbuseLog } from '../src/server/abuse-log.js';
import { RawClient } from './helpers/raw-client.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukfBin, type RunningServer, type Sandbox } from './helpers/cli.js';

/** Resolves once the file holds `text`: checked at once, then at every change the file system reports. */
function fileContains(path: string, text: string, exited: Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(path);
    const check = () => {
      if (readFileSync(path, 'utf8').includes(text)) {
        watcher.close();
        resolve();
      }
    };
    watcher.on('change', check);
    void exited.then(() => {
      watcher.close();
      reject(new Error(`exited before ${text}:\n${readFileSync(path, 'utf8')}`));
    });
    check();
  });
}

describe('the operator log', () => {
  let box: Sandbox;
  const servers: RunningServer[] = [];
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) if (s.proc.exitCode === null) await s.stop('SIGKILL');
    box.cleanup();
  });

  const RUNS = 5;
  it(`is one JSON object per line with stdout to a file, and ends with 'stopped' in each of ${RUNS} runs`, { timeout: timeoutForRuns(RUNS + 1) }, async () => {
    await initDir(box, 'x');
    for (let run = 0; run < RUNS; run++) {
      const out = box.path(`run-${run}.log`);
      writeFileSync(out, '');
      const proc = execa(process.execPath, [wukfBin, 'start', '--dir', 'x'], { cwd: box.root, env: box.env, extendEnv: false, reject: false, stdin: 'ignore', stdout: { file: out } });
      await fileContains(out, '"msg":"ready"', proc);
      proc.kill('SIGTERM');
      expect((await proc).exitCode).toBe(0);
      const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining(['starting', 'admin login', 'ready']));
      expect(records.at(-1)).toMatchObject({ msg: 'stopped' });
    }
  });

  it('logs logins (info), failed logins and the lockout (warn) with username and address, never the password', { timeout: timeoutForRuns(2) }, async () => {
    const { password } = await initDir(box, 'x');
    const server = await startServer(box, ['--dir', 'x']);
    servers.push(server);
    const login = (username: string, pw: string) =>
      fetch(`${server.url}/api/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: pw }) });

    expect((await login('admin', password)).status).toBe(200);
    expect(await server.waitForLog((e) => e.msg === 'login')).toMatchObject({ level: 30, username: 'admin', role: 'admin', address: '127.0.0.1' });

    const wrong = 'Wrong-Horse-Battery-9';
    // Past auth.login_attempts (5) failures of one account from one address, it is locked out.
    for (let i = 0; i < 6; i++) expect((await login('admin', wrong)).status).toBe(401);
    expect(await server.waitForLog((e) => e.msg === 'login failed')).toMatchObject({ level: 40, username: 'admin', address: '127.0.0.1' });
    expect(await server.waitForLog((e) => e.msg === 'login locked out after failed attempts')).toMatchObject({ level: 40 });
    // A password typed as the username is not repeated either.
    await login(wrong, wrong);
    expect(await server.waitForLog((e) => e.msg === 'login failed' && e.username !== 'admin')).toMatchObject({ username: `(not a username: ${wrong.length} characters)` });

    expect(await server.stop()).toBe(0);
    const log = server.lines.join('\n');
    expect(log).not.toContain(wrong);
    expect(log).not.toContain(password);
  });

  it('logs a connection closed for breaking the protocol (warn, kind and address), once per minute however often', { timeout: timeoutForRuns(2) }, async () => {
    await initDir(box, 'x');
    const server = await startServer(box, ['--dir', 'x']);
    servers.push(server);
    const { token } = (await (await fetch(`${server.url}/api/v1/visitors`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
    for (let i = 0; i < 3; i++) {
      const client = await RawClient.connect(`${server.url.replace('http', 'ws')}/ws`, token);
      client.ws.send('text where binary frames are expected');
      expect((await client.closed).code).toBe(1003);
    }
    const record = await server.waitForLog((e) => e.msg === 'a client was refused or disconnected at a limit');
    expect(record).toMatchObject({ level: 40, kind: 'WUKF_E_TEXT_FRAME', address: '127.0.0.1', principal: 'visitor' });
    // At shutdown the counts are written out: three closes, told in fewer lines than three.
    expect(await server.stop()).toBe(0);
    const lines = server.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.kind === 'WUKF_E_TEXT_FRAME');
    expect(lines.length).toBeLessThan(3);
    expect(lines.reduce((n, e) => n + (e.msg === 'more of the same within the minute' ? Number(e.count) : 1), 0)).toBe(3);
    expect(server.lines.join('\n')).not.toContain(token);
  });
});

describe('AbuseLog', () => {
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    return { lines, logger: pino({ level: 'info' }, stream) };
  }

  it('writes one line per kind and address per minute, then the count of the rest', async () => {
    const { lines, logger } = capture();
    let now = 1_000_000;
    const log = new AbuseLog(logger, () => now);
    for (let i = 0; i < 1000; i++) log.report('WUKF_E_RATE_LIMITED', '203.0.113.7');
    log.report('WUKF_E_RATE_LIMITED', '203.0.113.8');
    log.report('WUKF_E_SLOW_CONSUMER', '203.0.113.7');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((l) => [l.kind, l.address])).toEqual([
      ['WUKF_E_RATE_LIMITED', '203.0.113.7'],
      ['WUKF_E_RATE_LIMITED', '203.0.113.8'],
      ['WUKF_E_SLOW_CONSUMER', '203.0.113.7'],
    ]);
    expect(lines.every((l) => l.level === 40)).toBe(true);

    now += 60_000;
    log.sweep();
    log.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.slice(3)).toEqual([expect.objectContaining({ kind: 'WUKF_E_RATE_LIMITED', address: '203.0.113.7', count: 999, level: 40 })]);
  });
});
