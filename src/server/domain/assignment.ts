/**
 * Why a conversation is with its agent: what routing decided (with the winner's score) or which person chose.
 * Stored with the conversation and shown to staff; the routing core produces it, the store keeps it as JSON.
 */

/** The factors of one agent's score, each in [0, 1], and their weighted sum. */
export interface ScoreBreakdown {
  agent: string;
  total: number;
  language: number;
  skills: number;
  load: number;
  shift: number;
  fairness: number;
}

export type ReasonKind = 'sticky' | 'score' | 'fallback' | 'dequeue' | 'claim' | 'transfer' | 'force-assign';

export interface AssignmentReason {
  kind: ReasonKind;
  /** The winner's score when the core chose among agents (sticky, score, fallback, dequeue, transfer to a group). */
  breakdown?: ScoreBreakdown;
  /** fallback: the group or `agent` it fell back to; transfer: the group it went to. */
  via?: string;
  /** force-assign past the agent's max_concurrent, on an admin's explicit say. */
  overCapacity?: boolean;
}

/** An assignment as the conversation keeps it: the reason and when it was made. */
export interface AssignmentRecord extends AssignmentReason {
  at: number;
}

/** The kinds routing decides by itself; the others are a person's choice. */
export const AUTOMATIC_REASONS: ReadonlySet<ReasonKind> = new Set(['sticky', 'score', 'fallback', 'dequeue']);
