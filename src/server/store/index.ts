export type { Store } from './store.js';
export { createStore } from './create-store.js';
export type { CommitStats } from './commit-stats.js';
export type { AgentStore } from './agent-store.js';
export { agentNotFound } from './sqlite-agents.js';
export { inspectDatabase, type DatabaseInspection } from './sqlite-database.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export type { AppendInput, AppendResult, ConversationFilter, ConversationStore, EntriesExtent, ExpectedState, PurgeFilter, Watermark } from './conversation-store.js';
