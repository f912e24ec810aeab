import type { ShiftWindow } from '../domain/agent.js';

/**
 * The routing core's own inputs and outputs. They mirror what the store holds without importing it, so the
 * core can be rebuilt from any store (or from a test's model) and stays free of I/O.
 */
export type AgentStatus = 'online' | 'away' | 'offline';

export interface RoutingAgent {
  username: string;
  status: AgentStatus;
  /** Groups (departments) the agent serves; every agent also serves conversations that request no group. */
  groups: string[];
  skills: string[];
  /** BCP 47 tags as the agent domain canonicalises them ("zh-CN"). */
  languages: string[];
  timezone: string;
  /** null: on shift at any hour (domain/agent.ts's ShiftWindow). */
  hours: ShiftWindow[] | null;
  maxConcurrent: number;
}

export interface RoutingGroup {
  name: string;
  /** Tried when nobody in this group can take a conversation now. */
  fallback: string | null;
}

/** A conversation that needs an agent, and what it asks for. */
export interface Demand {
  conversationId: string;
  /** Who the visitor is for stickiness: the app's user id when verified, else the visitor id; null: no stickiness. */
  userKey: string | null;
  /** null: any agent. */
  group: string | null;
  skills: string[];
  language: string | null;
  /** Higher is served first; 0 is normal. */
  priority: number;
  /** Epoch ms the conversation opened: the queue's waiting order within a priority. */
  openedAt: number;
}

export type { AssignmentReason, ReasonKind, ScoreBreakdown } from '../domain/assignment.js';
import type { AssignmentReason, ScoreBreakdown } from '../domain/assignment.js';

export interface Assignment {
  conversationId: string;
  agent: string;
  reason: AssignmentReason;
}

/** What the core decided for one conversation, with enough to explain it. */
export type Decision =
  | {
      kind: 'sticky' | 'score' | 'fallback';
      conversationId: string;
      agent: string;
      reason: AssignmentReason;
      /** The next best eligible agents, best first, at most routing.explain_runners_up. */
      runnersUp: ScoreBreakdown[];
      /** Eligible agents the decision chose among. */
      candidates: number;
    }
  | {
      /** Queued: agents of the group are present but none can take it now. */
      kind: 'queue' | 'leave-a-message';
      conversationId: string;
      group: string | null;
      /** 1-based place in the group's queue. */
      position: number;
    };

/** Every assignment a call made (its own decision's, and conversations drained from queues), in order. */
export interface RoutingResult {
  decision: Decision | null;
  assigned: Assignment[];
}

/** What the core reads from routing.* in wukf.yaml. */
export interface RoutingSettings {
  weights: { language: number; skills: number; load: number; shift: number; fairness: number };
  stickyMaxUsers: number;
  stickyTtlMs: number;
  fallbackAgent: string | null;
  fairnessWindowMs: number;
  runnersUp: number;
}

/** The store's memory of a user's last agent, read on a sticky-cache miss. */
export type LastAgentLookup = (userKey: string) => { agent: string; at: number } | null;

/** The core's whole state as the store would hold it: restoring it gives the same core. */
export interface RoutingSnapshot {
  agents: (RoutingAgent & { lastAssignedAt: number | null })[];
  groups: RoutingGroup[];
  assignments: (Assignment & { demand: Demand })[];
  /** Every queued conversation, each group's in serving order. */
  queued: { demand: Demand; seq: number }[];
  /** Least recently used first. */
  sticky: { userKey: string; agent: string; at: number }[];
  rotation: number;
  seq: number;
}
