import { describe, expect, it } from 'vitest';
import { checkFallback, fallbackChain, parseGroupList, validateGroupDescription, validateGroupName } from '../src/server/domain/group.js';

describe('group rules', () => {
  it('accepts slugs and names the field of a bad name', () => {
    expect(validateGroupName('sales')).toBe('sales');
    expect(validateGroupName('after-sales_2')).toBe('after-sales_2');
    for (const bad of ['', 'Sales', '-x', 'a b', 'x'.repeat(33), '销售']) {
      expect(() => validateGroupName(bad)).toThrow(expect.objectContaining({ code: 'WUKF_E_INVALID_INPUT', field: 'name' }));
    }
  });

  it('parses a comma list into sorted unique names', () => {
    expect(parseGroupList(' sales, Billing ,sales,')).toEqual(['billing', 'sales']);
    expect(parseGroupList('')).toEqual([]);
    expect(() => parseGroupList('sales,bad name')).toThrow(expect.objectContaining({ field: 'groups' }));
  });

  it('keeps line breaks in a description and refuses other control characters', () => {
    expect(validateGroupDescription('  a\nb  ')).toBe('a\nb');
    expect(() => validateGroupDescription('a\u001b[2Jb')).toThrow(expect.objectContaining({ field: 'description' }));
    expect(() => validateGroupDescription('x'.repeat(501))).toThrow(expect.objectContaining({ field: 'description' }));
  });

  it('refuses missing fallbacks and cycles, and follows the chain', () => {
    const fallbacks = new Map<string, string | null>([['a', null], ['b', 'a'], ['c', 'b']]);
    const of = (n: string) => fallbacks.get(n);
    expect(() => checkFallback('a', 'c', of)).toThrow(/a -> c -> b -> a/);
    expect(() => checkFallback('a', 'a', of)).toThrow(/itself/);
    expect(() => checkFallback('a', 'zz', of)).toThrow(/no group named "zz"/);
    expect(() => checkFallback('d', 'c', of)).not.toThrow();
    expect(fallbackChain('c', of)).toEqual(['c', 'b', 'a']);
    expect(fallbackChain('zz', of)).toEqual([]);
  });
});
