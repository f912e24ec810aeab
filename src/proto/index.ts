/**
 * The wire codec: the only encoder and decoder of wukf frames, shared by the server, the client SDK, the TUI
 * and the widget. The schema is proto/wukf.proto; ./wukf.js and ./wukf.d.ts are generated from it by
 * `npm run proto` and committed. Everything else imports frames and their types from here, never from the
 * generated `wukf.v1` namespace. Browser-safe: no Node built-ins.
 */
import protobuf from 'protobufjs/minimal.js';
import { wukf } from './wukf.js';
import { WukfError } from './errors.js';
import { adaptGeneratedClasses, createReader } from './runtime.js';

import v1 = wukf.v1;

adaptGeneratedClasses(v1);

/** The protocol version this code speaks; Envelope.version of every frame. */
export const PROTOCOL_VERSION = 1;

// --- Frame bodies and shared shapes, as plain data (what you build a frame from) ----------------------------
export type Participant = v1.Participant.$Shape;
export type Cursor = v1.Cursor.$Shape;
export type Watermark = v1.Watermark.$Shape;
export type ConversationSnapshot = v1.ConversationSnapshot.$Shape;
export type Limits = v1.Limits.$Shape;
export type SystemEvent = v1.SystemEvent.$Shape;
export type QueuedConversation = v1.QueuedConversation.$Shape;
export type Assignment = v1.Assignment.$Shape;
export type ScoreBreakdown = v1.ScoreBreakdown.$Shape;
export type ResumeResult = v1.ResumeResult.$Shape;
// client -> server
export type Hello = v1.Hello.$Shape;
export type OpenConversation = v1.OpenConversation.$Shape;
export type SendMessage = v1.SendMessage.$Shape;
export type MarkReceipt = v1.MarkReceipt.$Shape;
export type Typing = v1.Typing.$Shape;
export type SetPresence = v1.SetPresence.$Shape;
export type ClaimConversation = v1.ClaimConversation.$Shape;
export type CloseConversation = v1.CloseConversation.$Shape;
export type TransferConversation = v1.TransferConversation.$Shape;
export type HistoryRequest = v1.HistoryRequest.$Shape;
export type WatchConversation = v1.WatchConversation.$Shape;
export type QueueRequest = v1.QueueRequest.$Shape;
export type AcceptConversation = v1.AcceptConversation.$Shape;
export type DashboardRequest = v1.DashboardRequest.$Shape;
export type FollowUpRequest = v1.FollowUpRequest.$Shape;
// server -> client
export type Welcome = v1.Welcome.$Shape;
export type MessageAck = v1.MessageAck.$Shape;
export type MessageEvent = v1.MessageEvent.$Shape;
export type ReceiptEvent = v1.ReceiptEvent.$Shape;
export type TypingEvent = v1.TypingEvent.$Shape;
export type PresenceEvent = v1.PresenceEvent.$Shape;
export type ConversationEvent = v1.ConversationEvent.$Shape;
export type QueueEvent = v1.QueueEvent.$Shape;
export type HistoryPage = v1.HistoryPage.$Shape;
export type ReplayDone = v1.ReplayDone.$Shape;
export type DashboardEvent = v1.DashboardEvent.$Shape;
export type DashboardAgent = v1.DashboardAgent.$Shape;
export type DashboardQueue = v1.DashboardQueue.$Shape;
export type DashboardSession = v1.DashboardSession.$Shape;
export type DashboardHealth = v1.DashboardHealth.$Shape;
export type FollowUp = v1.FollowUp.$Shape;
export type FollowUpPage = v1.FollowUpPage.$Shape;
export type FollowUpsChanged = v1.FollowUpsChanged.$Shape;
/** The Error frame (named so it does not shadow the global Error). */
export type ErrorFrame = v1.Error.$Shape;

// --- Enums (values and types) --------------------------------------------------------------------------------
export const ParticipantKind = v1.ParticipantKind;
export type ParticipantKind = v1.ParticipantKind;
export const ConversationState = v1.ConversationState;
export type ConversationState = v1.ConversationState;
export const ReceiptKind = v1.ReceiptKind;
export type ReceiptKind = v1.ReceiptKind;
export const PresenceStatus = v1.PresenceStatus;
export type PresenceStatus = v1.PresenceStatus;
export const ResumeStatus = v1.ResumeResult.Status;
export type ResumeStatus = v1.ResumeResult.Status;
export const SystemEventKind = v1.SystemEvent.Kind;
export type SystemEventKind = v1.SystemEvent.Kind;
export const QueueEventKind = v1.QueueEvent.Kind;
export type QueueEventKind = v1.QueueEvent.Kind;
export const DashboardEventKind = v1.DashboardEvent.Kind;
export type DashboardEventKind = v1.DashboardEvent.Kind;

// --- Envelopes -----------------------------------------------------------------------------------------------

/**
 * A frame to encode: at most one body field set (the type enforces it). version defaults to
 * PROTOCOL_VERSION; ref is the client's request id, echoed in the reply, 0 or absent otherwise.
 */
export type EnvelopeInit = v1.Envelope.$Shape;

/** The name of the body field a frame carries: 'hello', 'sendMessage', 'error', … */
export type BodyKind = NonNullable<v1.Envelope['body']>;

/**
 * Decoded bodies are instances of the generated classes, where unset scalars read as their proto3 defaults
 * ('' / 0 / false), so their own fields are typed non-null; the $Shape half narrows their oneofs.
 */
