import {
  ConversationState,
  ParticipantKind,
  ReceiptKind,
  type ClientState,
  type ConversationSnapshot,
  type DashboardModel,
  type FollowUp,
  type HistoryPage,
  type Participant,
  type QueuedConversation,
  type ReceiptEvent,
  type TypingEvent,
  type Welcome,
} from '../client/index.js';
import { dashboardFrom, type DashboardView } from './dashboard-state.js';

/** A stored entry (a text message or a system event), as a message event or a history page brings it. */
export type Entry = NonNullable<HistoryPage['messages']>[number];

/**
 * Everything the terminal console shows, in one value: the views read it, the client's push stream (and the
 * console's own requests) change it through tuiReducer. Plain data, so a frame can be rendered from any state.
 */
export interface TuiState {
  /** 'signed-out' until a token is in hand; then the SDK's connection state. */
  connection: ClientState | 'signed-out';
  me: Participant | undefined;
  presence: 'online' | 'away';
  conversations: Record<string, ConversationView>;
  queue: { entries: readonly QueuedConversation[]; total: number };
  /** Messages visitors left while nobody could take them: the first page of the follow-up list. */
  followUps: { entries: readonly FollowUp[]; total: number };
  selected: string | undefined;
  notice: Notice | undefined;
  /** The local clock as of the last tick, in ms; what waits and countdowns are measured against. */
  now: number;
  /** The server's clock minus ours (Welcome.server_time_ms), for offer countdowns. */
  serverSkewMs: number;
  /** Admins: the dashboard stream's picture of the server; undefined until its first snapshot. */
  dashboard: DashboardView | undefined;
}

export interface Notice {
  level: 'error' | 'info';
  text: string;
  /** An admin's hand-over refused because the agent is full: what `o` sends again with override_capacity. */
  override?: { conversationId: string; target: string; note: string };
}

export interface ConversationView {
  snapshot: ConversationSnapshot;
  /** The entries held, in seq order, each seq once. */
  messages: Entry[];
  /** Whether entries older than messages[0] exist; undefined until the first history page is in. */
  hasOlder: boolean | undefined;
  loadingOlder: boolean;
  /** The highest seq this agent has read. */
  readSeq: number;
  /** The visitor's receipts. */
  visitorDelivered: number;
  visitorRead: number;
  visitorTyping: boolean;
  /** When the visitor's last typing=true came (the console's clock); a stale one is hidden on the next tick. */
  visitorTypingAt: number;
  /** My sends not acknowledged yet, in order. */
  pending: PendingSend[];
}

export interface PendingSend {
  clientMessageId: string;
  text: string;
}

export type TuiEvent =
  | { type: 'signed-in' }
  | { type: 'connection'; state: ClientState }
  | { type: 'welcome'; welcome: Welcome; localNow: number }
  | { type: 'conversation'; snapshot: ConversationSnapshot }
  | { type: 'message'; message: Entry }
  | { type: 'sending'; conversationId: string; send: PendingSend }
  | { type: 'send-failed'; conversationId: string; clientMessageId: string }
  | { type: 'history-loading'; conversationId: string }
  | { type: 'history'; page: HistoryPage }
  | { type: 'history-failed'; conversationId: string }
  | { type: 'rewind'; conversationId: string; toSeq: number }
  | { type: 'receipt'; receipt: ReceiptEvent }
  | { type: 'typing'; typing: TypingEvent }
  | { type: 'queue'; entries: readonly QueuedConversation[]; total: number }
  | { type: 'follow-ups'; entries: readonly FollowUp[]; total: number }
  | { type: 'presence'; status: 'online' | 'away' }
  | { type: 'select'; conversationId: string | undefined }
  | { type: 'read'; conversationId: string; seq: number }
  | { type: 'notice'; notice: Notice | undefined }
  | { type: 'tick'; now: number }
  | { type: 'dashboard'; model: DashboardModel; localNow: number };

