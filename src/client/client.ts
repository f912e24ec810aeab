import {
  ConversationState,
  encodeEnvelope,
  ParticipantKind,
  ReceiptKind,
  type ConversationSnapshot,
  type Envelope,
  type EnvelopeInit,
  type ErrorFrame,
} from '../proto/index.js';
import { Cursors } from './cursors.js';
import { WukfClientError } from './errors.js';
import { Link } from './link.js';
import { Dispatcher } from './dispatcher.js';
import { QueueView } from './queue-view.js';
import { Receipts } from './receipts.js';
import { UnreadCounts } from './unread.js';
import { StaffRequests } from './staff-requests.js';
import { randomId, resolveWebSocket } from './runtime.js';
import type { ClientState, HistoryOptions, HistoryPage, MessageAck, MessageEvent, OpenConversationOptions, SendOptions, UnackedMessage, Welcome, WukfClientEvents, WukfClientOptions } from './types.js';

/**
 * A wukf connection that keeps itself up: it reconnects with backoff, resumes every conversation from the
 * last seq it passed on, and writes unacknowledged sends again with their original ids, so that nothing
 * acknowledged is lost and nothing is stored twice. Register listeners before connect(): replayed messages
 * are emitted as soon as the Welcome is in.
 */
export class WukfClient extends StaffRequests {
  private readonly link: Link;
  private readonly autoDelivered: boolean;
  private readonly clientName: string;
  protected readonly dispatcher: Dispatcher;
  private readonly cursors: Cursors;
  private readonly receipts: Receipts;
  private readonly unread = new UnreadCounts(this, (event) => this.emit('unread', event));
  /** Agents and admins: the queue as far as paged, kept from the server's pages and deltas. */
  readonly queue = new QueueView();
  private readonly watched = new Set<string>();
  private readonly typingSentAt = new Map<string, number>();
  private readonly probes = new Set<number>();
  private welcomed: Welcome | undefined;
  private waiters: { resolve: (w: Welcome) => void; reject: (e: Error) => void }[] = [];
  private helloRef = 0;

  constructor(options: WukfClientOptions) {
    super();
    this.autoDelivered = options.autoDelivered ?? true;
    this.clientName = options.clientName ?? 'wukf-client';
    this.dispatcher = new Dispatcher(options.window ?? 256, (env) => this.writeNow(env));
    this.cursors = new Cursors(options.cursors);
    this.receipts = new Receipts({ now: Date.now, write: (conversationId, kind, seq) => this.dispatcher.fire('receipt', { markReceipt: { conversationId, kind, seq } }) });
    const link = {
      url: options.url,
      token: options.token,
      WebSocket: resolveWebSocket(options.WebSocket),
      reconnect: options.reconnect,
      maxAuthFailures: options.maxAuthFailures ?? 3,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    };
    this.link = new Link(link, {
      opened: () => {
        this.helloRef = this.dispatcher.nextRef();
        this.writeNow({ ref: this.helloRef, hello: { client: this.clientName, cursors: this.cursors.hello() } });
      },
      frame: (env) => this.receive(env),
      probe: () => {
        // An Envelope without a body is answered with an Error frame carrying its ref (docs/protocol.md),
        // the cheapest answer there is; the connection stays open.
        const ref = this.dispatcher.nextRef();
        this.probes.add(ref);
        this.writeNow({ ref });
      },
      lost: () => {
        this.probes.clear();
        this.typingSentAt.clear();
        this.dispatcher.lost();
      },
      disconnect: (info) => this.emit('disconnect', info),
      state: (state) => this.emit('state', state),
      gaveUp: (err) => {
        this.dispatcher.stop();
        this.failWaiters(err);
        this.emit('error', err);
      },
      error: (err) => this.emit('error', err),
    });
  }

  get state(): ClientState {
    return this.link.state;
  }

  /** The Welcome of the current (or last) connection: who you are, the limits, your open conversations. */
  get welcome(): Welcome | undefined {
    return this.welcomed;
  }

  /** The highest seq passed on as a message event in the conversation (0: none yet). */
  lastSeq(conversationId: string): number {
    return this.cursors.lastSeq(conversationId);
  }

  /** Every conversation's lastSeq, to keep (e.g. in localStorage) and pass back as options.cursors. */
  cursorsSnapshot(): Record<string, number> {
    return this.cursors.toRecord();
  }

