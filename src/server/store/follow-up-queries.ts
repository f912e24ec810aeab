import type { Database } from 'better-sqlite3';
import type { FollowUp } from './conversation-store.js';
import { CONVERSATION, toConversation, type ConversationRow } from './conversation-rows.js';

/*
 * The follow-up list on the reading connection: the queued conversations whose visitor left the queue
 * (conversations_follow_up, a partial index of exactly those; INDEXED BY, since the planner would rather
 * walk every queued conversation by conversations_by_state), each with its visitor's text messages counted
 * and the last one read by the entries' primary key. Those conversations are few (the queue's budget bounds
 * them) and short (nobody answered them), so counting per conversation stays cheap.
 */

const LEFT = `SELECT c.id, c.created_at, c.visitor_left_at,
    (SELECT count(*) FROM entries e WHERE e.conversation_id = c.id AND e.sender_kind = 'visitor' AND e.text IS NOT NULL) AS message_count,
    (SELECT max(seq) FROM entries e WHERE e.conversation_id = c.id AND e.sender_kind = 'visitor' AND e.text IS NOT NULL) AS last_seq
  FROM conversations c INDEXED BY conversations_follow_up
  WHERE c.state = 'queued' AND c.visitor_left_at IS NOT NULL`;

interface LeftRow {
  id: string;
  visitor_left_at: number;
  message_count: number;
  last_seq: number;
  text: string;
  at: number;
}

export async function followUps(db: Database, page: { offset: number; limit: number }): Promise<{ entries: FollowUp[]; total: number }> {
  const total = (db.prepare(`SELECT count(*) AS n FROM (${LEFT}) WHERE message_count > 0`).get() as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT l.id, l.visitor_left_at, l.message_count, l.last_seq, m.text, m.created_at AS at FROM (${LEFT}) l
        JOIN entries m ON m.conversation_id = l.id AND m.seq = l.last_seq
        ORDER BY l.created_at, l.id LIMIT ? OFFSET ?`,
    )
    .all(page.limit, page.offset) as LeftRow[];
  const one = db.prepare(`${CONVERSATION} WHERE c.id = ?`);
  return {
    total,
    entries: rows.map((r) => ({
      conversation: toConversation(one.get(r.id) as ConversationRow),
      leftAt: r.visitor_left_at,
      messageCount: r.message_count,
      lastMessage: { at: r.at, text: r.text },
    })),
  };
}
