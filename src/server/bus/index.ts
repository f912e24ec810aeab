export type { Bus, BusHandler, BusMessage } from './bus.js';
export { InProcessBus } from './in-process-bus.js';
