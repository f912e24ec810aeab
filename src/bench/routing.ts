/** What `wukf bench routing` reports until routing exists: no numbers rather than made-up ones. */
export interface RoutingResult {
  scenario: 'routing';
  available: false;
  reason: string;
}

export function runRouting(): RoutingResult {
  return { scenario: 'routing', available: false, reason: 'routing is not available yet in this version: conversations are claimed by agents, not assigned, so there is no routing decision to measure' };
}
