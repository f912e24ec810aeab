import { ParticipantKind, PresenceStatus, type ConversationSnapshot, type DashboardEvent, type Welcome } from '../proto/index.js';
import { DashboardModel } from './dashboard-model.js';
import type { Dispatcher } from './dispatcher.js';
import { Emitter } from './emitter.js';
import type { FollowUpPage, QueueEvent, TransferOptions, WukfClientEvents } from './types.js';

/**
 * The requests only agents and admins make: take a conversation from the queue, accept one routing offered
 * them, hand one on to an agent or a group, page the queue. Each is a plain request answered by one frame
 * with its ref, so it keeps nothing between connections; WukfClient inherits them and adds the connection.
 */
export abstract class StaffRequests extends Emitter<WukfClientEvents> {
  protected abstract readonly dispatcher: Dispatcher;
  /** Admins, while watchDashboard(true): the whole server, kept from the dashboard stream. */
  readonly dashboard = new DashboardModel();
  /** Subscribed to the dashboard: the connection subscribes again after each reconnect. */
  protected dashboardOn = false;

  /** Set by setPresence: the connection sets it again after each reconnect. */
  private presence: PresenceStatus | undefined;

  /** Agents: online or away. Kept, and set again on every reconnect. The server does not answer it. */
  setPresence(status: 'online' | 'away'): void {
    this.presence = status === 'away' ? PresenceStatus.PRESENCE_STATUS_AWAY : PresenceStatus.PRESENCE_STATUS_ONLINE;
    this.dispatcher.fire('presence', { setPresence: { status: this.presence } });
  }

  /** After each Welcome: what the server keeps per connection is set again, and staff re-read the follow-up list. */
  protected restoreStaffState(welcome: Welcome): void {
    if (this.presence !== undefined) this.dispatcher.fire('presence', { setPresence: { status: this.presence } });
    if (this.dashboardOn) this.dispatcher.fire('dashboard', { dashboardRequest: { subscribe: true } });
    // Whatever changed in the follow-up list while disconnected: staff ask for their page again.
    if (welcome.you?.kind !== ParticipantKind.PARTICIPANT_KIND_VISITOR) this.emit('followUpsChanged');
  }

  /**
   * Admins: follow the dashboard stream (kept across reconnects, each starting from a fresh snapshot), or
   * stop. Resolves with the SNAPSHOT (or STOPPED); `dashboard` events follow each change of client.dashboard.
   */
  watchDashboard(on = true): Promise<DashboardEvent> {
    this.dashboardOn = on;
    return this.dispatcher.request('dashboard', { dashboardRequest: { subscribe: on } }, 'dashboard');
  }

  /**
   * Takes a queued conversation (when the server's routing.claim_allowed is on; otherwise
   * WUKF_E_CLAIM_DISABLED), or accepts one routing offered you, like accept().
   */
  claim(conversationId: string): Promise<ConversationSnapshot> {
    return this.dispatcher.request('claim', { claimConversation: { conversationId } }, 'conversation');
  }

  /**
   * Accepts a conversation routing offered you: one that came in a `conversation` event with you as its
   * agent and `offerExpiresAtMs` above 0. Resolves with its snapshot, `offerExpiresAtMs` 0; the conversation
   * then gets an ACCEPTED system message. Not offered to you (accepted already, offered to someone else, or
   * the offer ran out and went on): WUKF_E_NOT_OFFERED. Your first send in the conversation accepts it too.
   */
  accept(conversationId: string): Promise<ConversationSnapshot> {
    return this.dispatcher.request('accept', { acceptConversation: { conversationId } }, 'conversation');
  }

  /**
   * Hands a conversation to another agent (an admin may also assign a queued one). The agent must be online
   * and on shift (else WUKF_E_AGENT_UNAVAILABLE) and under their max_concurrent (else
   * WUKF_E_AGENT_AT_CAPACITY, unless an admin passes `overrideCapacity`; an agent passing it gets
   * WUKF_E_FORBIDDEN). The conversation is theirs at once, with no offer to accept.
   */
  transfer(conversationId: string, toAgent: string, note?: string, options: TransferOptions = {}): Promise<ConversationSnapshot> {
    const overrideCapacity = options.overrideCapacity === true ? true : undefined;
    return this.dispatcher.request('transfer', { transferConversation: { conversationId, toAgent, note, overrideCapacity } }, 'conversation');
  }

  /**
   * Hands a conversation to a group: routing picks the best-scoring agent of that group with room (no
   * fallback to other groups), or it waits in the group's queue. Resolves with the new snapshot: ACTIVE with
   * the chosen agent (`assignment.via` "group:<name>"), or QUEUED in that group. Unknown group:
   * WUKF_E_GROUP_NOT_FOUND.
   */
  transferToGroup(conversationId: string, group: string, note?: string): Promise<ConversationSnapshot> {
    return this.dispatcher.request('transfer', { transferConversation: { conversationId, toGroup: group, note } }, 'conversation');
  }

  /**
   * The queue's places from offset on (at most the server's page size); the answer also extends
   * `client.queue` when it joins what it holds.
   */
  queuePage(offset: number, limit?: number): Promise<QueueEvent> {
    return this.dispatcher.request('queuePage', { queueRequest: { offset, limit } }, 'queue');
  }

  /**
   * The follow-up list: queued conversations whose visitor left after writing (leave-a-message), oldest
   * first, from offset (at most the server's page size), with `total`. Each entry's conversation can be
   * claim()ed like a queued one. `followUpsChanged` says when to ask again.
   */
  followUps(offset = 0, limit?: number): Promise<FollowUpPage> {
    return this.dispatcher.request('followUps', { followUpRequest: { offset, limit } }, 'followUpPage');
  }
}
