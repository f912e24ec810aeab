import { copyFileSync, mkdirSync, rmSync, accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import type { Agent, AgentPatch, NewAgent, Role, ShiftWindow } from '../domain/agent.js';
import { WukfError } from '../../proto/errors.js';
import type { Conversation, ConversationEntry, Participant, SystemEvent } from '../domain/conversation.js';
import type { AppendInput, AppendResult, ConversationFilter, ExpectedState, Watermark } from './conversation-store.js';
import type { CommitStats } from './commit-stats.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { SqliteConversations } from './sqlite-conversations.js';
import type { Store } from './store.js';

export interface SqliteStoreOptions {
  /** Defaults to the released migrations; tests pass their own to exercise failure and restore. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Told about migrations and backups; the store itself never logs. */
  onEvent?: (event: string, detail: Record<string, unknown>) => void;
}

interface AgentRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  skills: string;
  languages: string;
  max_concurrent: number;
  timezone: string;
  hours: string | null;
  created_at: string;
  updated_at: string;
}

const AGENT_COLUMNS = 'id, username, display_name, role, skills, languages, max_concurrent, timezone, hours, created_at, updated_at';

function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    skills: JSON.parse(row.skills) as string[],
    languages: JSON.parse(row.languages) as string[],
    maxConcurrent: row.max_concurrent,
    timezone: row.timezone,
    hours: row.hours === null ? null : (JSON.parse(row.hours) as ShiftWindow[]),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT']);

function prepareDataDir(file: string): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    if (!UNWRITABLE.has(code)) throw err;
    throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `data directory ${dir} is not writable (${code}). Check data.dir in wukf.yaml and the directory's owner and mode.`, { cause: err });
  }
}

