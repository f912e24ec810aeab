import type { TokenSource } from '../client/index.js';
import type { AppProps } from './App.js';
import { loginOverHttp, webSocketUrl } from './login.js';
import { startSession, type ConsoleSession } from './session.js';
import { createTuiStore, type TuiStore } from './store.js';

export interface AgentConsoleWiring {
  store: TuiStore;
  /** What <App> needs: the store, and either a session already started (token) or the login that starts one. */
  props(onQuit: () => void): AppProps;
  /** Ends the session, if one was started. */
  stop(): Promise<void>;
}

/**
 * The console's parts for one server: its store, and the session (SDK client, actions) that a token starts,
 * at once when one is given, else when the login prompt gets a good password.
 */
export function agentConsole(baseUrl: string, token?: TokenSource): AgentConsoleWiring {
  const store = createTuiStore();
  let session: ConsoleSession | undefined;
  const begin = (t: TokenSource) => {
    session = startSession(store, webSocketUrl(baseUrl), t);
    return session.actions;
  };
  return {
    store,
    props(onQuit) {
      if (token !== undefined) return { store, server: baseUrl, actions: session?.actions ?? begin(token), onQuit };
      return { store, server: baseUrl, login: async (username, password) => begin(await loginOverHttp(baseUrl, username, password)), onQuit };
    },
    async stop() {
      await session?.stop();
    },
  };
}
