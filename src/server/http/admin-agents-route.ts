import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import { hashPassword } from '../auth/password.js';
import { validateUsername, type Agent, type NewAgent } from '../domain/agent.js';
import { agentNotFound, type Store } from '../store/index.js';
import type { AccountChanges } from './account-routes.js';
import { AGENTS_PATH } from './account-routes.js';
import { checkNewPassword } from '../domain/password-policy.js';
import { agentPatch, agentPatchBody, field, newAgentBody } from './admin-fields.js';
import { requireAdmin } from './admin-auth.js';
import { parseBody } from './validate.js';

export interface AdminAgentsDeps {
  auth: AuthService;
  store: Store;
  accounts: AccountChanges;
}

/** What a new account gets for the fields left out, as `wukf agent add` does. */
const DEFAULTS: Omit<NewAgent, 'username' | 'displayName'> = { role: 'agent', skills: [], languages: [], maxConcurrent: 5, timezone: 'UTC', hours: null };

const params = z.strictObject({ username: z.string().min(1, 'must not be empty').max(64, 'at most 64 characters') });

/**
 * The accounts for the TUI and scripts, without a shell on the box (docs/admin-api.md): list, create, read,
 * change and remove agents and admins. Password hashes never leave the store. A change of role or password,
 * and a removal, closes the account's live connections before the answer, as the CLI does; every change
 * tells the node (AccountChanges), the one place where a running server learns that an account changed.
 */
export function registerAdminAgentsRoutes(app: FastifyInstance, deps: AdminAgentsDeps): void {
  const { store } = deps;
  const one = `${AGENTS_PATH}/:username`;

  app.get(AGENTS_PATH, async (req): Promise<{ agents: Agent[] }> => {
    await requireAdmin(deps.auth, req);
    return { agents: await store.listAgents() };
  });

  app.post(AGENTS_PATH, async (req, reply) => {
    await requireAdmin(deps.auth, req);
    const body = parseBody(newAgentBody, req.body);
    const username = field('username', () => validateUsername(body.username));
    const patch = agentPatch(body);
    const passwordHash = await hashPassword(checkNewPassword(body.password, 'password:'));
    const agent = await store.createAgent({ ...DEFAULTS, displayName: username, ...patch, username }, passwordHash);
    // Routing (and the dashboard) learn of the account now, not at the next restart.
    await deps.accounts.changed(username);
    return reply.code(201).send({ agent });
  });

  app.get(one, async (req): Promise<{ agent: Agent }> => {
    await requireAdmin(deps.auth, req);
    const { username } = parseBody(params, req.params);
    const agent = await store.getAgent(username);
    if (!agent) throw agentNotFound(username);
    return { agent };
  });

  app.patch(one, async (req): Promise<{ agent: Agent; closedConnections: number }> => {
    await requireAdmin(deps.auth, req);
    const { username } = parseBody(params, req.params);
    const body = parseBody(agentPatchBody, req.body);
    const patch = agentPatch(body);
    if (!(await store.getAgent(username))) throw agentNotFound(username);
    // Checked before anything is written, so a weak password leaves the other fields unchanged too.
    const passwordHash = body.password === undefined ? undefined : await hashPassword(checkNewPassword(body.password, 'password:'));
    let agent = Object.keys(patch).length > 0 ? await store.updateAgent(username, patch) : (await store.getAgent(username))!;
    if (passwordHash !== undefined) {
      await store.setPasswordHash(username, passwordHash);
      agent = (await store.getAgent(username)) ?? agent;
    }
    return { agent, closedConnections: await deps.accounts.changed(username) };
  });

  app.delete(one, async (req): Promise<{ username: string; closedConnections: number }> => {
    await requireAdmin(deps.auth, req);
    const { username } = parseBody(params, req.params);
    await store.removeAgent(username);
    return { username, closedConnections: await deps.accounts.changed(username) };
  });
}
