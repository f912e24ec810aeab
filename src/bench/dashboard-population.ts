import { WukfClient } from '../client/index.js';
import type { DashboardAgentSpec, DashboardJob } from './protocol.js';
import { boundWebSocket, type Endpoint, type PairLink } from './transport.js';

/** A load worker's share of the dashboard population, once everyone is connected and every conversation open. */
export interface Population {
  /** The claimed conversations, visitor and agent side: the message load runs over these. */
  links: PairLink[];
  /** Sockets open (agents and visitors). */
  sockets: number;
  close(): Promise<void>;
}

/** One side of a conversation; an agent's client serves all of that agent's conversations. */
function endpoint(client: WukfClient, conversationId: string): Endpoint {
  return {
    send: (id) => client.send(conversationId, `message ${id}`, { clientMessageId: id }),
    onDelivered: (listener) =>
      client.on('message', (m) => {
        if (m.conversationId === conversationId && m.text) listener(m.clientMessageId);
      }),
    close: async () => undefined,
  };
}

/**
 * Agents connect (and so come online), then each agent's visitors open their conversations in the agent's group,
 * one after another: routing offers each to the agent while it has room and the agent claims it; past
 * max_concurrent the conversation waits in the group's queue. Agents go in parallel.
 */
export async function openPopulation(job: DashboardJob): Promise<Population> {
  const WS = boundWebSocket(job.localAddress);
  const clients: WukfClient[] = [];
  const opened: { client: WukfClient; conversationId: string }[] = [];
  const connect = async (token: string) => {
    // Receipts would add frames of their own; the load is messages and acks, as in the relay.
    const client = new WukfClient({ url: job.url, token, WebSocket: WS, window: 64, autoDelivered: false, clientName: 'wukf-bench', connectTimeoutMs: 30_000 });
    clients.push(client);
    await client.connect();
    return client;
  };
  const links: PairLink[] = [];
  const populate = async (spec: DashboardAgentSpec) => {
    const agent = await connect(spec.token);
    for (const c of spec.conversations) {
      const visitor = await connect(c.visitorToken);
      const conversation = await visitor.openConversation(c.group === undefined ? {} : { group: c.group });
      const conversationId = conversation.id ?? '';
      let owner = visitor;
      if (c.claim) {
        try {
          await agent.claim(conversationId);
          owner = agent;
          links.push({ visitor: endpoint(visitor, conversationId), agent: endpoint(agent, conversationId) });
        } catch {
          // A running server's own routing or capacity decides otherwise: the conversation stays queued.
        }
      }
      opened.push({ client: owner, conversationId });
    }
  };
  try {
    await Promise.all(job.agents.map(populate));
  } catch (err) {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    throw err;
  }
  return {
    links,
    sockets: clients.length,
    close: async () => {
      // A running server keeps what a bench opened unless it is closed: the agent closes the claimed ones,
      // the visitor the queued ones.
      if (job.closeOnStop) await Promise.all(opened.map(({ client, conversationId }) => client.closeConversation(conversationId, 'wukf bench').catch(() => undefined)));
      await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    },
  };
}
