import { SystemEventKind, type Participant, type SystemEvent } from '../client/index.js';
import type { Entry } from './state.js';

/** Text the console prints: names, durations, system events. Plain strings, so NO_COLOR loses nothing. */

export function nameOf(p: Participant | null | undefined): string {
  if (!p) return 'somebody';
  return p.displayName || p.id || 'somebody';
}

/** 42s, 3m05s, 2h10m: short enough for a list column. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** HH:MM in local time. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function withNote(text: string, note: string | null | undefined): string {
  return note ? `${text} (${note})` : text;
}

/** A system entry as one line of the chat: who did what. */
export function systemLine(event: SystemEvent): string {
  const subject = nameOf(event.subject);
  switch (event.kind) {
    case SystemEventKind.KIND_OPENED:
      return `${subject} opened the conversation`;
    case SystemEventKind.KIND_JOINED:
      return `${subject} joined`;
    case SystemEventKind.KIND_ACCEPTED:
      return `${subject} accepted`;
    case SystemEventKind.KIND_TRANSFERRED:
      return withNote(`transferred from ${nameOf(event.previous)} to ${subject}`, event.note);
    case SystemEventKind.KIND_REQUEUED:
      return withNote(`back in the queue from ${nameOf(event.previous)}`, event.note);
    case SystemEventKind.KIND_LEFT:
      return `${subject} left`;
    case SystemEventKind.KIND_CLOSED:
      return withNote('conversation closed', event.note);
    default:
      return 'conversation changed';
  }
}

/** A short preview of an entry for lists. */
export function preview(m: Entry | undefined): string {
  if (!m) return '';
  if (m.system) return systemLine(m.system);
  return (m.text ?? '').replace(/\s+/g, ' ');
}

/** Cuts text to width columns with an ellipsis. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Breaks text into lines of at most width columns, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    while (rest.length > width) {
      const space = rest.lastIndexOf(' ', width);
      const cut = space > 0 ? space : width;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    lines.push(rest);
  }
  return lines;
}
