import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Writes wukf's binary frames to a WebSocket's socket, all frames of one tick in one write. ws.send costs
 * two stream writes per frame (header, payload) and the stream machinery around each; a commit that acks a
 * client's six messages and delivers six of its peer's would pay for twenty-four. Here the frames wait in a
 * list per socket, and once the tick (and the promise callbacks queued in it) has run, each socket gets one
 * buffer: the frames with their headers, in order.
 *
 * The framing is RFC 6455's for a server: FIN, binary opcode, no mask, no extension (the gateway turns
 * permessage-deflate off). Anything that goes through ws itself on the same socket (close, an error frame
 * before a close) must call flushFrames(ws) first, so it leaves after what was written before it.
 */
interface Queued {
  socket: Socket;
  frames: Uint8Array[];
  bytes: number;
}

const queued = new Map<Socket, Queued>();
let scheduled = false;

// ws keeps the net.Socket in a private field (ws is pinned; test/internals-guard.test.ts fails if it goes).
const socketOf = (ws: WebSocket): Socket | undefined => (ws as unknown as { _socket?: Socket })._socket;

/** The bytes queued for this WebSocket and not yet handed to its socket. */
export function queuedBytes(ws: WebSocket): number {
  const socket = socketOf(ws);
  return (socket && queued.get(socket)?.bytes) || 0;
}

/** Queues one binary message; it leaves with the others of this tick. Dropped if the WebSocket is not open. */
export function writeFrame(ws: WebSocket, payload: Uint8Array): void {
  const socket = socketOf(ws);
  if (ws.readyState !== ws.OPEN || !socket || socket.destroyed) return;
  let q = queued.get(socket);
  if (!q) {
    q = { socket, frames: [], bytes: 0 };
    queued.set(socket, q);
    if (!scheduled) {
      scheduled = true;
      process.nextTick(flushAll);
    }
  }
  q.frames.push(payload);
  q.bytes += headerLength(payload.byteLength) + payload.byteLength;
}

/** Hands what is queued for this WebSocket to its socket now. */
export function flushFrames(ws: WebSocket): void {
  const socket = socketOf(ws);
  const q = socket && queued.get(socket);
  if (!q) return;
  queued.delete(q.socket);
  flush(q);
}

/**
 * Resolves once this WebSocket's socket holds at most `below` unsent bytes, or has closed: after a turn of the
 * event loop even when it already does, so that a long replay lets every other client's work in between.
 */
export function whenDrained(ws: WebSocket, below: number): Promise<void> {
  flushFrames(ws);
  const socket = socketOf(ws);
  return new Promise((resolve) => {
    // 'drain' comes only after a write the socket refused (writableNeedDrain): without one, nothing to wait for.
    if (!socket || socket.destroyed || socket.writableLength <= below || !socket.writableNeedDrain) return void setImmediate(resolve);
    const done = (): void => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

function flushAll(): void {
  scheduled = false;
  for (const q of queued.values()) flush(q);
  queued.clear();
}

function flush(q: Queued): void {
  if (q.socket.destroyed) return;
  const out = Buffer.allocUnsafe(q.bytes);
  let at = 0;
  for (const payload of q.frames) {
    at = writeHeader(out, at, payload.byteLength);
    out.set(payload, at);
    at += payload.byteLength;
  }
  q.socket.write(out);
}

function headerLength(length: number): number {
  return length <= 125 ? 2 : length <= 0xffff ? 4 : 10;
}

function writeHeader(out: Buffer, at: number, length: number): number {
  out[at] = 0x82; // FIN + binary
  if (length <= 125) {
    out[at + 1] = length;
    return at + 2;
  }
  if (length <= 0xffff) {
    out[at + 1] = 126;
    out.writeUInt16BE(length, at + 2);
    return at + 4;
  }
  out[at + 1] = 127;
  out.writeUInt32BE(0, at + 2);
  out.writeUInt32BE(length, at + 6);
  return at + 10;
}
