import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const wukfBin = join(repoRoot, 'bin', 'wukf.js');

/** Marks every process a test starts, so test/global-setup.ts can find orphans. */
export function testRunMarker(): Record<string, string> {
  return process.env.WUKF_TEST_RUN ? { WUKF_TEST_RUN: process.env.WUKF_TEST_RUN } : {};
}

/** A temp directory used as HOME and as the place commands run; removed by cleanup(). */
export interface Sandbox {
  root: string;
  home: string;
  env: Record<string, string>;
  path(...parts: string[]): string;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'wukf-test-'));
  const home = join(root, 'home');
  return {
    root,
    home,
    env: { HOME: home, WUKF_LOG_FORMAT: 'json', NO_COLOR: '1', ...testRunMarker() },
    path: (...parts) => join(root, ...parts),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs the real binary to completion; never throws on a non-zero exit. */
export function wukf(box: Sandbox, args: string[], opts: RunOptions = {}) {
  return execa(process.execPath, [wukfBin, ...args], {
    cwd: opts.cwd ?? box.root,
    env: { ...box.env, ...opts.env },
    extendEnv: false,
    input: opts.input ?? '',
    reject: false,
    timeout: 60_000,
  });
}

import { freePort } from '../../src/bench/free-port.js';

export { freePort };

/**
 * How long one run of the binary may take. A run is mostly loading wukf, about a second of CPU; on a loaded
 * machine, beside concurrent tests doing the same, runs have taken sixteen seconds each.
 */
export const RUN_BUDGET_MS = 30_000;

/**
 * The timeout of a test that runs the binary `runs` times one after another: its budget grows with its runs
 * instead of staying at the suite's 30 s. A run that hangs still fails the test: it times out, or wukf()
 * kills the run after a minute and the exit code is wrong.
 */
export function timeoutForRuns(runs: number): number {
  return runs * RUN_BUDGET_MS;
}

/**
 * The first admin's password after `wukf init` printed `stdout`, or `wukf start --auto-init` logged it: a
 * test's stdout is not a terminal, so the password is in a 0600 file whose path was printed, or logged as
 * passwordFile (read before the first login, which deletes it).
 */
export function initialPasswordFrom(stdout: string): { password: string; file: string } {
  const found = /password file:\s*(\S+)|"passwordFile":"([^"]+)"/.exec(stdout);
  const file = found?.[1] ?? found?.[2];
  if (!file) throw new Error(`no admin password file was printed:\n${stdout}`);
  return { password: readFileSync(file, 'utf8').trim(), file };
}

/** `wukf init` for tests: no TLS unless asked, a free port, no prompts. Returns the first admin's password. */
export async function initDir(box: Sandbox, dir: string, extra: string[] = []): Promise<{ port: number; password: string; stdout: string }> {
  const port = await freePort();
  const res = await wukf(box, ['init', '--dir', dir, '--yes', '--tls', 'none', '--port', String(port), ...extra]);
  if (res.exitCode !== 0) throw new Error(`wukf init failed (${res.exitCode}): ${res.stderr}`);
  return { port, password: initialPasswordFrom(res.stdout).password, stdout: res.stdout };
}

export interface RunningServer {
  proc: ResultPromise;
  url: string;
  /** Every line the server has written to stdout so far. */
  lines: string[];
  /** Resolves with the first JSON log line matching the predicate. */
  waitForLog(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | undefined>;
}

/** Starts `wukf start` as a child process and resolves once it logs that it is ready. */
export async function startServer(box: Sandbox, args: string[], opts: RunOptions = {}): Promise<RunningServer> {
  const proc = execa(process.execPath, [wukfBin, 'start', ...args], {
    cwd: opts.cwd ?? box.root,
    env: { ...box.env, ...opts.env },
    extendEnv: false,
    reject: false,
    buffer: false,
    stdin: 'ignore',
    timeout: 120_000,
  });
  const lines: string[] = [];
  const waiters: { match: (e: Record<string, unknown>) => boolean; resolve: (e: Record<string, unknown>) => void }[] = [];
  let stderr = '';
  proc.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let pending = '';
  proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      for (const w of [...waiters]) {
        if (w.match(entry)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(entry);
        }
      }
    }
  });
  const exited = proc.then((r) => r.exitCode);
  const waitForLog = (match: (e: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (match(entry)) return resolve(entry);
        } catch {
          /* not a log line */
        }
      }
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`wukf start exited (${code}) before the expected log line.\nstdout:\n${lines.join('\n')}\nstderr:\n${stderr}`)));
    });
  const ready = await waitForLog((e) => e.msg === 'ready');
  return {
    proc,
    url: String(ready.url),
    lines,
    waitForLog,
    stop: async (signal = 'SIGTERM') => {
      proc.kill(signal);
      return exited;
    },
  };
}

/** Whether a process still exists (signal 0 checks without sending anything). */
export function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The servers a test started, killed after it if they still run. */
export class ServerSet {
  private readonly servers: RunningServer[] = [];

  async start(box: Sandbox, args: string[], env?: Record<string, string>): Promise<RunningServer> {
    const server = await startServer(box, args, { env });
    this.servers.push(server);
    return server;
  }

  async killAll(): Promise<void> {
    for (const s of this.servers.splice(0)) if (isAlive(s.proc.pid)) await s.stop('SIGKILL');
  }
}
