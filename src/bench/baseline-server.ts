import { WebSocketServer, type WebSocket } from 'ws';
import { BASELINE_ACK, BASELINE_PAIRED } from './transport.js';

/**
 * The bare `ws` relay that `wukf bench relay` compares wukf against: two sockets with the same `pair` key
 * are paired; every binary frame goes to the peer as is and the sender gets a small ack. No protocol, no
 * storage — the ceiling a relay on this machine and this Node could reach. Forked by the bench; reports its
 * port over IPC and exits when the bench goes away.
 */
const waiting = new Map<string, WebSocket>();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, clientTracking: false, perMessageDeflate: false });

wss.on('connection', (ws, req) => {
  const key = new URL(req.url ?? '/', 'http://localhost').searchParams.get('pair') ?? '';
  const other = waiting.get(key);
  if (!other) {
    waiting.set(key, ws);
    ws.once('close', () => waiting.get(key) === ws && waiting.delete(key));
    return;
  }
  waiting.delete(key);
  const link = (from: WebSocket, to: WebSocket) => {
    from.on('message', (data: Buffer) => {
      to.send(data);
      const ack = Buffer.allocUnsafe(2 + data[1]!);
      ack[0] = BASELINE_ACK;
      data.copy(ack, 1, 1, 2 + data[1]!);
      from.send(ack);
    });
    from.once('close', () => to.close());
  };
  link(ws, other);
  link(other, ws);
  const paired = Buffer.from([BASELINE_PAIRED]);
  ws.send(paired);
  other.send(paired);
});

wss.once('listening', () => {
  const { port } = wss.address() as { port: number };
  process.send?.({ type: 'listening', port });
});

process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
