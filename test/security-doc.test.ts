import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, eachKey } from '../src/server/config/index.js';

/** The keys that bound what a client can make the server spend: every limit, the login and identity keys, the proxies. */
function budgetKeys(): string[] {
  const keys: string[] = [];
  eachKey((path) => {
    const name = path.join('.');
    if (path[0] === 'limits' || /^auth\.(login_|identity_|anonymous_)/.test(name)) keys.push(name);
  });
  return keys;
}

describe('docs/security.md', () => {
  const doc = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');

  it('has a row for every budget key with its default', () => {
    const config = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    const keys = budgetKeys();
    expect(keys.length).toBeGreaterThan(30);
    for (const name of keys) {
      const [section, key] = name.split('.') as [string, string];
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `no row for ${name}`).toBeDefined();
      expect(row!.split('|')[2]!.trim(), `default of ${name}`).toBe(String(config[section]![key]));
    }
  });

  it('explains trusted proxies', () => {
    expect(doc).toContain('trusted_proxies');
    expect(doc).toMatch(/X-Forwarded-For/);
  });
});
