import { readdirSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initDir, sandbox, timeoutForRuns, wukfBin, type Sandbox } from './helpers/cli.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

describe.skipIf(!hasTmux)('wukf start on a terminal', () => {
  let box: Sandbox;
  let term: TmuxSession | undefined;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => {
    term?.kill();
    box.cleanup();
  });

  it('--create-database shows the new admin password once, and the banner says how to log in with a command that runs', { timeout: timeoutForRuns(3) }, async () => {
    const { port } = await initDir(box, 'x');
    for (const f of readdirSync(box.path('x/data'))) rmSync(box.path('x/data', f));
    // The format a person gets: pretty logs, a banner.
    const env = { ...box.env, WUKF_LOG_FORMAT: 'auto' };
    term = TmuxSession.start(`${process.execPath} ${wukfBin} start --dir x --create-database`, box.root, env, { columns: 200, rows: 50 });
    const screen = await term.waitFor('stop:         Ctrl-C or SIGTERM');
    expect(screen).toMatch(/username: admin\n\s+password: [A-Za-z0-9]{20}\n/);
    expect(screen).toContain(`is ready at http://127.0.0.1:${port}`);
    // No password file (it was shown on the terminal), so the way in is a new password; the hint runs as printed.
    expect(screen).toContain(`admin login:  admin; forgot the password? node ${wukfBin} agent passwd admin --dir x`);
    expect(screen).not.toContain('none (add one');
    term.send('C-c');
    expect(await term.waitFor(/\[exit \d+\]/)).toContain('[exit 0]');
  });
});
