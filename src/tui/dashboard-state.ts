import type { DashboardAgent, DashboardHealth, DashboardModel, DashboardQueue, DashboardSession } from '../client/index.js';

/** How many messages/s figures the health sparkline keeps (one per health record, about one a second). */
export const RATE_HISTORY = 30;

/**
 * The admin dashboard as the store holds it: plain arrays copied from the SDK's DashboardModel, so a
 * rendered frame never sees the model change under it.
 */
export interface DashboardView {
  version: number;
  agents: DashboardAgent[];
  queues: DashboardQueue[];
  sessions: DashboardSession[];
  health: DashboardHealth | undefined;
  truncated: boolean;
  /** The server's clock when the last event was built … */
  serverTimeMs: number;
  /** … and ours when it arrived: a wait is serverTimeMs - created_at_ms + (now - receivedAt). */
  receivedAt: number;
  /** messages/s of recent health records, oldest first. */
  rates: number[];
}

/** The view after the model changed; a new health record adds to the rate history. */
export function dashboardFrom(previous: DashboardView | undefined, model: DashboardModel, localNow: number): DashboardView {
  const health = model.health;
  let rates = previous?.rates ?? [];
  if (health && health !== previous?.health) rates = [...rates, Number(health.messagesPerS ?? 0)].slice(-RATE_HISTORY);
  return {
    version: model.version,
    agents: [...model.agents.values()].sort((a, b) => (a.username ?? '').localeCompare(b.username ?? '')),
    queues: [...model.queues.values()].sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '')),
    sessions: [...model.sessions.values()],
    health,
    truncated: model.truncated,
    serverTimeMs: model.serverTimeMs,
    receivedAt: localNow,
    rates,
  };
}

/** The server's clock now, as far as the last event and our clock since then tell. */
export function serverNow(view: DashboardView, localNow: number): number {
  return view.serverTimeMs + Math.max(0, localNow - view.receivedAt);
}
