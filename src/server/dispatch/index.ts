/**
 * Dispatch: routing wired to the conversation core. The desk holds the router and answers the core's
 * questions synchronously; the service feeds it events and timers and stores its decisions.
 */
export { RoutingDesk, demandOf, routingAgentOf, type DeskSettings } from './routing-desk.js';
export { RoutingService, type RoutingDirectory, type RoutingServiceSettings } from './routing-service.js';
export { ObservedPresence } from './observed-presence.js';
