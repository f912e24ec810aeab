import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import { forgetInitialPasswordIfUsed } from '../auth/initial-password.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { requireAdmin } from './admin-auth.js';
import { API_PREFIX } from './auth-routes.js';
import { parseBody } from './validate.js';

export const AGENTS_PATH = `${API_PREFIX}/admin/agents`;

/** What the node does when an account changes: closes the account's stale connections (realtime). */
export interface AccountChanges {
  /** Resolves with how many connections this node closed, once what they sent before has settled. */
  changed(username: string): Promise<number>;
}

export interface AccountRoutesDeps {
  auth: AuthService;
  store: Store;
  accounts: AccountChanges;
}

export interface AccountChangeResult {
  username: string;
  /** Connections of the account this node closed with 4401 (other nodes close theirs through the Bus). */
  closedConnections: number;
}

// Any name the route may be asked about, including one just removed; the store decides whether it exists.
const params = z.strictObject({ username: z.string().min(1, 'must not be empty').max(64, 'at most 64 characters') });

/**
 * POST /api/v1/admin/agents/:username/revoke signs an account out everywhere (its token version moves on)
 * and closes its live connections at once. POST …/:username/refresh only re-reads the account: the CLI
 * changes the store itself (revoke, passwd, update --role, remove) and then asks the running server,
 * over the control socket, to close what no longer holds. Both are for admins.
 */
export function registerAccountRoutes(app: FastifyInstance, deps: AccountRoutesDeps): void {
  app.post(`${AGENTS_PATH}/:username/revoke`, async (req): Promise<AccountChangeResult> => {
    await requireAdmin(deps.auth, req);
    const { username } = parseBody(params, req.params);
    await deps.store.revokeTokens(username);
    return { username, closedConnections: await deps.accounts.changed(username) };
  });

  app.post(`${AGENTS_PATH}/:username/refresh`, async (req): Promise<AccountChangeResult> => {
    await requireAdmin(deps.auth, req);
    const { username } = parseBody(params, req.params);
    return { username, closedConnections: await deps.accounts.changed(username) };
  });
}

/**
 * Deletes the first admin's password file (auth/initial-password.ts) after the first successful login
 * with the password it holds. Watches the login route's responses, so the login itself stays as it is.
 */
export function forgetInitialPasswordOnLogin(app: FastifyInstance, path: string, logger: Logger): void {
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode !== 200 || req.routeOptions.url !== `${API_PREFIX}/login` || req.method !== 'POST') return;
    const password = (req.body as { password?: unknown } | undefined)?.password;
    if (typeof password !== 'string') return;
    try {
      if (forgetInitialPasswordIfUsed(path, password)) logger.info({ path }, 'deleted the initial admin password file after its first login');
    } catch (err) {
      logger.warn({ err, path }, 'could not delete the initial admin password file; delete it by hand');
    }
  });
}
