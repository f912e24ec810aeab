import type { Agent } from '../domain/agent.js';
import { decideCapacity, type CapacityOverride } from '../domain/capacity.js';
import type { Participant } from '../domain/conversation.js';

/** A slot held for an assignment between its decision and its settlement (or failure). */
export interface HeldSlot {
  /** The assignment goes past max_concurrent by an admin's override. */
  readonly overCapacity: boolean;
  /** Gives the slot back: once the assignment is in memory (counted as active), or when it failed. Idempotent. */
  release(): void;
}

/**
 * Each agent's load as this node decides it: the active conversations assigned to them plus the assignments
 * decided but not yet settled. Lanes are per conversation, so two claims of one agent on two conversations
 * run side by side; counting what is in flight is what keeps both from passing the last slot. The decision
 * and the hold happen in one synchronous step, at the end of a transition's prepare.
 */
export class AgentLoads {
  private readonly pending = new Map<string, number>();

  /** @param active the agent's (or admin's) active conversations on this node, by username. */
  constructor(private readonly active: (username: string) => number) {}

  load(username: string): number {
    return this.active(username) + (this.pending.get(username) ?? 0);
  }

  /** Decides whether `to` may take one more (WUKF_E_AGENT_AT_CAPACITY if not) and holds the slot. */
  hold(by: Participant, to: Agent, options: CapacityOverride): HeldSlot {
    const overCapacity = decideCapacity(by, to, this.load(to.username), options);
    const username = to.username;
    this.pending.set(username, (this.pending.get(username) ?? 0) + 1);
    let held = true;
    return {
      overCapacity,
      release: () => {
        if (!held) return;
        held = false;
        const left = (this.pending.get(username) ?? 1) - 1;
        if (left > 0) this.pending.set(username, left);
        else this.pending.delete(username);
      },
    };
  }
}
