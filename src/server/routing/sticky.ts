import type { LastAgentLookup } from './types.js';

/**
 * Each user's most recent agent: a bounded LRU with a time to live. Written by hand over a Map (whose
 * iteration order is insertion order) rather than taken from lru-cache because the core's clock is an
 * argument of every call, not a global, and a snapshot must give back exactly the same order.
 */
export class StickyAgents {
  private readonly entries = new Map<string, { agent: string; at: number }>();

  constructor(
    private readonly maxUsers: number,
    private readonly ttlMs: number,
    private readonly lookup: LastAgentLookup,
  ) {}

  /** The user's agent if assigned within the TTL, from the cache or, on a miss, the store. */
  agentOf(userKey: string, now: number): string | null {
    const cached = this.entries.get(userKey) ?? this.lookup(userKey);
    if (!cached || now - cached.at >= this.ttlMs) return null;
    return cached.agent;
  }

  remember(userKey: string, agent: string, at: number): void {
    this.entries.delete(userKey);
    this.entries.set(userKey, { agent, at });
    if (this.entries.size > this.maxUsers) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Least recently used first. */
  snapshot(): { userKey: string; agent: string; at: number }[] {
    return [...this.entries].map(([userKey, e]) => ({ userKey, agent: e.agent, at: e.at }));
  }
}
