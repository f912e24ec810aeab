import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it as base, vi } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { SqliteStore } from '../src/server/store/index.js';
import { login } from './helpers/auth.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukf, wukfBin, type RunOptions, type Sandbox } from './helpers/cli.js';
import { createAgents } from './helpers/server.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

const PASSWORD = 'correct horse battery';

/** One test's sandbox with a config directory, and `wukf group …` / `wukf agent …` pointed at it. */
class GroupCli {
  readonly box: Sandbox = sandbox();
  dir = this.box.path('wukf');
  readonly terminals: { kill(): void }[] = [];

  constructor() {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'wukf.yaml'), 'server:\n  port: 8600\n');
  }

  run(args: string[], opts?: RunOptions) {
    return wukf(this.box, [...args, '--dir', this.dir], opts);
  }

  async ok(args: string[], opts?: RunOptions) {
    const res = await this.run(args, opts);
    expect(res.exitCode, `${args.join(' ')}: ${res.stderr}`).toBe(0);
    return res;
  }

  /** Groups and agents straight in the database, for tests whose subject is another command. */
  async seed(groups: { name: string; fallback?: string }[], agents: { username: string; groups?: string[] }[] = []): Promise<void> {
    const store = SqliteStore.open(this.database());
    try {
      for (const g of groups) await store.createGroup({ name: g.name, displayName: g.name, description: '', fallback: g.fallback ?? null });
    } finally {
      await store.close();
    }
    await createAgents(this.database(), agents.map((a) => ({ password: PASSWORD, ...a })));
  }

  async read<T>(use: (store: SqliteStore) => Promise<T>): Promise<T> {
    const store = SqliteStore.open(this.database());
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  }

  private database(): string {
    return loadConfig(this.dir, {}).paths.database;
  }
}

// The longest test runs the binary eight times one after another.
vi.setConfig({ testTimeout: timeoutForRuns(8) });
const it = base.extend<{ cli: GroupCli }>({
  cli: async ({}, use) => {
    const cli = new GroupCli();
    try {
      await use(cli);
    } finally {
      for (const t of cli.terminals) t.kill();
      cli.box.cleanup();
    }
  },
});

describe.concurrent('wukf group', () => {
  it('adds groups, lists them as a table and as JSON, and updates only the flags given', async ({ cli }) => {
    expect((await cli.ok(['group', 'list'])).stdout).toContain('group add <name>');
    const added = await cli.ok(['group', 'add', 'sales', '--name', '销售', '--description', 'new customers']);
    expect(added.stdout).toMatch(/added group sales\n\s+name\s+销售/);
    await cli.ok(['group', 'add', 'billing', '--fallback', 'sales']);
    await cli.seed([], [{ username: 'ann', groups: ['billing'] }]);

    const table = (await cli.ok(['group', 'list'])).stdout.trimEnd().split('\n');
    expect(table.map((l) => l.split(/\s{2,}/))).toEqual([
      ['GROUP', 'NAME', 'FALLBACK', 'AGENTS', 'DESCRIPTION'],
      ['billing', 'billing', 'sales', 'ann', '-'],
      ['sales', '销售', '-', '-', 'new customers'],
    ]);
    const updated = await cli.ok(['group', 'update', 'billing', '--fallback', '', '--description', 'invoices']);
    expect(updated.stdout).toMatch(/fallback\s+-/);
    const json = JSON.parse((await cli.ok(['group', 'list', '--json'])).stdout);
    expect(json).toEqual([
      expect.objectContaining({ name: 'billing', displayName: 'billing', description: 'invoices', fallback: null, members: ['ann'] }),
      expect.objectContaining({ name: 'sales', displayName: '销售', fallback: null, members: [] }),
    ]);
  });

  it('refuses bad names, taken names, unknown groups and fallback cycles with the documented codes', async ({ cli }) => {
    await cli.seed([{ name: 'a' }, { name: 'b', fallback: 'a' }]);
    const badName = await cli.run(['group', 'add', 'Sales Team']);
    expect([badName.exitCode, badName.stderr]).toEqual([65, expect.stringContaining('<name>: expected a group name')]);
    const taken = await cli.run(['group', 'add', 'a']);
    expect([taken.exitCode, taken.stderr]).toEqual([65, expect.stringContaining('WUKF_E_GROUP_EXISTS')]);
    const cycle = await cli.run(['group', 'update', 'a', '--fallback', 'b']);
    expect([cycle.exitCode, cycle.stderr]).toEqual([65, expect.stringContaining('cycle: a -> b -> a')]);
    const ghost = await cli.run(['group', 'update', 'ghost', '--name', 'Ghost']);
    expect([ghost.exitCode, ghost.stderr]).toEqual([66, expect.stringContaining('no group named "ghost"')]);
    const nothing = await cli.run(['group', 'update', 'a']);
    expect([nothing.exitCode, nothing.stderr]).toEqual([64, expect.stringContaining('nothing to change')]);
    expect(await cli.read((s) => s.listGroups())).toMatchObject([{ name: 'a', fallback: null }, { name: 'b', fallback: 'a' }]);
  });

  it('remove refuses a group in use without --force when it cannot ask, and detaches with it', async ({ cli }) => {
    await cli.seed([{ name: 'sales' }, { name: 'billing', fallback: 'sales' }, { name: 'spare' }], [{ username: 'ann', groups: ['sales', 'billing'] }]);
    const refused = await cli.run(['group', 'remove', 'sales']);
    expect(refused.exitCode).toBe(65);
    expect(refused.stderr).toMatch(/agents ann belong to it; billing falls back to it.*--force/);
    expect(await cli.read((s) => s.getGroup('sales'))).toBeDefined();
    // Not in use: removed without a question.
    await cli.ok(['group', 'remove', 'spare']);
    const forced = await cli.ok(['group', 'remove', 'sales', '--force']);
    expect(forced.stdout).toContain('removed group sales');
    expect(forced.stdout).toMatch(/detached: agents ann belong; billing falls back/);
    expect(await cli.read(async (s) => [(await s.getAgent('ann'))!.groups, (await s.getGroup('billing'))!.fallback])).toEqual([['billing'], null]);
    expect((await cli.run(['group', 'remove', 'sales'])).exitCode).toBe(66);
  });
});

