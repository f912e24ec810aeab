import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { certificateSans, generateSelfSigned } from '../src/server/tls.js';
import { freePort, sandbox, timeoutForRuns, wukfBin, type Sandbox } from './helpers/cli.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

describe.skipIf(!hasTmux)('wukf init on a terminal', () => {
  let box: Sandbox;
  let term: TmuxSession | undefined;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => {
    term?.kill();
    box.cleanup();
  });

  it('asks for host, port, TLS and admin name, then writes the directory', async () => {
    const port = await freePort();
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x`, box.root, box.env);
    await term.waitFor('Listen address');
    term.send('Enter');
    await term.waitFor('Port');
    term.send('C-u', String(port), 'Enter');
    await term.waitFor('TLS');
    term.send('Down', 'Down', 'Enter');
    await term.waitFor('First admin username');
    term.send('C-u', 'boss', 'Enter');
    const screen = await term.waitFor('[exit 0]');
    expect(screen).toMatch(/username: boss/);
    expect(screen).toMatch(/password: [A-Za-z0-9]{20}/);
    // On a terminal the password is shown and written nowhere.
    expect(existsSync(box.path('x', 'data', 'initial-admin-password'))).toBe(false);
    const config = loadConfig(box.path('x'), {});
    expect(config.values.server).toMatchObject({ host: '127.0.0.1', port, tls: { enabled: false } });
  });

  it('asks before overwriting and writes nothing when told no', { timeout: timeoutForRuns(2) }, async () => {
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x --yes --tls none`, box.root, box.env);
    await term.waitFor('[exit 0]');
    term.kill();
    const before = readFileSync(box.path('x', 'wukf.yaml'), 'utf8');
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x --port 9000 --admin admin`, box.root, box.env);
    // An existing wukf.yaml is not asked about again: the plan is shown, then one question.
    const plan = await term.waitFor('Go ahead?');
    expect(plan).toContain('server.port 8600 -> 9000');
    expect(plan).toMatch(/token-signing\.key.*would keep/);
    term.send('n', 'Enter');
    const screen = await term.waitFor(/\[exit (\d+)\]/);
    expect(screen).toContain('[exit 73]');
    expect(readFileSync(box.path('x', 'wukf.yaml'), 'utf8')).toBe(before);
  });

  it('checks each answer as it is typed and asks again, without blaming a flag', { timeout: timeoutForRuns(2) }, async () => {
    const a = await generateSelfSigned('localhost');
    const b = await generateSelfSigned('localhost');
    writeFileSync(box.path('a.crt'), a.cert);
    writeFileSync(box.path('a.key'), a.key, { mode: 0o600 });
    writeFileSync(box.path('b.key'), b.key, { mode: 0o600 });
    const port = await freePort();
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x`, box.root, box.env);
    await term.waitFor('Listen address');
    term.send('C-u', 'bad host', 'Enter');
    await term.waitFor('expected a host name or IP address');
    term.send('C-u', '127.0.0.1', 'Enter');
    await term.waitFor('Port');
    term.send('C-u', '99999', 'Enter');
    await term.waitFor('expected an integer 1-65535');
    term.send('C-u', String(port), 'Enter');
    await term.waitFor('TLS');
    term.send('Down', 'Enter');
    await term.waitFor('Certificate file');
    term.send('missing.crt', 'Enter');
    await term.waitFor(`${box.path('missing.crt')}: no such file`);
    term.send('C-u', 'a.crt', 'Enter');
    await term.waitFor('Private key file');
    term.send('b.key', 'Enter');
    await term.waitFor('do not match');
    term.send('C-u', 'a.key', 'Enter');
    await term.waitFor('First admin username');
    term.send('C-u', 'Bad Name!', 'Enter');
    const refused = await term.waitFor('username: expected 2-32 characters');
    expect(refused).not.toMatch(/--(admin|tls-cert|tls-key|host|port)/);
    term.send('C-u', 'boss', 'Enter');
    const screen = await term.waitFor(/\[exit (\d+)\]/);
    expect(screen).toContain('[exit 0]');
    expect(screen).toMatch(/username: boss/);
    expect(loadConfig(box.path('x'), {}).paths.certFile).toBe(box.path('a.crt'));
  });

  it('asks for the public names of a self-signed certificate, checking each', { timeout: timeoutForRuns(1) }, async () => {
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x --host 0.0.0.0 --port 9443 --admin admin`, box.root, box.env);
    await term.waitFor('TLS');
    term.send('Enter');
    await term.waitFor('Public host names or IP addresses');
    term.send('chat.example.com,bad_name!', 'Enter');
    await term.waitFor('"bad_name!" is not a host name or IP address');
    term.send('C-u', 'chat.example.com, 203.0.113.7', 'Enter');
    const screen = await term.waitFor(/\[exit (\d+)\]/);
    expect(screen).toContain('[exit 0]');
    const sans = certificateSans(new X509Certificate(readFileSync(box.path('x', 'tls', 'cert.pem'), 'utf8')));
    expect(sans).toEqual(expect.arrayContaining(['chat.example.com', '203.0.113.7', 'localhost']));
  });
});
