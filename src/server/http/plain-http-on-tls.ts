import type { Server, Socket } from 'node:net';
import { ERRORS } from '../../proto/errors.js';

/** Every TLS connection opens with a handshake record, whose first byte is its content type: 22. */
const TLS_HANDSHAKE_RECORD = 0x16;

/**
 * Answers a plain-HTTP request on the HTTPS port with 400 WUKF_E_HTTPS_REQUIRED naming the https:// URL, as
 * nginx's 497 does, instead of TLS failing on it and the client seeing an empty reply. The first bytes of a
 * connection are read before the TLS layer: a handshake is handed on untouched (the bytes go back into the
 * socket, which TLS then reads), anything else gets the answer and the connection ends. Only the start of a
 * connection is watched; once TLS has it, requests and WebSocket frames go by as before.
 */
export function answerPlainHttpOnTlsPort(server: Server, firstByteTimeoutMs: number): void {
  const tlsListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    // Until TLS has the socket nothing else watches it: a reset or a silent client is this code's to end.
    const drop = () => socket.destroy();
    socket.on('error', drop);
    socket.setTimeout(firstByteTimeoutMs, drop);
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.setTimeout(0);
      if (chunk[0] === TLS_HANDSHAKE_RECORD) {
        socket.removeListener('error', drop);
        socket.removeListener('timeout', drop);
        socket.unshift(chunk);
        for (const listener of tlsListeners) listener.call(server, socket);
        return;
      }
      // The answer is sent whole and the connection closed; whatever else the client sends is not read.
      socket.setTimeout(firstByteTimeoutMs, drop);
      socket.end(plainHttpAnswer(chunk, socket));
    });
  });
}

function plainHttpAnswer(request: Buffer, socket: Socket): string {
  const message = `this port speaks HTTPS: use https://${hostOf(request, socket)}/`;
  const body = JSON.stringify({ error: { code: 'WUKF_E_HTTPS_REQUIRED', message } });
  return [
    `HTTP/1.1 ${ERRORS.WUKF_E_HTTPS_REQUIRED.http} Bad Request`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

/** The Host the client asked for, if it is a plausible host[:port]; else the address it connected to. */
function hostOf(request: Buffer, socket: Socket): string {
  const head = request.subarray(0, 8192).toString('latin1');
  const host = /\r\nhost:[ \t]*([^\r\n]*)/i.exec(head)?.[1]?.trim();
  if (host && host.length <= 261 && /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) return host;
  const address = socket.localAddress ?? '127.0.0.1';
  return `${address.includes(':') ? `[${address}]` : address}:${socket.localPort}`;
}
