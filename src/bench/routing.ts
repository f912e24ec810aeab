import { performance } from 'node:perf_hooks';
import { parseWeeklyHours } from '../server/domain/agent.js';
import { Router, type Demand, type RoutingAgent, type RoutingSettings } from '../server/routing/index.js';
import { LatencyHistogram, type LatencySummary } from './histogram.js';

export interface RoutingOptions {
  agents: number;
  conversations: number;
  /** Measured decisions (after as many again to warm up). */
  decisions: number;
  /** Agents coming online over a full queue, each measured. */
  drainRuns: number;
}

/** The same percentiles as a latency summary, in microseconds. */
export type MicroSummary = LatencySummary;

export interface RoutingResult {
  scenario: 'routing';
  available: true;
  agents: number;
  groups: number;
  /** Conversations open (assigned or queued) while decisions are measured. */
  conversations: number;
  decisions: number;
  /** One routing decision (Router.open: sticky, score over the group's eligible agents, fallback or queue), in µs. */
  decisionUs: MicroSummary;
  /** How the measured decisions went. */
  decisionKinds: Record<string, number>;
  /** A conversation entering and leaving a queue of `drain.queued`, in µs. */
  queueChangeUs: MicroSummary;
  drain: {
    /** max_concurrent of the agent coming online. */
    capacity: number;
    /** Conversations waiting when it comes online. */
    queued: number;
    runs: number;
    /** Conversations it was given at once, per run. */
    assigned: number;
    /** From the status change to its assignments decided, in ms: the median and the slowest run. */
    medianMs: number;
    maxMs: number;
  };
  workPerQueueChange: string;
  engine: string;
}

const GROUPS = 10;
const SKILLS = Array.from({ length: 20 }, (_, i) => `skill${i}`);
const LANGUAGES = ['en', 'zh-CN', 'ja', 'fr', 'es'];
const settings: RoutingSettings = { weights: { language: 4, skills: 3, load: 2, shift: 1, fairness: 2 }, stickyMaxUsers: 100_000, stickyTtlMs: 7 * 86_400_000, fallbackAgent: null, fairnessWindowMs: 600_000, runnersUp: 3 };

/** mulberry32: the same figures' inputs on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALL_DAY = parseWeeklyHours('mon-sun 00:00-24:00');

function agentAt(i: number, rnd: () => number): RoutingAgent {
  return {
    username: `agent${i}`,
    status: 'online',
    groups: [`g${i % GROUPS}`, `g${(i * 7 + 3) % GROUPS}`],
    skills: [0, 1, 2].map(() => SKILLS[Math.floor(rnd() * SKILLS.length)]!),
    languages: [LANGUAGES[i % LANGUAGES.length]!, ...(rnd() < 0.3 ? ['en'] : [])],
    timezone: i % 3 === 0 ? 'Asia/Shanghai' : 'UTC',
    // A quarter work to a schedule (on shift all week), so the shift factor has a boundary to look at.
    hours: i % 4 === 0 ? ALL_DAY : null,
    maxConcurrent: 10 + (i % 11),
  };
}

function demandAt(n: number, now: number, rnd: () => number): Demand {
  return {
    conversationId: `c${n}`,
    userKey: rnd() < 0.8 ? `user${Math.floor(rnd() * 5000)}` : null,
    group: rnd() < 0.9 ? `g${Math.floor(rnd() * GROUPS)}` : null,
    skills: rnd() < 0.6 ? [SKILLS[Math.floor(rnd() * SKILLS.length)]!] : [],
    language: rnd() < 0.7 ? LANGUAGES[Math.floor(rnd() * LANGUAGES.length)]! : null,
    priority: rnd() < 0.1 ? 1 : 0,
    openedAt: now,
  };
}

const micro = (h: LatencyHistogram): MicroSummary => {
  const us = (ms: number) => Math.round(ms * 1000 * 100) / 100;
  const s = { p50: h.percentile(50), p90: h.percentile(90), p99: h.percentile(99), 'p99.9': h.percentile(99.9) };
  return { p50: us(s.p50), p90: us(s.p90), p99: us(s.p99), 'p99.9': us(s['p99.9']), max: us(h.summary().max), mean: us(h.summary().mean) };
};

/** Decisions with `conversations` open: every measured open is followed by an unmeasured close, so the count holds. */
function measureDecisions(opts: RoutingOptions, now: number): Pick<RoutingResult, 'decisionUs' | 'decisionKinds'> {
  const rnd = random(1);
  const router = new Router(settings);
  for (let i = 0; i < opts.agents; i++) router.upsertAgent(agentAt(i, rnd), now);
  const open: string[] = [];
  let n = 0;
  for (; n < opts.conversations; n++) {
    router.open(demandAt(n, now, rnd), now);
    open.push(`c${n}`);
  }
  const histogram = new LatencyHistogram();
  const kinds: Record<string, number> = {};
  for (let i = 0; i < opts.decisions * 2; i++) {
    now += 50;
    const demand = demandAt(n++, now, rnd);
    const started = performance.now();
    const { decision } = router.open(demand, now);
    const took = performance.now() - started;
    if (i >= opts.decisions) {
      histogram.record(took);
      kinds[decision!.kind] = (kinds[decision!.kind] ?? 0) + 1;
    }
    const at = Math.floor(rnd() * open.length);
    router.close(open[at]!, now);
    open[at] = demand.conversationId;
  }
  return { decisionUs: micro(histogram), decisionKinds: kinds };
}

