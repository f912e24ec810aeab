/** A listener of one event; `void` events take no argument. */
export type Listener<T> = [T] extends [void] ? () => void : (payload: T) => void;

/**
 * A tiny typed event emitter that runs in Node and in browsers (Node's EventEmitter does not). A listener
 * that throws does not stop the others or the client: its error is rethrown on a fresh microtask, where it
 * surfaces as an uncaught error instead of corrupting the client's state half-way through a frame.
 */
export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  /**
   * Replaced, never changed in place: emit() walks the array it started with, so listeners added or removed
   * while emitting take effect from the next emit, without a copy on every emit.
   */
  private readonly listeners = new Map<keyof Events, readonly ((payload: never) => void)[]>();

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const current = this.listeners.get(event) ?? [];
    const added = listener as (payload: never) => void;
    if (!current.includes(added)) this.listeners.set(event, [...current, added]);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const current = this.listeners.get(event);
    if (!current?.includes(listener as (payload: never) => void)) return;
    const rest = current.filter((l) => l !== listener);
    if (rest.length > 0) this.listeners.set(event, rest);
    else this.listeners.delete(event);
  }

  /** Adds a listener that runs at most once; returns a function that removes it. */
  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const wrapper = ((payload: Events[K]) => {
      off();
      (listener as (payload: Events[K]) => void)(payload);
    }) as Listener<Events[K]>;
    const off = this.on(event, wrapper);
    return off;
  }

  listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  protected emit<K extends keyof Events>(event: K, ...args: [Events[K]] extends [void] ? [] : [Events[K]]): void {
    const listeners = this.listeners.get(event);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        (listener as (...a: unknown[]) => void)(...args);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }
}
