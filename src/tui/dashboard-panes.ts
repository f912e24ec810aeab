import type { DashboardSession } from '../client/index.js';
import { AGENT_HEADER, agentRow, longestWaitMs, matches, QUEUE_HEADER, queueRow, SESSION_HEADER, sessionRow } from './dashboard-rows.js';
import type { DashboardView } from './dashboard-state.js';

export type DashboardPane = 'health' | 'queues' | 'agents' | 'sessions';
export const DASHBOARD_PANES: DashboardPane[] = ['health', 'queues', 'agents', 'sessions'];
export const PANE_TITLES: Record<DashboardPane, string> = { health: 'Health', queues: 'Queues', agents: 'Agents', sessions: 'Sessions' };

export interface PaneRows {
  header: string;
  rows: string[];
  empty: string;
  /** Sessions: the conversation each row shows, for enter. */
  sessions?: DashboardSession[];
}

/** A list pane's rows as they read now, with the filter applied to each row's text. */
export function paneRows(pane: Exclude<DashboardPane, 'health'>, view: DashboardView, now: number, filter: string): PaneRows {
  const none = filter ? `nothing matches "${filter}"` : undefined;
  if (pane === 'queues') {
    const longest = longestWaitMs(view, now);
    const rows = view.queues.map((q) => queueRow(q, view, now, longest)).filter((r) => matches(r, filter));
    return { header: QUEUE_HEADER, rows, empty: none ?? 'Nobody is waiting.' };
  }
  if (pane === 'agents') {
    const rows = view.agents.map((a) => agentRow(a, view, now)).filter((r) => matches(r, filter));
    return { header: AGENT_HEADER, rows, empty: none ?? 'No agent accounts.' };
  }
  const shown = view.sessions.map((s) => ({ s, row: sessionRow(s, view, now) })).filter(({ row }) => matches(row, filter));
  return { header: SESSION_HEADER, rows: shown.map(({ row }) => row), sessions: shown.map(({ s }) => s), empty: none ?? 'No queued or active conversations.' };
}
