import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CREDENTIALS_BODY_LIMIT } from '../src/server/http/auth-routes.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

afterEach(cleanupTestServers);

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, any> | undefined;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

const LOGIN_JSON = (password: string) => JSON.stringify({ username: 'admin', password });

/** What a client sees over HTTP when it gets a detail wrong (docs/admin-api.md "Requests and errors"). */
describe('HTTP details', () => {
  it('a body sent without Content-Type: application/json is 415 saying which header to send', async () => {
    const server = await startTestServer();
    const login = `${server.url}/api/v1/login`;
    const json = LOGIN_JSON(server.adminPassword);
    for (const [label, init, got] of [
      ['text/plain', { headers: { 'content-type': 'text/plain' }, body: json }, 'Content-Type "text/plain"'],
      ['no content type', { body: new Blob([json]) }, 'no Content-Type'],
      ['a form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=admin&password=x' }, 'Content-Type "application/x-www-form-urlencoded"'],
    ] as const) {
      const res = await send(login, { method: 'POST', ...init });
      expect(res.status, label).toBe(415);
      expect(res.body, label).toEqual({
        error: { code: 'WUKF_E_UNSUPPORTED_MEDIA_TYPE', message: `the body must be JSON: send Content-Type: application/json (got ${got})` },
      });
    }
    // The same body with the header logs in.
    const ok = await send(login, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body?.token).toEqual(expect.any(String));
  });

  it('a known path asked with the wrong method is 405 with Allow; unknown paths are JSON 404s, HEAD included', async () => {
    const server = await startTestServer();
    const login = await send(`${server.url}/api/v1/login`);
    expect(login.status).toBe(405);
    expect(login.headers.get('allow')).toBe('POST, OPTIONS');
    expect(login.body).toEqual({ error: { code: 'WUKF_E_METHOD_NOT_ALLOWED', message: '/api/v1/login takes POST, OPTIONS, not GET' } });

    const health = await send(`${server.url}/health?x=1`, { method: 'DELETE' });
    expect(health.status).toBe(405);
    expect(health.headers.get('allow')).toBe('GET, HEAD');
    const agent = await send(`${server.url}/api/v1/admin/agents/ann`, { method: 'PUT' });
    expect(agent.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');

    const head = await send(`${server.url}/health`, { method: 'HEAD' });
    expect([head.status, head.text, head.headers.get('content-type')]).toEqual([200, '', 'application/json; charset=utf-8']);

    for (const path of ['/nope', '/api/v1/nope', '/api/v1/login/extra']) {
      const res = await send(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toEqual({ error: { code: 'WUKF_E_NOT_FOUND', message: `no route GET ${path}` } });
      const headRes = await send(`${server.url}${path}`, { method: 'HEAD' });
      expect([headRes.status, headRes.headers.get('content-type')], path).toEqual([404, 'application/json; charset=utf-8']);
    }
  });

  it('a login body over the route limit gets a whole 413 JSON answer, then the connection closes', async () => {
    const server = await startTestServer();
    const socket = connect(server.port, '127.0.0.1');
    await once(socket, 'connect');
    const length = 1_100_000;
    socket.write(`POST /api/v1/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`);
    // The client goes on sending, as a client that has not read the answer yet does.
    socket.write(`{"username":"admin","password":"${'x'.repeat(64 * 1024)}`);
    socket.on('error', () => undefined);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    await once(socket, 'close');
    const [head = '', body = ''] = received.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(body)).toEqual({
      error: { code: 'WUKF_E_BODY_TOO_LARGE', message: `the body is larger than /api/v1/login accepts: at most ${CREDENTIALS_BODY_LIMIT} bytes` },
    });

    // The longest password a login takes fits the limit even with every character a JSON escape.
    const longest = '😀'.repeat(1024);
    const escaped = JSON.stringify({ username: 'admin', password: longest }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(escaped.length).toBeGreaterThan(12_000);
    const wrong = await send(`${server.url}/api/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: escaped });
    expect(wrong.status, wrong.text).toBe(401);
    expect(wrong.body?.error.code).toBe('WUKF_E_BAD_PASSWORD');
  });
});

function plainGet(url: string, headers: Record<string, string> = {}): Promise<{ res: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ res, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTPS port', () => {
  it('answers plain HTTP with 400 naming the https:// URL, and still speaks HTTPS and WebSocket upgrades', async () => {
    const server = await startTestServer({ tls: true });
    expect(server.url).toMatch(/^https:/);
    const plain = server.url.replace('https:', 'http:');

    const refused = await plainGet(`${plain}/health`);
    expect(refused.res.statusCode).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({ error: { code: 'WUKF_E_HTTPS_REQUIRED', message: `this port speaks HTTPS: use https://127.0.0.1:${server.port}/` } });
    // The name the client used is the one it is told to use; a Host that is not a host name is not echoed.
    const named = await plainGet(`${plain}/health`, { host: `chat.example.com:${server.port}` });
    expect(JSON.parse(named.text).error.message).toBe(`this port speaks HTTPS: use https://chat.example.com:${server.port}/`);
    const odd = await plainGet(`${plain}/health`, { host: '<script>' });
    expect(JSON.parse(odd.text).error.message).toBe(`this port speaks HTTPS: use https://127.0.0.1:${server.port}/`);

    // A connection that closes before its first byte leaves the server as it was.
    const silent = connect(server.port, '127.0.0.1');
    await once(silent, 'connect');
    silent.destroy();

    const ca = readFileSync(server.config.paths.certFile, 'utf8');
    const health = await new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      const req = httpsRequest(`${server.url}/health`, { ca }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode, text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'ok', name: 'wukf' });

    // An upgrade over TLS reaches the gateway, which answers a missing token as it does on a plain port.
    const ws = new WebSocket(server.wsUrl, { ca });
    const [, upgrade] = (await once(ws, 'unexpected-response')) as [unknown, IncomingMessage];
    expect(upgrade.statusCode).toBe(401);
    upgrade.resume();
    await once(upgrade, 'end');
  });
});
