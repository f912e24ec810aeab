import type { Database as Db } from 'better-sqlite3';
import type { Agent, AgentPatch, NewAgent } from '../domain/agent.js';
import type { Group, GroupPatch, NewGroup } from '../domain/group.js';
import type { Conversation, ConversationEntry, Participant, SystemEvent } from '../domain/conversation.js';
import type { CommitStats } from './commit-stats.js';
import type { AppendInput, AppendResult, ConversationFilter, EntriesExtent, ExpectedState, FollowUp, PurgeFilter, Watermark } from './conversation-store.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { GroupRemoval } from './group-store.js';
import { SqliteAgents } from './sqlite-agents.js';
import { SqliteGroups } from './sqlite-groups.js';
import { SqliteConversations } from './sqlite-conversations.js';
import { openMigratedDatabase, quickCheck, type StoreEventListener } from './sqlite-database.js';
import type { Store } from './store.js';

export interface SqliteStoreOptions {
  /** Defaults to the released migrations; tests pass their own to exercise failure and restore. */
  migrations?: readonly Migration[];
  now?: () => Date;
  onEvent?: StoreEventListener;
}

/** The embedded Store: one SQLite file, accounts in SqliteAgents, groups in SqliteGroups, conversations in SqliteConversations. */
export class SqliteStore implements Store {
  readonly location: string;
  readonly schemaVersion: number;
  private readonly db: Db;
  private readonly now: () => Date;
  private readonly agents: SqliteAgents;
  private readonly groups: SqliteGroups;
  private closed = false;

  private constructor(file: string, db: Db, version: number, now: () => Date) {
    this.location = file;
    this.db = db;
    this.schemaVersion = version;
    this.now = now;
    this.groups = new SqliteGroups(db, now);
    this.agents = new SqliteAgents(db, now, this.groups);
  }

  /** Opens (creating if needed) the database file and migrates it. */
  static open(file: string, options: SqliteStoreOptions = {}): SqliteStore {
    const { db, version } = openMigratedDatabase(file, options.migrations ?? MIGRATIONS, options.onEvent);
    return new SqliteStore(file, db, version, options.now ?? (() => new Date()));
  }

  createAgent(agent: NewAgent, passwordHash: string): Promise<Agent> {
    return this.agents.createAgent(agent, passwordHash);
  }

  getAgent(username: string): Promise<Agent | undefined> {
    return this.agents.getAgent(username);
  }

  listAgents(): Promise<Agent[]> {
    return this.agents.listAgents();
  }

  updateAgent(username: string, patch: AgentPatch): Promise<Agent> {
    return this.agents.updateAgent(username, patch);
  }

  removeAgent(username: string): Promise<void> {
    return this.agents.removeAgent(username);
  }

  getPasswordHash(username: string): Promise<string | undefined> {
    return this.agents.getPasswordHash(username);
  }

  setPasswordHash(username: string, passwordHash: string): Promise<void> {
    return this.agents.setPasswordHash(username, passwordHash);
  }

  getTokenVersion(username: string): Promise<number | undefined> {
    return this.agents.getTokenVersion(username);
  }

  revokeTokens(username: string): Promise<number> {
    return this.agents.revokeTokens(username);
  }

  createGroup(group: NewGroup): Promise<Group> {
    return this.groups.createGroup(group);
  }

  getGroup(name: string): Promise<Group | undefined> {
    return this.groups.getGroup(name);
  }

  listGroups(): Promise<Group[]> {
    return this.groups.listGroups();
  }

  updateGroup(name: string, patch: GroupPatch): Promise<Group> {
    return this.groups.updateGroup(name, patch);
  }

  removeGroup(name: string, options?: { force?: boolean }): Promise<GroupRemoval> {
    return this.groups.removeGroup(name, options);
  }

  async check(): Promise<string[]> {
    return quickCheck(this.db);
  }

  async flush(): Promise<void> {
    // Agent writes run in their own synchronous transactions; conversation writes are batched.
    await this.conversationLog?.flush();
  }

  // --- conversations: batched writes in SqliteConversations, created on first use ---------------------------

  private conversationLog: SqliteConversations | undefined;

  private get conversations(): SqliteConversations {
    this.conversationLog ??= new SqliteConversations(this.db, { now: () => this.now().getTime() });
    return this.conversationLog;
  }

  saveTransition(conversation: Conversation, event: SystemEvent, expected: ExpectedState | null): Promise<ConversationEntry> {
    return this.conversations.saveTransition(conversation, event, expected);
  }

  appendMessage(input: AppendInput): Promise<AppendResult> {
    return this.conversations.appendMessage(input);
  }

  saveReceipt(conversationId: string, participant: Participant, kind: 'delivered' | 'read', seq: number): Promise<void> {
    return this.conversations.saveReceipt(conversationId, participant, kind, seq);
  }

  getConversation(id: string): Promise<Conversation | undefined> {
    return this.conversations.getConversation(id);
  }

  listConversations(filter: ConversationFilter): Promise<Conversation[]> {
    return this.conversations.listConversations(filter);
  }

  lastAgents(filter: { since: number; limit: number; visitorId?: string }): Promise<{ visitorId: string; agent: string; at: number }[]> {
    return this.conversations.lastAgents(filter);
  }

  followUps(page: { offset: number; limit: number }): Promise<{ entries: FollowUp[]; total: number }> {
    return this.conversations.followUps(page);
  }

  countConversations(filter: Omit<ConversationFilter, 'offset' | 'limit'>): Promise<number> {
    return this.conversations.countConversations(filter);
  }

  purgeConversations(filter: PurgeFilter): Promise<number> {
    return this.conversations.purgeConversations(filter);
  }

  readEntries(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEntry[]> {
    return this.conversations.readEntries(conversationId, afterSeq, limit);
  }

  measureEntries(conversationId: string, afterSeq: number, limit: number): Promise<EntriesExtent> {
    return this.conversations.measureEntries(conversationId, afterSeq, limit);
  }

  readHistory(conversationId: string, beforeSeq: number, limit: number): Promise<{ entries: ConversationEntry[]; hasMore: boolean }> {
    return this.conversations.readHistory(conversationId, beforeSeq, limit);
  }

  watermarks(conversationId: string): Promise<Watermark[]> {
    return this.conversations.watermarks(conversationId);
  }

  commitStats(reset = false): CommitStats {
    return this.conversations.commits.read(reset);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.conversationLog?.close();
    this.db.pragma('optimize');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
