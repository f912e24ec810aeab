import type { Database } from 'better-sqlite3';
import { conversationsMigration } from './conversation-migration.js';
import { groupsMigration } from './group-migration.js';
import { followUpMigration } from './follow-up-migration.js';
import { routingMigration } from './routing-migration.js';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  name: string;
  up(db: Database): void;
}

/** Append-only: a released migration is never edited, a change is a new migration. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'agents',
    up(db) {
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE agents (
          id              INTEGER PRIMARY KEY,
          username        TEXT NOT NULL UNIQUE,
          display_name    TEXT NOT NULL,
          role            TEXT NOT NULL CHECK (role IN ('admin', 'agent')),
          password_hash   TEXT NOT NULL,
          skills          TEXT NOT NULL DEFAULT '[]',
          languages       TEXT NOT NULL DEFAULT '[]',
          max_concurrent  INTEGER NOT NULL CHECK (max_concurrent > 0),
          timezone        TEXT NOT NULL,
          hours           TEXT,
          created_at      TEXT NOT NULL,
          updated_at      TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'agent token version',
    up(db) {
      // Every token an agent holds carries this number; bumping it refuses them all at their next use.
      db.exec('ALTER TABLE agents ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;');
    },
  },
  conversationsMigration(3),
  {
    version: 4,
    name: 'append-only entries',
    up(db) {
      // A stored message is one row in entries and nothing else: the idempotency index and the conversation's
      // last_seq (rewritten on every commit) go. The writer checks client message ids in memory, and a
      // conversation's last seq and last activity are read from its newest entry.
      db.exec(`
        DROP INDEX entries_idempotency;
        ALTER TABLE conversations DROP COLUMN last_seq;
      `);
    },
  },
  groupsMigration(5),
  routingMigration(6),
  followUpMigration(7),
];
