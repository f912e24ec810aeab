import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConversationState,
  ReceiptKind,
  type ConversationSnapshot,
  type HistoryPage,
  type MessageEvent,
  type ReceiptEvent,
  type WukfClient,
  type WukfClientError,
} from '../src/client/index.js';
import { ChaosProxy } from './helpers/chaos-proxy.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer, type TestServer } from './helpers/server.js';

/* The SDK against the real server: a visitor and an agent through wukf, and through a proxy that cuts them off. */

describe('client against the real server', () => {
  let srv: TestServer;
  const clients: WukfClient[] = [];
  const proxies: ChaosProxy[] = [];

  beforeEach(async () => {
    srv = await startTestServer();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(proxies.splice(0).map((p) => p.close()));
    await cleanupTestServers();
  });

  function client(token: () => Promise<string>, viaPort = srv.port): WukfClient {
    const c = sdkClient(`ws://127.0.0.1:${viaPort}/ws`, token, { reconnect: { minMs: 10, maxMs: 100 } });
    clients.push(c);
    return c;
  }

  it('carries a conversation from open to claim to messages and receipts both ways', async () => {
    // The visitor's token is fetched once: later connections must be the same visitor.
    const token = await srv.visitorToken();
    const visitor = client(async () => token);
    const agent = client(srv.adminToken);
    const queued: string[] = [];
    agent.on('queue', (q) => queued.push(...q.entries.map((e) => e.conversation?.id ?? '')));
    const receipts: ReceiptEvent[] = [];
    agent.on('receipt', (r) => receipts.push(r));
    const toVisitor: MessageEvent[] = [];
    visitor.on('message', (m) => toVisitor.push(m));
    const toAgent: MessageEvent[] = [];
    agent.on('message', (m) => toAgent.push(m));
    await visitor.connect();
    await agent.connect();

    const opened = await visitor.openConversation({ language: 'en', context: { order: '42' } });
    expect(opened.state).toBe(ConversationState.CONVERSATION_STATE_QUEUED);
    await until(() => queued.includes(opened.id!), [agent], 'the queue');
    const claimed: ConversationSnapshot = await agent.claim(opened.id!);
    expect(claimed.agent?.id).toBe('admin');

    const ack = await visitor.send(opened.id!, '你好');
    expect(ack.duplicate).toBe(false);
    await until(() => toAgent.some((m) => m.text === '你好'), [agent], 'the message at the agent');
    await agent.send(opened.id!, 'hello, how can I help?');
    await until(() => toVisitor.some((m) => m.text === 'hello, how can I help?'), [visitor], 'the reply');
    // The visitor's client acknowledged delivery by itself; reading is the app's call.
    const replySeq = toVisitor.find((m) => m.text === 'hello, how can I help?')!.seq;
    await until(() => receipts.some((r) => r.kind === ReceiptKind.RECEIPT_KIND_DELIVERED && r.seq === replySeq), [agent], 'the delivered receipt');
    visitor.markRead(opened.id!, replySeq);
    await until(() => receipts.some((r) => r.kind === ReceiptKind.RECEIPT_KIND_READ && r.seq === replySeq), [agent], 'the read receipt');
    expect(visitor.lastSeq(opened.id!)).toBe(replySeq);

    const page = await visitor.history(opened.id!, { limit: 50 });
    expect(page.messages.filter((m) => m.text).map((m) => m.text)).toEqual(['你好', 'hello, how can I help?']);
  });

  it('loses, repeats and reorders nothing in either direction while the connections are cut again and again', async () => {
    const proxy = await ChaosProxy.start(srv.port);
    proxies.push(proxy);
    const token = await srv.visitorToken();
    const visitor = client(async () => token, proxy.port);
    const agent = client(srv.adminToken, proxy.port);
    // A client's own messages come back too, when a resume replays them; what matters here is the other side's.
    const toVisitor: string[] = [];
    const toAgent: string[] = [];
    visitor.on('message', (m) => m.text && m.sender?.id !== visitor.welcome?.you?.id && toVisitor.push(m.text));
    agent.on('message', (m) => m.text && m.sender?.id !== 'admin' && toAgent.push(m.text));
    await visitor.connect();
    await agent.connect();
    const id = (await visitor.openConversation()).id!;
    await agent.claim(id);

    proxy.startChaos(80);
    const fromVisitor: string[] = [];
    const fromAgent: string[] = [];
    const acks: Promise<unknown>[] = [];
    // Batches gated on their acks, until the link has been cut a few times under load.
    for (let batch = 0; batch < 8 || proxy.cuts < 4; batch++) {
      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < 5; i++) {
        fromVisitor.push(`v${batch}.${i}`);
        sends.push(visitor.send(id, `v${batch}.${i}`));
      }
      fromAgent.push(`a${batch}`);
      sends.push(agent.send(id, `a${batch}`));
      acks.push(...sends);
      await Promise.all(sends);
    }
    proxy.stopChaos();
    await Promise.all(acks);
    await until(() => toAgent.length >= fromVisitor.length && toVisitor.length >= fromAgent.length, [visitor, agent], 'every message at the other side');

    expect(proxy.cuts).toBeGreaterThanOrEqual(4);
    expect(toAgent).toEqual(fromVisitor);
    expect(toVisitor).toEqual(fromAgent);
    // A cut just before the chaos stopped may still be on its way: a read caught by it fails with
    // WUKF_E_DISCONNECTED, and an app reads again, as here.
    const read = (beforeSeq: number): Promise<HistoryPage> =>
      agent.history(id, { beforeSeq, limit: 200 }).catch((err: WukfClientError) => (err.code === 'WUKF_E_DISCONNECTED' ? read(beforeSeq) : Promise.reject(err)));
    const stored: string[] = [];
    for (let beforeSeq = 0, more = true; more; ) {
      const page = await read(beforeSeq);
      stored.unshift(...page.messages.flatMap((m) => (m.text ? [m.text] : [])));
      beforeSeq = page.messages[0]?.seq ?? 0;
      more = page.hasMore;
    }
    expect(stored.filter((t) => t.startsWith('v'))).toEqual(fromVisitor);
    expect(stored.filter((t) => t.startsWith('a'))).toEqual(fromAgent);
    expect(visitor.unacked()).toEqual([]);
    expect(agent.unacked()).toEqual([]);
  });
});