  /** Unread messages from others in a conversation, or in all of them (an app's badge); see the `unread` event. */
  unreadCount(conversationId?: string): number {
    return this.unread.count(conversationId);
  }

  /** Sends not acknowledged yet, in order. They stay queued across close() and go out on the next connect(). */
  unacked(): UnackedMessage[] {
    return this.dispatcher.unacked();
  }

  /** Connects (or waits for the current connection) and resolves with the Welcome. Rejects if the client gives up or is closed. */
  connect(): Promise<Welcome> {
    if (this.dispatcher.connected && this.welcomed) return Promise.resolve(this.welcomed);
    const welcome = new Promise<Welcome>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.link.start();
    return welcome;
  }

  /** Stops reconnecting and closes with 1000. Pending requests fail with WUKF_E_DISCONNECTED; the outbox is kept. */
  close(): Promise<void> {
    const closed = this.link.stop();
    this.receipts.stop();
    this.dispatcher.stop();
    this.failWaiters(new WukfClientError('WUKF_E_DISCONNECTED', 'the client was closed'));
    return closed;
  }

  // --- requests ----------------------------------------------------------------------------------------------

  /** Resolves with the ack once the message is committed (duplicate: true if the server had it already). */
  send(conversationId: string, text: string, options: SendOptions = {}): Promise<MessageAck> {
    return this.dispatcher.send({ conversationId, clientMessageId: options.clientMessageId ?? randomId(), text });
  }

  /**
   * Visitors: opens a conversation, or continues one. Resolves with the new conversation, QUEUED; routing then
   * decides at once, and what it decided comes as events: a `conversation` event with the agent (and a
   * JOINED message), or a `queue` event with the place in the group's queue (`nobodyAvailable` true: nobody
   * can take it now, messages sent are kept for whoever does). An unknown `group` is WUKF_E_GROUP_NOT_FOUND.
   */
  openConversation(options: OpenConversationOptions = {}): Promise<ConversationSnapshot> {
    return this.dispatcher.request('openConversation', { openConversation: options }, 'conversation');
  }

  closeConversation(conversationId: string, reason?: string): Promise<ConversationSnapshot> {
    return this.dispatcher.request('closeConversation', { closeConversation: { conversationId, reason } }, 'conversation');
  }

  /** A page of stored messages, oldest first, before beforeSeq (default: the latest). */
  history(conversationId: string, options: HistoryOptions = {}): Promise<HistoryPage> {
    return this.dispatcher.request('history', { historyRequest: { conversationId, beforeSeq: options.beforeSeq, limit: options.limit } }, 'historyPage');
  }

  /** Admins: observe a conversation (kept across reconnects), or stop. */
  watch(conversationId: string, on = true): Promise<ConversationSnapshot> {
    if (on) this.watched.add(conversationId);
    else {
      this.watched.delete(conversationId);
      this.cursors.forget(conversationId);
    }
    return this.dispatcher.request('watch', { watchConversation: { conversationId, watch: on } }, 'conversation');
  }

  /** Fire and forget; dropped while disconnected, and typing=true at most once per Welcome.limits.typing_interval_ms. */
  typing(conversationId: string, isTyping: boolean): void {
    if (!this.dispatcher.connected) return;
    const now = Date.now();
    if (isTyping) {
      if (now - (this.typingSentAt.get(conversationId) ?? -Infinity) < (this.welcomed?.limits?.typingIntervalMs ?? 0)) return;
      this.typingSentAt.set(conversationId, now);
    } else if (!this.typingSentAt.delete(conversationId)) return;
    this.dispatcher.fire('typing', { typing: { conversationId, typing: isTyping } }, true);
  }

  /** Everything up to seq has been seen. Only moves forward; coalesced to one frame per 50 ms. */
  markRead(conversationId: string, seq: number): void {
    this.receipts.mark(conversationId, ReceiptKind.RECEIPT_KIND_READ, seq);
    this.unread.markRead(conversationId, seq);
  }

  /** Everything up to seq has reached this client. Only moves forward; coalesced to one frame per 50 ms. */
  markDelivered(conversationId: string, seq: number): void {
    this.receipts.mark(conversationId, ReceiptKind.RECEIPT_KIND_DELIVERED, seq);
  }

  // --- reading ---------------------------------------------------------------------------------------------

