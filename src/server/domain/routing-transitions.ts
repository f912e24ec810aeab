import { WukfError } from '../../proto/errors.js';
import type { AssignmentRecord } from './assignment.js';
import { sameParticipant, type Conversation, type Participant, type Transition } from './conversation.js';

/**
 * The changes routing makes to a conversation, beside the ones people make (conversation.ts): routing puts
 * it with an agent (an offer or final), the agent accepts, it goes back to the queue, its visitor leaves the
 * queue and comes back. Pure, like the rest of the domain: the caller stores and announces them.
 */

/**
 * Routing puts the conversation with `to`: a queued one is joined, one with another agent is handed over by
 * the system. offerExpiresAt: the agent must accept by then; null: theirs at once.
 */
export function route(c: Conversation, to: Participant, assignment: AssignmentRecord, offerExpiresAt: number | null, note: string, now: number): Transition {
  if (c.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${c.id} is closed`);
  const conversation: Conversation = { ...c, state: 'active', agent: to, assignment, offerExpiresAt, visitorLeftAt: null, updatedAt: now };
  if (c.state === 'queued') return { conversation, event: { kind: 'joined', subject: to, assignment, ...(note ? { note } : {}) } };
  if (sameParticipant(c.agent, to)) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `${to.id} already has conversation ${c.id}`);
  return { conversation, event: { kind: 'transferred', subject: to, ...(c.agent ? { previous: c.agent } : {}), assignment, ...(note ? { note } : {}) } };
}

/** The agent accepts the conversation routing offered them. */
export function accept(c: Conversation, by: Participant, now: number): Transition {
  if (c.state !== 'active' || c.offerExpiresAt === null || !sameParticipant(c.agent, by)) {
    throw new WukfError('WUKF_E_NOT_OFFERED', `conversation ${c.id} is not offered to you`);
  }
  return { conversation: { ...c, offerExpiresAt: null, updatedAt: now }, event: { kind: 'accepted', subject: by } };
}

/** Back to the queue: its agent was lost, or an offer timed out with nobody else to take it. */
export function requeue(c: Conversation, note: string, now: number): Transition {
  if (c.state !== 'active') throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${c.id} is ${c.state}`);
  return {
    conversation: { ...c, state: 'queued', agent: null, offerExpiresAt: null, updatedAt: now },
    event: { kind: 'requeued', ...(c.agent ? { previous: c.agent } : {}), ...(note ? { note } : {}) },
  };
}

/** The visitor of a queued conversation has been gone past the grace period: it leaves the queue. */
export function visitorLeft(c: Conversation, now: number): Transition {
  if (c.state !== 'queued' || c.visitorLeftAt !== null) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${c.id} is not waiting`);
  return { conversation: { ...c, visitorLeftAt: now, updatedAt: now }, event: { kind: 'left', subject: c.visitor } };
}

/** The visitor came back: the conversation is in the queue again, in its old place. */
export function visitorBack(c: Conversation, now: number): Transition {
  if (c.state !== 'queued' || c.visitorLeftAt === null) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${c.id} did not lose its visitor`);
  return { conversation: { ...c, visitorLeftAt: null, updatedAt: now }, event: { kind: 'joined', subject: c.visitor } };
}
