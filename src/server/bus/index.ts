export { audienceIncludes, type Audience, type Bus, type BusHandler, type BusMessage } from './bus.js';
export { createBus } from './create-bus.js';
export { InProcessBus } from './in-process-bus.js';
