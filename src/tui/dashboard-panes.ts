import type { DashboardSession } from '../client/index.js';
import { AGENT_HEADER, agentRow, longestWaitMs, matches, QUEUE_HEADER, queueRow, SESSION_HEADER, sessionRow, waitingIn, waitingRow } from './dashboard-rows.js';
import type { DashboardView } from './dashboard-state.js';

export type DashboardPane = 'health' | 'queues' | 'agents' | 'sessions';
export const DASHBOARD_PANES: DashboardPane[] = ['health', 'queues', 'agents', 'sessions'];
export const PANE_TITLES: Record<DashboardPane, string> = { health: 'Health', queues: 'Queues', agents: 'Agents', sessions: 'Sessions' };

export interface PaneRows {
  header: string;
  rows: string[];
  empty: string;
  /** The conversation each row shows (undefined for a row that shows none), for enter, t and x. */
  sessions: (DashboardSession | undefined)[];
}

/** A list pane's rows as they read now, with the filter applied to each row's text. */
export function paneRows(pane: Exclude<DashboardPane, 'health'>, view: DashboardView, now: number, filter: string): PaneRows {
  const none = filter ? `nothing matches "${filter}"` : undefined;
  if (pane === 'queues') return queuePane(view, now, filter, none);
  if (pane === 'agents') {
    const rows = view.agents.map((a) => agentRow(a, view, now)).filter((r) => matches(r, filter));
    return { header: AGENT_HEADER, rows, sessions: [], empty: none ?? 'No agent accounts.' };
  }
  const shown = view.sessions.map((s) => ({ s, row: sessionRow(s, view, now) })).filter(({ row }) => matches(row, filter));
  const rows = shown.map(({ row }) => row);
  const sessions: (DashboardSession | undefined)[] = shown.map(({ s }) => s);
  if (view.truncated) {
    rows.push("… more than the stream carries (limits.dashboard_max_sessions)");
    sessions.push(undefined);
  }
  return { header: SESSION_HEADER, rows, sessions, empty: none ?? 'No queued or active conversations.' };
}

/**
 * Each group's line, then its waiting conversations (as many as the stream lists: it caps sessions at
 * limits.dashboard_max_sessions, so a line says how many more wait). A group shows when its line or any of its
 * conversations holds the filter.
 */
function queuePane(view: DashboardView, now: number, filter: string, none: string | undefined): PaneRows {
  const longest = longestWaitMs(view, now);
  const rows: string[] = [];
  const sessions: (DashboardSession | undefined)[] = [];
  for (const queue of view.queues) {
    const groupRow = queueRow(queue, view, now, longest);
    const waiting = waitingIn(view, queue.group ?? '').map((s) => ({ s, row: waitingRow(s, view, now, longest) }));
    const shown = matches(groupRow, filter) ? waiting : waiting.filter(({ row }) => matches(row, filter));
    if (shown.length === 0 && !matches(groupRow, filter)) continue;
    rows.push(groupRow, ...shown.map(({ row }) => row));
    sessions.push(undefined, ...shown.map(({ s }) => s));
    const unlisted = Number(queue.waiting ?? 0) - waiting.length;
    if (unlisted > 0 && shown.length === waiting.length) {
      rows.push(`  … ${unlisted} more waiting`);
      sessions.push(undefined);
    }
  }
  return { header: QUEUE_HEADER, rows, sessions, empty: none ?? 'Nobody is waiting.' };
}
