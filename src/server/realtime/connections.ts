import type { Connection } from './connection.js';

export interface ConnectionCounts {
  visitors: number;
  agents: number;
  admins: number;
}

/**
 * The connections of this node, counted per identity (a visitor id or a username, whatever the token): the
 * per-identity limit, the sweeps that ping, expire and revoke, and the figures for the stats route.
 */
export class Connections {
  private readonly byIdentity = new Map<string, Set<Connection>>();

  /** Adds the connection unless its identity already has `max`; returns whether it was added. */
  add(conn: Connection, max: number): boolean {
    const mine = this.byIdentity.get(conn.key) ?? new Set<Connection>();
    if (mine.size >= max) return false;
    mine.add(conn);
    this.byIdentity.set(conn.key, mine);
    return true;
  }

  /** Whether an identity ("visitor:v_…", "agent:alice") has a connection here. */
  has(key: string): boolean {
    return this.byIdentity.has(key);
  }

  remove(conn: Connection): void {
    const mine = this.byIdentity.get(conn.key);
    if (!mine) return;
    mine.delete(conn);
    if (mine.size === 0) this.byIdentity.delete(conn.key);
  }

  counts(): ConnectionCounts {
    const counts = { visitors: 0, agents: 0, admins: 0 };
    for (const set of this.byIdentity.values()) {
      const first = set.values().next().value as Connection | undefined;
      if (!first) continue;
      const kind = first.principal.kind;
      if (kind === 'visitor') counts.visitors += set.size;
      else if (kind === 'agent') counts.agents += set.size;
      else if (kind === 'admin') counts.admins += set.size;
    }
    return counts;
  }

  /** Every connection, grouped by identity: one call per identity with all its connections. */
  forEachIdentity(visit: (connections: ReadonlySet<Connection>) => void): void {
    for (const set of this.byIdentity.values()) visit(set);
  }

  /** Drops connections that did not answer the last ping and pings the others. */
  ping(): void {
    this.forEachIdentity((set) => {
      for (const conn of set) {
        if (!conn.alive) {
          conn.sink.terminate();
          continue;
        }
        conn.alive = false;
        conn.sink.ping();
      }
    });
  }

  /** Closes connections whose token has expired. */
  closeExpired(now: number): void {
    this.forEachIdentity((set) => {
      for (const conn of set) if (conn.expiresAt <= now) conn.close('WUKF_E_TOKEN_EXPIRED', 'the token has expired; connect with a new one');
    });
  }

  /** The connections of an agent's or admin's account, under either role (a role change moves it). */
  ofAccount(username: string): Connection[] {
    return [...(this.byIdentity.get(`agent:${username}`) ?? []), ...(this.byIdentity.get(`admin:${username}`) ?? [])];
  }

  /**
   * The backstop of the ping round: agents' and admins' connections whose token version has moved on
   * (revoke, password or role change, removal) that no control request closed at once (e.g. the store was
   * changed while the server could not be told).
   */
  async closeRevoked(currentVersion: (username: string) => Promise<number | undefined>): Promise<void> {
    const accounts: string[] = [];
    this.forEachIdentity((set) => {
      const first = set.values().next().value as Connection | undefined;
      if (first && first.principal.kind !== 'visitor') accounts.push(first.principal.id);
    });
    for (const username of accounts) closeStale(this.ofAccount(username), await currentVersion(username));
  }
}

/** Revokes the connections whose token version is not the account's current one (undefined: removed); returns them. */
export function closeStale(connections: readonly Connection[], current: number | undefined): Connection[] {
  const stale = connections.filter((conn) => conn.tokenVersion !== undefined && conn.tokenVersion !== current);
  for (const conn of stale) conn.revoke();
  return stale;
}
