import { isOnShift } from '../domain/agent.js';
import { nextShiftChange } from './shift.js';
import type { RoutingAgent } from './types.js';

/** The key of the queue and candidate set of conversations that request no group: every agent serves it. */
export const ANY_GROUP = '';

/** 32-bit FNV-1a: a stable per-agent number for the rotating tie-break. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * One agent as the core keeps it: the input, plus what decisions read on every call precomputed (lower-cased
 * language and skill sets, the shift state and when it next changes, the load).
 */
export class AgentState {
  // Bitsets of small integers rather than sets of strings: a decision asks each candidate whether it has a
  // tag, and a shift and a mask answer that whatever the number of tags.
  languages: TagSet = NO_TAGS;
  primaryLanguages: TagSet = NO_TAGS;
  skills: TagSet = NO_TAGS;
  /** The same tags as lists of ids, for the candidate lists' indexes by tag. */
  tagIds: { languages: number[]; primaryLanguages: number[]; skills: number[] } = { languages: [], primaryLanguages: [], skills: [] };
  maxConcurrent = 1;
  /** The groups whose candidate sets and queues this agent belongs to, ANY_GROUP included. */
  serves: string[] = [];
  onShift = true;
  /** Epoch ms of the next shift boundary; null without a schedule. */
  shiftChangeAt: number | null = null;
  load = 0;
  lastAssignedAt: number | null = null;
  readonly hash: number;

  constructor(
    public input: RoutingAgent,
    now: number,
  ) {
    this.hash = hash(input.username);
    this.update(input, now);
  }

  get username(): string {
    return this.input.username;
  }

  update(input: RoutingAgent, now: number): void {
    this.input = input;
    const languages = [...new Set(input.languages.map((l) => l.toLowerCase()))];
    this.tagIds = {
      languages: languages.map(tagId),
      primaryLanguages: [...new Set(languages.map((l) => tagId(primaryLanguage(l))))],
      skills: [...new Set(input.skills.map((s) => tagId(s.toLowerCase())))],
    };
    this.languages = tagSet(this.tagIds.languages);
    this.primaryLanguages = tagSet(this.tagIds.primaryLanguages);
    this.skills = tagSet(this.tagIds.skills);
    this.maxConcurrent = input.maxConcurrent;
    this.serves = [ANY_GROUP, ...new Set(input.groups)];
    this.refreshShift(now);
  }

  refreshShift(now: number): void {
    this.onShift = isOnShift(this.input, new Date(now));
    this.shiftChangeAt = nextShiftChange(this.input, now);
  }

  /** May be offered a new conversation now (the group aside). */
  get eligible(): boolean {
    return this.input.status === 'online' && this.onShift && this.load < this.maxConcurrent;
  }

  /** Could take a conversation at some point without anyone changing a setting: not offline, on shift. */
  get present(): boolean {
    return this.input.status !== 'offline' && this.onShift;
  }

  inGroup(group: string | null): boolean {
    return group === null || this.input.groups.includes(group);
  }
}

export const primaryLanguage = (tag: string) => tag.split('-')[0]!;

/**
 * Language and skill tags as small integers. Only agents' tags get a number (so what visitors send cannot grow
 * the table); a tag no agent has is -1 and matches nobody.
 */
const tagIds = new Map<string, number>();
const tagId = (tag: string) => tagIds.get(tag) ?? (tagIds.set(tag, tagIds.size), tagIds.size - 1);
export const knownTagId = (tag: string) => tagIds.get(tag) ?? -1;

/** A set of tag ids, bit `id % 32` of word `id / 32`; only as many words as its largest id needs. */
export type TagSet = Int32Array;

const NO_TAGS: TagSet = new Int32Array(0);

function tagSet(ids: number[]): TagSet {
  const set = new Int32Array((Math.max(-1, ...ids) >> 5) + 1);
  for (const id of ids) {
    const word = id >> 5;
    set[word] = set[word]! | (1 << (id & 31));
  }
  return set;
}

/** Whether the set holds the tag; -1 (a tag no agent has) is in no set, as `>>>` puts it past every word. */
export function hasTag(set: TagSet, id: number): boolean {
  const word = id >>> 5;
  return word < set.length && (set[word]! & (1 << (id & 31))) !== 0;
}
