import type { AgentStore } from './agent-store.js';
import type { CommitStats } from './commit-stats.js';
import type { ConversationStore } from './conversation-store.js';
import type { GroupStore } from './group-store.js';

/**
 * Everything wukf persists goes through Store. SQLite is the embedded implementation; the interface is
 * asynchronous so that a networked database (PostgreSQL) can implement it unchanged.
 */
export interface Store extends AgentStore, GroupStore, ConversationStore {
  /** Where the data lives, for logs and `wukf doctor` (a file path for SQLite). */
  readonly location: string;
  /** Schema version after migrations. */
  readonly schemaVersion: number;

  /** Integrity check: an empty list when healthy, otherwise the problems found. */
  check(): Promise<string[]>;
  /** Resolves once every write accepted so far is durable. */
  flush(): Promise<void>;
  /**
   * Observability: figures of the batched conversation commits since the store opened or the last reset
   * (GET /api/v1/admin/stats). Optional: a store that does not batch has nothing to report.
   */
  commitStats?(reset?: boolean): CommitStats;
  /** Flushes, compacts the write-ahead log and releases the database. */
  close(): Promise<void>;
}
