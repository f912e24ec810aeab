import { hasTag, knownTagId, primaryLanguage, type AgentState } from './agent-state.js';
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

/** The best agents offered so far, best first, at most `keep`; `floor` is the last one's total once full. */
class Kept {
  readonly agents: AgentState[] = [];
  readonly totals: number[] = [];
  floor = -Infinity;

  constructor(
    private readonly keep: number,
    private readonly rotation: number,
  ) {}

  /** An agent offered twice (it has two of the tags asked) comes with the same total and is kept once. */
  offer(agent: AgentState, total: number): void {
    if (total < this.floor) return;
    const { agents, totals, keep, rotation } = this;
    let at = agents.length;
    if (at === keep && !better(agent, total, agents[at - 1]!, totals[at - 1]!, rotation)) return;
    if (agents.includes(agent)) return;
    if (at === keep) at--;
    else {
      agents.push(agent);
      totals.push(total);
    }
    // Insertion: the worse ones move down one place, the last one held falling off when full.
    while (at > 0 && better(agent, total, agents[at - 1]!, totals[at - 1]!, rotation)) {
      agents[at] = agents[at - 1]!;
      totals[at] = totals[at - 1]!;
      at--;
    }
    agents[at] = agent;
    totals[at] = total;
    if (agents.length === keep) this.floor = totals[keep - 1]!;
  }
}

/**
 * The best `keep` of a group's eligible agents (but `exclude`), best first, by the order of `better`; and how
 * many there were. Only totals are computed while looking (no allocation per candidate); the breakdowns of the
 * few kept are built at the end. `keep` is a handful, so a small sorted array beats a heap.
 *
 * Branch and bound, exact because the weighted sum only grows with its factors (the weights are not negative
 * and rounding is monotone): an agent whose factors are at most given values totals at most `weigh` of those.
 * So the agents who have an asked skill are looked at first, then those speaking the language asked, then those
 * sharing its primary language, then the rest; each next set is skipped when even its best possible total (the
 * tags it can still match, load, shift and fairness at 1) is below the last one kept. Within a set, an agent
 * whose load, shift and fairness keep it below the last one kept even with the best tags is dropped before its
 * tags are looked at. What is skipped or dropped could not have been kept: the result is that of scoring all.
 */
export function rank(list: CandidateList, exclude: AgentState | undefined, demand: PreparedDemand, now: number, settings: RoutingSettings, rotation: number, keep: number): { top: Ranked[]; count: number } {
  const kept = new Kept(keep, rotation);
  const { language, primary } = demand;
  const anyLanguage = language === null ? 0 : 1;
  for (const skill of demand.skills) offerAll(list.withSkill(skill), anyLanguage, 1, kept, exclude, demand, now, settings);
  // From here on, whoever is left has none of the skills asked.
  if (language !== null) offerAll(list.withLanguage(language), 1, 0, kept, exclude, demand, now, settings);
  if (language !== null) offerAll(list.withPrimaryLanguage(primary), 0.5, 0, kept, exclude, demand, now, settings);
  // And now, whoever is left matches nothing asked.
  offerAll(list.agents, 0, 0, kept, exclude, demand, now, settings);
  const top: Ranked[] = [];
  for (const agent of kept.agents) top.push({ agent, breakdown: score(agent, demand, now, settings) });
  return { top, count: list.agents.length - (exclude !== undefined && list.has(exclude) ? 1 : 0) };
}

/**
 * Offers the agents of one set whose total can reach the ones kept. Those of the set not looked at before have
 * language and skills factors of at most `bestLanguage` and `bestSkills`: with load, shift and fairness at 1
 * that bounds the whole set, with each agent's own that bounds the agent, and what falls below the last one
 * kept is skipped before its tags are looked at. Those looked at before were offered then: skipping them again
 * changes nothing.
 */
function offerAll(agents: readonly AgentState[], bestLanguage: number, bestSkills: number, kept: Kept, exclude: AgentState | undefined, demand: PreparedDemand, now: number, settings: RoutingSettings): void {
  const w = settings.weights;
  if (weigh(w, bestLanguage, bestSkills, 1, 1, 1) < kept.floor) return;
  for (let i = 0; i < agents.length; i++) {
    const agent = agents[i]!;
    if (agent === exclude) continue;
    const load = loadFactor(agent);
    const shift = shiftFactor(agent, now);
    const fairness = fairnessFactor(agent, now, settings);
    if (weigh(w, bestLanguage, bestSkills, load, shift, fairness) < kept.floor) continue;
    kept.offer(agent, weigh(w, languageFactor(agent, demand), skillsFactor(agent, demand), load, shift, fairness));
  }
}
