import { Box, Text, useInput, type Key } from 'ink';
import { useRef, useState } from 'react';
import { ConversationState } from '../client/index.js';
import { ChatView, chatLines } from './ChatView.js';
import type { ConsoleActions } from './console-actions.js';
import { ConversationList } from './ConversationList.js';
import { FollowUpList, FollowUpPreview } from './FollowUpList.js';
import { nameOf } from './format.js';
import { HelpOverlay } from './HelpOverlay.js';
import { OfferList } from './OfferList.js';
import { QueueList } from './QueueList.js';
import { leftAgoMs, myConversations, offerLeftMs, offers, queueWaitMs, selectedView } from './select.js';
import type { TuiState } from './state.js';
import { splitLines } from './LineInput.js';
import { TransferForm } from './TransferForm.js';

export type Pane = 'offers' | 'mine' | 'queue' | 'left' | 'chat';
const PANES: Pane[] = ['offers', 'mine', 'queue', 'left', 'chat'];
type Modal = 'help' | 'transfer' | 'close' | undefined;

export interface AgentConsoleProps {
  state: TuiState;
  actions: ConsoleActions;
  onQuit(): void;
  /** Admins: back to the dashboard. */
  onDashboard?(): void;
  columns: number;
  rows: number;
}

const HINTS: Record<Pane, string> = {
  offers: 'enter/a accept · j k move · tab next · s status · ? help',
  mine: 'enter open · t transfer · x close · s status · tab · ? help',
  queue: 'enter claim · j k move · tab next · ? help',
  left: 'enter claim and open · j k move · tab next · ? help',
  chat: 'enter send · pgup/pgdn history · ctrl-t transfer · ctrl-x close · esc back',
};

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length - 1));
}

