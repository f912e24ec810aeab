import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, sandbox, testRunMarker, type Sandbox } from './helpers/cli.js';

const script = `${repoRoot}scripts/build-widget.mjs`;
let box: Sandbox | undefined;
afterEach(() => box?.cleanup());

function build(args: string[], env: Record<string, string> = {}) {
  return execa('node', [script, ...args], { cwd: repoRoot, reject: false, env: { ...testRunMarker(), ...env } });
}

describe('scripts/build-widget.mjs', () => {
  it('bundles the widget within the 40 KB gzipped budget and prints its size', async () => {
    box = sandbox();
    const out = box.path('widget.js');
    const res = await build(['--out', out]);
    expect(res.exitCode, res.stderr).toBe(0);
    const gzipped = gzipSync(readFileSync(out), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(40 * 1024);
    expect(res.stderr).toContain(`${(gzipped / 1024).toFixed(1)} KB gzipped (${gzipped} bytes;`);
    expect(res.stderr).toContain('budget 40960 bytes');
    // stdout stays clean: npm pack --json runs the build (prepare) and prints its JSON there.
    expect(res.stdout).toBe('');
    // A browser script: one IIFE, nothing Node-specific left to resolve.
    const code = readFileSync(out, 'utf8');
    expect(code).not.toMatch(/\brequire\(["']/);
    expect(code).toContain('wukf:ready');
  });

  it('fails above the budget, printing the size, and writes nothing', async () => {
    box = sandbox();
    const out = box.path('widget.js');
    const res = await build(['--out', out], { WUKF_WIDGET_MAX_GZIP_BYTES: '10000' });
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toMatch(/the widget is \d+\.\d KB gzipped \(\d+ bytes; .*\), over its budget of 10000 bytes gzipped/);
    expect(existsSync(out)).toBe(false);

    const flag = await build(['--out', out, '--max-gzip-bytes', '10000']);
    expect(flag.exitCode).toBe(1);
    const bad = await build(['--out', out, '--max-gzip-bytes', 'lots']);
    expect(bad.exitCode).toBe(64);
    expect(bad.stderr).toContain('--max-gzip-bytes');
  });

  it('is part of npm run build: dist/widget/widget.js is there', () => {
    expect(statSync(`${repoRoot}dist/widget/widget.js`).size).toBeGreaterThan(0);
  });
});
