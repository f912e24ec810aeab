import type { Database as Db } from 'better-sqlite3';
import { WukfError } from '../../proto/errors.js';
import type { Agent, AgentPatch, NewAgent, Role, ShiftWindow } from '../domain/agent.js';
import type { AgentStore } from './agent-store.js';
import type { SqliteGroups } from './sqlite-groups.js';

interface AgentRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  skills: string;
  languages: string;
  max_concurrent: number;
  timezone: string;
  hours: string | null;
  groups: string;
  created_at: string;
  updated_at: string;
}

const AGENT_COLUMNS = `id, username, display_name, role, skills, languages, max_concurrent, timezone, hours, created_at, updated_at,
  (SELECT json_group_array(group_name) FROM (SELECT group_name FROM group_members WHERE agent_id = agents.id ORDER BY group_name)) AS groups`;

function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    skills: JSON.parse(row.skills) as string[],
    languages: JSON.parse(row.languages) as string[],
    maxConcurrent: row.max_concurrent,
    timezone: row.timezone,
    hours: row.hours === null ? null : (JSON.parse(row.hours) as ShiftWindow[]),
    groups: JSON.parse(row.groups) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Accounts in the agents table; each write is its own synchronous transaction. Those that read before they
 * write begin IMMEDIATE: a deferred one that reads while the server commits messages could not upgrade to a
 * write (SQLITE_BUSY_SNAPSHOT, which the busy timeout does not retry); an immediate one waits its turn.
 */
export class SqliteAgents implements AgentStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly groups: SqliteGroups,
  ) {}

  async createAgent(agent: NewAgent, passwordHash: string): Promise<Agent> {
    try {
      // The account and its memberships land together: an unknown group leaves no account behind.
      return this.db.transaction(() => {
        const id = this.insert(agent, passwordHash);
        if (agent.groups !== undefined && agent.groups.length > 0) this.groups.setMemberships(id, agent.groups);
        return this.read(agent.username)!;
      }).immediate();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new WukfError('WUKF_E_AGENT_EXISTS', `an account named ${JSON.stringify(agent.username)} already exists`);
      }
      throw err;
    }
  }

  private insert(agent: NewAgent, passwordHash: string): number {
    const at = this.now().toISOString();
    const row = this.db
      .prepare(
        `INSERT INTO agents (username, display_name, role, password_hash, skills, languages, max_concurrent, timezone, hours, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        agent.username,
        agent.displayName,
        agent.role,
        passwordHash,
        JSON.stringify(agent.skills),
        JSON.stringify(agent.languages),
        agent.maxConcurrent,
        agent.timezone,
        agent.hours === null ? null : JSON.stringify(agent.hours),
        at,
        at,
      ) as { id: number };
    return row.id;
  }

  async getAgent(username: string): Promise<Agent | undefined> {
    return this.read(username);
  }

  private read(username: string): Agent | undefined {
    const row = this.db.prepare(`SELECT ${AGENT_COLUMNS} FROM agents WHERE username = ?`).get(username) as AgentRow | undefined;
    return row && toAgent(row);
  }

  async listAgents(): Promise<Agent[]> {
    const rows = this.db.prepare(`SELECT ${AGENT_COLUMNS} FROM agents ORDER BY role, username`).all() as AgentRow[];
    return rows.map(toAgent);
  }

  async updateAgent(username: string, patch: AgentPatch): Promise<Agent> {
    const columns: Record<string, unknown> = {};
    if (patch.displayName !== undefined) columns.display_name = patch.displayName;
    if (patch.role !== undefined) columns.role = patch.role;
    if (patch.skills !== undefined) columns.skills = JSON.stringify(patch.skills);
    if (patch.languages !== undefined) columns.languages = JSON.stringify(patch.languages);
    if (patch.maxConcurrent !== undefined) columns.max_concurrent = patch.maxConcurrent;
    if (patch.timezone !== undefined) columns.timezone = patch.timezone;
    if (patch.hours !== undefined) columns.hours = patch.hours === null ? null : JSON.stringify(patch.hours);
    columns.updated_at = this.now().toISOString();
    const assignments = Object.keys(columns).map((c) => `${c} = @${c}`);
    // A token names the role it was issued for; a new role needs a new token.
    if (patch.role !== undefined) assignments.push('token_version = token_version + (role IS NOT @role)');
    return this.db.transaction(() => {
      if (patch.role === 'agent') this.assertNotLastAdmin(username);
      const row = this.db
        .prepare(`UPDATE agents SET ${assignments.join(', ')} WHERE username = @username RETURNING ${AGENT_COLUMNS}`)
        .get({ ...columns, username }) as AgentRow | undefined;
      if (!row) throw agentNotFound(username);
      if (patch.groups === undefined) return toAgent(row);
      this.groups.setMemberships(row.id, patch.groups);
      return this.read(username)!;
    }).immediate();
  }

  async removeAgent(username: string): Promise<void> {
    this.db.transaction(() => {
      this.assertNotLastAdmin(username);
      const { changes } = this.db.prepare('DELETE FROM agents WHERE username = ?').run(username);
      if (changes === 0) throw agentNotFound(username);
    }).immediate();
  }

  async getPasswordHash(username: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT password_hash FROM agents WHERE username = ?').get(username) as { password_hash: string } | undefined;
    return row?.password_hash;
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<void> {
    const { changes } = this.db
      .prepare('UPDATE agents SET password_hash = ?, token_version = token_version + 1, updated_at = ? WHERE username = ?')
      .run(passwordHash, this.now().toISOString(), username);
    if (changes === 0) throw agentNotFound(username);
  }

  async getTokenVersion(username: string): Promise<number | undefined> {
    const row = this.db.prepare('SELECT token_version FROM agents WHERE username = ?').get(username) as { token_version: number } | undefined;
    return row?.token_version;
  }

  async revokeTokens(username: string): Promise<number> {
    const row = this.db
      .prepare('UPDATE agents SET token_version = token_version + 1 WHERE username = ? RETURNING token_version')
      .get(username) as { token_version: number } | undefined;
    if (!row) throw agentNotFound(username);
    return row.token_version;
  }

  /** An admin may not be removed or demoted when they are the only one. */
  private assertNotLastAdmin(username: string): void {
    const row = this.db.prepare('SELECT role FROM agents WHERE username = ?').get(username) as { role: Role } | undefined;
    if (row?.role !== 'admin') return;
    const { n } = this.db.prepare("SELECT count(*) AS n FROM agents WHERE role = 'admin'").get() as { n: number };
    if (n <= 1) throw new WukfError('WUKF_E_LAST_ADMIN', `${JSON.stringify(username)} is the only admin; add another admin first`);
  }
}

/** The one wording of an unknown username, shared with the CLI. */
export function agentNotFound(username: string): WukfError {
  return new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent or admin named ${JSON.stringify(username)}`);
}
