import type { Database } from 'better-sqlite3';

/** The shape of migrations.ts's Migration, repeated to keep the two files free of an import cycle. */
interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Conversations, their entries (messages and system events) and read/delivered watermarks. */
export const conversationsMigration = (version: number): Migration => ({
  version,
  name: 'conversations',
  up(db) {
    db.exec(`
      CREATE TABLE conversations (
        id            TEXT PRIMARY KEY,
        state         TEXT NOT NULL CHECK (state IN ('queued', 'active', 'closed')),
        visitor_id    TEXT NOT NULL,
        visitor_name  TEXT NOT NULL,
        agent_kind    TEXT CHECK (agent_kind IN ('agent', 'admin')),
        agent_id      TEXT,
        agent_name    TEXT,
        language      TEXT NOT NULL,
        skills        TEXT NOT NULL DEFAULT '[]',
        context       TEXT NOT NULL DEFAULT '{}',
        last_seq      INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX conversations_by_visitor ON conversations (visitor_id, state);
      CREATE INDEX conversations_by_agent ON conversations (agent_id, state);
      CREATE INDEX conversations_by_state ON conversations (state, created_at);

      CREATE TABLE entries (
        conversation_id    TEXT NOT NULL REFERENCES conversations (id),
        seq                INTEGER NOT NULL,
        sender_kind        TEXT NOT NULL,
        sender_id          TEXT NOT NULL,
        sender_name        TEXT NOT NULL,
        client_message_id  TEXT NOT NULL DEFAULT '',
        text               TEXT,
        system             TEXT,
        created_at         INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, seq),
        CHECK ((text IS NULL) <> (system IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX entries_idempotency ON entries (conversation_id, sender_id, client_message_id) WHERE client_message_id <> '';

      CREATE TABLE watermarks (
        conversation_id   TEXT NOT NULL REFERENCES conversations (id),
        participant_kind  TEXT NOT NULL,
        participant_id    TEXT NOT NULL,
        participant_name  TEXT NOT NULL,
        delivered_seq     INTEGER NOT NULL DEFAULT 0,
        read_seq          INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (conversation_id, participant_kind, participant_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
});
