import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WukfClient } from '../src/client/index.js';
import { staffRoundTrip, stopAndCheckAcked, startTarget, type AttackTarget } from './helpers/attack.js';
import { attemptUpgrade, closeSocket, login, type UpgradeOutcome } from './helpers/auth.js';
import { sandbox, timeoutForRuns, type Sandbox } from './helpers/cli.js';
import { startTestServer } from './helpers/server.js';
import { sdkClient, until } from './helpers/sdk.js';

/**
 * Attack 4: slow and many connections. wukf runs behind a (simulated) proxy on loopback listed in
 * server.trusted_proxies, so attackers are told apart by X-Forwarded-For while the staff come from the
 * proxy's own address. The timeouts are small so the slow senders are cut off quickly.
 */
const RSS_BOUND = 400 * 1024 * 1024;
const MAX_WEBSOCKETS = 30;
const STAFF_RESERVED = 6;
const TOKENS_PER_MINUTE = 20;
const UPGRADES_PER_MINUTE = 40;

const YAML_SETTINGS = `
server:
  trusted_proxies: [loopback]
limits:
  http_headers_timeout_ms: 500
  http_request_timeout_ms: 1000
  visitor_tokens_per_minute: ${TOKENS_PER_MINUTE}
  upgrades_per_minute: ${UPGRADES_PER_MINUTE}
  max_websockets: ${MAX_WEBSOCKETS}
  staff_reserved_websockets: ${STAFF_RESERVED}
`;

interface SlowClient {
  socket: Socket;
  received: string;
  closed: Promise<void>;
}

