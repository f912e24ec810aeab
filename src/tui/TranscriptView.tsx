import { Box, Text } from 'ink';
import type { DashboardSession, Participant } from '../client/index.js';
import { chatLines } from './ChatView.js';
import { routingReason } from './dashboard-rows.js';
import { nameOf } from './format.js';
import type { ConversationView } from './state.js';

export interface TranscriptViewProps {
  /** The row the admin opened it from (who, how it was routed). */
  session: DashboardSession;
  /** The conversation as the watch brought it; undefined until its first answer. */
  view: ConversationView | undefined;
  me: Participant | undefined;
  width: number;
  height: number;
}

/** A conversation an admin watches: read-only, the latest entries at the bottom as they come. */
export function TranscriptView({ session, view, me, width, height }: TranscriptViewProps) {
  const agent = session.agent ? nameOf(session.agent) : 'nobody yet';
  const lines = view ? chatLines(view, me, width - 2) : [];
  const room = Math.max(1, height - 3);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {nameOf(session.visitor)} with {agent} · {routingReason(session)} · read-only
      </Text>
      <Box flexDirection="column" flexGrow={1}>
        {!view && <Text dimColor>Loading the conversation…</Text>}
        {view && lines.length === 0 && <Text dimColor>No messages yet.</Text>}
        {lines.slice(-room).map((line, i) => (
          <Text key={i} dimColor={line.tone === 'system' || line.tone === 'hint'} wrap="truncate-end">
            {line.text}
          </Text>
        ))}
      </Box>
      <Text dimColor>esc back · pgup older · t transfer/assign · x close the conversation</Text>
    </Box>
  );
}
