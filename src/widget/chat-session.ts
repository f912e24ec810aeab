import {
  ConversationState,
  Emitter,
  ParticipantKind,
  ReceiptKind,
  SystemEventKind,
  WukfClient,
  type ClientState,
  type WukfClientError,
  type ConversationSnapshot,
  type HistoryPage,
} from '../client/index.js';
import { randomId } from '../client/runtime.js';
import type { WidgetConfig } from './config.js';
import { ConversationLog, type ChatEntry } from './conversation-log.js';
import { SavedStateStore } from './saved-state.js';
import type { Strings } from './strings.js';
import { nameOf, systemLine, wellFormed } from './system-lines.js';
import { TokenRefused, VisitorToken } from './visitor-token.js';

export type Phase = 'none' | 'queued' | 'active' | 'closed';

export interface QueueInfo {
  position: number;
  waitS: number;
  /** Nobody could take the conversation now: offer the leave-a-message form. */
  nobodyAvailable: boolean;
}

/** A text message as window.wukf.on('message') hands it to the page. */
export interface PublicMessage {
  conversationId: string;
  seq: number;
  text: string;
  mine: boolean;
  sender: string;
}

export interface SessionEvents {
  /** An entry to show, new or changed. */
  entry: ChatEntry;
  /** Everything shown so far belongs to another conversation now. */
  reset: void;
  message: PublicMessage;
  typing: string | undefined;
  queue: QueueInfo | undefined;
  phase: Phase;
  connection: ClientState;
  unread: number;
  /** Whether older history can be paged in. */
  more: boolean;
  /** The server refused this visitor a token (see TokenRefused): the session has stopped. */
  refused: string;
}

const CUT = 500;

/** A stored entry, live or from a history page (whose fields the decoder leaves optional). */
type Stored = HistoryPage['messages'][number];

/**
 * One visitor's chat with wukf through the SDK: the token, the conversation (opened with the first message),
 * what the server says about it, and the log on screen. The SDK reconnects, resumes and resends; this keeps
 * what a reload needs in localStorage.
 */
export class ChatSession extends Emitter<SessionEvents> {
  readonly log = new ConversationLog((entry) => this.emit('entry', entry));
  private readonly client: WukfClient;
  private readonly token: VisitorToken;
  private phase: Phase = 'none';
  private opening: Promise<string> | undefined;
  private historyLoaded = false;
  private agentName = '';
  /** The server refused a token: nothing can be sent any more (a closed SDK client would hold it for a reconnect). */
  private refused = false;

  constructor(
    private readonly config: WidgetConfig,
    private readonly strings: Strings,
  ) {
    super();
    this.token = new VisitorToken(config.server, config.identity, new SavedStateStore(config.server), () => this.forget());
    const { conversationId, lastSeq, readSeq } = this.token.state;
    this.log.seenUpTo(readSeq ?? 0);
    this.client = new WukfClient({
      url: `${config.server.replace(/^http/, 'ws')}/ws`,
      // A refusal ends the session instead of retrying for ever behind "reconnecting".
      token: () =>
        this.token.get().catch((err: unknown) => {
          if (err instanceof TokenRefused) {
            this.refused = true;
            this.emit('refused', err.message);
            void this.client.close();
          }
          throw err;
        }),
      cursors: conversationId ? { [conversationId]: lastSeq ?? 0 } : undefined,
      clientName: 'wukf-widget',
    });
    const c = this.client;
    c.on('state', (state) => this.emit('connection', state));
    c.on('disconnect', (info) => info.code === 4401 && this.token.refused());
    c.on('welcome', (welcome) => {
      const open = welcome.conversations;
      const mine = open.find((s) => s.id === this.conversationId) ?? (this.conversationId ? undefined : open[open.length - 1]);
      if (mine) this.adopt(mine);
      else if (this.conversationId) this.setPhase('closed');
    });
    c.on('ready', () => void this.firstHistory());
    c.on('message', (m) => this.onMessage(m, true));
    c.on('conversation', (s) => s.id === this.conversationId && this.adopt(s));
    c.on('receipt', (r) => {
      if (r.conversationId !== this.conversationId) return;
      if (r.participant?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR) return this.seen(r.seq);
      const read = r.kind === ReceiptKind.RECEIPT_KIND_READ;
      this.log.receipts(read ? 0 : r.seq, read ? r.seq : 0);
    });
    c.on('typing', (t) => {
      if (t.conversationId !== this.conversationId || t.participant?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR) return;
      this.emit('typing', t.typing ? nameOf(t.participant, this.strings.agent) : undefined);
    });
    c.on('queue', (q) => {
      if (q.conversationId !== this.conversationId || this.phase !== 'queued') return;
      this.emit('queue', { position: q.position, waitS: q.estimatedWaitS, nobodyAvailable: q.nobodyAvailable });
    });
    c.on('rewind', () => this.reload());
  }

