import { afterEach, describe, expect, it } from 'vitest';
import { freePort, initialPasswordFrom, RUN_BUDGET_MS, sandbox, startServer, timeoutForRuns, wukf, wukfBin, type RunningServer, type Sandbox } from './helpers/cli.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

/*
 * `wukf tui --url https://…` against a server with its self-signed certificate, in a real terminal: the sign-in
 * says the certificate is not trusted and how to trust it, and works once Node is told to trust it.
 */

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
/** The screen as one line: the console wraps long notices at the terminal's width. */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

let box: Sandbox | undefined;
let server: RunningServer | undefined;
const terms: TmuxSession[] = [];
afterEach(async () => {
  for (const t of terms.splice(0)) t.kill();
  await server?.stop();
  server = undefined;
  box?.cleanup();
  box = undefined;
});

describe.skipIf(!hasTmux)('wukf tui --url against a self-signed certificate', () => {
  it('says at sign-in that the certificate is not trusted and how to trust it; signs in with NODE_EXTRA_CA_CERTS', async () => {
    box = sandbox();
    const port = await freePort();
    const init = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'self-signed', '--port', String(port)]);
    expect(init.exitCode, init.stderr).toBe(0);
    const { password } = initialPasswordFrom(init.stdout);
    server = await startServer(box, ['--dir', 'x']);
    expect(server.url).toBe(`https://127.0.0.1:${port}`);

    const signIn = async (env: Record<string, string>) => {
      const command = [process.execPath, wukfBin, 'tui', '--url', server!.url].map(quote).join(' ');
      const term = TmuxSession.start(command, box!.root, { ...box!.env, TERM: 'xterm-256color', NO_COLOR: '1', ...env }, { columns: 80, rows: 24 });
      terms.push(term);
      await term.waitFor('Username:', 3 * RUN_BUDGET_MS);
      term.send('admin');
      term.send('Enter');
      await term.waitFor('Password:');
      term.send(password);
      term.send('Enter');
      return term;
    };

    const untrusted = await signIn({});
    const screen = flat(await untrusted.waitFor((s) => flat(s).includes('NODE_EXTRA_CA_CERTS')));
    expect(screen).toContain(`cannot reach https://127.0.0.1:${port}: its TLS certificate is not trusted here`);
    expect(screen).not.toContain('fetch failed');

    const trusted = await signIn({ NODE_EXTRA_CA_CERTS: box.path('x', 'tls', 'cert.pem') });
    await trusted.waitFor('connections', 3 * RUN_BUDGET_MS);
  }, timeoutForRuns(4));
});
