import { WukfError } from '../../proto/errors.js';
import type { FollowUp } from '../../proto/index.js';
import { cutText } from '../domain/excerpt.js';
import type { FollowUp as StoredFollowUp } from '../store/index.js';
import { wireSnapshot } from './frames.js';
import type { Session } from './session.js';

/**
 * Agents and admins: a page of the follow-up list (docs/protocol.md, "Follow-up list"). Staff see it whole,
 * like the queue it came from: any of them may claim a queued conversation. Changes come as FollowUpsChanged
 * on the queue's topic (FanOut), after which the client asks again.
 */
export async function followUpPage(session: Session, offset: number, limit: number, ref: number): Promise<void> {
  if (session.principal.kind === 'visitor') throw new WukfError('WUKF_E_FORBIDDEN', 'only agents and admins read the follow-up list');
  const size = session.limits.queuePageSize;
  const page = await session.conversations.followUps({ offset, limit: limit === 0 ? size : Math.min(limit, size) });
  session.send({ ref, followUpPage: { entries: page.entries.map(wireFollowUp), total: page.total, offset } });
}

function wireFollowUp(f: StoredFollowUp): FollowUp {
  return {
    // Like a queue entry: context and watermarks come with the conversation itself, once claimed.
    conversation: { ...wireSnapshot(f.conversation), context: {}, watermarks: [] },
    leftAtMs: f.leftAt,
    messageCount: f.messageCount,
    lastMessageAtMs: f.lastMessage.at,
    lastMessage: cutText(f.lastMessage.text),
  };
}
