import type { ConnectionsResult } from './connections.js';
import type { LatencySummary } from './histogram.js';
import type { LatencyResult } from './latency.js';
import type { RelayResult } from './relay.js';
import type { RoutingResult } from './routing.js';
import type { ServerFigures } from './server-stats.js';

export type BenchResult = RelayResult | LatencyResult | ConnectionsResult | RoutingResult;

const mib = (bytes: number | null) => (bytes === null ? '?' : `${Math.round(bytes / 1048576)} MiB`);
const orQ = (v: number | null, unit = '') => (v === null ? '?' : `${v}${unit}`);
const latency = (l: LatencySummary) => `p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  p99.9 ${l['p99.9']}  max ${l.max}  mean ${l.mean}`;

function server(s: ServerFigures): string[] {
  return [
    `  server       rss ${mib(s.rssBytes)}, cpu ${orQ(s.cpuSeconds, ' s')}, event loop p99 ${orQ(s.eventLoopDelayP99Ms, ' ms')}`,
    `               commit batch avg ${orQ(s.commitBatchAvg)}, commit p99 ${orQ(s.commitMsP99, ' ms')}${s.statsError ? ` (no admin stats: ${s.statsError})` : ''}`,
  ];
}

/** The human-readable table `wukf bench` prints without --json. */
export function formatResult(r: BenchResult): string {
  const lines: string[] = [];
  if (r.scenario === 'relay') {
    lines.push(
      `relay: ${r.pairs} pairs, window ${r.window}, ${r.seconds} s, ${r.workers} load workers, server ${r.target}`,
      `  wukf         ${r.messagesPerSecond} msg/s delivered (${r.sent} sent, ${r.acked} acked, ${r.delivered} delivered)`,
      `  latency ms   ${latency(r.latencyMs)}`,
      ...server(r.server),
      `  generator    cpu ${r.generatorCpuPercent.map((p) => `${p}%`).join(', ')}`,
    );
    const b = r.baseline;
    if (b) {
      lines.push(
        `  bare ws      ${b.messagesPerSecond} msg/s delivered (${b.sent} sent, ${b.acked} acked, ${b.delivered} delivered)`,
        `  latency ms   ${latency(b.latencyMs)}`,
        `  generator    cpu ${b.generatorCpuPercent.map((p) => `${p}%`).join(', ')}; relay cpu ${orQ(b.server.cpuSeconds, ' s')}`,
        `  ratio        ${r.ratio} (wukf / bare ws)`,
      );
    } else lines.push('  ratio        none: the bare ws baseline runs only against the embedded server, on the same machine');
  } else if (r.scenario === 'latency') {
    lines.push(
      `latency: ${r.rate} msg/s offered (open loop) over ${r.pairs} pairs, ${r.seconds} s, ${r.workers} load workers, server ${r.target}`,
      `  delivered    ${r.delivered} of ${r.sent} (${r.messagesPerSecond} msg/s), ${r.undelivered} undelivered`,
      `  latency ms   ${latency(r.latencyMs)}  (from intended send time)`,
      ...server(r.server),
      `  generator    cpu ${r.generatorCpuPercent.map((p) => `${p}%`).join(', ')}; sent late by ms: p50 ${r.sendLatenessMs.p50}  p99 ${r.sendLatenessMs.p99}  mean ${r.sendLatenessMs.mean}`,
    );
    if (r.baseline) {
      lines.push(
        `  bare ws ms   ${latency(r.baseline.latencyMs)}  (the same schedule through a bare ws relay)`,
        `  bare ws gen  sent late by ms: p50 ${r.baseline.sendLatenessMs.p50}  p99 ${r.baseline.sendLatenessMs.p99}  mean ${r.baseline.sendLatenessMs.mean}`,
      );
    }
  } else if (r.scenario === 'connections') {
    lines.push(
      `connections: ${r.count} idle (half visitors, half agents), ${r.workers} load workers`,
      `  opened       ${r.opened}, ${r.failures} failures, ${r.dropped} dropped while held`,
      `  connect      ${r.connectSeconds} s, ${r.connectsPerSecond} per second; cpu server ${orQ(r.connectCpuPercent.server, '%')}, workers ${r.connectCpuPercent.workers.map((p) => `${p}%`).join(', ')}`,
      `  memory       ${orQ(r.rssBytesPerConnection, ' bytes')} of server RSS per connection (idle server ${mib(r.serverIdleRssBytes)})`,
      ...server(r.server),
    );
  } else {
    lines.push(`routing: ${r.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
