import { assertCanWrite, canRead, type Conversation } from '../domain/conversation.js';
import { parseLanguages, parseTags } from '../domain/agent.js';
import { WukfError } from '../../proto/errors.js';
import { PresenceStatus, ReceiptKind, type Envelope } from '../../proto/index.js';
import { DEFAULT_HISTORY_PAGE, MAX_CONTEXT_ENTRIES, MAX_CONTEXT_VALUE, MAX_ID_LENGTH, MAX_NOTE_LENGTH } from '../../proto/limits.js';
import { followUpPage } from './follow-ups.js';
import { hello } from './hello.js';
import { checkId, checkSeq, invalid } from './input.js';
import { wireEntry, wireSnapshot } from './frames.js';
import type { SendReply } from '../conversations/index.js';
import type { AppendResult } from '../store/index.js';
import type { Session } from './session.js';

type Ids = { conversationId?: string; clientMessageId?: string };

/**
 * Handles one decoded frame of a connection that has said Hello (or of one saying it now): checks the input
 * and the sender's role, hands the operation to the conversation core, and answers. Order per conversation
 * is the core's business; nothing here depends on a step being synchronous.
 */
export function handleFrame(session: Session, env: Envelope): void {
  const ref = env.ref;
  const fail = (err: unknown) => refuse(session, err, ref);
  let work: Promise<void>;
  switch (env.body) {
    case 'hello':
      // hello() answers its own failures: a refused Hello leaves the connection waiting for one.
      return void hello(session, env.hello.cursors, ref);
    case 'sendMessage': {
      const m = env.sendMessage;
      const answer = new SendAnswer(session, ref, m.conversationId, m.clientMessageId);
      try {
        checkMessage(session, m.conversationId, m.clientMessageId, m.text);
      } catch (err) {
        return answer.refused(err);
      }
      return session.conversations.send(session.principal, m, session.origin, answer);
    }
    case 'openConversation':
      work = openConversation(session, env.openConversation, ref);
      break;
    case 'markReceipt':
      work = receipt(session, env.markReceipt.conversationId, env.markReceipt.kind, env.markReceipt.seq);
      break;
    case 'typing':
      work = typing(session, env.typing.conversationId, env.typing.typing);
      break;
    case 'setPresence':
      work = presence(session, env.setPresence.status);
      break;
    case 'claimConversation': {
      const id = env.claimConversation.conversationId;
      work = change(session, id, ref, () => session.conversations.claim(session.principal, id, session.origin));
      break;
    }
    case 'closeConversation': {
      const { conversationId: id, reason } = env.closeConversation;
      work = change(session, id, ref, () => session.conversations.close(session.principal, id, reason.slice(0, MAX_NOTE_LENGTH), session.origin));
      break;
    }
    case 'transferConversation': {
      const { conversationId: id, toAgent, toGroup, note, overrideCapacity } = env.transferConversation;
      // Before anything else: whether to_agent exists is not a visitor's business.
      if (session.principal.kind === 'visitor') return fail(new WukfError('WUKF_E_FORBIDDEN', 'only agents and admins transfer conversations'));
      if ((toAgent === '') === (toGroup === '')) return fail(invalid('exactly one of to_agent and to_group', toAgent === '' ? 'to_agent' : 'to_group'));
      const why = note.slice(0, MAX_NOTE_LENGTH);
      work = change(session, id, ref, () => {
        if (toGroup !== '') {
          checkId('to_group', toGroup);
          return session.conversations.transferToGroup(session.principal, id, toGroup, why, session.origin);
        }
        checkId('to_agent', toAgent);
        return session.conversations.transfer(session.principal, id, toAgent, why, session.origin, { overrideCapacity });
      });
      break;
    }
    case 'acceptConversation': {
      const id = env.acceptConversation.conversationId;
      if (session.principal.kind !== 'agent' && session.principal.kind !== 'admin') return fail(new WukfError('WUKF_E_FORBIDDEN', 'only agents accept conversations'));
      work = change(session, id, ref, () => session.conversations.accept(session.principal, id, session.origin));
      break;
    }
    case 'historyRequest':
      work = history(session, env.historyRequest.conversationId, env.historyRequest.beforeSeq, env.historyRequest.limit, ref);
      break;
    case 'queueRequest':
      work = queuePage(session, env.queueRequest.offset, env.queueRequest.limit, ref);
      break;
    case 'followUpRequest':
      work = followUpPage(session, env.followUpRequest.offset, env.followUpRequest.limit, ref);
      break;
    case 'watchConversation':
      work = watch(session, env.watchConversation.conversationId, env.watchConversation.watch, ref);
      break;
    case 'dashboardRequest':
      work = dashboard(session, env.dashboardRequest.subscribe, ref);
      break;
    default:
      return fail(new WukfError('WUKF_E_UNKNOWN_FRAME', env.body ? `clients do not send ${env.body}` : 'the Envelope has no body this server knows'));
  }
  // Counted until answered: a revocation waits for what the connection sent before it (see Connection.settled).
  session.started();
  work.catch((err: unknown) => fail(err)).finally(() => session.settled());
}

