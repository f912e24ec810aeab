import WebSocket from 'ws';
import { WukfClient, type WukfClientEvents, type WukfClientOptions } from '../../src/client/index.js';
import { login, postJson } from './auth.js';

/** A transcript of what one SDK client was handed: text messages from the other side, by conversation. */
export class Transcript {
  readonly texts: { seq: number; text: string; sender: string; clientMessageId: string }[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(client: WukfClient, conversationId: () => string, self: () => string) {
    client.on('message', (m) => {
      if (m.conversationId !== conversationId() || m.text === undefined || m.text === null || m.sender?.id === self()) return;
      this.texts.push({ seq: m.seq, text: m.text, sender: m.sender?.id ?? '', clientMessageId: m.clientMessageId });
      for (const w of [...this.waiters]) if (this.texts.length >= w.count) (this.waiters.splice(this.waiters.indexOf(w), 1), w.resolve());
    });
  }

  waitFor(count: number): Promise<void> {
    if (this.texts.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }
}

const CLIENT_EVENTS: (keyof WukfClientEvents)[] = ['message', 'ack', 'receipt', 'conversation', 'queue', 'ready', 'state', 'dashboard', 'followUpsChanged'];

/**
 * Resolves once check() holds, testing it at once (what it waits for may have happened already) and again
 * whenever one of the clients emits something. Fails as soon as one of them has closed, since then nothing
 * more will come; a wait that never ends is the test timeout's to catch.
 */
export function until(check: () => boolean, clients: WukfClient[], what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const offs: (() => void)[] = [];
    const test = () => {
      const closed = clients.some((c) => c.state === 'closed');
      if (!check() && !closed) return;
      offs.splice(0).forEach((off) => off());
      if (closed) reject(new Error(`a client closed before ${what}`));
      else resolve();
    };
    for (const c of clients) for (const event of CLIENT_EVENTS) offs.push(c.on(event, test as never));
    test();
  });
}

export function sdkClient(wsUrl: string, token: string | (() => Promise<string>), extra: Partial<WukfClientOptions> = {}): WukfClient {
  return new WukfClient({ url: wsUrl, token, WebSocket: WebSocket as unknown as WukfClientOptions['WebSocket'], ...extra });
}

export async function visitorToken(baseUrl: string): Promise<string> {
  const res = await postJson(`${baseUrl}/api/v1/visitors`, {});
  if (res.status !== 200) throw new Error(`visitor token: ${res.status}`);
  return res.body.token as string;
}

export { login };
