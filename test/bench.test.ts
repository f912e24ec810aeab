import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serverProcess, serverReady } from '../src/bench/embedded-server.js';
import { LatencyHistogram } from '../src/bench/histogram.js';
import { formatResult, type BenchResult } from '../src/bench/report.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { login } from './helpers/auth.js';
import { initDir, sandbox, startServer, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';
import { cleanupTestServers, scaffoldServerDir } from './helpers/server.js';

/** Runs `wukf bench …` through the real binary and returns its one JSON object. */
async function bench(box: Sandbox, args: string[]): Promise<Record<string, any>> {
  const res = await wukf(box, ['bench', ...args, '--json']);
  expect(res.exitCode, res.stderr).toBe(0);
  const lines = res.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, any>;
}

function expectOrdered(l: Record<string, number>, { positive = true } = {}): void {
  if (positive) expect(l.p50).toBeGreaterThan(0);
  else expect(l.p50).toBeGreaterThanOrEqual(0);
  expect(l.p50).toBeLessThanOrEqual(l.p90!);
  expect(l.p90).toBeLessThanOrEqual(l.p99!);
  expect(l.p99).toBeLessThanOrEqual(l['p99.9']!);
  expect(l['p99.9']).toBeLessThanOrEqual(l.max!);
}

function expectServerFigures(server: Record<string, unknown>): void {
  expect(server.rssBytes).toBeGreaterThan(0);
  for (const key of ['cpuSeconds', 'eventLoopDelayP99Ms', 'commitBatchAvg', 'commitMsP99']) expect(server).toHaveProperty(key);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 1000) / 1000;
}

/**
 * Rounds numbered 1..n, run wukf then bare, round after round (each run's measured period ends before the next
 * one's begins), and the top level showing round `medianRound`.
 */
