import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEnvelope, QueueEventKind, type Envelope } from '../src/proto/index.js';
import { signIdentity } from '../src/server/auth/identity.js';
import { readSecret } from '../src/server/secrets.js';
import { postJson } from './helpers/auth.js';
import { login } from './helpers/auth.js';
import { expectAckedKept, staffRoundTrip, startTarget, type AttackTarget } from './helpers/attack.js';
import { sandbox, startServer, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';
import { RawClient } from './helpers/raw-client.js';
import { visitorToken } from './helpers/sdk.js';

/*
 * Attack 1 of the security review, against a real `wukf start`: one visitor token floods OpenConversation
 * with 20 KB of context per frame, then many tokens fill the queue. Before the queue budgets, each open
 * re-sent the whole queue with its contexts to every agent, and a staff Hello got the whole queue in one
 * frame larger than max_buffered_bytes: every agent and admin was closed with 4408, also after a restart.
 */

const LIMITS = {
  // Let the attack's 20 KB contexts past the context budget, so the queue budgets are what stops it.
  max_context_bytes: 32 * 1024,
  max_open_conversations_per_visitor: 3,
  max_queued_conversations: 63,
  queue_reserved_for_identified: 10,
};
const ANONYMOUS_ROOM = LIMITS.max_queued_conversations - LIMITS.queue_reserved_for_identified;
/** The server's RSS must stay under this during the attack (an idle server is about 100 MB). */
const RSS_BOUND = 300 * 1024 * 1024;

const fatContext = () => Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, `${i}`.padEnd(1024, 'x')]));

