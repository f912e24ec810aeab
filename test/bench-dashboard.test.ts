import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResult, type BenchResult } from '../src/bench/report.js';
import { sandbox, timeoutForRuns, wukf, wukfBin, type Sandbox } from './helpers/cli.js';

describe('wukf bench dashboard', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  it('measures a small population without and with a watcher and prints one JSON line with every documented field', { timeout: timeoutForRuns(4) }, async () => {
    const res = await wukf(box, ['bench', 'dashboard', '--agents', '4', '--conversations', '10', '--capacity', '2', '--seconds', '1', '--phases', '1', '--warmup', '0', '--json']);
    expect(res.exitCode, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!) as Record<string, any>;
    // Conversation k is agent k mod 4's: agents 0 and 1 get three, 2 and 3 get two; each claims two.
    expect(r).toMatchObject({ scenario: 'dashboard', target: 'embedded', agents: 4, conversations: 10, active: 8, queued: 2, capacity: 2, watchers: 1, sockets: 14 });
    for (const kind of [r.without, r.with]) {
      for (const key of ['messagesPerSecond', 'latencyP50Ms', 'latencyP99Ms', 'serverCpuPercent', 'eventLoopDelayP50Ms', 'eventLoopDelayP99Ms']) expect(kind[key], key).toEqual(expect.any(Number));
    }
    expect(r.with.messagesPerSecond).toBeGreaterThan(0);
    expect(r.with.framesPerSecond).toBeGreaterThan(0);
    expect(r.with.bytesPerSecond).toBeGreaterThan(0);
    expect(r.with.snapshotBytes).toBeGreaterThan(0);
    for (const key of ['messagesPerSecond', 'latencyP50', 'latencyP99', 'serverCpu', 'eventLoopDelayP99']) expect(r.ratio).toHaveProperty(key);

    expect(r.phases.map((p: any) => p.dashboard)).toEqual([false, true]);
    expect(r.phases[0].watchers).toEqual([]);
    const [watcher] = r.phases[1].watchers;
    // The watcher's snapshot shows the population: every agent, the queue, every open conversation.
    expect(watcher.snapshotRows).toEqual({ agents: 4, queues: 2, sessions: 10, truncated: false });
    expect(watcher.maxFrameBytes).toBeGreaterThan(0);
    expect(formatResult(r as BenchResult)).toMatch(/dashboard: 4 agents, 10 conversations \(8 active, 2 queued\)/);
  });

  it('--hold keeps the population up, says how to open wukf tui on it, and removes it on Ctrl-C', { timeout: timeoutForRuns(4) }, async () => {
    const proc = execa(process.execPath, [wukfBin, 'bench', 'dashboard', '--hold', '--json', '--agents', '2', '--conversations', '3'], { cwd: box.root, env: box.env, extendEnv: false, reject: false, buffer: false, stdin: 'ignore' });
    try {
      const announced = await new Promise<Record<string, any>>((resolve, reject) => {
        createInterface({ input: proc.stdout! }).once('line', (line) => resolve(JSON.parse(line) as Record<string, any>));
        proc.once('exit', (code) => reject(new Error(`bench dashboard --hold exited (${code}) before announcing`)));
      });
      expect(announced).toMatchObject({ scenario: 'dashboard', holding: true, agents: 2, conversations: 3, active: 3 });
      // Runnable as printed: this checkout's binary (no wukf on PATH here), and the directory always (tui has no default).
      expect(announced.tui).toBe(`node ${realpathSync(wukfBin)} tui --dir ${announced.dir}`);
      expect(existsSync(join(announced.dir, 'wukf.yaml'))).toBe(true);
      const health = await fetch(`${announced.url}/health`);
      expect(health.ok).toBe(true);

      proc.kill('SIGINT');
      expect((await proc).exitCode).toBe(0);
      expect(existsSync(announced.dir)).toBe(false);
    } finally {
      proc.kill('SIGKILL');
    }
  });
});
