import { LatencyHistogram } from './histogram.js';
import type { Endpoint, PairLink } from './transport.js';

/**
 * The load loops, shared by the wukf relay and the bare-ws baseline so that only the transport differs.
 * A message counts when it was sent during the measured period; its latency runs from when it was sent
 * (closed loop) or was meant to be sent (open loop) to when the peer got it.
 */
export class LoadState {
  measuring = false;
  /** No more sends. */
  stopped = false;
  /** No more counting: acks and deliveries after this are ignored. */
  frozen = false;
  sent = 0;
  acked = 0;
  delivered = 0;
  latency = new LatencyHistogram();
  /** Open loop: how far behind its schedule the generator sent each measured message. */
  lateness = new LatencyHistogram();
  /** id → start time (performance.now()) and whether it was sent while measuring. */
  readonly pending = new Map<string, { at: number; measured: boolean }>();

  /** Wires a pair's two sides to count what each hears from the other. */
  listen(links: PairLink[]): void {
    const heard = (id: string) => {
      const p = this.pending.get(id);
      if (p === undefined) return;
      this.pending.delete(id);
      if (!p.measured || this.frozen) return;
      this.delivered += 1;
      this.latency.record(performance.now() - p.at);
    };
    for (const link of links) {
      link.visitor.onDelivered(heard);
      link.agent.onDelivered(heard);
    }
  }

  private issue(endpoint: Endpoint, id: string, at: number, then?: () => void): void {
    const measured = this.measuring;
    this.pending.set(id, { at, measured });
    if (measured) this.sent += 1;
    endpoint.send(id).then(
      () => {
        if (measured && !this.frozen) this.acked += 1;
        then?.();
      },
      () => undefined,
    );
  }

  /** Closed loop: each side keeps `window` messages unacknowledged and sends the next on every ack. */
  closedLoop(links: PairLink[], window: number, prefix: string): void {
    for (const [i, link] of links.entries()) {
      for (const [side, endpoint] of [['v', link.visitor], ['a', link.agent]] as const) {
        let n = 0;
        const next = (): void => {
          if (this.stopped) return;
          this.issue(endpoint, `${prefix}${i}${side}${n++}`, performance.now(), next);
        };
        for (let w = 0; w < window; w++) next();
      }
    }
  }

  /**
   * Open loop: each side sends on a fixed schedule whatever happens to earlier messages. Sender j's k-th
   * message is due at t0 + (phase_j + k) / rate; a late tick sends what is due at once, and the latency
   * still starts at the due time, so a stall shows in the numbers instead of hiding (coordinated omission).
   */
  openLoop(links: PairLink[], ratePerSender: number, firstSender: number, totalSenders: number, prefix: string): void {
    const periodMs = 1000 / ratePerSender;
    const t0 = performance.now();
    const senders = links.flatMap((link, i) =>
      ([['v', link.visitor], ['a', link.agent]] as const).map(([side, endpoint], s) => {
        const j = firstSender + i * 2 + s;
        return { endpoint, id: `${prefix}${i}${side}`, n: 0, dueAt: t0 + (j / totalSenders) * periodMs };
      }),
    );
    const tick = (): void => {
      if (this.stopped) return;
      const now = performance.now();
      for (const sender of senders) {
        while (sender.dueAt <= now) {
          if (this.measuring) this.lateness.record(now - sender.dueAt);
          this.issue(sender.endpoint, `${sender.id}${sender.n++}`, sender.dueAt);
          sender.dueAt += periodMs;
        }
      }
      setTimeout(tick, 1);
    };
    tick();
  }

  /**
   * Ends one measured period and starts the next with the load running on (the dashboard bench's phases):
   * the counts so far, reset. A message on its way across the boundary counts where it is delivered.
   */
  takePeriod(): { sent: number; acked: number; delivered: number; latency: LatencyHistogram; lateness: LatencyHistogram } {
    const period = { sent: this.sent, acked: this.acked, delivered: this.delivered, latency: this.latency, lateness: this.lateness };
    this.sent = this.acked = this.delivered = 0;
    this.latency = new LatencyHistogram();
    this.lateness = new LatencyHistogram();
    return period;
  }

  /** Measured messages still on their way. */
  outstanding(): number {
    let n = 0;
    for (const p of this.pending.values()) if (p.measured) n += 1;
    return n;
  }
}
