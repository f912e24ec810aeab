import type { IncomingMessage } from 'node:http';
import { WukfError } from '../../proto/errors.js';

/** The WebSocket subprotocol of wukf's protocol version 1; the server selects it whenever it is offered. */
export const SUBPROTOCOL = 'wukf.v1';
/** Prefix of the subprotocol that carries a token for browsers, which cannot set headers on an upgrade. */
export const TOKEN_SUBPROTOCOL_PREFIX = 'token.';

/**
 * The token a request presents, from (in this order) `Authorization: Bearer <token>`, the
 * Sec-WebSocket-Protocol offer `wukf.v1, token.<token>`, or the `token` query parameter.
 */
export function presentedToken(req: IncomingMessage): string | WukfError {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) return new WukfError('WUKF_E_UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    return m[1]!;
  }
  const offered = (req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const carrier = offered.find((p) => p.startsWith(TOKEN_SUBPROTOCOL_PREFIX));
  if (carrier !== undefined) {
    if (!offered.includes(SUBPROTOCOL)) {
      return new WukfError('WUKF_E_UNAUTHENTICATED', `a token.<token> subprotocol needs ${SUBPROTOCOL} offered with it`);
    }
    return carrier.slice(TOKEN_SUBPROTOCOL_PREFIX.length);
  }
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  if (query) return query;
  return new WukfError(
    'WUKF_E_UNAUTHENTICATED',
    `no token: send "Authorization: Bearer <token>", the subprotocols "${SUBPROTOCOL}, ${TOKEN_SUBPROTOCOL_PREFIX}<token>", or ?token=<token>`,
  );
}
