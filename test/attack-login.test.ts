import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoundTrip, stopAndCheckAcked, startTarget, type AttackTarget } from './helpers/attack.js';
import { sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';

/**
 * Attack 3: the login throttle turned against the staff. wukf runs behind a (simulated) reverse proxy on
 * loopback, listed in server.trusted_proxies, so each client is told apart by X-Forwarded-For. Every
 * failed login costs the server a scrypt, so the attacks are a few dozen attempts, not thousands.
 */
const RSS_BOUND = 400 * 1024 * 1024;

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
}

describe('attack suite: login lockout behind a trusted proxy', () => {
  let box: Sandbox;
  let target: AttackTarget;

  beforeAll(async () => {
    box = sandbox();
    target = await startTarget(box, { yaml: 'server:\n  trusted_proxies: [loopback]\nauth:\n  login_account_failures: 10\n' });
  }, timeoutForRuns(4));

  afterAll(async () => {
    try {
      await stopAndCheckAcked(target);
    } finally {
      box.cleanup();
    }
  });

  /** A login through the proxy, for the client at `address`. */
  async function login(username: string, password: string, address: string): Promise<Answer> {
    const res = await fetch(`${target.url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { error?: { code?: string } };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code };
  }

  const randomName = () => `u${Math.random().toString(36).slice(2, 10)}`;

  it(
    'holds back an address spraying random usernames, not the rest: alice logs in and the staff chat',
    async () => {
      // One address, random usernames: past auth.login_address_failures (20) it is made to wait.
      const fromOne: Answer[] = [];
      for (let i = 0; i < 24; i++) fromOne.push(await login(randomName(), 'guess', '198.51.100.66'));
      expect(fromOne.slice(0, 20).every((a) => a.status === 401 && a.code === 'WUKF_E_BAD_PASSWORD')).toBe(true);
      const refused = fromOne.find((a) => a.status === 429);
      expect(refused).toMatchObject({ code: 'WUKF_E_RATE_LIMITED' });
      expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
      const lockout = await target.server.waitForLog((e) => e.msg === 'login locked out after failed attempts' && e.address === '198.51.100.66');
      expect(lockout).toMatchObject({ level: 40, scope: 'address' });
      expect(typeof lockout.account).toBe('string');
      expect(JSON.stringify(lockout)).not.toContain('guess');

      // Many addresses, random usernames: each failure is its own address's and account's first.
      for (let i = 1; i <= 30; i++) expect((await login(randomName(), 'guess', `203.0.113.${i}`)).status).toBe(401);

      // The proxy's own address is not the attacker's: alice logs in from hers, and so do the staff.
      expect((await login('alice', target.agent.password, '192.0.2.10')).status).toBe(200);
      const trip = await staffRoundTrip(target);
      expect(trip.chatMs).toBeGreaterThan(0);
      expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
    },
    timeoutForRuns(2),
  );

  it(
    'holds back an account guessed from many addresses, but not from where it logged in before; wukf agent unlock clears it at once',
    async () => {
      // alice works from 192.0.2.20.
      expect((await login('alice', target.agent.password, '192.0.2.20')).status).toBe(200);
      // A botnet guesses her password, one attempt per address, until the account is held back.
      let refused: Answer | undefined;
      for (let i = 1; i <= 40 && !refused; i++) {
        const answer = await login('alice', `guess ${i}`, `198.18.0.${i}`);
        if (answer.status === 429) refused = answer;
        else expect(answer.status).toBe(401);
      }
      expect(refused).toMatchObject({ code: 'WUKF_E_RATE_LIMITED' });
      expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
      const lockout = await target.server.waitForLog((e) => e.msg === 'login locked out after failed attempts' && e.scope === 'account' && e.account === 'alice');
      expect(lockout).toMatchObject({ level: 40, address: expect.stringMatching(/^198\.18\.0\.\d+$/) });
      // From where she logged in before, alice is let through whatever the botnet did.
      expect((await login('alice', target.agent.password, '192.0.2.20')).status).toBe(200);

      const unlocked = await wukf(box, ['agent', 'unlock', 'alice', '--dir', target.dir]);
      expect(unlocked.exitCode, unlocked.stderr).toBe(0);
      expect(unlocked.stdout).toContain('cleared the failed logins and login lock of alice');
      // The account's budget is whole again: two wrong passwords in a row from a new address are both
      // answered (still held back, the second would be refused), and then the right one gets in.
      expect((await login('alice', 'wrong', '198.18.1.1')).status).toBe(401);
      expect((await login('alice', 'wrong', '198.18.1.2')).status).toBe(401);
      expect((await login('alice', target.agent.password, '198.18.1.3')).status).toBe(200);

      const clean = await wukf(box, ['agent', 'unlock', 'admin', '--dir', target.dir]);
      expect(clean.stdout).toContain('admin had no failed logins to clear');
      const unknown = await wukf(box, ['agent', 'unlock', 'nobody', '--dir', target.dir]);
      expect(unknown.exitCode).toBe(66);
      expect(unknown.stderr).toContain('WUKF_E_AGENT_NOT_FOUND');
      expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
    },
    timeoutForRuns(5),
  );

  it(
    'wukf agent unlock with no server running says there is nothing to clear',
    async () => {
      await target.server.stop();
      const res = await wukf(box, ['agent', 'unlock', 'alice', '--dir', target.dir]);
      expect(res.exitCode, res.stderr).toBe(0);
      expect(res.stdout).toContain('no wukf server is running');
      expect(res.stdout).toContain('nothing to clear');
    },
    timeoutForRuns(2),
  );
});
