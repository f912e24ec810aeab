import type { Conversation } from '../domain/conversation.js';
import type { ConversationStore } from '../store/conversation-store.js';

/** Queued conversations closed per round at start-up when more were stored than max_queued. */
const START_PAGE = 500;

/**
 * Loads the open conversations: every active one, and the oldest maxQueued queued ones (an unbounded queue
 * must not be read into memory). Queued ones beyond that are closed as expired, a page at a time; resolves
 * with how many.
 */
export async function loadOpenConversations(
  store: ConversationStore,
  maxQueued: number,
  load: (c: Conversation) => void,
  expire: (id: string) => Promise<unknown>,
): Promise<{ expired: number }> {
  for (const c of await store.listConversations({ states: ['active'], limit: Number.MAX_SAFE_INTEGER })) load(c);
  const keep = Number.isFinite(maxQueued) ? maxQueued : Number.MAX_SAFE_INTEGER;
  for (const c of await store.listConversations({ states: ['queued'], limit: keep })) load(c);
  let expired = 0;
  for (;;) {
    const over = await store.listConversations({ states: ['queued'], offset: keep, limit: START_PAGE });
    if (over.length === 0) return { expired };
    await Promise.all(over.map((c) => expire(c.id)));
    expired += over.length;
  }
}
