import { fit, formatDuration, nameOf } from './format.js';
import { ListSection } from './ListSection.js';
import type { ConversationView } from './state.js';

export interface OfferListProps {
  views: ConversationView[];
  /** Ms left to accept each offer, by the server's clock. */
  leftMs: (view: ConversationView) => number;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}

/** Conversations routing offers me: accept each before its time runs out, or it goes to somebody else. */
export function OfferList({ views, leftMs, cursor, focused, width, height }: OfferListProps) {
  const rows = views.map((view) => {
    const right = `${formatDuration(leftMs(view))} left`;
    const nameWidth = Math.max(4, width - 3 - right.length - 1);
    return `${fit(nameOf(view.snapshot.visitor), nameWidth).padEnd(nameWidth)} ${right}`;
  });
  return <ListSection title={`Offers (${views.length}) · enter accepts`} rows={rows} cursor={cursor} focused={focused} empty="no offers" height={height} />;
}
