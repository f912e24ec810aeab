import { ReceiptKind } from '../proto/index.js';
import { later, type Timer } from './runtime.js';

type Kind = typeof ReceiptKind.RECEIPT_KIND_DELIVERED | typeof ReceiptKind.RECEIPT_KIND_READ;

interface Watermark {
  conversationId: string;
  kind: Kind;
  /** The highest seq asked for. */
  wanted: number;
  /** The highest seq handed to the connection. */
  written: number;
  writtenAt: number;
  timer: Timer | undefined;
}

export interface ReceiptWriter {
  /** Hands a receipt to the connection; false while there is none (it is written after the next Welcome). */
  write(conversationId: string, kind: Kind, seq: number): boolean;
  now(): number;
}

/**
 * Delivered and read watermarks. They only move forward, and each conversation's watermark of each kind
 * goes out at most once per interval: a burst of messages or a scroll through history is one frame.
 */
export class Receipts {
  private readonly marks = new Map<string, Watermark>();

  constructor(
    private readonly writer: ReceiptWriter,
    private readonly intervalMs = 50,
  ) {}

  mark(conversationId: string, kind: Kind, seq: number): void {
    const k = `${kind}:${conversationId}`;
    let m = this.marks.get(k);
    if (!m) {
      m = { conversationId, kind, wanted: 0, written: 0, writtenAt: -Infinity, timer: undefined };
      this.marks.set(k, m);
    }
    if (!(seq > m.wanted)) return;
    m.wanted = seq;
    this.schedule(m);
  }

  /** A new connection: whatever was not written goes out now. */
  resume(): void {
    for (const m of this.marks.values()) this.schedule(m);
  }

  /** The conversation is over for this client (closed, or no longer readable). */
  forget(conversationId: string): void {
    for (const kind of [ReceiptKind.RECEIPT_KIND_DELIVERED, ReceiptKind.RECEIPT_KIND_READ]) {
      const m = this.marks.get(`${kind}:${conversationId}`);
      if (m?.timer !== undefined) clearTimeout(m.timer);
      this.marks.delete(`${kind}:${conversationId}`);
    }
  }

  stop(): void {
    for (const m of this.marks.values()) {
      if (m.timer !== undefined) clearTimeout(m.timer);
      m.timer = undefined;
    }
  }

  private schedule(m: Watermark): void {
    if (m.timer !== undefined || m.wanted <= m.written) return;
    const wait = m.writtenAt + this.intervalMs - this.writer.now();
    if (wait > 0) {
      m.timer = later(wait, () => {
        m.timer = undefined;
        this.flush(m);
      });
    } else this.flush(m);
  }

  private flush(m: Watermark): void {
    if (m.wanted <= m.written) return;
    if (!this.writer.write(m.conversationId, m.kind, m.wanted)) return;
    m.written = m.wanted;
    m.writtenAt = this.writer.now();
  }
}
