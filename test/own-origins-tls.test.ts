import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { freePort, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';

let box: Sandbox;
let server: RunningServer | undefined;
beforeEach(() => {
  box = sandbox();
});
afterEach(async () => {
  if (server && server.proc.exitCode === null) await server.stop('SIGKILL');
  box.cleanup();
});

/** POST /api/v1/visitors over TLS to 127.0.0.1 as a browser page at `origin` would send it. */
function visitorTokenFrom(port: number, ca: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, servername: 'localhost', path: '/api/v1/visitors', method: 'POST', ca, headers: { origin, 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

// Found by the first-run walkthrough: with --host 0.0.0.0 the /demo page opened by the public name was refused.
it('takes the pages of every name its certificate covers (--tls-names) as its own, and still refuses other sites', { timeout: timeoutForRuns(3) }, async () => {
  const port = await freePort();
  const init = await wukf(box, ['init', '--dir', 'x', '--yes', '--host', '0.0.0.0', '--port', String(port), '--tls-names', 'chat.example.test']);
  expect(init.exitCode, init.stderr).toBe(0);
  server = await startServer(box, ['--dir', 'x']);
  const ca = readFileSync(box.path('x/tls/cert.pem'), 'utf8');
  expect(await visitorTokenFrom(port, ca, `https://chat.example.test:${port}`)).toBe(200);
  expect(await visitorTokenFrom(port, ca, `https://localhost:${port}`)).toBe(200);
  expect(await visitorTokenFrom(port, ca, `https://chat.example.test:${port + 1}`)).toBe(403);
  expect(await visitorTokenFrom(port, ca, 'https://elsewhere.example.test')).toBe(403);
});
