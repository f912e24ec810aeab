import { z } from 'zod';
import { key, section, type SectionSpec } from './spec-kit.js';

const DAY = 24 * 60 * 60;
const weight = (def: number, what: string) =>
  key(z.number().min(0).max(100), { default: def, doc: `Score weight of ${what}; 0 ignores the factor.`, expected: 'a number 0-100' });

/**
 * routing: how a conversation finds its agent (docs/routing.md). The weights, stickiness, fallback agent,
 * fairness window and runners-up are read by the routing core (src/server/routing); assignment,
 * accept_timeout_s and claim_allowed by the code that offers its decisions to agents.
 */
export const routingSection: SectionSpec = section('How conversations are routed to agents: sticky agent, weighted score, fallback, queue (docs/routing.md).', {
  weights: section("Each eligible agent's score is the weighted sum of five factors, each between 0 and 1; the highest wins.", {
    language: weight(4, "speaking the visitor's language (1 the exact tag, 0.5 the same primary language such as zh for zh-TW)"),
    skills: weight(3, 'the share of the requested skills the agent has'),
    load: weight(2, "free capacity, as a share of the agent's max concurrent conversations"),
    shift: weight(1, "shift time left (1 with an hour or more, falling to 0 as the agent's shift ends)"),
    fairness: weight(2, 'time since the agent was last assigned, as a share of fairness_window_s'),
  }),
  sticky_max_users: key(z.number().int().min(0).max(10_000_000), {
    default: 100_000,
    doc: "Users whose most recent agent is kept in memory (least recently used dropped first). A user not kept is looked up in the store's conversation history. 0 keeps none in memory.",
    expected: 'an integer 0-10000000',
  }),
  sticky_ttl_s: key(z.number().int().min(0).max(365 * DAY), {
    default: 7 * DAY,
    doc: "Seconds a user stays with their most recent agent (604800 = 7 days): a new conversation within it goes to that agent if they are eligible. 0 turns stickiness off.",
    expected: `an integer number of seconds, 0-${365 * DAY}`,
  }),
  fallback_agent: key(z.string().regex(/^([a-z0-9][a-z0-9._-]{1,31})?$/), {
    default: '',
    doc: "Username of the agent who takes a conversation when nobody in its group or the group's fallback groups can; empty: none.",
    expected: 'an agent username (2-32 characters of a-z, 0-9, ".", "_", "-") or ""',
  }),
  fairness_window_s: key(z.number().int().min(1).max(DAY), {
    default: 600,
    doc: 'Seconds after which an agent counts as fully rested for the fairness factor: one assigned that long ago (or never) scores 1.',
    expected: `an integer number of seconds, 1-${DAY}`,
  }),
  explain_runners_up: key(z.number().int().min(0).max(20), {
    default: 3,
    doc: "Runners-up whose score breakdown is kept with a decision's explanation, next to the winner's.",
    expected: 'an integer 0-20',
  }),
  assignment: key(z.enum(['offer', 'final', 'manual']), {
    default: 'offer',
    doc: 'offer: an automatic assignment is offered and the agent accepts it (or replies); not accepted within accept_timeout_s, it goes to the next best. final: it is theirs at once. manual: nothing is assigned automatically; conversations wait in the queue for an agent to claim them.',
    expected: 'offer, final or manual',
  }),
  accept_timeout_s: key(z.number().int().min(1).max(3600), {
    default: 30,
    doc: 'Seconds an agent has to accept an offered conversation before it is offered to the next best agent (assignment: offer).',
    expected: 'an integer number of seconds, 1-3600',
  }),
  agent_grace_s: key(z.number().int().min(0).max(DAY), {
    default: 60,
    doc: "Seconds an agent whose last connection closed keeps their conversations (a reload, a network blip); then they are routed to others, or back to the queue, and each visitor is told.",
    expected: `an integer number of seconds, 0-${DAY}`,
  }),
  abandon_grace_s: key(z.number().int().min(0).max(DAY), {
    default: 120,
    doc: 'Seconds a queued conversation stays in the queue after its visitor\'s last connection closed; then it leaves the queue (LEFT) until the visitor comes back.',
    expected: `an integer number of seconds, 0-${DAY}`,
  }),
  idle_close_s: key(z.number().int().min(0).max(30 * DAY), {
    default: 1800,
    doc: 'Seconds without a message after which an active conversation is closed by the system (note "idle"). 0: never.',
    expected: `an integer number of seconds, 0-${30 * DAY}`,
  }),
  max_priority: key(z.number().int().min(0).max(1000), {
    default: 10,
    doc: "Highest priority an identified visitor's conversation may ask for (higher is served first); anonymous visitors' is always 0.",
    expected: 'an integer 0-1000',
  }),
  claim_allowed: key(z.boolean(), {
    default: true,
    doc: 'Agents may claim a waiting conversation from the queue themselves (any group). false: only routing and admins assign; an agent may still claim what was offered to them.',
    expected: 'true or false',
  }),
});

export interface RoutingConfig {
  weights: { language: number; skills: number; load: number; shift: number; fairness: number };
  sticky_max_users: number;
  sticky_ttl_s: number;
  fallback_agent: string;
  fairness_window_s: number;
  explain_runners_up: number;
  assignment: 'offer' | 'final' | 'manual';
  accept_timeout_s: number;
  agent_grace_s: number;
  abandon_grace_s: number;
  idle_close_s: number;
  max_priority: number;
  claim_allowed: boolean;
}
