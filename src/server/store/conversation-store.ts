import type { Conversation, ConversationEntry, ConversationState, Participant, SystemEvent } from '../domain/conversation.js';

export interface AppendInput {
  conversationId: string;
  clientMessageId: string;
  sender: Participant;
  text: string;
}

export interface AppendResult {
  seq: number;
  createdAt: number;
  /** The sender's id was seen before: seq and createdAt are the original message's. */
  duplicate: boolean;
}

/**
 * The state a change was decided against. The store refuses the change (WUKF_E_CONVERSATION_CONFLICT, or
 * WUKF_E_CONVERSATION_CLOSED) when the stored conversation is no longer in it: with more than one node, the
 * store, not one node's memory, decides which of two claims wins.
 */
export interface ExpectedState {
  state: ConversationState;
  /** The assigned agent's or admin's username; null while queued. */
  agentId: string | null;
}

export interface Watermark {
  participant: Participant;
  deliveredSeq: number;
  readSeq: number;
}

/** What a range of entries amounts to, measured without reading them out (what a resume would replay). */
export interface EntriesExtent {
  count: number;
  /** The UTF-8 bytes of their text (or system note), sender id and name and client message id, summed. */
  bytes: number;
  /** The seq of the last of them; 0 when there are none. */
  lastSeq: number;
}

export interface ConversationFilter {
  visitorId?: string;
  agentId?: string;
  states?: Conversation['state'][];
  /** true: anonymous visitors' only (v_…); false: identified visitors' only (u_…). */
  anonymous?: boolean;
  /** Opened before this time (ms). */
  createdBefore?: number;
  /** Last changed (state or entry) before this time (ms). */
  updatedBefore?: number;
  /** Oldest first; skips this many. */
  offset?: number;
  limit?: number;
}

/** A queued conversation whose visitor left after writing: what the follow-up list shows of it. */
export interface FollowUp {
  conversation: Conversation;
  /** When it left the queue (ms). */
  leftAt: number;
  /** The visitor's text messages in it. */
  messageCount: number;
  /** The visitor's last one, uncut. */
  lastMessage: { at: number; text: string };
}

/** Closed conversations to delete with their entries and watermarks. */
export interface PurgeFilter {
  /** Closed before this time (ms). */
  closedBefore: number;
  /** Count what would go, delete nothing. */
  dryRun?: boolean;
}

/**
 * Conversations and their entries. Writes are queued and committed together in batches, one transaction
 * each; each write's promise settles only after its transaction has committed, which is what
 * lets the gateway ack a message only once it is durable. Writes commit in the order they were made.
 */
export interface ConversationStore {
  /**
   * Stores a new conversation (expected null; WUKF_E_CONVERSATION_CONFLICT if the id is taken) or a state
   * change of an existing one from the expected state, with its system event.
   */
  saveTransition(conversation: Conversation, event: SystemEvent, expected: ExpectedState | null): Promise<ConversationEntry>;
  /** Appends a text message; an already stored (conversation, sender, clientMessageId) is not stored again. */
  appendMessage(input: AppendInput): Promise<AppendResult>;
  /** Moves a participant's delivered or read watermark forward (never back). */
  saveReceipt(conversationId: string, participant: Participant, kind: 'delivered' | 'read', seq: number): Promise<void>;

  getConversation(id: string): Promise<Conversation | undefined>;
  listConversations(filter: ConversationFilter): Promise<Conversation[]>;
  /** Entries with seq > afterSeq, oldest first, at most limit. */
  readEntries(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEntry[]>;
  /** Counts and sizes the entries readEntries would return, without materializing them. */
  measureEntries(conversationId: string, afterSeq: number, limit: number): Promise<EntriesExtent>;
  /** Up to limit entries with seq < beforeSeq (0: the newest), returned oldest first. */
  readHistory(conversationId: string, beforeSeq: number, limit: number): Promise<{ entries: ConversationEntry[]; hasMore: boolean }>;
  watermarks(conversationId: string): Promise<Watermark[]>;
  /** Conversations matching the filter, in all. */
  countConversations(filter: Omit<ConversationFilter, 'offset' | 'limit'>): Promise<number>;
  /**
   * The follow-up list: queued conversations whose visitor left the queue (visitor_left) and that hold at
   * least one text message of that visitor, oldest first (created_at, id), `limit` from `offset`, with how many in all.
   */
  followUps(page: { offset: number; limit: number }): Promise<{ entries: FollowUp[]; total: number }>;
  /** Deletes closed conversations (never an open one), their entries and watermarks; resolves with how many. */
  purgeConversations(filter: PurgeFilter): Promise<number>;
  /**
   * The agents (role agent) visitors were last with, since `since` (ms), the most recent `limit` visitors,
   * newest first; with `visitorId`, that visitor's only. What routing's stickiness remembers across restarts.
   */
  lastAgents(filter: { since: number; limit: number; visitorId?: string }): Promise<{ visitorId: string; agent: string; at: number }[]>;
}
