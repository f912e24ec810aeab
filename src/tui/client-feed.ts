import { ConversationState, ParticipantKind, type WukfClient } from '../client/index.js';
import { isText } from './select.js';
import type { TuiStore } from './store.js';

/** How many entries a history page asks for: more than a 24-line terminal shows. */
export const HISTORY_PAGE = 50;

/**
 * Feeds the store from the client's push stream: every event the console shows becomes a store event. It also
 * does the reads that follow from what arrived: the latest history page of a conversation the first time it
 * shows up, and a read receipt for what arrives in the conversation on screen. Returns the unsubscribe.
 */
export function feedStore(client: WukfClient, store: TuiStore): () => void {
  const loaded = new Set<string>();
  let dashboardAsked = false;
  // Answers come in the order asked on one connection; the count drops one that a reconnect overtook.
  let followUpsAsked = 0;
  const loadFollowUps = () => {
    const asked = ++followUpsAsked;
    client.followUps(0).then(
      (page) => asked === followUpsAsked && store.dispatch({ type: 'follow-ups', entries: page.entries, total: page.total }),
      (err: Error) => store.dispatch({ type: 'notice', notice: { level: 'error', text: `follow-ups: ${err.message}` } }),
    );
  };
  const loadLatest = (conversationId: string) => {
    if (loaded.has(conversationId)) return;
    loaded.add(conversationId);
    void loadHistory(client, store, conversationId, 0);
  };
  const offs = [
    client.on('state', (state) => store.dispatch({ type: 'connection', state })),
    client.on('welcome', (welcome) => {
      store.dispatch({ type: 'welcome', welcome, localNow: Date.now() });
      // Admins see the whole server; the client subscribes again by itself after a reconnect.
      if (welcome.you?.kind === ParticipantKind.PARTICIPANT_KIND_ADMIN && !dashboardAsked) {
        dashboardAsked = true;
        client.watchDashboard(true).catch((err: Error) => store.dispatch({ type: 'notice', notice: { level: 'error', text: `dashboard: ${err.message}` } }));
      }
      for (const snapshot of welcome.conversations ?? []) loadLatest(snapshot.id ?? '');
    }),
    client.on('conversation', (snapshot) => {
      store.dispatch({ type: 'conversation', snapshot });
      if (snapshot.state !== ConversationState.CONVERSATION_STATE_CLOSED) loadLatest(snapshot.id ?? '');
    }),
    client.on('message', (message) => {
      store.dispatch({ type: 'message', message });
      const { selected, me } = store.getState();
      const fromOthers = !(message.sender?.id === me?.id && message.sender?.kind === me?.kind);
      if (message.conversationId === selected && isText(message) && fromOthers) markRead(client, store, selected, Number(message.seq));
    }),
    client.on('receipt', (receipt) => store.dispatch({ type: 'receipt', receipt })),
    client.on('typing', (typing) => store.dispatch({ type: 'typing', typing })),
    client.on('dashboard', (model) => store.dispatch({ type: 'dashboard', model, localNow: Date.now() })),
    client.on('queueView', (view) => store.dispatch({ type: 'queue', entries: view.entries, total: view.total })),
    // After each (re)connect too: the client says so then.
    client.on('followUpsChanged', loadFollowUps),
    client.on('rewind', (info) => store.dispatch({ type: 'rewind', conversationId: info.conversationId, toSeq: info.toSeq })),
    // Entries a resume could not replay: the latest page again fills what is on screen.
    client.on('gap', (gap) => void loadHistory(client, store, gap.conversationId, 0)),
    client.on('error', (err) => store.dispatch({ type: 'notice', notice: { level: 'error', text: err.message } })),
  ];
  return () => offs.forEach((off) => off());
}

/** Reads a page of history before beforeSeq (0: the latest) into the store. */
export async function loadHistory(client: WukfClient, store: TuiStore, conversationId: string, beforeSeq: number): Promise<void> {
  store.dispatch({ type: 'history-loading', conversationId });
  try {
    const page = await client.history(conversationId, { beforeSeq, limit: HISTORY_PAGE });
    store.dispatch({ type: 'history', page });
  } catch (err) {
    store.dispatch({ type: 'history-failed', conversationId });
    store.dispatch({ type: 'notice', notice: { level: 'error', text: `history: ${(err as Error).message}` } });
  }
}

export function markRead(client: WukfClient, store: TuiStore, conversationId: string, seq: number): void {
  const view = store.getState().conversations[conversationId];
  if (!view || seq <= view.readSeq) return;
  store.dispatch({ type: 'read', conversationId, seq });
  client.markRead(conversationId, seq);
}
