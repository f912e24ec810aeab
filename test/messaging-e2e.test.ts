import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WukfClient } from '../src/client/index.js';
import { initDir, sandbox, startServer, type RunningServer, type Sandbox } from './helpers/cli.js';
import { ChaosProxy } from './helpers/chaos-proxy.js';
import { login, sdkClient, Transcript, until, visitorToken } from './helpers/sdk.js';

interface Pair {
  visitor: WukfClient;
  agent: WukfClient;
  conversationId: string;
  visitorId: string;
  toAgent: Transcript;
  toVisitor: Transcript;
}

/** The stored text entries of a conversation, read straight from the database file. */
function stored(dbFile: string, conversationId: string): { seq: number; sender: string; clientMessageId: string; text: string }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare('SELECT seq, sender_id AS sender, client_message_id AS clientMessageId, text FROM entries WHERE conversation_id = ? AND text IS NOT NULL ORDER BY seq')
      .all(conversationId) as { seq: number; sender: string; clientMessageId: string; text: string }[];
  } finally {
    db.close();
  }
}

function allSeqs(dbFile: string, conversationId: string): number[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT seq FROM entries WHERE conversation_id = ? ORDER BY seq').all(conversationId) as { seq: number }[]).map((r) => r.seq);
  } finally {
    db.close();
  }
}

