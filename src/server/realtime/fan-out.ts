import type { Audience, Bus, BusMessage } from '../bus/index.js';
import type { Committed, ConversationChanged, ConversationCore } from '../conversations/index.js';
import type { Conversation, Participant } from '../domain/conversation.js';
import type { Origin } from '../domain/origin.js';
import { encodeEnvelope, QueueEventKind, ReceiptKind, type EnvelopeInit, type PresenceStatus, type QueueEvent } from '../../proto/index.js';
import { wireEntry, wireParticipant, wireQueued, wireSnapshot } from './frames.js';
import { audienceOf, audienceOfChange, topics } from './topics.js';

/**
 * How often waiting visitors hear of their new place at most: a burst of queue changes is one round of
 * position updates, not one per change (which would cost the square of the queue under a flood).
 */
export const POSITIONS_INTERVAL_MS = 250;

/** A waiting visitor's view of its place: position, estimate, and whether anybody could take it at all. */
export interface VisitorPlace {
  conversationId: string;
  position: number;
  estimatedWaitS: number;
  nobodyAvailable?: boolean;
}

/** Where routing queues a conversation (its group's queue); without routing, the one queue's place. */
export interface QueuePlaces {
  place(c: Conversation): { position: number; nobodyAvailable: boolean } | undefined;
}

/** In the queue: queued, and its visitor has not left it. */
const waiting = (c: Conversation) => c.state === 'queued' && c.visitorLeftAt === null;
/** Out of the queue because its visitor left: a candidate for the follow-up list. */
const left = (c: Conversation) => c.state === 'queued' && c.visitorLeftAt !== null;

/**
 * Turns what happens to conversations into deliveries: a subscriber of the core's Committed stream that
 * encodes each event once and publishes it on the Bus, addressed to the conversation's topic with the
 * audience that may read it (checked again by every receiving connection). Ephemeral events (typing,
 * presence) and the queue go out from here too. Nothing here reaches back into the core or a socket.
 */
export class FanOut {
  /**
   * Where a conversation's events go and who may read them, per conversation state: a state's object lives
   * until the next change of hands, and every message in between is published without building either again.
   */
  private readonly routes = new WeakMap<Conversation, { topic: string; audience: Audience }>();
  /** The queue's changes since this node started: a page shows one, each delta makes the next. */
  private queueVersion = 0;
  private positionsTimer: NodeJS.Timeout | undefined;
  /** What each waiting visitor was last told, so that a round tells only those whose view changed. */
  private readonly told = new Map<string, string>();

  constructor(
    private readonly bus: Bus,
    private readonly core: ConversationCore,
    private readonly now: () => number,
    private readonly places?: QueuePlaces,
  ) {}

  /** Subscribes to the core; returns the function that unsubscribes and drops position updates not sent yet. */
  attach(): () => void {
    const detach = this.core.committed.subscribe((event) => this.committed(event));
    return () => {
      detach();
      clearTimeout(this.positionsTimer);
      this.positionsTimer = undefined;
    };
  }

  committed(event: Committed): void {
    switch (event.type) {
      case 'message': {
        // Once per stored message: the bus message is built in one literal, without copies.
        const route = this.route(event.conversation);
        this.bus.publish(route.topic, {
          frame: encodeEnvelope({ message: wireEntry(event.entry) }),
          origin: event.origin,
          conversationId: event.entry.conversationId,
          seq: event.entry.seq,
          audience: route.audience,
        });
        return;
      }
      case 'receipt': {
        const kind = event.kind === 'read' ? ReceiptKind.RECEIPT_KIND_READ : ReceiptKind.RECEIPT_KIND_DELIVERED;
        const conversationId = event.conversation.id;
        const { topic, audience } = this.route(event.conversation);
        this.publish(topic, { receipt: { conversationId, participant: wireParticipant(event.participant), kind, seq: event.seq } }, { origin: event.origin, conversationId, audience });
        return;
      }
      default:
        this.changed(event);
    }
  }

  /**
   * A change of state or hands. Whoever now takes part joins the conversation's topic before its events go
   * out (every connection of theirs); the events go to who could read it before and who can now, each once:
   * the system entry, then the new snapshot (which the requester gets as its reply instead); a previous agent
   * then leaves it.
   */
  private changed(event: ConversationChanged): void {
    const c = event.conversation;
    const topic = topics.conversation(c.id);
    const audience = audienceOfChange(event.previous, c);
    const joining = event.type === 'opened' ? c.visitor : event.type === 'assigned' || event.type === 'transferred' ? c.agent : null;
    if (joining) this.bus.publish(topics.principal(joining), { frame: new Uint8Array(0), subscribe: [topic] });
    this.publish(topic, { message: wireEntry(event.entry) }, { conversationId: c.id, seq: event.entry.seq, audience });
    this.publish(topic, { conversation: { conversation: wireSnapshot(c) } }, { origin: event.origin, conversationId: c.id, audience });
    // A closed conversation stays readable by its agent; a transferred one is the new agent's alone.
    const before = event.previous?.agent;
    if ((event.type === 'transferred' || event.type === 'requeued') && before) this.bus.publish(topics.principal(before), { frame: new Uint8Array(0), unsubscribe: [topic] });
    const was = event.previous !== null && waiting(event.previous);
    if (!was && waiting(c)) this.queueChanged(c, null);
    else if (was && !waiting(c)) this.queueChanged(null, c.id);
    // In or out of the follow-up list: staff ask for their page again. Whether it held a visitor message
    // is the store's to say; a notice too many costs one page.
    if (left(c) || (event.previous !== null && left(event.previous))) this.publish(topics.queue, { followUpsChanged: {} });
  }

