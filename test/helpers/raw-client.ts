import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, type Envelope, type EnvelopeInit } from '../../src/proto/index.js';

/**
 * A protocol-level test client: raw frames over a real socket, no SDK logic, so tests can check exactly
 * what the server sends and can misbehave on purpose.
 */
export class RawClient {
  readonly frames: Envelope[] = [];
  private nextRef = 1;
  private waiters: { match: (e: Envelope) => boolean; resolve: (e: Envelope) => void; reject: (err: Error) => void }[] = [];
  closed: Promise<{ code: number; reason: string }>;
  /** The close code once the socket has closed; undefined while it is open. */
  closeCode: number | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const env = decodeEnvelope(new Uint8Array(data));
      this.frames.push(env);
      for (const w of [...this.waiters]) {
        if (w.match(env)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(env);
        }
      }
    });
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => {
        this.closeCode = code;
        resolve({ code, reason: reason.toString() });
        // A frame that has not come by now never will: fail the wait instead of hanging until the test times out.
        for (const w of this.waiters.splice(0)) w.reject(new Error(`the connection closed (${code} ${reason.toString()}) before the awaited frame arrived`));
      }),
    );
  }

  static connect(wsUrl: string, token: string): Promise<RawClient> {
    const ws = new WebSocket(wsUrl, ['wukf.v1', `token.${token}`]);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
  }

  /**
   * Sends a frame with a fresh ref and resolves with the reply carrying that ref. Only frames from now on:
   * an earlier one may carry the same ref, answering a frame a test pushed with a ref of its own.
   */
  request(env: EnvelopeInit): Promise<Envelope> {
    const ref = this.nextRef++;
    const reply = this.next((e) => e.ref === ref, this.frames.length);
    this.ws.send(encodeEnvelope({ ...env, ref }));
    return reply;
  }

  /** Sends a frame that has no reply (receipts, typing). */
  push(env: EnvelopeInit): void {
    this.ws.send(encodeEnvelope(env));
  }

  sendRaw(data: Uint8Array | string, binary = true): void {
    this.ws.send(data, { binary });
  }

  /**
   * Resolves with the first frame at or after index `from` that matches, already received or still to come.
   * The default looks at every frame received so far: an awaited frame often arrives before the wait begins
   * (on a loaded machine, always sooner or later). Pass a mark taken before the request to skip older ones.
   */
  next(match: (e: Envelope) => boolean, from = 0): Promise<Envelope> {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    if (this.closeCode !== undefined) return Promise.reject(new Error(`the connection is closed (${this.closeCode}); the awaited frame will not arrive`));
    return new Promise((resolve, reject) => this.waiters.push({ match, resolve, reject }));
  }

  /** Error frames received so far, optionally only those with this code. */
  errors(code?: string): (Envelope & { body: 'error' })[] {
    return this.frames.filter((e): e is Envelope & { body: 'error' } => e.body === 'error' && (code === undefined || e.error.code === code));
  }

  /**
   * Stops reading from the TCP socket, like a client on a stalled network or a frozen tab: the kernel
   * buffers fill up and the server's writes start to queue. resumeReading() undoes it.
   */
  stopReading(): void {
    this.socket().pause();
  }

  resumeReading(): void {
    this.socket().resume();
  }

  private socket(): Socket {
    // ws keeps the net.Socket in a private field; pausing it is the only way to stop reading below ws.
    return (this.ws as unknown as { _socket: Socket })._socket;
  }

  /** Hello, Welcome, replay, ReplayDone. */
  async hello(cursors: { conversationId: string; lastSeq: number }[] = []): Promise<Envelope & { body: 'welcome' }> {
    const from = this.frames.length;
    const welcome = (await this.request({ hello: { client: 'test', cursors } })) as Envelope & { body: 'welcome' };
    await this.next((e) => e.body === 'replayDone', from);
    return welcome;
  }

  messages(conversationId: string): { seq: number; text: string; sender: string }[] {
    return this.frames
      .filter((e): e is Envelope & { body: 'message' } => e.body === 'message' && e.message.conversationId === conversationId)
      .map((e) => ({ seq: e.message.seq, text: e.message.text ?? '', sender: e.message.sender?.id ?? '' }));
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close(1000);
    await this.closed;
  }
}
