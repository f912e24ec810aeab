import {
  DashboardEventKind,
  type DashboardAgent,
  type DashboardEvent,
  type DashboardHealth,
  type DashboardQueue,
  type DashboardSession,
} from '../proto/index.js';

/**
 * An admin's dashboard, kept from the server's SNAPSHOT and DELTA events as docs/protocol.md ("Dashboard",
 * "Applying it") says: three maps keyed by username, group and conversation id, the version they show, and
 * the latest health record. Pure: it holds no connection, so any dashboard (terminal, web) can reuse it.
 */
export class DashboardModel {
  private agentRows = new Map<string, DashboardAgent>();
  private queueRows = new Map<string, DashboardQueue>();
  private sessionRows = new Map<string, DashboardSession>();
  private healthRow: DashboardHealth | undefined;
  private at = 0;
  private cut = false;
  private serverNow = 0;

  get version(): number {
    return this.at;
  }
  get agents(): ReadonlyMap<string, DashboardAgent> {
    return this.agentRows;
  }
  get queues(): ReadonlyMap<string, DashboardQueue> {
    return this.queueRows;
  }
  get sessions(): ReadonlyMap<string, DashboardSession> {
    return this.sessionRows;
  }
  get health(): DashboardHealth | undefined {
    return this.healthRow;
  }
  /** The last snapshot left out conversations (the server's dashboard_max_sessions). */
  get truncated(): boolean {
    return this.cut;
  }
  /** The server's clock when the last applied event was built: waits are this minus a created_at_ms. */
  get serverTimeMs(): number {
    return this.serverNow;
  }

  /** Applies one event; returns whether it changed the model (false: a stale delta, or STOPPED). */
  apply(event: DashboardEvent): boolean {
    const version = Number(event.version ?? 0);
    if (event.kind === DashboardEventKind.KIND_SNAPSHOT) {
      this.agentRows = keyed(event.agents, (a) => a.username);
      this.queueRows = keyed(event.queues, (q) => q.group);
      this.sessionRows = keyed(event.sessions, (s) => s.id);
      this.cut = event.truncated === true;
    } else if (event.kind === DashboardEventKind.KIND_DELTA) {
      if (version <= this.at) return false;
      // Rows are whole: each replaces the one with its key, then the removals drop keys.
      put(this.agentRows, event.agents, (a) => a.username, event.removedAgents);
      put(this.queueRows, event.queues, (q) => q.group, event.removedQueues);
      put(this.sessionRows, event.sessions, (s) => s.id, event.removedSessions);
    } else return false;
    this.at = version;
    if (event.health) this.healthRow = event.health;
    const serverNow = Number(event.serverTimeMs ?? 0);
    if (serverNow > 0) this.serverNow = serverNow;
    return true;
  }

  /** A new connection starts from its own snapshot. */
  clear(): void {
    this.agentRows = new Map();
    this.queueRows = new Map();
    this.sessionRows = new Map();
    this.healthRow = undefined;
    this.at = 0;
    this.cut = false;
    this.serverNow = 0;
  }
}

function keyed<T>(rows: readonly T[] | null | undefined, key: (row: T) => string | null | undefined): Map<string, T> {
  return new Map((rows ?? []).map((row) => [key(row) ?? '', row]));
}

function put<T>(map: Map<string, T>, rows: readonly T[] | null | undefined, key: (row: T) => string | null | undefined, removed: readonly string[] | null | undefined): void {
  for (const row of rows ?? []) map.set(key(row) ?? '', row);
  for (const gone of removed ?? []) map.delete(gone);
}