  /**
   * One change of the queue, to agents and admins as a delta of the one entry (its cost does not grow with
   * the queue); the visitors whose place moved hear of it in the next coalesced round.
   */
  private queueChanged(added: Conversation | null, removed: string | null): void {
    const queue = this.core.queue;
    this.queueVersion += 1;
    const now = this.now();
    const at = added ? queue.position(added.id) : undefined;
    this.publish(topics.queue, {
      queue: {
        kind: QueueEventKind.KIND_DELTA,
        entries: added && at ? [wireQueued(added, at.position, now)] : [],
        removed: removed ? [removed] : [],
        total: queue.length,
        version: this.queueVersion,
      },
    });
    if (removed) this.told.delete(removed);
    this.queueMoved();
  }

  /** Waiting visitors' places may have moved: the next round (at most every POSITIONS_INTERVAL_MS) tells those whose view changed. */
  queueMoved(): void {
    if (this.positionsTimer) return;
    this.positionsTimer = setTimeout(() => this.publishPositions(), POSITIONS_INTERVAL_MS);
    this.positionsTimer.unref();
  }

  /** A waiting visitor's view of its conversation's place; undefined when it is not in the queue. */
  placeOf(c: Conversation): VisitorPlace | undefined {
    const own = this.core.queue.position(c.id);
    if (!own) return undefined;
    const routed = this.places?.place(c);
    const position = routed?.position ?? own.position;
    return { conversationId: c.id, position, estimatedWaitS: this.core.queue.estimateS(position), ...(routed?.nobodyAvailable ? { nobodyAvailable: true } : {}) };
  }

  /** Each waiting visitor whose view changed since it was last told: one pass over the queue per round. */
  publishPositions(): void {
    this.positionsTimer = undefined;
    for (const c of this.core.queue.list()) {
      const place = this.placeOf(c);
      if (!place) continue;
      const view = `${place.position}/${place.estimatedWaitS}/${place.nobodyAvailable === true}`;
      if (this.told.get(c.id) === view) continue;
      this.told.set(c.id, view);
      const route = this.route(c);
      this.publish(route.topic, { queue: place }, { conversationId: c.id, audience: route.audience });
    }
  }

  /** A page of the agents' and admins' view of the queue: places offset+1 .. offset+limit, each without context. */
  queuePage(offset: number, limit: number): QueueEvent {
    const now = this.now();
    const queue = this.core.queue;
    const page = queue.list().slice(offset, offset + limit);
    return {
      kind: QueueEventKind.KIND_PAGE,
      entries: page.map((c, i) => wireQueued(c, offset + i + 1, now)),
      total: queue.length,
      offset,
      version: this.queueVersion,
    };
  }

  typing(c: Conversation, who: Participant, typing: boolean, origin: Origin): void {
    const { topic, audience } = this.route(c);
    this.publish(topic, { typingEvent: { conversationId: c.id, participant: wireParticipant(who), typing } }, { origin, conversationId: c.id, audience });
  }

  /** A principal's presence: agents' and admins' to the admins' dashboards, and to each of its open conversations. */
  presence(who: Participant, status: PresenceStatus): void {
    const frame = encodeEnvelope({ presence: { participant: wireParticipant(who), status } });
    if (who.kind !== 'visitor') this.bus.publish(topics.presence, { frame });
    for (const c of this.core.openOf(who)) {
      const { topic, audience } = this.route(c);
      this.bus.publish(topic, { frame, conversationId: c.id, audience });
    }
  }

  private route(c: Conversation): { topic: string; audience: Audience } {
    let route = this.routes.get(c);
    if (!route) {
      route = { topic: topics.conversation(c.id), audience: audienceOf(c) };
      this.routes.set(c, route);
    }
    return route;
  }

  /** Encodes once for every subscriber. */
  private publish(topic: string, env: EnvelopeInit, extra: Omit<BusMessage, 'frame'> = {}): void {
    this.bus.publish(topic, { ...extra, frame: encodeEnvelope(env) });
  }
}
