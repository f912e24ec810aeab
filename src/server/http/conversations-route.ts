import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import { closeSelected, type ConversationCore } from '../conversations/index.js';
import type { AssignmentRecord } from '../domain/assignment.js';
import type { Conversation } from '../domain/conversation.js';
import type { Store } from '../store/index.js';
import { API_PREFIX } from './auth-routes.js';
import { requireAdmin } from './admin-auth.js';
import { parseBody } from './validate.js';

export const CONVERSATIONS_PATH = `${API_PREFIX}/admin/conversations`;

export interface ConversationsRouteDeps {
  auth: AuthService;
  store: Store;
  conversations: ConversationCore;
  now: () => number;
}

/** A conversation as the admin API lists it: no context, no entries. */
export interface ConversationSummary {
  id: string;
  state: Conversation['state'];
  visitor: string;
  anonymous: boolean;
  agent: string | null;
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
  group: string | null;
  priority: number;
  /** Why the agent has it (docs/routing.md); null while never assigned. */
  assignment: AssignmentRecord | null;
  /** An offer not accepted yet: when it expires (ms). */
  offerExpiresAt: number | null;
  visitorLeft: boolean;
}

export function summary(c: Conversation): ConversationSummary {
  return {
    id: c.id,
    state: c.state,
    visitor: c.visitor.id,
    anonymous: c.visitor.id.startsWith('v_'),
    agent: c.agent?.id ?? null,
    lastSeq: c.lastSeq,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    group: c.group,
    priority: c.priority,
    assignment: c.assignment,
    offerExpiresAt: c.offerExpiresAt,
    visitorLeft: c.visitorLeftAt !== null,
  };
}

const flag = z.enum(['true', 'false'], { error: 'expected true or false' }).transform((v) => v === 'true');
const count = (max: number) => z.coerce.number({ error: 'expected a number' }).int().min(0).max(max);

const listQuery = z.strictObject({
  state: z.enum(['queued', 'active', 'closed']).optional(),
  anonymous: flag.optional(),
  limit: count(10_000).default(100),
  offset: count(Number.MAX_SAFE_INTEGER).default(0),
});

const closeBody = z.strictObject({
  ids: z.array(z.string().min(1).max(128)).max(10_000).optional(),
  queued: z.boolean().optional(),
  anonymous: z.boolean().optional(),
  /** Queued ones opened at least this long ago. */
  olderThanMs: z.number().int().min(0).optional(),
  reason: z.string().max(500).default('closed by an admin'),
});

const assignBody = z.strictObject({
  agent: z.string().min(1).max(64),
  /** Past the agent's max_concurrent, recorded on the assignment. */
  overrideCapacity: z.boolean().default(false),
  note: z.string().max(500).default(''),
});

const idParams = z.strictObject({ id: z.string().min(1).max(128) });

const purgeQuery = z.strictObject({
  closedBeforeMs: count(Number.MAX_SAFE_INTEGER),
  dryRun: flag.optional(),
});

/**
 * The operator's cleanup without SQL (`wukf conversation list|close|purge` call these over the control
 * socket): list by state, close by id or the queued ones through the core (clients see it at once), delete
 * closed conversations for good.
 */
export function registerConversationsRoutes(app: FastifyInstance, deps: ConversationsRouteDeps): void {
  app.get(CONVERSATIONS_PATH, async (req) => {
    await requireAdmin(deps.auth, req);
    const q = parseBody(listQuery, req.query);
    const filter = { ...(q.state ? { states: [q.state] } : {}), ...(q.anonymous !== undefined ? { anonymous: q.anonymous } : {}) };
    const [rows, total] = await Promise.all([deps.store.listConversations({ ...filter, limit: q.limit, offset: q.offset }), deps.store.countConversations(filter)]);
    return { total, conversations: rows.map(summary) };
  });

  app.post(`${CONVERSATIONS_PATH}/close`, async (req) => {
    const by = await requireAdmin(deps.auth, req);
    const body = parseBody(closeBody, req.body);
    const createdBefore = body.olderThanMs === undefined ? undefined : deps.now() - body.olderThanMs;
    return closeSelected(deps.conversations, deps.store, { kind: 'admin', id: by.id, displayName: by.displayName }, { ...body, ...(createdBefore !== undefined ? { createdBefore } : {}) });
  });

  app.get(`${CONVERSATIONS_PATH}/:id`, async (req) => {
    const by = await requireAdmin(deps.auth, req);
    const { id } = parseBody(idParams, req.params);
    return { conversation: summary(await deps.conversations.readable({ kind: 'admin', id: by.id, displayName: by.displayName }, id)) };
  });

  /** Force-assign: an admin puts a queued or active conversation with an agent (a transfer when it has one). */
  app.post(`${CONVERSATIONS_PATH}/:id/assign`, async (req) => {
    const by = await requireAdmin(deps.auth, req);
    const { id } = parseBody(idParams, req.params);
    const body = parseBody(assignBody, req.body);
    const admin = { kind: 'admin' as const, id: by.id, displayName: by.displayName };
    const c = await deps.conversations.transfer(admin, id, body.agent, body.note, undefined, { overrideCapacity: body.overrideCapacity });
    return { conversation: summary(c) };
  });

  app.delete(CONVERSATIONS_PATH, async (req) => {
    await requireAdmin(deps.auth, req);
    const q = parseBody(purgeQuery, req.query);
    const purged = await deps.store.purgeConversations({ closedBefore: q.closedBeforeMs, dryRun: q.dryRun ?? false });
    return q.dryRun ? { wouldPurge: purged } : { purged };
  });
}
