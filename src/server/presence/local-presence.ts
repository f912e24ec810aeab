import type { Participant } from '../domain/conversation.js';
import { PresenceStatus, type Presence } from './presence.js';

const key = (p: Participant) => `${p.kind}:${p.id}`;

/** Presence of one node: greeted connections counted per principal in memory. */
export class LocalPresence implements Presence {
  private readonly greeted = new Map<string, number>();
  /** Agents' chosen status; an agent with greeted connections and no entry here is online. */
  private readonly chosen = new Map<string, PresenceStatus>();

  arrived(p: Participant): PresenceStatus | undefined {
    const k = key(p);
    const n = (this.greeted.get(k) ?? 0) + 1;
    this.greeted.set(k, n);
    return n === 1 ? this.statusOf(p) : undefined;
  }

  left(p: Participant): PresenceStatus | undefined {
    const k = key(p);
    const n = (this.greeted.get(k) ?? 0) - 1;
    if (n > 0) {
      this.greeted.set(k, n);
      return undefined;
    }
    this.greeted.delete(k);
    return PresenceStatus.PRESENCE_STATUS_OFFLINE;
  }

  choose(p: Participant, status: PresenceStatus): PresenceStatus | undefined {
    this.chosen.set(key(p), status);
    // Said again on purpose (a client refreshing its state): announced again, so every view converges.
    return this.greeted.has(key(p)) ? status : undefined;
  }

  statusOf(p: Participant): PresenceStatus {
    const k = key(p);
    if (!this.greeted.has(k)) return PresenceStatus.PRESENCE_STATUS_OFFLINE;
    return this.chosen.get(k) ?? PresenceStatus.PRESENCE_STATUS_ONLINE;
  }
}
