/**
 * What survives a reload, in localStorage: the visitor's token, the open conversation and how far the visitor
 * has seen it. One entry per wukf server; it belongs to one visitor (anonymous, or the app's user id), so a
 * page that identifies somebody else starts afresh instead of showing them another person's conversation.
 */
export interface SavedState {
  /** 'anonymous' or the app's user id. */
  owner: string;
  token?: string;
  /** ms since the epoch. */
  expiresAt?: number;
  conversationId?: string;
  /** The last seq passed on in that conversation: the next Hello resumes from it. */
  lastSeq?: number;
  /** What the visitor has read of it, for the unread badge after a reload. */
  readSeq?: number;
}

export class SavedStateStore {
  private readonly key: string;

  constructor(server: string) {
    this.key = `wukf:${server}`;
  }

  /** The saved state of `owner`; an empty one when nothing is saved, it is somebody else's, or storage is off. */
  load(owner: string): SavedState {
    try {
      const raw = localStorage.getItem(this.key);
      const parsed = raw ? (JSON.parse(raw) as SavedState) : undefined;
      if (parsed && parsed.owner === owner) return parsed;
    } catch {
      /* storage disabled (private mode, sandboxed frame) or garbage: start afresh */
    }
    return { owner };
  }

  save(state: SavedState): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(state));
    } catch {
      /* full or disabled: the conversation still works until the page is left */
    }
  }
}
