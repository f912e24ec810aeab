import type { Command } from 'commander';
import { z } from 'zod';
import { validateGroupDescription, validateGroupDisplayName, validateGroupName, type Group, type GroupPatch } from '../../../server/domain/group.js';
import { parseFlag } from '../agent/fields.js';

/** The flags `group add` and `group update` share; the domain parsers decide what is valid, as for the API. */
export const groupOptionsShape = {
  dir: z.string().min(1).optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  fallback: z.string().optional(),
};

export function addGroupOptions(command: Command): Command {
  return command
    .option('--name <display name>', 'name shown to agents and visitors (default: the group name)')
    .option('--description <text>', 'what the group handles, for people')
    .option('--fallback <group>', 'the group routing tries next when nobody here can take a conversation ("" for none)');
}

/** The given flags as a patch; "" or "none" for --fallback clears it. */
export function parseGroupFlags(opts: { name?: string | undefined; description?: string | undefined; fallback?: string | undefined }): GroupPatch {
  const patch: GroupPatch = {};
  const { name, description, fallback } = opts;
  if (name !== undefined) patch.displayName = parseFlag('--name', () => validateGroupDisplayName(name));
  if (description !== undefined) patch.description = parseFlag('--description', () => validateGroupDescription(description));
  if (fallback !== undefined) {
    const value = fallback.trim();
    patch.fallback = value === '' || value === 'none' ? null : parseFlag('--fallback', () => validateGroupName(value, 'fallback'));
  }
  return patch;
}

export function parseGroupArgument(name: string): string {
  return parseFlag('<name>', () => validateGroupName(name));
}

/** "  fallback  sales": one line per field of a group. */
export function describeGroup(group: Group): string {
  const rows: [string, string][] = [
    ['name', group.displayName],
    ['description', group.description === '' ? '-' : group.description.replace(/\n/g, ' / ')],
    ['fallback', group.fallback ?? '-'],
    ['agents', group.members.length > 0 ? group.members.join(',') : '-'],
  ];
  return rows.map(([k, v]) => `  ${k.padEnd(11)}  ${v}\n`).join('');
}
