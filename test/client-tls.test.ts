import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, request as httpsRequest, type Server } from 'node:https';
import { join } from 'node:path';
import { execa } from 'execa';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { requestVisitorToken, WukfClient, WukfClientError, type WebSocketConstructor } from '../src/client/index.js';
import { generateSelfSigned } from '../src/server/tls.js';
import { freePort, repoRoot, RUN_BUDGET_MS, testRunMarker } from './helpers/cli.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
  await cleanupTestServers();
});

/** ws's WebSocket trusting `ca`, as a Node app given the server's certificate would make it. */
function trusting(ca: string): WebSocketConstructor {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  } as unknown as WebSocketConstructor;
}

/** connect()'s rejection; the client gives up instead of redialling an untrusted server for ever. */
async function refusal(client: WukfClient): Promise<WukfClientError> {
  const err = await client.connect().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WukfClientError);
  expect(client.state).toBe('closed');
  return err as WukfClientError;
}

/** A bare HTTPS server with the given pair: the handshake is all these tests reach. */
async function httpsServer(pair: { cert: string; key: string }): Promise<number> {
  const server = createServer(pair, (_req, res) => res.end('{}'));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as { port: number }).port;
}

describe('the SDK against a server whose certificate it does not trust', () => {
  it('says the certificate is not trusted and how to trust it, for a token request and for the WebSocket', async () => {
    const server = await startTestServer({ tls: true });
    expect(server.url).toMatch(/^https:/);

    const token = await requestVisitorToken(server.url).then(
      () => undefined,
      (e: unknown) => e as WukfClientError,
    );
    expect(token).toBeInstanceOf(WukfClientError);
    expect(token!.code).toBe('WUKF_E_TLS_UNTRUSTED');
    expect(token!.message).toMatch(new RegExp(`^cannot reach ${server.url}: its TLS certificate is not trusted here \\(DEPTH_ZERO_SELF_SIGNED_CERT`));
    expect(token!.message).toContain('NODE_EXTRA_CA_CERTS=');
    expect(token!.message).toContain('docs/tls.md');
    expect(token!.message).not.toContain('fetch failed');

    const client = new WukfClient({ url: server.wsUrl, token: 'unused', WebSocket: WebSocket as unknown as WebSocketConstructor });
    const errors: WukfClientError[] = [];
    client.on('error', (e) => errors.push(e));
    const err = await refusal(client);
    expect(err.code).toBe('WUKF_E_TLS_UNTRUSTED');
    expect(err.message).toContain('its TLS certificate is not trusted here');
    expect(errors).toEqual([err]);
  });

  it('works once Node trusts the certificate through NODE_EXTRA_CA_CERTS', async () => {
    const server = await startTestServer({ tls: true });
    const certFile = join(server.dir, 'tls', 'cert.pem');
    // NODE_EXTRA_CA_CERTS is read when Node starts: a child process, as an operator's app would be.
    const script = `
      import { requestVisitorToken, WukfClient } from ${JSON.stringify(join(repoRoot, 'dist', 'client', 'index.js'))};
      import WebSocket from 'ws';
      const { token } = await requestVisitorToken(process.argv[1]);
      const client = new WukfClient({ url: process.argv[2], token, WebSocket });
      const welcome = await client.connect();
      console.log(welcome ? 'welcomed' : 'no welcome');
      await client.close();
    `;
    const run = (env: Record<string, string>) =>
      execa(process.execPath, ['--input-type=module', '-e', script, server.url, server.wsUrl], { cwd: repoRoot, env: { ...testRunMarker(), ...env }, reject: false, timeout: RUN_BUDGET_MS });
    const untrusted = await run({});
    expect(untrusted.exitCode).not.toBe(0);
    expect(untrusted.stderr).toContain('its TLS certificate is not trusted here');
    const trusted = await run({ NODE_EXTRA_CA_CERTS: certFile });
    expect(trusted.stderr).toBe('');
    expect(trusted.exitCode).toBe(0);
    expect(trusted.stdout).toBe('welcomed');
  }, 3 * RUN_BUDGET_MS);

  it('keeps trying, and says why, when a server it was connected to comes back with a certificate it does not trust', async () => {
    const server = await startTestServer({ tls: true });
    const ca = readFileSync(join(server.dir, 'tls', 'cert.pem'), 'utf8');
    const sockets: WebSocket[] = [];
    // Trusts the certificate on the first dial only: every later dial meets a certificate it does not know.
    const OnceTrusting = class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, sockets.length === 0 ? { ca } : {});
        sockets.push(this);
      }
    } as unknown as WebSocketConstructor;
    const client = new WukfClient({ url: server.wsUrl, token: await adminToken(server.url, server.adminPassword, ca), WebSocket: OnceTrusting });
    await client.connect();
    const reported = new Promise<WukfClientError>((resolve) => client.once('error', resolve));
    sockets[0]!.terminate();
    const err = await reported;
    expect(err.code).toBe('WUKF_E_TLS_UNTRUSTED');
    expect(client.state).toBe('reconnecting');
    await client.close();
  });

  it('says when the certificate does not cover the name connected to', async () => {
    // Issued for a public name only: a client that dials 127.0.0.1 trusts the issuer but not the name.
    const pems = await generate([{ name: 'commonName', value: 'chat.example.com' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'chat.example.com' }] }],
    });
    const port = await httpsServer({ cert: pems.cert, key: pems.private });
    const err = await refusal(new WukfClient({ url: `wss://127.0.0.1:${port}/ws`, token: 't', WebSocket: trusting(pems.cert) }));
    expect(err.code).toBe('WUKF_E_TLS_UNTRUSTED');
    expect(err.message).toContain(`cannot reach https://127.0.0.1:${port}: its TLS certificate does not cover the name 127.0.0.1`);
    expect(err.message).toContain('chat.example.com');
    expect(err.message).toContain('--tls-names');
  });

  it('says when the certificate has expired', async () => {
    const pair = await generateSelfSigned('127.0.0.1', { days: -1 });
    const port = await httpsServer(pair);
    const err = await refusal(new WukfClient({ url: `wss://127.0.0.1:${port}/ws`, token: 't', WebSocket: trusting(pair.cert) }));
    expect(err.code).toBe('WUKF_E_TLS_UNTRUSTED');
    expect(err.message).toContain('its TLS certificate has expired (CERT_HAS_EXPIRED)');
  });

  it('says when nothing listens, and keeps trying', async () => {
    const port = await freePort();
    const token = await requestVisitorToken(`http://127.0.0.1:${port}`).catch((e: unknown) => e as WukfClientError);
    expect(token).toMatchObject({ code: 'WUKF_E_UNREACHABLE', message: `cannot reach http://127.0.0.1:${port}: nothing is listening there (ECONNREFUSED); is wukf running, on that host and port?` });

    const client = new WukfClient({ url: `ws://127.0.0.1:${port}/ws`, token: 't', WebSocket: WebSocket as unknown as WebSocketConstructor });
    const reported = new Promise<WukfClientError>((resolve) => client.once('error', resolve));
    void client.connect().catch(() => undefined);
    expect((await reported).code).toBe('WUKF_E_UNREACHABLE');
    expect(client.state).toBe('reconnecting');
    await client.close();
  });
});

/** POST /api/v1/login over HTTPS trusting `ca`: Node's fetch takes no CA of its own. */
function adminToken(url: string, password: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(new URL('/api/v1/login', url), { method: 'POST', ca, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve((JSON.parse(body) as { token: string }).token));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ username: 'admin', password }));
  });
}
