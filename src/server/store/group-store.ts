import type { Group, GroupPatch, GroupUses, NewGroup } from '../domain/group.js';

/** What removing a group detached from it (with force): its members, and the groups that now fall back to nothing. */
export type GroupRemoval = GroupUses;

/**
 * Groups (departments) and their members. Membership is written with the agent (createAgent, updateAgent
 * with `groups`) and read back as Agent#groups and Group#members. Every write checks the group rules
 * (domain/group.ts) in the transaction that makes it.
 */
export interface GroupStore {
  /** Throws WUKF_E_GROUP_EXISTS for a taken name, WUKF_E_INVALID_INPUT (field fallback) for a bad fallback. */
  createGroup(group: NewGroup): Promise<Group>;
  getGroup(name: string): Promise<Group | undefined>;
  /** Every group, by name. */
  listGroups(): Promise<Group[]>;
  /** Throws WUKF_E_GROUP_NOT_FOUND, or WUKF_E_INVALID_INPUT (field fallback) for a missing group or a cycle. */
  updateGroup(name: string, patch: GroupPatch): Promise<Group>;
  /**
   * Throws WUKF_E_GROUP_NOT_FOUND, and WUKF_E_GROUP_IN_USE while agents belong to it or another group falls
   * back to it, unless `force`: then their memberships and fallbacks to it go with it.
   */
  removeGroup(name: string, options?: { force?: boolean }): Promise<GroupRemoval>;
}
