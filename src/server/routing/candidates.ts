import type { AgentState } from './agent-state.js';

/**
 * A group's eligible agents as a dense array with O(1) add and remove (swap with the last): a decision walks
 * the whole list, and walking an array costs a fraction of walking a Set.
 */
export class CandidateList {
  readonly agents: AgentState[] = [];
  private readonly at = new Map<AgentState, number>();

  add(agent: AgentState): void {
    if (this.at.has(agent)) return;
    this.at.set(agent, this.agents.length);
    this.agents.push(agent);
  }

  delete(agent: AgentState): void {
    const index = this.at.get(agent);
    if (index === undefined) return;
    const last = this.agents.pop()!;
    if (last !== agent) {
      this.agents[index] = last;
      this.at.set(last, index);
    }
    this.at.delete(agent);
  }
}
