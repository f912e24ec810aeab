/**
 * The terminal console (`wukf tui`): views in Ink read one store that the SDK client's push stream feeds.
 * runTui runs it on a terminal; the rest is here for tests and for other front ends of the same store.
 */
export { runTui, type TuiOptions } from './run.js';
export { App, type AppProps } from './App.js';
export { createTuiStore, type TuiStore } from './store.js';
export { startSession, type ConsoleSession } from './session.js';
export { agentConsole, type AgentConsoleWiring } from './console.js';
export { clientActions, parseTarget, type ConsoleActions } from './console-actions.js';
export { loginOverHttp, webSocketUrl } from './login.js';
export type { TuiState, TuiEvent, ConversationView } from './state.js';
