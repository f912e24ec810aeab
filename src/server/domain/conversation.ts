import { WukfError } from '../../proto/errors.js';
import type { AssignmentRecord } from './assignment.js';

/**
 * Conversations as the domain sees them: states, who may read or write, and the pure transitions
 * (open, claim, transfer, close) with the system event each one records. No I/O: the store persists the
 * results, the gateway delivers them.
 */

export type ConversationState = 'queued' | 'active' | 'closed';
export type ParticipantKind = 'visitor' | 'agent' | 'admin' | 'system';

export interface Participant {
  kind: ParticipantKind;
  /** Visitor id, or the agent's / admin's username. */
  id: string;
  displayName: string;
}

export interface Conversation {
  id: string;
  state: ConversationState;
  visitor: Participant;
  /** The assigned agent (or admin acting as one); null while queued. */
  agent: Participant | null;
  language: string;
  skills: string[];
  context: Record<string, string>;
  /** Highest seq stored in the conversation; 0 when empty. */
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
  /** The group (department) it is routed in; null: any agent. */
  group: string | null;
  /** Served before lower priorities in its group's queue; 0 is normal. */
  priority: number;
  /** Why its agent has it; null while it has never been assigned. */
  assignment: AssignmentRecord | null;
  /** An automatic assignment not accepted yet: when it goes to the next best agent. null: accepted or not an offer. */
  offerExpiresAt: number | null;
  /** Queued, and its visitor has been gone since: out of the queue until the visitor comes back. */
  visitorLeftAt: number | null;
}

export type SystemEventKind = 'opened' | 'joined' | 'left' | 'transferred' | 'closed' | 'accepted' | 'requeued';

export interface SystemEvent {
  kind: SystemEventKind;
  subject?: Participant;
  previous?: Participant;
  note?: string;
  /** The admin who put the conversation with an agent already at max_concurrent (override_capacity). */
  capacityOverriddenBy?: Participant;
  /** joined and transferred: why the agent has it. */
  assignment?: AssignmentRecord;
}

/** One stored entry of a conversation, in seq order. */
export interface ConversationEntry {
  conversationId: string;
  seq: number;
  /** The sender's idempotency key; empty for system events. */
  clientMessageId: string;
  sender: Participant;
  createdAt: number;
  text?: string;
  system?: SystemEvent;
}

export const SYSTEM: Participant = { kind: 'system', id: 'wukf', displayName: 'wukf' };

export function sameParticipant(a: Participant | null | undefined, b: Participant | null | undefined): boolean {
  return Boolean(a && b && a.kind === b.kind && a.id === b.id);
}

/** Visitors read their own conversations; agents the ones assigned to them and the queue; admins all. */
export function canRead(who: Participant, conversation: Conversation): boolean {
  switch (who.kind) {
    case 'visitor':
      return sameParticipant(who, conversation.visitor);
    case 'agent':
      return sameParticipant(who, conversation.agent) || conversation.state === 'queued';
    case 'admin':
      return true;
    default:
      return false;
  }
}

/** Only the two sides of an open conversation write to it: its visitor and its assigned agent. */
export function canWrite(who: Participant, conversation: Conversation): boolean {
  if (conversation.state === 'closed') return false;
  if (who.kind === 'visitor') return sameParticipant(who, conversation.visitor);
  return conversation.agent !== null && sameParticipant(who, conversation.agent);
}

/** Throws the error a writer gets for a conversation it may not write to; unreadable ones do not exist for it. */
export function assertCanWrite(who: Participant, conversation: Conversation): void {
  if (!canRead(who, conversation)) throw notFound(conversation.id);
  if (conversation.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${conversation.id} is closed`);
  if (!canWrite(who, conversation)) {
    throw new WukfError('WUKF_E_FORBIDDEN', `only the visitor and the assigned agent write to conversation ${conversation.id}`);
  }
}

export function notFound(id: string): WukfError {
  return new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${id} that you may see`);
}

export interface Transition {
  conversation: Conversation;
  /** The system event to append to the conversation, in the same commit as the state change. */
  event: SystemEvent;
}

export interface OpenRequest {
  id: string;
  visitor: Participant;
  language: string;
  skills: string[];
  context: Record<string, string>;
  group?: string | null;
  priority?: number;
}

