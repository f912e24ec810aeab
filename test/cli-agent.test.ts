import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it as base, vi } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import type { Agent } from '../src/server/domain/agent.js';
import { SqliteStore } from '../src/server/store/index.js';
import { sandbox, timeoutForRuns, wukf, wukfBin, type RunOptions, type Sandbox } from './helpers/cli.js';
import { createAgents, type TestAgent } from './helpers/server.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

const PASSWORD = 'correct horse battery';

/** One test's sandbox with a config directory, and `wukf agent …` pointed at it. */
class AgentCli {
  readonly box: Sandbox = sandbox();
  /** The config directory passed as --dir. */
  dir = this.box.path('wukf');
  /** tmux servers opened by the test, closed with the sandbox. */
  readonly terminals: { close(): void }[] = [];

  constructor() {
    this.writeConfig('server:\n  port: 8600\n');
  }

  /** A minimal wukf.yaml is enough: every key has a default, and the store creates data/wukf.db. */
  writeConfig(yaml: string): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'wukf.yaml'), yaml);
  }

  agent(args: string[], opts?: RunOptions) {
    return wukf(this.box, ['agent', ...args, '--dir', this.dir], opts);
  }

  async add(username: string, flags: string[] = [], password = PASSWORD) {
    const res = await this.agent(['add', username, ...flags, '--password-stdin'], { input: `${password}\n` });
    expect(res.exitCode, res.stderr).toBe(0);
    return res;
  }

  /**
   * Accounts made straight in the database, for tests whose subject is not `wukf agent add`: each run of the
   * binary costs a second of CPU, more on a loaded machine.
   */
  async seed(...agents: (Omit<TestAgent, 'password'> & { password?: string })[]): Promise<void> {
    await createAgents(this.database(), agents.map((a) => ({ password: PASSWORD, ...a })));
  }

  /** The accounts `wukf agent list --json` would print, read from the database file (the list tests run the binary). */
  async list(): Promise<Agent[]> {
    const store = SqliteStore.open(this.database());
    try {
      return await store.listAgents();
    } finally {
      await store.close();
    }
  }

  private database(): string {
    return loadConfig(this.dir, {}).paths.database;
  }

  async find(username: string): Promise<Agent | undefined> {
    return (await this.list()).find((a) => a.username === username);
  }
}

// Every test has its own sandbox, so they run concurrently: each spends most of its time in child processes.
// Each runs the binary at least once, most of them twice: that is the budget unless a test says more.
vi.setConfig({ testTimeout: timeoutForRuns(2) });
const it = base.extend<{ cli: AgentCli }>({
  cli: async ({}, use) => {
    const cli = new AgentCli();
    try {
      await use(cli);
    } finally {
      for (const terminal of cli.terminals) terminal.close();
      cli.box.cleanup();
    }
  },
});

