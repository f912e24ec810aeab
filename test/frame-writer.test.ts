import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { flushFrames, queuedBytes, writeFrame } from '../src/server/realtime/frame-writer.js';

describe('frame-writer', () => {
  let wss: WebSocketServer | undefined;
  afterEach(async () => {
    for (const c of wss?.clients ?? []) c.terminate();
    await new Promise((r) => wss?.close(r));
  });

  async function pair(): Promise<{ server: WebSocket; client: WebSocket; received: Buffer[]; receivedCount: (n: number) => Promise<void> }> {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    await once(wss, 'listening');
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, { perMessageDeflate: false });
    // Listening for both before waiting: an event that comes before its listener is missed for good.
    const [[server]] = (await Promise.all([once(wss, 'connection'), once(client, 'open')])) as [[WebSocket], unknown];
    const received: Buffer[] = [];
    const waiters: { n: number; done: () => void }[] = [];
    client.on('message', (data: Buffer, isBinary) => {
      expect(isBinary).toBe(true);
      received.push(data);
      for (const w of waiters) if (received.length >= w.n) w.done();
    });
    const receivedCount = (n: number) => new Promise<void>((done) => (received.length >= n ? done() : waiters.push({ n, done })));
    return { server, client, received, receivedCount };
  }

  const payload = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

  it('frames every length class, in order, in one write per tick, and lets a ws.send after flushFrames follow them', async () => {
    const { server, received, receivedCount } = await pair();
    const socket = (server as unknown as { _socket: { write: (...a: unknown[]) => boolean } })._socket;
    const write = vi.spyOn(socket, 'write');
    const sizes = [0, 1, 125, 126, 65_535, 65_536, 200_000];
    const frames = sizes.map((n, i) => payload(n, i));
    for (const f of frames) writeFrame(server, f);
    expect(queuedBytes(server)).toBe(sizes.reduce((a, n) => a + n + (n <= 125 ? 2 : n <= 0xffff ? 4 : 10), 0));
    flushFrames(server);
    expect(queuedBytes(server)).toBe(0);
    expect(write).toHaveBeenCalledTimes(1);
    server.send(Buffer.from('after'), { binary: true });
    writeFrame(server, payload(10, 99));
    await receivedCount(frames.length + 2);
    expect(received.slice(0, frames.length).map((b) => b.length)).toEqual(sizes);
    received.slice(0, frames.length).forEach((b, i) => expect(Buffer.compare(b, Buffer.from(frames[i]!))).toBe(0));
    expect(received[frames.length]!.toString()).toBe('after');
    expect(Buffer.compare(received[frames.length + 1]!, Buffer.from(payload(10, 99)))).toBe(0);
  });

  it('drops frames for a WebSocket that is no longer open', async () => {
    const { server, client } = await pair();
    const closed = once(client, 'close');
    server.close(1000);
    writeFrame(server, payload(5, 1));
    expect(queuedBytes(server)).toBe(0);
    await closed;
  });
});
