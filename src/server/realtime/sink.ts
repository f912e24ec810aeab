import type { WebSocket } from 'ws';
import { flushFrames, queuedBytes, whenDrained, writeFrame } from './frame-writer.js';

/**
 * Where a connection's frames go: a WebSocket, or (inject) a list in memory. Connection knows nothing else
 * of the socket underneath.
 */
export interface FrameSink {
  readonly open: boolean;
  /** Bytes written and not yet taken by the peer: the measure of a slow consumer. */
  readonly bufferedBytes: number;
  write(frame: Uint8Array): void;
  /**
   * Resolves once at most `below` bytes wait to be read (or the sink closed), always after a turn of the event
   * loop: how a long replay paces itself to the peer without holding more than that in memory.
   */
  drained(below: number): Promise<void>;
  /** Writes the last frame (the Error that says why), then closes with the close code and the error code as reason. */
  close(closeCode: number, reason: string, lastFrame: Uint8Array): void;
  /** Drops the connection without a closing handshake (a peer that does not read will not answer one). */
  terminate(): void;
  /** A keep-alive probe; the answer arrives through the connection's pong handler. */
  ping(): void;
}

/** Frames to a ws WebSocket, written by frame-writer.ts (all of one tick in one socket write). */
export class WebSocketSink implements FrameSink {
  constructor(private readonly ws: WebSocket) {}

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  get bufferedBytes(): number {
    return this.ws.bufferedAmount + queuedBytes(this.ws);
  }

  write(frame: Uint8Array): void {
    writeFrame(this.ws, frame);
  }

  drained(below: number): Promise<void> {
    return whenDrained(this.ws, below);
  }

  close(closeCode: number, reason: string, lastFrame: Uint8Array): void {
    if (!this.open) return;
    // What was written before the error leaves before it.
    flushFrames(this.ws);
    this.ws.send(lastFrame, { binary: true });
    this.ws.close(closeCode, reason);
  }

  terminate(): void {
    this.ws.terminate();
  }

  ping(): void {
    this.ws.ping();
  }
}
