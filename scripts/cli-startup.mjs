#!/usr/bin/env node
// How long `wukf --version` and `wukf --help` take to answer, against a bare Node.js start.
//
//   node scripts/cli-startup.mjs [--rounds <n>]
//
// Each round runs `node -e ''`, `node bin/wukf.js --version` and `node bin/wukf.js --help` once, one after
// another, so load on the machine falls on all three alike. Prints one JSON object: the median and p90 wall
// time of each in milliseconds, and the ratio of each command's median to the bare start's. Needs
// `npm run build` first (it runs bin/wukf.js).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/wukf.js', import.meta.url));

function parseRounds(argv) {
  const at = argv.indexOf('--rounds');
  const rounds = at === -1 ? 10 : Number(argv[at + 1]);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
  return rounds;
}

function timeRun(args) {
  const started = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 0) throw new Error(`node ${args.join(' ')} exited ${res.status}:\n${res.stderr}`);
  return ms;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs: Math.round(median * 10) / 10, p90Ms: Math.round(percentile(sorted, 90) * 10) / 10 };
}

const runs = { bare: ['-e', ''], version: [bin, '--version'], help: [bin, '--help'] };
const rounds = parseRounds(process.argv.slice(2));
const samples = { bare: [], version: [], help: [] };
for (let i = 0; i < rounds; i++) {
  for (const [name, args] of Object.entries(runs)) samples[name].push(timeRun(args));
}
const result = { rounds, node: process.version };
for (const name of Object.keys(runs)) result[name] = summary(samples[name]);
const ratio = (name) => Math.round((result[name].medianMs / result.bare.medianMs) * 100) / 100;
result.ratio = { version: ratio('version'), help: ratio('help') };
process.stdout.write(`${JSON.stringify(result)}\n`);
