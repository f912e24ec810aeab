import type { WukfClientErrorCode } from './errors.js';
import { hasNodeExtras, type WebSocketLike } from './runtime.js';

export interface CloseVerdict {
  /** retry: back off and reconnect; auth: reconnect with a fresh token; fatal: give up. */
  kind: 'retry' | 'auth' | 'fatal';
  code: WukfClientErrorCode;
  detail: string;
}

/**
 * What a close means for reconnecting. The server closes with the code of docs/errors.md and the error code
 * as reason; a refused upgrade is only an HTTP status, which Node's ws reports and browsers hide (a browser
 * sees 1006 and keeps retrying, calling the token function every time).
 */
export function classifyClose(code: number, reason: string, httpStatus: number | undefined): CloseVerdict {
  const named = reason.startsWith('WUKF_E_') ? reason : undefined;
  const detail = httpStatus !== undefined ? `HTTP ${httpStatus}` : `close ${code}${reason ? ` ${reason}` : ''}`;
  if (code === 4401 || httpStatus === 401) return { kind: 'auth', code: named ?? 'WUKF_E_UNAUTHENTICATED', detail };
  if (code === 4403 || httpStatus === 403) return { kind: 'fatal', code: named ?? 'WUKF_E_FORBIDDEN', detail };
  if (code === 1008) return { kind: 'fatal', code: named ?? 'WUKF_E_FORBIDDEN', detail };
  // This client and the server disagree on the protocol; the same frames would be refused again.
  if (code === 4400) return { kind: 'fatal', code: named ?? 'WUKF_E_UNSUPPORTED_VERSION', detail };
  // A wrong URL path or a malformed upgrade: configuration, not weather.
  if (httpStatus === 400 || httpStatus === 404) return { kind: 'fatal', code: 'WUKF_E_USAGE', detail };
  return { kind: 'retry', code: named ?? 'WUKF_E_DISCONNECTED', detail };
}

/**
 * Stops listening to a socket the client is done with. onerror stays a no-op: Node's ws emits 'error' when
 * a socket is torn down mid-handshake, and an 'error' nobody listens to would crash the process.
 */
export function detach(ws: WebSocketLike): void {
  ws.onopen = null;
  ws.onmessage = null;
  ws.onclose = null;
  ws.onerror = () => {};
}

/**
 * Asks for binary messages in the cheapest form the WebSocket offers. Node's `ws` hands over each frame's own
 * Buffer with 'nodebuffer', where 'arraybuffer' costs a copy of every frame. Browsers and Node's built-in
 * WebSocket know only 'blob' and 'arraybuffer', and browsers log a console warning for any other value, so
 * 'nodebuffer' is offered only to a socket that looks like `ws`'s; some runtimes fall back to 'blob' or (old
 * ones) throw instead of ignoring it, hence reading it back.
 */
export function preferBuffers(ws: WebSocketLike): void {
  if (hasNodeExtras(ws)) {
    try {
      ws.binaryType = 'nodebuffer';
    } catch {
      /* a runtime that refuses unknown values */
    }
  }
  if (ws.binaryType !== 'nodebuffer') ws.binaryType = 'arraybuffer';
}

/** The bytes of a binary message: a Uint8Array (Node's Buffer is one), an ArrayBuffer, or another view. */
export function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') throw Object.assign(new TypeError('a text message where binary frames are expected'), { code: 'WUKF_E_TEXT_FRAME' });
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data as ArrayBuffer);
}
