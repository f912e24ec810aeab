import { askRunningServer } from '../../running-server.js';
import { ConversationCore } from '../../../server/conversations/index.js';
import type { LoadedConfig } from '../../../server/config/index.js';
import { CONVERSATIONS_PATH } from '../../../server/http/conversations-route.js';
import { LOCAL_OPERATOR } from '../../../server/http/admin-auth.js';
import type { Participant } from '../../../server/domain/conversation.js';
import type { Store } from '../../../server/store/index.js';
import type { CliIo } from '../../io.js';
import { withStore } from '../agent/with-store.js';

export { CONVERSATIONS_PATH };

/** The local operator as the participant who closes conversations when no server runs. */
export const OPERATOR: Participant = { kind: 'admin', id: LOCAL_OPERATOR.id, displayName: LOCAL_OPERATOR.displayName };

/**
 * Runs a conversation command against the running `wukf start` of the config directory when there is one
 * (over its control socket, so that clients see a close at once), else against the store alone. `remote`
 * answers undefined when no server runs.
 */
export async function viaServerOrStore<T>(
  io: CliIo,
  dir: string | undefined,
  remote: (config: LoadedConfig) => Promise<T | undefined>,
  local: (store: Store, core: ConversationCore) => Promise<T>,
): Promise<T> {
  return withStore(io, dir, async (store, config) => {
    const answer = await remote(config);
    if (answer !== undefined) return answer;
    // Not started: the core reads each conversation from the store, and writes through it like a server.
    return local(store, new ConversationCore({ store, agents: store }));
  });
}

export { askRunningServer };