function openDatabase(file: string): Db {
  try {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the caller hears of it, which is what lets wukf ack after commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
      throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot open ${file} for writing (${code}). Check the data directory's owner and mode.`, { cause: err });
    }
    throw new WukfError('WUKF_E_STORE_FAILED', `cannot open ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Brings the schema up to the newest migration. An existing database is first copied aside
 * (<file>.before-v<N>) with VACUUM INTO; if a migration fails, the copy is put back, so the data is
 * exactly as it was before the attempt.
 */
function migrate(db: Db, file: string, migrations: readonly Migration[], onEvent: SqliteStoreOptions['onEvent']): { db: Db; version: number } {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    db.close();
    throw new WukfError('WUKF_E_STORE_FAILED', `${file} has schema version ${current}, newer than this wukf understands (${latest}). Upgrade wukf.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { db, version: current };

  let backup: string | undefined;
  if (current > 0) {
    backup = `${file}.before-v${pending[0]!.version}`;
    rmSync(backup, { force: true });
    db.exec(`VACUUM INTO '${backup.replaceAll("'", "''")}'`);
    onEvent?.('store.backup', { file, backup, from: current });
  }
  let version = current;
  try {
    for (const migration of pending) {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
      version = migration.version;
      onEvent?.('store.migrated', { file, version, name: migration.name });
    }
    return { db, version };
  } catch (err) {
    db.close();
    if (backup) {
      removeDatabaseFiles(file);
      copyFileSync(backup, file);
    } else {
      removeDatabaseFiles(file);
    }
    const failed = pending.find((m) => m.version === version + 1) ?? pending[0]!;
    const restored = backup ? `; the database was restored from ${backup}` : '; the new database was removed';
    throw new WukfError('WUKF_E_MIGRATION_FAILED', `migration ${failed.version} (${failed.name}) failed: ${(err as Error).message}${restored}`, { cause: err });
  }
}

export class SqliteStore implements Store {
  readonly location: string;
  readonly schemaVersion: number;
  private readonly db: Db;
  private readonly now: () => Date;
  private closed = false;

  private constructor(file: string, db: Db, version: number, now: () => Date) {
    this.location = file;
    this.db = db;
    this.schemaVersion = version;
    this.now = now;
  }

  /** Opens (creating if needed) the database file and migrates it. */
  static open(file: string, options: SqliteStoreOptions = {}): SqliteStore {
    prepareDataDir(file);
    const opened = openDatabase(file);
    let migrated: { db: Db; version: number };
    try {
      migrated = migrate(opened, file, options.migrations ?? MIGRATIONS, options.onEvent);
    } catch (err) {
      if (opened.open) opened.close();
      if (err instanceof WukfError) throw err;
      const code = (err as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_WRITE') {
        throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot write ${file} (${code}). Check the data directory's owner and mode.`, { cause: err });
      }
      throw new WukfError('WUKF_E_STORE_FAILED', `cannot prepare ${file}: ${(err as Error).message}`, { cause: err });
    }
    return new SqliteStore(file, migrated.db, migrated.version, options.now ?? (() => new Date()));
  }

  async createAgent(agent: NewAgent, passwordHash: string): Promise<Agent> {
    const at = this.now().toISOString();
    try {
      const row = this.db
        .prepare(
          `INSERT INTO agents (username, display_name, role, password_hash, skills, languages, max_concurrent, timezone, hours, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${AGENT_COLUMNS}`,
        )
        .get(
          agent.username,
          agent.displayName,
          agent.role,
          passwordHash,
          JSON.stringify(agent.skills),
          JSON.stringify(agent.languages),
          agent.maxConcurrent,
          agent.timezone,
          agent.hours === null ? null : JSON.stringify(agent.hours),
          at,
          at,
        ) as AgentRow;
      return toAgent(row);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new WukfError('WUKF_E_AGENT_EXISTS', `an account named ${JSON.stringify(agent.username)} already exists`);
      }
      throw err;
    }
  }

  async getAgent(username: string): Promise<Agent | undefined> {
    const row = this.db.prepare(`SELECT ${AGENT_COLUMNS} FROM agents WHERE username = ?`).get(username) as AgentRow | undefined;
    return row && toAgent(row);
  }

  async listAgents(): Promise<Agent[]> {
    const rows = this.db.prepare(`SELECT ${AGENT_COLUMNS} FROM agents ORDER BY role, username`).all() as AgentRow[];
    return rows.map(toAgent);
  }

  async updateAgent(username: string, patch: AgentPatch): Promise<Agent> {
    const columns: Record<string, unknown> = {};
    if (patch.displayName !== undefined) columns.display_name = patch.displayName;
    if (patch.role !== undefined) columns.role = patch.role;
    if (patch.skills !== undefined) columns.skills = JSON.stringify(patch.skills);
    if (patch.languages !== undefined) columns.languages = JSON.stringify(patch.languages);
    if (patch.maxConcurrent !== undefined) columns.max_concurrent = patch.maxConcurrent;
    if (patch.timezone !== undefined) columns.timezone = patch.timezone;
    if (patch.hours !== undefined) columns.hours = patch.hours === null ? null : JSON.stringify(patch.hours);
    columns.updated_at = this.now().toISOString();
    const assignments = Object.keys(columns).map((c) => `${c} = @${c}`);
    // A token names the role it was issued for; a new role needs a new token.
    if (patch.role !== undefined) assignments.push('token_version = token_version + (role IS NOT @role)');
    return this.db.transaction(() => {
      if (patch.role === 'agent') this.assertNotLastAdmin(username);
      const row = this.db
        .prepare(`UPDATE agents SET ${assignments.join(', ')} WHERE username = @username RETURNING ${AGENT_COLUMNS}`)
        .get({ ...columns, username }) as AgentRow | undefined;
      if (!row) throw agentNotFound(username);
      return toAgent(row);
    })();
  }

  async removeAgent(username: string): Promise<void> {
    this.db.transaction(() => {
      this.assertNotLastAdmin(username);
      const { changes } = this.db.prepare('DELETE FROM agents WHERE username = ?').run(username);
      if (changes === 0) throw agentNotFound(username);
    })();
  }

  async getPasswordHash(username: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT password_hash FROM agents WHERE username = ?').get(username) as { password_hash: string } | undefined;
    return row?.password_hash;
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<void> {
    const { changes } = this.db
      .prepare('UPDATE agents SET password_hash = ?, token_version = token_version + 1, updated_at = ? WHERE username = ?')
      .run(passwordHash, this.now().toISOString(), username);
    if (changes === 0) throw agentNotFound(username);
  }

  async getTokenVersion(username: string): Promise<number | undefined> {
    const row = this.db.prepare('SELECT token_version FROM agents WHERE username = ?').get(username) as { token_version: number } | undefined;
    return row?.token_version;
  }

  async revokeTokens(username: string): Promise<number> {
    const row = this.db
      .prepare('UPDATE agents SET token_version = token_version + 1 WHERE username = ? RETURNING token_version')
      .get(username) as { token_version: number } | undefined;
    if (!row) throw agentNotFound(username);
    return row.token_version;
  }

  async check(): Promise<string[]> {
    const rows = this.db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems;
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

  readEntries(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEntry[]> {
    return this.conversations.readEntries(conversationId, afterSeq, limit);
  }

  readHistory(conversationId: string, beforeSeq: number, limit: number): Promise<{ entries: ConversationEntry[]; hasMore: boolean }> {
    return this.conversations.readHistory(conversationId, beforeSeq, limit);
  }

  watermarks(conversationId: string): Promise<Watermark[]> {
    return this.conversations.watermarks(conversationId);
  }

  /** Size and duration of the latest conversation commit, for the benchmark. */
  get lastBatch(): { writes: number; ms: number } {
    return this.conversationLog?.lastBatch ?? { writes: 0, ms: 0 };
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

  /** An admin may not be removed or demoted when they are the only one. */
  private assertNotLastAdmin(username: string): void {
    const row = this.db.prepare('SELECT role FROM agents WHERE username = ?').get(username) as { role: Role } | undefined;
    if (row?.role !== 'admin') return;
    const { n } = this.db.prepare("SELECT count(*) AS n FROM agents WHERE role = 'admin'").get() as { n: number };
    if (n <= 1) throw new WukfError('WUKF_E_LAST_ADMIN', `${JSON.stringify(username)} is the only admin; add another admin first`);
  }
}

/** The one wording of an unknown username, shared with the CLI. */
export function agentNotFound(username: string): WukfError {
  return new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent or admin named ${JSON.stringify(username)} (see \`wukf agent list\`)`);
}

export interface DatabaseInspection {
  schemaVersion: number;
  latestVersion: number;
  /** Empty when PRAGMA quick_check finds nothing wrong. */
  problems: string[];
}

/**
 * Looks at a database without changing it: opened read-only, no migrations, no checkpoint. Safe while
 * a server has the file open; used by `wukf doctor`.
 */
export function inspectDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): DatabaseInspection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return {
      schemaVersion,
      latestVersion: migrations.at(-1)?.version ?? 0,
      problems: rows.map((r) => r.quick_check).filter((r) => r !== 'ok'),
    };
  } finally {
    db.close();
  }
}
