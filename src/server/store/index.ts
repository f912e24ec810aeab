export type { Store } from './store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, type Migration } from './migrations.js';
