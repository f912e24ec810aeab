/**
 * Cross-connection delivery. Every frame meant for more than the connection that caused it goes through
 * the Bus, addressed to a topic ("conversation:<id>", "principal:<kind>:<id>", "queue"). The in-process
 * Bus delivers to this process's subscribers; a Redis or NATS Bus will carry the same frames between nodes.
 */
export interface BusMessage {
  /** The encoded Envelope, encoded once and written to every subscriber's socket as is. */
  frame: Uint8Array;
  /** The connection the event came from, which already has its own answer (an ack) and is skipped. */
  origin?: number;
  /** For message events: the conversation and seq, so a connection can skip what it already replayed. */
  conversationId?: string;
  seq?: number;
  /** Topics the receiving connections join or leave before writing the frame (e.g. on claim, transfer). */
  subscribe?: string[];
  unsubscribe?: string[];
}

export type BusHandler = (message: BusMessage) => void;

export interface Bus {
  publish(topic: string, message: BusMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: BusHandler): () => void;
}
