import { Box, Text } from 'ink';
import type { TuiState } from './state.js';
import { nameOf } from './format.js';

const CONNECTION_TEXT: Record<TuiState['connection'], string> = {
  'signed-out': 'signed out',
  connecting: 'connecting…',
  open: 'connected',
  reconnecting: 'reconnecting…',
  closed: 'disconnected',
};

/** One line: who is signed in, their status, and the link's state (words, not only colours). */
export function Header({ state, server }: { state: TuiState; server: string }) {
  const link = CONNECTION_TEXT[state.connection];
  const linkColor = state.connection === 'open' ? 'green' : state.connection === 'signed-out' ? undefined : 'yellow';
  return (
    <Box justifyContent="space-between" paddingX={1}>
      <Text bold>
        wukf{state.me ? ` · ${nameOf(state.me)}` : ''}
        {state.me ? ` · ${state.presence}` : ''}
      </Text>
      <Text>
        <Text color={linkColor}>{link}</Text>
        <Text dimColor> {server} · ? help · q quit</Text>
      </Text>
    </Box>
  );
}
