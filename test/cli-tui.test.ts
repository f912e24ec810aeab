import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { SqliteStore } from '../src/server/store/index.js';
import { initDir, RUN_BUDGET_MS, sandbox, startServer, timeoutForRuns, wukf, wukfBin, type RunningServer, type Sandbox } from './helpers/cli.js';
import { createAgents } from './helpers/server.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

/*
 * `wukf tui` through the real binary: its flags, the accounts it signs for with --dir, and the console in a
 * real 80x24 terminal without colours.
 */

vi.setConfig({ testTimeout: timeoutForRuns(5) });

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function box(): Sandbox {
  const b = sandbox();
  cleanups.push(() => b.cleanup());
  return b;
}

describe('wukf tui: flags', () => {
  it('refuses missing and conflicting flags with WUKF_E_USAGE, naming the flag', async () => {
    const b = box();
    const cases: [string[], RegExp][] = [
      [[], /--url: give --url <http\(s\):\/\/host:port> to sign in with a password, or --dir <config dir> on the server machine/],
      [['--url', 'ftp://example.com'], /--url: expected http\(s\):\/\/host:port, got "ftp:\/\/example.com"/],
      [['--url', 'http://127.0.0.1:8600', '--dir', b.path('x')], /--url: give --url \(sign in with a password\) or --dir \(on the server machine\), not both/],
      [['--url', 'http://127.0.0.1:8600', '--as', 'alice'], /--as: only with --dir/],
    ];
    for (const [args, message] of cases) {
      const res = await wukf(b, ['tui', ...args]);
      expect(res.exitCode, args.join(' ')).toBe(64);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).toContain('WUKF_E_USAGE');
    }
  });

  it('with --dir signs only for an account that exists: an unknown or removed --as is refused', async () => {
    const b = box();
    const dir = b.path('wukf');
    await initDir(b, dir);
    await createAgents(loadConfig(dir, {}).paths.database, [{ username: 'bob', password: 'bob-password-123' }]);
    const store = SqliteStore.open(loadConfig(dir, {}).paths.database);
    try {
      await store.removeAgent('bob');
    } finally {
      await store.close();
    }
    for (const who of ['ghost', 'bob']) {
      const res = await wukf(b, ['tui', '--dir', dir, '--as', who]);
      expect(res.exitCode).not.toBe(0);
      expect(res.stderr).toContain(`--as: no agent or admin is called "${who}"`);
      expect(res.stderr).toContain('WUKF_E_AGENT_NOT_FOUND');
    }
  });
});

describe.skipIf(!hasTmux)('wukf tui: in a terminal', () => {
  it('signs in with --dir as the first admin, works at 80x24 without colours, and q gives the terminal back', async () => {
    const b = box();
    const dir = b.path('wukf');
    await initDir(b, dir);
    const server: RunningServer = await startServer(b, ['--dir', dir]);
    cleanups.push(() => server.stop());
    const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
    const command = [process.execPath, wukfBin, 'tui', '--dir', dir].map(quote).join(' ');
    const term = TmuxSession.start(command, b.root, { ...b.env, TERM: 'xterm-256color', NO_COLOR: '1' }, { columns: 80, rows: 24 });
    cleanups.push(() => term.kill());

    // The first screen waits for Node, the config, the store, Ink and a login, more than one ordinary command
    // on a loaded machine. (Under CI=true, which .ci/run sets, Ink once drew nothing until exit: see tui.ts.)
    // An admin starts on the dashboard.
    await term.waitFor('connected', 3 * RUN_BUDGET_MS);
    const screen = await term.waitFor('connections');
    expect(screen).toMatch(/wukf · Administrator · online/);
    expect(screen).toContain('[1 Health]');
    expect(screen).toMatch(/Health: OK|Health: \d+ problems?/);
    // NO_COLOR: attributes like bold may stay, colours go.
    expect(term.screen(true)).not.toMatch(/\u001B\[(3[0-7]|9[0-7]|38;)/);

    term.send('4');
    await term.waitFor('No queued or active conversations.');
    term.send('?');
    await term.waitFor('Dashboard keys');
    term.send('Escape');
    await term.waitForGone('Dashboard keys');
    // c opens the agent console; d comes back to the pane it left.
    term.send('c');
    expect(await term.waitFor('Mine (0)')).toContain('Queue (0)');
    term.send('?');
    await term.waitFor('q / ctrl-c');
    term.send('Escape');
    await term.waitForGone('q / ctrl-c');
    expect(term.screen()).toContain('Mine (0)');
    term.send('d');
    await term.waitFor('[4 Sessions]');

    // A resize redraws at the new size: the footer moves to the new last line, and back.
    const footer = (rows: number) => (s: string) => s.split('\n')[rows - 1]!.includes('enter watch');
    term.resize(100, 30);
    await term.waitFor(footer(30));
    term.resize(80, 24);
    await term.waitFor(footer(24));
    term.send('q');
    expect(await term.waitFor('[exit ')).toContain('[exit 0]');
  }, timeoutForRuns(8));
});
