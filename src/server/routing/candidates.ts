import type { AgentState } from './agent-state.js';

/** Agents as a dense array with O(1) add and remove (swap with the last): walking an array beats walking a Set. */
class AgentSet {
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

type TagIndex = Map<number, AgentSet>;
const NOBODY: readonly AgentState[] = [];

/**
 * A group's eligible agents, the only agents a decision looks at: the dense list, and per language, primary
 * language and skill the agents who have it, so that a decision asking for tags starts with the agents who can
 * score on them (score.ts, rank).
 */
export class CandidateList {
  private readonly all = new AgentSet();
  /** The tags each agent was indexed under: its tags may have changed by the time it leaves. */
  private readonly indexed = new Map<AgentState, AgentState['tagIds']>();
  private readonly languages: TagIndex = new Map();
  private readonly primaryLanguages: TagIndex = new Map();
  private readonly skills: TagIndex = new Map();

  get agents(): readonly AgentState[] {
    return this.all.agents;
  }

  has(agent: AgentState): boolean {
    return this.indexed.has(agent);
  }

  withLanguage(id: number): readonly AgentState[] {
    return this.languages.get(id)?.agents ?? NOBODY;
  }

  withPrimaryLanguage(id: number): readonly AgentState[] {
    return this.primaryLanguages.get(id)?.agents ?? NOBODY;
  }

  withSkill(id: number): readonly AgentState[] {
    return this.skills.get(id)?.agents ?? NOBODY;
  }

  add(agent: AgentState): void {
    if (this.indexed.has(agent)) return;
    const tags = agent.tagIds;
    this.indexed.set(agent, tags);
    this.all.add(agent);
    enter(this.languages, tags.languages, agent);
    enter(this.primaryLanguages, tags.primaryLanguages, agent);
    enter(this.skills, tags.skills, agent);
  }

  delete(agent: AgentState): void {
    const tags = this.indexed.get(agent);
    if (tags === undefined) return;
    this.indexed.delete(agent);
    this.all.delete(agent);
    leave(this.languages, tags.languages, agent);
    leave(this.primaryLanguages, tags.primaryLanguages, agent);
    leave(this.skills, tags.skills, agent);
  }
}

function enter(index: TagIndex, ids: readonly number[], agent: AgentState): void {
  for (const id of ids) {
    let set = index.get(id);
    if (!set) index.set(id, (set = new AgentSet()));
    set.add(agent);
  }
}

function leave(index: TagIndex, ids: readonly number[], agent: AgentState): void {
  for (const id of ids) {
    const set = index.get(id);
    set?.delete(agent);
    if (set?.agents.length === 0) index.delete(id);
  }
}

/** What a group nobody is eligible in offers. */
export const NO_CANDIDATES = new CandidateList();