  private receive(env: Envelope): void {
    switch (env.body) {
      case 'welcome':
        return this.onWelcome(env.welcome);
      case 'replayDone':
        return this.emit('ready');
      case 'message':
        return this.onMessage(env.message);
      case 'messageAck':
        if (this.dispatcher.ack(env.messageAck, env.ref)) this.emit('ack', env.messageAck);
        return;
      case 'conversation': {
        const snapshot = env.conversation.conversation;
        if (!snapshot) return;
        this.cursors.track(snapshot);
        if (snapshot.state === ConversationState.CONVERSATION_STATE_CLOSED) this.receipts.forget(snapshot.id ?? '');
        this.dispatcher.answer(env.ref, 'conversation', snapshot);
        return this.emit('conversation', snapshot);
      }
      case 'historyPage':
        this.dispatcher.answer(env.ref, 'historyPage', env.historyPage);
        return;
      case 'receipt':
        return this.emit('receipt', env.receipt);
      case 'typingEvent':
        return this.emit('typing', env.typingEvent);
      case 'presence':
        return this.emit('presence', env.presence);
      case 'queue':
        if (this.queue.apply(env.queue)) this.emit('queueView', this.queue);
        this.dispatcher.answer(env.ref, 'queue', env.queue);
        return this.emit('queue', env.queue);
      case 'dashboard':
        if (this.dashboard.apply(env.dashboard)) this.emit('dashboard', this.dashboard);
        this.dispatcher.answer(env.ref, 'dashboard', env.dashboard);
        return;
      case 'followUpPage':
        return this.dispatcher.answer(env.ref, 'followUpPage', env.followUpPage);
      case 'followUpsChanged':
        return this.emit('followUpsChanged');
      case 'error':
        return this.onError(env.ref, env.error);
      default:
      // A frame without a body this version knows: it still showed the connection is alive.
    }
  }

  private onWelcome(welcome: Welcome): void {
    this.welcomed = welcome;
    // The first page after ReplayDone starts the view again.
    this.queue.clear();
    this.dashboard.clear();
    for (const snapshot of welcome.conversations) this.cursors.track(snapshot);
    const { gaps, rewinds } = this.cursors.resume(welcome.resume);
    // Receipts already written above the server's head would hold back the ones for the seqs it reuses.
    for (const rewind of rewinds) this.receipts.forget(rewind.conversationId);
    this.link.welcome(welcome.pingIntervalMs);
    this.emit('welcome', welcome);
    for (const waiter of this.waiters.splice(0)) waiter.resolve(welcome);
    for (const gap of gaps) this.emit('gap', gap);
    for (const rewind of rewinds) this.emit('rewind', rewind);
    this.dispatcher.welcomed(welcome.limits);
    // What the server keeps per connection is set again on each new one.
    for (const conversationId of this.watched) this.dispatcher.fire('watch', { watchConversation: { conversationId, watch: true } });
    this.restoreStaffState(welcome);
    this.receipts.resume();
  }

  private onMessage(message: MessageEvent): void {
    const conversationId = message.conversationId;
    if (!this.cursors.advance(conversationId, message.seq)) return;
    this.cursors.handOver(message);
    this.emit('message', message);
    if (!this.autoDelivered) return;
    const you = this.welcomed?.you;
    const sender = message.sender;
    if (!you || (sender?.kind === you.kind && sender?.id === you.id)) return;
    // Receipts come from the two sides only: the visitor and the assigned agent (not a watching admin).
    if (you.kind === ParticipantKind.PARTICIPANT_KIND_VISITOR || this.cursors.agentOf(conversationId) === you.id) {
      this.markDelivered(conversationId, message.seq);
    }
  }

  private onError(ref: number, frame: ErrorFrame): void {
    const err = WukfClientError.fromFrame(frame);
    if (this.probes.delete(ref)) return this.link.probed();
    // A refused Hello: this client and the server disagree on something a new connection will not change.
    if (ref !== 0 && ref === this.helloRef && !this.dispatcher.connected) return this.link.fail(err);
    if (!this.dispatcher.refused(ref, err)) this.emit('error', err);
  }

  /** Hello and probes: written at once, outside the request queue. */
  private writeNow(env: EnvelopeInit): void {
    this.link.write(encodeEnvelope(env));
  }

  private failWaiters(err: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(err);
  }
}