describe.concurrent('wukf agent --groups', () => {
  it('add and update set groups, refuse unknown ones before anything is written, and list shows them', async ({ cli }) => {
    await cli.seed([{ name: 'sales' }, { name: 'billing' }]);
    const unknown = await cli.run(['agent', 'add', 'ann', '--groups', 'sales,ghost', '--password-stdin'], { input: PASSWORD });
    expect([unknown.exitCode, unknown.stderr]).toEqual([65, expect.stringContaining('--groups: no group named "ghost"')]);
    expect(await cli.read((s) => s.listAgents())).toEqual([]);

    const added = await cli.ok(['agent', 'add', 'ann', '--groups', 'Sales, billing', '--password-stdin'], { input: PASSWORD });
    expect(added.stdout).toMatch(/groups\s+billing,sales/);
    const updated = await cli.ok(['agent', 'update', 'ann', '--groups', 'sales']);
    expect(updated.stdout).toMatch(/groups\s+billing,sales -> sales/);
    expect((await cli.run(['agent', 'update', 'ann', '--groups', 'ghost'])).exitCode).toBe(65);
    const table = (await cli.ok(['agent', 'list'])).stdout.trimEnd().split('\n');
    expect(table[0]!.split(/\s+/).slice(0, 5)).toEqual(['USERNAME', 'NAME', 'ROLE', 'GROUPS', 'SKILLS']);
    expect(table[1]!.split(/\s{2,}/).slice(0, 4)).toEqual(['ann', 'ann', 'agent', 'sales']);
    await cli.ok(['agent', 'update', 'ann', '--groups', '']);
    expect((await cli.read((s) => s.getAgent('ann')))!.groups).toEqual([]);
  });
});

describe('with `wukf start` running', () => {
  it('group and agent changes go through the running server, which serves them at once', { timeout: timeoutForRuns(10) }, async () => {
    const box = sandbox();
    try {
      const { password } = await initDir(box, 'x');
      const server = await startServer(box, ['--dir', 'x']);
      try {
        const run = async (args: string[], input?: string) => {
          const res = await wukf(box, [...args, '--dir', 'x'], input === undefined ? {} : { input });
          expect(res.exitCode, `${args.join(' ')}: ${res.stderr}`).toBe(0);
          return res;
        };
        await run(['group', 'add', 'sales']);
        await run(['group', 'add', 'vip', '--fallback', 'sales']);
        await run(['agent', 'add', 'ann', '--groups', 'sales', '--password-stdin'], PASSWORD);
        // The running server is told of the change and nothing is closed: no warning, no closed connections.
        const update = await run(['agent', 'update', 'ann', '--groups', 'sales,vip']);
        expect(update.stderr).toBe('');
        expect(update.stdout).not.toContain('closed');
        const refused = await wukf(box, ['group', 'remove', 'sales', '--dir', 'x']);
        expect([refused.exitCode, refused.stderr]).toEqual([65, expect.stringContaining('WUKF_E_GROUP_IN_USE')]);
        await run(['group', 'remove', 'vip', '--force']);
        const admin = await login(server.url, 'admin', password);
        const groups = (await (await fetch(`${server.url}/api/v1/admin/groups`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { groups: { name: string; members: string[] }[] };
        expect(groups.groups).toEqual([expect.objectContaining({ name: 'sales', members: ['ann'] })]);
        expect(JSON.parse((await run(['group', 'list', '--json'])).stdout)).toEqual(groups.groups);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      box.cleanup();
    }
  });
});

describe.skipIf(!hasTmux)('on a terminal', () => {
  it('remove asks before detaching a group in use: no keeps it, yes removes it', { timeout: timeoutForRuns(4) }, async () => {
    const cli = new GroupCli();
    try {
      await cli.seed([{ name: 'sales' }], [{ username: 'ann', groups: ['sales'] }]);
      const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
      const open = () => {
        const command = [process.execPath, wukfBin, 'group', 'remove', 'sales', '--dir', cli.dir].map(quote).join(' ');
        const session = TmuxSession.start(command, cli.box.root, { ...cli.box.env, TERM: 'xterm-256color' } as Record<string, string>);
        cli.terminals.push(session);
        return session;
      };
      const no = open();
      await no.waitFor('Detach them and remove it?');
      no.send('-l', 'n');
      no.send('Enter');
      expect(await no.waitFor('[exit ')).toMatch(/kept sales[\s\S]*\[exit 1\]/);
      expect(await cli.read((s) => s.getGroup('sales'))).toBeDefined();

      const yes = open();
      await yes.waitFor('agents ann belong to it');
      yes.send('-l', 'y');
      yes.send('Enter');
      expect(await yes.waitFor('[exit ')).toMatch(/removed group sales[\s\S]*\[exit 0\]/);
      expect(await cli.read((s) => s.getGroup('sales'))).toBeUndefined();
    } finally {
      for (const t of cli.terminals) t.kill();
      cli.box.cleanup();
    }
  });
});
