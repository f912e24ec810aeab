import { initialState, tuiReducer, type TuiEvent, type TuiState } from './state.js';

/**
 * The one store the console's views read: a state, a dispatch that runs the reducer, and listeners told after
 * each change (what React's useSyncExternalStore needs).
 */
export interface TuiStore {
  getState(): TuiState;
  dispatch(event: TuiEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createTuiStore(now: number = Date.now()): TuiStore {
  let state = initialState(now);
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = tuiReducer(state, event);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
