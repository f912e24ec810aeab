/**
 * wukf/client: the SDK the browser widget, the terminal console and the benchmark share. Runs in Node
 * (pass `WebSocket` from the `ws` package) and in browsers. docs/protocol.md describes the frames.
 *
 * ```ts
 * const client = new WukfClient({ url: 'wss://chat.example.com/ws', token: fetchToken, WebSocket });
 * client.on('message', (m) => show(m.conversationId, m.seq, m.text)); // before connect(): replays come first
 * await client.connect();
 * const { id } = await client.openConversation({ language: 'en' });
 * await client.send(id!, 'hello'); // resolves once committed; survives reconnects
 * ```
 *
 * Message events are keyed by (conversation, seq), once each and in order. A client's own messages arrive as
 * message events too when a resume replays them (or from its other connections): match them to sends by
 * client_message_id.
 */
export { WukfClient } from './client.js';
export { WukfClientError, type WukfClientErrorCode } from './errors.js';
export { login, requestVisitorToken, type TokenGrant, type VisitorIdentity } from './http.js';
export { unreachable } from './reach-error.js';
export { Backoff, type BackoffOptions } from './backoff.js';
export { QueueView } from './queue-view.js';
export { DashboardModel } from './dashboard-model.js';
export { Emitter, type Listener } from './emitter.js';
export type {
  ClientState,
  DashboardEvent,
  Decoded,
  DisconnectInfo,
  FollowUpPage,
  GapInfo,
  RewindInfo,
  HistoryOptions,
  HistoryPage,
  MessageAck,
  MessageEvent,
  OpenConversationOptions,
  PresenceEvent,
  QueueEvent,
  ReceiptEvent,
  SendOptions,
  TokenSource,
  TransferOptions,
  TypingEvent,
  UnackedMessage,
  UnreadEvent,
  WebSocketConstructor,
  WebSocketLike,
  Welcome,
  WukfClientEvents,
  WukfClientOptions,
} from './types.js';
export {
  ConversationState,
  DashboardEventKind,
  ParticipantKind,
  PresenceStatus,
  PROTOCOL_VERSION,
  QueueEventKind,
  ReceiptKind,
  ResumeStatus,
  SystemEventKind,
  type Assignment,
  type ConversationSnapshot,
  type Cursor,
  type DashboardAgent,
  type DashboardHealth,
  type DashboardQueue,
  type DashboardSession,
  type ErrorFrame,
  type FollowUp,
  type Limits,
  type Participant,
  type QueuedConversation,
  type ResumeResult,
  type ScoreBreakdown,
  type SystemEvent,
  type Watermark,
} from '../proto/index.js';