describe.concurrent('wukf agent add and list', () => {
  it('adds an agent with every field and lists exactly those values, without the password', async ({ cli }) => {
    const res = await cli.add('li.wei', [
      '--name', '李伟',
      '--role', 'agent',
      '--skills', 'Billing, refunds',
      '--languages', 'zh-cn,en',
      '--max-concurrent', '3',
      '--hours', 'mon-fri 09:00-18:00; sat 10:00-14:00',
      '--timezone', 'Asia/Shanghai',
    ]);
    expect(res.stdout).toContain('added agent li.wei');
    expect(res.stdout).toMatch(/hours\s+mon-fri 09:00-18:00; sat 10:00-14:00/);

    const listed = await cli.agent(['list', '--json']);
    expect(listed.exitCode, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      {
        id: expect.any(Number),
        username: 'li.wei',
        displayName: '李伟',
        role: 'agent',
        skills: ['billing', 'refunds'],
        languages: ['zh-CN', 'en'],
        maxConcurrent: 3,
        timezone: 'Asia/Shanghai',
        hours: [
          { day: 1, start: 540, end: 1080 },
          { day: 2, start: 540, end: 1080 },
          { day: 3, start: 540, end: 1080 },
          { day: 4, start: 540, end: 1080 },
          { day: 5, start: 540, end: 1080 },
          { day: 6, start: 600, end: 840 },
        ],
        groups: [],
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    for (const out of [res.stdout, res.stderr, listed.stdout]) {
      expect(out).not.toContain(PASSWORD);
      expect(out).not.toMatch(/scrypt|password_?hash/i);
    }
  });

  it('gives an agent added with only a username the defaults', async ({ cli }) => {
    await cli.add('bob');
    expect(await cli.find('bob')).toMatchObject({
      displayName: 'bob',
      role: 'agent',
      skills: [],
      languages: [],
      maxConcurrent: 5,
      hours: null,
      timezone: 'UTC',
      groups: [],
    });
  });

  it('prints a table with a header, admins first, columns aligned even after a Chinese name', async ({ cli }) => {
    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: 9 * 60, end: 18 * 60 }));
    await cli.seed({ username: 'li.wei', displayName: '李伟', skills: ['billing'], hours: weekdays, timezone: 'Asia/Shanghai' }, { username: 'root', role: 'admin', maxConcurrent: 12 });
    const res = await cli.agent(['list']);
    expect(res.exitCode, res.stderr).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(/\s+/)).toEqual(['USERNAME', 'NAME', 'ROLE', 'GROUPS', 'SKILLS', 'LANGUAGES', 'MAX', 'HOURS', 'TIMEZONE']);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(['root', 'root', 'admin', '-', '-', '-', '12', 'always', 'UTC']);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['li.wei', '李伟', 'agent', '-', 'billing', '-', '5', 'mon-fri 09:00-18:00', 'Asia/Shanghai']);
    // Terminal columns: a Han character takes two cells.
    const column = (line: string, text: string) => [...line.slice(0, line.indexOf(text))].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0);
    for (const [heading, value] of [['ROLE', 'agent'], ['MAX', '5'], ['TIMEZONE', 'Asia/Shanghai']] as const) {
      expect(column(lines[2]!, ` ${value}`) + 1, heading).toBe(column(lines[0]!, heading));
    }
  });

  it('says how to add an agent when there is none, and --json prints an empty array', async ({ cli }) => {
    const table = await cli.agent(['list']);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('agent add <username>');
    expect(JSON.parse((await cli.agent(['list', '--json'])).stdout)).toEqual([]);
  });

  it('finds the config directory through WUKF_DIR when --dir is not given', async ({ cli }) => {
    await cli.seed({ username: 'bob' });
    const res = await wukf(cli.box, ['agent', 'list', '--json'], { env: { WUKF_DIR: cli.dir } });
    expect(res.exitCode, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).map((a: Agent) => a.username)).toEqual(['bob']);
  });

  it('refuses a username that is taken (65) and leaves the first account as it was', async ({ cli }) => {
    await cli.seed({ username: 'bob', skills: ['billing'] });
    const res = await cli.agent(['add', 'bob', '--skills', 'vip', '--password-stdin'], { input: 'another long password' });
    expect(res.exitCode).toBe(65);
    expect(res.stderr).toContain('"bob" already exists');
    expect(res.stderr).toContain('WUKF_E_AGENT_EXISTS');
    expect((await cli.find('bob'))?.skills).toEqual(['billing']);
    expect((await cli.agent(['verify', 'bob', '--password-stdin'], { input: PASSWORD })).exitCode).toBe(0);
  });
});

