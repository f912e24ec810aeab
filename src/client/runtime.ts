/*
 * What the client needs from its runtime, typed here so that it compiles without the DOM library and runs
 * in Node (with the `ws` package) and in browsers alike. No Node built-ins.
 */

/**
 * An event handler property. Declared through a method so that its parameter is checked bivariantly: the
 * browser's and ws's handlers take richer event types than the fields the client reads.
 */
type Handler<E> = { bivariant(event: E): void }['bivariant'];

/** The parts of a WHATWG WebSocket the client uses; `ws`'s WebSocket and the browser's both fit. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly protocol: string;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  /** ws's error events carry a message (naming a refused upgrade's status); browsers' carry nothing useful. */
  onerror: Handler<unknown> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
}

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

/**
 * Node's `ws` also reports pings, can drop a socket without a closing handshake, and hands messages to plain
 * listeners (its onmessage wraps each in an event object first); browsers cannot.
 */
export interface NodeWebSocketExtras {
  on(event: 'ping', listener: () => void): unknown;
  on(event: 'message', listener: (data: unknown) => void): unknown;
  terminate(): void;
}

export function hasNodeExtras(ws: WebSocketLike): ws is WebSocketLike & NodeWebSocketExtras {
  const candidate = ws as Partial<NodeWebSocketExtras>;
  return typeof candidate.on === 'function' && typeof candidate.terminate === 'function';
}

export const OPEN = 1;

export type Timer = ReturnType<typeof setTimeout>;

/** A timer that does not keep a Node process alive; browsers' numeric timers have nothing to unref. */
export function later(ms: number, run: () => void): Timer {
  const timer = setTimeout(run, Math.max(0, ms));
  const handle = timer as unknown as { unref?: () => void };
  if (typeof handle === 'object' && typeof handle.unref === 'function') handle.unref();
  return timer;
}

interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** A random v4 UUID for client_message_id. randomUUID is missing on plain-http pages; getRandomValues is not. */
export function randomId(): string {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The injected constructor, else the runtime's own (browsers, Node 22+). */
export function resolveWebSocket(injected: WebSocketConstructor | undefined): WebSocketConstructor {
  const found = injected ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (typeof found !== 'function') {
    throw new TypeError("no WebSocket in this runtime: pass one, e.g. new WukfClient({ url, token, WebSocket: (await import('ws')).WebSocket })");
  }
  return found;
}
