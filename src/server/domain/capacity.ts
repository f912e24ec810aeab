import { WukfError } from '../../proto/errors.js';
import type { Agent } from './agent.js';
import type { Participant, Transition } from './conversation.js';

/**
 * Capacity as a rule: an account takes at most max_concurrent active conversations, whoever puts one with it
 * (its own claim, a transfer, an admin's assignment). Only an admin may go past it, and only by asking to;
 * the system event then says so, so the history shows who overloaded whom. No I/O: the caller counts the load.
 */

/** An admin's explicit request to put a conversation with an agent whatever that agent's load. */
export interface CapacityOverride {
  overrideCapacity?: boolean;
}

/** Only admins may override capacity; anyone else asking is refused before anything is looked up. */
export function assertMayOverride(by: Participant, options: CapacityOverride): void {
  if (options.overrideCapacity && by.kind !== 'admin') {
    throw new WukfError('WUKF_E_FORBIDDEN', 'only an admin may override an agent\'s capacity (override_capacity)');
  }
}

/**
 * Whether `to` may take one more conversation with `load` already active or on its way: true when it goes
 * over max_concurrent by an admin's override, false when within it; WUKF_E_AGENT_AT_CAPACITY otherwise.
 */
export function decideCapacity(by: Participant, to: Pick<Agent, 'username' | 'maxConcurrent'>, load: number, options: CapacityOverride): boolean {
  if (load < to.maxConcurrent) return false;
  if (options.overrideCapacity && by.kind === 'admin') return true;
  throw new WukfError('WUKF_E_AGENT_AT_CAPACITY', `${to.username} is at capacity: ${load} of ${to.maxConcurrent} conversations active`);
}

/** The transition with its system event marked as an assignment past the agent's capacity, by this admin. */
export function markOverCapacity(transition: Transition, by: Participant): Transition {
  const assignment = transition.conversation.assignment && { ...transition.conversation.assignment, overCapacity: true };
  return {
    conversation: { ...transition.conversation, assignment },
    event: { ...transition.event, capacityOverriddenBy: by, ...(assignment ? { assignment } : {}) },
  };
}