describe.concurrent('invalid values', () => {
  it.for([
    ['--skills', 'vip, two words'],
    ['--languages', 'en,en_US'],
    ['--hours', 'mon-fri 9-5'],
    ['--hours', 'mon-tue-wed 09:00-10:00'],
    ['--timezone', 'Mars/Olympus_Mons'],
    ['--max-concurrent', '0'],
    ['--max-concurrent', 'many'],
    ['--role', 'owner'],
    ['--name', '   '],
  ] as const)('add %s %j exits 65 naming the flag and creates nothing', async ([flag, value], { cli }) => {
    const res = await cli.agent(['add', 'bob', flag, value, '--password-stdin'], { input: PASSWORD });
    expect(res.exitCode).toBe(65);
    expect(res.stderr).toMatch(new RegExp(`^wukf agent add: ${flag}: expected `, 'm'));
    expect(res.stderr).toContain('WUKF_E_INVALID_INPUT');
    expect(await cli.list()).toEqual([]);
  });

  it.for([
    ['--skills', 'two words'],
    ['--languages', 'en_US'],
    ['--hours', ';'],
    ['--timezone', '+08:00'],
    ['--max-concurrent', '1001'],
    ['--role', 'owner'],
  ] as const)('update %s %j exits 65 naming the flag and changes nothing', async ([flag, value], { cli }) => {
    await cli.seed({ username: 'bob' });
    const before = await cli.find('bob');
    const res = await cli.agent(['update', 'bob', '--name', 'Bob', flag, value]);
    expect(res.exitCode).toBe(65);
    expect(res.stderr).toMatch(new RegExp(`^wukf agent update: ${flag}: expected `, 'm'));
    expect(await cli.find('bob')).toEqual(before);
  });

  it('rejects an invalid username (65) naming the argument', async ({ cli }) => {
    const res = await cli.agent(['add', 'Bob Smith', '--password-stdin'], { input: PASSWORD });
    expect(res.exitCode).toBe(65);
    expect(res.stderr).toMatch(/<username>: expected 2-32 characters .*"Bob Smith"/);
    expect(await cli.list()).toEqual([]);
  });

  it('rejects an unknown flag as a usage error (64)', async ({ cli }) => {
    const res = await cli.agent(['add', 'bob', '--colour', 'red', '--password-stdin'], { input: PASSWORD });
    expect(res.exitCode).toBe(64);
    expect(res.stderr).toContain("unknown option '--colour'");
    expect(await cli.list()).toEqual([]);
  });
});

describe.concurrent('wukf agent update', () => {
  it('changes only the fields given and reports old and new values', async ({ cli }) => {
    await cli.seed(
      { username: 'bob', displayName: 'Bob', skills: ['billing'], languages: ['en'], maxConcurrent: 4, hours: [{ day: 6, start: 10 * 60, end: 14 * 60 }], timezone: 'Europe/Berlin' },
      { username: 'root', role: 'admin' },
    );
    const before = (await cli.find('bob'))!;
    const res = await cli.agent(['update', 'bob', '--role', 'admin', '--skills', 'vip,billing']);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/role\s+agent -> admin/);
    expect(res.stdout).toMatch(/skills\s+billing -> vip,billing/);
    expect(res.stdout).not.toMatch(/timezone|hours|languages/);
    const after = (await cli.find('bob'))!;
    expect(after).toEqual({ ...before, role: 'admin', skills: ['vip', 'billing'], updatedAt: after.updatedAt });
    expect((await cli.agent(['update', 'bob', '--hours', 'always'])).exitCode).toBe(0);
    expect((await cli.find('bob'))?.hours).toBeNull();
  });

  it('without any field flag is a usage error (64) listing the flags', async ({ cli }) => {
    await cli.seed({ username: 'bob' });
    const res = await cli.agent(['update', 'bob']);
    expect(res.exitCode).toBe(64);
    expect(res.stderr).toContain('nothing to change: give at least one of --name, --role, --skills');
  });
});

describe.concurrent('passwords', () => {
  it('passwd sets a new password: verify accepts it (0) and rejects the old one (77)', { timeout: timeoutForRuns(3) }, async ({ cli }) => {
    await cli.seed({ username: 'alice' });
    const passwd = await cli.agent(['passwd', 'alice', '--password-stdin'], { input: 'a brand new secret\n' });
    expect(passwd.exitCode, passwd.stderr).toBe(0);
    expect(passwd.stdout).toContain('password changed for alice');

    const ok = await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'a brand new secret\n' });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('password ok');

    const old = await cli.agent(['verify', 'alice', '--password-stdin'], { input: PASSWORD });
    expect(old.exitCode).toBe(77);
    expect(old.stderr).toContain('wrong password for alice');
    expect(old.stdout).toBe('');
  });

  it('drops exactly one trailing newline from --password-stdin', { timeout: timeoutForRuns(5) }, async ({ cli }) => {
    await cli.add('alice', [], 'ends with spaces  ');
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'ends with spaces  ' })).exitCode).toBe(0);
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'ends with spaces  \r\n' })).exitCode).toBe(0);
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'ends with spaces  \n\n' })).exitCode).toBe(77);
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'ends with spaces' })).exitCode).toBe(77);
  });

  it('refuses a password shorter than 10 characters (65) without creating or changing anything', { timeout: timeoutForRuns(3) }, async ({ cli }) => {
    const short = await cli.agent(['add', 'alice', '--password-stdin'], { input: 'nine char\n' });
    expect(short.exitCode).toBe(65);
    expect(short.stderr).toContain('at least 10');
    expect(short.stderr).toContain('WUKF_E_WEAK_PASSWORD');
    expect(await cli.list()).toEqual([]);

    await cli.seed({ username: 'alice' });
    const passwd = await cli.agent(['passwd', 'alice', '--password-stdin'], { input: '' });
    expect(passwd.exitCode).toBe(65);
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: PASSWORD })).exitCode).toBe(0);
  });

  it.for([['add'], ['passwd'], ['verify']] as const)('%s without --password-stdin and without a terminal is a usage error (64)', async ([command], { cli }) => {
    if (command !== 'add') await cli.seed({ username: 'alice' });
    const res = await cli.agent([command, 'alice'], { input: `${PASSWORD}\n` });
    expect(res.exitCode).toBe(64);
    expect(res.stderr).toContain('--password-stdin');
    if (command === 'add') expect(await cli.list()).toEqual([]);
  });
});

