import type { Origin } from '../domain/origin.js';

/**
 * Who may read the conversation an event belongs to, as of that event. Every receiving connection checks
 * it on every delivery, so a change of hands (claim, transfer, close) cuts off whoever may no longer read
 * the conversation at the next event, on whichever node its connection is.
 */
export interface Audience {
  visitorId: string;
  /** Agents' (or admins') usernames that may read it: the assigned one; for a change of hands, both. */
  agentIds: readonly string[];
  /** A queued conversation (or the change that took it out of the queue) may be read by every agent. */
  queued: boolean;
}

/** Admins read everything; a visitor its own conversations; an agent the queue and its own. */
export function audienceIncludes(audience: Audience, who: { kind: string; id: string }): boolean {
  switch (who.kind) {
    case 'admin':
      return true;
    case 'visitor':
      return audience.visitorId === who.id;
    case 'agent':
      return audience.queued || audience.agentIds.includes(who.id);
    default:
      return false;
  }
}

/**
 * Cross-connection delivery. Every frame meant for more than the connection that caused it goes through
 * the Bus, addressed to a topic ("conversation:<id>", "principal:<kind>:<id>", "queue", "presence"). The
 * in-process Bus delivers to this process's subscribers; a Redis or NATS Bus will carry the same messages
 * between nodes (every field is plain data for that reason).
 */
export interface BusMessage {
  /** The encoded Envelope, encoded once and written to every subscriber's socket as is; empty: directives only. */
  frame: Uint8Array;
  /** Where the event came from: that connection already has its own answer and is skipped (directives still apply). */
  origin?: Origin;
  /** For conversation events: the conversation, and for stored entries the seq (a connection skips what it already replayed). */
  conversationId?: string;
  seq?: number;
  /** For conversation events: who may read it. A connection outside it drops the event and leaves the conversation's topic. */
  audience?: Audience;
  /** Topics the receiving connections join or leave before writing the frame (e.g. on claim, transfer). */
  subscribe?: string[];
  unsubscribe?: string[];
  /**
   * On the `accounts` topic: the username of an agent or admin whose account changed (revoked, new password
   * or role, removed). Every node re-reads it from the Store and closes its connections whose token no longer holds.
   */
  account?: string;
}

export type BusHandler = (message: BusMessage) => void;

export interface Bus {
  /** Delivers to every subscriber of the topic, on every node, in publish order per publisher. */
  publish(topic: string, message: BusMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: BusHandler): () => void;
  /** Stops delivering; a networked Bus closes its connections. */
  close(): Promise<void>;
}
