import type { Participant } from '../domain/conversation.js';
import { PresenceStatus } from '../../proto/index.js';

/**
 * Who is online, away or offline. A principal is online while at least one of its connections has said
 * Hello; agents and admins may set themselves away. Each method returns the status to announce when others
 * should hear of a change, undefined when nothing changed for them. A second node needs an implementation
 * that counts connections across nodes (and forgets the connections of a node that died).
 */
export interface Presence {
  /** A connection of p has said Hello. */
  arrived(p: Participant): PresenceStatus | undefined;
  /** A connection of p that had said Hello is gone. */
  left(p: Participant): PresenceStatus | undefined;
  /** p chose ONLINE or AWAY; it stays chosen across reconnects. */
  choose(p: Participant, status: PresenceStatus): PresenceStatus | undefined;
  statusOf(p: Participant): PresenceStatus;
}

export { PresenceStatus };
