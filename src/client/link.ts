import { WukfError } from '../proto/errors.js';
import { decodeEnvelope, type Envelope } from '../proto/index.js';
import { Backoff, type BackoffOptions } from './backoff.js';
import { WukfClientError } from './errors.js';
import { unreachable } from './reach-error.js';
import { hasNodeExtras, later, type Timer, type WebSocketConstructor, type WebSocketLike } from './runtime.js';
import { classifyClose, detach, preferBuffers, toBytes } from './socket.js';
import type { ClientState, DisconnectInfo, TokenSource } from './types.js';

/** The subprotocol of protocol version 1, and the prefix that carries the token next to it (browsers cannot set upgrade headers). */
const SUBPROTOCOL = 'wukf.v1';
const TOKEN_PREFIX = 'token.';

export interface LinkOptions {
  url: string;
  token: TokenSource;
  WebSocket: WebSocketConstructor;
  reconnect?: BackoffOptions;
  maxAuthFailures: number;
  connectTimeoutMs: number;
}

/** What the link tells the client. */
export interface LinkEvents {
  /** A socket is open: write the Hello. */
  opened(): void;
  frame(env: Envelope): void;
  /** An idle socket in a runtime that hides pings: write something the server answers. */
  probe(): void;
  /** The socket is gone; another may follow. */
  lost(): void;
  disconnect(info: DisconnectInfo): void;
  state(state: ClientState): void;
  /** The link stopped for good (credentials refused, a protocol mismatch …). */
  gaveUp(err: WukfClientError): void;
  error(err: WukfClientError): void;
}

/**
 * One logical connection over successive sockets: authenticates each with the token (asked for afresh
 * every time), reconnects with backoff after any close it did not ask for, gives up on closes that mean
 * "not with these credentials", and drops sockets that go quiet.
 */
export class Link {
  private readonly backoff: Backoff;
  private ws: WebSocketLike | undefined;
  private current: ClientState = 'closed';
  private stopped = true;
  /** The current socket has been welcomed; 0 until then. */
  private pingIntervalMs = 0;
  private welcomed = false;
  private pingsVisible = false;
  private dialedAt = 0;
  private lastHeard = 0;
  private probing = false;
  private httpStatus: number | undefined;
  /** What the current socket's runtime reported when it failed to open (Node's ws: the TLS or network error). */
  private socketError: unknown;
  private socketOpened = false;
  /** A socket of this start() has been welcomed: the server was reachable and trusted. */
  private everWelcomed = false;
  /** The code of the last "cannot reach" error emitted, so a server that stays down is reported once. */
  private reportedCode: string | undefined;
  private authFailures = 0;
  /** Counts dials and stops, so a dial still waiting for its token knows when it has been superseded. */
  private generation = 0;
  private reconnectTimer: Timer | undefined;
  private watchdogTimer: Timer | undefined;

  constructor(
    private readonly options: LinkOptions,
    private readonly on: LinkEvents,
  ) {
    this.backoff = new Backoff(options.reconnect);
  }

  get state(): ClientState {
    return this.current;
  }

  get running(): boolean {
    return !this.stopped;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.authFailures = 0;
    this.everWelcomed = false;
    this.reportedCode = undefined;
    this.backoff.reset();
    this.setState('connecting');
    void this.dial();
  }

  /** Stops for good (until start()); resolves once the socket, if any, has closed. */
  stop(): Promise<void> {
    const ws = this.ws;
    this.halt();
    if (this.current !== 'closed') {
      this.on.disconnect({ code: 1000, reason: 'client closed', willReconnect: false });
      this.setState('closed');
    }
    if (!ws) return Promise.resolve();
    return new Promise<void>((resolve) => {
      ws.onclose = () => resolve();
      try {
        ws.close(1000, 'client closed');
      } catch {
        resolve();
      }
    });
  }

  /** The server welcomed the socket: the backoff starts over, and liveness follows the server's ping interval. */
  welcome(pingIntervalMs: number): void {
    this.welcomed = true;
    this.everWelcomed = true;
    this.reportedCode = undefined;
    this.pingIntervalMs = pingIntervalMs;
    this.backoff.reset();
    this.authFailures = 0;
    this.setState('open');
    this.watchdog();
  }

  /** The probe was answered. */
  probed(): void {
    this.probing = false;
  }

  write(bytes: Uint8Array): void {
    try {
      this.ws?.send(bytes);
    } catch (err) {
      this.drop(`write failed: ${(err as Error).message}`);
    }
  }

  /** Gives up on the current socket without waiting for a closing handshake, and reconnects. */
  drop(reason: string): void {
    const ws = this.ws;
    if (!ws) return;
    this.closed(ws, 1006, reason);
    try {
      if (hasNodeExtras(ws)) ws.terminate();
      else ws.close(4000, reason.slice(0, 100));
    } catch {
      /* already closed */
    }
  }

  /** Stops for good because the server refused something that retrying will not fix. */
  fail(err: WukfClientError): void {
    const ws = this.ws;
    this.halt();
    if (ws) {
      this.on.disconnect({ code: 1000, reason: err.code, willReconnect: false });
      try {
        ws.close(1000, 'client gave up');
      } catch {
        /* already closed */
      }
    }
    this.setState('closed');
    this.on.gaveUp(err);
  }

