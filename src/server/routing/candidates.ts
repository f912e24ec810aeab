import { loadFactor, type AgentState } from './agent-state.js';

/**
 * A group's eligible agents as a dense array with O(1) add and remove (swap with the last): a decision walks
 * the whole list. Beside it, per position, the figures ranking reads for every candidate, in typed arrays: a
 * walk over contiguous numbers stays in cache, where one over a thousand agents' objects (and the boxed
 * numbers they point to) waits on memory for each. RoutingState.sync writes an agent's row after every change
 * to its load, shift or last assignment, as it must anyway to keep eligibility right.
 */
export class CandidateList {
  readonly agents: AgentState[] = [];
  /** loadFactor(agent): it changes only with the load or max_concurrent. */
  loadShare = new Float64Array(16);
  /** Epoch ms of the next shift boundary; +Infinity without a schedule (the shift factor is 1 either way). */
  shiftChangeAt = new Float64Array(16);
  /** Epoch ms of the last assignment; -Infinity if never (the fairness factor is 1 either way). */
  lastAssignedAt = new Float64Array(16);
  private readonly at = new Map<AgentState, number>();

  add(agent: AgentState): void {
    if (this.at.has(agent)) return;
    const index = this.agents.length;
    if (index === this.loadShare.length) this.grow();
    this.at.set(agent, index);
    this.agents.push(agent);
    this.write(index, agent);
  }

  delete(agent: AgentState): void {
    const index = this.at.get(agent);
    if (index === undefined) return;
    const lastIndex = this.agents.length - 1;
    const last = this.agents.pop()!;
    if (last !== agent) {
      this.agents[index] = last;
      this.at.set(last, index);
      this.loadShare[index] = this.loadShare[lastIndex]!;
      this.shiftChangeAt[index] = this.shiftChangeAt[lastIndex]!;
      this.lastAssignedAt[index] = this.lastAssignedAt[lastIndex]!;
    }
    this.at.delete(agent);
  }

  /** Rewrites the agent's row, if listed, from its current state. */
  refresh(agent: AgentState): void {
    const index = this.at.get(agent);
    if (index !== undefined) this.write(index, agent);
  }

  private write(index: number, agent: AgentState): void {
    this.loadShare[index] = loadFactor(agent);
    this.shiftChangeAt[index] = agent.shiftChangeAt ?? Infinity;
    this.lastAssignedAt[index] = agent.lastAssignedAt ?? -Infinity;
  }

  private grow(): void {
    const size = this.loadShare.length * 2;
    const copy = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.loadShare = copy(this.loadShare);
    this.shiftChangeAt = copy(this.shiftChangeAt);
    this.lastAssignedAt = copy(this.lastAssignedAt);
  }
}

/** What a group nobody is eligible in offers. */
export const NO_CANDIDATES = new CandidateList();
