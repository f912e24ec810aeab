import type { Database } from 'better-sqlite3';

/** The shape of migrations.ts's Migration, repeated to keep the two files free of an import cycle. */
interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * The follow-up list reads the queued conversations whose visitor left, oldest first: a partial index holds
 * just those, so the list costs what it shows, not what the conversations table holds.
 */
export const followUpMigration = (version: number): Migration => ({
  version,
  name: 'follow-up list',
  up(db) {
    db.exec(`CREATE INDEX conversations_follow_up ON conversations (created_at, id) WHERE state = 'queued' AND visitor_left_at IS NOT NULL;`);
  },
});