/** The agent's screen: offers, my conversations and the queue on the left, the open chat on the right. */
export function AgentConsole({ state, actions, onQuit, onDashboard, columns, rows }: AgentConsoleProps) {
  const [pane, setPaneState] = useState<Pane>('mine');
  // Keys read in one go (a paste, keys bunched up on a slow link) are all handled before the next render:
  // each must act on the pane the key before it chose, as with the draft below.
  const paneRef = useRef<Pane>('mine');
  const setPane = (next: Pane) => {
    paneRef.current = next;
    setPaneState(next);
  };
  const [cursors, setCursors] = useState({ offers: 0, mine: 0, queue: 0, left: 0 });
  const [modal, setModal] = useState<Modal>();
  const [draft, setDraftState] = useState('');
  // Keys can come faster than renders (a paste, a fast typist): each handler must see the previous one's draft.
  const draftRef = useRef('');
  const setDraft = (value: string) => {
    draftRef.current = value;
    setDraftState(value);
  };
  const [scrollBack, setScrollBack] = useState(0);

  const offered = offers(state);
  const mine = myConversations(state);
  const queue = state.queue.entries;
  const followUps = state.followUps.entries;
  const open = selectedView(state);
  const openId = open?.snapshot.id ?? undefined;
  const leftWidth = Math.min(34, Math.floor(columns * 0.4));
  const chatWidth = Math.max(20, columns - leftWidth - 3);
  const bodyHeight = Math.max(8, rows - 2);
  const chatRoom = Math.max(1, bodyHeight - 4);
  const at = { offers: clamp(cursors.offers, offered.length), mine: clamp(cursors.mine, mine.length), queue: clamp(cursors.queue, queue.length), left: clamp(cursors.left, followUps.length) };
  const offerHeight = Math.min(3, Math.max(1, offered.length));
  const listRows = Math.max(3, bodyHeight - offerHeight - 5);
  const mineHeight = Math.ceil(listRows * 0.5);
  const queueHeight = Math.max(1, Math.ceil((listRows - mineHeight) / 2));
  const leftHeight = Math.max(1, listRows - mineHeight - queueHeight);

  const openChat = (conversationId: string | undefined) => {
    if (!conversationId) return;
    if (conversationId !== openId) {
      setDraft('');
      setScrollBack(0);
    }
    actions.open(conversationId);
    setPane('chat');
  };
  /** The conversation a key acts on: the row under the cursor in a list, else the open one. */
  const target = (): string | undefined => {
    if (paneRef.current === 'offers') return offered[at.offers]?.snapshot.id ?? undefined;
    if (paneRef.current === 'mine') return mine[at.mine]?.snapshot.id ?? undefined;
    return openId;
  };
  const move = (delta: number) => {
    const list = paneRef.current;
    if (list === 'chat') return;
    setCursors((c) => ({ ...c, [list]: c[list] + delta < 0 ? 0 : c[list] + delta }));
  };
  const scroll = (delta: number) => {
    if (!open) return;
    const total = chatLines(open, state.me, chatWidth).length;
    const next = Math.max(0, Math.min(scrollBack + delta, Math.max(0, total - chatRoom)));
    setScrollBack(next);
    // At the top of what is held: fetch the page before it.
    if (delta > 0 && next >= total - chatRoom && openId) actions.older(openId);
  };

  const chatKey = (input: string, key: Key) => {
    const closed = open?.snapshot.state === ConversationState.CONVERSATION_STATE_CLOSED;
    if (key.escape) {
      // Leaving the chat ends "typing…" on the visitor's side; the draft stays for when the agent comes back.
      if (openId && draftRef.current !== '') actions.typing(openId, false);
      return setPane('mine');
    }
    if (key.pageUp || (key.ctrl && input === 'u')) return scroll(Math.ceil(chatRoom / 2));
    if (key.pageDown || (key.ctrl && input === 'd')) return scroll(-Math.ceil(chatRoom / 2));
    if (key.ctrl && input === 't') return openId && setModal('transfer');
    if (key.ctrl && input === 'x') return openId && setModal('close');
    if (key.ctrl && input === 'a') return openId && actions.accept(openId);
    if (!openId || closed) return;
    const draft = draftRef.current;
    if (key.return) {
      if (draft.trim() === '') return;
      actions.send(openId, draft);
      setDraft('');
      setScrollBack(0);
      return;
    }
    if (key.backspace || key.delete) {
      const next = draft.slice(0, -1);
      setDraft(next);
      if (next === '') actions.typing(openId, false);
      return;
    }
    if (key.ctrl || key.meta || input === '' || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
    // A paste comes as one chunk: each line in it is sent as enter would send it.
    const { lines, rest } = splitLines(input);
    let line = draft;
    for (const text of lines) {
      if ((line + text).trim() !== '') actions.send(openId, line + text);
      line = '';
    }
    setDraft(line + rest);
    if (lines.length > 0) setScrollBack(0);
    if (line + rest !== '') actions.typing(openId, true);
  };

  const listKey = (input: string, key: Key) => {
    if (input === 'q') return onQuit();
    if (input === 'd' && onDashboard) return onDashboard();
    if (input === '?') return setModal('help');
    if (input === 's') return actions.togglePresence();
    if (input === 'j' || key.downArrow) return move(1);
    if (input === 'k' || key.upArrow) return move(-1);
    if (key.escape) return;
    const id = target();
    if (paneRef.current === 'queue') {
      const queued = queue[at.queue]?.conversation?.id;
      if (key.return && queued) actions.claim(queued);
      return;
    }
    if (paneRef.current === 'left') {
      // Nobody is waiting on the other side: taking it is the point, so the chat opens with it.
      const left = followUps[at.left]?.conversation?.id;
      if (key.return && left) {
        actions.claim(left);
        openChat(left);
      }
      return;
    }
    // a takes the offer under the offers' cursor from any list: an offer runs out while the agent looks elsewhere.
    const offer = paneRef.current === 'offers' ? id : offered[at.offers]?.snapshot.id;
    if (((key.return && paneRef.current === 'offers') || input === 'a') && offer) {
      actions.accept(offer);
      return openChat(offer);
    }
    if (key.return) return openChat(id);
    if (input === 't' && id) {
      actions.open(id);
      return setModal('transfer');
    }
    if (input === 'x' && id) {
      actions.open(id);
      return setModal('close');
    }
  };

  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onQuit();
    // A notice stays until the next key, which then does what it always does.
    if (state.notice) actions.dismiss();
    if (modal === 'help') return setModal(undefined);
    if (modal === 'transfer') return key.escape ? setModal(undefined) : undefined;
    if (modal === 'close') {
      if (input === 'y' && openId) actions.close(openId);
      return setModal(undefined);
    }
    if (key.tab) {
      // Left messages are rare: an empty list costs nobody a key press.
      const panes = followUps.length > 0 ? PANES : PANES.filter((p) => p !== 'left');
      const step = key.shift ? panes.length - 1 : 1;
      return setPane(panes[(panes.indexOf(paneRef.current) + step) % panes.length]!);
    }
    return paneRef.current === 'chat' ? chatKey(input, key) : listKey(input, key);
  });

  let right;
  if (modal === 'transfer' && open) {
    right = (
      <TransferForm
        visitor={nameOf(open.snapshot.visitor)}
        onSubmit={(to, note) => {
          actions.transfer(openId!, to, note);
          setModal(undefined);
        }}
      />
    );
  } else if (modal === 'close' && open) {
    right = (
      <Box borderStyle="round" paddingX={1}>
        <Text>Close the conversation with {nameOf(open.snapshot.visitor)}? y closes, any other key keeps it</Text>
      </Box>
    );
  } else if (pane === 'left' && followUps[at.left]) {
    right = <FollowUpPreview entry={followUps[at.left]!} leftAgoMs={leftAgoMs(followUps[at.left]!, state)} />;
  } else {
    right = <ChatView view={open} me={state.me} offerLeftMs={open ? offerLeftMs(open, state) : 0} width={chatWidth} height={bodyHeight} scrollBack={scrollBack} draft={draft} focused={pane === 'chat'} />;
  }

  const notice = state.notice;
  return (
    <Box flexDirection="column">
      <Box height={bodyHeight}>
        {modal === 'help' ? (
          <HelpOverlay />
        ) : (
          <>
            <Box flexDirection="column" width={leftWidth} flexShrink={0} marginRight={1}>
              <OfferList views={offered} leftMs={(v) => offerLeftMs(v, state)} cursor={at.offers} focused={pane === 'offers'} width={leftWidth} height={offerHeight} />
              <ConversationList views={mine} me={state.me} now={state.now} cursor={at.mine} focused={pane === 'mine'} width={leftWidth} height={mineHeight} />
              <QueueList entries={queue} total={state.queue.total} waitedMs={(e) => queueWaitMs(e, state)} cursor={at.queue} focused={pane === 'queue'} width={leftWidth} height={queueHeight} />
              <FollowUpList entries={followUps} total={state.followUps.total} leftAgoMs={(e) => leftAgoMs(e, state)} cursor={at.left} focused={pane === 'left'} width={leftWidth} height={leftHeight} />
            </Box>
            <Box flexDirection="column" width={chatWidth} flexShrink={0}>
              {right}
            </Box>
          </>
        )}
      </Box>
      <Text wrap="truncate-end" color={notice?.level === 'error' ? 'red' : undefined} dimColor={!notice}>
        {notice ? `${notice.level === 'error' ? 'error: ' : ''}${notice.text}` : pane === 'mine' && offered.length > 0 ? `a accept the offer · ${HINTS.mine}` : HINTS[pane]}
      </Text>
    </Box>
  );
}
