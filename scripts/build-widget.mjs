#!/usr/bin/env node
/*
 * Bundles the web widget (src/widget/index.ts, the SDK and the protobuf runtime with it) into one minified
 * script for browsers, and holds it to a size budget: a widget is loaded on every page of a site, by
 * visitors who mostly never open it.
 *
 *   node scripts/build-widget.mjs [--out dist/widget/widget.js] [--max-gzip-bytes 40960]
 *
 * The budget may also come from WUKF_WIDGET_MAX_GZIP_BYTES. Above it the build fails (exit 1) and writes
 * nothing; within it, it prints the size (on stderr, both ways).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { out: { type: 'string' }, 'max-gzip-bytes': { type: 'string' } },
});
const out = resolve(values.out ?? `${root}/dist/widget/widget.js`);
const budgetText = values['max-gzip-bytes'] ?? process.env.WUKF_WIDGET_MAX_GZIP_BYTES ?? String(40 * 1024);
const budget = Number(budgetText);
if (!Number.isInteger(budget) || budget <= 0) {
  process.stderr.write(`build-widget: --max-gzip-bytes: expected a positive whole number of bytes, got ${JSON.stringify(budgetText)}\n`);
  process.exit(64);
}

/*
 * protobufjs loads the `long` package for 64-bit fields when it can. wukf's generated code reads and writes
 * them as plain numbers (pbjs --force-number, and src/proto/runtime.ts's readers), so Long is dead weight
 * here: the bundle gets an empty module instead, and protobufjs finds no Long, as it is built to allow.
 */
const withoutLong = {
  name: 'without-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'without-long' }));
    b.onLoad({ filter: /.*/, namespace: 'without-long' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

/*
 * Browsers never tell a page why a connection failed, so the SDK's advice on Node's TLS and network error
 * codes (src/client/reach-error.ts) could never show in the widget: it gets the plain version instead.
 */
const browserReachError = {
  name: 'browser-reach-error',
  setup(b) {
    b.onResolve({ filter: /^\.\/reach-error\.js$/ }, () => ({ path: `${root}/src/client/reach-error-browser.ts` }));
  },
};

const result = await build({
  entryPoints: [`${root}/src/widget/index.ts`],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  plugins: [withoutLong, browserReachError],
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const figure = `${(gzipped / 1024).toFixed(1)} KB gzipped (${gzipped} bytes; ${(code.length / 1024).toFixed(1)} KB minified)`;
if (gzipped > budget) {
  process.stderr.write(`build-widget: the widget is ${figure}, over its budget of ${budget} bytes gzipped\n`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
// Written aside and renamed: a running server never serves half a file.
writeFileSync(`${out}.tmp`, code);
renameSync(`${out}.tmp`, out);
// On stderr, like esbuild's and tsc's own reports: `npm pack --json` runs this (prepare) and owns stdout.
process.stderr.write(`build-widget: ${out.startsWith(root) ? out.slice(root.length) : out}: ${figure}, budget ${budget} bytes\n`);
