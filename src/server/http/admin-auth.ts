import type { FastifyRequest } from 'fastify';
import type { AuthService, Principal } from '../auth/index.js';
import { WukfError } from '../../proto/errors.js';
import { isControlRequest } from './control-socket.js';

/** The operator on the server box, speaking through the control socket. */
export const LOCAL_OPERATOR: Principal = { kind: 'admin', id: '@local', displayName: 'local operator', role: 'admin' };

/**
 * An admin route's check: a request over the control socket is the local operator; any other needs an
 * admin's token in the Authorization header only — the WebSocket's check would also take ?token=, and an
 * admin token does not belong in a URL that proxies and shells keep.
 */
export async function requireAdmin(auth: AuthService, req: FastifyRequest): Promise<Principal> {
  if (isControlRequest(req.raw)) return LOCAL_OPERATOR;
  if (req.headers.authorization === undefined) throw new WukfError('WUKF_E_UNAUTHENTICATED', 'no token: send "Authorization: Bearer <token>" of an admin');
  const principal = await auth.authenticate(req.raw);
  if (principal instanceof WukfError) throw principal;
  if (principal.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', `${req.routeOptions.url ?? req.url} is for admins; this token is a${principal.kind === 'agent' ? 'n agent' : ' visitor'}'s`);
  return principal;
}
