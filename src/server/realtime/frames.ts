import type { AssignmentRecord } from '../domain/assignment.js';
import type { Conversation, ConversationEntry, Participant, SystemEvent } from '../domain/conversation.js';
import type { Watermark } from '../store/conversation-store.js';
import {
  ConversationState,
  ParticipantKind,
  SystemEventKind,
  type Assignment as WireAssignment,
  type ConversationSnapshot,
  type MessageEvent,
  type QueuedConversation,
  type Participant as WireParticipant,
  type SystemEvent as WireSystemEvent,
} from '../../proto/index.js';

/** Domain shapes to wire shapes. The only place that knows both. */
const KIND: Record<Participant['kind'], ParticipantKind> = {
  visitor: ParticipantKind.PARTICIPANT_KIND_VISITOR,
  agent: ParticipantKind.PARTICIPANT_KIND_AGENT,
  admin: ParticipantKind.PARTICIPANT_KIND_ADMIN,
  system: ParticipantKind.PARTICIPANT_KIND_SYSTEM,
};

const STATE: Record<Conversation['state'], ConversationState> = {
  queued: ConversationState.CONVERSATION_STATE_QUEUED,
  active: ConversationState.CONVERSATION_STATE_ACTIVE,
  closed: ConversationState.CONVERSATION_STATE_CLOSED,
};

const SYSTEM_KIND: Record<SystemEvent['kind'], SystemEventKind> = {
  opened: SystemEventKind.KIND_OPENED,
  joined: SystemEventKind.KIND_JOINED,
  left: SystemEventKind.KIND_LEFT,
  transferred: SystemEventKind.KIND_TRANSFERRED,
  closed: SystemEventKind.KIND_CLOSED,
  accepted: SystemEventKind.KIND_ACCEPTED,
  requeued: SystemEventKind.KIND_REQUEUED,
};

export function wireParticipant(p: Participant): WireParticipant {
  return { kind: KIND[p.kind], id: p.id, displayName: p.displayName };
}

function wireSystem(event: SystemEvent): WireSystemEvent {
  return {
    kind: SYSTEM_KIND[event.kind],
    ...(event.subject ? { subject: wireParticipant(event.subject) } : {}),
    ...(event.previous ? { previous: wireParticipant(event.previous) } : {}),
    ...(event.note ? { note: event.note } : {}),
    ...(event.capacityOverriddenBy ? { capacityOverriddenBy: wireParticipant(event.capacityOverriddenBy) } : {}),
    ...(event.assignment ? { assignment: wireAssignment(event.assignment) } : {}),
  };
}

export function wireAssignment(a: AssignmentRecord): WireAssignment {
  return {
    reason: a.kind,
    ...(a.breakdown ? { breakdown: { ...a.breakdown } } : {}),
    ...(a.via ? { via: a.via } : {}),
    ...(a.overCapacity ? { overCapacity: true } : {}),
    assignedAtMs: a.at,
  };
}

export function wireEntry(entry: ConversationEntry): MessageEvent {
  const sender = wireParticipant(entry.sender);
  // Every stored message comes through here: two literals rather than a spread, which costs a copy.
  if (entry.system) {
    return { conversationId: entry.conversationId, seq: entry.seq, clientMessageId: entry.clientMessageId, sender, createdAtMs: entry.createdAt, system: wireSystem(entry.system) };
  }
  return { conversationId: entry.conversationId, seq: entry.seq, clientMessageId: entry.clientMessageId, sender, createdAtMs: entry.createdAt, text: entry.text ?? '' };
}

export function wireSnapshot(c: Conversation, watermarks: Watermark[] = []): ConversationSnapshot {
  return {
    id: c.id,
    state: STATE[c.state],
    visitor: wireParticipant(c.visitor),
    ...(c.agent ? { agent: wireParticipant(c.agent) } : {}),
    language: c.language,
    skills: c.skills,
    context: c.context,
    lastSeq: c.lastSeq,
    watermarks: watermarks.map((w) => ({ participant: wireParticipant(w.participant), deliveredSeq: w.deliveredSeq, readSeq: w.readSeq })),
    createdAtMs: c.createdAt,
    updatedAtMs: c.updatedAt,
    ...(c.group !== null ? { group: c.group } : {}),
    ...(c.priority !== 0 ? { priority: c.priority } : {}),
    ...(c.assignment ? { assignment: wireAssignment(c.assignment) } : {}),
    ...(c.offerExpiresAt !== null ? { offerExpiresAtMs: c.offerExpiresAt } : {}),
    ...(c.visitorLeftAt !== null ? { visitorLeft: true } : {}),
  };
}

/**
 * A queued conversation in the agents' and admins' queue: the snapshot without context or watermarks (they
 * come with the conversation itself), its place and the whole seconds it has waited.
 */
export function wireQueued(c: Conversation, position: number, now: number): QueuedConversation {
  return { conversation: { ...wireSnapshot(c), context: {}, watermarks: [] }, position, waitedS: Math.max(0, Math.round((now - c.createdAt) / 1000)) };
}
