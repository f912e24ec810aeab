import type { LoadedConfig } from '../../../server/config/index.js';
import { GROUPS_PATH } from '../../../server/http/admin-groups-route.js';
import type { Store } from '../../../server/store/index.js';
import type { CliIo } from '../../io.js';
import { askRunningServer } from '../../running-server.js';
import { withStore } from '../agent/with-store.js';

export { GROUPS_PATH };

/**
 * Runs a group command through the running `wukf start` of the config directory when there is one (its
 * admin API over the control socket: the server that routes conversations makes the change itself and
 * learns of it at once), else on the store alone. `request` names the admin API call; `pick` takes the
 * answer's part the command prints.
 */
export async function viaServerOrStore<T>(
  io: CliIo,
  dir: string | undefined,
  request: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown },
  pick: (body: Record<string, unknown>) => T,
  local: (store: Store, config: LoadedConfig) => Promise<T>,
): Promise<T> {
  return withStore(io, dir, async (store, config) => {
    const answer = await askRunningServer(config, request.method, request.path, request.body);
    if (answer !== undefined) return pick(answer.body as Record<string, unknown>);
    return local(store, config);
  });
}

export function groupPath(name: string): string {
  return `${GROUPS_PATH}/${encodeURIComponent(name)}`;
}
