import type { Participant } from '../client/index.js';
import { fit, formatDuration, nameOf } from './format.js';
import { ListSection } from './ListSection.js';
import { unreadCount, waitingSince } from './select.js';
import type { ConversationView } from './state.js';

export interface ConversationListProps {
  views: ConversationView[];
  me: Participant | undefined;
  now: number;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}

/** My conversations: the visitor, unread messages, and how long the visitor has waited for a reply. */
export function ConversationList({ views, me, now, cursor, focused, width, height }: ConversationListProps) {
  const rows = views.map((view) => {
    const unread = unreadCount(view, me);
    const since = waitingSince(view);
    const wait = since === undefined ? '' : `waits ${formatDuration(now - since)}`;
    const badge = unread > 0 ? `(${unread})` : '';
    const right = [badge, wait].filter(Boolean).join(' ');
    const nameWidth = Math.max(4, width - 3 - right.length - 1);
    return `${fit(nameOf(view.snapshot.visitor), nameWidth).padEnd(nameWidth)} ${right}`;
  });
  return <ListSection title={`Mine (${views.length})`} rows={rows} cursor={cursor} focused={focused} empty="no conversations" height={height} />;
}
