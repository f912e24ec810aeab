import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import type { Role } from '../domain/agent.js';
import { isAnonymous } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import type { Store } from '../store/index.js';
import { anonymousVisitorId, identifiedVisitorId, verifyIdentity, type IdentityClaim } from './identity.js';
import type { OriginPolicy } from './origins.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Principal } from './principal.js';
import { LoginThrottle } from './login-throttle.js';
import { UsedSignatures } from './used-signatures.js';
import { issueToken, verifyToken } from './tokens.js';
import { presentedToken } from './presented-token.js';

export interface AuthServiceOptions {
  store: Store;
  /** secrets.token_signing_key_file */
  tokenKey: Buffer;
  /** secrets.identity_hmac_key_file */
  identityKey: Buffer;
  settings: Config['auth'];
  origins: OriginPolicy;
  /** Wall-clock milliseconds since the epoch; tests pass a fake one. */
  clock?: () => number;
  /** Where logins (info), failed logins and lockouts (warn) are reported; never with the password. */
  logger?: Pick<Logger, 'warn' | 'info'>;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  agent: { username: string; displayName: string; role: Role };
}

export interface VisitorRequest extends IdentityClaim {
  displayName?: string;
}

export interface VisitorResult {
  token: string;
  expiresAt: string;
  visitor: { id: string; displayName: string };
}

const BAD_LOGIN = 'wrong username or password';

/**
 * A failed login's username as the log may show it: one of the shape usernames have (lower case, at most
 * 32 characters); anything else (a password typed into the wrong field, a megabyte of junk) is not repeated.
 */
function loggableUsername(typed: string): string {
  return /^[a-z0-9._-]{2,32}$/.test(typed) ? typed : `(not a username: ${typed.length} characters)`;
}

/**
 * Issues and checks every credential wukf knows: agent and admin logins, visitor tokens (anonymous or
 * vouched for by the app's backend), and the token on a WebSocket upgrade. HTTP parsing stays in
 * http/auth-routes.ts; this class decides.
 */
export class AuthService {
  readonly origins: OriginPolicy;
  private readonly options: AuthServiceOptions;
  private readonly clock: () => number;
  private readonly throttle: LoginThrottle;
  private readonly usedSignatures = new UsedSignatures();
  private dummyHash: Promise<string> | undefined;

  constructor(options: AuthServiceOptions) {
    this.options = options;
    this.origins = options.origins;
    this.clock = options.clock ?? Date.now;
    this.throttle = new LoginThrottle(options.settings);
  }

  /**
   * Checks a username and password. An unknown username costs the same scrypt work as a wrong password
   * and gets the same answer, so the response does not tell which accounts exist. `address` is the
   * client's address group (clientAddress, then addressGroup); login-throttle.ts decides when to wait.
   */
  async login(username: string, password: string, address: string): Promise<LoginResult> {
    const { store, settings } = this.options;
    const account = username.toLowerCase();
    this.throttle.admit(account, address, this.clock());
    let agent: Awaited<ReturnType<Store['getAgent']>>;
    let tv: number | undefined;
    try {
      const stored = await store.getPasswordHash(username);
      const matches = await verifyPassword(password, stored ?? (await this.dummy()));
      agent = matches && stored !== undefined ? await store.getAgent(username) : undefined;
      tv = agent && (await store.getTokenVersion(username));
    } catch (err) {
      // Not a wrong password: the store failed. The attempt does not count against anybody.
      this.throttle.abandoned(account, address);
      throw err;
    }
    if (!agent || tv === undefined) {
      this.options.logger?.warn({ username: loggableUsername(username), address }, 'login failed');
      for (const lockout of this.throttle.failed(account, address, this.clock())) {
        // Never the password: the account, the address and how long it is held back.
        this.options.logger?.warn({ scope: lockout.scope, account: lockout.account, address: lockout.address, failures: lockout.failures, lockedForS: lockout.delayMs / 1000 }, 'login locked out after failed attempts');
      }
      throw new WukfError('WUKF_E_BAD_PASSWORD', BAD_LOGIN);
    }

    this.throttle.succeeded(account, address, this.clock());
    this.options.logger?.info({ username: agent.username, role: agent.role, address }, 'login');
    const { token, claims } = issueToken(this.options.tokenKey, { kind: agent.role, sub: agent.username, tv }, this.clock(), settings.agent_token_ttl);
    return {
      token,
      expiresAt: new Date(claims.exp * 1000).toISOString(),
      agent: { username: agent.username, displayName: agent.displayName, role: agent.role },
    };
  }

