import type { Agent } from '../domain/agent.js';
import type { AssignmentRecord } from '../domain/assignment.js';
import type { CapacityOverride } from '../domain/capacity.js';
import type { Conversation, Participant } from '../domain/conversation.js';

/** Where routing wants a conversation now: with an agent (an offer until offerExpiresAt, or final), or queued. */
export type RoutingIntent = { agent: Participant; assignment: AssignmentRecord; offerExpiresAt: number | null } | { queued: true };

/** The hand-overs a person makes; each is checked and reserved in routing before it is stored. */
export type HandOverKind = 'claim' | 'transfer' | 'force-assign';

/**
 * What the conversation core asks of routing while it decides a change, in the conversation's lane. The
 * routing desk implements it; without one (routing.assignment: manual) conversations wait for a claim.
 * Every call is synchronous: a decision and its reservation happen in one step, so no other lane takes the
 * same place meanwhile.
 */
export interface RoutingPolicy {
  readonly claimAllowed: boolean;
  /** Routing's wish for the conversation; null: routing does not hold it (closed, an admin's, its visitor left). */
  intent(c: Conversation): RoutingIntent | null;
  /**
   * A person puts c with `agent`: checks that the agent may take it (WUKF_E_AGENT_UNAVAILABLE,
   * WUKF_E_AGENT_AT_CAPACITY) and reserves the place. undefined: routing does not track the account (an admin).
   */
  handOver(c: Conversation, by: Participant, agent: Agent, kind: HandOverKind, options: CapacityOverride): { overCapacity: boolean } | undefined;
  /** Transfer to a group: routed within it (no fallback, no stickiness) or queued there. */
  toGroup(c: Conversation, group: string): RoutingIntent;
  /** A planned commit failed: routing takes the stored state of the conversation back. */
  adopt(c: Conversation): void;
  /** The priority a visitor's OpenConversation gets: identified visitors up to routing.max_priority, others 0. */
  priorityFor(visitor: Participant, asked: number): number;
  /** WUKF_E_GROUP_NOT_FOUND unless the group exists. */
  assertGroup(name: string): void;
}
