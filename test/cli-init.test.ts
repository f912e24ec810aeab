import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { generateSelfSigned } from '../src/server/tls.js';
import { initialPasswordFrom, sandbox, timeoutForRuns, wukf, wukfBin, type Sandbox } from './helpers/cli.js';
import { createAgents } from './helpers/server.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('wukf init', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.cleanup());

  it('writes config, secrets, TLS, data dir with the first admin, and deploy files; the password goes to a 0600 file, not to a stdout that is no terminal', async () => {
    const dir = box.path('x');
    const res = await wukf(box, ['init', '--dir', 'x', '--yes', '--host', 'chat.example.com', '--port', '9443']);
    expect(res.exitCode, res.stderr).toBe(0);
    const { password, file: passwordFile } = initialPasswordFrom(res.stdout);
    expect(passwordFile).toBe(join(dir, 'data/initial-admin-password'));
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(mode(passwordFile)).toBe(0o600);
    expect(res.stdout).not.toContain(password);
    expect(res.stdout).toMatch(/username:\s+admin/);

    for (const rel of ['wukf.yaml', 'secrets/token-signing.key', 'secrets/identity-hmac.key', 'tls/cert.pem', 'tls/key.pem', 'data/wukf.db', 'deploy/wukf.service', 'deploy/compose.yaml', 'deploy/Dockerfile']) {
      expect(existsSync(join(dir, rel)), rel).toBe(true);
    }
    expect(mode(join(dir, 'secrets/token-signing.key'))).toBe(0o600);
    expect(mode(join(dir, 'secrets/identity-hmac.key'))).toBe(0o600);
    expect(mode(join(dir, 'tls/key.pem'))).toBe(0o600);
    expect(mode(join(dir, 'data'))).toBe(0o700);

    const config = loadConfig(dir, {});
    expect(config.values.server).toMatchObject({ host: 'chat.example.com', port: 9443, tls: { enabled: true } });
    const yaml = readFileSync(join(dir, 'wukf.yaml'), 'utf8');
    expect(yaml).toMatch(/# .*\n\s*port: 9443/);

    // Two inits never share secrets, and the secrets are long random strings.
    const secret = readFileSync(join(dir, 'secrets/token-signing.key'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(readFileSync(join(dir, 'secrets/identity-hmac.key'), 'utf8').trim()).not.toBe(secret);

    // Only a scrypt hash is stored; the password itself is in no other file.
    const db = new Database(join(dir, 'data/wukf.db'), { readonly: true });
    const row = db.prepare("SELECT role, password_hash FROM agents WHERE username = 'admin'").get() as { role: string; password_hash: string };
    db.close();
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^scrypt\$/);
    for (const file of filesUnder(dir).filter((f) => f !== passwordFile)) expect(readFileSync(file).includes(password), file).toBe(false);

    const verify = await wukf(box, ['agent', 'verify', 'admin', '--dir', 'x', '--password-stdin'], { input: password });
    expect(verify.exitCode, verify.stderr).toBe(0);
  });

  it('refuses to overwrite without --force, names the file, and changes nothing', async () => {
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none'])).exitCode).toBe(0);
    const before = Object.fromEntries(filesUnder(box.path('x')).map((f) => [f, readFileSync(f, 'utf8')]));
    const res = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none']);
    expect(res.exitCode).toBe(73);
    expect(res.stderr).toContain(join(box.path('x'), 'wukf.yaml'));
    expect(res.stderr).toContain('--force');
    expect(res.stderr).toContain('WUKF_E_FILE_EXISTS');
    const after = Object.fromEntries(filesUnder(box.path('x')).map((f) => [f, readFileSync(f, 'utf8')]));
    expect(after).toEqual(before);
  });

  it('with --force keeps the secrets and the database and resets the admin password', { timeout: timeoutForRuns(5) }, async () => {
    const first = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none']);
    const oldPassword = initialPasswordFrom(first.stdout).password;
    await createAgents(box.path('x/data/wukf.db'), [{ username: 'bob', password: 'correct horse battery' }]);
    const oldSecret = readFileSync(box.path('x/secrets/token-signing.key'), 'utf8');

    const again = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none', '--force']);
    expect(again.exitCode, again.stderr).toBe(0);
    const newPassword = initialPasswordFrom(again.stdout).password;
    expect(newPassword).not.toBe(oldPassword);
    expect(readFileSync(box.path('x/secrets/token-signing.key'), 'utf8')).toBe(oldSecret);

    const list = await wukf(box, ['agent', 'list', '--dir', 'x', '--json']);
    expect(JSON.parse(list.stdout).map((a: { username: string }) => a.username).sort()).toEqual(['admin', 'bob']);
    expect((await wukf(box, ['agent', 'verify', 'admin', '--dir', 'x', '--password-stdin'], { input: oldPassword })).exitCode).toBe(77);
    expect((await wukf(box, ['agent', 'verify', 'admin', '--dir', 'x', '--password-stdin'], { input: newPassword })).exitCode).toBe(0);
  });

  it('uses the operator\'s own certificate, and refuses a mismatched pair without writing anything', async () => {
    const a = await generateSelfSigned('chat.example.com');
    const b = await generateSelfSigned('chat.example.com');
    writeFileSync(box.path('a.crt'), a.cert);
    writeFileSync(box.path('a.key'), a.key, { mode: 0o600 });
    writeFileSync(box.path('b.key'), b.key, { mode: 0o600 });

    const bad = await wukf(box, ['init', '--dir', 'bad', '--yes', '--tls-cert', 'a.crt', '--tls-key', 'b.key']);
    expect(bad.exitCode).toBe(78);
    expect(bad.stderr).toMatch(/do not match/);
    expect(existsSync(box.path('bad', 'wukf.yaml'))).toBe(false);
    expect(existsSync(box.path('bad', 'data', 'wukf.db'))).toBe(false);

    const good = await wukf(box, ['init', '--dir', 'good', '--yes', '--host', 'chat.example.com', '--tls-cert', 'a.crt', '--tls-key', 'a.key']);
    expect(good.exitCode, good.stderr).toBe(0);
    const config = loadConfig(box.path('good'), {});
    expect(config.paths.certFile).toBe(box.path('a.crt'));
    expect(config.paths.keyFile).toBe(box.path('a.key'));
    expect(existsSync(box.path('good', 'tls'))).toBe(false);
  });

  it('rejects bad flags with exit 64 (65 for a bad value) naming the flag, and writes nothing', { timeout: timeoutForRuns(7) }, async () => {
    const cases: [string[], string][] = [
      [['--port', 'abc'], '--port: expected an integer 1-65535'],
      [['--port', '70000'], '--port: expected an integer 1-65535'],
      [['--host', 'bad host'], '--host: expected a host name or IP address'],
      [['--tls-cert', 'x.pem'], '--tls-key: required with --tls-cert'],
      [['--tls-key', 'x.key'], '--tls-cert: required with --tls-key'],
      [['--tls', 'bogus'], "'bogus' is invalid"],
    ];
    // Independent runs, none of which may write anything: run at once.
    const [admin, ...refused] = await Promise.all([['--admin', 'Bad Name!'], ...cases.map(([flags]) => flags)].map((flags) => wukf(box, ['init', '--dir', 'x', '--yes', ...flags])));
    for (const [i, [flags, message]] of cases.entries()) {
      expect(refused[i]!.exitCode, flags.join(' ')).toBe(64);
      expect(refused[i]!.stderr).toContain(message);
      // The message names the flag; it never dumps the parsed options.
      expect(refused[i]!.stderr).not.toContain('{');
    }
    expect(admin!.exitCode).toBe(65);
    expect(admin!.stderr).toContain('--admin: username');
    expect(existsSync(box.path('x'))).toBe(false);
  });

  it('--dry-run lists what it would create and writes nothing', async () => {
    const res = await wukf(box, ['init', '--dir', 'x', '--yes', '--dry-run']);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stdout).toContain(box.path('x'));
    expect(res.stdout).toMatch(/wukf\.yaml .*would create/);
    expect(res.stdout).toMatch(/deploy\/wukf\.service .*would create/);
    expect(existsSync(box.path('x'))).toBe(false);
  });

  it('fails with exit 73 when the directory cannot be written', async () => {
    writeFileSync(box.path('file'), 'not a directory');
    const res = await wukf(box, ['init', '--dir', 'file/x', '--yes', '--tls', 'none']);
    expect(res.exitCode).toBe(73);
    expect(res.stderr).toContain(box.path('file'));
  });

  it('gives what it creates fixed modes whatever the umask: 0700 for secrets/, tls/ and data/, 0600 for secrets, the key and the database', async () => {
    const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
    const res = await execa(`umask 000; exec ${quote(process.execPath)} ${quote(wukfBin)} init --dir x/y --yes --host 0.0.0.0`, {
      shell: '/bin/sh',
      cwd: box.root,
      env: box.env,
      extendEnv: false,
      reject: false,
    });
    expect(res.exitCode, res.stderr).toBe(0);
    const dir = box.path('x/y');
    const expected: Record<string, number> = {
      x: 0o755,
      'x/y': 0o755,
      'x/y/wukf.yaml': 0o640,
      'x/y/secrets': 0o700,
      'x/y/secrets/token-signing.key': 0o600,
      'x/y/secrets/identity-hmac.key': 0o600,
      'x/y/tls': 0o700,
      'x/y/tls/cert.pem': 0o644,
      'x/y/tls/key.pem': 0o600,
      'x/y/data': 0o700,
      'x/y/data/wukf.db': 0o600,
      'x/y/data/initial-admin-password': 0o600,
      'x/y/deploy': 0o755,
      'x/y/deploy/wukf.service': 0o644,
      'x/y/deploy/compose.yaml': 0o644,
      'x/y/deploy/Dockerfile': 0o644,
      'x/y/deploy/Dockerfile.dockerignore': 0o644,
    };
    const actual = Object.fromEntries(Object.keys(expected).map((rel) => [rel, mode(box.path(rel))]));
    expect(actual).toEqual(expected);
    // Nothing else was created: no staging leftovers, no stray files.
    const created = readdirSync(dir, { recursive: true }).map((rel) => join('x/y', String(rel)));
    expect(created.sort()).toEqual(Object.keys(expected).filter((rel) => rel.startsWith('x/y/')).sort());
  });

  it('honours WUKF_DIR when --dir is absent', async () => {
    const res = await wukf(box, ['init', '--yes', '--tls', 'none'], { env: { WUKF_DIR: box.path('from-env') } });
    expect(res.exitCode, res.stderr).toBe(0);
    expect(existsSync(box.path('from-env', 'wukf.yaml'))).toBe(true);
  });
});

