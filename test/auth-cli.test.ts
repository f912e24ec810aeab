import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config/index.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';
import { attemptUpgrade, closeSocket, login, type UpgradeOutcome } from './helpers/auth.js';
import { createAgents } from './helpers/server.js';

const PASSWORD = 'correct horse battery';

describe('tokens and `wukf agent` against a running `wukf start`', () => {
  let box: Sandbox;
  let server: RunningServer | undefined;
  const sockets: UpgradeOutcome[] = [];

  beforeEach(() => {
    box = sandbox();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) await closeSocket(s);
    if (server && server.proc.exitCode === null) await server.stop('SIGKILL');
    server = undefined;
    box.cleanup();
  });

  async function upgrade(token: string): Promise<UpgradeOutcome> {
    const outcome = await attemptUpgrade(`${server!.url.replace('http', 'ws')}/ws`, { bearer: token });
    sockets.push(outcome);
    return outcome;
  }

  const revoked = { opened: false, status: 401, body: { error: { code: 'WUKF_E_TOKEN_REVOKED' } } };

  /** Accounts made in the running server's database, as `wukf agent add` would; what these tests run is the rest. */
  async function addAgents(...usernames: string[]): Promise<void> {
    await createAgents(loadConfig(box.path('x'), {}).paths.database, usernames.map((username) => ({ username, password: PASSWORD })));
  }

  it('`wukf agent revoke` refuses the agent\'s existing tokens at the next upgrade; a new login works', { timeout: timeoutForRuns(4) }, async () => {
    const { password } = await initDir(box, 'x');
    server = await startServer(box, ['--dir', 'x']);
    await addAgents('carol');
    const carol = await login(server.url, 'carol', PASSWORD);
    const admin = await login(server.url, 'admin', password);
    expect((await upgrade(carol)).opened).toBe(true);

    const res = await wukf(box, ['agent', 'revoke', 'carol', '--dir', 'x']);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stdout).toContain('revoked every token of carol');

    expect(await upgrade(carol)).toMatchObject(revoked);
    // Only carol was signed out.
    expect((await upgrade(admin)).opened).toBe(true);
    expect((await upgrade(await login(server.url, 'carol', PASSWORD))).opened).toBe(true);

    const unknown = await wukf(box, ['agent', 'revoke', 'nobody', '--dir', 'x']);
    expect(unknown.exitCode).toBe(66);
    expect(unknown.stderr).toContain('no agent or admin named "nobody"');
    expect(await server.stop()).toBe(0);
  });

  it('a new password, a new role and removing the account also end earlier tokens', { timeout: timeoutForRuns(6) }, async () => {
    await initDir(box, 'x');
    server = await startServer(box, ['--dir', 'x']);
    await addAgents('dan', 'erin', 'finn');
    const [dan, erin, finn] = [await login(server.url, 'dan', PASSWORD), await login(server.url, 'erin', PASSWORD), await login(server.url, 'finn', PASSWORD)];

    const passwd = await wukf(box, ['agent', 'passwd', 'dan', '--dir', 'x', '--password-stdin'], { input: 'another long password' });
    expect(passwd.exitCode, passwd.stderr).toBe(0);
    expect(await upgrade(dan)).toMatchObject(revoked);

    // Changing another field keeps the token; changing the role does not.
    expect((await wukf(box, ['agent', 'update', 'erin', '--dir', 'x', '--max-concurrent', '7'])).exitCode).toBe(0);
    expect((await upgrade(erin)).opened).toBe(true);
    expect((await wukf(box, ['agent', 'update', 'erin', '--dir', 'x', '--role', 'admin'])).exitCode).toBe(0);
    expect(await upgrade(erin)).toMatchObject(revoked);
    const erinAgain = await login(server.url, 'erin', PASSWORD);
    expect((await upgrade(erinAgain)).opened).toBe(true);

    expect((await wukf(box, ['agent', 'remove', 'finn', '--dir', 'x', '--force'])).exitCode).toBe(0);
    expect(await upgrade(finn)).toMatchObject(revoked);
    expect(await server.stop()).toBe(0);
  });
});
