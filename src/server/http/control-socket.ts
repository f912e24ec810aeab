import { chmodSync, lstatSync, unlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';
import { WukfError } from '../../proto/errors.js';

/** The control socket's file in the data directory. */
export const CONTROL_SOCKET_NAME = 'wukf.sock';

/** sun_path holds 108 bytes on Linux, including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;

const controlSockets = new WeakSet<Socket>();

/** True for a request that arrived over the control socket: its sender could open a 0600 file of the service user. */
export function isControlRequest(req: IncomingMessage): boolean {
  return controlSockets.has(req.socket as Socket);
}

/**
 * A Unix socket in the data directory (mode 0600) that serves the same routes as the public port. Whoever
 * can open it can already read the data directory and the secrets, so admin routes treat its requests as
 * the local operator without a token: this is how `wukf agent revoke`, `wukf agent unlock` and
 * `wukf conversation close` reach a running server and take effect at once. Nothing else listens on it.
 */
export class ControlSocket {
  private server: Server | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly path: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    if (Buffer.byteLength(this.path) > MAX_SOCKET_PATH_BYTES) {
      this.logger.warn({ path: this.path }, 'the data directory path is too long for a control socket; CLI changes reach this server at the next ping round');
      return;
    }
    await removeStaleSocket(this.path);
    const server = createServer((req, res) => this.app.routing(req, res));
    server.on('connection', (socket) => controlSockets.add(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err) => reject(new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot create the control socket ${this.path}: ${err.message}`, { cause: err })));
      // Created 0600 from the start: the umask covers the window between bind and chmod.
      const umask = process.umask(0o177);
      try {
        server.listen(this.path, () => resolve());
      } finally {
        process.umask(umask);
      }
    });
    chmodSync(this.path, 0o600);
    this.server = server;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * A socket file left by a server that was killed is removed; one that still answers belongs to a server
 * running on this data directory, and two servers must never share one database.
 */
export async function removeStaleSocket(path: string): Promise<void> {
  try {
    if (!lstatSync(path).isSocket()) return;
  } catch (err) {
    // No socket there; a data directory that cannot be used is the store's to report (exit 73).
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw err;
  }
  const live = await new Promise<boolean>((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
  if (live) throw new WukfError('WUKF_E_DATA_DIR_IN_USE', `another wukf server is running on this data directory (${path} answers); stop it first`);
  unlinkSync(path);
}