/** Logs what is not a refusal (a bug) and a full queue (warn, rate-limited), then answers with the Error; the connection stays open. */
function refuse(session: Session, err: unknown, ref: number, ids: Ids = {}): void {
  if (!(err instanceof WukfError)) session.node.logger.error({ err, principal: session.principal.id }, 'frame failed');
  else if (err.code === 'WUKF_E_QUEUE_FULL') session.node.abuse?.report(err.code, session.address, { principal: session.principal.kind });
  session.refuse(err, ref, ids);
}

/** The answer to one SendMessage: its ack once the message is durable, or the Error naming its ids. */
class SendAnswer implements SendReply {
  constructor(
    private readonly session: Session,
    private readonly ref: number,
    private readonly conversationId: string,
    private readonly clientMessageId: string,
  ) {
    session.started();
  }

  get revoked(): boolean {
    return this.session.revoked;
  }

  acked(r: AppendResult): void {
    const { conversationId, clientMessageId } = this;
    this.session.send({ ref: this.ref, messageAck: { conversationId, clientMessageId, seq: r.seq, createdAtMs: r.createdAt, duplicate: r.duplicate } });
    this.session.settled();
  }

  refused(err: unknown): void {
    refuse(this.session, err, this.ref, { conversationId: this.conversationId, clientMessageId: this.clientMessageId });
    this.session.settled();
  }
}

function checkMessage(session: Session, conversationId: string, clientMessageId: string, text: string): void {
  checkId('conversation_id', conversationId);
  checkId('client_message_id', clientMessageId);
  if (text.length === 0) throw invalid('text: expected at least one character', 'text');
  // A UTF-16 code unit is at most three bytes of UTF-8: most texts are short enough not to need counting.
  const limit = session.limits.maxTextBytes;
  if (text.length * 3 > limit) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit) throw new WukfError('WUKF_E_TEXT_TOO_LONG', `text is ${bytes} bytes; the limit is ${limit}`);
  }
}

interface OpenFrame {
  conversationId: string;
  continueLatest: boolean;
  language: string;
  skills: string[];
  context: { [key: string]: string };
  group: string;
  priority: number;
}

