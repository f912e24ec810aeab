import WebSocket from 'ws';
import { WukfClient, type TokenSource, type WukfClientOptions } from '../client/index.js';
import { feedStore } from './client-feed.js';
import { clientActions, type ConsoleActions } from './console-actions.js';
import type { TuiStore } from './store.js';

export interface ConsoleSession {
  client: WukfClient;
  actions: ConsoleActions;
  /** Closes the connection and stops feeding the store. */
  stop(): Promise<void>;
}

/** How often waits and offer countdowns move on. */
const TICK_MS = 1000;

/**
 * A signed-in console: an SDK client feeding the store, the actions the views call, and the clock tick that
 * moves waits and countdowns. The agent starts online, like a person sitting down at the desk.
 */
export function startSession(store: TuiStore, wsUrl: string, token: TokenSource): ConsoleSession {
  const client = new WukfClient({ url: wsUrl, token, WebSocket: WebSocket as unknown as WukfClientOptions['WebSocket'], clientName: 'wukf-tui' });
  const unfeed = feedStore(client, store);
  const actions = clientActions(client, store);
  store.dispatch({ type: 'signed-in' });
  client.setPresence(store.getState().presence);
  const tick = setInterval(() => store.dispatch({ type: 'tick', now: Date.now() }), TICK_MS);
  client.connect().catch((err: Error) => store.dispatch({ type: 'notice', notice: { level: 'error', text: `cannot connect: ${err.message}` } }));
  return {
    client,
    actions,
    async stop() {
      clearInterval(tick);
      await client.close();
      unfeed();
    },
  };
}
