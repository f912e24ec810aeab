import type { Role } from '../domain/agent.js';

/**
 * Who a connection or request belongs to, decided from its token before a WebSocket upgrade and never
 * after. Agents and admins are identified by username, visitors by their visitor id (v_… anonymous,
 * u_<app user id> identified by the app's backend).
 */
export interface Principal {
  kind: 'visitor' | 'agent' | 'admin';
  id: string;
  displayName: string;
  /** Agents and admins only: their role when they connected (equal to kind). */
  role?: Role;
  /**
   * The token the principal presented, when it was a wukf token. The messaging layer uses it to close a
   * connection when the token expires, or when the agent's token version moves on (revoke, password or
   * role change).
   */
  token?: { id: string; expiresAt: number; version?: number };
}
