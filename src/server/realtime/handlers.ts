import {
  assertCanWrite,
  canRead,
  claim,
  close,
  ConversationError,
  open,
  transfer,
  type Conversation,
  type Participant,
  type Transition,
} from '../domain/conversation.js';
import { WukfError } from '../errors.js';
import { parseLanguages, parseTags } from '../domain/agent.js';
import { PresenceStatus, ReceiptKind, type Envelope } from '../../proto/index.js';
import type { Connection } from './connection.js';
import { hello } from './hello.js';
import { checkId, invalid, MAX_ID_LENGTH } from './input.js';
import { wireEntry, wireParticipant, wireSnapshot } from './frames.js';
import { topics, type Hub } from './hub.js';

/** A HistoryRequest without a limit gets this many entries. */
const DEFAULT_HISTORY_PAGE = 50;
const MAX_CONTEXT_ENTRIES = 32;
const MAX_CONTEXT_VALUE = 1024;

/**
 * Handles one decoded frame. The synchronous part of each handler runs in arrival order, so writes from one
 * connection reach the store in the order they were sent; what follows a commit (acks, fan-out) runs when
 * the store settles.
 */
export function handleFrame(hub: Hub, conn: Connection, env: Envelope): void {
  const ref = env.ref;
  if (!conn.helloDone && env.body !== 'hello') return conn.close('WUKF_E_HELLO_REQUIRED', 'the first frame must be Hello');
  const fail = (err: unknown, extra: { conversationId?: string; clientMessageId?: string } = {}) => {
    if (!(err instanceof WukfError) && !(err instanceof ConversationError)) hub.deps.logger.error({ err, connection: conn.id }, 'frame failed');
    conn.sendError(err, ref, extra);
  };
  let work: Promise<void> | undefined;
  switch (env.body) {
    case 'hello':
      work = hello(hub, conn, env.hello.cursors, ref);
      break;
    case 'sendMessage':
      work = send(hub, conn, env.sendMessage.conversationId, env.sendMessage.clientMessageId, env.sendMessage.text, ref);
      return void work.catch((err) => fail(err, { conversationId: env.sendMessage.conversationId, clientMessageId: env.sendMessage.clientMessageId }));
    case 'openConversation':
      work = openConversation(hub, conn, env.openConversation, ref);
      break;
    case 'markReceipt':
      work = receipt(hub, conn, env.markReceipt.conversationId, env.markReceipt.kind, env.markReceipt.seq);
      break;
    case 'typing':
      work = typing(hub, conn, env.typing.conversationId, env.typing.typing);
      break;
    case 'setPresence':
      work = presence(hub, conn, env.setPresence.status);
      break;
    case 'claimConversation':
      // An agent claims what it saw in the queue: when another agent was quicker, it hears so (CONFLICT)
      // rather than that the conversation does not exist.
      work = change(hub, conn, env.claimConversation.conversationId, ref, (c, now) => claim(c, conn.principal, now), (c) => conn.principal.kind === 'agent' || canRead(conn.principal, c));
      break;
    case 'closeConversation':
      work = change(hub, conn, env.closeConversation.conversationId, ref, (c, now) => close(c, conn.principal, env.closeConversation.reason.slice(0, 500), now));
      break;
    case 'transferConversation':
      work = transferTo(hub, conn, env.transferConversation.conversationId, env.transferConversation.toAgent, env.transferConversation.note, ref);
      break;
    case 'historyRequest':
      work = history(hub, conn, env.historyRequest.conversationId, env.historyRequest.beforeSeq, env.historyRequest.limit, ref);
      break;
    case 'watchConversation':
      work = watch(hub, conn, env.watchConversation.conversationId, env.watchConversation.watch, ref);
      break;
    default:
      return conn.sendError(new WukfError('WUKF_E_UNKNOWN_FRAME', env.body ? `clients do not send ${env.body}` : 'the Envelope has no body this server knows'), ref);
  }
  work.catch((err) => fail(err));
}