  private async dial(): Promise<void> {
    this.reconnectTimer = undefined;
    const generation = ++this.generation;
    let token: string;
    try {
      token = typeof this.options.token === 'function' ? await this.options.token() : this.options.token;
    } catch (err) {
      if (this.stopped || generation !== this.generation) return;
      this.on.error(new WukfClientError('WUKF_E_UNAUTHENTICATED', `the token function failed: ${(err as Error).message}`, { cause: err }));
      return this.retry(1006, 'no token');
    }
    if (this.stopped || generation !== this.generation) return;
    let ws: WebSocketLike;
    try {
      ws = new this.options.WebSocket(this.options.url, [SUBPROTOCOL, TOKEN_PREFIX + token]);
    } catch (err) {
      return this.fail(new WukfClientError('WUKF_E_USAGE', `cannot open ${this.options.url}: ${(err as Error).message}`, { cause: err }));
    }
    this.ws = ws;
    this.welcomed = false;
    this.probing = false;
    this.httpStatus = undefined;
    this.socketError = undefined;
    this.socketOpened = false;
    this.dialedAt = this.lastHeard = Date.now();
    preferBuffers(ws);
    ws.onopen = () => {
      this.socketOpened = true;
      this.on.opened();
    };
    // Node's ws: a plain listener skips the event object onmessage builds around every message.
    if (hasNodeExtras(ws)) ws.on('message', (data) => this.receive(ws, data));
    else ws.onmessage = (event) => this.receive(ws, event.data);
    ws.onerror = (event) => {
      // Node's ws names the HTTP status of a refused upgrade; browsers tell nothing.
      const status = /Unexpected server response: (\d{3})/.exec(String((event as { message?: unknown } | null)?.message ?? ''));
      if (status) this.httpStatus = Number(status[1]);
      const cause = (event as { error?: unknown } | null)?.error;
      if (cause !== undefined) this.socketError = cause;
    };
    ws.onclose = (event) => this.closed(ws, event.code, event.reason);
    this.pingsVisible = hasNodeExtras(ws);
    if (hasNodeExtras(ws)) ws.on('ping', () => ws === this.ws && (this.lastHeard = Date.now()));
    this.watchdog();
  }

  private receive(ws: WebSocketLike, data: unknown): void {
    if (ws !== this.ws) return;
    this.lastHeard = Date.now();
    let env: Envelope;
    try {
      env = decodeEnvelope(toBytes(data));
    } catch (err) {
      const code = err instanceof WukfError ? err.code : 'WUKF_E_MALFORMED_FRAME';
      this.on.error(new WukfClientError(code, `the server sent a bad frame: ${(err as Error).message}`, { cause: err }));
      // Skipping it could skip a message; a new connection resumes from the last good one.
      return this.drop('bad frame from the server');
    }
    this.on.frame(env);
  }

  /**
   * Before the Welcome an attempt has connectTimeoutMs. After it, a socket that hears nothing for twice the
   * server's ping interval is dropped. Browsers do not surface pings, so there an idle socket is probed.
   */
  private watchdog(): void {
    if (this.watchdogTimer !== undefined) clearTimeout(this.watchdogTimer);
    this.watchdogTimer = undefined;
    if (!this.ws) return;
    const now = Date.now();
    if (!this.welcomed) {
      const left = this.dialedAt + this.options.connectTimeoutMs - now;
      if (left <= 0) return this.drop('no Welcome in time');
      this.watchdogTimer = later(left, () => this.watchdog());
      return;
    }
    const ping = this.pingIntervalMs;
    if (ping <= 0) return;
    const idle = now - this.lastHeard;
    if (idle >= 2 * ping) return this.drop(`nothing heard for ${idle} ms`);
    if (!this.pingsVisible && idle >= ping && !this.probing) {
      this.probing = true;
      this.on.probe();
    }
    this.watchdogTimer = later(Math.min(ping / 2, 2 * ping - idle), () => this.watchdog());
  }

  private closed(ws: WebSocketLike, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.forgetSocket();
    if (this.stopped) return;
    const verdict = classifyClose(code, reason, this.httpStatus);
    if (verdict.kind === 'auth') {
      this.authFailures += 1;
      if (typeof this.options.token === 'string' || this.authFailures >= this.options.maxAuthFailures) verdict.kind = 'fatal';
    }
    if (verdict.kind === 'fatal') {
      this.on.disconnect({ code, reason, willReconnect: false });
      return this.fail(new WukfClientError(verdict.code, `the server refused the connection (${verdict.detail}); not retrying`));
    }
    if (this.socketError !== undefined && !this.socketOpened && this.httpStatus === undefined) {
      const why = unreachable(this.options.url, this.socketError);
      // A certificate this client does not trust stays untrusted however often it dials; one that was
      // trusted before may be a renewal gone wrong that the operator fixes, so then it keeps trying.
      if (why.code === 'WUKF_E_TLS_UNTRUSTED' && !this.everWelcomed) {
        this.on.disconnect({ code, reason, willReconnect: false });
        return this.fail(why);
      }
      if (why.code !== this.reportedCode) this.on.error(why);
      this.reportedCode = why.code;
    }
    this.retry(code, reason);
  }

  private retry(code: number, reason: string): void {
    const delayMs = this.backoff.next();
    this.on.disconnect({ code, reason, willReconnect: true, delayMs });
    this.setState('reconnecting');
    this.reconnectTimer = later(delayMs, () => void this.dial());
  }

  private forgetSocket(): void {
    const ws = this.ws;
    if (!ws) return;
    detach(ws);
    this.ws = undefined;
    this.welcomed = false;
    if (this.watchdogTimer !== undefined) clearTimeout(this.watchdogTimer);
    this.watchdogTimer = undefined;
    this.on.lost();
  }

  private halt(): void {
    this.stopped = true;
    this.generation += 1;
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.forgetSocket();
  }

  private setState(state: ClientState): void {
    if (state === this.current) return;
    this.current = state;
    this.on.state(state);
  }
}
