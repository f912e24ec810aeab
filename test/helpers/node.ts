import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessBus } from '../../src/server/bus/index.js';
import { defaultConfig, type Config } from '../../src/server/config/index.js';
import { ConversationCore } from '../../src/server/conversations/index.js';
import type { Participant } from '../../src/server/domain/conversation.js';
import { createLogger } from '../../src/server/logger.js';
import { LocalPresence } from '../../src/server/presence/index.js';
import { limitsFromConfig, queueBudgetsFromConfig, Realtime, type InjectedClient } from '../../src/server/realtime/index.js';
import { SqliteStore } from '../../src/server/store/index.js';

/*
 * One wukf node without HTTP or sockets: a real SQLite store in a temp dir, the conversation core, and the
 * real-time layer driven through inject(). What the frame handlers do, tested the way fastify's inject() tests
 * routes.
 */

export interface TestNode {
  store: SqliteStore;
  core: ConversationCore;
  realtime: Realtime;
  presence: LocalPresence;
  /** Moves the node's clock. */
  advance(ms: number): void;
  /** A connection of this principal that has not said Hello yet. */
  connect(principal: Participant): InjectedClient;
  /** Connects and says Hello. */
  greet(principal: Participant, cursors?: { conversationId: string; lastSeq: number }[]): Promise<InjectedClient>;
  close(): Promise<void>;
}

export const visitor = (n: number): Participant => ({ kind: 'visitor', id: `v_${n}`, displayName: `Visitor ${n}` });
export const agent = (username: string): Participant => ({ kind: 'agent', id: username, displayName: username });
export const admin: Participant = { kind: 'admin', id: 'admin', displayName: 'admin' };

export async function startTestNode(opts: { agents?: string[]; limits?: Partial<Config['limits']> } = {}): Promise<TestNode> {
  const dir = mkdtempSync(join(tmpdir(), 'wukf-node-'));
  const store = SqliteStore.open(join(dir, 'wukf.db'));
  for (const username of opts.agents ?? []) {
    await store.createAgent({ username, displayName: username, role: 'agent', skills: [], languages: [], maxConcurrent: 5, timezone: 'UTC', hours: null }, 'x');
  }
  let now = Date.now();
  const clock = () => now;
  const limits = { ...defaultConfig().limits, ...opts.limits };
  const core = new ConversationCore({ store, agents: store, now: clock, budgets: queueBudgetsFromConfig(limits) });
  const presence = new LocalPresence();
  await core.start();
  const realtime = new Realtime({
    conversations: core,
    bus: new InProcessBus(),
    presence,
    tokenVersion: (username) => store.getTokenVersion(username),
    logger: createLogger({ level: 'fatal', format: 'json' }),
    limits: limitsFromConfig(limits),
    now: clock,
    node: 'test-node',
  });
  realtime.start();
  const clients: InjectedClient[] = [];
  const connect = (principal: Participant) => {
    const client = realtime.inject(principal);
    clients.push(client);
    return client;
  };
  return {
    store,
    core,
    realtime,
    presence,
    advance: (ms) => void (now += ms),
    connect,
    greet: async (principal, cursors = []) => {
      const client = connect(principal);
      await client.hello(cursors);
      return client;
    },
    close: async () => {
      for (const c of clients) c.close();
      realtime.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
