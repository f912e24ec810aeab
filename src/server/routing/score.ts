import { hasTag, knownTagId, loadFactor, primaryLanguage, type AgentState } from './agent-state.js';
import type { CandidateList } from './candidates.js';
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
  const total = weigh(settings.weights, language, skills, load, shift, fairness);
  return { agent: agent.username, total, language, skills, load, shift, fairness };
}

/**
 * The weighted sum, in one place: ranking compares totals that must equal the breakdowns' to the last bit,
 * and its bound (below) is this same sum with larger factors, so never less than a total it stands for.
 */
function weigh(w: RoutingSettings['weights'], language: number, skills: number, load: number, shift: number, fairness: number): number {
  return w.language * language + w.skills * skills + w.load * load + w.shift * shift + w.fairness * fairness;
}

function languageFactor(agent: AgentState, demand: PreparedDemand): number {
  if (demand.language === null) return 0;
  if (hasTag(agent.languages, demand.language)) return 1;
  return hasTag(agent.primaryLanguages, demand.primary) ? 0.5 : 0;
}

function skillsFactor(agent: AgentState, demand: PreparedDemand): number {
  const asked = demand.skills.length;
  if (asked === 0) return 0;
  let matched = 0;
  for (let i = 0; i < asked; i++) if (hasTag(agent.skills, demand.skills[i]!)) matched++;
  return matched / asked;
}

// Over the plain numbers a candidate list keeps: no schedule is a boundary at +Infinity and never assigned is
// -Infinity, and both come out as exactly 1.
const shiftLeft = (changeAt: number, now: number) => Math.min(1, Math.max(0, changeAt - now) / HOUR);
const rested = (assignedAt: number, now: number, windowMs: number) => Math.min(1, Math.max(0, now - assignedAt) / windowMs);
const shiftFactor = (agent: AgentState, now: number) => shiftLeft(agent.shiftChangeAt ?? Infinity, now);
const fairnessFactor = (agent: AgentState, now: number, settings: RoutingSettings) => rested(agent.lastAssignedAt ?? -Infinity, now, settings.fairnessWindowMs);

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
 * The best `keep` of the candidates, best first, by the order of `better`. Only totals are computed while
 * scanning (no allocation per candidate); the breakdowns of the few kept are built at the end. `keep` is a
 * handful, so a small sorted array beats a heap.
 *
 * Branch and bound: load, shift and fairness are a few loads and divisions, the tags are the costly part. Once
 * `keep` are held, a candidate whose total could not reach the last one's even with the best language and
 * skills factors the demand allows is dropped without looking at its tags. Arithmetic rounding is monotone and
 * the weights are not negative, so that bound is never below the total it stands for, and what is dropped
 * could not have been kept: the result is the same as scoring everyone.
 */
export function rank(list: CandidateList, exclude: AgentState | undefined, demand: PreparedDemand, now: number, settings: RoutingSettings, rotation: number, keep: number): { top: Ranked[]; count: number } {
  const { agents: candidates, loadShare, shiftChangeAt, lastAssignedAt } = list;
  const windowMs = settings.fairnessWindowMs;
  const w = settings.weights;
  const bestLanguage = demand.language === null ? 0 : 1;
  const bestSkills = demand.skills.length === 0 ? 0 : 1;
  const agents: AgentState[] = [];
  const totals: number[] = [];
  let floor = -Infinity;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const agent = candidates[i]!;
    if (agent === exclude) continue;
    count++;
    const load = loadShare[i]!;
    const shift = shiftLeft(shiftChangeAt[i]!, now);
    const fairness = rested(lastAssignedAt[i]!, now, windowMs);
    if (weigh(w, bestLanguage, bestSkills, load, shift, fairness) < floor) continue;
    const total = weigh(w, languageFactor(agent, demand), skillsFactor(agent, demand), load, shift, fairness);
    if (total < floor) continue;
    let at = agents.length;
    if (at === keep && !better(agent, total, agents[at - 1]!, totals[at - 1]!, rotation)) continue;
    if (at === keep) at--;
    else {
      agents.push(agent);
      totals.push(total);
    }
    // Insertion: move the worse ones down one place, the last one held falling off when full.
    while (at > 0 && better(agent, total, agents[at - 1]!, totals[at - 1]!, rotation)) {
      agents[at] = agents[at - 1]!;
      totals[at] = totals[at - 1]!;
      at--;
    }
    agents[at] = agent;
    totals[at] = total;
    if (agents.length === keep) floor = totals[keep - 1]!;
  }
  const top: Ranked[] = [];
  for (const agent of agents) top.push({ agent, breakdown: score(agent, demand, now, settings) });
  return { top, count };
}