  /**
   * Clears an account's failed logins and locks at once (`wukf agent unlock`). Answers whether there was
   * anything to clear; an unknown username is WUKF_E_AGENT_NOT_FOUND so that a typo does not pass for success.
   */
  async unlock(username: string): Promise<boolean> {
    if (!(await this.options.store.getAgent(username))) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent or admin is called ${JSON.stringify(username)}`);
    return this.throttle.unlock(username.toLowerCase());
  }

  /**
   * A visitor token: for the app user a valid identity signature vouches for, or, when there is none and
   * auth.anonymous_visitors allows it, for a new anonymous visitor.
   */
  createVisitor(request: VisitorRequest): VisitorResult {
    const { identityKey, tokenKey, settings } = this.options;
    const now = this.clock();
    const identified = request.userId !== undefined || request.timestamp !== undefined || request.signature !== undefined;
    let id: string;
    let displayName: string;
    if (identified) {
      const userId = verifyIdentity(identityKey, request, now, settings.identity_max_skew);
      if (settings.identity_single_use) {
        // Accepted while floor(now / 1 s) is within the skew of the timestamp: remembered until then.
        const validUntilMs = (Number(request.timestamp) + settings.identity_max_skew + 1) * 1000;
        this.usedSignatures.use(String(request.signature), validUntilMs, now);
      }
      id = identifiedVisitorId(userId);
      displayName = request.displayName ?? userId;
    } else if (settings.anonymous_visitors) {
      id = anonymousVisitorId();
      displayName = request.displayName ?? `Visitor ${id.slice(2, 6)}`;
    } else {
      throw new WukfError(
        'WUKF_E_IDENTITY_INVALID',
        "anonymous visitors are disabled (auth.anonymous_visitors: false): send userId, timestamp and signature from your app's backend",
      );
    }
    const { token, claims } = issueToken(tokenKey, { kind: 'visitor', sub: id, name: displayName }, now, settings.visitor_token_ttl);
    return { token, expiresAt: new Date(claims.exp * 1000).toISOString(), visitor: { id, displayName } };
  }

  /**
   * The Gateway's authenticate hook: Origin first (403), then the token (401 when missing, invalid,
   * expired or revoked). An agent's token is checked against the account's current token version and
   * role, so a revoke, a password or role change or a removal refuses it from the next upgrade on.
   */
  readonly authenticate = async (req: IncomingMessage): Promise<Principal | WukfError> => {
    const origin = req.headers.origin;
    if (!this.origins.allows(origin)) return originForbidden(origin!);
    const presented = presentedToken(req);
    if (presented instanceof WukfError) return presented;
    try {
      return await this.principalOf(presented);
    } catch (err) {
      if (err instanceof WukfError) return err;
      throw err;
    }
  };

  private async principalOf(token: string): Promise<Principal> {
    const claims = verifyToken(this.options.tokenKey, token, this.clock());
    const expiresAt = claims.exp * 1000;
    if (claims.kind === 'visitor') {
      // Turning anonymous visitors off must not leave the tokens handed out before the restart working for their ttl.
      if (!this.options.settings.anonymous_visitors && isAnonymous({ kind: 'visitor', id: claims.sub, displayName: '' })) {
        throw new WukfError('WUKF_E_IDENTITY_INVALID', "anonymous visitors are disabled (auth.anonymous_visitors: false): get a token with an identity signed by your app's backend");
      }
      return { kind: 'visitor', id: claims.sub, displayName: claims.name ?? claims.sub, token: { id: claims.jti, expiresAt } };
    }
    const { store } = this.options;
    const [agent, version] = [await store.getAgent(claims.sub), await store.getTokenVersion(claims.sub)];
    if (!agent) throw new WukfError('WUKF_E_TOKEN_REVOKED', 'the account of this token no longer exists');
    if (version !== claims.tv || agent.role !== claims.kind) {
      throw new WukfError('WUKF_E_TOKEN_REVOKED', 'the token was revoked (wukf agent revoke, a new password or a new role); log in again');
    }
    return {
      kind: agent.role,
      id: agent.username,
      displayName: agent.displayName,
      role: agent.role,
      token: { id: claims.jti, expiresAt, version },
    };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
    return this.dummyHash;
  }
}

export function originForbidden(origin: string): WukfError {
  return new WukfError('WUKF_E_ORIGIN_FORBIDDEN', `Origin ${JSON.stringify(origin)} is not allowed; add it to server.allowed_origins in wukf.yaml`);
}