describe('wukf --help and --version', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.cleanup());

  it('prints the version from package.json and help for every command', { timeout: timeoutForRuns(6) }, async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const commands = [['init', '--tls-cert'], ['start', '--auto-init'], ['doctor', '--dir'], ['agent', 'passwd']] as const;
    // Independent runs that only print: run at once.
    const [version, help, ...helps] = await Promise.all([['--version'], ['--help'], ...commands.map(([command]) => [command, '--help'])].map((args) => wukf(box, args)));
    expect(version!.exitCode).toBe(0);
    expect(version!.stdout.trim()).toBe(pkg.version);
    expect(help!.exitCode).toBe(0);
    for (const command of ['init', 'start', 'agent', 'doctor']) expect(help!.stdout).toContain(command);
    for (const [i, [command, flag]] of commands.entries()) {
      expect(helps[i]!.exitCode, command).toBe(0);
      expect(helps[i]!.stdout).toContain(flag);
    }
  });

  it('exits 64 on an unknown command or option', async () => {
    const unknown = await wukf(box, ['frobnicate']);
    expect(unknown.exitCode).toBe(64);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const option = await wukf(box, ['init', '--nope']);
    expect(option.exitCode).toBe(64);
    expect(option.stderr).toContain("unknown option '--nope'");
  });
});