export function initialState(now: number): TuiState {
  return {
    connection: 'signed-out',
    me: undefined,
    presence: 'online',
    conversations: {},
    queue: { entries: [], total: 0 },
    followUps: { entries: [], total: 0 },
    selected: undefined,
    notice: undefined,
    now,
    serverSkewMs: 0,
    dashboard: undefined,
  };
}

function emptyView(snapshot: ConversationSnapshot): ConversationView {
  return { snapshot, messages: [], hasOlder: undefined, loadingOlder: false, readSeq: 0, visitorDelivered: 0, visitorRead: 0, visitorTyping: false, visitorTypingAt: 0, pending: [] };
}

/** Puts entries into a seq-ordered list, each seq once (a live message and a history page may overlap). */
export function mergeMessages(held: readonly Entry[], incoming: readonly Entry[]): Entry[] {
  const bySeq = new Map<number, Entry>();
  for (const m of held) bySeq.set(Number(m.seq ?? 0), m);
  for (const m of incoming) bySeq.set(Number(m.seq ?? 0), m);
  return [...bySeq.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

function samePerson(a: Participant | null | undefined, b: Participant | null | undefined): boolean {
  return Boolean(a && b && a.kind === b.kind && a.id === b.id);
}

/** A snapshot's watermarks say how far this agent has read and how far the visitor has received and read. */
function withSnapshot(view: ConversationView, snapshot: ConversationSnapshot, me: Participant | undefined): ConversationView {
  let { readSeq, visitorDelivered, visitorRead } = view;
  for (const mark of snapshot.watermarks ?? []) {
    if (samePerson(mark.participant, me)) readSeq = Math.max(readSeq, Number(mark.readSeq ?? 0));
    if (mark.participant?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR) {
      visitorDelivered = Math.max(visitorDelivered, Number(mark.deliveredSeq ?? 0));
      visitorRead = Math.max(visitorRead, Number(mark.readSeq ?? 0));
    }
  }
  // Queue entries carry no context and no watermarks: keep what the conversation itself told.
  const context = Object.keys(snapshot.context ?? {}).length > 0 ? snapshot.context : view.snapshot.context;
  const closed = snapshot.state === ConversationState.CONVERSATION_STATE_CLOSED;
  return { ...view, snapshot: { ...snapshot, context }, readSeq, visitorDelivered, visitorRead, visitorTyping: closed ? false : view.visitorTyping };
}

/**
 * A visitor typing repeats typing=true about every second (limits.typing_interval_ms); one that stopped
 * without a typing=false (the tab closed, the connection dropped) goes quiet instead. Past a few intervals
 * of silence the indicator goes, as docs/protocol.md asks of receivers.
 */
export const TYPING_STALE_MS = 5000;

function withoutStaleTyping(conversations: TuiState['conversations'], now: number): TuiState['conversations'] {
  const stale = Object.entries(conversations).filter(([, v]) => v.visitorTyping && now - v.visitorTypingAt > TYPING_STALE_MS);
  if (stale.length === 0) return conversations;
  const next = { ...conversations };
  for (const [id, v] of stale) next[id] = { ...v, visitorTyping: false };
  return next;
}

function update(state: TuiState, id: string, change: (view: ConversationView) => ConversationView): TuiState {
  const view = state.conversations[id] ?? emptyView({ id });
  return { ...state, conversations: { ...state.conversations, [id]: change(view) } };
}

export function tuiReducer(state: TuiState, event: TuiEvent): TuiState {
  switch (event.type) {
    case 'signed-in':
      return { ...state, connection: 'connecting' };
    case 'connection':
      return { ...state, connection: event.state };
    case 'welcome': {
      const me = event.welcome.you ?? undefined;
      let next: TuiState = { ...state, me, serverSkewMs: Number(event.welcome.serverTimeMs ?? 0) > 0 ? Number(event.welcome.serverTimeMs) - event.localNow : 0 };
      for (const snapshot of event.welcome.conversations ?? []) next = update(next, snapshot.id ?? '', (v) => withSnapshot(v, snapshot, me));
      return next;
    }
    case 'conversation': {
      const snapshot = event.snapshot;
      return update(state, snapshot.id ?? '', (v) => withSnapshot(v, snapshot, state.me));
    }
    case 'message': {
      const m = event.message;
      const fromVisitor = m.sender?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR && m.text != null;
      return update(state, m.conversationId ?? '', (v) => ({
        ...v,
        messages: mergeMessages(v.messages, [m]),
        pending: v.pending.filter((p) => p.clientMessageId !== m.clientMessageId),
        // A message ends the sender's typing, and arrives after what they typed.
        visitorTyping: fromVisitor ? false : v.visitorTyping,
      }));
    }
    case 'sending':
      return update(state, event.conversationId, (v) => ({ ...v, pending: [...v.pending, event.send] }));
    case 'send-failed':
      return update(state, event.conversationId, (v) => ({ ...v, pending: v.pending.filter((p) => p.clientMessageId !== event.clientMessageId) }));
    case 'history-loading':
      return update(state, event.conversationId, (v) => ({ ...v, loadingOlder: true }));
    case 'history-failed':
      return update(state, event.conversationId, (v) => ({ ...v, loadingOlder: false }));
    case 'history': {
      const page = event.page;
      return update(state, page.conversationId ?? '', (v) => {
        const messages = mergeMessages(v.messages, page.messages ?? []);
        // Whether older entries exist is what the oldest page said.
        const oldestIsNew = (page.messages ?? []).length > 0 && Number(messages[0]?.seq) === Number(page.messages?.[0]?.seq);
        return { ...v, messages, loadingOlder: false, hasOlder: oldestIsNew || v.hasOlder === undefined ? Boolean(page.hasMore) : v.hasOlder };
      });
    }
    case 'rewind':
      return update(state, event.conversationId, (v) => ({
        ...v,
        messages: v.messages.filter((m) => Number(m.seq) <= event.toSeq),
        readSeq: Math.min(v.readSeq, event.toSeq),
        visitorDelivered: Math.min(v.visitorDelivered, event.toSeq),
        visitorRead: Math.min(v.visitorRead, event.toSeq),
      }));
    case 'receipt': {
      const r = event.receipt;
      const seq = Number(r.seq ?? 0);
      const read = r.kind === ReceiptKind.RECEIPT_KIND_READ;
      if (samePerson(r.participant, state.me)) {
        return read ? update(state, r.conversationId ?? '', (v) => ({ ...v, readSeq: Math.max(v.readSeq, seq) })) : state;
      }
      if (r.participant?.kind !== ParticipantKind.PARTICIPANT_KIND_VISITOR) return state;
      return update(state, r.conversationId ?? '', (v) => ({
        ...v,
        // Read implies delivered.
        visitorDelivered: Math.max(v.visitorDelivered, seq),
        visitorRead: read ? Math.max(v.visitorRead, seq) : v.visitorRead,
      }));
    }
    case 'typing': {
      const t = event.typing;
      if (t.participant?.kind !== ParticipantKind.PARTICIPANT_KIND_VISITOR) return state;
      return update(state, t.conversationId ?? '', (v) => ({ ...v, visitorTyping: Boolean(t.typing), visitorTypingAt: state.now }));
    }
    case 'queue':
      return { ...state, queue: { entries: event.entries, total: event.total } };
    case 'follow-ups':
      return { ...state, followUps: { entries: event.entries, total: event.total } };
    case 'presence':
      return { ...state, presence: event.status };
    case 'select':
      return { ...state, selected: event.conversationId };
    case 'read':
      return update(state, event.conversationId, (v) => ({ ...v, readSeq: Math.max(v.readSeq, event.seq) }));
    case 'notice':
      return { ...state, notice: event.notice };
    case 'dashboard':
      return { ...state, dashboard: dashboardFrom(state.dashboard, event.model, event.localNow) };
    case 'tick':
      return { ...state, now: event.now, conversations: withoutStaleTyping(state.conversations, event.now) };
  }
}
