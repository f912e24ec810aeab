import { readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyScaffold, planScaffold } from '../src/cli/scaffold.js';
import { loadConfig } from '../src/server/config/index.js';
import { runServer, type ReadyInfo } from '../src/server/lifecycle.js';
import { createLogger } from '../src/server/logger.js';
import { PresenceStatus } from '../src/proto/index.js';
import { login, postJson } from './helpers/auth.js';
import { freePort, sandbox, type Sandbox } from './helpers/cli.js';
import { RawClient } from './helpers/raw-client.js';

const logger = createLogger({ level: 'fatal', format: 'json' });

describe('presence and liveness', () => {
  let box: Sandbox;
  let shutdown: AbortController;
  let running: Promise<void>;
  let url: string;
  let wsUrl: string;
  let adminPassword: string;
  const clients: RawClient[] = [];

  beforeEach(async () => {
    box = sandbox();
    const dir = box.path('x');
    adminPassword = (await applyScaffold(await planScaffold({ dir, host: '127.0.0.1', port: await freePort(), tls: { mode: 'none' }, adminUsername: 'admin' }))).admin.password;
    const file = box.path('x/wukf.yaml');
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['limits', 'ping_interval_ms'], 1000);
    writeFileSync(file, doc.toString());
    shutdown = new AbortController();
    let ready!: (i: ReadyInfo) => void;
    const info = new Promise<ReadyInfo>((r) => (ready = r));
    running = runServer({ config: loadConfig(dir, {}), logger, version: 'test', signal: shutdown.signal, onReady: ready });
    url = (await info).url;
    wsUrl = `${url.replace('http', 'ws')}/ws`;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    shutdown.abort();
    await running;
    box.cleanup();
  });

  async function connect(token: string): Promise<RawClient> {
    const c = await RawClient.connect(wsUrl, token);
    clients.push(c);
    await c.hello();
    return c;
  }

  async function activeConversation(): Promise<{ visitor: RawClient; agent: RawClient; id: string; visitorId: string }> {
    const visitor = await connect((await postJson(`${url}/api/v1/visitors`, {})).body.token as string);
    const agent = await connect(await login(url, 'admin', adminPassword));
    const opened = (await visitor.request({ openConversation: {} })) as { conversation: { conversation: { id: string; visitor: { id: string } } } };
    const id = opened.conversation.conversation.id;
    await agent.request({ claimConversation: { conversationId: id } });
    return { visitor, agent, id, visitorId: opened.conversation.conversation.visitor.id };
  }

  it("pushes the agent's away/online and the visitor's offline to the other side", async () => {
    const { visitor, agent, visitorId } = await activeConversation();
    const from = visitor.frames.length;
    agent.push({ setPresence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } });
    const away = await visitor.next((e) => e.body === 'presence' && e.presence.participant?.id === 'admin', from);
    expect(away).toMatchObject({ presence: { status: PresenceStatus.PRESENCE_STATUS_AWAY } });

    const mark = agent.frames.length;
    await visitor.close();
    clients.splice(clients.indexOf(visitor), 1);
    const offline = await agent.next((e) => e.body === 'presence' && e.presence.participant?.id === visitorId, mark);
    expect(offline).toMatchObject({ presence: { status: PresenceStatus.PRESENCE_STATUS_OFFLINE } });
  });

  it('drops a peer that stops answering pings, and the other side sees it go offline', async () => {
    const { visitor, agent, id, visitorId } = await activeConversation();
    const mark = agent.frames.length;
    // A dead peer: its socket stops reading, so the server's pings are never answered.
    visitor.stopReading();
    const offline = await agent.next((e) => e.body === 'presence' && e.presence.participant?.id === visitorId && e.presence.status === PresenceStatus.PRESENCE_STATUS_OFFLINE, mark);
    expect(offline.body).toBe('presence');
    // Reading again, the dead peer finds its connection gone: the server terminated it.
    visitor.resumeReading();
    expect(await visitor.closed).toMatchObject({ code: 1006 });
    // The agent, which answers pings, is still connected and served.
    const ack = await agent.request({ sendMessage: { conversationId: id, clientMessageId: 'still-here', text: 'are you there?' } });
    expect(ack.body).toBe('messageAck');
  }, 15_000);
});