async function send(hub: Hub, conn: Connection, conversationId: string, clientMessageId: string, text: string, ref: number): Promise<void> {
  checkId('conversation_id', conversationId);
  checkId('client_message_id', clientMessageId);
  if (text.length === 0) throw invalid('text: expected at least one character');
  // A UTF-16 code unit is at most three bytes of UTF-8: most texts are short enough not to need counting.
  const limit = hub.deps.limits.maxTextBytes;
  if (text.length * 3 > limit) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit) throw new WukfError('WUKF_E_TEXT_TOO_LONG', `text is ${bytes} bytes; the limit is ${limit}`);
  }
  const c = hub.cachedConversation(conversationId) ?? (await hub.conversation(conversationId));
  // A resend of a message stored before the close is acked again: the store tells a resend from a new message,
  // and refuses the new one with WUKF_E_CONVERSATION_CLOSED.
  if (c.state !== 'closed' || !canRead(conn.principal, c)) assertCanWrite(conn.principal, c);
  const result = await hub.deps.store.appendMessage({ conversationId, clientMessageId, sender: conn.principal, text });
  conn.send({ ref, messageAck: { conversationId, clientMessageId, seq: result.seq, createdAtMs: result.createdAt, duplicate: result.duplicate } });
  if (result.duplicate) return;
  hub.lastSeq(c, result.seq);
  hub.publishEntry({ conversationId, seq: result.seq, clientMessageId, sender: conn.principal, createdAt: result.createdAt, text }, conn.id);
}

async function openConversation(
  hub: Hub,
  conn: Connection,
  req: { conversationId: string; continueLatest: boolean; language: string; skills: string[]; context: Record<string, string> },
  ref: number,
): Promise<void> {
  const me = conn.principal;
  if (me.kind !== 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only visitors open conversations');
  let existing: Conversation | undefined;
  if (req.conversationId) {
    checkId('conversation_id', req.conversationId);
    existing = await hub.conversation(req.conversationId);
    if (!canRead(me, existing)) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${req.conversationId} that you may see`);
  } else if (req.continueLatest) {
    const open = await hub.deps.store.listConversations({ visitorId: me.id, states: ['queued', 'active'] });
    existing = open.at(-1) && (await hub.conversation(open.at(-1)!.id));
  }
  if (existing) {
    conn.subscribe(topics.conversation(existing.id));
    conn.send({ ref, conversation: { conversation: wireSnapshot(existing, await hub.deps.store.watermarks(existing.id)) } });
    return;
  }
  const entries = Object.entries(req.context);
  if (entries.length > MAX_CONTEXT_ENTRIES || entries.some(([k, v]) => k.length > MAX_ID_LENGTH || v.length > MAX_CONTEXT_VALUE)) {
    throw invalid(`context: at most ${MAX_CONTEXT_ENTRIES} entries, keys up to ${MAX_ID_LENGTH} and values up to ${MAX_CONTEXT_VALUE} characters`);
  }
  let language: string;
  let skills: string[];
  try {
    language = req.language ? (parseLanguages(req.language)[0] ?? '') : '';
    skills = parseTags('skills', req.skills.join(','));
  } catch (err) {
    throw invalid((err as Error).message);
  }
  const t = open({ id: hub.deps.newId(), visitor: me, language, skills, context: req.context }, hub.deps.now());
  await commitTransition(hub, conn, t, true, ref, { subscribeVisitor: true });
}

/** Records a transition in memory, commits it with its system event, then tells everybody concerned. */
async function commitTransition(hub: Hub, conn: Connection, t: Transition, isNew: boolean, ref: number, opts: { subscribeVisitor?: boolean; previousAgent?: Participant } = {}): Promise<void> {
  const c = t.conversation;
  const topic = topics.conversation(c.id);
  const wasQueued = hub.queue.some((q) => q.id === c.id);
  hub.remember(c);
  let entry;
  try {
    entry = await hub.deps.store.saveTransition(c, t.event, isNew);
  } catch (err) {
    hub.forget(c.id);
    throw err;
  }
  hub.lastSeq(c, entry.seq);
  hub.settled(c);
  const stored = { ...c, lastSeq: entry.seq };
  const snapshot = { conversation: { conversation: wireSnapshot(stored) } };
  // The participants' connections join the conversation before its events go out.
  if (opts.subscribeVisitor) hub.publish(topics.principal(c.visitor), { conversation: snapshot.conversation }, { subscribe: [topic] });
  if (c.agent && (isNew || t.event.kind === 'joined' || t.event.kind === 'transferred')) {
    hub.publish(topics.principal(c.agent), { conversation: snapshot.conversation }, { subscribe: [topic] });
  }
  conn.subscribe(topic);
  hub.publishEntry(entry);
  hub.publish(topic, snapshot, { origin: conn.id });
  if (opts.previousAgent) hub.publish(topics.principal(opts.previousAgent), { conversation: snapshot.conversation }, { unsubscribe: [topic] });
  conn.send({ ref, conversation: snapshot.conversation });
  if (c.state === 'queued' || wasQueued) hub.publishQueue();
}

async function change(
  hub: Hub,
  conn: Connection,
  conversationId: string,
  ref: number,
  apply: (c: Conversation, now: number) => Transition,
  visible: (c: Conversation) => boolean = (c) => canRead(conn.principal, c),
): Promise<void> {
  checkId('conversation_id', conversationId);
  const c = await hub.conversation(conversationId);
  if (!visible(c)) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId} that you may see`);
  await commitTransition(hub, conn, apply(c, hub.deps.now()), false, ref);
}

async function transferTo(hub: Hub, conn: Connection, conversationId: string, toAgent: string, note: string, ref: number): Promise<void> {
  // Before anything else: whether to_agent exists is not a visitor's business.
  if (conn.principal.kind === 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only agents and admins transfer conversations');
  checkId('conversation_id', conversationId);
  checkId('to_agent', toAgent);
  const c = await hub.conversation(conversationId);
  if (!canRead(conn.principal, c)) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId} that you may see`);
  const agent = await hub.deps.store.getAgent(toAgent);
  if (!agent) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `no agent named ${JSON.stringify(toAgent)}`);
  const to: Participant = { kind: agent.role === 'admin' ? 'admin' : 'agent', id: agent.username, displayName: agent.displayName };
  const previousAgent = c.agent ?? undefined;
  await commitTransition(hub, conn, transfer(c, conn.principal, to, note.slice(0, 500), hub.deps.now()), false, ref, { previousAgent });
}

async function receipt(hub: Hub, conn: Connection, conversationId: string, kind: ReceiptKind, seq: number): Promise<void> {
  checkId('conversation_id', conversationId);
  if (kind !== ReceiptKind.RECEIPT_KIND_DELIVERED && kind !== ReceiptKind.RECEIPT_KIND_READ) throw invalid('kind: expected DELIVERED or READ');
  const c = await hub.conversation(conversationId);
  const me = conn.principal;
  // Receipts come from the two sides; an observing admin leaves none.
  if (!canRead(me, c) || (me.kind !== 'visitor' && c.agent?.id !== me.id)) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId} that you take part in`);
  const upTo = Math.min(seq, c.lastSeq);
  const field = kind === ReceiptKind.RECEIPT_KIND_READ ? 'read' : 'delivered';
  await hub.deps.store.saveReceipt(conversationId, me, field, upTo);
  hub.publish(topics.conversation(conversationId), { receipt: { conversationId, participant: wireParticipant(me), kind, seq: upTo } }, { origin: conn.id });
}

