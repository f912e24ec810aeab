import type { QueuedConversation } from '../client/index.js';
import { fit, formatDuration, nameOf } from './format.js';
import { ListSection } from './ListSection.js';

export interface QueueListProps {
  entries: readonly QueuedConversation[];
  total: number;
  waitedMs: (entry: QueuedConversation) => number;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}

/** The queue as the server pages it: place, visitor, group and time waited; enter claims. */
export function QueueList({ entries, total, waitedMs, cursor, focused, width, height }: QueueListProps) {
  const rows = entries.map((entry) => {
    const s = entry.conversation;
    const right = `${s?.group ? `${s.group} ` : ''}${formatDuration(waitedMs(entry))}`;
    const nameWidth = Math.max(4, width - 3 - right.length - 4);
    return `${String(entry.position ?? 0).padStart(2)} ${fit(nameOf(s?.visitor), nameWidth).padEnd(nameWidth)} ${right}`;
  });
  const title = entries.length < total ? `Queue (${entries.length} of ${total})` : `Queue (${total})`;
  return <ListSection title={`${title} · enter claims`} rows={rows} cursor={cursor} focused={focused} empty="nobody waiting" height={height} />;
}