export function open(request: OpenRequest, now: number): Transition {
  if (request.visitor.kind !== 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only visitors open conversations');
  return {
    conversation: {
      id: request.id,
      state: 'queued',
      visitor: request.visitor,
      agent: null,
      language: request.language,
      skills: request.skills,
      context: request.context,
      lastSeq: 0,
      createdAt: now,
      updatedAt: now,
      group: request.group ?? null,
      priority: request.priority ?? 0,
      assignment: null,
      offerExpiresAt: null,
      visitorLeftAt: null,
    },
    event: { kind: 'opened', subject: request.visitor },
  };
}

/** An agent (or admin) takes a queued conversation. Routing assigns through the same transition. */
export function claim(conversation: Conversation, agent: Participant, now: number): Transition {
  if (agent.kind !== 'agent' && agent.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', 'only agents and admins take conversations');
  if (conversation.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${conversation.id} is closed`);
  if (conversation.state !== 'queued') {
    throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `conversation ${conversation.id} is already assigned to ${conversation.agent?.id ?? 'someone'}`);
  }
  const assignment: AssignmentRecord = { kind: 'claim', at: now };
  // A conversation whose visitor left the queue can still be taken (the follow-up list): it is active from
  // now on, so its visitor finds it with the agent on return instead of back in the queue.
  const taken: Conversation = { ...conversation, state: 'active', agent, updatedAt: now, assignment, offerExpiresAt: null, visitorLeftAt: null };
  return { conversation: taken, event: { kind: 'joined', subject: agent, assignment } };
}

/**
 * An admin puts a queued conversation with an agent: the same change as that agent claiming it, decided by
 * somebody else. Routing will assign through claim().
 */
export function assign(conversation: Conversation, by: Participant, to: Participant, note: string, now: number): Transition {
  if (by.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', `only an admin assigns queued conversation ${conversation.id}; agents claim it`);
  const claimed = claim(conversation, to, now);
  const assignment: AssignmentRecord = { kind: 'force-assign', at: now };
  return { conversation: { ...claimed.conversation, assignment }, event: { ...claimed.event, assignment, ...(note ? { note } : {}) } };
}

/** The assigned agent or an admin hands an active conversation to another agent. */
export function transfer(conversation: Conversation, by: Participant, to: Participant, note: string, now: number): Transition {
  if (conversation.state !== 'active') {
    throw new WukfError(conversation.state === 'closed' ? 'WUKF_E_CONVERSATION_CLOSED' : 'WUKF_E_CONVERSATION_CONFLICT', `conversation ${conversation.id} is ${conversation.state}`);
  }
  if (by.kind !== 'admin' && !sameParticipant(by, conversation.agent)) {
    throw new WukfError('WUKF_E_FORBIDDEN', `only the assigned agent or an admin transfers conversation ${conversation.id}`);
  }
  if (to.kind !== 'agent' && to.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', 'conversations go to agents');
  if (sameParticipant(to, conversation.agent)) throw new WukfError('WUKF_E_CONVERSATION_CONFLICT', `${to.id} already has conversation ${conversation.id}`);
  const previous = conversation.agent ?? undefined;
  const assignment: AssignmentRecord = { kind: 'transfer', at: now };
  return {
    conversation: { ...conversation, agent: to, updatedAt: now, assignment, offerExpiresAt: null },
    event: { kind: 'transferred', subject: to, ...(previous ? { previous } : {}), ...(note ? { note } : {}), assignment },
  };
}

/** The visitor, the assigned agent or an admin closes a conversation. Closing twice is a conflict. */
export function close(conversation: Conversation, by: Participant, reason: string, now: number): Transition {
  if (conversation.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${conversation.id} is already closed`);
  const allowed = by.kind === 'admin' || sameParticipant(by, conversation.visitor) || sameParticipant(by, conversation.agent);
  if (!allowed) throw new WukfError('WUKF_E_FORBIDDEN', `you may not close conversation ${conversation.id}`);
  return {
    conversation: { ...conversation, state: 'closed', updatedAt: now },
    event: { kind: 'closed', subject: by, ...(reason ? { note: reason } : {}) },
  };
}

/** A visitor nobody vouches for: an id the server minted (v_…), not an app user's (u_…) signed by its backend. */
export function isAnonymous(p: Participant): boolean {
  return p.kind === 'visitor' && p.id.startsWith('v_');
}

/** The close reason of a conversation the server ended because nobody came back to it. */
export const EXPIRED_REASON = 'expired';

/** The server itself closes a conversation (expiry, start-up over the queue's limit): CLOSED with the reason as note. */
export function closeBySystem(conversation: Conversation, reason: string, now: number): Transition {
  if (conversation.state === 'closed') throw new WukfError('WUKF_E_CONVERSATION_CLOSED', `conversation ${conversation.id} is already closed`);
  return { conversation: { ...conversation, state: 'closed', updatedAt: now }, event: { kind: 'closed', subject: SYSTEM, note: reason } };
}

/** UTF-8 bytes of a context, keys and values together. */
export function contextBytes(context: Record<string, string>): number {
  let bytes = 0;
  for (const [k, v] of Object.entries(context)) bytes += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
  return bytes;
}

/**
 * Whether a queued conversation of an anonymous visitor has waited idleMs with nobody there: no message
 * since (updatedAt follows its entries) and no connection of its visitor since (visitorSeenAt: the time its
 * last connection closed, or now while one is open).
 */
export function isIdleQueued(c: Conversation, now: number, idleMs: number, visitorSeenAt: number): boolean {
  if (c.state !== 'queued' || !isAnonymous(c.visitor) || idleMs <= 0) return false;
  return now - Math.max(c.updatedAt, visitorSeenAt) >= idleMs;
}
