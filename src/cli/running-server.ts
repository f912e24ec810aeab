import { request } from 'node:http';
import { join } from 'node:path';
import type { LoadedConfig } from '../server/config/index.js';
import { CONTROL_SOCKET_NAME } from '../server/http/control-socket.js';
import { WukfError, type ErrorCode, ERRORS } from '../proto/errors.js';

export interface ControlAnswer {
  status: number;
  body: unknown;
}

/** How long a running server may take to answer; it answers control requests at once unless it is stuck. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Asks the `wukf start` of this config directory, over the control socket in its data directory, to do
 * something at once (sign an agent out, clear a lockout, close a conversation). Resolves undefined when no
 * server is running there (no socket, or nobody listening on it), so the caller can work on the store
 * alone. A refusal by the server is thrown as the WukfError it carried.
 */
export async function askRunningServer(config: LoadedConfig, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ControlAnswer | undefined> {
  const socketPath = join(config.paths.dataDir, CONTROL_SOCKET_NAME);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const answer = await new Promise<ControlAnswer | undefined>((resolve, reject) => {
    const req = request(
      { socketPath, method, path, headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }, timeout: ANSWER_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text.length > 0 ? JSON.parse(text) : undefined;
          } catch {
            // Not JSON: kept as text for the error below.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new WukfError('WUKF_E_NOT_READY', `the running server (${socketPath}) did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      // No socket file, or one left by a server that is gone: nobody to tell.
      if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') resolve(undefined);
      else reject(err instanceof WukfError ? err : new WukfError('WUKF_E_NOT_READY', `cannot reach the running server at ${socketPath}: ${err.message}`, { cause: err }));
    });
    req.end(payload);
  });
  if (answer && answer.status >= 400) throw refusal(answer);
  return answer;
}

function refusal(answer: ControlAnswer): WukfError {
  const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const code = error?.code !== undefined && error.code in ERRORS ? (error.code as ErrorCode) : 'WUKF_E_INTERNAL';
  return new WukfError(code, error?.message ?? `the running server answered ${answer.status}`);
}
