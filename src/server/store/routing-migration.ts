import type { Database } from 'better-sqlite3';

/** The shape of migrations.ts's Migration, repeated to keep the two files free of an import cycle. */
interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * What routing keeps with a conversation: its group and priority (the demand), why its agent has it, an offer
 * not accepted yet, and a visitor who left the queue. An index finds a user's most recent agent for stickiness.
 */
export const routingMigration = (version: number): Migration => ({
  version,
  name: 'routing',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN group_name TEXT;
      ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE conversations ADD COLUMN assignment TEXT;
      ALTER TABLE conversations ADD COLUMN offer_expires_at INTEGER;
      ALTER TABLE conversations ADD COLUMN visitor_left_at INTEGER;
      CREATE INDEX conversations_last_agent ON conversations (visitor_id, updated_at) WHERE agent_id IS NOT NULL;
    `);
  },
});