/** Every agent full and `conversations` waiting; then, run after run, an agent with room for 50 comes online. */
function measureDrain(opts: RoutingOptions, now: number): Pick<RoutingResult, 'drain' | 'queueChangeUs'> {
  const rnd = random(2);
  const router = new Router(settings);
  for (let i = 0; i < opts.agents; i++) router.upsertAgent(agentAt(i, rnd), now);
  let n = 0;
  // Requests for any group would go to the fresh agent too; here every conversation names its group.
  const queuedDemand = (group = `g${Math.floor(rnd() * GROUPS)}`) => ({ ...demandAt(n++, now, rnd), group });
  // Fill every agent: each request names a group of an agent with room, so none waits yet.
  for (const agent of router.agents.values()) {
    while (agent.load < agent.input.maxConcurrent) router.open(queuedDemand(agent.input.groups[0]), now);
  }
  for (let i = 0; i < opts.conversations; i++) router.open(queuedDemand(), now);
  if (router.queued.size !== opts.conversations) throw new Error('routing bench: the agents did not fill up before the queue');

  const queueChange = new LatencyHistogram();
  for (let i = 0; i < 2000; i++) {
    const demand = queuedDemand();
    const started = performance.now();
    router.open(demand, now);
    router.close(demand.conversationId, now);
    if (i >= 1000) queueChange.record(performance.now() - started);
  }

  const times: number[] = [];
  let assigned = 0;
  for (let run = 0; run < opts.drainRuns; run++) {
    const fresh: RoutingAgent = { ...agentAt(opts.agents + run, rnd), username: `fresh${run}`, status: 'offline', maxConcurrent: 50 };
    router.upsertAgent(fresh, now);
    const started = performance.now();
    const result = router.setStatus(fresh.username, 'online', now);
    times.push(performance.now() - started);
    assigned = result.assigned.length;
    // Put the queue back as it was for the next run: the fresh agent leaves, their conversations close, as many new ones wait.
    router.setStatus(fresh.username, 'offline', now);
    for (const a of result.assigned) router.close(a.conversationId, now);
    for (let i = 0; i < result.assigned.length; i++) router.open(queuedDemand(), now);
  }
  times.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 1000) / 1000;
  return {
    queueChangeUs: micro(queueChange),
    drain: { capacity: 50, queued: opts.conversations, runs: opts.drainRuns, assigned, medianMs: ms(times[Math.floor((times.length - 1) / 2)]!), maxMs: ms(times[times.length - 1]!) },
  };
}

/**
 * The routing core in this process, as the server runs it (it is synchronous and does no I/O, so a socket in
 * between would measure the socket): decision time over `agents` agents with `conversations` open, and an
 * agent coming online over `conversations` queued.
 */
export function runRouting(opts: RoutingOptions): RoutingResult {
  const now = Date.parse('2026-01-05T10:00:00Z');
  return {
    scenario: 'routing',
    available: true,
    agents: opts.agents,
    groups: GROUPS,
    conversations: opts.conversations,
    decisions: opts.decisions,
    ...measureDecisions(opts, now),
    ...measureDrain(opts, now),
    workPerQueueChange:
      "a queue change touches one group's queue: a binary search and an array move within one priority; " +
      'a decision scores only the eligible agents of the requested group; an agent gaining room takes from its own groups’ queue heads, ' +
      'so neither depends on the length of the queue or on the other agents',
    engine: `node ${process.version}`,
  };
}
