/**
 * Routing: which agent takes a conversation, and why. Pure and synchronous; the caller gives the time, keeps
 * the state in the store and sets one timer for nextChangeAt(). docs/routing.md explains the algorithm.
 */
export { Router, type Refusal } from './router.js';
export { restoreRouter, snapshotOf } from './snapshot.js';
export { nextShiftChange } from './shift.js';
export { routingSettings } from './settings.js';
export type {
  AgentStatus,
  Assignment,
  AssignmentReason,
  Decision,
  Demand,
  LastAgentLookup,
  ReasonKind,
  RoutingAgent,
  RoutingGroup,
  RoutingResult,
  RoutingSettings,
  RoutingSnapshot,
  ScoreBreakdown,
} from './types.js';
