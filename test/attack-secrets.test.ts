import { existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rssOf } from './helpers/attack.js';
import { postJson } from './helpers/auth.js';
import { freePort, initialPasswordFrom, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';

const SECRET = 'SECRETtokenQUERYvalue';
const SECRET_PROTOCOL = 'SECRETtokenSUBPROTOCOL';
const SECRET_BEARER = 'SECRETtokenBEARERvalue';

/** A WebSocket upgrade that the server refuses; resolves with the status and body of the refusal. */
function refusedUpgrade(url: string, protocols: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.on('open', () => reject(new Error('the upgrade was accepted')));
    ws.on('error', () => undefined);
  });
}

describe('attack suite: secrets stay out of logs, argv and error bodies', () => {
  let box: Sandbox;
  let server: RunningServer | undefined;
  beforeEach(() => void (box = sandbox()));
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    box.cleanup();
  });

  it(
    'npm start with stdout not a terminal: the first password goes to a 0600 file, deleted after its first login; tokens reach no log line or body at trace level',
    async () => {
      const port = await freePort();
      server = await startServer(box, ['--dir', '.wukf', '--auto-init'], { env: { WUKF_PORT: String(port), WUKF_LOG_LEVEL: 'trace' } });
      const out = server.lines.join('\n');
      const { password, file } = initialPasswordFrom(out);
      expect(file).toBe(box.path('.wukf', 'data', 'initial-admin-password'));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
      expect(out).not.toContain(password);

      // The secrets an attacker (or a careless client) puts in URLs and headers.
      const notFound = await fetch(`${server.url}/ws?token=${SECRET}`);
      const notFoundBody = await notFound.text();
      expect(notFound.status).toBe(404);
      expect(notFoundBody).toContain('no route GET /ws');
      const upgrade = await refusedUpgrade(`${server.url.replace(/^http/, 'ws')}/ws?token=${SECRET}&x=1`, []);
      const subprotocol = await refusedUpgrade(`${server.url.replace(/^http/, 'ws')}/ws`, ['wukf.v1', `token.${SECRET_PROTOCOL}`]);
      expect([upgrade.status, subprotocol.status]).toEqual([401, 401]);
      const stats = await fetch(`${server.url}/api/v1/admin/stats?token=${SECRET}`, { headers: { authorization: `Bearer ${SECRET_BEARER}` } });
      const statsBody = await stats.text();
      expect(stats.status).toBe(401);
      // The probing cost the server nothing to speak of (a fresh one is about 120 MB).
      expect(rssOf(server.proc.pid!)).toBeLessThan(300 * 1024 * 1024);

      // The first login with the file's password deletes it (the server logs that, after the answer).
      expect((await postJson(`${server.url}/api/v1/login`, { username: 'admin', password })).status).toBe(200);
      await server.waitForLog((e) => e.msg === 'deleted the initial admin password file after its first login');
      expect(existsSync(file)).toBe(false);

      // Every request above was logged at trace level (its URL redacted); the stats request was the last.
      const incoming = await server.waitForLog((e) => e.msg === 'incoming request' && String((e.req as { url?: string }).url).startsWith('/api/v1/admin/stats'));
      expect((incoming.req as { url: string }).url).toBe('/api/v1/admin/stats?token=[redacted]');
      await server.waitForLog((e) => e.msg === 'incoming request' && (e.req as { url?: string }).url === '/ws?token=[redacted]');
      await server.waitForLog((e) => e.msg === 'request completed' && (e.res as { statusCode?: number }).statusCode === 401);
      expect(await server.stop()).toBe(0);
      const everything = [...server.lines, notFoundBody, upgrade.body, subprotocol.body, statsBody].join('\n');
      server = undefined;
      for (const secret of [SECRET, SECRET_PROTOCOL, SECRET_BEARER, password]) expect(everything).not.toContain(secret);
    },
    timeoutForRuns(2),
  );

  it('a password change deletes the first password file, which then no longer works', { timeout: timeoutForRuns(3) }, async () => {
    const init = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'none']);
    expect(init.exitCode, init.stderr).toBe(0);
    const { password, file } = initialPasswordFrom(init.stdout);
    expect(init.stdout).not.toContain(password);
    const passwd = await wukf(box, ['agent', 'passwd', 'admin', '--dir', 'x', '--password-stdin'], { input: 'a new admin password\n' });
    expect(passwd.exitCode, passwd.stderr).toBe(0);
    expect(passwd.stdout).toContain('deleted data/initial-admin-password');
    expect(existsSync(file)).toBe(false);
  });

  it('wukf bench refuses tokens in argv and says where they go instead', { timeout: timeoutForRuns(2) }, async () => {
    const agent = await wukf(box, ['bench', 'relay', '--url', 'http://127.0.0.1:1', '--token', SECRET]);
    expect(agent.exitCode).toBe(64);
    expect(agent.stderr).toContain('--token is no longer accepted');
    expect(agent.stderr).toContain('--token-file');
    expect(agent.stderr).toContain('WUKF_BENCH_AGENT_TOKENS');
    expect(agent.stderr).not.toContain(SECRET);
    const admin = await wukf(box, ['bench', 'connections', '--url', 'http://127.0.0.1:1', '--admin-token', SECRET]);
    expect(admin.exitCode).toBe(64);
    expect(admin.stderr).toContain('--admin-token-file');
    expect(admin.stderr).toContain('WUKF_BENCH_ADMIN_TOKEN');
  });
});