interface DecodedBodies {
  hello: v1.Hello & v1.Hello.$Shape;
  openConversation: v1.OpenConversation & v1.OpenConversation.$Shape;
  sendMessage: v1.SendMessage & v1.SendMessage.$Shape;
  markReceipt: v1.MarkReceipt & v1.MarkReceipt.$Shape;
  typing: v1.Typing & v1.Typing.$Shape;
  setPresence: v1.SetPresence & v1.SetPresence.$Shape;
  claimConversation: v1.ClaimConversation & v1.ClaimConversation.$Shape;
  closeConversation: v1.CloseConversation & v1.CloseConversation.$Shape;
  transferConversation: v1.TransferConversation & v1.TransferConversation.$Shape;
  historyRequest: v1.HistoryRequest & v1.HistoryRequest.$Shape;
  queueRequest: v1.QueueRequest & v1.QueueRequest.$Shape;
  acceptConversation: v1.AcceptConversation & v1.AcceptConversation.$Shape;
  watchConversation: v1.WatchConversation & v1.WatchConversation.$Shape;
  dashboardRequest: v1.DashboardRequest & v1.DashboardRequest.$Shape;
  followUpRequest: v1.FollowUpRequest & v1.FollowUpRequest.$Shape;
  welcome: v1.Welcome & v1.Welcome.$Shape;
  messageAck: v1.MessageAck & v1.MessageAck.$Shape;
  message: v1.MessageEvent & v1.MessageEvent.$Shape;
  receipt: v1.ReceiptEvent & v1.ReceiptEvent.$Shape;
  typingEvent: v1.TypingEvent & v1.TypingEvent.$Shape;
  presence: v1.PresenceEvent & v1.PresenceEvent.$Shape;
  conversation: v1.ConversationEvent & v1.ConversationEvent.$Shape;
  queue: v1.QueueEvent & v1.QueueEvent.$Shape;
  historyPage: v1.HistoryPage & v1.HistoryPage.$Shape;
  replayDone: v1.ReplayDone & v1.ReplayDone.$Shape;
  error: v1.Error & v1.Error.$Shape;
  dashboard: v1.DashboardEvent & v1.DashboardEvent.$Shape;
  followUpPage: v1.FollowUpPage & v1.FollowUpPage.$Shape;
  followUpsChanged: v1.FollowUpsChanged & v1.FollowUpsChanged.$Shape;
}

// A body added to the schema must be added to DecodedBodies too; this stops the build until it is.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
type DecodedBodiesComplete = AssertTrue<Same<BodyKind, keyof DecodedBodies>>;

/**
 * A decoded frame, discriminated by body: `switch (env.body) { case 'sendMessage': env.sendMessage.text … }`.
 * body is undefined for an Envelope without one (or with only fields this version does not know); the
 * server refuses those with WUKF_E_UNKNOWN_FRAME.
 */
export type Envelope = { version: number; ref: number } & (
  | { body: undefined }
  | { [K in BodyKind]: { body: K } & { [P in K]: DecodedBodies[K] } }[BodyKind]
);

/**
 * Envelope.version as encoded, put in front of frames that do not set it. Concatenated encodings of one
 * message merge, so this equals encoding a copy with version set, without the copy: spreading the frame
 * object made encoding several times slower (every frame goes through here).
 */
const VERSION_FIELD = v1.Envelope.encode({ version: PROTOCOL_VERSION }).finish();

/**
 * One writer for every frame this thread encodes. A fresh writer per frame allocated a 128-byte buffer, grew
 * it for most frames, then copied the result out: three buffers per frame where one (the result) will do.
 * Encoding is synchronous, so frames never share it at the same time; one that failed half-way is dropped.
 */
let writer = protobuf.Writer.create();
/** A writer grown past this by a large frame is not kept. */
const KEPT_WRITER_BYTES = 64 * 1024;

/** Encodes one frame. The bytes can be sent to many sockets: encode a broadcast once. */
export function encodeEnvelope(env: EnvelopeInit): Uint8Array {
  const w = writer;
  w.pos = 0;
  w.states = null;
  let encoded = false;
  try {
    if (env.version == null) w.raw(VERSION_FIELD);
    const bytes = v1.Envelope.encode(env, w).finish();
    encoded = true;
    return bytes;
  } finally {
    if (!encoded || w.buf.length > KEPT_WRITER_BYTES) writer = protobuf.Writer.create();
  }
}

/**
 * Decodes one frame and checks its version.
 * @throws WukfError WUKF_E_MALFORMED_FRAME (not a protobuf Envelope), WUKF_E_INVALID_UTF8 (a string field is
 * not valid UTF-8), WUKF_E_UNSUPPORTED_VERSION (version is not PROTOCOL_VERSION).
 */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  let env: v1.Envelope;
  try {
    env = v1.Envelope.decode(createReader(bytes));
  } catch (err) {
    // proto3 strings are read with a fatal TextDecoder, which throws a TypeError on invalid UTF-8 (in Node
    // and in browsers); every structural problem is a RangeError or a plain Error from the reader.
    if (err instanceof TypeError) {
      throw new WukfError('WUKF_E_INVALID_UTF8', 'a string field of the frame is not valid UTF-8', { cause: err });
    }
    throw new WukfError('WUKF_E_MALFORMED_FRAME', `not a valid Envelope: ${(err as Error).message}`, { cause: err });
  }
  if (env.version !== PROTOCOL_VERSION) {
    throw new WukfError('WUKF_E_UNSUPPORTED_VERSION', `protocol version ${env.version} is not supported; this server speaks ${PROTOCOL_VERSION}`);
  }
  return env as Envelope;
}
