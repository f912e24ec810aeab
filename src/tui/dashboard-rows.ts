import { ConversationState, PresenceStatus, type DashboardAgent, type DashboardHealth, type DashboardQueue, type DashboardSession } from '../client/index.js';
import { serverNow, type DashboardView } from './dashboard-state.js';
import { fit, formatDuration, nameOf } from './format.js';

/**
 * The dashboard's lines as plain text: each pane's rows, the health figures and what is wrong with them. Marks
 * are words and signs ("!" and "SLOW"), so a terminal without colours reads the same.
 */

/** Past these a figure is flagged: each is a point where people waiting or the server start to suffer. */
export const LIMITS = {
  /** A visitor waiting this long in a queue is about to give up. */
  waitMs: 2 * 60_000,
  /** Commits this slow make every send feel laggy. */
  ackP99Ms: 250,
  /** The event loop this late delays every socket. */
  loopP99Ms: 100,
  /** A WAL this big means checkpoints are not keeping up. */
  walBytes: 256 * 1024 * 1024,
  rssBytes: 1024 * 1024 * 1024,
};

/** A column: cut to width, padded to it. */
function col(text: string, width: number): string {
  return fit(text, width).padEnd(width);
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** Recent values as a line of bars, scaled to the largest. */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(...values, 0);
  return values.map((v) => (top === 0 ? SPARKS[0] : SPARKS[Math.min(SPARKS.length - 1, Math.round((v / top) * (SPARKS.length - 1)))])).join('');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export interface HealthLine {
  label: string;
  value: string;
  /** Why the figure is flagged; absent when it is fine. */
  problem?: string;
}

/** The health record as labelled lines, each flagged when past its limit. */
export function healthLines(health: DashboardHealth, rates: readonly number[], longestWaitMs: number): HealthLine[] {
  const n = (v: number | null | undefined) => Number(v ?? 0);
  const ackP99 = n(health.ackMsP99);
  const loopP99 = n(health.eventLoopDelayMsP99);
  const wal = n(health.walBytes);
  const rss = n(health.rssBytes);
  const flag = (bad: boolean, why: string) => (bad ? why : undefined);
  return [
    { label: 'server', value: `wukf ${health.version ?? '?'} · up ${formatDuration(n(health.uptimeS) * 1000)}` },
    { label: 'connections', value: `${n(health.visitors)} visitors · ${n(health.agents)} agents · ${n(health.admins)} admins` },
    { label: 'conversations', value: `${n(health.queued)} queued · ${n(health.active)} active`, problem: flag(longestWaitMs > LIMITS.waitMs, `a visitor waits ${formatDuration(longestWaitMs)}`) },
    { label: 'messages/s', value: `${n(health.messagesPerS).toFixed(1)} ${sparkline(rates)}` },
    { label: 'ack latency', value: `p50 ${n(health.ackMsP50).toFixed(1)} ms · p99 ${ackP99.toFixed(1)} ms`, problem: flag(ackP99 > LIMITS.ackP99Ms, `commits slow (p99 > ${LIMITS.ackP99Ms} ms)`) },
    { label: 'event loop', value: `p50 ${n(health.eventLoopDelayMsP50).toFixed(1)} ms · p99 ${loopP99.toFixed(1)} ms`, problem: flag(loopP99 > LIMITS.loopP99Ms, `loop lagging (p99 > ${LIMITS.loopP99Ms} ms)`) },
    { label: 'memory', value: `RSS ${formatBytes(rss)}`, problem: flag(rss > LIMITS.rssBytes, `RSS over ${formatBytes(LIMITS.rssBytes)}`) },
    { label: 'database', value: `${formatBytes(n(health.databaseBytes))} · WAL ${formatBytes(wal)}`, problem: flag(wal > LIMITS.walBytes, `WAL over ${formatBytes(LIMITS.walBytes)}`) },
  ];
}

export function queueWaitMs(queue: DashboardQueue, view: DashboardView, now: number): number {
  const oldest = Number(queue.oldestCreatedAtMs ?? 0);
  return oldest > 0 ? serverNow(view, now) - oldest : 0;
}

export function longestWaitMs(view: DashboardView, now: number): number {
  return Math.max(0, ...view.queues.map((q) => queueWaitMs(q, view, now)));
}

export const QUEUE_HEADER = `${col('queue · visitor', 18)} ${col('waiting', 7)} ${col('wait', 7)} ${col('prio', 4)} ${col('lang', 5)} skills`;

/** The mark for the longest wait of all: an arrow, or "!!" once it is past what a visitor bears. */
function longestMark(wait: number, longest: number): string {
  return wait > 0 && wait === longest ? (wait > LIMITS.waitMs ? ' !!' : ' ←') : '';
}

/** A group's line: how many wait, the longest of them, the highest priority. */
export function queueRow(queue: DashboardQueue, view: DashboardView, now: number, longest: number): string {
  const wait = queueWaitMs(queue, view, now);
  return `${col(queue.group || '(no group)', 18)} ${col(String(queue.waiting ?? 0), 7)} ${col(formatDuration(wait), 7)} ${col(String(queue.topPriority ?? 0), 4)}`.trimEnd() + longestMark(wait, longest);
}

/** A waiting conversation's line, under its group: who, how long, priority, language, the skills asked for. */
export function waitingRow(session: DashboardSession, view: DashboardView, now: number, longest: number): string {
  const wait = sessionTimeMs(session, view, now);
  const skills = session.skills && session.skills.length > 0 ? session.skills.join(',') : '-';
  return `${col(`  ${nameOf(session.visitor)}`, 18)} ${col('', 7)} ${col(formatDuration(wait), 7)} ${col(String(session.priority ?? 0), 4)} ${col(session.language || '-', 5)} ${skills}${longestMark(wait, longest)}`;
}

/** The queued conversations of a group in the order they are served: priority first, then the longest waiting. */
export function waitingIn(view: DashboardView, group: string): DashboardSession[] {
  return view.sessions
    .filter((s) => isQueued(s) && !s.visitorLeft && (s.group ?? '') === group)
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || Number(a.createdAtMs ?? 0) - Number(b.createdAtMs ?? 0));
}

