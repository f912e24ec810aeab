import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { ParticipantKind } from '../client/index.js';
import { AgentConsole } from './AgentConsole.js';
import { Dashboard } from './Dashboard.js';
import type { DashboardPane } from './dashboard-panes.js';
import type { ConsoleActions } from './console-actions.js';
import { Header } from './Header.js';
import { LoginPrompt } from './LoginPrompt.js';
import type { TuiStore } from './store.js';
import { useStore } from './use-store.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface AppProps {
  store: TuiStore;
  /** Where the console is connected, for the header and the login prompt. */
  server: string;
  /** Present when a token was in hand at the start. */
  actions?: ConsoleActions;
  /** Signs in with a username and password and connects; the login prompt asks until it succeeds. */
  login?(username: string, password: string): Promise<ConsoleActions>;
  onQuit(): void;
}

/**
 * The shell: the header with the link's state, then the login prompt, the agent console, or for an admin the
 * dashboard (with the console a key away).
 */
export function App({ store, server, actions: initial, login, onQuit }: AppProps) {
  const state = useStore(store);
  const [actions, setActions] = useState(initial);
  const [consoleOpen, setConsoleOpen] = useState(false);
  const [pane, setPane] = useState<DashboardPane>('health');
  const admin = state.me?.kind === ParticipantKind.PARTICIPANT_KIND_ADMIN;
  const { columns, rows } = useTerminalSize();
  const signedIn = state.connection !== 'signed-out' && actions !== undefined;
  // The console handles its own keys; before it is up, ctrl-c still quits.
  useInput((input, key) => key.ctrl && input === 'c' && onQuit(), { isActive: !signedIn });
  return (
    <Box flexDirection="column" width={columns}>
      <Header state={state} server={server} />
      {signedIn && admin && !consoleOpen ? (
        <Dashboard state={state} actions={actions} onConsole={() => setConsoleOpen(true)} initialPane={pane} onPane={setPane} onQuit={onQuit} columns={columns} rows={rows - 1} />
      ) : signedIn ? (
        <AgentConsole state={state} actions={actions} onQuit={onQuit} onDashboard={admin ? () => setConsoleOpen(false) : undefined} columns={columns} rows={rows - 1} />
      ) : login ? (
        <LoginPrompt server={server} login={async (username, password) => setActions(await login(username, password))} />
      ) : (
        <Text>Signing in…</Text>
      )}
    </Box>
  );
}
