import type { Participant } from '../domain/conversation.js';
import type { Presence, PresenceStatus } from '../presence/index.js';

/** Presence that also tells a listener (routing) of every change it announces. */
export class ObservedPresence implements Presence {
  constructor(
    private readonly inner: Presence,
    private readonly changed: (who: Participant, status: PresenceStatus) => void,
  ) {}

  arrived(p: Participant): PresenceStatus | undefined {
    return this.tell(p, this.inner.arrived(p));
  }

  left(p: Participant): PresenceStatus | undefined {
    return this.tell(p, this.inner.left(p));
  }

  choose(p: Participant, status: PresenceStatus): PresenceStatus | undefined {
    return this.tell(p, this.inner.choose(p, status));
  }

  statusOf(p: Participant): PresenceStatus {
    return this.inner.statusOf(p);
  }

  private tell(p: Participant, status: PresenceStatus | undefined): PresenceStatus | undefined {
    if (status !== undefined) this.changed(p, status);
    return status;
  }
}
