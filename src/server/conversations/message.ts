import { assertCanWrite, canRead, type Conversation, type ConversationEntry, type Participant } from '../domain/conversation.js';
import type { Origin } from '../domain/origin.js';
import { WukfError } from '../../proto/errors.js';
import type { AppendResult, ConversationStore } from '../store/conversation-store.js';
import type { CommittedStream } from './events.js';
import type { LaneOperation } from './lane.js';

/** A message on its way to the store, as the preCommit hooks see it. */
export interface MessageDraft {
  readonly conversationId: string;
  readonly clientMessageId: string;
  readonly sender: Participant;
  text: string;
}

export interface PreCommitContext {
  /** The conversation as committed before this message. */
  readonly conversation: Conversation;
  readonly message: MessageDraft;
}

/**
 * A step every new message passes between its checks and its commit, in its conversation's lane: it may
 * await (the conversation's later messages wait for it, other conversations do not), change the draft, or
 * refuse the message by throwing a WukfError.
 */
export type PreCommitHook = (ctx: PreCommitContext) => void | Promise<void>;

/** Where the outcome of a send goes: the ack once the message is durable, or the refusal. */
export interface SendReply {
  acked(result: AppendResult): void;
  refused(err: unknown): void;
  /**
   * True once the sender may no longer send (its token was revoked while the message waited in the lane):
   * the message is refused at its commit step instead of stored, so nothing commits after a revocation.
   */
  readonly revoked?: boolean;
}

/** What a message needs of the core it runs in. */
export interface MessageSteps {
  readonly store: ConversationStore;
  readonly committed: CommittedStream;
  readonly hooks: readonly PreCommitHook[];
  /** An open conversation, from memory. */
  held(id: string): Conversation | undefined;
  /** Any conversation, from memory or the store. */
  get(id: string): Promise<Conversation>;
}

/**
 * One message through its conversation's lane: checked against the committed conversation, passed through
 * the preCommit hooks, appended, then (in arrival order) applied, emitted and acked. The operation is its own
 * draft and its own prepared state: one object per message on the busiest path wukf has.
 */
export class MessageOperation implements LaneOperation<MessageOperation, AppendResult>, MessageDraft {
  readonly barrier = false;
  /** The conversation it was checked against; set by prepare. */
  conversation: Conversation | undefined = undefined;

  constructor(
    private readonly steps: MessageSteps,
    readonly sender: Participant,
    readonly conversationId: string,
    readonly clientMessageId: string,
    public text: string,
    private readonly origin: Origin | undefined,
    private readonly reply: SendReply,
  ) {}

  prepare(): MessageOperation | Promise<MessageOperation> {
    const held = this.steps.held(this.conversationId);
    if (held) return this.checked(held);
    return this.steps.get(this.conversationId).then((c) => {
      // A resend of a message stored before the close is acked again: the store tells a resend from a new
      // message, and refuses the new one with WUKF_E_CONVERSATION_CLOSED.
      if (c.state === 'closed' && canRead(this.sender, c)) {
        this.conversation = c;
        return this;
      }
      return this.checked(c);
    });
  }

  commit(): Promise<AppendResult> {
    if (this.reply.revoked) return Promise.reject(new WukfError('WUKF_E_TOKEN_REVOKED', 'the token was revoked before this message was stored; it was not stored'));
    return this.steps.store.appendMessage({ conversationId: this.conversationId, clientMessageId: this.clientMessageId, sender: this.sender, text: this.text });
  }

  settle(result: AppendResult): void {
    const c = this.conversation!;
    if (!result.duplicate) {
      if (result.seq > c.lastSeq) c.lastSeq = result.seq;
      c.updatedAt = result.createdAt;
      const entry: ConversationEntry = { conversationId: this.conversationId, seq: result.seq, clientMessageId: this.clientMessageId, sender: this.sender, createdAt: result.createdAt, text: this.text };
      this.steps.committed.emit({ type: 'message', conversation: c, entry, origin: this.origin });
    }
    this.reply.acked(result);
  }

  fail(err: unknown): void {
    this.reply.refused(err);
  }

  private checked(c: Conversation): MessageOperation | Promise<MessageOperation> {
    assertCanWrite(this.sender, c);
    this.conversation = c;
    const hooks = this.steps.hooks;
    if (hooks.length === 0) return this;
    return runHooks(hooks, { conversation: c, message: this }).then(() => this);
  }
}

async function runHooks(hooks: readonly PreCommitHook[], ctx: PreCommitContext): Promise<void> {
  for (const hook of hooks) await hook(ctx);
}