describe('attack suite: slow and many connections', () => {
  let box: Sandbox;
  let target: AttackTarget;

  beforeAll(async () => {
    box = sandbox();
    target = await startTarget(box, { yaml: YAML_SETTINGS });
  }, timeoutForRuns(4));

  afterAll(async () => {
    try {
      await stopAndCheckAcked(target);
    } finally {
      box.cleanup();
    }
  });

  async function visitorTokenFrom(address: string): Promise<{ status: number; token?: string; code?: string; retryAfter: string | null }> {
    const res = await fetch(`${target.url}/api/v1/visitors`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: '{}' });
    const body = (await res.json()) as { token?: string; error?: { code?: string } };
    return { status: res.status, token: body.token, code: body.error?.code, retryAfter: res.headers.get('retry-after') };
  }

  /** A raw TCP client that sends `text` and then nothing more. */
  function slowClient(text: string): Promise<SlowClient> {
    const { port } = new URL(target.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      const client: SlowClient = { socket, received: '', closed: new Promise((r) => socket.once('close', () => r())) };
      socket.setEncoding('utf8').on('data', (d: string) => (client.received += d));
      socket.once('error', () => undefined);
      socket.once('connect', () => {
        socket.write(text);
        resolve(client);
      });
      socket.once('error', reject);
    });
  }

  it(
    'cuts off partial bodies, partial headers and silent connections, while open WebSockets and the staff carry on',
    async () => {
      // A visitor chatting before the attack: its WebSocket outlives the HTTP timeouts.
      const visitorToken = (await visitorTokenFrom('192.0.2.50')).token!;
      const visitor = sdkClient(target.wsUrl, visitorToken);
      await visitor.connect();
      try {
        const partialBody = 'POST /api/v1/visitors HTTP/1.1\r\nHost: wukf\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"displayName": "';
        const slow = await Promise.all([
          slowClient(partialBody),
          slowClient(partialBody),
          slowClient(partialBody),
          slowClient('POST /api/v1/visitors HTTP/1.1\r\nHost: wukf\r\nContent-Ty'),
          slowClient(''),
        ]);
        // Each is closed by the server (the test's own timeout is what fails a hang).
        await Promise.all(slow.map((c) => c.closed));
        for (const c of slow) expect(c.received).toMatch(/^HTTP\/1\.1 408 /);

        const opened = await visitor.openConversation();
        expect(opened.id).toBeTruthy();
        await staffRoundTrip(target);
        expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
      } finally {
        await visitor.close();
      }
    },
    timeoutForRuns(2),
  );

  it(
    'refuses visitor tokens and upgrades past the per-address budget with 429 WUKF_E_RATE_LIMITED and Retry-After',
    async () => {
      const answers = [];
      for (let i = 0; i < TOKENS_PER_MINUTE + 10; i++) answers.push(await visitorTokenFrom('198.51.100.7'));
      expect(answers.slice(0, TOKENS_PER_MINUTE).every((a) => a.status === 200)).toBe(true);
      const refused = answers.slice(TOKENS_PER_MINUTE);
      expect(refused.every((a) => a.status === 429 && a.code === 'WUKF_E_RATE_LIMITED')).toBe(true);
      expect(Number(refused[0]!.retryAfter)).toBeGreaterThan(0);
      // Another address, and the staff, are not held back by it.
      expect((await visitorTokenFrom('198.51.100.8')).status).toBe(200);

      // Upgrades are charged before the token is looked at: garbage tokens count too.
      const upgrades: UpgradeOutcome[] = [];
      for (let i = 0; i < UPGRADES_PER_MINUTE + 5; i++) upgrades.push(await attemptUpgrade(target.wsUrl, { bearer: 'garbage', headers: { 'x-forwarded-for': '198.51.100.9' } }));
      expect(upgrades.slice(0, UPGRADES_PER_MINUTE).every((u) => !u.opened && u.status === 401)).toBe(true);
      for (const u of upgrades.slice(UPGRADES_PER_MINUTE)) {
        expect(u).toMatchObject({ opened: false, status: 429, body: { error: { code: 'WUKF_E_RATE_LIMITED' } } });
        if (!u.opened) expect(Number(u.headers['retry-after'])).toBeGreaterThan(0);
      }
      // A flood of distinct addresses: each has a full budget, and the tables stay bounded.
      for (let batch = 0; batch < 20; batch++) {
        const minted = await Promise.all(Array.from({ length: 50 }, (_, i) => visitorTokenFrom(`10.${batch}.${i}.1`)));
        expect(minted.every((a) => a.status === 200)).toBe(true);
      }
      await staffRoundTrip(target);
      expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
    },
    timeoutForRuns(2),
  );

  it(
    'fills the visitor share of max_websockets, refuses the next visitor with 503 WUKF_E_SERVER_FULL, and still lets an admin and an agent in to chat',
    async () => {
      const flood: UpgradeOutcome[] = [];
      const clients: WukfClient[] = [];
      try {
        // A visitor the agent will answer, connected before the flood.
        const customer = sdkClient(target.wsUrl, (await visitorTokenFrom('192.0.2.60')).token!);
        clients.push(customer);
        await customer.connect();
        const conversation = await customer.openConversation();

        // The attacker takes every remaining visitor slot, from many addresses.
        const visitorCap = MAX_WEBSOCKETS - STAFF_RESERVED;
        for (let i = 0; flood.length < visitorCap - 1; i++) {
          const address = `198.51.100.${100 + Math.floor(i / 8)}`;
          const token = (await visitorTokenFrom(address)).token!;
          flood.push(await attemptUpgrade(target.wsUrl, { bearer: token, headers: { 'x-forwarded-for': address } }));
          expect(flood.at(-1)!.opened).toBe(true);
        }
        const refused = await attemptUpgrade(target.wsUrl, { bearer: (await visitorTokenFrom('198.51.100.200')).token!, headers: { 'x-forwarded-for': '198.51.100.200' } });
        expect(refused).toMatchObject({ opened: false, status: 503, body: { error: { code: 'WUKF_E_SERVER_FULL' } } });

        // The staff still get in, into the reserve, and answer the customer.
        const admin = sdkClient(target.wsUrl, await login(target.url, target.admin.username, target.admin.password));
        const agent = sdkClient(target.wsUrl, await login(target.url, target.agent.username, target.agent.password));
        clients.push(admin, agent);
        await Promise.all([admin.connect(), agent.connect()]);
        await agent.claim(conversation.id!);
        let heard = false;
        customer.on('message', (m) => void (m.text === 'how can I help?' && (heard = true)));
        await agent.send(conversation.id!, 'how can I help?');
        await until(() => heard, [customer], 'the customer heard the agent');
        expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
      } finally {
        await Promise.all(clients.map((c) => c.close()));
        await Promise.all(flood.map((u) => closeSocket(u)));
      }
      // Once the flood has gone, new visitors get in again.
      await staffRoundTrip(target);
    },
    timeoutForRuns(2),
  );

  it('closes TCP connections past limits.max_tcp_connections as soon as they are accepted', async () => {
    const server = await startTestServer({ limits: { max_tcp_connections: 3 } });
    const sockets: Socket[] = [];
    try {
      const open = () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
          socket.once('error', reject);
          sockets.push(socket);
        });
      const held = [await open(), await open(), await open()];
      // The fourth is accepted by the kernel and closed by the server at once.
      const extra = await open();
      await new Promise<void>((resolve) => (extra.destroyed ? resolve() : extra.once('close', () => resolve())));
      expect(held.every((s) => !s.destroyed)).toBe(true);
      for (const s of held) s.destroy();
      await Promise.all(held.map((s) => new Promise<void>((resolve) => (s.closed ? resolve() : s.once('close', () => resolve())))));
    } finally {
      for (const s of sockets) s.destroy();
      await server.stop();
    }
  });
});
