import type { Bus, BusHandler, BusMessage } from './bus.js';

/** Delivers synchronously to the subscribers of this process, in publish order. */
export class InProcessBus implements Bus {
  private readonly topics = new Map<string, Set<BusHandler>>();

  publish(topic: string, message: BusMessage): void {
    const handlers = this.topics.get(topic);
    if (!handlers) return;
    for (const handler of handlers) handler(message);
  }

  subscribe(topic: string, handler: BusHandler): () => void {
    let handlers = this.topics.get(topic);
    if (!handlers) {
      handlers = new Set();
      this.topics.set(topic, handlers);
    }
    handlers.add(handler);
    return () => {
      const set = this.topics.get(topic);
      if (!set) return;
      set.delete(handler);
      if (set.size === 0) this.topics.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.topics.clear();
  }
}
