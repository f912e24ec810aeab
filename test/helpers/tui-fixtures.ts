import { ConversationState, ParticipantKind, SystemEventKind, type ConversationSnapshot, type Participant, type SystemEvent } from '../../src/client/index.js';
import type { ConsoleActions } from '../../src/tui/console-actions.js';
import type { Entry } from '../../src/tui/state.js';
import { createTuiStore, type TuiStore } from '../../src/tui/store.js';

/*
 * Console states built the way the client builds them: protocol-shaped events dispatched into the real store
 * and reducer. For the views' tests; the end-to-end test feeds the store from a real server instead.
 */

export const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
export const alice: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'alice', displayName: 'Alice' };
export const bob: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_AGENT, id: 'bob', displayName: 'Bob' };
export const system: Participant = { kind: ParticipantKind.PARTICIPANT_KIND_SYSTEM, id: 'system', displayName: 'system' };

export function visitor(name: string): Participant {
  return { kind: ParticipantKind.PARTICIPANT_KIND_VISITOR, id: `v_${name.toLowerCase()}`, displayName: name };
}

export function snapshot(id: string, who: Participant, fields: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return { id, state: ConversationState.CONVERSATION_STATE_ACTIVE, visitor: who, agent: alice, createdAtMs: NOW - 600_000, offerExpiresAtMs: 0, ...fields };
}

export function text(conversationId: string, seq: number, sender: Participant, body: string, createdAtMs: number): Entry {
  return { conversationId, seq, sender, text: body, createdAtMs, clientMessageId: `m${seq}` };
}

export function systemEntry(conversationId: string, seq: number, event: SystemEvent, createdAtMs: number): Entry {
  return { conversationId, seq, sender: system, system: event, createdAtMs, clientMessageId: '' };
}

export { SystemEventKind };

/** A store signed in as alice (agent), connected, at NOW. */
export function aliceStore(): TuiStore {
  const store = createTuiStore(NOW);
  store.dispatch({ type: 'signed-in' });
  store.dispatch({ type: 'connection', state: 'open' });
  store.dispatch({ type: 'welcome', welcome: { you: alice, conversations: [], resume: [], serverTimeMs: NOW, pingIntervalMs: 0 }, localNow: NOW });
  return store;
}

/** Actions that note each call, for views whose test is what a key asks for. */
export function recordingActions(): ConsoleActions & { calls: string[] } {
  const calls: string[] = [];
  const note = (name: string) => (...args: unknown[]) => void calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  return {
    calls,
    open: note('open'),
    older: note('older'),
    accept: note('accept'),
    claim: note('claim'),
    send: note('send'),
    typing: note('typing'),
    transfer: note('transfer'),
    close: note('close'),
    reassign: note('reassign'),
    watch: note('watch'),
    unwatch: note('unwatch'),
    togglePresence: note('togglePresence'),
    dismiss: note('dismiss'),
  };
}
