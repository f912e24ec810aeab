import type { FastifyInstance } from 'fastify';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { z } from 'zod';
import type { AuthService } from '../auth/index.js';
import type { CommitStats, Store } from '../store/index.js';
import { API_PREFIX } from './auth-routes.js';
import { requireAdmin } from './admin-auth.js';
import { parseBody } from './validate.js';

export const STATS_PATH = `${API_PREFIX}/admin/stats`;

/** This node's live figures: connections by kind, conversations by state. */
export interface LiveCounts {
  connectionCounts(): { visitors: number; agents: number; admins: number };
  conversationCounts(): { queued: number; active: number };
}

export interface StatsDeps {
  auth: AuthService;
  live: LiveCounts;
  store: Store;
  version: string;
  uptimeS: () => number;
}

export interface ServerStats {
  version: string;
  uptimeS: number;
  process: { rssBytes: number; heapUsedBytes: number; cpuUserSeconds: number; cpuSystemSeconds: number };
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  connections: { total: number; visitors: number; agents: number; admins: number };
  conversations: { queued: number; active: number };
  store: CommitStats;
}

const statsQuery = z.strictObject({
  reset: z.enum(['0', '1'], { error: 'expected 0 or 1' }).optional(),
});

const NO_COMMITS: CommitStats = { commits: 0, writes: 0, writesPerCommitAvg: 0, writesPerCommitMax: 0, commitMsAvg: 0, commitMsP50: 0, commitMsP99: 0, commitMsMax: 0 };

/** Sampling interval of the event-loop histogram, in ms. */
const LOOP_RESOLUTION_MS = 10;

/**
 * A histogram value (nanoseconds between two samples) as the delay beyond the sampling interval, in ms to
 * the microsecond: an idle loop reads about 0, not 10 (@fastify/under-pressure reports it the same way).
 */
const delayMs = (ns: number): number => Math.max(0, Math.round(ns / 1e3 - LOOP_RESOLUTION_MS * 1e3) / 1e3);

/**
 * GET /api/v1/admin/stats: this node's live figures for `wukf bench` and the TUI's health view. The event
 * loop is sampled every 10 ms from app.ready() to app.close(). `?reset=1` answers with the figures so far,
 * then starts the event-loop histogram and the commit figures from zero, so a benchmark can measure one run.
 */
export function registerStatsRoute(app: FastifyInstance, deps: StatsDeps): void {
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  app.addHook('onReady', async () => void loopDelay.enable());
  app.addHook('onClose', async () => void loopDelay.disable());

  app.get(STATS_PATH, async (req): Promise<ServerStats> => {
    await requireAdmin(deps.auth, req);
    const reset = parseBody(statsQuery, req.query).reset === '1';
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    const connections = deps.live.connectionCounts();
    const stats: ServerStats = {
      version: deps.version,
      uptimeS: deps.uptimeS(),
      process: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, cpuUserSeconds: cpu.user / 1e6, cpuSystemSeconds: cpu.system / 1e6 },
      // An empty histogram answers percentiles of a few hundred ns rather than 0.
      eventLoopDelayMs: loopDelay.count === 0 ? { p50: 0, p99: 0, max: 0 } : { p50: delayMs(loopDelay.percentile(50)), p99: delayMs(loopDelay.percentile(99)), max: delayMs(loopDelay.max) },
      connections: { total: connections.visitors + connections.agents + connections.admins, ...connections },
      conversations: deps.live.conversationCounts(),
      store: deps.store.commitStats?.(reset) ?? NO_COMMITS,
    };
    if (reset) loopDelay.reset();
    return stats;
  });
}
