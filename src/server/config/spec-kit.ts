import type { z } from 'zod';

/**
 * The building blocks of the config spec, in a file of their own so that groups of keys can live beside
 * the code they configure (network-keys.ts) and spec.ts stays the table of contents.
 */
export interface KeySpec<T = unknown> {
  kind: 'key';
  schema: z.ZodType<T>;
  default: T;
  doc: string;
  /** Shown after "expected" when a value does not fit, e.g. "an integer 1-65535". */
  expected: string;
  env?: string;
}

export interface SectionSpec {
  kind: 'section';
  doc: string;
  keys: Record<string, KeySpec | SectionSpec>;
}

export function key<T>(schema: z.ZodType<T>, opts: Omit<KeySpec<T>, 'kind' | 'schema'>): KeySpec<T> {
  return { kind: 'key', schema, ...opts };
}

export function section(doc: string, keys: Record<string, KeySpec | SectionSpec>): SectionSpec {
  return { kind: 'section', doc, keys };
}

