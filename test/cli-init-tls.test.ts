import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certificateSans, generateSelfSigned } from '../src/server/tls.js';
import { sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';

function sansOf(file: string): string[] {
  return certificateSans(new X509Certificate(readFileSync(file, 'utf8')));
}

describe('wukf init: certificate names and files', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.cleanup());

  it('--tls-names puts the public names in the self-signed certificate; a bad name is refused naming it', { timeout: timeoutForRuns(2) }, async () => {
    const [named, bad] = await Promise.all([
      wukf(box, ['init', '--dir', 'x', '--yes', '--host', '0.0.0.0', '--tls-names', 'chat.example.com, 203.0.113.7']),
      wukf(box, ['init', '--dir', 'y', '--yes', '--tls-names', 'chat.example.com,bad_name!']),
    ]);
    expect(named.exitCode, named.stderr).toBe(0);
    expect(sansOf(box.path('x/tls/cert.pem')).sort()).toEqual(['127.0.0.1', '203.0.113.7', '::1', 'chat.example.com', 'localhost'].sort());
    expect(named.stdout).not.toContain('covers only');
    expect(bad.exitCode).toBe(64);
    expect(bad.stderr).toContain('--tls-names: "bad_name!" is not a host name or IP address');
    expect(existsSync(box.path('y'))).toBe(false);
  });

  it('with a wildcard host and no names says the certificate covers only this machine and how to name the public host; --force --tls-names then replaces only the pair', { timeout: timeoutForRuns(2) }, async () => {
    const first = await wukf(box, ['init', '--dir', 'x', '--yes', '--host', '0.0.0.0']);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain('the certificate covers only localhost, 127.0.0.1, ::1');
    expect(first.stdout).toContain('docs/tls.md');
    const advice = /(\S+ \S+ init --force --tls-names \S+ --dir x)/.exec(first.stdout)?.[1];
    expect(advice, first.stdout).toBeDefined();
    const secret = readFileSync(box.path('x/secrets/token-signing.key'), 'utf8');
    const oldCert = readFileSync(box.path('x/tls/cert.pem'), 'utf8');

    // The printed advice, run as printed (plus --yes, since the test has no terminal).
    const [node, bin, ...args] = advice!.split(' ');
    expect(node).toBe('node');
    const again = await wukf(box, [...args, '--yes'], {});
    expect(bin).toMatch(/wukf\.js$/);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(sansOf(box.path('x/tls/cert.pem'))).toContain('chat.example.com');
    expect(readFileSync(box.path('x/secrets/token-signing.key'), 'utf8')).toBe(secret);
    const backup = /tls\/cert\.pem .*backed up to (tls\/cert\.pem\.bak-\S+)/.exec(again.stdout)?.[1];
    expect(readFileSync(join(box.path('x'), backup!), 'utf8')).toBe(oldCert);
  });

  it('names the certificate or key file and what is wrong with it', { timeout: timeoutForRuns(3) }, async () => {
    const a = await generateSelfSigned('chat.example.com');
    writeFileSync(box.path('a.crt'), a.cert);
    writeFileSync(box.path('a.key'), a.key, { mode: 0o600 });
    writeFileSync(box.path('notes.txt'), 'hello\n');
    const [missing, notPem, notKey] = await Promise.all([
      wukf(box, ['init', '--dir', 'x', '--yes', '--tls-cert', 'missing.crt', '--tls-key', 'a.key']),
      wukf(box, ['init', '--dir', 'x', '--yes', '--tls-cert', 'notes.txt', '--tls-key', 'a.key']),
      wukf(box, ['init', '--dir', 'x', '--yes', '--tls-cert', 'a.crt', '--tls-key', 'notes.txt']),
    ]);
    expect(missing.exitCode).toBe(78);
    expect(missing.stderr).toContain(`--tls-cert "missing.crt": ${box.path('missing.crt')}: no such file`);
    expect(notPem.stderr).toContain(`--tls-cert "notes.txt": ${box.path('notes.txt')}: not a PEM certificate`);
    expect(notKey.stderr).toContain(`--tls-key "notes.txt": ${box.path('notes.txt')}: not a PEM private key`);
    expect(existsSync(box.path('x'))).toBe(false);
  });
});
