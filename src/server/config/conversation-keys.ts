import { z } from 'zod';
import { key } from './spec-kit.js';

const DAY = 24 * 60 * 60;

/**
 * The budgets of the conversation core: what one visitor, and all anonymous visitors together, can make the
 * queue hold, and what the staff are sent of it at once (docs/security.md, "Budgets").
 */
export const conversationLimitKeys = {
  max_open_conversations_per_visitor: key(z.number().int().min(1).max(1000), {
    default: 3,
    doc: "Queued and active conversations one visitor may have at once. Beyond it, OpenConversation answers with the visitor's latest open conversation instead of opening another.",
    expected: 'an integer 1-1000',
  }),
  max_queued_conversations: key(z.number().int().min(1).max(1_000_000), {
    default: 2_000,
    doc: 'Conversations waiting for an agent on this server, all visitors together. Beyond it, OpenConversation is refused with WUKF_E_QUEUE_FULL (retry_after_ms). Also the most that start-up loads: the oldest are kept, and queued ones beyond them are closed as expired.',
    expected: 'an integer 1-1000000',
  }),
  queue_reserved_for_identified: key(z.number().int().min(0).max(1_000_000), {
    default: 200,
    doc: "Places of max_queued_conversations that only visitors identified by your app's backend (signed identity) may take, so anonymous visitors cannot fill the whole queue.",
    expected: 'an integer 0-1000000',
  }),
  max_context_bytes: key(z.number().int().min(0).max(1024 * 1024), {
    default: 4 * 1024,
    doc: "UTF-8 bytes of one conversation's context (keys and values together); more is refused with WUKF_E_INVALID_INPUT.",
    expected: 'an integer number of bytes, 0-1048576',
  }),
  queue_page_size: key(z.number().int().min(1).max(1000), {
    default: 50,
    doc: 'Queued conversations in one QueueEvent page to agents and admins (after Hello, and per QueueRequest); later changes come as deltas. Also the most entries one FollowUpPage carries.',
    expected: 'an integer 1-1000',
  }),
  queued_idle_expiry: key(z.number().int().min(0).max(30 * DAY), {
    default: 30 * 60,
    doc: 'Seconds an anonymous visitor\'s queued conversation may wait with no connection of the visitor and no message from it before wukf closes it (reason "expired"). 0: never.',
    expected: `an integer number of seconds, 0-${30 * DAY}`,
  }),
};

export interface ConversationLimits {
  max_open_conversations_per_visitor: number;
  max_queued_conversations: number;
  queue_reserved_for_identified: number;
  max_context_bytes: number;
  queue_page_size: number;
  queued_idle_expiry: number;
}
