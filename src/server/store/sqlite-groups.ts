import type { Database as Db } from 'better-sqlite3';
import { WukfError } from '../../proto/errors.js';
import { checkFallback, describeGroupUses, type Group, type GroupPatch, type NewGroup } from '../domain/group.js';
import type { GroupRemoval, GroupStore } from './group-store.js';

interface GroupRow {
  name: string;
  display_name: string;
  description: string;
  fallback: string | null;
  members: string;
  created_at: string;
  updated_at: string;
}

// Members come back as one JSON array per group, sorted, so a list costs one query however many groups.
const GROUP_SELECT = `
  SELECT g.name, g.display_name, g.description, g.fallback, g.created_at, g.updated_at,
         (SELECT json_group_array(username) FROM (
            SELECT a.username FROM group_members m JOIN agents a ON a.id = m.agent_id
            WHERE m.group_name = g.name ORDER BY a.username)) AS members
  FROM groups g`;

function toGroup(row: GroupRow): Group {
  return {
    name: row.name,
    displayName: row.display_name,
    description: row.description,
    fallback: row.fallback,
    members: JSON.parse(row.members) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Groups in the groups table, members in group_members. Writes that check other rows first (the fallback
 * chain, the users of a group) run in IMMEDIATE transactions, for the reason given in sqlite-agents.ts, and
 * so that two writers cannot make a cycle between them.
 */
export class SqliteGroups implements GroupStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async createGroup(group: NewGroup): Promise<Group> {
    const at = this.now().toISOString();
    return this.db.transaction(() => {
      if (this.read(group.name)) throw groupExists(group.name);
      checkFallback(group.name, group.fallback, (name) => this.fallbackOf(name));
      this.db
        .prepare('INSERT INTO groups (name, display_name, description, fallback, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(group.name, group.displayName, group.description, group.fallback, at, at);
      return this.read(group.name)!;
    }).immediate();
  }

  async getGroup(name: string): Promise<Group | undefined> {
    return this.read(name);
  }

  async listGroups(): Promise<Group[]> {
    return (this.db.prepare(`${GROUP_SELECT} ORDER BY g.name`).all() as GroupRow[]).map(toGroup);
  }

  async updateGroup(name: string, patch: GroupPatch): Promise<Group> {
    return this.db.transaction(() => {
      if (!this.read(name)) throw groupNotFound(name);
      if (patch.fallback !== undefined) checkFallback(name, patch.fallback, (n) => this.fallbackOf(n));
      const columns: Record<string, unknown> = { updated_at: this.now().toISOString() };
      if (patch.displayName !== undefined) columns.display_name = patch.displayName;
      if (patch.description !== undefined) columns.description = patch.description;
      if (patch.fallback !== undefined) columns.fallback = patch.fallback;
      const assignments = Object.keys(columns).map((c) => `${c} = @${c}`);
      this.db.prepare(`UPDATE groups SET ${assignments.join(', ')} WHERE name = @name`).run({ ...columns, name });
      return this.read(name)!;
    }).immediate();
  }

  async removeGroup(name: string, options: { force?: boolean } = {}): Promise<GroupRemoval> {
    return this.db.transaction(() => {
      const group = this.read(name);
      if (!group) throw groupNotFound(name);
      const fallbackOf = (this.db.prepare('SELECT name FROM groups WHERE fallback = ? ORDER BY name').all(name) as { name: string }[]).map((r) => r.name);
      const removal: GroupRemoval = { members: group.members, fallbackOf };
      if (!options.force && (removal.members.length > 0 || fallbackOf.length > 0)) throw groupInUse(name, removal);
      this.db.prepare('DELETE FROM group_members WHERE group_name = ?').run(name);
      this.db.prepare('UPDATE groups SET fallback = NULL, updated_at = ? WHERE fallback = ?').run(this.now().toISOString(), name);
      this.db.prepare('DELETE FROM groups WHERE name = ?').run(name);
      return removal;
    }).immediate();
  }

  /**
   * Replaces an agent's memberships; runs inside the caller's transaction. Every name must be a group:
   * an unknown one is WUKF_E_INVALID_INPUT naming the field, since the request, not a path, named it.
   */
  setMemberships(agentId: number, groups: readonly string[]): void {
    const exists = this.db.prepare('SELECT 1 FROM groups WHERE name = ?');
    const unknown = groups.filter((g) => exists.get(g) === undefined);
    if (unknown.length > 0) {
      throw new WukfError('WUKF_E_INVALID_INPUT', `groups: no group named ${unknown.map((g) => JSON.stringify(g)).join(', ')}`, { field: 'groups' });
    }
    this.db.prepare('DELETE FROM group_members WHERE agent_id = ?').run(agentId);
    const insert = this.db.prepare('INSERT INTO group_members (agent_id, group_name) VALUES (?, ?)');
    for (const group of new Set(groups)) insert.run(agentId, group);
  }

  private read(name: string): Group | undefined {
    const row = this.db.prepare(`${GROUP_SELECT} WHERE g.name = ?`).get(name) as GroupRow | undefined;
    return row && toGroup(row);
  }

  /** undefined: no such group; null: a group without a fallback. */
  private fallbackOf(name: string): string | null | undefined {
    const row = this.db.prepare('SELECT fallback FROM groups WHERE name = ?').get(name) as { fallback: string | null } | undefined;
    return row === undefined ? undefined : row.fallback;
  }
}

/** The one wording of an unknown group, shared with the CLI and the admin API. */
export function groupNotFound(name: string): WukfError {
  return new WukfError('WUKF_E_GROUP_NOT_FOUND', `no group named ${JSON.stringify(name)}`);
}

export function groupExists(name: string): WukfError {
  return new WukfError('WUKF_E_GROUP_EXISTS', `a group named ${JSON.stringify(name)} already exists`);
}

export function groupInUse(name: string, removal: GroupRemoval): WukfError {
  return new WukfError('WUKF_E_GROUP_IN_USE', `group ${JSON.stringify(name)} is in use: ${describeGroupUses(removal)}; remove it with force to detach them`);
}
