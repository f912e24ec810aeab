import type { Database } from 'better-sqlite3';
import type { Conversation } from '../domain/conversation.js';
import type { ConversationFilter, PurgeFilter } from './conversation-store.js';
import { CONVERSATION, toConversation, type ConversationRow } from './conversation-rows.js';

/*
 * The queries over many conversations, for the operator's commands (wukf conversation list|close|purge) and
 * the core's start-up: list and count by filter, purge of closed ones. They run on the reading connection,
 * never through the writer thread, and prepare their statements per call (a filter shapes its own SQL, and
 * they run rarely); SqliteConversations answers the ConversationStore methods with them.
 */

/** The WHERE clause of a filter; the conversation's updated_at is its row's or its newest entry's, as CONVERSATION reads it. */
function whereOf(filter: Omit<ConversationFilter, 'offset' | 'limit'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.visitorId !== undefined) (where.push('c.visitor_id = ?'), params.push(filter.visitorId));
  if (filter.agentId !== undefined) (where.push('c.agent_id = ?'), params.push(filter.agentId));
  if (filter.states?.length) (where.push(`c.state IN (${filter.states.map(() => '?').join(', ')})`), params.push(...filter.states));
  if (filter.anonymous !== undefined) where.push(`substr(c.visitor_id, 1, 2) ${filter.anonymous ? '=' : '<>'} 'v_'`);
  if (filter.createdBefore !== undefined) (where.push('c.created_at < ?'), params.push(filter.createdBefore));
  if (filter.updatedBefore !== undefined) (where.push('max(c.updated_at, coalesce(last.created_at, 0)) < ?'), params.push(filter.updatedBefore));
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export async function listConversations(db: Database, filter: ConversationFilter): Promise<Conversation[]> {
  const { where, params } = whereOf(filter);
  const sql = `${CONVERSATION} ${where} ORDER BY c.created_at, c.id LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...params, filter.limit ?? 1000, filter.offset ?? 0) as ConversationRow[];
  return rows.map(toConversation);
}

export async function countConversations(db: Database, filter: Omit<ConversationFilter, 'offset' | 'limit'>): Promise<number> {
  const { where, params } = whereOf(filter);
  return (db.prepare(`SELECT count(*) AS n FROM (${CONVERSATION} ${where})`).get(...params) as { n: number }).n;
}

/**
 * On the reading connection, not the writer thread: closed conversations take no more writes (the writer
 * keeps no head for them), so nothing the thread does can meet the rows deleted here. A chunk per transaction.
 */
export async function purgeConversations(db: Database, filter: PurgeFilter): Promise<number> {
  const closed = 'SELECT id FROM conversations WHERE state = \'closed\' AND updated_at < ?';
  if (filter.dryRun) return (db.prepare(`SELECT count(*) AS n FROM (${closed})`).get(filter.closedBefore) as { n: number }).n;
  const pick = db.prepare(`${closed} LIMIT 500`).pluck();
  const del = ['DELETE FROM watermarks WHERE conversation_id = ?', 'DELETE FROM entries WHERE conversation_id = ?', 'DELETE FROM conversations WHERE id = ?'].map((q) => db.prepare(q));
  let purged = 0;
  for (;;) {
    const ids = pick.all(filter.closedBefore) as string[];
    if (ids.length === 0) return purged;
    db.transaction(() => {
      for (const id of ids) for (const statement of del) statement.run(id);
    })();
    purged += ids.length;
  }
}

export async function lastAgents(db: Database, filter: { since: number; limit: number; visitorId?: string }): Promise<{ visitorId: string; agent: string; at: number }[]> {
  const byVisitor = filter.visitorId === undefined ? '' : 'AND visitor_id = ?';
  const sql = `SELECT visitor_id AS visitorId, agent_id AS agent, max(updated_at) AS at FROM conversations
    WHERE agent_kind = 'agent' AND updated_at >= ? ${byVisitor} GROUP BY visitor_id ORDER BY at DESC LIMIT ?`;
  const params = filter.visitorId === undefined ? [filter.since, filter.limit] : [filter.since, filter.visitorId, filter.limit];
  return db.prepare(sql).all(...params) as { visitorId: string; agent: string; at: number }[];
}
