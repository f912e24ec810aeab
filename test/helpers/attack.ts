import { readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import type { WukfClient } from '../../src/client/index.js';
import { join } from 'node:path';
import { SqliteStore } from '../../src/server/store/index.js';
import { login } from './auth.js';
import { initDir, startServer, wukf, type RunningServer, type Sandbox } from './cli.js';
import { sdkClient, until, visitorToken } from './sdk.js';

/**
 * A real `wukf start` to attack, with an admin and an agent whose passwords the test knows, and a way to
 * prove the staff can still work while the attack runs. Everything is loopback and bounded.
 */
export interface AttackTarget {
  dir: string;
  server: RunningServer;
  url: string;
  wsUrl: string;
  admin: { username: string; password: string };
  agent: { username: string; password: string };
  /** The server process's resident set size now, in bytes (from /proc). */
  rssBytes(): number;
  /** Every message the staff round trips had acknowledged, to be found in the database afterwards. */
  acked: AckedMessage[];
}

export interface AckedMessage {
  conversationId: string;
  seq: number;
  text: string;
}

export const AGENT_PASSWORD = 'attack-suite agent password';

export interface TargetOptions {
  /** YAML merged into wukf.yaml key by key (e.g. a `limits:` section), written before the server starts. */
  yaml?: string;
  env?: Record<string, string>;
  /** Extra `wukf init` flags. */
  init?: string[];
  /** Keys set in the `limits:` section wukf init wrote (appending a second `limits:` would be a duplicate key). */
  limits?: Record<string, number>;
}

export async function startTarget(box: Sandbox, opts: TargetOptions = {}): Promise<AttackTarget> {
  const dir = box.path('wukf');
  const { password } = await initDir(box, dir, opts.init);
  const added = await wukf(box, ['agent', 'add', 'alice', '--dir', dir, '--password-stdin'], { input: `${AGENT_PASSWORD}\n` });
  if (added.exitCode !== 0) throw new Error(`wukf agent add failed: ${added.stderr}`);
  {
    const file = `${dir}/wukf.yaml`;
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    for (const [key, value] of Object.entries(opts.limits ?? {})) doc.setIn(['limits', key], value);
    // The attacks are on budgets, not on routing: the staff claim what they answer (a test's yaml may say otherwise).
    doc.setIn(['routing', 'assignment'], 'manual');
    writeFileSync(file, doc.toString());
  }
  if (opts.yaml) {
    const file = `${dir}/wukf.yaml`;
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    // Merged key by key: the file already has every section, and wukf refuses a section written twice.
    const merge = (value: unknown, path: string[]): void => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) merge(v, [...path, k]);
      else doc.setIn(path, value);
    };
    merge(YAML.parse(opts.yaml), []);
    writeFileSync(file, doc.toString());
  }
  const server = await startServer(box, ['--dir', dir], { env: opts.env });
  const pid = server.proc.pid!;
  return {
    dir,
    server,
    url: server.url,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/ws`,
    admin: { username: 'admin', password },
    agent: { username: 'alice', password: AGENT_PASSWORD },
    rssBytes: () => rssOf(pid),
    acked: [],
  };
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

export interface StaffRoundTrip {
  /** Login of the admin and the agent, each Welcome received. */
  connectMs: number;
  /** Agent → visitor and visitor → agent, each delivered to the other side. */
  chatMs: number;
}

/**
 * What the staff do while an attack runs, measured: the admin and the agent log in over HTTP and connect;
 * a visitor (with its own fresh token, not the attacker's) opens a conversation, the agent claims it, and
 * a message goes each way. Throws if any step is refused; the caller asserts on the figures only loosely
 * (the machine is shared), the point is that every step completes.
 */
export async function staffRoundTrip(target: AttackTarget, visitorTokenOf: () => Promise<string> = () => visitorToken(target.url)): Promise<StaffRoundTrip> {
  const clients: WukfClient[] = [];
  const started = performance.now();
  try {
    const [adminToken, agentToken] = await Promise.all([login(target.url, target.admin.username, target.admin.password), login(target.url, target.agent.username, target.agent.password)]);
    const admin = sdkClient(target.wsUrl, adminToken);
    const agent = sdkClient(target.wsUrl, agentToken);
    clients.push(admin, agent);
    await Promise.all([admin.connect(), agent.connect()]);
    const connectMs = performance.now() - started;

    const chatStarted = performance.now();
    const visitor = sdkClient(target.wsUrl, await visitorTokenOf());
    clients.push(visitor);
    await visitor.connect();
    const opened = await visitor.openConversation();
    const id = opened.id!;
    await agent.claim(id);
    const fromAgent = `agent says ${Math.random()}`;
    const fromVisitor = `visitor says ${Math.random()}`;
    const seen = { visitor: false, agent: false };
    visitor.on('message', (m) => void (m.text === fromAgent && (seen.visitor = true)));
    agent.on('message', (m) => void (m.text === fromVisitor && (seen.agent = true)));
    target.acked.push({ conversationId: id, seq: Number((await agent.send(id, fromAgent)).seq), text: fromAgent });
    await until(() => seen.visitor, [visitor], 'the visitor received the agent message');
    target.acked.push({ conversationId: id, seq: Number((await visitor.send(id, fromVisitor)).seq), text: fromVisitor });
    await until(() => seen.agent, [agent], 'the agent received the visitor message');
    return { connectMs, chatMs: performance.now() - chatStarted };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

/**
 * Nothing acknowledged was lost: every message a staff round trip had acked is in the server's database file,
 * at its seq, with its text. Call it after the server has stopped (or been killed).
 */
export async function expectAckedKept(target: AttackTarget): Promise<void> {
  if (target.acked.length === 0) throw new Error('no staff round trip was acknowledged: nothing to check');
  const store = SqliteStore.open(join(target.dir, 'data', 'wukf.db'));
  try {
    for (const m of target.acked) {
      const [entry] = await store.readEntries(m.conversationId, m.seq - 1, 1);
      if (entry?.seq !== m.seq || entry.text !== m.text) throw new Error(`acked message ${m.conversationId}#${m.seq} is not in the database: ${JSON.stringify(entry)}`);
    }
  } finally {
    await store.close();
  }
}

/** Stops the target, then checks that nothing the staff had acknowledged during the attack is missing. */
export async function stopAndCheckAcked(target: AttackTarget | undefined): Promise<void> {
  if (!target) return;
  await target.server.stop();
  await expectAckedKept(target);
}
