import WebSocket from 'ws';
import { WukfClient, type WukfClientOptions } from '../client/index.js';
import { processStats, startEmbedded } from './embedded-server.js';

export interface RelayOptions {
  pairs: number;
  seconds: number;
  /** Unacknowledged messages each side keeps in flight. */
  window: number;
  warmupSeconds: number;
  onProgress?: (line: string) => void;
}

export interface RelayResult {
  scenario: 'relay';
  pairs: number;
  window: number;
  seconds: number;
  /** Messages delivered to the other side per second during the measured period. */
  messagesPerSecond: number;
  sent: number;
  acked: number;
  delivered: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  server: { rssBytes?: number; cpuSeconds?: number };
  persistence: 'sqlite, synchronous=FULL, ack after commit';
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * N visitor-agent pairs over real sockets against a real server with persistence on. Each side keeps
 * `window` messages in flight and sends the next on every ack (closed loop). Latency is end to end: from
 * the sender's send() to the other side's message event, both in this process.
 */
export async function runRelay(opts: RelayOptions): Promise<RelayResult> {
  const agents = Array.from({ length: opts.pairs }, (_, i) => `bench-agent-${i}`);
  const server = await startEmbedded({ agents, limits: { rate_per_second: 100_000, rate_burst: 100_000, max_connections_per_identity: 1000 } });
  const clients: WukfClient[] = [];
  try {
    const make = (token: string) => {
      const c = new WukfClient({ url: server.wsUrl, token, WebSocket: WebSocket as unknown as WukfClientOptions['WebSocket'], window: opts.window * 2 });
      clients.push(c);
      return c;
    };
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let measuring = false;
    let stopped = false;
    let sent = 0;
    let acked = 0;
    let delivered = 0;

    const pairs = await Promise.all(
      agents.map(async (username, i) => {
        const visitor = make(server.visitorToken(`v_bench_${i}`));
        const agent = make(server.agentToken(username));
        await Promise.all([visitor.connect(), agent.connect()]);
        const conversation = await visitor.openConversation({});
        await agent.claim(conversation.id ?? '');
        return { visitor, agent, conversationId: conversation.id ?? '' };
      }),
    );

    for (const [i, p] of pairs.entries()) {
      for (const [side, client] of [['v', p.visitor], ['a', p.agent]] as const) {
        client.on('message', (m) => {
          if (m.text === undefined || m.text === null) return;
          const start = sentAt.get(m.clientMessageId);
          if (start === undefined) return;
          sentAt.delete(m.clientMessageId);
          if (!measuring) return;
          delivered += 1;
          latencies.push(performance.now() - start);
        });
        let n = 0;
        const next = (): void => {
          if (stopped) return;
          const id = `${i}-${side}-${n++}`;
          sentAt.set(id, performance.now());
          if (measuring) sent += 1;
          client
            .send(p.conversationId, `message ${id}`, { clientMessageId: id })
            .then(() => {
              if (measuring) acked += 1;
              next();
            })
            .catch(() => undefined);
        };
        for (let w = 0; w < opts.window; w++) next();
      }
    }

    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await wait(opts.warmupSeconds * 1000);
    const cpuBefore = processStats(server.pid)?.cpuSeconds;
    measuring = true;
    const started = performance.now();
    for (let s = 1; s <= opts.seconds; s++) {
      await wait(1000);
      opts.onProgress?.(`relay: ${s}/${opts.seconds} s, ${delivered} delivered, ${Math.round(delivered / ((performance.now() - started) / 1000))} msg/s`);
    }
    measuring = false;
    const elapsed = (performance.now() - started) / 1000;
    stopped = true;
    const stats = processStats(server.pid);
    latencies.sort((x, y) => x - y);
    const mean = latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length);
    return {
      scenario: 'relay',
      pairs: opts.pairs,
      window: opts.window,
      seconds: round(elapsed),
      messagesPerSecond: Math.round(delivered / elapsed),
      sent,
      acked,
      delivered,
      latencyMs: { p50: round(percentile(latencies, 50)), p90: round(percentile(latencies, 90)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0), mean: round(mean) },
      server: { rssBytes: stats?.rssBytes, cpuSeconds: stats && cpuBefore !== undefined ? round(stats.cpuSeconds - cpuBefore) : undefined },
      persistence: 'sqlite, synchronous=FULL, ack after commit',
    };
  } finally {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    await server.stop();
  }
}
