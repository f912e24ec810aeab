import { decodeEnvelope, encodeEnvelope, type Envelope, type EnvelopeInit } from '../../proto/index.js';
import type { FrameSink } from './sink.js';

/**
 * A connection's frames kept in memory instead of a socket. paused() stands for a client that stops
 * reading: frames then count as buffered, as they would in a socket's buffers.
 */
export class MemorySink implements FrameSink {
  readonly frames: Envelope[] = [];
  closeCode: number | undefined;
  closeReason: string | undefined;
  onFrame: (() => void) | undefined;
  onClosed: (() => void) | undefined;
  private unread: Uint8Array[] | null = null;
  private unreadBytes = 0;
  private drainWaiters: (() => void)[] = [];

  get open(): boolean {
    return this.closeCode === undefined;
  }

  get bufferedBytes(): number {
    return this.unreadBytes;
  }

  write(frame: Uint8Array): void {
    if (!this.open) return;
    if (this.unread) {
      this.unread.push(frame);
      this.unreadBytes += frame.byteLength;
      return;
    }
    this.frames.push(decodeEnvelope(frame));
    this.onFrame?.();
  }

  drained(below: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.open || this.unreadBytes <= below) return void setImmediate(resolve);
      this.drainWaiters.push(resolve);
    });
  }

  close(closeCode: number, reason: string, lastFrame: Uint8Array): void {
    if (!this.open) return;
    this.resume();
    this.write(lastFrame);
    this.ended(closeCode, reason);
  }

  terminate(): void {
    this.ended(1006, '');
  }

  ping(): void {}

  pause(): void {
    this.unread ??= [];
  }

  resume(): void {
    const unread = this.unread ?? [];
    this.unread = null;
    this.unreadBytes = 0;
    for (const frame of unread) this.write(frame);
    this.wakeDrainWaiters();
  }

  private wakeDrainWaiters(): void {
    for (const resolve of this.drainWaiters.splice(0)) resolve();
  }

  private ended(code: number, reason: string): void {
    if (!this.open) return;
    this.closeCode = code;
    this.closeReason = reason;
    this.wakeDrainWaiters();
    this.onFrame?.();
    this.onClosed?.();
  }
}

/**
 * The client side of an injected connection: requests in, frames out, no socket. Waits on frames, never on
 * time, and looks at what already came before it waits.
 */
export class InjectedClient {
  private nextRef = 1;
  private waiters: { match: (e: Envelope) => boolean; from: number; resolve: (e: Envelope) => void; reject: (err: Error) => void }[] = [];

  constructor(
    readonly sink: MemorySink,
    private readonly deliver: (bytes: Uint8Array) => void,
  ) {
    sink.onFrame = () => this.check();
  }

  get frames(): readonly Envelope[] {
    return this.sink.frames;
  }

  get closeCode(): number | undefined {
    return this.sink.closeCode;
  }

  /** Sends a frame with a fresh ref and resolves with the reply that carries it (not an older frame with that ref). */
  request(env: EnvelopeInit): Promise<Envelope> {
    const ref = this.nextRef++;
    const reply = this.next((e) => e.ref === ref, this.frames.length);
    this.push({ ...env, ref });
    return reply;
  }

  /** Sends a frame as is. */
  push(env: EnvelopeInit): void {
    this.deliver(encodeEnvelope(env));
  }

  /** Sends raw bytes, as a client could. */
  pushBytes(bytes: Uint8Array): void {
    this.deliver(bytes);
  }

  /** The first frame at or after index `from` (default: the first frame) that matches, received or still to come. */
  next(match: (e: Envelope) => boolean, from = 0): Promise<Envelope> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ match, from, resolve, reject });
      this.check();
    });
  }

  async hello(cursors: { conversationId: string; lastSeq: number }[] = []): Promise<Envelope & { body: 'welcome' }> {
    const from = this.frames.length;
    const welcome = (await this.request({ hello: { client: 'inject', cursors } })) as Envelope & { body: 'welcome' };
    await this.next((e) => e.body === 'replayDone', from);
    return welcome;
  }

  /** Stops reading: frames pile up as buffered bytes. */
  stopReading(): void {
    this.sink.pause();
  }

  resumeReading(): void {
    this.sink.resume();
  }

  /** The client goes away (like a closed tab). */
  close(): void {
    this.sink.terminate();
  }

  /** Each waiter looks at each frame once: `from` moves past what it has seen. */
  private check(): void {
    const frames = this.frames;
    for (const w of [...this.waiters]) {
      let found: Envelope | undefined;
      for (; w.from < frames.length; w.from++) {
        if (w.match(frames[w.from]!)) {
          found = frames[w.from];
          break;
        }
      }
      if (found) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(found);
      } else if (this.closeCode !== undefined) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.reject(new Error(`the connection closed (${this.closeCode} ${this.sink.closeReason}) before the awaited frame arrived`));
      }
    }
  }
}
