import { ParticipantKind, SystemEventKind, type Participant, type SystemEvent } from '../client/index.js';
import type { Strings } from './strings.js';

/**
 * What the visitor reads for a system entry; undefined for the ones that mean nothing to them (opened, an
 * offer accepted, their own leaving and coming back).
 */
export function systemLine(event: SystemEvent, s: Strings): string | undefined {
  const subject = nameOf(event.subject, s.agent);
  switch (event.kind) {
    case SystemEventKind.KIND_JOINED:
      return event.subject?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR ? undefined : s.joined(subject);
    case SystemEventKind.KIND_TRANSFERRED:
      return s.transferred(subject);
    case SystemEventKind.KIND_REQUEUED:
      return s.requeued;
    case SystemEventKind.KIND_CLOSED:
      return event.note === 'expired' ? s.expired : s.closed;
    default:
      return undefined;
  }
}

export function nameOf(p: Participant | null | undefined, fallback: string): string {
  return p?.displayName || p?.id || fallback;
}

/** A lone surrogate (half an emoji cut off) is invalid UTF-8 on the wire; older browsers lack toWellFormed. */
export function wellFormed(text: string): string {
  return (text as { toWellFormed?: () => string }).toWellFormed?.() ?? text;
}
