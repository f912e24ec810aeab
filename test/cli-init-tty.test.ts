import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
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
    term = TmuxSession.start(`${process.execPath} ${wukfBin} init --dir x --host 127.0.0.1 --port 8600 --tls none --admin admin`, box.root, box.env);
    await term.waitFor('Overwrite them');
    term.send('n', 'Enter');
    const screen = await term.waitFor(/\[exit (\d+)\]/);
    expect(screen).toContain('[exit 73]');
    expect(existsSync(box.path('x', 'wukf.yaml'))).toBe(true);
  });
});
