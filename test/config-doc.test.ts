import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, envOverrides, renderConfig } from '../src/server/config/index.js';

describe('docs/configuration.md', () => {
  it('shows the default file exactly as the schema renders it, and every environment override', () => {
    const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderConfig(defaultConfig()));
    for (const o of envOverrides()) expect(doc).toContain(`| \`${o.env}\` | \`${o.path.join('.')}\` |`);
  });
});
