import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { WukfClient, type WebSocketConstructor } from '../client/index.js';
import type { PairSpec, TransportKind } from './protocol.js';

/**
 * One side of a pair as the load loops see it: send a message by id (resolves on its ack) and hear the
 * ids the peer sent. The wukf transport goes through the SDK and the real protocol; the baseline one through
 * bare ws frames to baseline-server.ts. The loops in load.ts are the same for both.
 */
export interface Endpoint {
  send(id: string): Promise<unknown>;
  onDelivered(listener: (id: string) => void): void;
  close(): Promise<void>;
}

export interface PairLink {
  visitor: Endpoint;
  agent: Endpoint;
}

const corked = new Set<Socket>();

/**
 * Holds a socket's writes back until the end of this tick. Each ws.send is a write syscall of its own, and
 * the loops send many frames to one socket in one tick (a batch of acks releases as many sends); corked, they
 * leave in one write, which keeps the generator's CPU per message down. Both transports send through this,
 * so the comparison stays fair.
 */
function corkUntilNextTick(ws: WebSocket): void {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (!socket || corked.has(socket)) return;
  socket.cork();
  corked.add(socket);
  if (corked.size === 1) process.nextTick(uncorkAll);
}

function uncorkAll(): void {
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/** ws bound to one source address, so each worker has its own 64k ephemeral ports. */
export function boundWebSocket(localAddress: string): WebSocketConstructor {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { localAddress, perMessageDeflate: false });
    }

    override send(data: Uint8Array): void {
      corkUntilNextTick(this);
      super.send(data);
    }
  } as unknown as WebSocketConstructor;
}

export function openPair(kind: TransportKind, url: string, spec: PairSpec, localAddress: string, window: number): Promise<PairLink> {
  return kind === 'wukf' ? openWukfPair(url, spec, localAddress, window) : openBaselinePair(url, spec, localAddress);
}

async function openWukfPair(url: string, spec: PairSpec, localAddress: string, window: number): Promise<PairLink> {
  const WS = boundWebSocket(localAddress);
  // Receipts would add frames the baseline does not have; the relay measures messages and acks only.
  const make = (token: string) => new WukfClient({ url, token, WebSocket: WS, window, autoDelivered: false, clientName: 'wukf-bench' });
  const visitor = make(spec.visitorToken);
  const agent = make(spec.agentToken);
  try {
    await Promise.all([visitor.connect(), agent.connect()]);
    const conversation = await visitor.openConversation(spec.group === undefined ? {} : { group: spec.group });
    const conversationId = conversation.id ?? '';
    // Routed to this agent (its own group): claiming it takes it from the queue, or accepts the offer if routing was first.
    await agent.claim(conversationId);
    const endpoint = (client: WukfClient, close: () => Promise<void>): Endpoint => ({
      send: (id) => client.send(conversationId, `message ${id}`, { clientMessageId: id }),
      onDelivered: (listener) =>
        client.on('message', (m) => {
          if (m.text) listener(m.clientMessageId);
        }),
      close,
    });
    // The agent closes the conversation on the way out, so a bench against a running server (--url) leaves
    // no open conversations behind.
    const agentClose = () =>
      agent
        .closeConversation(conversationId, 'wukf bench')
        .catch(() => undefined)
        .then(() => agent.close());
    return { visitor: endpoint(visitor, () => visitor.close()), agent: endpoint(agent, agentClose) };
  } catch (err) {
    await Promise.all([visitor.close(), agent.close()]).catch(() => undefined);
    throw err;
  }
}

/** Baseline frames: [kind, id length, id bytes, text bytes]; kind 0 = paired, 1 = message, 2 = ack. */
export const BASELINE_PAIRED = 0;
export const BASELINE_MESSAGE = 1;
export const BASELINE_ACK = 2;

function baselineMessage(id: string, text: string): Buffer {
  const idLength = Buffer.byteLength(id);
  const frame = Buffer.allocUnsafe(2 + idLength + Buffer.byteLength(text));
  frame[0] = BASELINE_MESSAGE;
  frame[1] = idLength;
  frame.write(id, 2);
  frame.write(text, 2 + idLength);
  return frame;
}

function openBaselineSide(url: string, key: string, side: 'v' | 'a', localAddress: string): Promise<Endpoint> {
  const ws = new WebSocket(`${url}?pair=${encodeURIComponent(key)}&side=${side}`, { localAddress, perMessageDeflate: false });
  const acks = new Map<string, () => void>();
  const listeners: ((id: string) => void)[] = [];
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('close', () => {
      for (const done of acks.values()) done();
      acks.clear();
    });
    ws.on('message', (data: Buffer) => {
      const kind = data[0];
      if (kind === BASELINE_PAIRED) {
        resolve({
          send: (id) =>
            new Promise<void>((done) => {
              acks.set(id, done);
              corkUntilNextTick(ws);
              ws.send(baselineMessage(id, `message ${id}`));
            }),
          onDelivered: (listener) => listeners.push(listener),
          close: () =>
            new Promise<void>((done) => {
              if (ws.readyState === WebSocket.CLOSED) return done();
              ws.once('close', () => done());
              ws.close(1000);
            }),
        });
        return;
      }
      const id = data.toString('utf8', 2, 2 + data[1]!);
      if (kind === BASELINE_ACK) {
        const done = acks.get(id);
        acks.delete(id);
        done?.();
      } else if (kind === BASELINE_MESSAGE) {
        for (const l of listeners) l(id);
      }
    });
  });
}

async function openBaselinePair(url: string, spec: PairSpec, localAddress: string): Promise<PairLink> {
  const [visitor, agent] = await Promise.all([openBaselineSide(url, spec.key, 'v', localAddress), openBaselineSide(url, spec.key, 'a', localAddress)]);
  return { visitor, agent };
}
