import type { Conversation, Participant } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import type { ConversationStore } from '../store/conversation-store.js';
import type { ConversationCore } from './core.js';

/** Which conversations an operator closes: these ids, or the queued ones (anonymous visitors' only, opened before a time). */
export interface CloseSelection {
  ids?: string[];
  queued?: boolean;
  anonymous?: boolean;
  /** Queued: opened before this time (ms). */
  createdBefore?: number;
  reason: string;
}

export interface CloseOutcome {
  closed: string[];
  /** Ids that could not be closed, with the code that said why (already closed, unknown). */
  refused: { id: string; code: string }[];
}

const PAGE = 500;

/**
 * Closes what an operator selected, each through the core like any close (its system event and snapshot go
 * to whoever follows it): on a running server the clients see it at once; with the store alone (no server
 * running) the core reads each conversation from the store.
 */
export async function closeSelected(core: ConversationCore, store: ConversationStore, by: Participant, selection: CloseSelection): Promise<CloseOutcome> {
  const outcome: CloseOutcome = { closed: [], refused: [] };
  const closeOne = async (id: string) => {
    try {
      await core.close(by, id, selection.reason);
      outcome.closed.push(id);
    } catch (err) {
      if (!(err instanceof WukfError)) throw err;
      outcome.refused.push({ id, code: err.code });
    }
  };
  for (const id of selection.ids ?? []) await closeOne(id);
  if (!selection.queued) return outcome;
  // Closed ones leave the selection; refused ones stay in it, so the next page starts after them.
  const refusedBefore = outcome.refused.length;
  for (;;) {
    const page: Conversation[] = await store.listConversations({
      states: ['queued'],
      ...(selection.anonymous ? { anonymous: true } : {}),
      ...(selection.createdBefore !== undefined ? { createdBefore: selection.createdBefore } : {}),
      offset: outcome.refused.length - refusedBefore,
      limit: PAGE,
    });
    if (page.length === 0) return outcome;
    await Promise.all(page.map((c) => closeOne(c.id)));
  }
}
