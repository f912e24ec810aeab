import type { Database } from 'better-sqlite3';

/** The shape of migrations.ts's Migration, repeated to keep the two files free of an import cycle. */
interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * Groups (departments) and which agents belong to them. A factory of its version, so that a migration
 * landing beside it can take the next number by changing one argument in migrations.ts.
 */
export const groupsMigration = (version: number): Migration => ({
  version,
  name: 'groups',
  up(db) {
    db.exec(`
      CREATE TABLE groups (
        name          TEXT PRIMARY KEY,
        display_name  TEXT NOT NULL,
        description   TEXT NOT NULL DEFAULT '',
        fallback      TEXT REFERENCES groups (name),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        CHECK (fallback IS NOT name)
      ) STRICT;
      CREATE INDEX groups_by_fallback ON groups (fallback) WHERE fallback IS NOT NULL;

      CREATE TABLE group_members (
        agent_id    INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
        group_name  TEXT NOT NULL REFERENCES groups (name),
        PRIMARY KEY (agent_id, group_name)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX group_members_by_group ON group_members (group_name);
    `);
  },
});
