import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import { validateDisplayName } from '../domain/agent.js';
import { quoted } from '../domain/excerpt.js';
import { MAX_PASSWORD_LENGTH, MAX_PASSWORD_UNITS, passwordLength } from '../domain/password-policy.js';
import { WukfError } from '../../proto/errors.js';
import type { AddressBudget } from './address-budget.js';
import { requireAdmin } from './admin-auth.js';
import { parseBody } from './validate.js';

export const API_PREFIX = '/api/v1';

/**
 * The credential routes take a few hundred bytes; a megabyte (the server's limit) of password would only cost
 * the server the time to parse it. 16 KiB holds the longest allowed login even with every character a JSON escape.
 */
export const CREDENTIALS_BODY_LIMIT = 16 * 1024;

const loginBody = z.strictObject({
  username: z.string({ error: 'expected a string' }).min(1, 'must not be empty').max(64, 'at most 64 characters'),
  // Any password the policy lets an account have, counted in characters as the policy counts them.
  password: z
    .string({ error: 'expected a string' })
    .min(1, 'must not be empty')
    .max(MAX_PASSWORD_UNITS, `at most ${MAX_PASSWORD_LENGTH} characters`)
    .refine((p) => passwordLength(p) <= MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`),
});

/** Identity fields are checked by the auth service, so a bad one is 401 WUKF_E_IDENTITY_INVALID, not 400. */
const visitorBody = z.strictObject({
  userId: z.unknown().optional(),
  timestamp: z.unknown().optional(),
  signature: z.unknown().optional(),
  displayName: z.string({ error: 'expected a string' }).optional(),
});

function displayName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return validateDisplayName(value);
  } catch (err) {
    if (!(err instanceof WukfError && err.field !== undefined)) throw err;
    throw new WukfError('WUKF_E_INVALID_INPUT', `displayName: expected 1-64 printable characters, got ${quoted(value)}`);
  }
}

export interface CredentialBudgets {
  /** The client's address group, as the WebSocket gateway computes it. */
  addressGroupOf: (req: IncomingMessage) => string;
  /** limits.visitor_tokens_per_minute */
  visitorTokens: AddressBudget;
  now: () => number;
}

const unlockParams = z.strictObject({ username: z.string().min(1).max(64) });

/**
 * The credential routes under /api/v1: POST /login for agents and admins, POST /visitors for visitors,
 * and POST /admin/agents/:username/unlock (`wukf agent unlock`). Browser pages are held to the origin policy
 * by browser-origins.ts, as every route under /api/v1 is.
 */
export function registerAuthRoutes(app: FastifyInstance, auth: AuthService, budgets: CredentialBudgets): void {
  void app.register(
    async (api) => {
      api.post('/login', { bodyLimit: CREDENTIALS_BODY_LIMIT }, async (req) => {
        const { username, password } = parseBody(loginBody, req.body);
        return auth.login(username, password, budgets.addressGroupOf(req.raw));
      });

      api.post('/visitors', { bodyLimit: CREDENTIALS_BODY_LIMIT }, async (req) => {
        // Charged before anything is checked: a refused request costs the address as much as a granted one.
        budgets.visitorTokens.charge(budgets.addressGroupOf(req.raw), budgets.now());
        const body = parseBody(visitorBody, req.body);
        return auth.createVisitor({ ...body, displayName: displayName(body.displayName) });
      });

      api.post('/admin/agents/:username/unlock', async (req) => {
        await requireAdmin(auth, req);
        const { username } = parseBody(unlockParams, req.params);
        return { username, cleared: await auth.unlock(username) };
      });
    },
    { prefix: API_PREFIX },
  );
}
