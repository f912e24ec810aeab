import type { Conversation, Participant } from '../domain/conversation.js';
import { WaitingQueue } from './queue.js';

export const participantKey = (p: Pick<Participant, 'kind' | 'id'>) => `${p.kind}:${p.id}`;

/**
 * Every queued and active conversation of this node, as committed (lastSeq and updatedAt follow each stored
 * message), indexed by participant, with the waiting queue. Only the core writes here, through apply().
 */
export class OpenConversations {
  readonly queue = new WaitingQueue();
  private readonly byId = new Map<string, Conversation>();
  /** The ids of the open conversations of each visitor and each assigned agent or admin. */
  private readonly byParticipant = new Map<string, Set<string>>();

  get(id: string): Conversation | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Conversation> {
    return this.byId.values();
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  counts(): { queued: number; active: number } {
    let active = 0;
    for (const c of this.byId.values()) if (c.state === 'active') active++;
    return { queued: this.byId.size - active, active };
  }

  /** A principal's queued and active conversations, oldest first: a visitor's own, an agent's or admin's assigned ones. */
  of(who: Participant): Conversation[] {
    const mine: Conversation[] = [];
    for (const id of this.byParticipant.get(participantKey(who)) ?? []) mine.push(this.byId.get(id)!);
    return mine.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /**
   * How many active conversations an account holds, whichever kind it took them as (an agent promoted to
   * admin keeps the ones it took as an agent).
   */
  activeOf(username: string): number {
    const ids = (kind: Participant['kind']) => this.byParticipant.get(participantKey({ kind, id: username }))?.size ?? 0;
    return ids('agent') + ids('admin');
  }

  /** A committed state: a closed conversation leaves, an open one is indexed; the queue follows. */
  apply(c: Conversation, previous: Conversation | null): void {
    const before = this.byId.get(c.id);
    if (before) for (const p of [before.visitor, before.agent]) if (p) this.unindex(p, c.id);
    if (c.state === 'closed') {
      this.byId.delete(c.id);
      this.queue.remove(c.id);
      return;
    }
    this.byId.set(c.id, c);
    for (const p of [c.visitor, c.agent]) {
      if (!p) continue;
      const key = participantKey(p);
      let ids = this.byParticipant.get(key);
      if (!ids) this.byParticipant.set(key, (ids = new Set()));
      ids.add(c.id);
    }
    if (c.state === 'queued' && c.visitorLeftAt === null) this.queue.put(c);
    else if (previous?.state === 'queued' && c.state === 'active') this.queue.remove(c.id, { createdAt: c.createdAt, takenAt: c.updatedAt });
    else this.queue.remove(c.id);
  }

  private unindex(p: Participant, id: string): void {
    const key = participantKey(p);
    const ids = this.byParticipant.get(key);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) this.byParticipant.delete(key);
  }
}
