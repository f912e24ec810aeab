import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type TLSSocket } from 'node:tls';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CertificateReloader } from '../src/server/tls-reload.js';
import { generateSelfSigned } from '../src/server/tls.js';
import { freePort, sandbox, startServer, timeoutForRuns, wukf, type RunningServer, type Sandbox } from './helpers/cli.js';

const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;

/** A TLS connection that trusts only `ca`, as a client that was given the server's certificate. */
async function dial(port: number, ca: string): Promise<TLSSocket> {
  const socket = connect({ host: '127.0.0.1', port, servername: 'localhost', ca });
  await once(socket, 'secureConnect');
  return socket;
}

/** GET /health on an open keep-alive connection; resolves with the status line once the body arrived. */
async function health(socket: TLSSocket): Promise<string> {
  let text = '';
  const answered = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (!text.includes('"name":"wukf"')) return;
      socket.off('data', onData);
      resolve(text.split('\r\n')[0]!);
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
  socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
  return answered;
}

describe('certificate reload on a running server', () => {
  let box: Sandbox;
  let server: RunningServer | undefined;
  const sockets: TLSSocket[] = [];
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    if (server) await server.stop('SIGKILL');
    server = undefined;
    box.cleanup();
  });

  it('serves a replaced pair to new connections after SIGHUP, keeps old connections, and refuses a bad pair', async () => {
    const port = await freePort();
    const init = await wukf(box, ['init', '--dir', 'x', '--yes', '--tls', 'self-signed', '--port', String(port)]);
    expect(init.exitCode, init.stderr).toBe(0);
    // Long enough that the connection made before the reload is still open after it, however slow the machine.
    const configFile = box.path('x', 'wukf.yaml');
    const doc = YAML.parseDocument(readFileSync(configFile, 'utf8'));
    doc.setIn(['limits', 'http_keep_alive_timeout_ms'], 600_000);
    writeFileSync(configFile, doc.toString());
    const certFile = box.path('x', 'tls', 'cert.pem');
    const keyFile = box.path('x', 'tls', 'key.pem');
    const first = readFileSync(certFile, 'utf8');

    server = await startServer(box, ['--dir', 'x']);
    const before = await dial(port, first);
    sockets.push(before);
    expect(before.getPeerCertificate().fingerprint256).toBe(fingerprint(first));
    expect(await health(before)).toBe('HTTP/1.1 200 OK');

    const renewed = await generateSelfSigned('127.0.0.1');
    writeFileSync(certFile, renewed.cert);
    writeFileSync(keyFile, renewed.key, { mode: 0o600 });
    server.proc.kill('SIGHUP');
    const reloaded = await server.waitForLog((e) => e.msg === 'tls certificate reloaded');
    expect(reloaded).toMatchObject({ trigger: 'SIGHUP', fingerprint256: fingerprint(renewed.cert) });

    const after = await dial(port, renewed.cert);
    sockets.push(after);
    expect(after.getPeerCertificate().fingerprint256).toBe(fingerprint(renewed.cert));
    expect(await health(after)).toBe('HTTP/1.1 200 OK');
    // The connection made before the reload keeps its certificate and keeps working.
    expect(await health(before)).toBe('HTTP/1.1 200 OK');
    expect(before.getPeerCertificate().fingerprint256).toBe(fingerprint(first));

    // A certificate with a key that is not its own: logged, and the renewed pair stays in service.
    writeFileSync(certFile, (await generateSelfSigned('127.0.0.1')).cert);
    server.proc.kill('SIGHUP');
    const refused = await server.waitForLog((e) => String(e.msg).startsWith('tls certificate not reloaded'));
    expect(refused).toMatchObject({ level: 50, msg: 'tls certificate not reloaded: the new pair is unusable; still serving the previous certificate' });
    expect(String(refused.error)).toContain('do not match');
    const still = await dial(port, renewed.cert);
    sockets.push(still);
    expect(still.getPeerCertificate().fingerprint256).toBe(fingerprint(renewed.cert));

    expect(await server.stop('SIGTERM')).toBe(0);
    server = undefined;
  }, timeoutForRuns(3));
});

describe('CertificateReloader watching the files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wukf-tls-reload-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a renewal once both files have settled, never a half-written pair', async () => {
    const files = { certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') };
    const [old, renewed] = await Promise.all([generateSelfSigned('localhost'), generateSelfSigned('localhost')]);
    writeFileSync(files.certFile, old.cert);
    writeFileSync(files.keyFile, old.key);
    const served: string[] = [];
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const reloader = new CertificateReloader(files, (pair) => served.push(pair.cert), logger, old.cert);

    expect(reloader.poll()).toBeUndefined();
    // A renewal caught half-way: the certificate is new, the key is still the old one.
    writeFileSync(files.certFile, renewed.cert);
    expect(reloader.poll()).toBeUndefined();
    writeFileSync(files.keyFile, renewed.key);
    expect(reloader.poll()).toBeUndefined();
    // Unchanged since the last look: now it is taken, once.
    expect(reloader.poll()).toBe('reloaded');
    expect(reloader.poll()).toBeUndefined();
    expect(served).toEqual([renewed.cert]);
    expect(lines.filter((l) => l.level === 50)).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ msg: 'tls certificate reloaded', trigger: 'files changed' });
  });
});
