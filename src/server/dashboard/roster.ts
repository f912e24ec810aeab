import type { Agent } from '../domain/agent.js';

export interface AccountDirectory {
  listAgents(): Promise<Agent[]>;
  getAgent(username: string): Promise<Agent | undefined>;
}

/**
 * The agent accounts the dashboard lists, held in memory: read once at start, then again one at a time when
 * an account changes (the admin API and the CLI say so), never on a timer.
 */
export class AgentRoster {
  private readonly agents = new Map<string, Agent>();

  constructor(private readonly directory: AccountDirectory) {}

  async load(): Promise<void> {
    this.agents.clear();
    for (const a of await this.directory.listAgents()) if (a.role === 'agent') this.agents.set(a.username, a);
  }

  /** Reads one account again; resolves with whether it is still listed (an agent) or not (removed, now an admin). */
  async refresh(username: string): Promise<boolean> {
    const agent = await this.directory.getAgent(username);
    if (agent?.role === 'agent') {
      this.agents.set(username, agent);
      return true;
    }
    this.agents.delete(username);
    return false;
  }

  get(username: string): Agent | undefined {
    return this.agents.get(username);
  }

  all(): IterableIterator<Agent> {
    return this.agents.values();
  }
}
