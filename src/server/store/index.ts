export type { Store } from './store.js';
export { createStore } from './create-store.js';
export type { CommitStats } from './commit-stats.js';
export { SqliteStore, agentNotFound, inspectDatabase, type DatabaseInspection, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export type { AppendInput, AppendResult, ConversationFilter, ConversationStore, ExpectedState, Watermark } from './conversation-store.js';
