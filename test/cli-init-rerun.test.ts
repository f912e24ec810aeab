import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { initialPasswordFrom, sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';
import { createAgents } from './helpers/server.js';

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** Every file under dir with its content, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [f, readFileSync(f, 'utf8')]),
  );
}

/** The backup path init printed for a file ("… backed up to <path>"). */
function backupOf(stdout: string, rel: string): string {
  const match = new RegExp(`backed up to (${rel.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\.bak-\\S+)`).exec(stdout);
  if (!match) throw new Error(`no backup of ${rel} was printed:\n${stdout}`);
  return match[1]!;
}

const OPERATOR_EDIT = '# Tuned by the operator: keep this comment.\n';

describe('wukf init on an existing directory', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.cleanup());

  it('--force keeps wukf.yaml, both secrets, the TLS pair and the database, resets the one admin and adds none; changed deploy files are backed up', { timeout: timeoutForRuns(6) }, async () => {
    const dir = box.path('x');
    const first = await wukf(box, ['init', '--dir', 'x', '--yes', '--host', 'chat.example.com']);
    expect(first.exitCode, first.stderr).toBe(0);
    const oldPassword = initialPasswordFrom(first.stdout).password;
    writeFileSync(join(dir, 'wukf.yaml'), OPERATOR_EDIT + readFileSync(join(dir, 'wukf.yaml'), 'utf8').replace(/^ {2}level: info$/m, '  level: debug'));
    writeFileSync(join(dir, 'deploy/wukf.service'), '# hand-edited unit\n');
    chmodSync(join(dir, 'deploy/wukf.service'), 0o640);
    await createAgents(join(dir, 'data/wukf.db'), [{ username: 'bob', password: 'correct horse battery' }]);
    const kept = ['wukf.yaml', 'secrets/token-signing.key', 'secrets/identity-hmac.key', 'tls/cert.pem', 'tls/key.pem'].map((rel) => [rel, readFileSync(join(dir, rel), 'utf8')] as const);

    const again = await wukf(box, ['init', '--dir', 'x', '--yes', '--force']);
    expect(again.exitCode, again.stderr).toBe(0);
    for (const [rel, content] of kept) expect(readFileSync(join(dir, rel), 'utf8'), rel).toBe(content);
    expect(loadConfig(dir, {}).values.log.level).toBe('debug');
    expect(again.stdout).toMatch(/token-signing\.key.*kept/);
    expect(again.stdout).toMatch(/password of admin admin reset/);

    // The unit is derived, so it is rewritten; the hand edit survives in the printed backup, mode and all.
    const unitBackup = join(dir, backupOf(again.stdout, 'deploy/wukf.service'));
    expect(readFileSync(unitBackup, 'utf8')).toBe('# hand-edited unit\n');
    expect(mode(unitBackup)).toBe(0o640);
    expect(readFileSync(join(dir, 'deploy/wukf.service'), 'utf8')).toContain('ExecStart=');

    const list = await wukf(box, ['agent', 'list', '--dir', 'x', '--json']);
    expect(JSON.parse(list.stdout).map((a: { username: string; role: string }) => `${a.username}:${a.role}`).sort()).toEqual(['admin:admin', 'bob:agent']);
    const newPassword = initialPasswordFrom(again.stdout).password;
    expect((await wukf(box, ['agent', 'verify', 'admin', '--dir', 'x', '--password-stdin'], { input: oldPassword })).exitCode).toBe(77);
    expect((await wukf(box, ['agent', 'verify', 'admin', '--dir', 'x', '--password-stdin'], { input: newPassword })).exitCode).toBe(0);
  });

  it('--force --port edits the kept wukf.yaml in place; --reset-config and --rotate-secrets replace, each after a backup whose path is printed', { timeout: timeoutForRuns(4) }, async () => {
    const dir = box.path('x');
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none', '--port', '9443'])).exitCode).toBe(0);
    const original = OPERATOR_EDIT + readFileSync(join(dir, 'wukf.yaml'), 'utf8');
    writeFileSync(join(dir, 'wukf.yaml'), original);

    const edit = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--port', '9555']);
    expect(edit.exitCode, edit.stderr).toBe(0);
    const edited = readFileSync(join(dir, 'wukf.yaml'), 'utf8');
    expect(edited).toBe(original.replace(/^ {2}port: 9443$/m, '  port: 9555'));
    expect(edit.stdout).toContain('server.port 9443 -> 9555');
    expect(readFileSync(join(dir, backupOf(edit.stdout, 'wukf.yaml')), 'utf8')).toBe(original);

    const secrets = ['secrets/token-signing.key', 'secrets/identity-hmac.key'].map((rel) => [rel, readFileSync(join(dir, rel), 'utf8')] as const);
    const reset = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--reset-config', '--rotate-secrets', '--tls', 'none']);
    expect(reset.exitCode, reset.stderr).toBe(0);
    expect(readFileSync(join(dir, 'wukf.yaml'), 'utf8')).not.toContain(OPERATOR_EDIT);
    expect(loadConfig(dir, {}).values.server.port).toBe(8600);
    expect(readFileSync(join(dir, backupOf(reset.stdout, 'wukf.yaml')), 'utf8')).toBe(edited);
    for (const [rel, old] of secrets) {
      expect(readFileSync(join(dir, rel), 'utf8'), rel).not.toBe(old);
      const backup = join(dir, backupOf(reset.stdout, rel));
      expect(readFileSync(backup, 'utf8')).toBe(old);
      expect(mode(backup)).toBe(0o600);
    }
  });

  it('with several admins refuses without --admin, naming them; --admin picks one; an unknown --admin adds nobody', { timeout: timeoutForRuns(5) }, async () => {
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none'])).exitCode).toBe(0);
    await createAgents(box.path('x/data/wukf.db'), [{ username: 'root2', password: 'correct horse battery', role: 'admin' }]);

    const ambiguous = await wukf(box, ['init', '--dir', 'x', '--yes', '--force']);
    expect(ambiguous.exitCode).toBe(64);
    expect(ambiguous.stderr).toMatch(/several admins \(admin, root2\).*--admin/);

    const unknown = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--admin', 'carol']);
    expect(unknown.exitCode).toBe(66);
    expect(unknown.stderr).toContain('--admin carol: no admin of that name');
    expect(unknown.stderr).toContain('agent add carol --role admin --dir x');

    const picked = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--admin', 'root2']);
    expect(picked.exitCode, picked.stderr).toBe(0);
    expect((await wukf(box, ['agent', 'verify', 'root2', '--dir', 'x', '--password-stdin'], { input: initialPasswordFrom(picked.stdout).password })).exitCode).toBe(0);
    const list = await wukf(box, ['agent', 'list', '--dir', 'x', '--json']);
    expect(JSON.parse(list.stdout).map((a: { username: string }) => a.username).sort()).toEqual(['admin', 'root2']);
  });

  it('--dry-run says what --force would keep, replace and back up, and writes nothing', { timeout: timeoutForRuns(2) }, async () => {
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none'])).exitCode).toBe(0);
    const before = snapshot(box.path('x'));
    const res = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--rotate-secrets', '--port', '9000', '--dry-run']);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/wukf\.yaml .*would replace: edited.*server\.port 8600 -> 9000; old one backed up first to wukf\.yaml\.bak-/);
    expect(res.stdout).toMatch(/token-signing\.key .*would replace: new secret \(--rotate-secrets\); old one backed up first to secrets\/token-signing\.key\.bak-/);
    expect(res.stdout).toMatch(/data\/wukf\.db .*would keep; password of admin admin would be reset/);
    expect(snapshot(box.path('x'))).toEqual(before);
  });

  it('a database that cannot be opened stops a re-run before any file is replaced, and leaves no temporary or backup file', { timeout: timeoutForRuns(2) }, async () => {
    expect((await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none'])).exitCode).toBe(0);
    writeFileSync(box.path('x/data/wukf.db'), 'not a database, but long enough to be read as one and refused '.repeat(20));
    const before = snapshot(box.path('x'));
    const res = await wukf(box, ['init', '--dir', 'x', '--yes', '--force', '--rotate-secrets', '--port', '9000']);
    expect(res.exitCode).not.toBe(0);
    expect(res.stderr).toContain('wukf.db');
    expect(snapshot(box.path('x'))).toEqual(before);
    expect(existsSync(box.path('x/wukf.yaml'))).toBe(true);
  });
});
