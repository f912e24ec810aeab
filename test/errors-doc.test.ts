import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../src/proto/errors.js';

describe('docs/errors.md', () => {
  it('documents every error code with the exit status, HTTP status and close code of the table', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(doc, code).toContain(`| \`${code}\` | ${e.exit} | ${e.http} | ${e.close ?? '—'} | ${e.summary} |`);
    }
    const documented = [...doc.matchAll(/\| `(WUKF_E_[A-Z0-9_]+)` \|/g)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ERRORS).sort());
  });
});
