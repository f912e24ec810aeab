import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope } from '../src/proto/index.js';
import { AGENT_PASSWORD, expectAckedKept, staffRoundTrip, startTarget, type AttackTarget } from './helpers/attack.js';
import { login } from './helpers/auth.js';
import { sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';
import { RawClient } from './helpers/raw-client.js';
import { visitorToken } from './helpers/sdk.js';

const NEW_PASSWORD = 'alice after the password change';
const BOB_PASSWORD = 'bob keeps working throughout';

/**
 * An agent that sends messages into one conversation in a closed loop (the next once the last is answered),
 * remembering for each whether it went out before or after the revoking command returned, and which were
 * acked. A RATE_LIMITED refusal is obeyed (it waits retry_after_ms, as a client must); anything else stops it.
 */
class SendingAgent {
  readonly sent = new Map<string, 'before' | 'after'>();
  readonly acked = new Set<string>();
  commandReturned = false;
  private next = 0;
  private ackWaiters: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly client: RawClient,
    private readonly conversationId: string,
  ) {
    client.ws.on('message', (data: Buffer) => {
      const env = decodeEnvelope(new Uint8Array(data));
      if (env.body === 'messageAck' && env.messageAck.conversationId === conversationId) {
        this.acked.add(env.messageAck.clientMessageId);
        for (const w of [...this.ackWaiters]) if (this.acked.size >= w.count) (this.ackWaiters.splice(this.ackWaiters.indexOf(w), 1), w.resolve());
        this.sendOne();
      } else if (env.body === 'error' && env.error.code === 'WUKF_E_RATE_LIMITED' && env.error.clientMessageId) {
        this.sent.delete(env.error.clientMessageId);
        setTimeout(() => this.sendOne(), env.error.retryAfterMs || 20);
      }
    });
  }

  start(): void {
    this.sendOne();
  }

  /** Resolves once this many messages were acked (already, or later). */
  ackedAtLeast(count: number): Promise<void> {
    if (this.acked.size >= count) return Promise.resolve();
    return new Promise((resolve) => this.ackWaiters.push({ count, resolve }));
  }

  sendOne(): void {
    if (this.client.ws.readyState !== WebSocket.OPEN) return;
    const id = `m-${this.next++}`;
    this.sent.set(id, this.commandReturned ? 'after' : 'before');
    this.client.ws.send(encodeEnvelope({ ref: this.next, sendMessage: { conversationId: this.conversationId, clientMessageId: id, text: `message ${id}` } }));
  }

  sentAfter(): string[] {
    return [...this.sent].filter(([, when]) => when === 'after').map(([id]) => id);
  }
}

interface Round {
  agent: SendingAgent;
  client: RawClient;
  conversationId: string;
}

/** A visitor opens a conversation, alice (logged in with `password`) claims it and starts sending. */
async function aliceSending(target: AttackTarget, password: string): Promise<Round> {
  const visitor = await RawClient.connect(target.wsUrl, await visitorToken(target.url));
  await visitor.hello();
  const opened = await visitor.request({ openConversation: { language: 'en', skills: [], context: {} } });
  if (opened.body !== 'conversation') throw new Error(`open refused: ${JSON.stringify(opened)}`);
  const conversationId = opened.conversation.conversation!.id!;
  await visitor.close();

  const client = await RawClient.connect(target.wsUrl, await login(target.url, 'alice', password));
  await client.hello();
  const claimed = await client.request({ claimConversation: { conversationId } });
  if (claimed.body !== 'conversation') throw new Error(`claim refused: ${JSON.stringify(claimed)}`);
  const agent = new SendingAgent(client, conversationId);
  agent.start();
  // The loop is really running (and some messages are in flight) when the command starts.
  await agent.ackedAtLeast(3);
  return { agent, client, conversationId };
}

/**
 * Runs the account command while alice sends and bob and the admin chat with a visitor; checks what the
 * command promises the moment it returns: alice's socket closed with 4401, every ack she got was for a
 * message sent before, and (checked in the database at the end) nothing sent after was stored.
 */