  get conversationId(): string | undefined {
    return this.token.state.conversationId;
  }

  get agent(): string {
    return this.agentName;
  }

  /** Connects (once); the SDK keeps the connection up from then on. */
  start(): void {
    this.client.connect().catch(() => this.emit('connection', 'closed'));
  }

  stop(): Promise<void> {
    return this.client.close();
  }

  /** Sends a message, opening a conversation first when there is none (or the last one was closed). */
  async send(text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) return;
    if (this.phase === 'closed' && this.log.size > 0) this.forget();
    const clientMessageId = randomId();
    const key = `m:${clientMessageId}`;
    this.log.put({ key, seq: 0, mine: true, system: false, text: trimmed, sender: this.strings.you, at: Date.now() });
    if (this.refused) return this.log.failed(key);
    try {
      const conversationId = await this.ensureConversation();
      const ack = await this.client.send(conversationId, wellFormed(trimmed), { clientMessageId });
      this.log.acked(key, ack.seq);
      this.emit('message', { conversationId, seq: ack.seq, text: trimmed, mine: true, sender: this.strings.you });
    } catch {
      this.log.failed(key);
    }
  }

  /** The visitor is (or stopped) typing; the SDK throttles. */
  typing(on: boolean): void {
    if (this.conversationId && this.phase !== 'closed' && this.phase !== 'none') this.client.typing(this.conversationId, on);
  }

  /** The visitor has seen everything shown: a read receipt up to the last seq. */
  markRead(): void {
    const id = this.conversationId;
    const last = this.log.lastSeq();
    if (!id || last === 0) return;
    this.client.markRead(id, last);
    if (last > (this.token.state.readSeq ?? 0)) this.token.save({ readSeq: last });
    this.seen(last);
  }

  /** Pages in the history before the oldest entry shown. */
  async loadOlder(): Promise<void> {
    const id = this.conversationId;
    if (!id) return;
    const page = await this.client.history(id, { beforeSeq: this.log.firstSeq(), limit: 50 });
    for (const m of page.messages) this.onMessage(m, false);
    this.emit('more', page.hasMore);
  }

  private ensureConversation(): Promise<string> {
    if (this.conversationId && this.phase !== 'closed') return Promise.resolve(this.conversationId);
    const cut = (s: string) => s.slice(0, CUT);
    const context: Record<string, string> = { page: cut(location.href), title: cut(document.title), widget_language: this.config.language };
    if (document.referrer) context.referrer = cut(document.referrer);
    this.opening ??= this.client
      .openConversation({ language: this.config.language, skills: this.config.skills, group: this.config.group, continueLatest: true, context })
      .then((snapshot) => {
        this.adopt(snapshot);
        this.historyLoaded = true;
        return snapshot.id ?? '';
      })
      .finally(() => (this.opening = undefined));
    return this.opening;
  }

  private adopt(snapshot: ConversationSnapshot): void {
    if (snapshot.id && snapshot.id !== this.conversationId) this.token.save({ conversationId: snapshot.id, lastSeq: 0, readSeq: 0 });
    if (snapshot.agent) this.agentName = nameOf(snapshot.agent, this.strings.agent);
    for (const w of snapshot.watermarks ?? []) {
      if (w.participant?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR) this.seen(w.readSeq ?? 0);
      else this.log.receipts(w.deliveredSeq ?? 0, w.readSeq ?? 0);
    }
    const { CONVERSATION_STATE_QUEUED: queued, CONVERSATION_STATE_ACTIVE: active } = ConversationState;
    this.setPhase(snapshot.state === queued ? 'queued' : snapshot.state === active ? 'active' : 'closed');
  }

  private setPhase(phase: Phase): void {
    if (phase !== 'queued') this.emit('queue', undefined);
    if (phase === this.phase) return;
    this.phase = phase;
    this.emit('phase', phase);
  }

  /** After a (re)load the screen is empty: the latest page of the conversation the page had open. */
  private async firstHistory(): Promise<void> {
    const id = this.conversationId;
    if (this.historyLoaded || !id) return;
    this.historyLoaded = true;
    try {
      const page = await this.client.history(id, { limit: 50 });
      for (const m of page.messages) this.onMessage(m, false);
      this.emit('more', page.hasMore);
      this.emitUnread();
    } catch (err) {
      // Not readable any more (another visitor's token, a purged conversation): start afresh. A lost
      // connection instead tries again on the next ready.
      if ((err as WukfClientError).code === 'WUKF_E_CONVERSATION_NOT_FOUND') this.forget();
      else this.historyLoaded = false;
    }
  }

  private onMessage(m: Stored, live: boolean): void {
    const conversationId = m.conversationId ?? '';
    const seq = m.seq ?? 0;
    if (conversationId !== this.conversationId || seq === 0) return;
    if (live && seq > (this.token.state.lastSeq ?? 0)) this.token.save({ lastSeq: seq });
    const sender = m.sender;
    const at = m.createdAtMs ?? 0;
    if (m.system) {
      const text = systemLine(m.system, this.strings);
      const kind = m.system.kind;
      if ((kind === SystemEventKind.KIND_JOINED || kind === SystemEventKind.KIND_TRANSFERRED) && m.system.subject?.kind !== ParticipantKind.PARTICIPANT_KIND_VISITOR) {
        this.agentName = nameOf(m.system.subject, this.strings.agent);
      }
      if (text) this.log.put({ key: `s:${seq}`, seq, mine: false, system: true, text, sender: '', at });
      return;
    }
    const mine = sender?.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR;
    const name = mine ? this.strings.you : nameOf(sender, this.strings.agent);
    const key = mine ? `m:${m.clientMessageId}` : `s:${seq}`;
    const text = m.text ?? '';
    const fresh = this.log.put({ key, seq, mine, system: false, text, sender: name, at });
    if (!mine) this.emit('typing', undefined);
    if (fresh && live) this.emit('message', { conversationId, seq, text, mine, sender: name });
    this.emitUnread();
  }

  private seen(seq: number): void {
    this.log.seenUpTo(seq);
    this.emitUnread();
  }

  private emitUnread(): void {
    this.emit('unread', this.log.unread());
  }

  /** Drops the conversation shown: closed and replaced by a new one, or not this visitor's any more. */
  private forget(): void {
    this.token.save({ conversationId: undefined, lastSeq: undefined, readSeq: undefined });
    this.log.clear();
    this.agentName = '';
    this.phase = 'none';
    this.emit('reset');
    this.emit('phase', 'none');
    this.emitUnread();
  }

  private reload(): void {
    const id = this.conversationId;
    this.log.clear();
    this.emit('reset');
    this.historyLoaded = false;
    if (id) void this.firstHistory();
  }
}
