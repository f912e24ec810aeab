export { PresenceStatus, type Presence } from './presence.js';
export { LocalPresence } from './local-presence.js';
