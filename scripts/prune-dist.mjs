// Keeps dist/ to what the current build makes, since tsc never deletes what it no longer emits (and the
// package ships dist/ whole):
// - a dist/ holding source maps or server declarations predates the lean build (no maps, declarations only
//   for wukf/client): it is removed with the build info, so tsc rebuilds it from scratch;
// - after the build, a .js or .d.ts whose source file is gone (a file renamed or deleted) is removed.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = 'dist';
const phase = process.argv[2];
const files = existsSync(dist) ? readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : [];

if (phase === 'before') {
  const stale = files.some((f) => f.endsWith('.map') || (f.endsWith('.d.ts') && /^dist\/(server|cli|tui|install|bench)\//.test(f)));
  if (stale) rmSync(dist, { recursive: true, force: true });
} else if (phase === 'after') {
  for (const file of files) {
    const rel = relative(dist, file);
    const base = rel.replace(/\.d\.ts$|\.js$/, '');
    if (base === rel || rel.startsWith('widget/') || rel.startsWith('proto/wukf.')) continue;
    const sources = ['.ts', '.tsx', '.js', '.mjs'].map((ext) => join('src', base + ext));
    if (!sources.some((s) => existsSync(s))) rmSync(file);
  }
} else {
  console.error('usage: node scripts/prune-dist.mjs before|after');
  process.exit(64);
}
