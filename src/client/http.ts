import { WukfClientError } from './errors.js';
import { unreachable } from './reach-error.js';

/** A token from POST /api/v1/visitors or /api/v1/login (docs/auth.md). */
export interface TokenGrant {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
  visitor?: { id: string; displayName: string };
  agent?: { username: string; displayName: string; role: string };
}

/** Who the visitor is: nothing (anonymous), a display name, or the identity your backend signed (docs/auth.md). */
export interface VisitorIdentity {
  displayName?: string;
  userId?: string;
  timestamp?: number;
  signature?: string;
}

/**
 * POSTs JSON to the server's HTTP API. A server that cannot be reached is a WukfClientError saying why
 * (WUKF_E_TLS_UNTRUSTED, WUKF_E_UNREACHABLE) instead of fetch's bare "fetch failed"; a refusal carries the
 * server's code and, when rate-limited, retryAfterMs.
 */
async function postJson(server: string, path: string, body: unknown): Promise<TokenGrant> {
  const url = new URL(path, server).toString();
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    throw unreachable(url, err);
  }
  const json = (await res.json().catch(() => ({}))) as Partial<TokenGrant> & { error?: { code?: string; message?: string } };
  if (res.ok && typeof json.token === 'string') return json as TokenGrant;
  const retryAfterS = Number(res.headers.get('retry-after'));
  throw new WukfClientError(json.error?.code ?? 'WUKF_E_INTERNAL', json.error?.message ?? `HTTP ${res.status} from ${url}`, {
    retryAfterMs: retryAfterS > 0 ? retryAfterS * 1000 : undefined,
  });
}

/**
 * A visitor's token from the server at `server` (https://chat.example.com): anonymous by default. Pass it,
 * or a function that calls this, as WukfClient's `token`.
 */
export function requestVisitorToken(server: string, identity: VisitorIdentity = {}): Promise<TokenGrant> {
  return postJson(server, '/api/v1/visitors', identity);
}

/** An agent's or admin's token for a username and password. */
export function login(server: string, username: string, password: string): Promise<TokenGrant> {
  return postJson(server, '/api/v1/login', { username, password });
}
