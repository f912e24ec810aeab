import { afterEach, describe, expect, it } from 'vitest';
import { postJson } from './helpers/auth.js';
import { sandbox, timeoutForRuns, wukf, wukfBin } from './helpers/cli.js';
import { cleanupTestServers, runTestServer, scaffoldServerDir, type ServerDir } from './helpers/server.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

afterEach(cleanupTestServers);

/** `wukf agent …` on a directory a test server then runs on, so what the CLI set can be tried at the login route. */
function agentCli(prepared: ServerDir) {
  const box = sandbox();
  const run = (args: string[], input = '') => wukf(box, ['agent', ...args, '--dir', prepared.dir], { input });
  return { box, run };
}

const LONGEST = '密'.repeat(1023) + '😀'; // 1,024 characters, 1,025 UTF-16 units

/** One password policy (src/server/domain/password-policy.ts): the CLI, the admin API and the login route agree. */
describe('passwords: the CLI and the API agree', () => {
  it('--password-stdin refuses what the login route could never accept, and what it accepts logs in', { timeout: timeoutForRuns(8) }, async () => {
    const prepared = await scaffoldServerDir();
    const { box, run } = agentCli(prepared);
    try {
      for (const [label, input, reason] of [
        ['1,025 characters', `${'x'.repeat(1025)}\n`, 'has 1025 characters; at most 1024 are allowed'],
        ['only blanks', `${' '.repeat(12)}\n`, 'is only blanks'],
        ['two lines', 'first line of it\nsecond line\n', 'has more than one line'],
        ['a blank second line', 'correct horse battery\n\n', 'has more than one line'],
      ] as const) {
        const res = await run(['add', 'bob', '--password-stdin'], input);
        expect(res.exitCode, label).toBe(65);
        expect(res.stderr, label).toContain(reason);
        expect(res.stderr, label).toContain('WUKF_E_WEAK_PASSWORD');
      }
      const added = await run(['add', 'bob', '--password-stdin'], `${LONGEST}\n`);
      expect(added.exitCode, added.stderr).toBe(0);
      const changed = await run(['passwd', 'admin', '--password-stdin'], 'ends with two blanks  \r\n');
      expect(changed.exitCode, changed.stderr).toBe(0);
      expect((await run(['passwd', 'admin', '--password-stdin'], 'one line\nand another\n')).stderr).toContain('more than one line');

      const server = await runTestServer(prepared);
      const login = (username: string, password: string) => postJson(`${server.url}/api/v1/login`, { username, password });
      expect((await login('bob', LONGEST)).status).toBe(200);
      // Exactly one trailing newline was dropped: the blanks before it are part of the password.
      expect((await login('admin', 'ends with two blanks  ')).status).toBe(200);
      expect((await login('admin', 'ends with two blanks')).status).toBe(401);
    } finally {
      box.cleanup();
    }
  });

  it('the admin API holds new passwords to the same policy', async () => {
    const prepared = await scaffoldServerDir();
    const server = await runTestServer(prepared);
    const admin = await server.adminToken();
    const create = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/api/v1/admin/agents`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    for (const [password, reason] of [
      ['x'.repeat(1025), 'password: has 1025 characters; at most 1024 are allowed'],
      [' '.repeat(12), 'password: is only blanks'],
      ['first line of it\nsecond', 'password: has more than one line'],
    ] as const) {
      const res = await create({ username: 'bob', password });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'WUKF_E_WEAK_PASSWORD', message: `${reason} (nothing was changed)` });
    }
    expect((await create({ username: 'bob', password: LONGEST })).status).toBe(201);
    expect((await postJson(`${server.url}/api/v1/login`, { username: 'bob', password: LONGEST })).status).toBe(200);
  });
});

describe('input quoted back is cut', () => {
  it('a 100,000-character username is named by its length, not repeated, by the CLI and the API', async () => {
    const prepared = await scaffoldServerDir();
    const { box, run } = agentCli(prepared);
    const name = 'a'.repeat(100_000);
    try {
      const res = await run(['add', name, '--password-stdin'], 'correct horse battery\n');
      expect(res.exitCode).toBe(65);
      expect(res.stderr).toContain('(100000 characters)');
      expect(res.stderr.length).toBeLessThan(1000);
    } finally {
      box.cleanup();
    }
    const server = await runTestServer(prepared);
    const admin = await server.adminToken();
    const created = await fetch(`${server.url}/api/v1/admin/agents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'Bad Name '.repeat(7), password: 'correct horse battery' }),
    });
    const refusal = ((await created.json()) as { error: { message: string } }).error.message;
    expect(refusal).toContain('(63 characters)');
    expect(refusal).not.toContain('Bad Name '.repeat(7));
    // 100,000 characters are over the login route's body limit (413); 10,000 fit and are refused without an echo.
    expect((await postJson(`${server.url}/api/v1/login`, { username: name, password: 'correct horse battery' })).status).toBe(413);
    const login = await postJson(`${server.url}/api/v1/login`, { username: name.slice(0, 10_000), password: 'correct horse battery' });
    expect(login.body.error).toEqual({ code: 'WUKF_E_INVALID_INPUT', message: 'username: at most 64 characters' });
  });
});

/** The hidden prompt on a real terminal (tmux): a refused or mistyped password is asked for again. */
describe.skipIf(!hasTmux)('the password prompt', () => {
  const terminals: TmuxSession[] = [];
  afterEach(() => {
    for (const t of terminals.splice(0)) t.kill();
  });

  it.for([['add', 'alice'], ['passwd', 'admin']] as const)('%s asks again after a short password and after a confirmation that differs', async ([command, username]) => {
    const prepared = await scaffoldServerDir();
    const { box } = agentCli(prepared);
    try {
      const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
      const line = [process.execPath, wukfBin, 'agent', command, username, '--dir', prepared.dir].map(quote).join(' ');
      const term = TmuxSession.start(line, box.root, { ...box.env, TERM: 'xterm-256color' });
      terminals.push(term);
      const prompt = `New password for ${username}`;
      await term.waitFor(prompt);
      term.send('-l', 'short');
      term.send('Enter');
      await term.waitFor(new RegExp(`has 5 characters; at least 10 are needed; try another\\.[\\s\\S]*${prompt}`));
      term.send('-l', 'the first long one');
      term.send('Enter');
      await term.waitFor('The same password again');
      term.send('-l', 'not the same at all');
      term.send('Enter');
      await term.waitFor(new RegExp(`differ; type the new one again\\.[\\s\\S]*${prompt}`));
      term.send('-l', 'typed on a terminal');
      term.send('Enter');
      await term.waitFor(/again\.[\s\S]*The same password again/);
      term.send('-l', 'typed on a terminal');
      term.send('Enter');
      const shown = await term.waitFor('[exit ');
      expect(shown).toContain('[exit 0]');
      expect(shown).not.toContain('typed on a terminal');
      const server = await runTestServer(prepared);
      expect((await postJson(`${server.url}/api/v1/login`, { username, password: 'typed on a terminal' })).status).toBe(200);
    } finally {
      box.cleanup();
    }
  });
});