const STATUS: Record<number, string> = {
  [PresenceStatus.PRESENCE_STATUS_ONLINE]: 'online',
  [PresenceStatus.PRESENCE_STATUS_AWAY]: 'away',
  [PresenceStatus.PRESENCE_STATUS_OFFLINE]: 'offline',
};

export const AGENT_HEADER = `${col('agent', 14)} ${col('status', 8)} ${col('load', 5)} ${col('shift', 6)} ${col('active', 8)} groups · skills · languages`;

export function agentRow(agent: DashboardAgent, view: DashboardView, now: number): string {
  const last = Number(agent.lastActivityMs ?? 0);
  const active = last > 0 ? `${formatDuration(serverNow(view, now) - last)} ago` : 'never';
  const full = Number(agent.load ?? 0) >= Number(agent.maxConcurrent ?? 0) && Number(agent.maxConcurrent ?? 0) > 0;
  const load = `${agent.load ?? 0}/${agent.maxConcurrent ?? 0}${full ? '!' : ''}`;
  const list = (xs: readonly string[] | null | undefined) => (xs && xs.length > 0 ? xs.join(',') : '-');
  return `${col(agent.displayName || agent.username || '?', 14)} ${col(STATUS[agent.status ?? 0] ?? 'offline', 8)} ${col(load, 5)} ${col(agent.onShift ? 'on' : 'off', 6)} ${col(active, 8)} ${list(agent.groups)} · ${list(agent.skills)} · ${list(agent.languages)}`;
}

export function isQueued(session: DashboardSession): boolean {
  return session.state === ConversationState.CONVERSATION_STATE_QUEUED;
}

/** Waiting time of a queued conversation, handling time of an active one. */
export function sessionTimeMs(session: DashboardSession, view: DashboardView, now: number): number {
  const since = isQueued(session) ? Number(session.createdAtMs ?? 0) : Number(session.assignedAtMs ?? 0) || Number(session.createdAtMs ?? 0);
  return since > 0 ? serverNow(view, now) - since : 0;
}

export function routingReason(session: DashboardSession): string {
  const a = session.assignment;
  if (!a?.reason) return isQueued(session) ? `queue ${session.group || '(none)'}` : '-';
  return [a.reason, a.via, a.overCapacity ? 'over capacity' : ''].filter(Boolean).join(' ');
}

export const SESSION_HEADER = `${col('visitor', 12)} ${col('agent', 10)} ${col('state', 7)} ${col('time', 7)} ${col('routing', 14)} last message`;

export function sessionRow(session: DashboardSession, view: DashboardView, now: number): string {
  const state = isQueued(session) ? (session.visitorLeft ? 'left' : 'queued') : 'active';
  const agent = session.agent ? nameOf(session.agent) : '-';
  return `${col(nameOf(session.visitor), 12)} ${col(agent, 10)} ${col(state, 7)} ${col(formatDuration(sessionTimeMs(session, view, now)), 7)} ${col(routingReason(session), 14)} ${session.lastMessage || ''}`;
}

/** Whether a row's text holds the filter, case-insensitively (an empty filter holds everything). */
export function matches(text: string, filter: string): boolean {
  return filter === '' || text.toLowerCase().includes(filter.toLowerCase());
}
