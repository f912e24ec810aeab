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

/** One line: who is signed in where, their status, and the link's state (in words, not only colours). */
export function Header({ state, server }: { state: TuiState; server: string }) {
  const link = CONNECTION_TEXT[state.connection];
  const linkColor = state.connection === 'open' ? 'green' : state.connection === 'signed-out' ? undefined : 'yellow';
  const who = state.me ? `${nameOf(state.me)} · ${state.presence} · ` : '';
  return (
    <Box paddingX={1}>
      <Box flexGrow={1} flexShrink={1} marginRight={1}>
        <Text bold wrap="truncate-end">
          wukf · {who}
          <Text dimColor>{server.replace(/^https?:\/\//, '')}</Text>
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text>
          <Text color={linkColor}>{link}</Text>
          <Text dimColor> · ? help · q quit</Text>
        </Text>
      </Box>
    </Box>
  );
}
