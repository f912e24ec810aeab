import { ConversationState, ParticipantKind, type FollowUp, type Participant, type QueuedConversation } from '../client/index.js';
import type { ConversationView, Entry, TuiState } from './state.js';

/** What the console lists, read from the state: the same answer for the same state. */

function isMine(view: ConversationView, me: Participant | undefined): boolean {
  const s = view.snapshot;
  return Boolean(me && s.state === ConversationState.CONVERSATION_STATE_ACTIVE && s.agent?.id === me.id && s.agent?.kind === me.kind);
}

/** Conversations routing offered me and I have not accepted yet, the one running out first on top. */
export function offers(state: TuiState): ConversationView[] {
  return Object.values(state.conversations)
    .filter((v) => isMine(v, state.me) && Number(v.snapshot.offerExpiresAtMs ?? 0) > 0)
    .sort((a, b) => Number(a.snapshot.offerExpiresAtMs) - Number(b.snapshot.offerExpiresAtMs));
}

/** My active conversations (accepted), the one waiting longest for a reply first, then by opening time. */
export function myConversations(state: TuiState): ConversationView[] {
  const waiting = (v: ConversationView) => waitingSince(v) ?? Number.POSITIVE_INFINITY;
  return Object.values(state.conversations)
    .filter((v) => isMine(v, state.me) && Number(v.snapshot.offerExpiresAtMs ?? 0) === 0)
    .sort((a, b) => waiting(a) - waiting(b) || Number(a.snapshot.createdAtMs ?? 0) - Number(b.snapshot.createdAtMs ?? 0));
}

/**
 * How long a queued conversation has waited: since its opening time by the server's clock, so it keeps
 * counting between queue deltas; the entry's waited_s when there is no opening time.
 */
export function queueWaitMs(entry: QueuedConversation, state: TuiState): number {
  const opened = Number(entry.conversation?.createdAtMs ?? 0);
  return opened > 0 ? Math.max(0, state.now + state.serverSkewMs - opened) : (entry.waitedS ?? 0) * 1000;
}

/** How long ago a follow-up's visitor left, by the server's clock. */
export function leftAgoMs(entry: FollowUp, state: TuiState): number {
  return Math.max(0, state.now + state.serverSkewMs - Number(entry.leftAtMs ?? 0));
}

export function isText(m: Entry): boolean {
  return m.text !== undefined && m.text !== null;
}

/** Text messages from anybody but me that I have not read. */
export function unreadCount(view: ConversationView, me: Participant | undefined): number {
  return view.messages.filter((m) => isText(m) && Number(m.seq) > view.readSeq && !(m.sender?.id === me?.id && m.sender?.kind === me?.kind)).length;
}

/**
 * Since when the visitor has been waiting for an answer: the time of their first message after the last one
 * from our side. Undefined when the last word is ours (or nobody has written yet).
 */
export function waitingSince(view: ConversationView): number | undefined {
  let since: number | undefined;
  for (const m of view.messages) {
    if (!isText(m)) continue;
    if (m.sender?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR) since ??= Number(m.createdAtMs ?? 0);
    else since = undefined;
  }
  return since;
}

export function selectedView(state: TuiState): ConversationView | undefined {
  return state.selected === undefined ? undefined : state.conversations[state.selected];
}

/** Ms left on an offer, by the server's clock. */
export function offerLeftMs(view: ConversationView, state: TuiState): number {
  return Math.max(0, Number(view.snapshot.offerExpiresAtMs ?? 0) - (state.now + state.serverSkewMs));
}
