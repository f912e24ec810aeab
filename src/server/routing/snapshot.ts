import { AgentState } from './agent-state.js';
import { Router } from './router.js';
import type { LastAgentLookup, RoutingSettings, RoutingSnapshot } from './types.js';

const byName = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The core's state as plain data in a canonical order: what the store holds, and what two equal cores share. */
export function snapshotOf(router: Router): RoutingSnapshot {
  const agents = [...router.agents.values()].map((a) => ({ ...a.input, lastAssignedAt: a.lastAssignedAt })).sort(byName((a) => a.username));
  const assignments = [...router.assignments].map(([conversationId, h]) => ({ conversationId, agent: h.agent.username, reason: h.reason, demand: h.demand })).sort(byName((a) => a.conversationId));
  const queued = [...router.queues.keys()].sort().flatMap((key) => [...router.queues.get(key)!.entries()].map((e) => ({ demand: e.demand, seq: e.seq })));
  const groups = [...router.groups.values()].sort(byName((g) => g.name));
  return { agents, groups, assignments, queued, sticky: router.sticky.snapshot(), rotation: router.rotation, seq: router.seq };
}

/**
 * Rebuilds a core from a snapshot (at start, from the store) without deciding anything: loads come from the
 * assignments, shift states from `now`. Conversations queued while an agent had room stay queued until that
 * agent's next change, as they were.
 */
export function restoreRouter(settings: RoutingSettings, snapshot: RoutingSnapshot, now: number, lastAgentOf?: LastAgentLookup): Router {
  const router = new Router(settings, lastAgentOf);
  for (const group of snapshot.groups) router.setGroup(group);
  for (const { lastAssignedAt, ...input } of snapshot.agents) {
    const agent = new AgentState(input, now);
    agent.lastAssignedAt = lastAssignedAt;
    router.agents.set(input.username, agent);
  }
  let seq = snapshot.seq;
  for (const { conversationId, agent, reason, demand } of snapshot.assignments) {
    const holder = router.agents.get(agent);
    // An agent deleted since cannot hold it: it waits in its group's queue rather than being lost.
    if (!holder) {
      router.enqueue(demand, seq++);
      continue;
    }
    holder.load++;
    router.assignments.set(conversationId, { demand, agent: holder, reason });
  }
  for (const { demand, seq } of snapshot.queued) router.enqueue(demand, seq);
  for (const { userKey, agent, at } of snapshot.sticky) router.sticky.remember(userKey, agent, at);
  router.rotation = snapshot.rotation;
  router.seq = seq;
  for (const agent of router.agents.values()) router.restored(agent);
  return router;
}