async function typing(hub: Hub, conn: Connection, conversationId: string, isTyping: boolean): Promise<void> {
  checkId('conversation_id', conversationId);
  const c = await hub.conversation(conversationId);
  assertCanWrite(conn.principal, c);
  const now = hub.deps.now();
  if (isTyping) {
    if (!conn.typingDue(conversationId, now, hub.deps.limits.typingIntervalMs)) return;
  } else conn.typingStopped(conversationId);
  hub.publish(topics.conversation(conversationId), { typingEvent: { conversationId, participant: wireParticipant(conn.principal), typing: isTyping } }, { origin: conn.id });
}

async function presence(hub: Hub, conn: Connection, status: PresenceStatus): Promise<void> {
  if (conn.principal.kind === 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'visitors are online while connected');
  if (status !== PresenceStatus.PRESENCE_STATUS_ONLINE && status !== PresenceStatus.PRESENCE_STATUS_AWAY) throw invalid('status: expected ONLINE or AWAY');
  hub.setStatus(conn.principal, status);
}

async function history(hub: Hub, conn: Connection, conversationId: string, beforeSeq: number, limit: number, ref: number): Promise<void> {
  checkId('conversation_id', conversationId);
  const c = await hub.conversation(conversationId);
  if (!canRead(conn.principal, c)) throw new WukfError('WUKF_E_CONVERSATION_NOT_FOUND', `no conversation ${conversationId} that you may see`);
  const page = await hub.deps.store.readHistory(conversationId, beforeSeq, Math.min(limit === 0 ? DEFAULT_HISTORY_PAGE : limit, hub.deps.limits.historyPageLimit));
  conn.send({ ref, historyPage: { conversationId, messages: page.entries.map(wireEntry), hasMore: page.hasMore } });
}

async function watch(hub: Hub, conn: Connection, conversationId: string, on: boolean, ref: number): Promise<void> {
  if (conn.principal.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', 'only admins watch conversations');
  checkId('conversation_id', conversationId);
  const c = await hub.conversation(conversationId);
  if (on) conn.subscribe(topics.conversation(c.id));
  else conn.unsubscribe(topics.conversation(c.id));
  conn.send({ ref, conversation: { conversation: wireSnapshot(c, await hub.deps.store.watermarks(c.id)) } });
}
