import type { Agent, AgentPatch, NewAgent } from '../domain/agent.js';

/** Accounts: agents and admins, their password hashes and the version their tokens carry. */
export interface AgentStore {
  /** With `groups`, the memberships are written with it; an unknown group is WUKF_E_INVALID_INPUT (field groups). */
  createAgent(agent: NewAgent, passwordHash: string): Promise<Agent>;
  getAgent(username: string): Promise<Agent | undefined>;
  listAgents(): Promise<Agent[]>;
  /**
   * Throws WUKF_E_AGENT_NOT_FOUND for an unknown username. A change of role revokes the account's tokens.
   * `groups` replaces the account's memberships as a whole.
   */
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
}
