import { WebSocket } from 'ws';
import { WukfClient, WukfClientError, type DisconnectInfo, type GapInfo, type MessageAck, type MessageEvent, type RewindInfo, type WebSocketLike, type WukfClientOptions } from '../../src/client/index.js';
import { FakeServer, type FakeConnection, type FakeServerOptions } from './client-fake-server.js';

/*
 * What the client tests against the fake server share: clients wired to record their events (each event
 * also wakes server.until(), so a test waits on client events and server frames alike), cleanup, and a
 * WebSocket that behaves as browsers' does.
 */

const servers: FakeServer[] = [];
const clients: WukfClient[] = [];

/** Closes every client and server the test made; each test file runs it after each test. */
export async function cleanup(): Promise<void> {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
}

export async function serve(options: FakeServerOptions = {}): Promise<FakeServer> {
  const server = await FakeServer.start(options);
  servers.push(server);
  return server;
}

export interface Log {
  messages: MessageEvent[];
  acks: MessageAck[];
  states: string[];
  disconnects: DisconnectInfo[];
  errors: WukfClientError[];
  gaps: GapInfo[];
  rewinds: RewindInfo[];
  ready: number;
}

export function connectClient(server: FakeServer, options: Partial<WukfClientOptions> = {}): { client: WukfClient; log: Log } {
  const client = new WukfClient({ url: server.url, token: 'alice', WebSocket, reconnect: { minMs: 5, maxMs: 20 }, ...options });
  clients.push(client);
  const log: Log = { messages: [], acks: [], states: [], disconnects: [], errors: [], gaps: [], rewinds: [], ready: 0 };
  const seen = <T>(list: T[]) => (item: T) => {
    list.push(item);
    server.emit('change');
  };
  client.on('message', seen(log.messages));
  client.on('ack', seen(log.acks));
  client.on('state', seen(log.states));
  client.on('disconnect', seen(log.disconnects));
  client.on('error', seen(log.errors));
  client.on('gap', seen(log.gaps));
  client.on('rewind', seen(log.rewinds));
  client.on('ready', () => {
    log.ready += 1;
    server.emit('change');
  });
  return { client, log };
}

/** Settles to the rejection's error, so a test can wait for a failure and look at it. */
export function failure(promise: Promise<unknown>): Promise<WukfClientError> {
  return promise.then(
    () => {
      throw new Error('expected the promise to be rejected');
    },
    (err: WukfClientError) => err,
  );
}

export const sendIds = (frames: { sendMessage: { clientMessageId: string } }[]) => frames.map((f) => f.sendMessage.clientMessageId);
export const sendsOn = (conn: FakeConnection) => sendIds(conn.frames.flatMap((f) => (f.body === 'sendMessage' ? [f] : [])));

/** A WebSocket as browsers have it: no ping events, no terminate(), and no HTTP status on a refused upgrade. */
export class BrowserWebSocket implements WebSocketLike {
  private readonly inner: WebSocket;
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onerror: WebSocketLike['onerror'] = null;
  onclose: WebSocketLike['onclose'] = null;

  constructor(url: string, protocols?: string | string[]) {
    this.inner = new WebSocket(url, protocols);
    this.inner.binaryType = 'arraybuffer';
    this.inner.onopen = (event) => this.onopen?.(event);
    this.inner.onmessage = (event) => this.onmessage?.({ data: event.data });
    this.inner.onerror = () => this.onerror?.({});
    this.inner.onclose = (event) => this.onclose?.({ code: event.code, reason: event.reason });
  }

  get binaryType(): string {
    return 'arraybuffer';
  }

  set binaryType(_value: string) {}

  get readyState(): number {
    return this.inner.readyState;
  }

  get protocol(): string {
    return this.inner.protocol;
  }

  send(data: Uint8Array): void {
    this.inner.send(data);
  }

  close(code?: number, reason?: string): void {
    this.inner.close(code, reason);
  }
}
