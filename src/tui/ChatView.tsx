import { Box, Text } from 'ink';
import { ConversationState, type Participant } from '../client/index.js';
import { formatClock, formatDuration, nameOf, systemLine, wrapText } from './format.js';
import type { ConversationView } from './state.js';

export interface ChatViewProps {
  view: ConversationView | undefined;
  me: Participant | undefined;
  /** Ms left on an offer (0: not an offer). */
  offerLeftMs: number;
  width: number;
  height: number;
  /** Lines scrolled back from the newest. */
  scrollBack: number;
  draft: string;
  focused: boolean;
}

interface Line {
  text: string;
  tone: 'system' | 'mine' | 'theirs' | 'pending' | 'hint';
}

const TONE_COLOR: Record<Line['tone'], string | undefined> = { system: undefined, mine: 'cyan', theirs: undefined, pending: undefined, hint: undefined };

/** My messages carry the visitor's receipts: ✓ delivered, ✓✓ read. */
function receiptMark(seq: number, view: ConversationView): string {
  if (seq <= view.visitorRead) return ' ✓✓';
  if (seq <= view.visitorDelivered) return ' ✓';
  return '';
}

/** Every entry as wrapped lines, oldest first. */
export function chatLines(view: ConversationView, me: Participant | undefined, width: number): Line[] {
  const lines: Line[] = [];
  const push = (text: string, tone: Line['tone'], indent: string) => {
    // Wrapped to leave room for the indent, so no line is wider than the view.
    wrapText(text, width - indent.length).forEach((part, i) => lines.push({ text: i === 0 ? part : indent + part, tone }));
  };
  if (view.loadingOlder) lines.push({ text: 'loading older messages…', tone: 'hint' });
  else if (view.hasOlder) lines.push({ text: '↑ older messages: pgup', tone: 'hint' });
  for (const m of view.messages) {
    const at = formatClock(Number(m.createdAtMs ?? 0));
    if (m.system) {
      push(`${at} — ${systemLine(m.system)}`, 'system', '      ');
      continue;
    }
    const mine = m.sender?.id === me?.id && m.sender?.kind === me?.kind;
    const who = mine ? 'you' : nameOf(m.sender);
    push(`${at} ${who}: ${m.text ?? ''}${mine ? receiptMark(Number(m.seq), view) : ''}`, mine ? 'mine' : 'theirs', '      ');
  }
  for (const p of view.pending) push(`sending… you: ${p.text}`, 'pending', '      ');
  return lines;
}

function stateText(view: ConversationView, me: Participant | undefined, offerLeftMs: number): string {
  const s = view.snapshot;
  if (s.state === ConversationState.CONVERSATION_STATE_CLOSED) return 'closed';
  if (s.state === ConversationState.CONVERSATION_STATE_QUEUED) return 'queued';
  // Handed on (a transfer, an offer that went on): still on screen, but somebody else's now.
  if (s.agent && !(s.agent.id === me?.id && s.agent.kind === me?.kind)) return `with ${nameOf(s.agent)}`;
  if (offerLeftMs > 0) return `offer, ${formatDuration(offerLeftMs)} left (a accepts)`;
  return 'active';
}

/** One conversation: who and what the visitor told us, the entries, typing, and the line being written. */
export function ChatView({ view, me, offerLeftMs, width, height, scrollBack, draft, focused }: ChatViewProps) {
  if (!view) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text dimColor>No conversation open: pick one under Mine and press enter.</Text>
      </Box>
    );
  }
  const s = view.snapshot;
  const context = Object.entries(s.context ?? {}).map(([k, v]) => `${k}=${v}`);
  const about = [s.language && `language ${s.language}`, s.group && `group ${s.group}`, stateText(view, me, offerLeftMs)].filter(Boolean).join(' · ');
  const closed = s.state === ConversationState.CONVERSATION_STATE_CLOSED;
  // Title, context, typing and composer lines take four rows; the entries get the rest.
  const room = Math.max(1, height - 4);
  const all = chatLines(view, me, width);
  const end = Math.max(0, all.length - scrollBack);
  const shown = all.slice(Math.max(0, end - room), end);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {nameOf(s.visitor)} · {about}
      </Text>
      <Text dimColor wrap="truncate-end">
        {context.length > 0 ? `context: ${context.join(', ')}` : 'context: none'}
      </Text>
      <Box flexDirection="column" height={room}>
        {shown.map((line, i) => (
          <Text key={i} wrap="truncate-end" color={TONE_COLOR[line.tone]} dimColor={line.tone === 'system' || line.tone === 'hint' || line.tone === 'pending'}>
            {line.text}
          </Text>
        ))}
      </Box>
      <Text dimColor>{view.visitorTyping ? `${nameOf(s.visitor)} is typing…` : scrollBack > 0 ? `(${scrollBack} lines back; pgdn for newer)` : ' '}</Text>
      {closed ? (
        <Text dimColor>(closed: esc to go back)</Text>
      ) : (
        <Text wrap="truncate-start">
          {focused ? '> ' : '  '}
          {draft}
          {focused ? '█' : draft ? '' : 'tab here to write'}
        </Text>
      )}
    </Box>
  );
}
