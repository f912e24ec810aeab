import { WukfError } from '../../proto/errors.js';

/**
 * Groups (departments such as `sales` or `billing`) as the domain sees them, with their pure rules: the
 * name, the texts, and the fallback chain routing follows when nobody in a group can take a conversation.
 * No I/O here; the Store persists these shapes and checks the rules in the transaction that writes them.
 */
export interface Group {
  /** A slug, the group's identity in the API, the CLI and a conversation's demand. */
  name: string;
  displayName: string;
  description: string;
  /** The group routing tries next when this one has nobody; null: none (the conversation waits here). */
  fallback: string | null;
  /** Usernames of the agents and admins in the group, sorted. */
  members: string[];
  createdAt: string;
  updatedAt: string;
}

export type NewGroup = Pick<Group, 'name' | 'displayName' | 'description' | 'fallback'>;
export type GroupPatch = Partial<Omit<NewGroup, 'name'>>;

export const MAX_GROUP_DESCRIPTION = 500;
/** Groups one agent may belong to: routing checks membership per candidate, so the set stays small. */
export const MAX_GROUPS_PER_AGENT = 32;

function fieldError(field: string, message: string): WukfError {
  return new WukfError('WUKF_E_INVALID_INPUT', `${field}: ${message}`, { field });
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** A group name is a slug: 1-32 of a-z, 0-9, '-', '_', starting with a letter or digit. */
export function validateGroupName(name: string, field = 'name'): string {
  if (!NAME.test(name)) {
    throw fieldError(field, `expected a group name of 1-32 characters of a-z, 0-9, '-' or '_' starting with a letter or digit, got ${JSON.stringify(name)}`);
  }
  return name;
}

export function validateGroupDisplayName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 64 || /\p{Cc}/u.test(trimmed)) {
    throw fieldError('display name', `expected 1-64 printable characters, got ${JSON.stringify(name)}`);
  }
  return trimmed;
}

/** Free text for people; line breaks are allowed, other control characters are not (they garble terminals). */
export function validateGroupDescription(text: string): string {
  const trimmed = text.trim();
  if ([...trimmed].length > MAX_GROUP_DESCRIPTION || /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(trimmed)) {
    throw fieldError('description', `expected at most ${MAX_GROUP_DESCRIPTION} characters without control characters`);
  }
  return trimmed;
}

/** "sales, billing" -> ["billing", "sales"]; "" -> []. Each name must be a valid group name. */
export function parseGroupList(value: string, field = 'groups'): string[] {
  const names = value
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n.length > 0);
  return normalizeGroupList(names, field);
}

/** Validates, de-duplicates and sorts a list of group names, so two equal sets always read the same. */
export function normalizeGroupList(names: readonly string[], field = 'groups'): string[] {
  for (const name of names) validateGroupName(name, field);
  const unique = [...new Set(names)].sort();
  if (unique.length > MAX_GROUPS_PER_AGENT) throw fieldError(field, `at most ${MAX_GROUPS_PER_AGENT} groups, got ${unique.length}`);
  return unique;
}

/**
 * Checks a group's fallback against the others: it must name another group that exists, and following
 * fallbacks from it must never come back to this group (routing walks the chain and must end).
 * `fallbackOf(name)` is the current fallback of a group, undefined for a group that does not exist.
 */
export function checkFallback(group: string, fallback: string | null, fallbackOf: (name: string) => string | null | undefined): void {
  if (fallback === null) return;
  validateGroupName(fallback, 'fallback');
  if (fallback === group) throw fieldError('fallback', `a group cannot fall back to itself (${JSON.stringify(group)})`);
  if (fallbackOf(fallback) === undefined) throw fieldError('fallback', `no group named ${JSON.stringify(fallback)}`);
  const chain = [group, fallback];
  for (let next = fallbackOf(fallback); next != null; next = fallbackOf(next)) {
    chain.push(next);
    if (next === group) throw fieldError('fallback', `${JSON.stringify(fallback)} would make a cycle: ${chain.join(' -> ')}`);
    // A cycle that does not pass through this group cannot exist: every write checked it.
    if (chain.length > 10_000) break;
  }
}

/** The groups routing tries in order for a conversation asking for `group`: the group, then its fallbacks. */
export function fallbackChain(group: string, fallbackOf: (name: string) => string | null | undefined): string[] {
  const chain: string[] = [];
  for (let next: string | null | undefined = group; next != null && !chain.includes(next); next = fallbackOf(next)) {
    if (fallbackOf(next) === undefined) break;
    chain.push(next);
  }
  return chain;
}

/** What keeps a group from being removed: its members, and the groups that fall back to it. */
export interface GroupUses {
  members: string[];
  fallbackOf: string[];
}

/** "agents ann, bob belong to it; billing falls back to it", the one wording of the CLI and the API. */
export function describeGroupUses(uses: GroupUses): string {
  return [
    ...(uses.members.length > 0 ? [`agents ${uses.members.join(', ')} belong to it`] : []),
    ...(uses.fallbackOf.length > 0 ? [`${uses.fallbackOf.join(', ')} fall${uses.fallbackOf.length === 1 ? 's' : ''} back to it`] : []),
  ].join('; ');
}
