import { primaryLanguage, type AgentState } from './agent-state.js';
import type { Demand, RoutingSettings, ScoreBreakdown } from './types.js';

const HOUR = 3_600_000;

/** A demand with its language and skills lower-cased once per decision rather than once per agent. */
export interface PreparedDemand {
  language: string | null;
  primary: string | null;
  skills: string[];
}

export function prepare(demand: Demand): PreparedDemand {
  const language = demand.language?.toLowerCase() ?? null;
  return { language, primary: language === null ? null : primaryLanguage(language), skills: demand.skills.map((s) => s.toLowerCase()) };
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
  const language = demand.language === null ? 0 : agent.languages.has(demand.language) ? 1 : agent.primaryLanguages.has(demand.primary!) ? 0.5 : 0;
  let matched = 0;
  for (const skill of demand.skills) if (agent.skills.has(skill)) matched++;
  const skills = demand.skills.length === 0 ? 0 : matched / demand.skills.length;
  const max = agent.input.maxConcurrent;
  const load = Math.max(0, max - agent.load) / max;
  const shift = agent.shiftChangeAt === null ? 1 : Math.min(1, Math.max(0, agent.shiftChangeAt - now) / HOUR);
  const fairness = agent.lastAssignedAt === null ? 1 : Math.min(1, Math.max(0, now - agent.lastAssignedAt) / settings.fairnessWindowMs);
  const w = settings.weights;
  const total = w.language * language + w.skills * skills + w.load * load + w.shift * shift + w.fairness * fairness;
  return { agent: agent.username, total, language, skills, load, shift, fairness };
}

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

/** The best `keep` of the candidates, best first. Keeps a small sorted array: keep is a handful. */
export function rank(candidates: Iterable<AgentState>, demand: PreparedDemand, now: number, settings: RoutingSettings, rotation: number, keep: number): { top: Ranked[]; count: number } {
  const top: Ranked[] = [];
  let count = 0;
  for (const agent of candidates) {
    count++;
    const breakdown = score(agent, demand, now, settings);
    const last = top[top.length - 1];
    if (top.length >= keep && last && !better(agent, breakdown.total, last.agent, last.breakdown.total, rotation)) continue;
    let at = top.length;
    while (at > 0 && better(agent, breakdown.total, top[at - 1]!.agent, top[at - 1]!.breakdown.total, rotation)) at--;
    top.splice(at, 0, { agent, breakdown });
    if (top.length > keep) top.pop();
  }
  return { top, count };
}
