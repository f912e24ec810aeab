import type { Audience } from '../bus/index.js';
import type { Conversation, Participant } from '../domain/conversation.js';

/**
 * Bus topics: one per conversation, one per principal (all its connections), the queue and presence, and
 * `accounts`, where nodes hear of staff accounts that changed (each node closes its stale connections), and
 * `dashboard`, the admins' dashboard DELTAs.
 */
export const topics = {
  conversation: (id: string) => `conversation:${id}`,
  principal: (p: Pick<Participant, 'kind' | 'id'>) => `principal:${p.kind}:${p.id}`,
  queue: 'queue',
  presence: 'presence',
  accounts: 'accounts',
  dashboard: 'dashboard',
};

/** Who may read a conversation in this state (docs/protocol.md has the rules). */
export function audienceOf(c: Conversation): Audience {
  return { visitorId: c.visitor.id, agentIds: c.agent ? [c.agent.id] : [], queued: c.state === 'queued' };
}

/** Who may read the event of a change of hands: who could before it, and who can after. */
export function audienceOfChange(previous: Conversation | null, next: Conversation): Audience {
  const after = audienceOf(next);
  if (!previous) return after;
  const before = audienceOf(previous);
  const agentIds = [...new Set([...before.agentIds, ...after.agentIds])];
  return { visitorId: after.visitorId, agentIds, queued: before.queued || after.queued };
}
