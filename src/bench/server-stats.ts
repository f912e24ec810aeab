import { processStats } from './embedded-server.js';

/** What every scenario reports about the server under test. null: not known (no stats endpoint). */
export interface ServerFigures {
  rssBytes: number | null;
  cpuSeconds: number | null;
  eventLoopDelayP50Ms: number | null;
  eventLoopDelayP99Ms: number | null;
  commitBatchAvg: number | null;
  commitMsP99: number | null;
  /** Where the figures come from: the server's admin stats, /proc only, or nowhere (remote, no admin token). */
  source: 'admin-stats' | 'proc' | 'none';
  /** Why the admin stats could not be read, other than a server that does not have them. */
  statsError?: string;
}

interface AdminStats {
  process?: { rssBytes?: number; cpuUserSeconds?: number; cpuSystemSeconds?: number };
  eventLoopDelayMs?: { p50?: number; p99?: number };
  store?: { writesPerCommitAvg?: number; commitMsP99?: number };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? round(v) : null);

/**
 * Reads the server's figures over the measured period: begin() resets the server's counters
 * (`GET /api/v1/admin/stats?reset=1`), end() reads them. CPU comes from /proc when the server is a local
 * process, so it covers exactly the period; a 404 (a server without the endpoint) leaves /proc figures only.
 */
export class ServerProbe {
  private cpuBefore: number | null = null;
  private statsCpuBefore: number | null = null;
  private available: boolean;
  private error: string | undefined;

  /** pid: the server's process on this machine, if it is one; adminToken: without it there are no admin stats. */
  constructor(
    private readonly httpUrl: string,
    private readonly adminToken: string | undefined,
    private readonly pid: number | undefined,
  ) {
    this.available = adminToken !== undefined;
    if (adminToken === undefined) this.error = 'no admin token (--admin-token-file or WUKF_BENCH_ADMIN_TOKEN): the server figures need one';
  }

  private async fetchStats(reset: boolean): Promise<AdminStats | undefined> {
    if (!this.available) return undefined;
    try {
      const res = await fetch(`${this.httpUrl}/api/v1/admin/stats${reset ? '?reset=1' : ''}`, { headers: { authorization: `Bearer ${this.adminToken}` } });
      if (res.status === 404) {
        this.available = false;
        return undefined;
      }
      if (!res.ok) throw new Error(`GET /api/v1/admin/stats answered ${res.status}`);
      return (await res.json()) as AdminStats;
    } catch (err) {
      // Figures from /proc are still worth reporting; the reason goes with them.
      this.available = false;
      this.error = (err as Error).message;
      return undefined;
    }
  }

  /** The server's resident memory now: from /proc for a local process, else from its stats. */
  async rssBytes(): Promise<number | null> {
    if (this.pid !== undefined) return processStats(this.pid)?.rssBytes ?? null;
    return num((await this.fetchStats(false))?.process?.rssBytes);
  }

  async begin(): Promise<void> {
    this.statsCpuBefore = statsCpu(await this.fetchStats(true));
    this.cpuBefore = this.pid === undefined ? null : (processStats(this.pid)?.cpuSeconds ?? null);
  }

  async end(): Promise<ServerFigures> {
    const proc = this.pid === undefined ? undefined : processStats(this.pid);
    const stats = await this.fetchStats(false);
    const statsCpuAfter = statsCpu(stats);
    const cpuSeconds =
      proc && this.cpuBefore !== null ? proc.cpuSeconds - this.cpuBefore : statsCpuAfter !== null && this.statsCpuBefore !== null ? statsCpuAfter - this.statsCpuBefore : null;
    return {
      rssBytes: num(stats?.process?.rssBytes) ?? proc?.rssBytes ?? null,
      cpuSeconds: cpuSeconds === null ? null : round(cpuSeconds),
      eventLoopDelayP50Ms: num(stats?.eventLoopDelayMs?.p50),
      eventLoopDelayP99Ms: num(stats?.eventLoopDelayMs?.p99),
      commitBatchAvg: num(stats?.store?.writesPerCommitAvg),
      commitMsP99: num(stats?.store?.commitMsP99),
      source: stats ? 'admin-stats' : proc ? 'proc' : 'none',
      ...(this.error === undefined ? {} : { statsError: this.error }),
    };
  }
}

/** The server's own CPU seconds (user + system) from its stats, for a server that is not a local process. */
function statsCpu(stats: AdminStats | undefined): number | null {
  const p = stats?.process;
  return typeof p?.cpuUserSeconds === 'number' && typeof p.cpuSystemSeconds === 'number' ? p.cpuUserSeconds + p.cpuSystemSeconds : null;
}
