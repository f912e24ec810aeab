import type { Agent } from '../domain/agent.js';
import type { Conversation } from '../domain/conversation.js';
import { ConversationState, type DashboardAgent, type DashboardQueue, type DashboardSession, type PresenceStatus } from '../../proto/index.js';
import { wireAssignment, wireParticipant } from '../realtime/frames.js';

export interface LastMessage {
  at: number;
  text: string;
}

/** What the server knows of an agent right now, beside its account. */
export interface AgentLive {
  status: PresenceStatus;
  load: number;
  onShift: boolean;
  lastActivityAt: number;
}

export function agentRow(agent: Agent, live: AgentLive): DashboardAgent {
  return {
    username: agent.username,
    displayName: agent.displayName,
    status: live.status,
    load: live.load,
    maxConcurrent: agent.maxConcurrent,
    groups: agent.groups,
    skills: agent.skills,
    languages: agent.languages,
    onShift: live.onShift,
    lastActivityMs: live.lastActivityAt,
  };
}

export function sessionRow(c: Conversation, last: LastMessage | undefined): DashboardSession {
  return {
    id: c.id,
    state: c.state === 'active' ? ConversationState.CONVERSATION_STATE_ACTIVE : ConversationState.CONVERSATION_STATE_QUEUED,
    visitor: wireParticipant(c.visitor),
    ...(c.agent ? { agent: wireParticipant(c.agent) } : {}),
    group: c.group ?? '',
    priority: c.priority,
    language: c.language,
    skills: c.skills,
    createdAtMs: c.createdAt,
    assignedAtMs: c.assignment?.at ?? 0,
    lastMessageAtMs: last?.at ?? 0,
    lastMessage: last?.text ?? '',
    ...(c.assignment ? { assignment: wireAssignment(c.assignment) } : {}),
    visitorLeft: c.visitorLeftAt !== null,
  };
}

/** Each group's queue, from the waiting conversations in serving order. */
export function queueRows(waiting: readonly Conversation[]): Map<string, DashboardQueue> {
  const rows = new Map<string, DashboardQueue>();
  for (const c of waiting) {
    const group = c.group ?? '';
    const row = rows.get(group);
    if (!row) rows.set(group, { group, waiting: 1, oldestCreatedAtMs: c.createdAt, topPriority: c.priority });
    else {
      row.waiting! += 1;
      if (c.createdAt < row.oldestCreatedAtMs!) row.oldestCreatedAtMs = c.createdAt;
      if (c.priority > row.topPriority!) row.topPriority = c.priority;
    }
  }
  return rows;
}

export function sameQueueRow(a: DashboardQueue, b: DashboardQueue): boolean {
  return a.waiting === b.waiting && a.oldestCreatedAtMs === b.oldestCreatedAtMs && a.topPriority === b.topPriority;
}