describe('messaging end to end (real server process, SDK clients)', () => {
  let box: Sandbox;
  let server: RunningServer | undefined;
  let password: string;
  let port: number;
  const clients: WukfClient[] = [];

  beforeEach(async () => {
    box = sandbox();
    ({ port, password } = await initDir(box, 'x'));
    // Load tests send far faster than a person types: lift the per-connection rate limit.
    const file = box.path('x/wukf.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/rate_per_second: \d+/, 'rate_per_second: 100000').replace(/rate_burst: \d+/, 'rate_burst: 100000'));
    server = await startServer(box, ['--dir', 'x']);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    if (server) await server.stop('SIGKILL');
    box.cleanup();
  });

  async function pair(wsUrl: string, baseUrl: string, reconnect = { minMs: 20, maxMs: 300 }): Promise<Pair> {
    const vToken = await visitorToken(baseUrl);
    const aToken = await login(baseUrl, 'admin', password);
    let conversationId = '';
    const visitor = sdkClient(wsUrl, vToken, { reconnect });
    const agent = sdkClient(wsUrl, aToken, { reconnect });
    clients.push(visitor, agent);
    let visitorId = '';
    const toVisitor = new Transcript(visitor, () => conversationId, () => visitorId);
    const toAgent = new Transcript(agent, () => conversationId, () => 'admin');
    visitorId = (await visitor.connect()).you?.id ?? '';
    await agent.connect();
    conversationId = (await visitor.openConversation({ language: 'en' })).id ?? '';
    await agent.claim(conversationId);
    return { visitor, agent, conversationId, visitorId, toAgent, toVisitor };
  }

  it('1,000 messages each way arrive exactly once, in order, with delivered and read receipts back', async () => {
    const base = server!.url;
    const p = await pair(`${base.replace('http', 'ws')}/ws`, base);
    const n = 1000;
    const readUpTo = { visitor: 0, agent: 0 };
    const receiptsAtVisitor = { delivered: 0, read: 0 };
    p.visitor.on('receipt', (r) => {
      if (r.participant?.id !== 'admin') return;
      if (r.kind === 1) receiptsAtVisitor.delivered = Math.max(receiptsAtVisitor.delivered, r.seq);
      if (r.kind === 2) receiptsAtVisitor.read = Math.max(receiptsAtVisitor.read, r.seq);
    });
    // The agent reads everything it is handed.
    p.agent.on('message', (m) => {
      if (m.conversationId === p.conversationId && m.seq > readUpTo.agent) {
        readUpTo.agent = m.seq;
        p.agent.markRead(m.conversationId, m.seq);
      }
    });
    const sends = [];
    for (let i = 0; i < n; i++) {
      sends.push(p.visitor.send(p.conversationId, `v${i}`));
      sends.push(p.agent.send(p.conversationId, `a${i}`));
    }
    const acks = await Promise.all(sends);
    expect(acks.every((a) => a.duplicate === false)).toBe(true);
    await Promise.all([p.toAgent.waitFor(n), p.toVisitor.waitFor(n)]);

    expect(p.toAgent.texts.map((t) => t.text)).toEqual(Array.from({ length: n }, (_, i) => `v${i}`));
    expect(p.toVisitor.texts.map((t) => t.text)).toEqual(Array.from({ length: n }, (_, i) => `a${i}`));
    const lastSeq = Math.max(...acks.map((a) => a.seq));
    expect(allSeqs(box.path('x/data/wukf.db'), p.conversationId)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));

    // Receipts for the visitor's last message come back to the visitor.
    const lastVisitorSeq = p.toAgent.texts.at(-1)!.seq;
    await until(() => receiptsAtVisitor.delivered >= lastVisitorSeq && receiptsAtVisitor.read >= lastVisitorSeq, [p.visitor], 'the receipts of the last message');
  }, 120_000);

  it('loses and duplicates nothing acknowledged when the server is killed with SIGKILL and restarted', async () => {
    const base = server!.url;
    const p = await pair(`${base.replace('http', 'ws')}/ws`, base);
    const acked = { visitor: new Set<string>(), agent: new Set<string>() };
    const total = 600;
    let sent = 0;
    const sends: Promise<unknown>[] = [];
    // Steady two-way load: a message each way every few milliseconds.
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        if (sent >= total) {
          clearInterval(tick);
          resolve();
          return;
        }
        const i = sent++;
        sends.push(p.visitor.send(p.conversationId, `v${i}`).then((a) => acked.visitor.add(a.clientMessageId)));
        sends.push(p.agent.send(p.conversationId, `a${i}`).then((a) => acked.agent.add(a.clientMessageId)));
        if (i === Math.floor(total / 3)) {
          const before = acked.visitor.size + acked.agent.size;
          expect(before).toBeGreaterThan(0);
          void server!.stop('SIGKILL').then(async () => {
            server = await startServer(box, ['--dir', 'x']);
          });
        }
      }, 3);
    });
    await Promise.all(sends);
    await Promise.all([p.toAgent.waitFor(total), p.toVisitor.waitFor(total)]);

    const rows = stored(box.path('x/data/wukf.db'), p.conversationId);
    const ids = rows.map((r) => `${r.sender}:${r.clientMessageId}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of acked.visitor) expect(ids).toContain(`${p.visitorId}:${id}`);
    for (const id of acked.agent) expect(ids).toContain(`admin:${id}`);
    expect(rows.filter((r) => r.sender === p.visitorId).map((r) => r.text)).toEqual(Array.from({ length: total }, (_, i) => `v${i}`));
    expect(rows.filter((r) => r.sender === 'admin').map((r) => r.text)).toEqual(Array.from({ length: total }, (_, i) => `a${i}`));
    const seqs = allSeqs(box.path('x/data/wukf.db'), p.conversationId);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(p.toAgent.texts.map((t) => t.text)).toEqual(rows.filter((r) => r.sender === p.visitorId).map((r) => r.text));
    expect(p.toVisitor.texts.map((t) => t.text)).toEqual(rows.filter((r) => r.sender === 'admin').map((r) => r.text));
  }, 120_000);

  it('survives a proxy that cuts every connection about every 200 ms for 10 s: 0 lost, 0 duplicated, same order', async () => {
    const proxy = await ChaosProxy.start(port);
    try {
      const p = await pair(`ws://127.0.0.1:${proxy.port}/ws`, server!.url, { minMs: 10, maxMs: 200 });
      proxy.startChaos(200);
      const sends: Promise<unknown>[] = [];
      let i = 0;
      await new Promise<void>((resolve) => {
        const stopAt = Date.now() + 10_000;
        const tick = setInterval(() => {
          if (Date.now() >= stopAt) {
            clearInterval(tick);
            resolve();
            return;
          }
          sends.push(p.visitor.send(p.conversationId, `v${i}`));
          sends.push(p.agent.send(p.conversationId, `a${i}`));
          i++;
        }, 10);
      });
      proxy.stopChaos();
      await Promise.all(sends);
      await Promise.all([p.toAgent.waitFor(i), p.toVisitor.waitFor(i)]);
      expect(proxy.cuts).toBeGreaterThan(10);

      const rows = stored(box.path('x/data/wukf.db'), p.conversationId);
      const fromVisitor = rows.filter((r) => r.sender === p.visitorId);
      const fromAgent = rows.filter((r) => r.sender === 'admin');
      expect(fromVisitor.map((r) => r.text)).toEqual(Array.from({ length: i }, (_, k) => `v${k}`));
      expect(fromAgent.map((r) => r.text)).toEqual(Array.from({ length: i }, (_, k) => `a${k}`));
      expect(p.toAgent.texts.map((t) => t.seq)).toEqual(fromVisitor.map((r) => r.seq));
      expect(p.toVisitor.texts.map((t) => t.seq)).toEqual(fromAgent.map((r) => r.seq));
    } finally {
      await proxy.close();
    }
  }, 120_000);
});