/** A visitor identified by the app's backend (signed with the identity key), who may take the reserved places. */
async function identifiedToken(target: AttackTarget, userId: string): Promise<string> {
  const key = readSecret(join(target.dir, 'secrets', 'identity-hmac.key'));
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await postJson(`${target.url}/api/v1/visitors`, { userId, timestamp, signature: signIdentity(key, userId, timestamp) });
  if (res.status !== 200) throw new Error(`identified visitor token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/**
 * An anonymous visitor token for a client of the botnet, each behind its own address (through the proxy wukf
 * trusts): one address alone would be held to limits.visitor_tokens_per_minute long before the queue filled.
 */
async function botToken(target: AttackTarget, bot: number): Promise<string> {
  const res = await fetch(`${target.url}/api/v1/visitors`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${bot}` }, body: '{}' });
  if (res.status !== 200) throw new Error(`visitor token for bot ${bot}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** An admin's raw connection after Hello, with the first QueueEvent it got. */
async function staffHello(target: AttackTarget): Promise<{ client: RawClient; page: Envelope & { body: 'queue' } }> {
  const client = await RawClient.connect(target.wsUrl, await login(target.url, target.admin.username, target.admin.password));
  await client.hello();
  const page = (await client.next((e) => e.body === 'queue')) as Envelope & { body: 'queue' };
  return { client, page };
}

const listJson = async (box: Sandbox, dir: string, ...args: string[]) => {
  const res = await wukf(box, ['conversation', 'list', '--dir', dir, '--json', ...args]);
  expect(res.exitCode, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as { total: number; conversations: { id: string; state: string; anonymous: boolean }[] };
};

describe('attack: the queue flood', () => {
  let box: Sandbox;
  beforeEach(() => void (box = sandbox()));
  afterEach(() => box.cleanup());

  it(
    'holds the attacker to its budgets while staff keep working, across a restart, and wukf conversation close and purge clean up',
    async () => {
      let target = await startTarget(box, { limits: LIMITS, yaml: 'server:\n  trusted_proxies: [loopback]\n' });
      const clients: RawClient[] = [];
      try {
        // One token, 70 opens with 20 × 1 KB of context, sent at once.
        const attacker = await RawClient.connect(target.wsUrl, await visitorToken(target.url));
        clients.push(attacker);
        await attacker.hello();
        const replies = await Promise.all(Array.from({ length: 70 }, () => attacker.request({ openConversation: { context: fatContext() } })));
        expect(replies.every((r) => r.body === 'conversation')).toBe(true);
        const own = new Set(replies.map((r) => (r as Envelope & { body: 'conversation' }).conversation.conversation!.id!));
        // Beyond three, every open continued the visitor's latest conversation.
        expect(own.size).toBe(LIMITS.max_open_conversations_per_visitor);

        // Many tokens: anonymous visitors fill their part of the queue, then get WUKF_E_QUEUE_FULL. Meanwhile
        // an agent and an admin work with a visitor identified by the app, who may take a reserved place.
        const acked = new Set(own);
        const codes: string[] = [];
        const during = staffRoundTrip(target, () => identifiedToken(target, 'customer-1'));
        let rssMax = 0;
        for (let batch = 0; batch < 8; batch++) {
          rssMax = Math.max(rssMax, target.rssBytes());
          await Promise.all(
            Array.from({ length: 10 }, async (_, i) => {
              const v = await RawClient.connect(target.wsUrl, await botToken(target, batch * 10 + i + 1));
              clients.push(v);
              await v.hello();
              const reply = await v.request({ openConversation: { context: fatContext() } });
              if (reply.body === 'conversation') acked.add(reply.conversation.conversation!.id!);
              else if (reply.body === 'error') {
                codes.push(reply.error.code);
                expect(reply.error.retryAfterMs).toBe(30_000);
              }
            }),
          );
        }
        expect(acked.size).toBe(ANONYMOUS_ROOM);
        expect(codes).toEqual(Array(83 - ANONYMOUS_ROOM).fill('WUKF_E_QUEUE_FULL'));

        expect((await during).chatMs).toBeGreaterThan(0);

        // Staff: a Hello gets a page without contexts, pages the rest, and stays open.
        const { client: admin, page } = await staffHello(target);
        clients.push(admin);
        expect(page.queue).toMatchObject({ kind: QueueEventKind.KIND_PAGE, total: ANONYMOUS_ROOM });
        expect(page.queue.entries).toHaveLength(50);
        expect(page.queue.entries.every((e) => Object.keys(e.conversation!.context ?? {}).length === 0)).toBe(true);
        // Fifty entries with their contexts would be a megabyte; without them the page is a few kilobytes.
        expect(encodeEnvelope({ queue: page.queue }).byteLength).toBeLessThan(32 * 1024);
        const rest = (await admin.request({ queueRequest: { offset: 50 } })) as Envelope & { body: 'queue' };
        expect(rest.queue.entries.map((e) => e.position)).toEqual([51, 52, 53]);
        expect(admin.closeCode).toBeUndefined();
        expect(Math.max(rssMax, target.rssBytes())).toBeLessThan(RSS_BOUND);
        for (const c of clients.splice(0)) await c.close();

        // A restart reloads the queue; staff still connect, and nothing acked is gone.
        expect(await target.server.stop()).toBe(0);
        target = { ...target, server: await startServer(box, ['--dir', target.dir]) };
        const after = await staffHello(target);
        clients.push(after.client);
        expect(after.page.queue.total).toBe(ANONYMOUS_ROOM);
        expect((await staffRoundTrip(target, () => identifiedToken(target, 'customer-2'))).chatMs).toBeGreaterThan(0);
        const queued = await listJson(box, target.dir, '--state', 'queued', '--limit', '1000');
        expect(new Set(queued.conversations.map((c) => c.id))).toEqual(acked);
        expect(queued.conversations.every((c) => c.anonymous)).toBe(true);

        // The operator cleans up through the running server: staff see the queue empty at once.
        const from = after.client.frames.length;
        const closed = await wukf(box, ['conversation', 'close', '--queued', '--anonymous', '--older-than', '0s', '--dir', target.dir]);
        expect(closed.exitCode, closed.stderr).toBe(0);
        expect(closed.stdout).toContain(`closed ${ANONYMOUS_ROOM} conversation(s)`);
        await after.client.next((e) => e.body === 'queue' && e.queue.kind === QueueEventKind.KIND_DELTA && e.queue.total === 0, from);
        expect((await listJson(box, target.dir, '--state', 'queued')).total).toBe(0);

        const refused = await wukf(box, ['conversation', 'purge', '--dir', target.dir]);
        expect(refused.exitCode).toBe(64);
        expect(refused.stderr).toContain('--force');
        const dry = await wukf(box, ['conversation', 'purge', '--dry-run', '--dir', target.dir]);
        expect(dry.stdout).toContain(`would delete ${ANONYMOUS_ROOM} closed conversation(s)`);
        const purged = await wukf(box, ['conversation', 'purge', '--force', '--dir', target.dir]);
        expect(purged.exitCode, purged.stderr).toBe(0);
        expect(purged.stdout).toContain(`deleted ${ANONYMOUS_ROOM} closed conversation(s)`);
        // What is left: the two staff round trips' conversations, still active.
        const left = await listJson(box, target.dir);
        expect(left.conversations.map((c) => c.state)).toEqual(['active', 'active']);
        expect(await target.server.stop()).toBe(0);
        await expectAckedKept(target);
      } finally {
        for (const c of clients) await c.close().catch(() => undefined);
        await target.server.stop();
      }
    },
    timeoutForRuns(12),
  );
});
