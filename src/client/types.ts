import type { BodyKind, ConversationSnapshot, Envelope } from '../proto/index.js';
import type { BackoffOptions } from './backoff.js';
import type { DashboardModel } from './dashboard-model.js';
import type { WukfClientError } from './errors.js';
import type { QueueView } from './queue-view.js';
import type { WebSocketConstructor } from './runtime.js';

export type { WebSocketConstructor, WebSocketLike } from './runtime.js';

/**
 * A frame body as the client hands it over: decoded, so unset scalars read as their proto3 defaults ('' / 0 /
 * false) and are typed non-null (nested messages keep the optional shape).
 */
export type Decoded<K extends BodyKind> = Extract<Envelope, { body: K }> extends Record<K, infer Body> ? Body : never;

// What the client emits and resolves with, under the names apps use.
export type Welcome = Decoded<'welcome'>;
export type MessageEvent = Decoded<'message'>;
export type MessageAck = Decoded<'messageAck'>;
export type ReceiptEvent = Decoded<'receipt'>;
export type TypingEvent = Decoded<'typingEvent'>;
export type PresenceEvent = Decoded<'presence'>;
export type QueueEvent = Decoded<'queue'>;
export type HistoryPage = Decoded<'historyPage'>;
export type DashboardEvent = Decoded<'dashboard'>;
export type FollowUpPage = Decoded<'followUpPage'>;

/** A message that has not been acknowledged yet, as `client.unacked()` shows it. */
export interface UnackedMessage {
  conversationId: string;
  clientMessageId: string;
  text: string;
}

/** A bearer token, or a function that yields a fresh one; the function is called before every connection. */
export type TokenSource = string | (() => string | Promise<string>);

export interface WukfClientOptions {
  /** ws(s)://host:port/ws */
  url: string;
  token: TokenSource;
  /** The WebSocket constructor. Default: globalThis.WebSocket (browsers); Node passes `(await import('ws')).WebSocket`. */
  WebSocket?: WebSocketConstructor;
  /** At most this many sends written and not yet acknowledged; later ones wait in order. Default 256. */
  window?: number;
  /** Send a delivered receipt for messages from others as they arrive. Default true. */
  autoDelivered?: boolean;
  /** Reconnect delays (full jitter between minMs and an exponentially growing ceiling). */
  reconnect?: BackoffOptions;
  /** Give up after this many connections in a row refused for their token (401 / 4401). Default 3. */
  maxAuthFailures?: number;
  /** Without a Welcome within this time a connection attempt is dropped and retried, in ms. Default 10 000. */
  connectTimeoutMs?: number;
  /** Last seq seen per conversation, e.g. from a previous page load, so the first Hello resumes them. */
  cursors?: Record<string, number>;
  /** Name in Hello, for the server's logs. Default "wukf-client". */
  clientName?: string;
}

export type ClientState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Why the socket closed, and what the client does next. */
export interface DisconnectInfo {
  code: number;
  reason: string;
  /** false when the client gives up or close() was called. */
  willReconnect: boolean;
  /** The delay before the next attempt, when willReconnect. */
  delayMs?: number;
}

/** Resume could not replay everything missed: page `history` back from toSeq to afterSeq. */
export interface GapInfo {
  conversationId: string;
  afterSeq: number;
  toSeq: number;
}

/**
 * The server has less of a conversation than this client has seen (its database was restored from a backup):
 * messages after toSeq that this client holds are gone from the server, and new messages will reuse their
 * seqs. Drop what you show above toSeq; the client's cursor is back at toSeq.
 */
export interface RewindInfo {
  conversationId: string;
  /** The cursor this client presented. */
  fromSeq: number;
  /** The server's last seq: where this client stands now. */
  toSeq: number;
}

/** The unread count of a conversation changed (a message from somebody else, or it was read, here or elsewhere). */
export interface UnreadEvent {
  conversationId: string;
  count: number;
  /** Across every conversation this client follows: what an app's badge shows. */
  total: number;
}

export interface WukfClientEvents {
  /** A stored message or system event, exactly once per conversation and seq, in seq order. */
  message: MessageEvent;
  /** One of this client's sends is committed. */
  ack: MessageAck;
  receipt: ReceiptEvent;
  typing: TypingEvent;
  presence: PresenceEvent;
  /**
   * A conversation's full new state; replies to open/claim/accept/close/transfer/watch come here too. Agents
   * learn of a conversation routing gave them here: you are its `agent`, and `offerExpiresAtMs` above 0 means
   * it is an offer to accept() before then (otherwise it goes to the next agent).
   */
  conversation: ConversationSnapshot;
  /** Every QueueEvent as it came: a visitor's place, or a page or delta of the staff's queue. */
  queue: QueueEvent;
  /** Agents and admins: `client.queue` changed (a page or a delta was applied). */
  queueView: QueueView;
  /**
   * Agents and admins: the follow-up list may have changed (a visitor left or came back, a conversation in it
   * was claimed or closed), or the client connected again; call followUps() for the page you show.
   */
  followUpsChanged: void;
  /** Admins: `client.dashboard` changed (a snapshot or a delta was applied). */
  dashboard: DashboardModel;
  welcome: Welcome;
  /** The replay after a (re)connect is done; live events follow. */
  ready: void;
  gap: GapInfo;
  rewind: RewindInfo;
  /** Unsolicited Error frames, and the reason when the client gives up. */
  error: WukfClientError;
  state: ClientState;
  disconnect: DisconnectInfo;
  unread: UnreadEvent;
}

export interface OpenConversationOptions {
  language?: string;
  skills?: string[];
  context?: Record<string, string>;
  /** Continue this conversation instead of opening a new one. */
  conversationId?: string;
  /** Continue the visitor's latest open conversation, if there is one. */
  continueLatest?: boolean;
  /** The group (department) to route to, by name; absent: any agent. */
  group?: string;
  /**
   * Served before lower priorities in its group's queue (e.g. 5 for a VIP); 0 or absent is normal. The server
   * honours it only for visitors identified by the app's backend, capped at its routing.max_priority, and
   * takes an anonymous visitor's as 0.
   */
  priority?: number;
}

export interface HistoryOptions {
  /** Messages before this seq; 0 or absent: from the latest. */
  beforeSeq?: number;
  limit?: number;
}

export interface TransferOptions {
  /** Admins only: assign even when the agent already has max_concurrent active conversations (the system event names you in capacity_overridden_by). */
  overrideCapacity?: boolean;
}

export interface SendOptions {
  /** The idempotency key; a random UUID when absent. Reuse it to retry a send you are unsure about. */
  clientMessageId?: string;
}

