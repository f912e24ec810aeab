export { Realtime, type RealtimeDeps, type TokenInfo } from './realtime.js';
export { InjectedClient, MemorySink } from './inject.js';
export { limitsFromConfig, queueBudgetsFromConfig, type RealtimeLimits } from './limits.js';
export { topics } from './topics.js';