function expectRounds(r: Record<string, any>, n: number, { baseline }: { baseline: boolean }): any[] {
  const rounds = r.rounds as any[];
  expect(rounds.map((x) => x.round)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  const runs = rounds.flatMap((x) => (baseline ? [x.wukf, x.baseline] : [x.wukf]));
  for (const [i, run] of runs.entries()) {
    expect(run.measuredFromMs).toBeLessThan(run.measuredToMs);
    if (i > 0) expect(runs[i - 1].measuredToMs).toBeLessThanOrEqual(run.measuredFromMs);
  }
  if (!baseline) for (const x of rounds) expect(x.baseline).toBeNull();
  const shown = rounds[r.medianRound - 1];
  expect(r).toMatchObject(shown.wukf);
  expect(r.baseline).toEqual(shown.baseline);
  return rounds;
}

describe('wukf bench', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  it('relay: wukf and the bare ws baseline in alternating rounds, counts that add up and the median ratio', async () => {
    const window = 2;
    const pairs = 2;
    const r = await bench(box, ['relay', '--pairs', String(pairs), '--seconds', '1', '--warmup', '0', '--window', String(window), '--rounds', '3']);
    expect(r).toMatchObject({ scenario: 'relay', pairs, window, workers: 2 });
    const rounds = expectRounds(r, 3, { baseline: true });
    // Closed loop: when measuring stops at most `window` messages per side are unacknowledged or on their way.
    const inFlight = pairs * 2 * window;
    for (const run of rounds.flatMap((x) => [x.wukf, x.baseline])) {
      expect(run.delivered).toBeGreaterThan(0);
      expect(run.messagesPerSecond).toBeGreaterThan(0);
      expect(run.sent).toBeGreaterThanOrEqual(run.acked);
      expect(run.sent - run.acked).toBeLessThanOrEqual(inFlight);
      expect(Math.abs(run.acked - run.delivered)).toBeLessThanOrEqual(inFlight);
      expectOrdered(run.latencyMs);
      expect(run.generatorCpuPercent).toHaveLength(2);
    }
    for (const x of rounds) {
      expect(x.ratio).toBeCloseTo(x.wukf.messagesPerSecond / x.baseline.messagesPerSecond, 3);
      expect(x.disturbed).toBe(x.ratio > 1);
      expectServerFigures(x.wukf.server);
      expect(x.baseline.server.cpuSeconds).not.toBeNull();
    }
    const ratios = rounds.map((x) => x.ratio as number);
    expect(r.ratio).toBe(median(ratios));
    expect(rounds[r.medianRound - 1].ratio).toBe(r.ratio);
    expect(r.ratioSpread).toEqual({ min: Math.min(...ratios), max: Math.max(...ratios) });
    // A persisted relay cannot beat a bare one: a round ratio above 1 means that round's baseline was disturbed.
    expect(r.disturbed).toBe(ratios.some((x) => x > 1));

    const table = formatResult(r as BenchResult);
    for (const x of rounds) expect(table).toContain(`round ${x.round}      wukf ${x.wukf.messagesPerSecond} msg/s`);
    expect(table).toContain(`ratio        ${r.ratio} (wukf / bare ws), median of 3 rounds, spread ${r.ratioSpread.min} to ${r.ratioSpread.max}`);
    expect(table.includes('disturbed')).toBe(r.disturbed);
    const disturbed = { ...r, disturbed: true, rounds: rounds.map((x, i) => ({ ...x, disturbed: i === 0 })) } as BenchResult;
    expect(formatResult(disturbed)).toMatch(/round 1 .*\(disturbed\)\n/);
    expect(formatResult(disturbed)).toContain('\n  disturbed    a bare ws run came out ahead of wukf');
  }, 120_000);

  it('latency: open-loop percentiles in order, every measured message accounted for, three rounds by default', async () => {
    const r = await bench(box, ['latency', '--pairs', '2', '--seconds', '1', '--warmup', '0', '--rate', '200']);
    // One load process is enough for 200 msg/s: each one takes CPU from the server it measures.
    expect(r).toMatchObject({ scenario: 'latency', rate: 200, pairs: 2, workers: 1, latencyFrom: 'intended send time (open loop)' });
    const rounds = expectRounds(r, 3, { baseline: true });
    for (const { wukf, baseline } of rounds) {
      for (const run of [wukf, baseline]) {
        expect(run.sent).toBeGreaterThan(0);
        expect(run.delivered + run.undelivered).toBe(run.sent);
        expectOrdered(run.latencyMs);
        // How late the generator itself sent: part of the latency, never more than all of it.
        expectOrdered(run.sendLatenessMs, { positive: false });
        expect(run.sendLatenessMs.max).toBeLessThanOrEqual(run.latencyMs.max);
      }
      expectServerFigures(wukf.server);
    }
    for (const x of rounds) {
      expect(x.p99Ratio).toBeCloseTo(x.wukf.latencyMs.p99 / x.baseline.latencyMs.p99, 3);
      expect(x.meanOverBaselineMs).toBeCloseTo(x.wukf.latencyMs.mean - x.baseline.latencyMs.mean, 3);
      expect(x.disturbed).toBe(x.p99Ratio < 1 || x.meanOverBaselineMs < 0);
    }
    const p99Ratios = rounds.map((x) => x.p99Ratio as number);
    const meansOver = rounds.map((x) => x.meanOverBaselineMs as number);
    expect(r.p99Ratio).toBe(median(p99Ratios));
    expect(rounds[r.medianRound - 1].p99Ratio).toBe(r.p99Ratio);
    expect(r.p99RatioSpread).toEqual({ min: Math.min(...p99Ratios), max: Math.max(...p99Ratios) });
    expect(r.meanOverBaselineMs).toBe(median(meansOver));
    expect(r.meanOverBaselineMsSpread).toEqual({ min: Math.min(...meansOver), max: Math.max(...meansOver) });
    // wukf's path is the bare relay's and more: a round where it comes out faster had a disturbed baseline.
    expect(r.disturbed).toBe(rounds.some((x) => x.disturbed));

    const table = formatResult(r as BenchResult);
    expect(table.match(/^  round \d/gm)).toHaveLength(3);
    expect(table).toContain(`p99 ratio    ${r.p99Ratio} (wukf / bare ws), median of 3 rounds`);
  }, 120_000);

  it('connections: every idle connection opens and a per-connection memory figure comes back', async () => {
    const r = await bench(box, ['connections', '--count', '40', '--hold', '1']);
    expect(r).toMatchObject({ scenario: 'connections', count: 40, opened: 40, failures: 0, dropped: 0 });
    expect(typeof r.rssBytesPerConnection).toBe('number');
    expectServerFigures(r.server);
  }, 60_000);

  it('routing: measures decisions and an agent coming online over a full queue', async () => {
    const r = await bench(box, ['routing', '--agents', '50', '--conversations', '500', '--decisions', '200', '--runs', '2']);
    expect(r).toMatchObject({ scenario: 'routing', available: true, agents: 50, conversations: 500, decisions: 200 });
    expect(r.decisionUs.p99).toBeGreaterThan(0);
    // Every agent is full when the fresh one comes online, so it is given exactly its room from the queue.
    expect(r.drain).toMatchObject({ capacity: 50, queued: 500, runs: 2, assigned: 50 });
    expect(Object.values(r.decisionKinds as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('--url: loads a running server with the tokens given, reports its figures, and leaves no conversation open', async () => {
    const dir = join(box.root, 'running');
    const { password } = await initDir(box, dir);
    expect((await wukf(box, ['agent', 'add', 'alice', '--dir', dir, '--password-stdin'], { input: 'alice-password-1\n' })).exitCode).toBe(0);
    const server = await startServer(box, ['--dir', dir]);
    try {
      const agentToken = await login(server.url, 'alice', 'alice-password-1');
      const adminToken = await login(server.url, 'admin', password);
      // Tokens come from files (or the environment), never from argv where ps shows them.
      writeFileSync(box.path('agent.token'), `${agentToken}\n`, { mode: 0o600 });
      writeFileSync(box.path('admin.token'), `${adminToken}\n`, { mode: 0o600 });
      const target = ['--url', server.url, '--token-file', box.path('agent.token')];
      // No baseline against a running server, so one round is allowed.
      const r = await bench(box, ['relay', ...target, '--admin-token-file', box.path('admin.token'), '--pairs', '2', '--seconds', '1', '--warmup', '0', '--window', '2', '--rounds', '1']);
      expect(r).toMatchObject({ scenario: 'relay', target: server.url, baseline: null, ratio: null, ratioSpread: null, disturbed: null, medianRound: 1 });
      expectRounds(r, 1, { baseline: false });
      expect(r.rounds[0]).toMatchObject({ ratio: null, disturbed: null });
      expect(r.delivered).toBeGreaterThan(0);
      expect(r.sent - r.acked).toBeLessThanOrEqual(8);
      expectServerFigures(r.server);
      expect(r.server.source).toBe('admin-stats');

      const l = await bench(box, ['latency', ...target, '--pairs', '2', '--seconds', '1', '--warmup', '0', '--rate', '20']);
      for (const { wukf } of expectRounds(l, 3, { baseline: false })) expect(wukf.delivered + wukf.undelivered).toBe(wukf.sent);
      expect(l).toMatchObject({ baseline: null, p99Ratio: null, p99RatioSpread: null, meanOverBaselineMs: null, meanOverBaselineMsSpread: null, disturbed: null });
      // No admin token: no server figures, and the output says why.
      expect(l.server).toMatchObject({ source: 'none', rssBytes: null, statsError: expect.stringContaining('--admin-token-file') });

      const wrongKind = await wukf(box, ['bench', 'relay', '--url', server.url], { env: { WUKF_BENCH_AGENT_TOKENS: adminToken } });
      expect(wrongKind.exitCode).toBe(64);
      expect(wrongKind.stderr).toContain('expected an agent token');
      const noToken = await wukf(box, ['bench', 'relay', '--url', server.url]);
      expect(noToken.exitCode).toBe(64);
      expect(noToken.stderr).toContain('--url needs at least one agent token');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const db = new Database(join(dir, 'data', 'wukf.db'), { readonly: true });
    try {
      const states = db.prepare('SELECT state, count(*) AS n FROM conversations GROUP BY state').all();
      // Two pairs in each round: one relay round, three latency rounds.
      expect(states).toEqual([{ state: 'closed', n: 8 }]);
    } finally {
      db.close();
    }
  }, 120_000);

  it('refuses a bad option naming the flag', { timeout: timeoutForRuns(6) }, async () => {
    const bad = await wukf(box, ['bench', 'relay', '--pairs', '0']);
    expect(bad.exitCode).toBe(64);
    expect(bad.stderr).toContain('--pairs: expected an integer 1-5000');
    const fewRounds = await wukf(box, ['bench', 'relay', '--rounds', '2']);
    expect(fewRounds.exitCode).toBe(64);
    expect(fewRounds.stderr).toContain('--rounds: expected at least 3 when the bare ws baseline runs');
    const noRounds = await wukf(box, ['bench', 'latency', '--rounds', '0']);
    expect(noRounds.exitCode).toBe(64);
    expect(noRounds.stderr).toContain('--rounds: expected an integer 1-50');
    const workers = await wukf(box, ['bench', 'latency', '--workers', '0']);
    expect(workers.exitCode).toBe(64);
    expect(workers.stderr).toContain('--workers: expected an integer 1-16');
    const both = await wukf(box, ['bench', 'relay', '--embedded', '--url', 'http://127.0.0.1:1']);
    expect(both.exitCode).toBe(64);
    expect(both.stderr).toContain('--embedded and --url exclude each other');
    const badUrl = await wukf(box, ['bench', 'connections', '--url', 'ftp://example']);
    expect(badUrl.exitCode).toBe(64);
    expect(badUrl.stderr).toContain('--url: expected an http:// or https:// URL');
  });
});

describe('the embedded bench server', () => {
  afterEach(cleanupTestServers);

  it('is the real wukf start, and stops gracefully when its stdin closes, as it does when the bench is killed', async () => {
    const { dir } = await scaffoldServerDir();
    const proc = serverProcess(dir);
    const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    await serverReady(proc);
    proc.stdin!.end();
    expect(await exited).toEqual({ code: 0, signal: null });
  });
});

describe('bench latency histogram', () => {
  it('reports percentiles within 1 % of the exact ones, never below them, after a merge between processes', () => {
    const samples = Array.from({ length: 20_000 }, (_, i) => 0.05 + ((i * 7919) % 20_000) / 100);
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    samples.forEach((ms, i) => (i % 2 ? a : b).record(ms));
    const merged = new LatencyHistogram();
    merged.merge(JSON.parse(JSON.stringify(a.toJSON())));
    merged.merge(JSON.parse(JSON.stringify(b.toJSON())));
    const sorted = [...samples].sort((x, y) => x - y);
    for (const p of [50, 90, 99, 99.9]) {
      const exact = sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
      expect(merged.percentile(p)).toBeGreaterThanOrEqual(exact);
      expect(merged.percentile(p)).toBeLessThanOrEqual(exact * 1.01 + 0.001);
    }
    expect(merged.summary().max).toBe(Math.round(sorted.at(-1)! * 1000) / 1000);
    expect(merged.count).toBe(samples.length);
  });
});
