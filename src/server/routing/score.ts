import { knownTagId, primaryLanguage, type AgentState } from './agent-state.js';
import type { Demand, RoutingSettings, ScoreBreakdown } from './types.js';

const HOUR = 3_600_000;

/** A demand with its language and skills lower-cased once per decision rather than once per agent. */
export interface PreparedDemand {
  language: number | null;
  primary: number;
  skills: number[];
}

export function prepare(demand: Demand): PreparedDemand {
  const language = demand.language?.toLowerCase() ?? null;
  return {
    language: language === null ? null : knownTagId(language),
    primary: language === null ? -1 : knownTagId(primaryLanguage(language)),
    skills: demand.skills.map((s) => knownTagId(s.toLowerCase())),
  };
}

/**
 * One agent's factors, each in [0, 1]:
 * - language: 1 speaks the requested tag, 0.5 only its primary language ("zh" for "zh-TW"), 0 otherwise or none asked;
 * - skills: the share of requested skills the agent has (0 when none asked);
 * - load: free capacity as a share of max_concurrent;
 * - shift: 1 with an hour or more of the shift left, falling to 0 as its end nears (1 without a schedule);
 * - fairness: time since the agent's last assignment as a share of routing.fairness_window_s (1 if never).
 */
export function score(agent: AgentState, demand: PreparedDemand, now: number, settings: RoutingSettings): ScoreBreakdown {
  const language = languageFactor(agent, demand);
  const skills = skillsFactor(agent, demand);
  const load = loadFactor(agent);
  const shift = shiftFactor(agent, now);
  const fairness = fairnessFactor(agent, now, settings);
  const w = settings.weights;
  const total = w.language * language + w.skills * skills + w.load * load + w.shift * shift + w.fairness * fairness;
  return { agent: agent.username, total, language, skills, load, shift, fairness };
}

/** score(…).total without building the breakdown: what ranking computes for every candidate. */
function totalOf(agent: AgentState, demand: PreparedDemand, now: number, settings: RoutingSettings): number {
  const w = settings.weights;
  return w.language * languageFactor(agent, demand) + w.skills * skillsFactor(agent, demand) + w.load * loadFactor(agent) + w.shift * shiftFactor(agent, now) + w.fairness * fairnessFactor(agent, now, settings);
}

function languageFactor(agent: AgentState, demand: PreparedDemand): number {
  if (demand.language === null) return 0;
  if (agent.languages.includes(demand.language)) return 1;
  return agent.primaryLanguages.includes(demand.primary) ? 0.5 : 0;
}

function skillsFactor(agent: AgentState, demand: PreparedDemand): number {
  const asked = demand.skills.length;
  if (asked === 0) return 0;
  let matched = 0;
  for (let i = 0; i < asked; i++) if (agent.skills.includes(demand.skills[i]!)) matched++;
  return matched / asked;
}

const loadFactor = (agent: AgentState) => Math.max(0, agent.maxConcurrent - agent.load) / agent.maxConcurrent;
const shiftFactor = (agent: AgentState, now: number) => (agent.shiftChangeAt === null ? 1 : Math.min(1, Math.max(0, agent.shiftChangeAt - now) / HOUR));
const fairnessFactor = (agent: AgentState, now: number, settings: RoutingSettings) =>
  agent.lastAssignedAt === null ? 1 : Math.min(1, Math.max(0, now - agent.lastAssignedAt) / settings.fairnessWindowMs);

/**
 * Orders equal scores fairly: the least recently assigned first, then a choice that rotates with every
 * decision (the agent's hash mixed with the decision counter), so neither the order agents were added in
 * nor their names decide.
 */
export function better(a: AgentState, aTotal: number, b: AgentState, bTotal: number, rotation: number): boolean {
  if (aTotal !== bTotal) return aTotal > bTotal;
  const la = a.lastAssignedAt ?? -Infinity;
  const lb = b.lastAssignedAt ?? -Infinity;
  if (la !== lb) return la < lb;
  const mix = Math.imul(rotation + 1, 0x9e3779b1);
  const ra = (a.hash ^ mix) >>> 0;
  const rb = (b.hash ^ mix) >>> 0;
  return ra !== rb ? ra < rb : a.username < b.username;
}

export interface Ranked {
  agent: AgentState;
  breakdown: ScoreBreakdown;
}

/**
 * The best `keep` of the candidates, best first. Only totals are computed while scanning (no allocation per
 * candidate); the breakdowns of the few kept are built at the end. `keep` is a handful, so a small sorted
 * array beats a heap.
 */
export function rank(candidates: readonly AgentState[], exclude: AgentState | undefined, demand: PreparedDemand, now: number, settings: RoutingSettings, rotation: number, keep: number): { top: Ranked[]; count: number } {
  const agents: AgentState[] = [];
  const totals: number[] = [];
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const agent = candidates[i]!;
    if (agent === exclude) continue;
    count++;
    const total = totalOf(agent, demand, now, settings);
    const last = agents.length - 1;
    if (agents.length >= keep && !better(agent, total, agents[last]!, totals[last]!, rotation)) continue;
    let at = agents.length;
    while (at > 0 && better(agent, total, agents[at - 1]!, totals[at - 1]!, rotation)) at--;
    agents.splice(at, 0, agent);
    totals.splice(at, 0, total);
    if (agents.length > keep) {
      agents.pop();
      totals.pop();
    }
  }
  return { top: agents.map((agent) => ({ agent, breakdown: score(agent, demand, now, settings) })), count };
}
