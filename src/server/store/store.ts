import type { Agent, AgentPatch, NewAgent } from '../domain/agent.js';
import type { CommitStats } from './commit-stats.js';
import type { ConversationStore } from './conversation-store.js';

/**
 * Everything wukf persists goes through Store. SQLite is the embedded implementation; the interface is
 * asynchronous so that a networked database (PostgreSQL) can implement it unchanged.
 */
export interface Store extends ConversationStore {
  /** Where the data lives, for logs and `wukf doctor` (a file path for SQLite). */
  readonly location: string;
  /** Schema version after migrations. */
  readonly schemaVersion: number;

  createAgent(agent: NewAgent, passwordHash: string): Promise<Agent>;
  getAgent(username: string): Promise<Agent | undefined>;
  listAgents(): Promise<Agent[]>;
  /** Throws WUKF_E_AGENT_NOT_FOUND for an unknown username. A change of role revokes the account's tokens. */
  updateAgent(username: string, patch: AgentPatch): Promise<Agent>;
  /** Throws WUKF_E_AGENT_NOT_FOUND for an unknown username and WUKF_E_LAST_ADMIN for the last admin. */
  removeAgent(username: string): Promise<void>;
  getPasswordHash(username: string): Promise<string | undefined>;
  /** Also revokes the account's tokens: a new password signs it out everywhere. */
  setPasswordHash(username: string, passwordHash: string): Promise<void>;
  /**
   * The number every token issued to the account carries; undefined for an unknown username. It changes
   * on revokeTokens, on a password change and on a role change, which refuses all earlier tokens.
   */
  getTokenVersion(username: string): Promise<number | undefined>;
  /** Invalidates every token of the account; resolves with the new version. Throws WUKF_E_AGENT_NOT_FOUND. */
  revokeTokens(username: string): Promise<number>;

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
