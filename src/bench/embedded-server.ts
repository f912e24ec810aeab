import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { applyScaffold, binPath, planScaffold } from '../install/index.js';
import { issueToken } from '../server/auth/tokens.js';
import { loadConfig } from '../server/config/index.js';
import { readSecret } from '../server/secrets.js';
import { SqliteStore } from '../server/store/index.js';
import { freePort } from './free-port.js';

/**
 * A throwaway wukf for benchmarks: a temp config dir, accounts made directly in its database, tokens signed
 * with its key, and the real `wukf start` in a child process (serverProcess) so that server and load
 * generator have cores of their own. Everything is removed by stop().
 */
export interface EmbeddedServer {
  /** Its config directory, for `wukf tui --dir` and the like while it runs. */
  dir: string;
  url: string;
  wsUrl: string;
  pid: number;
  agentToken(username: string): string;
  visitorToken(id: string): string;
  /** A token of the admin account `wukf init` made, for GET /api/v1/admin/stats. */
  adminToken(): string;
  stop(): Promise<void>;
}


export interface EmbeddedOptions {
  agents: string[];
  limits?: Record<string, number>;
  /** Write a V8 CPU profile of the server to this directory when it stops (`--cpu-prof`). */
  cpuProfDir?: string;
  /** max_concurrent of every agent account (default 1000: the relay's agents never fill up). */
  maxConcurrent?: number;
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wukf-bench-'));
  let child: ChildProcess | undefined;
  try {
    const port = await freePort();
    await applyScaffold(await planScaffold({ dir, host: '127.0.0.1', port, tls: { mode: 'none' }, adminUsername: 'admin' }));
    const file = join(dir, 'wukf.yaml');
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    for (const [k, v] of Object.entries(opts.limits ?? {})) doc.setIn(['limits', k], v);
    doc.setIn(['log', 'format'], 'json');
    writeFileSync(file, doc.toString());
    const config = loadConfig(dir, {});

    const store = SqliteStore.open(config.paths.database);
    let adminVersion = 0;
    try {
      adminVersion = (await store.getTokenVersion('admin')) ?? 0;
      for (const username of opts.agents) {
        // Each agent has a group of its own, so that a pair's conversation is routed to the pair's agent.
        await store.createGroup({ name: username, displayName: username, description: 'wukf bench', fallback: null });
        // No password: benchmark agents never log in, they get signed tokens below.
        await store.createAgent({ username, displayName: username, role: 'agent', skills: [], languages: [], maxConcurrent: opts.maxConcurrent ?? 1000, timezone: 'UTC', hours: null, groups: [username] }, 'disabled');
      }
    } finally {
      await store.close();
    }
    const key = readSecret(config.paths.tokenSigningKey);

    const proc = serverProcess(dir, opts.cpuProfDir);
    child = proc;
    await serverReady(proc);
    const url = `http://127.0.0.1:${port}`;
    return {
      dir,
      url,
      wsUrl: `ws://127.0.0.1:${port}/ws`,
      pid: proc.pid!,
      agentToken: (username) => issueToken(key, { kind: 'agent', sub: username, tv: 0 }, Date.now(), 3600).token,
      visitorToken: (id) => issueToken(key, { kind: 'visitor', sub: id, name: id }, Date.now(), 3600).token,
      adminToken: () => issueToken(key, { kind: 'admin', sub: 'admin', tv: adminVersion }, Date.now(), 3600).token,
      stop: async () => {
        if (proc.exitCode === null) {
          const exited = new Promise((resolve) => proc.once('exit', resolve));
          proc.kill('SIGTERM');
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Loaded into the server process before `wukf start` runs: the server stops (SIGTERM, its normal graceful
 * path) when its stdin closes, which happens when the bench exits or is killed, so a killed bench leaves no
 * server behind. Worker threads inherit the `--import` and have a stdin that ends at once, hence the
 * main-thread guard.
 */
const STOP_WHEN_STDIN_CLOSES = [
  "import { isMainThread } from 'node:worker_threads';",
  "if (isMainThread) process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM')).resume();",
].join('\n');

/** The installed `bin/wukf.js start --dir <dir>` in a child process that stops when its stdin closes. */
export function serverProcess(dir: string, cpuProfDir?: string): ChildProcess {
  const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
  const stopWithStdin = ['--import', `data:text/javascript,${encodeURIComponent(STOP_WHEN_STDIN_CLOSES)}`];
  return spawn(process.execPath, [...profile, ...stopWithStdin, binPath, 'start', '--dir', dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, WUKF_LOG_LEVEL: 'info' },
  });
}

/** Resolves once the server has logged that it is ready; rejects if it exits first. */
export function serverReady(proc: ChildProcess): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('"msg":"ready"')) {
        proc.stdout!.off('data', onData);
        proc.stdout!.resume();
        resolve();
      }
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`wukf start exited with ${code} before it was ready:\n${out}`)));
  });
}

/** Resident memory and CPU seconds of a process, from /proc (Linux); undefined elsewhere. */
export function processStats(pid: number): { rssBytes: number; cpuSeconds: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rssBytes: rssKb * 1024, cpuSeconds: ticks / 100 };
  } catch {
    return undefined;
  }
}
