/**
 * Where a change or an ephemeral event came from: the node (unique per running process) and the connection
 * on it. Deliveries leave out the connection that already has its own answer (the sender of a message gets
 * an ack, not the event); the node part keeps connection numbers of different nodes apart.
 */
export interface Origin {
  readonly node: string;
  readonly connection: number;
}
