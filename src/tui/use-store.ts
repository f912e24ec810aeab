import { useSyncExternalStore } from 'react';
import type { TuiState } from './state.js';
import type { TuiStore } from './store.js';

/**
 * The store's state, rendering again on each change. The state is immutable, so React can compare it; views
 * derive their lists from it with the functions of select.ts.
 */
export function useStore(store: TuiStore): TuiState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
