import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import type { Group } from '../domain/group.js';
import { groupNotFound, type GroupRemoval, type Store } from '../store/index.js';
import { API_PREFIX } from './auth-routes.js';
import { groupName, groupPatch, groupPatchBody, newGroupBody } from './admin-fields.js';
import { requireAdmin } from './admin-auth.js';
import { parseBody } from './validate.js';

export const GROUPS_PATH = `${API_PREFIX}/admin/groups`;

export interface AdminGroupsDeps {
  auth: AuthService;
  store: Store;
  /** A running server's routing reads the groups (and, after a forced removal, the agents) again. */
  groups?: GroupChanges;
}

export interface GroupChanges {
  changed(): Promise<void>;
}

const params = z.strictObject({ name: z.string().min(1, 'must not be empty').max(64, 'at most 64 characters') });
const removeQuery = z.strictObject({ force: z.enum(['true', 'false'], { error: 'expected true or false' }).optional() });

/**
 * Groups (departments) for admins (docs/admin-api.md); `wukf group …` calls the same routes over the control
 * socket while a server runs, so every change of a running server's groups passes here. Members are set
 * on the agents (`groups`), not here: one place writes a membership.
 */
export function registerAdminGroupsRoutes(app: FastifyInstance, deps: AdminGroupsDeps): void {
  const { store } = deps;
  const one = `${GROUPS_PATH}/:name`;

  app.get(GROUPS_PATH, async (req): Promise<{ groups: Group[] }> => {
    await requireAdmin(deps.auth, req);
    return { groups: await store.listGroups() };
  });

  app.post(GROUPS_PATH, async (req, reply) => {
    await requireAdmin(deps.auth, req);
    const body = parseBody(newGroupBody, req.body);
    const name = groupName(body.name);
    const patch = groupPatch(body);
    const group = await store.createGroup({ name, displayName: patch.displayName ?? name, description: patch.description ?? '', fallback: patch.fallback ?? null });
    await deps.groups?.changed();
    return reply.code(201).send({ group });
  });

  app.get(one, async (req): Promise<{ group: Group }> => {
    await requireAdmin(deps.auth, req);
    const { name } = parseBody(params, req.params);
    const group = await store.getGroup(name);
    if (!group) throw groupNotFound(name);
    return { group };
  });

  app.patch(one, async (req): Promise<{ group: Group }> => {
    await requireAdmin(deps.auth, req);
    const { name } = parseBody(params, req.params);
    const patch = groupPatch(parseBody(groupPatchBody, req.body));
    const group = await store.updateGroup(name, patch);
    await deps.groups?.changed();
    return { group };
  });

  app.delete(one, async (req): Promise<{ name: string; detached: GroupRemoval }> => {
    await requireAdmin(deps.auth, req);
    const { name } = parseBody(params, req.params);
    const { force } = parseBody(removeQuery, req.query);
    const detached = await store.removeGroup(name, { force: force === 'true' });
    await deps.groups?.changed();
    return { name, detached };
  });
}
