import type { Participant } from '../domain/conversation.js';
import { WukfError } from '../../proto/errors.js';
import type { WriteOutcome, WriteRequest } from './conversation-writer.js';

/**
 * How a batch crosses to the writer thread and its outcomes come back. postMessage copies with the
 * structured clone, which writes every property name of every object it meets; a message as nested objects
 * cost about three times what it costs as a run of plain values. So a message goes as seven values in one
 * flat array, and a stored message's outcome as its seq alone. Transitions and receipts are rare and go as
 * they are.
 */
export type PackedWrites = unknown[];
/** A number is a new message stored with that seq at the batch's time; anything else is the outcome itself. */
export type PackedOutcomes = (number | WriteOutcome)[];

const APPEND = 0;
const OTHER = 1;

/** Appends one write to `packed`. */
export function packWrite(packed: PackedWrites, write: WriteRequest): void {
  if (write.kind === 'append') {
    const { conversationId, clientMessageId, sender, text } = write.input;
    packed.push(APPEND, conversationId, clientMessageId, sender.kind, sender.id, sender.displayName, text);
  } else {
    packed.push(OTHER, write);
  }
}

export function unpackWrites(packed: PackedWrites): WriteRequest[] {
  const writes: WriteRequest[] = [];
  for (let i = 0; i < packed.length; ) {
    if (packed[i] === APPEND) {
      const sender = { kind: packed[i + 3], id: packed[i + 4], displayName: packed[i + 5] } as Participant;
      writes.push({ kind: 'append', input: { conversationId: packed[i + 1] as string, clientMessageId: packed[i + 2] as string, sender, text: packed[i + 6] as string } });
      i += 7;
    } else if (packed[i] === OTHER) {
      writes.push(packed[i + 1] as WriteRequest);
      i += 2;
    } else {
      throw new Error(`packed writes are corrupt at ${i}`);
    }
  }
  return writes;
}

/** Appends the outcomes of writes [from, from + count), a chunk stamped with `at`, to `packed`. */
export function packOutcomes(outcomes: readonly WriteOutcome[], from: number, count: number, at: number, packed: PackedOutcomes): void {
  for (let i = from; i < from + count; i++) {
    const o = outcomes[i]!;
    const v = o.ok ? o.value : null;
    packed.push(v && 'duplicate' in v && !v.duplicate && v.createdAt === at ? v.seq : o);
  }
}

/** Settles one write with its packed outcome. */
export function settleWith(packed: number | WriteOutcome, at: number, settle: { resolve(value: unknown): void; reject(err: unknown): void }): void {
  if (typeof packed === 'number') settle.resolve({ seq: packed, createdAt: at, duplicate: false });
  else if (packed.ok) settle.resolve(packed.value);
  else settle.reject(new WukfError(packed.code, packed.message));
}
