import type { LoadedConfig } from '../config/index.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './store.js';

/** The store wukf.yaml's data.store names, opened and migrated. PostgreSQL will be a second case here. */
export function createStore(config: LoadedConfig, options: SqliteStoreOptions = {}): Store {
  switch (config.values.data.store) {
    case 'sqlite':
      return SqliteStore.open(config.paths.database, options);
  }
}
