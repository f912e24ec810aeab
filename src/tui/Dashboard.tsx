import { Box, Text, useInput, type Key } from 'ink';
import { useState } from 'react';
import { ConversationState, type DashboardSession } from '../client/index.js';
import type { ConsoleActions } from './console-actions.js';
import { DashboardHelp } from './DashboardHelp.js';
import { DASHBOARD_PANES, PANE_TITLES, paneRows, type DashboardPane } from './dashboard-panes.js';
import { HealthPane } from './HealthPane.js';
import type { TuiState } from './state.js';
import { nameOf } from './format.js';
import { TablePane } from './TablePane.js';
import { TransferForm } from './TransferForm.js';
import { TranscriptView } from './TranscriptView.js';

export interface DashboardProps {
  state: TuiState;
  actions: ConsoleActions;
  /** Opens the agent console. */
  onConsole(): void;
  /** The pane to start on (default Health), and where the pane shown is told, so a return can start there again. */
  initialPane?: DashboardPane;
  onPane?(pane: DashboardPane): void;
  onQuit(): void;
  columns: number;
  rows: number;
}

/** What covers the pane for a moment: the keys, a hand-over being typed, or a close being confirmed. */
type Modal = { kind: 'help' } | { kind: 'transfer' | 'close'; session: DashboardSession };

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length - 1));
}

/**
 * The admin's view of the whole server, fed by the dashboard stream: Health, Queues, Agents and Sessions as
 * switchable panes under a bar naming their keys, and a read-only transcript of a session opened with enter.
 */
export function Dashboard({ state, actions, onConsole, initialPane = 'health', onPane, onQuit, columns, rows }: DashboardProps) {
  const [pane, setPane] = useState<DashboardPane>(initialPane);
  const [cursors, setCursors] = useState({ queues: 0, agents: 0, sessions: 0 });
  const [filter, setFilter] = useState('');
  const [typingFilter, setTypingFilter] = useState(false);
  const [modal, setModal] = useState<Modal | undefined>();
  const [watching, setWatching] = useState<string | undefined>();
  const view = state.dashboard;
  const list = view && pane !== 'health' ? paneRows(pane, view, state.now, filter) : undefined;
  const cursor = pane === 'health' ? 0 : clamp(cursors[pane], list?.rows.length ?? 0);
  // The watched row stays as it last read once the conversation closes and leaves the stream.
  const [watchedRow, setWatchedRow] = useState<DashboardSession>();
  const session = watching ? (view?.sessions.find((s) => s.id === watching) ?? watchedRow) : undefined;
  // What enter, t and x act on: the conversation watched, else the one on the row under the cursor.
  const target = session ?? list?.sessions[cursor];

  const switchTo = (next: DashboardPane) => {
    setPane(next);
    onPane?.(next);
  };
  const move = (step: number) => pane !== 'health' && setCursors((c) => ({ ...c, [pane]: clamp(cursor + step, list?.rows.length ?? 0) }));
  const leave = () => {
    if (watching) actions.unwatch(watching);
    setWatching(undefined);
  };

  const modalKey = (open: Modal, input: string, key: Key) => {
    if (open.kind === 'help') return setModal(undefined);
    if (open.kind === 'close') {
      if (input === 'y') actions.close(open.session.id!);
      return setModal(undefined);
    }
    if (key.escape) setModal(undefined);
  };

  const filterKey = (input: string, key: Key) => {
    if (key.escape) {
      setFilter('');
      return setTypingFilter(false);
    }
    if (key.return) return setTypingFilter(false);
    if (key.backspace || key.delete) return setFilter((f) => f.slice(0, -1));
    if (!key.ctrl && !key.meta && input) setFilter((f) => f + input);
  };

  /** Keys that act on a conversation, in the Sessions list and in a transcript alike. */
  const sessionKey = (input: string): boolean => {
    if (!target?.id) return false;
    if (input === 't') setModal({ kind: 'transfer', session: target });
    else if (input === 'x') setModal({ kind: 'close', session: target });
    else return false;
    return true;
  };

  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onQuit();
    const override = state.notice?.override;
    if (state.notice) actions.dismiss();
    if (override && input === 'o') return actions.reassign(override.conversationId, override.target, override.note, true);
    if (modal) return modalKey(modal, input, key);
    if (typingFilter) return filterKey(input, key);
    if (input === 'q') return onQuit();
    if (sessionKey(input)) return;
    if (session) {
      if (key.escape) return leave();
      if (key.pageUp && watching) actions.older(watching);
      return;
    }
    if (key.tab) {
      const step = key.shift ? DASHBOARD_PANES.length - 1 : 1;
      return switchTo(DASHBOARD_PANES[(DASHBOARD_PANES.indexOf(pane) + step) % DASHBOARD_PANES.length]!);
    }
    const number = Number(input);
    if (number >= 1 && number <= DASHBOARD_PANES.length) return switchTo(DASHBOARD_PANES[number - 1]!);
    if (input === '?') return setModal({ kind: 'help' });
    if (input === 'c') return onConsole();
    if (input === '/') return setTypingFilter(true);
    if (key.escape && filter) return setFilter('');
    if (input === 'j' || key.downArrow) return move(1);
    if (input === 'k' || key.upArrow) return move(-1);
    if (key.return && target?.id) {
      setWatchedRow(target);
      setWatching(target.id);
      actions.watch(target.id);
    }
  });

  const body = rows - 2;
  let content;
  if (modal?.kind === 'help') content = <DashboardHelp />;
  else if (modal?.kind === 'transfer') {
    const queued = modal.session.state === ConversationState.CONVERSATION_STATE_QUEUED;
    const id = modal.session.id!;
    content = (
      <TransferForm
        visitor={nameOf(modal.session.visitor)}
        verb={queued ? 'Assign' : 'Transfer'}
        onSubmit={(to, note) => {
          actions.reassign(id, to, note);
          setModal(undefined);
        }}
      />
    );
  } else if (modal?.kind === 'close') {
    content = (
      <Box borderStyle="round" paddingX={1}>
        <Text>Close the conversation with {nameOf(modal.session.visitor)} for good? y closes, any other key keeps it</Text>
      </Box>
    );
  } else if (!view) content = <Text dimColor>Waiting for the dashboard's first snapshot…</Text>;
  else if (session) content = <TranscriptView session={session} view={state.conversations[session.id ?? '']} me={state.me} width={columns} height={body} />;
  else if (pane === 'health') content = <HealthPane view={view} now={state.now} />;
  else content = <TablePane header={list!.header} rows={list!.rows} cursor={cursor} empty={list!.empty} height={body} />;

  const footer = state.notice
    ? state.notice.text
    : typingFilter
      ? `filter: ${filter}▏ (enter keeps it, esc clears it)`
      : filter
        ? `filter: "${filter}" (/ changes it, esc clears it)`
        : pane === 'sessions' || pane === 'queues'
          ? 'enter watch · t transfer/assign · x close · j k · / filter · ? help'
          : 'j k move · / filter · ? help';
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Text wrap="truncate-end">
        {DASHBOARD_PANES.map((p, i) => (p === pane ? `[${i + 1} ${PANE_TITLES[p]}]` : ` ${i + 1} ${PANE_TITLES[p]} `)).join(' ')}
        <Text dimColor> · tab · c console · q quit</Text>
      </Text>
      <Box flexDirection="column" height={body}>
        {content}
      </Box>
      <Text wrap="truncate-end" color={state.notice?.level === 'error' ? 'red' : undefined} dimColor={!state.notice}>
        {footer}
      </Text>
    </Box>
  );
}
