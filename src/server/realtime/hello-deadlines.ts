import type { Connection } from './connection.js';

/**
 * The connections that have not said Hello yet, each with the time it must have by. A socket that never
 * speaks would otherwise hold its memory, its file descriptor and its identity's connection slot until the
 * ping round finds it dead, which it never does while the peer answers pings.
 */
export class HelloDeadlines {
  /** In the order the connections opened, which with one timeout for all is the order of their deadlines. */
  private readonly waiting = new Map<Connection, number>();

  constructor(private readonly timeoutMs: number) {}

  watch(conn: Connection, now: number): void {
    this.waiting.set(conn, now + this.timeoutMs);
  }

  forget(conn: Connection): void {
    this.waiting.delete(conn);
  }

  /** Closes (4408, WUKF_E_HELLO_TIMEOUT) every connection past its deadline without a Hello. */
  sweep(now: number): void {
    for (const [conn, deadline] of this.waiting) {
      if (conn.helloDone || conn.closing) {
        this.waiting.delete(conn);
        continue;
      }
      if (deadline > now) break;
      this.waiting.delete(conn);
      conn.close('WUKF_E_HELLO_TIMEOUT', `no Hello within ${this.timeoutMs} ms of connecting`);
    }
  }
}
