import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Frames written to one socket during one tick leave in one write: the socket is corked on the first frame
 * and every corked socket is uncorked together once the tick (and the promise callbacks queued in it) has
 * run. A commit that acks a client's six messages and delivers six of its peer's then costs one syscall per
 * socket instead of twelve. ws has no cork of its own, so this reaches for the socket it wraps; ws itself
 * still frames, orders and counts the bytes (bufferedAmount includes corked ones).
 */
const corked: Socket[] = [];
let scheduled = false;

export function coalesceWrites(ws: WebSocket): void {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (!socket || socket.writableCorked > 0 || socket.destroyed) return;
  socket.cork();
  corked.push(socket);
  if (!scheduled) {
    scheduled = true;
    process.nextTick(uncorkAll);
  }
}

function uncorkAll(): void {
  scheduled = false;
  const sockets = corked.splice(0);
  for (const socket of sockets) {
    while (socket.writableCorked > 0) socket.uncork();
  }
}