async function revokeWhileSending(box: Sandbox, target: AttackTarget, round: Round, command: string[], input = ''): Promise<void> {
  const staff = { ...target, agent: { username: 'bob', password: BOB_PASSWORD } };
  const [result, trip] = await Promise.all([
    wukf(box, [...command, '--dir', target.dir], { input }).then((r) => {
      round.agent.commandReturned = true;
      // Sent at once, in the same tick as the command's return: none of these may be stored.
      for (let i = 0; i < 3; i++) round.agent.sendOne();
      return r;
    }),
    staffRoundTrip(staff),
  ]);
  expect(result.exitCode, result.stderr).toBe(0);
  expect(result.stdout).toContain('the running server closed 1 live connection of alice');
  expect(trip.chatMs).toBeGreaterThan(0);

  const closed = await round.client.closed;
  expect(closed.code).toBe(4401);
  expect(closed.reason).toBe('WUKF_E_TOKEN_REVOKED');
  expect(round.client.errors('WUKF_E_TOKEN_REVOKED')).toHaveLength(1);
  for (const id of round.agent.acked) expect(round.agent.sent.get(id), id).toBe('before');
  expect(target.rssBytes()).toBeLessThan(RSS_BOUND);
}

/** The server's RSS stays below this throughout (a fresh one is about 120 MB). */
const RSS_BOUND = 300 * 1024 * 1024;

describe('attack suite: revocation is immediate', () => {
  let box: Sandbox;
  beforeEach(() => void (box = sandbox()));
  afterEach(() => box.cleanup());

  it(
    'revoke, passwd, update --role and remove close the live connection with 4401 before they return; nothing sent after is stored',
    async () => {
      const target = await startTarget(box);
      const rounds: Round[] = [];
      try {
        const added = await wukf(box, ['agent', 'add', 'bob', '--dir', target.dir, '--password-stdin'], { input: `${BOB_PASSWORD}\n` });
        expect(added.exitCode, added.stderr).toBe(0);

        rounds.push(await aliceSending(target, AGENT_PASSWORD));
        await revokeWhileSending(box, target, rounds.at(-1)!, ['agent', 'revoke', 'alice']);

        rounds.push(await aliceSending(target, AGENT_PASSWORD));
        await revokeWhileSending(box, target, rounds.at(-1)!, ['agent', 'passwd', 'alice', '--password-stdin'], `${NEW_PASSWORD}\n`);

        rounds.push(await aliceSending(target, NEW_PASSWORD));
        await revokeWhileSending(box, target, rounds.at(-1)!, ['agent', 'update', 'alice', '--role', 'admin']);

        rounds.push(await aliceSending(target, NEW_PASSWORD));
        await revokeWhileSending(box, target, rounds.at(-1)!, ['agent', 'remove', 'alice', '--force']);
      } finally {
        expect(await target.server.stop()).toBe(0);
      }
      await expectAckedKept(target);

      // After a clean stop every commit is in the database: what was acked is there, nothing sent after the
      // command returned is, and everything there was sent before.
      const db = new Database(join(target.dir, 'data', 'wukf.db'), { readonly: true });
      try {
        for (const { agent, conversationId } of rounds) {
          const rows = db.prepare("SELECT client_message_id AS id FROM entries WHERE conversation_id = ? AND sender_id = 'alice' AND text IS NOT NULL").all(conversationId) as { id: string }[];
          const stored = new Set(rows.map((r) => r.id));
          for (const id of agent.acked) expect(stored.has(id), `acked ${id} is stored`).toBe(true);
          for (const id of stored) expect(agent.sent.get(id), `stored ${id} was sent before the command returned`).toBe('before');
          for (const id of agent.sentAfter()) expect(stored.has(id), `${id}, sent after the command returned, is not stored`).toBe(false);
        }
      } finally {
        db.close();
      }
    },
    timeoutForRuns(12),
  );

  it(
    'an admin revokes over HTTP with its token: the agent is closed with 4401 at once; agents and unknown names are refused',
    async () => {
      const target = await startTarget(box);
      try {
        const alice = await RawClient.connect(target.wsUrl, await login(target.url, 'alice', AGENT_PASSWORD));
        await alice.hello();
        const revoke = (username: string, token: string) =>
          fetch(`${target.url}/api/v1/admin/agents/${username}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

        const asAgent = await revoke('alice', await login(target.url, 'alice', AGENT_PASSWORD));
        expect(asAgent.status).toBe(403);
        expect(alice.closeCode).toBeUndefined();

        const adminToken = await login(target.url, target.admin.username, target.admin.password);
        const unknown = await revoke('nobody', adminToken);
        expect(unknown.status).toBe(404);
        expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('WUKF_E_AGENT_NOT_FOUND');

        const res = await revoke('alice', adminToken);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ username: 'alice', closedConnections: 1 });
        expect((await alice.closed).code).toBe(4401);
        await staffRoundTrip(target);
      } finally {
        expect(await target.server.stop()).toBe(0);
      }
    },
    timeoutForRuns(4),
  );
});
