import type { Command } from 'commander';
import { z } from 'zod';
import {
  formatWeeklyHours,
  MAX_CONCURRENT_LIMIT,
  parseLanguages,
  parseMaxConcurrent,
  parseRole,
  parseTags,
  parseTimezone,
  parseWeeklyHours,
  ROLES,
  validateDisplayName,
  type Agent,
  type AgentPatch,
} from '../../../server/domain/agent.js';
import { parseGroupList } from '../../../server/domain/group.js';
import type { Store } from '../../../server/store/index.js';
import { WukfError } from '../../../proto/errors.js';

/**
 * The agent fields `add` and `update` set, one flag each. Commander hands them over as strings; the
 * option schema only checks that, and the domain parsers decide what a valid value is, so the CLI and
 * the server accept exactly the same values.
 */
const FIELDS = {
  name: { flag: '--name', value: '<display name>', help: 'name shown to visitors and colleagues' },
  role: { flag: '--role', value: '<role>', help: `${ROLES.join(' or ')}; admins also manage wukf` },
  skills: { flag: '--skills', value: '<list>', help: 'comma-separated skill tags used for routing, e.g. billing,refunds ("" for none)' },
  languages: { flag: '--languages', value: '<list>', help: 'comma-separated BCP 47 language tags, e.g. en,zh-CN ("" for none)' },
  maxConcurrent: { flag: '--max-concurrent', value: '<n>', help: `most conversations assigned at once, 1-${MAX_CONCURRENT_LIMIT}` },
  hours: { flag: '--hours', value: '<schedule>', help: 'weekly working hours in --timezone, e.g. "mon-fri 09:00-18:00; sat 10:00-14:00", or always' },
  timezone: { flag: '--timezone', value: '<zone>', help: 'IANA time zone of --hours, e.g. Asia/Shanghai' },
  groups: { flag: '--groups', value: '<list>', help: 'comma-separated groups (departments) from `wukf group list`, e.g. sales,billing ("" for none)' },
} as const;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const FIELD_FLAGS = FIELD_NAMES.map((f) => FIELDS[f].flag);

export const fieldOptionsShape = {
  name: z.string().optional(),
  role: z.string().optional(),
  skills: z.string().optional(),
  languages: z.string().optional(),
  maxConcurrent: z.string().optional(),
  hours: z.string().optional(),
  timezone: z.string().optional(),
  groups: z.string().optional(),
} satisfies Record<FieldName, z.ZodType>;

export type FieldOptions = Partial<Record<FieldName, string>>;

/**
 * Declares the field flags. `defaults` only shows in --help: a flag left out stays undefined, so that
 * update can tell it from one given, and add fills in its defaults as domain values.
 */
export function addFieldOptions(command: Command, defaults: FieldOptions = {}): Command {
  for (const name of FIELD_NAMES) {
    const { flag, value, help } = FIELDS[name];
    command.option(`${flag} ${value}`, defaults[name] === undefined ? help : `${help} (default: ${defaults[name]})`);
  }
  return command;
}

/**
 * Runs a domain parser for one flag. Its error names the domain field ("max concurrent: …");
 * the operator typed a flag, so the message names that instead.
 */
export function parseFlag<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof WukfError && err.field !== undefined)) throw err;
    const prefix = `${err.field}: `;
    const reason = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    throw new WukfError('WUKF_E_INVALID_INPUT', `${flag}: ${reason}`, { cause: err });
  }
}

/** The given field flags as a patch; flags left out stay out of the patch. */
export function parseFields(opts: FieldOptions): AgentPatch {
  const patch: AgentPatch = {};
  const { name, role, groups, skills, languages, maxConcurrent, hours, timezone } = opts;
  if (name !== undefined) patch.displayName = parseFlag(FIELDS.name.flag, () => validateDisplayName(name));
  if (role !== undefined) patch.role = parseFlag(FIELDS.role.flag, () => parseRole(role));
  if (groups !== undefined) patch.groups = parseFlag(FIELDS.groups.flag, () => parseGroupList(groups));
  if (skills !== undefined) patch.skills = parseFlag(FIELDS.skills.flag, () => parseTags('skills', skills));
  if (languages !== undefined) patch.languages = parseFlag(FIELDS.languages.flag, () => parseLanguages(languages));
  if (maxConcurrent !== undefined) patch.maxConcurrent = parseFlag(FIELDS.maxConcurrent.flag, () => parseMaxConcurrent(maxConcurrent));
  if (hours !== undefined) patch.hours = parseFlag(FIELDS.hours.flag, () => parseWeeklyHours(hours));
  if (timezone !== undefined) patch.timezone = parseFlag(FIELDS.timezone.flag, () => parseTimezone(timezone));
  return patch;
}

/** An agent's fields as the CLI shows them, in the form the flags accept ("-" for an empty list). */
export function fieldTexts(agent: Agent): Record<FieldName, string> {
  const list = (items: string[]) => (items.length > 0 ? items.join(',') : '-');
  return {
    name: agent.displayName,
    role: agent.role,
    groups: list(agent.groups),
    skills: list(agent.skills),
    languages: list(agent.languages),
    maxConcurrent: String(agent.maxConcurrent),
    hours: formatWeeklyHours(agent.hours),
    timezone: agent.timezone,
  };
}

/** "  max-concurrent  5": one line per field, labelled by its flag. */
export function describeFields(texts: Partial<Record<FieldName, string>>): string {
  const names = FIELD_NAMES.filter((f) => texts[f] !== undefined);
  const width = Math.max(...names.map((f) => FIELDS[f].flag.length - 2));
  return names.map((f) => `  ${FIELDS[f].flag.slice(2).padEnd(width)}  ${texts[f]}\n`).join('');
}


/**
 * Refuses groups that do not exist, naming the flag, before anything is written or a password is asked
 * for. The store checks again in the transaction that writes the memberships.
 */
export async function checkGroupsFlag(store: Pick<Store, 'listGroups'>, groups: readonly string[] | undefined): Promise<void> {
  if (groups === undefined || groups.length === 0) return;
  const known = new Set((await store.listGroups()).map((g) => g.name));
  const unknown = groups.filter((g) => !known.has(g));
  if (unknown.length > 0) {
    throw new WukfError('WUKF_E_INVALID_INPUT', `--groups: no group named ${unknown.map((g) => JSON.stringify(g)).join(', ')}`, { field: '--groups' });
  }
}
