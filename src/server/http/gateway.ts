import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { SUBPROTOCOL } from '../auth/presented-token.js';
import type { Principal } from '../auth/principal.js';
import { ERRORS, WukfError, type ErrorCode } from '../../proto/errors.js';
import type { Logger } from '../logger.js';
import { flushFrames } from '../realtime/frame-writer.js';
import type { AddressBudget } from './address-budget.js';

export type { Principal };

/**
 * Decides whether an upgrade request may become a WebSocket. Returning (or resolving with, or throwing) a
 * WukfError refuses it with that error's HTTP status; anything else thrown refuses it with 500. The
 * refusal is a plain HTTP response: no socket is opened first. Until a verifier is configured every
 * upgrade is refused with 401, so no unauthenticated socket can ever be opened.
 */
export type Authenticate = (req: IncomingMessage) => Principal | WukfError | Promise<Principal | WukfError>;

export type ConnectionHandler = (socket: WebSocket, principal: Principal, req: IncomingMessage) => void;

export interface GatewayOptions {
  logger: Logger;
  path: string;
  maxPayload: number;
  authenticate?: Authenticate;
  onConnection?: ConnectionHandler;
  /** What an upgrade may cost: without it (tests' bare gateways) upgrades are not budgeted. */
  admission?: UpgradeAdmission;
}

/** The budgets every upgrade is held to (limits.upgrades_per_minute, max_websockets, staff_reserved_websockets). */
export interface UpgradeAdmission {
  /** The client's address group (auth/client-address.ts): the same one its HTTP requests are charged to. */
  addressGroupOf: (req: IncomingMessage) => string;
  upgrades: AddressBudget;
  maxWebsockets: number;
  /** Of maxWebsockets, the connections a visitor may not take. */
  staffReserved: number;
  now: () => number;
}

const refuseAll: Authenticate = () =>
  new WukfError('WUKF_E_UNAUTHENTICATED', 'no token verifier is configured on this server');

/** Writes a plain HTTP error on a socket that asked to upgrade, then ends it. */
function refuse(socket: Duplex, code: ErrorCode, message: string, retryAfterMs?: number): void {
  const status = ERRORS[code].http;
  const body = JSON.stringify({ error: { code, message } });
  const retryAfter = retryAfterMs === undefined ? '' : `Retry-After: ${Math.ceil(retryAfterMs / 1000)}\r\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText(status)}\r\nConnection: close\r\n${retryAfter}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function serverFull(cap: number, who: string): string {
  return `the server holds ${cap} WebSocket connections, its limit for ${who} (limits.max_websockets, limits.staff_reserved_websockets); try again later`;
}

function statusText(status: number): string {
  return (
    { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' }[status] ??
    'Error'
  );
}

/**
 * The WebSocket side of the single listening port: authenticates upgrades, tracks open sockets, and on
 * shutdown closes every one of them with 1001 (going away).
 */
export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly options: GatewayOptions;
  private accepting = true;

  constructor(options: GatewayOptions) {
    this.options = options;
    this.wss = new WebSocketServer({
      noServer: true,
      // frame-writer.ts frames server messages itself, uncompressed.
      perMessageDeflate: false,
      maxPayload: options.maxPayload,
      clientTracking: false,
      // Browsers carry their token as a "token.<t>" subprotocol next to wukf.v1; the server answers with
      // wukf.v1 and never echoes the token.
      handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
    });
  }

  get connectionCount(): number {
    return this.sockets.size;
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.handleUpgrade(req, socket, head));
  }

  private async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', (err) => this.options.logger.debug({ err }, 'upgrade socket error'));
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== this.options.path) return refuse(socket, 'WUKF_E_USAGE', `WebSocket endpoint is ${this.options.path}`);
    if (!this.accepting) return refuse(socket, 'WUKF_E_NOT_READY', 'server is shutting down');
    const admission = this.options.admission;
    if (admission) {
      // Before the token is looked at: refusing must cost less than accepting.
      try {
        admission.upgrades.charge(admission.addressGroupOf(req), admission.now());
      } catch (err) {
        if (!(err instanceof WukfError)) throw err;
        return refuse(socket, err.code, err.message, err.retryAfterMs);
      }
      if (this.sockets.size >= admission.maxWebsockets) return refuse(socket, 'WUKF_E_SERVER_FULL', serverFull(admission.maxWebsockets, 'anybody'));
    }
    let principal: Principal | WukfError;
    try {
      principal = await (this.options.authenticate ?? refuseAll)(req);
    } catch (err) {
      if (err instanceof WukfError) principal = err;
      else {
        this.options.logger.error({ err }, 'authenticating an upgrade failed');
        principal = new WukfError('WUKF_E_INTERNAL', ERRORS.WUKF_E_INTERNAL.summary);
      }
    }
    // The client may have gone, or shutdown begun, while the store was asked.
    if (socket.destroyed) return;
    if (!this.accepting) return refuse(socket, 'WUKF_E_NOT_READY', 'server is shutting down');
    if (principal instanceof WukfError) {
      this.options.logger.debug({ code: principal.code, remote: req.socket.remoteAddress }, 'upgrade refused');
      return refuse(socket, principal.code, principal.message);
    }
    if (admission) {
      // Visitors stop short of the cap so that agents and admins can always get in.
      const cap = principal.kind === 'visitor' ? Math.max(0, admission.maxWebsockets - admission.staffReserved) : admission.maxWebsockets;
      if (this.sockets.size >= cap) return refuse(socket, 'WUKF_E_SERVER_FULL', serverFull(cap, principal.kind === 'visitor' ? 'visitors' : 'agents and admins'));
    }
    const accepted = principal;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.add(ws);
      ws.once('close', () => this.sockets.delete(ws));
      this.options.onConnection?.(ws, accepted, req);
    });
  }

  /**
   * Stops accepting upgrades and closes every socket with 1001. Sockets that have not finished the
   * closing handshake by the deadline are terminated.
   */
  async close(deadline: Promise<void>): Promise<void> {
    this.accepting = false;
    const closed = [...this.sockets].map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once('close', () => resolve());
          flushFrames(ws);
          ws.close(1001, 'server shutting down');
        }),
    );
    await Promise.race([Promise.all(closed), deadline]);
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
  }
}
