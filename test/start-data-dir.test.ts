import { chmodSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, initDir, sandbox, timeoutForRuns, wukf, wukfBin, isAlive, ServerSet, type RunningServer, type Sandbox } from './helpers/cli.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('wukf start and its data directory', () => {
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

  it('refuses a second server on the same data directory, naming the first; a killed first leaves no lock behind', { timeout: timeoutForRuns(5) }, async () => {
    const { port } = await initDir(box, 'x');
    const first = await start(['--dir', 'x']);
    const lock = box.path('x/data/wukf.lock');

    // Another port, so it is the data directory that is refused and not the address.
    const second = await wukf(box, ['start', '--dir', 'x', '--port', String(await freePort())]);
    expect(second.exitCode, second.stderr).toBe(73);
    expect(second.stderr).toContain(`pid ${first.proc.pid}`);
    expect(second.stderr).toContain(`http://127.0.0.1:${port}`);
    expect(second.stderr).toContain(lock);
    expect(second.stderr).toContain('WUKF_E_DATA_DIR_IN_USE');
    expect(second.stderr).not.toMatch(/\n\s+at /);

    // The first keeps serving, and the commands that open the database beside it still work.
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const list = await wukf(box, ['agent', 'list', '--dir', 'x', '--json']);
    expect(list.exitCode, list.stderr).toBe(0);

    // SIGKILL: no shutdown code runs; the operating system drops the lock with the process.
    expect(await first.stop('SIGKILL')).toBeUndefined();
    const next = await start(['--dir', 'x']);
    expect(next.url).toBe(`http://127.0.0.1:${port}`);
    expect(await next.stop()).toBe(0);
  });

  it('refuses to start on a missing database, and --create-database (as printed) makes one with a first admin', { timeout: timeoutForRuns(4) }, async () => {
    await initDir(box, 'x');
    for (const f of readdirSync(box.path('x/data'))) rmSync(box.path('x/data', f));

    const refused = await wukf(box, ['start', '--dir', 'x']);
    expect(refused.exitCode, refused.stderr).toBe(66);
    expect(refused.stderr).toContain(`the database ${box.path('x/data/wukf.db')} does not exist`);
    expect(refused.stderr).toContain('WUKF_E_DATABASE_MISSING');
    expect(existsSync(box.path('x/data/wukf.db'))).toBe(false);

    // The hint runs as printed: the binary by its path from here, then the arguments.
    const hint = /create a new empty one with a first admin: (node \S+) (start .*)$/m.exec(refused.stderr);
    expect(hint, refused.stderr).not.toBeNull();
    expect(hint![1]).toBe(`node ${wukfBin}`);
    const args = hint![2]!.split(' ');
    expect(args.slice(0, 2)).toEqual(['start', '--create-database']);
    const server = await start(args.slice(1));
    const created = await server.waitForLog((e) => e.msg === 'created the database and its first admin; the password is in passwordFile (mode 0600)');
    const passwordFile = String(created.passwordFile);
    expect(modeOf(passwordFile)).toBe(0o600);
    const login = await server.waitForLog((e) => e.msg === 'admin login');
    expect(login).toMatchObject({ admins: ['admin'] });
    expect(String(login.login)).toContain(passwordFile);
    // Every line on stdout is a log record: no banner text in between.
    expect(server.lines.filter((l) => l.trim() !== '').every((l) => l.startsWith('{'))).toBe(true);

    const { readFileSync } = await import('node:fs');
    const res = await fetch(`${server.url}/api/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: readFileSync(passwordFile, 'utf8').trim() }) });
    expect(res.status).toBe(200);
    expect(await server.stop()).toBe(0);

    // With the database there, the flag changes nothing; the admin now has a password, so the hint is passwd.
    const again = await start(['--dir', 'x', '--create-database']);
    const known = await again.waitForLog((e) => e.msg === 'admin login');
    expect(String(known.login)).toMatch(/agent passwd admin --dir x$/);
    expect(again.lines.some((l) => l.includes('created the database'))).toBe(false);
    expect(await again.stop()).toBe(0);
  });

  it('creates the data directory 0700 and every database file 0600 under umask 000', { timeout: timeoutForRuns(3) }, async () => {
    await initDir(box, 'x');
    const data = box.path('fresh/data');
    const proc = execa('sh', ['-c', `umask 000 && exec "${process.execPath}" "${wukfBin}" start --dir x --create-database`], {
      cwd: box.root,
      env: { ...box.env, WUKF_DATA_DIR: data },
      extendEnv: false,
      reject: false,
      buffer: false,
      stdin: 'ignore',
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let seen = '';
        proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
          seen += d;
          if (seen.includes('"msg":"ready"')) resolve();
        });
        void proc.then((r) => reject(new Error(`exited ${r.exitCode} before ready: ${seen}`)));
      });
      expect(modeOf(data)).toBe(0o700);
      for (const name of ['wukf.db', 'wukf.db-wal', 'wukf.db-shm', 'wukf.lock', 'initial-admin-password']) {
        expect([name, modeOf(`${data}/${name}`).toString(8)]).toEqual([name, '600']);
      }
    } finally {
      proc.kill('SIGTERM');
      expect((await proc).exitCode).toBe(0);
    }
  });

  it('warns at start when the TLS key is readable by group or others', { timeout: timeoutForRuns(3) }, async () => {
    const port = await freePort();
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--port', String(port)])).exitCode).toBe(0);
    const key = box.path('x/tls/key.pem');
    chmodSync(key, 0o640);
    const server = await start(['--dir', 'x']);
    expect(await server.waitForLog((e) => e.keyFile === key)).toMatchObject({ level: 40, mode: '0640' });
    expect(await server.stop()).toBe(0);
  });
});