async function openConversation(session: Session, req: OpenFrame, ref: number): Promise<void> {
  const me = session.principal;
  if (me.kind !== 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only visitors open conversations');
  const core = session.conversations;
  let existing: Conversation | undefined;
  if (req.conversationId) {
    checkId('conversation_id', req.conversationId);
    existing = await core.readable(me, req.conversationId);
  } else if (req.continueLatest) {
    existing = core.openOf(me).at(-1);
  }
  if (existing) {
    session.follow(existing.id);
    session.send({ ref, conversation: { conversation: wireSnapshot(existing, await core.watermarks(existing.id)) } });
    return;
  }
  const entries = Object.entries(req.context);
  if (entries.length > MAX_CONTEXT_ENTRIES || entries.some(([k, v]) => k.length > MAX_ID_LENGTH || v.length > MAX_CONTEXT_VALUE)) {
    throw invalid(`context: at most ${MAX_CONTEXT_ENTRIES} entries, keys up to ${MAX_ID_LENGTH} and values up to ${MAX_CONTEXT_VALUE} characters`, 'context');
  }
  let language: string;
  let skills: string[];
  try {
    language = req.language ? (parseLanguages(req.language)[0] ?? '') : '';
    skills = parseTags('skills', req.skills.join(','));
  } catch (err) {
    throw invalid((err as Error).message);
  }
  // A new conversation's events reach this connection through its principal's topic; a visitor at its
  // budget continues its latest one instead, which this connection then follows like any other.
  if (req.group !== '') checkId('group', req.group);
  const { conversation: c, reused } = await core.openOrReuse(me, { language, skills, context: req.context, group: req.group, priority: req.priority }, session.origin);
  if (reused) session.follow(c.id);
  session.send({ ref, conversation: { conversation: wireSnapshot(c, reused ? await core.watermarks(c.id) : []) } });
}

/** Agents and admins: a page of the queue; later changes reach them as deltas. */
async function queuePage(session: Session, offset: number, limit: number, ref: number): Promise<void> {
  if (session.principal.kind === 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only agents and admins page the queue');
  const size = session.limits.queuePageSize;
  session.send({ ref, queue: session.node.fanOut.queuePage(offset, limit === 0 ? size : Math.min(limit, size)) });
}

/** Claim, close, transfer: the requester follows the conversation (if it may read it) so it gets the change's events too. */
async function change(session: Session, id: string, ref: number, run: () => Promise<Conversation>): Promise<void> {
  checkId('conversation_id', id);
  const before = await session.conversations.get(id).catch(() => undefined);
  if (before && canRead(session.principal, before)) session.follow(id);
  const after = await run();
  session.send({ ref, conversation: { conversation: wireSnapshot(after) } });
}

async function receipt(session: Session, conversationId: string, kind: ReceiptKind, seq: number): Promise<void> {
  checkId('conversation_id', conversationId);
  if (kind !== ReceiptKind.RECEIPT_KIND_DELIVERED && kind !== ReceiptKind.RECEIPT_KIND_READ) throw invalid('kind: expected DELIVERED or READ', 'kind');
  checkSeq('seq', seq);
  await session.conversations.receipt(session.principal, conversationId, kind === ReceiptKind.RECEIPT_KIND_READ ? 'read' : 'delivered', seq, session.origin);
}

async function typing(session: Session, conversationId: string, isTyping: boolean): Promise<void> {
  checkId('conversation_id', conversationId);
  const c = await session.conversations.get(conversationId);
  assertCanWrite(session.principal, c);
  session.typing(c, isTyping);
}

async function presence(session: Session, status: PresenceStatus): Promise<void> {
  if (session.principal.kind === 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'visitors are online while connected');
  if (status !== PresenceStatus.PRESENCE_STATUS_ONLINE && status !== PresenceStatus.PRESENCE_STATUS_AWAY) throw invalid('status: expected ONLINE or AWAY', 'status');
  session.setPresence(status);
}

async function history(session: Session, conversationId: string, beforeSeq: number, limit: number, ref: number): Promise<void> {
  checkId('conversation_id', conversationId);
  checkSeq('before_seq', beforeSeq);
  const size = Math.min(limit === 0 ? DEFAULT_HISTORY_PAGE : limit, session.limits.historyPageLimit);
  const page = await session.conversations.history(session.principal, conversationId, beforeSeq, size);
  session.send({ ref, historyPage: { conversationId, messages: page.entries.map(wireEntry), hasMore: page.hasMore } });
}

async function watch(session: Session, conversationId: string, on: boolean, ref: number): Promise<void> {
  if (session.principal.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', 'only admins watch conversations');
  checkId('conversation_id', conversationId);
  const c = await session.conversations.readable(session.principal, conversationId);
  if (on) session.follow(c.id);
  else session.unfollow(c.id);
  session.send({ ref, conversation: { conversation: wireSnapshot(c, await session.conversations.watermarks(c.id)) } });
}

/** Admins: the dashboard's SNAPSHOT as the reply, its DELTAs after it; or the end of them. */
async function dashboard(session: Session, subscribe: boolean, ref: number): Promise<void> {
  if (session.principal.kind !== 'admin') throw new WukfError('WUKF_E_FORBIDDEN', 'only admins watch the dashboard');
  const feed = session.node.dashboard;
  if (!feed) throw new WukfError('WUKF_E_UNKNOWN_FRAME', 'this server has no dashboard');
  if (!subscribe) {
    session.unwatchDashboard();
    return session.send({ ref, dashboard: feed.stopped() });
  }
  // Joined before the snapshot is built, in the same turn: no DELTA can come between them or be missed.
  session.watchDashboard(feed);
  session.send({ ref, dashboard: feed.snapshot() });
}
