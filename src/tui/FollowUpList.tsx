import { Box, Text } from 'ink';
import type { FollowUp } from '../client/index.js';
import { fit, formatDuration, nameOf } from './format.js';
import { ListSection } from './ListSection.js';

export interface FollowUpListProps {
  entries: readonly FollowUp[];
  total: number;
  /** How long ago the visitor left. */
  leftAgoMs: (entry: FollowUp) => number;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}

/**
 * Messages visitors left while nobody could take them, oldest first: visitor, group, how long ago they left,
 * and as much of the last thing they wrote as the column holds (FollowUpPreview shows all of it); enter
 * claims the conversation and opens it.
 */
export function FollowUpList({ entries, total, leftAgoMs, cursor, focused, width, height }: FollowUpListProps) {
  // "Visitor 1a2b", the name a visitor gets without one of their own, fits whole.
  const nameWidth = Math.max(4, Math.min(12, Math.floor(width * 0.4)));
  const rows = entries.map((entry) => {
    const s = entry.conversation;
    const where = `${s?.group ? `${s.group} ` : ''}${formatDuration(leftAgoMs(entry))} ago`;
    return `${fit(nameOf(s?.visitor), nameWidth).padEnd(nameWidth)} ${where} ${entry.lastMessage ?? ''}`;
  });
  const title = entries.length < total ? `Left messages (${entries.length} of ${total})` : `Left messages (${total})`;
  // The title stays on one line: the hint goes first (the footer gives it too when the list has the focus).
  const hinted = `${title} · enter claims`;
  return <ListSection title={hinted.length + 2 <= width ? hinted : title} rows={rows} cursor={cursor} focused={focused} empty="none to follow up" height={height} />;
}

export interface FollowUpPreviewProps {
  entry: FollowUp;
  leftAgoMs: number;
}

/** The follow-up under the cursor, beside the list: who, where, when, how many messages, and the last one whole. */
export function FollowUpPreview({ entry, leftAgoMs }: FollowUpPreviewProps) {
  const s = entry.conversation;
  const count = entry.messageCount ?? 0;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexGrow={1}>
      <Text bold>{nameOf(s?.visitor)}</Text>
      <Text dimColor>
        {s?.group ? `group ${s.group} · ` : ''}left {formatDuration(leftAgoMs)} ago · {count} {count === 1 ? 'message' : 'messages'}
      </Text>
      <Text>{entry.lastMessage ?? ''}</Text>
      <Text dimColor>enter claims it and opens the chat</Text>
    </Box>
  );
}
