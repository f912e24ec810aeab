import type { WukfClient } from '../../src/client/index.js';
import { ConversationState, type ConversationSnapshot, type MessageEvent, type QueueEvent } from '../../src/proto/index.js';
import type { NewGroup } from '../../src/server/domain/group.js';
import { SqliteStore } from '../../src/server/store/index.js';
import { sdkClient, until } from './sdk.js';
import { createAgents, runTestServer, scaffoldServerDir, type ServerDirOptions, type TestAgent, type TestServer } from './server.js';

/* Routing end to end: a server with groups and agents, and SDK clients that record what they were told. */

export const PASSWORD = 'routing-password-1';

/** What one client heard: the latest snapshot of each conversation, every message, every visitor queue view. */
export class Recorder {
  readonly snapshots = new Map<string, ConversationSnapshot>();
  readonly messages: MessageEvent[] = [];
  readonly places: QueueEvent[] = [];

  constructor(readonly client: WukfClient) {
    client.on('conversation', (s) => void this.snapshots.set(s.id ?? '', s));
    client.on('message', (m) => void this.messages.push(m));
    client.on('queue', (q) => {
      if (q.conversationId) this.places.push(q);
    });
  }

  snapshot(id: string): ConversationSnapshot | undefined {
    return this.snapshots.get(id);
  }

  /** The conversation is active with `agent` in this client's view. */
  withAgent(id: string, agent: string): boolean {
    const s = this.snapshots.get(id);
    return s?.state === ConversationState.CONVERSATION_STATE_ACTIVE && s.agent?.id === agent;
  }

  /** The system events of a conversation, in seq order. */
  systemEvents(id: string): NonNullable<MessageEvent['system']>[] {
    return this.messages.filter((m) => m.conversationId === id && m.system).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map((m) => m.system!);
  }

  /** The last place this visitor was told for a conversation. */
  place(id: string): QueueEvent | undefined {
    return this.places.filter((q) => q.conversationId === id).at(-1);
  }

  wait(check: () => boolean, what: string): Promise<void> {
    return until(check, [this.client], what);
  }
}

export interface RoutingServerOptions extends Omit<ServerDirOptions, 'agents'> {
  groups?: NewGroup[];
  agents: TestAgent[];
}

export interface RoutingServer {
  srv: TestServer;
  /** A connected client of an agent (by username) or of a new visitor (no name) or of the given visitor token. */
  agent(username: string): Promise<Recorder>;
  visitor(token?: string): Promise<Recorder>;
  /** Stops the server and runs a new one on the same directory. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function routingServer(opts: RoutingServerOptions): Promise<RoutingServer> {
  const { agents, groups = [], ...dirOptions } = opts;
  const prepared = await scaffoldServerDir(dirOptions);
  const store = SqliteStore.open(prepared.dbFile);
  try {
    for (const g of groups) await store.createGroup(g);
  } finally {
    await store.close();
  }
  await createAgents(prepared.dbFile, agents);
  const clients: WukfClient[] = [];
  const state = { srv: await runTestServer(prepared) };
  const connect = async (token: string | (() => Promise<string>)) => {
    const client = sdkClient(state.srv.wsUrl, token);
    clients.push(client);
    const recorder = new Recorder(client);
    await client.connect();
    return recorder;
  };
  const closeClients = () => Promise.all(clients.splice(0).map((c) => c.close()));
  return {
    get srv() {
      return state.srv;
    },
    agent: (username) => connect(() => state.srv.login(username, PASSWORD)),
    visitor: async (token) => connect(token ?? (await state.srv.visitorToken())),
    restart: async () => {
      await closeClients();
      await state.srv.stop();
      state.srv = await runTestServer(prepared);
    },
    close: async () => {
      await closeClients();
      await state.srv.stop();
    },
  };
}

/** An agent account for routing tests: online only once connected; capacity, languages, skills and groups as given. */
export function agent(username: string, fields: Partial<TestAgent> = {}): TestAgent {
  return { username, password: PASSWORD, maxConcurrent: 5, ...fields };
}
