import type { Identity } from './config.js';
import { SavedStateStore, type SavedState } from './saved-state.js';

/**
 * The server will not give this page a token as it stands: a signature that is forged or stale, anonymous
 * visitors turned off, a page it does not allow. Asking again cannot help, unlike a network failure.
 */
export class TokenRefused extends Error {}

/** Renewed this long before it expires, so a reconnect never presents a token about to lapse. */
const MARGIN_MS = 60_000;

/**
 * The visitor's token from POST /api/v1/visitors (docs/auth.md), kept in localStorage with the conversation
 * so that a reload is the same visitor in the same conversation. A new anonymous token is a new visitor, who
 * cannot read the old conversation; an identified visitor (u_<userId>) keeps theirs across tokens.
 */
export class VisitorToken {
  readonly owner: string;
  state: SavedState;
  private stale = false;

  constructor(
    private readonly server: string,
    private readonly identity: Identity,
    private readonly store: SavedStateStore,
    /** The anonymous visitor this page was has gone; whatever was theirs is gone with them. */
    private readonly replaced: () => void,
  ) {
    this.owner = identity.userId ? `u_${identity.userId}` : 'anonymous';
    this.state = store.load(this.owner);
  }

  /** The server refused the token (expired or revoked while connected): the next get() fetches a new one. */
  refused(): void {
    this.stale = true;
  }

  save(change: Partial<SavedState>): void {
    this.state = { ...this.state, ...change };
    this.store.save(this.state);
  }

  async get(): Promise<string> {
    const { token, expiresAt = 0 } = this.state;
    if (token && !this.stale && expiresAt - MARGIN_MS > Date.now()) return token;
    const { userId, timestamp, signature, displayName } = this.identity;
    const body = userId ? { userId, timestamp, signature, displayName } : displayName ? { displayName } : {};
    const res = await fetch(`${this.server}/api/v1/visitors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as { token?: string; expiresAt?: string; error?: { message?: string } };
    if (!res.ok || !json.token) {
      const message = json.error?.message ?? `HTTP ${res.status}`;
      throw res.status === 401 || res.status === 403 ? new TokenRefused(message) : new Error(message);
    }
    const anonymousAgain = !userId && token !== undefined;
    this.stale = false;
    this.save({ token: json.token, expiresAt: Date.parse(json.expiresAt ?? '') || Date.now() + 3_600_000, ...(anonymousAgain ? { conversationId: undefined, lastSeq: undefined, readSeq: undefined } : {}) });
    if (anonymousAgain) this.replaced();
    return json.token;
  }
}
