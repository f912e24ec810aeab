import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, type Envelope, type EnvelopeInit } from '../../src/proto/index.js';

/**
 * A protocol-level test client: raw frames over a real socket, no SDK logic, so tests can check exactly
 * what the server sends and can misbehave on purpose.
 */
export class RawClient {
  readonly frames: Envelope[] = [];
  private nextRef = 1;
  private waiters: { match: (e: Envelope) => boolean; resolve: (e: Envelope) => void }[] = [];
  closed: Promise<{ code: number; reason: string }>;

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
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  static connect(wsUrl: string, token: string): Promise<RawClient> {
    const ws = new WebSocket(wsUrl, ['wukf.v1', `token.${token}`]);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
  }

  /** Sends a frame with a fresh ref and resolves with the reply carrying that ref. */
  request(env: EnvelopeInit): Promise<Envelope> {
    const ref = this.nextRef++;
    const reply = this.next((e) => e.ref === ref);
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

  /** Resolves with the first frame (already received or still to come) that matches. */
  next(match: (e: Envelope) => boolean, from = this.frames.length): Promise<Envelope> {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
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
