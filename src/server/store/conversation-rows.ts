import type { AssignmentRecord } from '../domain/assignment.js';
import type { Conversation, ConversationEntry, Participant, SystemEvent } from '../domain/conversation.js';

/*
 * How the conversations and entries tables read as domain values. Shared by the per-conversation reads
 * (sqlite-conversations.ts) and the queries over many conversations (conversation-queries.ts), so that
 * neither depends on the other and a conversation reads the same whichever path loaded it.
 */

export interface ConversationRow {
  id: string;
  state: Conversation['state'];
  visitor_id: string;
  visitor_name: string;
  agent_kind: 'agent' | 'admin' | null;
  agent_id: string | null;
  agent_name: string | null;
  language: string;
  skills: string;
  context: string;
  last_seq: number;
  created_at: number;
  updated_at: number;
  group_name: string | null;
  priority: number;
  assignment: string | null;
  offer_expires_at: number | null;
  visitor_left_at: number | null;
}

export interface EntryRow {
  conversation_id: string;
  seq: number;
  sender_kind: Participant['kind'];
  sender_id: string;
  sender_name: string;
  client_message_id: string;
  text: string | null;
  system: string | null;
  created_at: number;
}

/**
 * A conversation row with its last seq and last activity, both from its newest entry (the writer does not
 * rewrite the conversation row per message). Two key lookups per row.
 */
export const CONVERSATION = `SELECT c.id, c.state, c.visitor_id, c.visitor_name, c.agent_kind, c.agent_id, c.agent_name, c.language, c.skills, c.context, c.created_at,
  c.group_name, c.priority, c.assignment, c.offer_expires_at, c.visitor_left_at,
  coalesce(last.seq, 0) AS last_seq, max(c.updated_at, coalesce(last.created_at, 0)) AS updated_at
  FROM conversations c LEFT JOIN entries last
    ON last.conversation_id = c.id AND last.seq = (SELECT max(seq) FROM entries WHERE conversation_id = c.id)`;

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    state: row.state,
    visitor: { kind: 'visitor', id: row.visitor_id, displayName: row.visitor_name },
    agent: row.agent_kind && row.agent_id ? { kind: row.agent_kind, id: row.agent_id, displayName: row.agent_name ?? row.agent_id } : null,
    language: row.language,
    skills: JSON.parse(row.skills) as string[],
    context: JSON.parse(row.context) as Record<string, string>,
    lastSeq: row.last_seq,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    group: row.group_name,
    priority: row.priority,
    assignment: row.assignment === null ? null : (JSON.parse(row.assignment) as AssignmentRecord),
    offerExpiresAt: row.offer_expires_at,
    visitorLeftAt: row.visitor_left_at,
  };
}

export function toEntry(row: EntryRow): ConversationEntry {
  const entry: ConversationEntry = {
    conversationId: row.conversation_id,
    seq: row.seq,
    clientMessageId: row.client_message_id,
    sender: { kind: row.sender_kind, id: row.sender_id, displayName: row.sender_name },
    createdAt: row.created_at,
  };
  if (row.text !== null) entry.text = row.text;
  if (row.system !== null) entry.system = JSON.parse(row.system) as SystemEvent;
  return entry;
}
