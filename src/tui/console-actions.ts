import { randomUUID } from 'node:crypto';
import { WukfClientError, type WukfClient } from '../client/index.js';
import { loadHistory, markRead } from './client-feed.js';
import type { TuiStore } from './store.js';

/**
 * What the agent console can do, as the views call it: each request goes to the client, and its outcome
 * reaches the store (the answer's events, or a notice when refused). Views hold no client and do no I/O.
 */
export interface ConsoleActions {
  /** Shows a conversation: marks what it holds as read. */
  open(conversationId: string | undefined): void;
  /** Pages older history of the conversation. */
  older(conversationId: string): void;
  accept(conversationId: string): void;
  claim(conversationId: string): void;
  send(conversationId: string, text: string): void;
  typing(conversationId: string, isTyping: boolean): void;
  /** `target`: an agent's username, or `group:<name>`. */
  transfer(conversationId: string, target: string, note: string): void;
  close(conversationId: string): void;
  /**
   * Admins: hands a conversation to an agent or a group (a queued one: assigns it). Refused because the agent
   * is at capacity, the notice carries the hand-over so it can be sent again with `overrideCapacity`.
   */
  reassign(conversationId: string, target: string, note: string, overrideCapacity?: boolean): void;
  /** Admins: follow a conversation read-only (its latest history page, then live), or stop. */
  watch(conversationId: string): void;
  unwatch(conversationId: string): void;
  togglePresence(): void;
  /** Takes the last notice off the screen. */
  dismiss(): void;
}

/** A transfer target as typed: `group:billing` is the billing group, anything else an agent's username. */
export function parseTarget(target: string): { group: string } | { agent: string } {
  const trimmed = target.trim();
  return trimmed.startsWith('group:') ? { group: trimmed.slice('group:'.length).trim() } : { agent: trimmed };
}

export function clientActions(client: WukfClient, store: TuiStore): ConsoleActions {
  const refused = (what: string) => (err: unknown) => store.dispatch({ type: 'notice', notice: { level: 'error', text: `${what}: ${(err as Error).message}` } });
  const done = (text: string) => () => store.dispatch({ type: 'notice', notice: { level: 'info', text } });
  return {
    open(conversationId) {
      store.dispatch({ type: 'select', conversationId });
      if (conversationId === undefined) return;
      const view = store.getState().conversations[conversationId];
      const last = view?.messages.at(-1);
      if (last) markRead(client, store, conversationId, Number(last.seq));
    },
    older(conversationId) {
      const view = store.getState().conversations[conversationId];
      if (!view || view.loadingOlder || view.hasOlder === false) return;
      void loadHistory(client, store, conversationId, Number(view.messages[0]?.seq ?? 0));
    },
    accept(conversationId) {
      client.accept(conversationId).then(done('accepted'), refused('accept'));
    },
    claim(conversationId) {
      client.claim(conversationId).then(done('claimed'), refused('claim'));
    },
    send(conversationId, text) {
      client.typing(conversationId, false);
      const clientMessageId = randomUUID();
      store.dispatch({ type: 'sending', conversationId, send: { clientMessageId, text } });
      // This connection's own sends come back as acks, not as message events: the ack makes the entry.
      client.send(conversationId, text, { clientMessageId }).then(
        (ack) => store.dispatch({ type: 'message', message: { conversationId, seq: ack.seq, clientMessageId, createdAtMs: ack.createdAtMs, sender: store.getState().me, text } }),
        (err: unknown) => {
          store.dispatch({ type: 'send-failed', conversationId, clientMessageId });
          refused('send')(err);
        },
      );
    },
    typing(conversationId, isTyping) {
      client.typing(conversationId, isTyping);
    },
    transfer(conversationId, target, note) {
      const to = parseTarget(target);
      const sent = 'group' in to ? client.transferToGroup(conversationId, to.group, note || undefined) : client.transfer(conversationId, to.agent, note || undefined);
      sent.then(done(`transferred to ${target.trim()}`), refused('transfer'));
    },
    reassign(conversationId, target, note, overrideCapacity = false) {
      const to = parseTarget(target);
      const sent = 'group' in to ? client.transferToGroup(conversationId, to.group, note || undefined) : client.transfer(conversationId, to.agent, note || undefined, { overrideCapacity });
      sent.then(done(`${overrideCapacity ? 'over capacity, ' : ''}handed to ${target.trim()}`), (err: unknown) => {
        if (!(err instanceof WukfClientError) || err.code !== 'WUKF_E_AGENT_AT_CAPACITY' || overrideCapacity) return refused('hand over')(err);
        const text = `${err.message} — o: hand it over anyway, any other key: leave it`;
        store.dispatch({ type: 'notice', notice: { level: 'error', text, override: { conversationId, target, note } } });
      });
    },
    close(conversationId) {
      client.closeConversation(conversationId).then(done('closed'), refused('close'));
    },
    watch(conversationId) {
      client.watch(conversationId, true).then(() => loadHistory(client, store, conversationId, 0), refused('watch'));
    },
    unwatch(conversationId) {
      client.watch(conversationId, false).catch(refused('stop watching'));
    },
    dismiss() {
      if (store.getState().notice) store.dispatch({ type: 'notice', notice: undefined });
    },
    togglePresence() {
      const status = store.getState().presence === 'online' ? 'away' : 'online';
      client.setPresence(status);
      store.dispatch({ type: 'presence', status });
    },
  };
}
