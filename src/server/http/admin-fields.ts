import { z } from 'zod';
import { WukfError } from '../../proto/errors.js';
import {
  parseLanguages,
  parseMaxConcurrent,
  parseRole,
  parseTags,
  parseTimezone,
  parseWeeklyHours,
  formatWeeklyHours,
  validateDisplayName,
  type AgentPatch,
} from '../domain/agent.js';
import { MAX_PASSWORD_UNITS } from '../domain/password-policy.js';
import { normalizeGroupList, validateGroupDescription, validateGroupDisplayName, validateGroupName, type GroupPatch } from '../domain/group.js';

/**
 * The admin API's bodies for agents and groups. zod checks the JSON shapes; the domain parsers decide what
 * a valid value is, so the API accepts exactly what `wukf agent …` and `wukf group …` accept. A refusal is
 * WUKF_E_INVALID_INPUT naming the JSON field ("maxConcurrent: expected an integer 1-1000, got 0").
 */
const text = (max: number) => z.string({ error: 'expected a string' }).max(max, `at most ${max} characters`);
const list = z.array(text(64), { error: 'expected an array of strings' }).max(64, 'at most 64 entries');

const minutes = z.number({ error: 'expected a number' }).int('expected an integer').min(0).max(24 * 60);
const window = z.strictObject({ day: z.number({ error: 'expected a number' }).int('expected an integer').min(0).max(6), start: minutes, end: minutes });

export const agentFieldsShape = {
  displayName: text(256).optional(),
  role: text(16).optional(),
  skills: list.optional(),
  languages: list.optional(),
  maxConcurrent: z.number({ error: 'expected a number' }).optional(),
  timezone: text(64).optional(),
  /**
   * The CLI's form ("mon-fri 09:00-18:00; sat 10:00-14:00"), "always" / null for no schedule, or the windows
   * as the API answers them, so that what a client read can be sent back as it is.
   */
  hours: z.union([text(1024), z.array(window, { error: 'expected a string, null or an array of {day, start, end}' }).max(7 * 48)]).nullable().optional(),
  groups: list.optional(),
  // Bounded in UTF-16 units for the parser; the password policy then counts characters.
  password: text(MAX_PASSWORD_UNITS).optional(),
};

export const newAgentBody = z.strictObject({ username: text(64), ...agentFieldsShape, password: text(MAX_PASSWORD_UNITS) });
export const agentPatchBody = z.strictObject(agentFieldsShape);

const groupFieldsShape = {
  displayName: text(256).optional(),
  description: text(4096).optional(),
  fallback: text(64).nullable().optional(),
};
export const newGroupBody = z.strictObject({ name: text(64), ...groupFieldsShape });
export const groupPatchBody = z.strictObject(groupFieldsShape);

/** Runs a domain parser for one JSON field; its error names the domain field, the caller sent this one. */
export function field<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof WukfError && err.field !== undefined)) throw err;
    const reason = err.message.startsWith(`${err.field}: `) ? err.message.slice(err.field.length + 2) : err.message;
    throw new WukfError('WUKF_E_INVALID_INPUT', `${name}: ${reason}`, { field: name, cause: err });
  }
}

export function agentPatch(body: z.infer<typeof agentPatchBody>): AgentPatch {
  const patch: AgentPatch = {};
  const { displayName, role, skills, languages, maxConcurrent, timezone, hours, groups } = body;
  if (displayName !== undefined) patch.displayName = field('displayName', () => validateDisplayName(displayName));
  if (role !== undefined) patch.role = field('role', () => parseRole(role));
  if (skills !== undefined) patch.skills = field('skills', () => parseTags('skills', skills.join(',')));
  if (languages !== undefined) patch.languages = field('languages', () => parseLanguages(languages.join(',')));
  if (maxConcurrent !== undefined) patch.maxConcurrent = field('maxConcurrent', () => parseMaxConcurrent(maxConcurrent));
  if (timezone !== undefined) patch.timezone = field('timezone', () => parseTimezone(timezone));
  // Windows go through the text form, so both are held to the same rules.
  if (hours !== undefined) patch.hours = hours === null ? null : field('hours', () => parseWeeklyHours(typeof hours === 'string' ? hours : formatWindows(hours)));
  if (groups !== undefined) patch.groups = field('groups', () => normalizeGroupList(groups));
  return patch;
}

/** An empty array would read as "always"; the parser refuses it as it refuses an empty schedule. */
function formatWindows(windows: { day: number; start: number; end: number }[]): string {
  return windows.length === 0 ? ';' : formatWeeklyHours(windows);
}

export function groupPatch(body: z.infer<typeof groupPatchBody>): GroupPatch {
  const patch: GroupPatch = {};
  const { displayName, description, fallback } = body;
  if (displayName !== undefined) patch.displayName = field('displayName', () => validateGroupDisplayName(displayName));
  if (description !== undefined) patch.description = field('description', () => validateGroupDescription(description));
  if (fallback !== undefined) patch.fallback = fallback === null ? null : field('fallback', () => validateGroupName(fallback, 'fallback'));
  return patch;
}

export function groupName(name: string): string {
  return field('name', () => validateGroupName(name));
}