describe.concurrent('an unknown username', () => {
  it.for([
    ['verify', ['--password-stdin']],
    ['update', ['--role', 'admin']],
    ['remove', ['--force']],
    ['passwd', ['--password-stdin']],
  ] as const)('%s exits 66 naming it', async ([command, flags], { cli }) => {
    await cli.seed({ username: 'alice' });
    const res = await cli.agent([command, 'ghost', ...flags], { input: `${PASSWORD}\n` });
    expect(res.exitCode).toBe(66);
    expect(res.stderr).toMatch(new RegExp(`^wukf agent ${command}: no agent or admin named "ghost"`));
    expect(res.stderr).toContain('WUKF_E_AGENT_NOT_FOUND');
  });
});

describe.concurrent('wukf agent remove', () => {
  it('refuses without --force when it cannot ask (64), and removes with it', { timeout: timeoutForRuns(3) }, async ({ cli }) => {
    await cli.seed({ username: 'bob' });
    const refused = await cli.agent(['remove', 'bob']);
    expect(refused.exitCode).toBe(64);
    expect(refused.stderr).toContain('add --force');
    expect(await cli.find('bob')).toBeDefined();

    const removed = await cli.agent(['remove', 'bob', '--force']);
    expect(removed.exitCode, removed.stderr).toBe(0);
    expect(removed.stdout).toContain('removed agent bob');
    expect(await cli.list()).toEqual([]);
    expect((await cli.agent(['verify', 'bob', '--password-stdin'], { input: PASSWORD })).exitCode).toBe(66);
  });

  it('never leaves wukf without an admin: the last one can be neither removed nor demoted', { timeout: timeoutForRuns(6) }, async ({ cli }) => {
    await cli.seed({ username: 'root', role: 'admin' }, { username: 'bob' });

    const remove = await cli.agent(['remove', 'root', '--force']);
    expect(remove.exitCode).toBe(65);
    expect(remove.stderr).toContain('"root" is the only admin');
    expect(remove.stderr).toContain('WUKF_E_LAST_ADMIN');
    const demote = await cli.agent(['update', 'root', '--role', 'agent']);
    expect(demote.exitCode).toBe(65);
    expect(demote.stderr).toContain('WUKF_E_LAST_ADMIN');
    expect((await cli.find('root'))?.role).toBe('admin');

    expect((await cli.agent(['update', 'bob', '--role', 'admin'])).exitCode).toBe(0);
    expect((await cli.agent(['update', 'root', '--role', 'agent'])).exitCode).toBe(0);
    expect((await cli.agent(['remove', 'bob', '--force'])).exitCode).toBe(65);
    expect((await cli.agent(['remove', 'root', '--force'])).exitCode).toBe(0);
    expect((await cli.list()).map((a) => [a.username, a.role])).toEqual([['bob', 'admin']]);
  });
});

