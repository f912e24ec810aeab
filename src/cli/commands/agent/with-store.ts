import { loadConfig, type LoadedConfig } from '../../../server/config/index.js';
import { SqliteStore, type Store } from '../../../server/store/index.js';
import type { CliIo } from '../../io.js';
import { resolveDir } from '../../options.js';

/**
 * Opens the store of the config directory for one command and closes it however the command ends.
 * A running `wukf start` may have the same database open: WAL mode and the busy timeout let both write.
 */
export async function withStore<T>(io: CliIo, dirOption: string | undefined, use: (store: Store, config: LoadedConfig) => Promise<T>): Promise<T> {
  const config = loadConfig(resolveDir(io, dirOption), io.env);
  const store = SqliteStore.open(config.paths.database);
  try {
    return await use(store, config);
  } finally {
    await store.close();
  }
}