describe.concurrent('the config directory', () => {
  it('fails with 78 naming server.port when wukf.yaml is invalid, and opens no database', async ({ cli }) => {
    cli.writeConfig('server: {port: abc}\n');
    for (const args of [['list'], ['add', 'bob', '--password-stdin']]) {
      const res = await cli.agent(args, { input: PASSWORD });
      expect(res.exitCode).toBe(78);
      expect(res.stderr).toContain('wukf.yaml: server.port: expected an integer 1-65535, got "abc"');
    }
    expect(existsSync(join(cli.dir, 'data'))).toBe(false);
  });

  it('fails with 78 when the directory has no wukf.yaml', async ({ cli }) => {
    cli.dir = cli.box.path('nowhere');
    const res = await cli.agent(['list']);
    expect(res.exitCode).toBe(78);
    expect(res.stderr).toContain(join(cli.dir, 'wukf.yaml'));
    expect(res.stderr).toContain('WUKF_E_CONFIG_NOT_FOUND');
    expect(existsSync(cli.dir)).toBe(false);
  });
});

/**
 * `wukf agent …` on a real terminal (tmux), driven by keys and read from the screen. The pane stays open
 * after wukf exits, so the exit status can be read off the screen.
 */
function openTerminal(cli: AgentCli, args: string[]) {
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, wukfBin, 'agent', ...args, '--dir', cli.dir].map(quote).join(' ');
  const session = TmuxSession.start(command, cli.box.root, { ...cli.box.env, TERM: 'xterm-256color' } as Record<string, string>);
  const terminal = {
    type: (text: string) => session.send('-l', text),
    key: (...keys: string[]) => session.send(...keys),
    waitFor: (text: string) => session.waitFor(text),
    close: () => session.kill(),
  };
  cli.terminals.push(terminal);
  return terminal;
}

describe.skipIf(!hasTmux).concurrent('on a terminal', () => {
  it('add asks for the password twice without showing it', async ({ cli }) => {
    const term = openTerminal(cli, ['add', 'alice']);
    await term.waitFor('New password for alice');
    term.type('typed on a terminal');
    term.key('Enter');
    await term.waitFor('The same password again');
    term.type('typed on a terminal');
    term.key('Enter');
    const shown = await term.waitFor('[exit ');
    expect(shown).toContain('[exit 0]');
    expect(shown).toContain('added agent alice');
    expect(shown).not.toContain('typed on a terminal');
    expect((await cli.agent(['verify', 'alice', '--password-stdin'], { input: 'typed on a terminal' })).exitCode).toBe(0);
  });

  it('verify asks for the password and says whether it matches', async ({ cli }) => {
    await cli.seed({ username: 'alice' });
    const right = openTerminal(cli, ['verify', 'alice']);
    await right.waitFor('Password for alice');
    right.type(PASSWORD);
    right.key('Enter');
    expect(await right.waitFor('[exit ')).toMatch(/password ok[\s\S]*\[exit 0\]/);

    const wrong = openTerminal(cli, ['verify', 'alice']);
    await wrong.waitFor('Password for alice');
    wrong.type('not the password');
    wrong.key('Enter');
    expect(await wrong.waitFor('[exit ')).toMatch(/wrong password for alice[\s\S]*\[exit 77\]/);
  });

  it('remove asks first: no keeps the agent, yes removes it', async ({ cli }) => {
    await cli.seed({ username: 'bob' });
    const no = openTerminal(cli, ['remove', 'bob']);
    await no.waitFor('Remove agent bob (bob)?');
    no.type('n');
    no.key('Enter');
    expect(await no.waitFor('[exit ')).toMatch(/kept bob[\s\S]*\[exit 1\]/);
    expect(await cli.find('bob')).toBeDefined();

    const yes = openTerminal(cli, ['remove', 'bob']);
    await yes.waitFor('Remove agent bob (bob)?');
    yes.type('y');
    yes.key('Enter');
    expect(await yes.waitFor('[exit ')).toMatch(/removed agent bob[\s\S]*\[exit 0\]/);
    expect(await cli.list()).toEqual([]);
  });

  it('Ctrl-C at a prompt cancels (130) and changes nothing', async ({ cli }) => {
    const term = openTerminal(cli, ['add', 'alice']);
    await term.waitFor('New password for alice');
    term.key('C-c');
    const shown = await term.waitFor('[exit ');
    expect(shown).toContain('cancelled; nothing was changed');
    expect(shown).toContain('[exit 130]');
    expect(shown).not.toContain('unexpected error');
    expect(await cli.list()).toEqual([]);
  });
});
