import type { ConnectionsResult } from './connections.js';
import type { DashboardResult } from './dashboard.js';
import type { LatencySummary } from './histogram.js';
import type { LatencyResult } from './latency.js';
import type { RelayResult } from './relay.js';
import type { Spread } from './rounds.js';
import type { RoutingResult } from './routing.js';
import type { ServerFigures } from './server-stats.js';

export type BenchResult = RelayResult | LatencyResult | ConnectionsResult | RoutingResult | DashboardResult;

const mib = (bytes: number | null) => (bytes === null ? '?' : `${Math.round(bytes / 1048576)} MiB`);
const orQ = (v: number | null, unit = '') => (v === null ? '?' : `${v}${unit}`);
const latency = (l: LatencySummary) => `p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  p99.9 ${l['p99.9']}  max ${l.max}  mean ${l.mean}`;
const brief = (l: LatencySummary) => `p50 ${l.p50}  p99 ${l.p99}  mean ${l.mean} ms`;
const signed = (n: number) => (n < 0 ? `${n}` : `+${n}`);
const pad = (label: string) => label.padEnd(13);

/** The header names the round the detailed lines come from: they are one round's, not an average. */
const roundsOf = (r: { rounds: unknown[]; medianRound: number }) => `${r.rounds.length} round${r.rounds.length === 1 ? '' : 's'}, figures of round ${r.medianRound}`;

/** One line per round, flagged when its baseline came out ahead of wukf. */
function roundLines<R extends { round: number; disturbed: boolean | null }>(rounds: R[], describe: (round: R) => string): string[] {
  return rounds.map((r) => `  ${pad(`round ${r.round}`)}${describe(r)}${r.disturbed ? '  (disturbed)' : ''}`);
}

/** A median over the rounds with its spread: how far the machine moved the figure between rounds. */
function medianLine(label: string, value: string, rounds: number, spread: Spread, format: (n: number) => string = String): string {
  return `  ${pad(label)}${value}, median of ${rounds} rounds, spread ${format(spread.min)} to ${format(spread.max)}`;
}

const DISTURBED = `  ${pad('disturbed')}a bare ws run came out ahead of wukf, which a relay that persists cannot do: that baseline was disturbed; read the rounds, or run again`;

function server(s: ServerFigures): string[] {
  return [
    `  server       rss ${mib(s.rssBytes)}, cpu ${orQ(s.cpuSeconds, ' s')}, event loop p99 ${orQ(s.eventLoopDelayP99Ms, ' ms')}`,
    `               commit batch avg ${orQ(s.commitBatchAvg)}, commit p99 ${orQ(s.commitMsP99, ' ms')}${s.statsError ? ` (no admin stats: ${s.statsError})` : ''}`,
  ];
}

function dashboardLines(r: DashboardResult): string[] {
  const kind = (label: string, m: DashboardResult['without']) =>
    `  ${pad(label)}${m.messagesPerSecond} msg/s, latency p50 ${m.latencyP50Ms}  p99 ${m.latencyP99Ms} ms; server cpu ${orQ(m.serverCpuPercent, '%')}, event loop p50 ${orQ(m.eventLoopDelayP50Ms, ' ms')}  p99 ${orQ(m.eventLoopDelayP99Ms, ' ms')}`;
  const w = r.with;
  return [
    `dashboard: ${r.agents} agents, ${r.conversations} conversations (${r.active} active, ${r.queued} queued), ${r.rate} msg/s offered, server ${r.target}; ${r.phases.length} phases of ${r.seconds} s`,
    `  population   ${r.sockets} sockets from ${r.workers} load workers, opened in ${r.populateSeconds} s`,
    kind('without', r.without),
    kind(`with ${r.watchers}`, w),
    `  stream       ${w.framesPerSecond} frames/s, ${w.bytesPerSecond} bytes/s per watcher; snapshot ${w.snapshotBytes} bytes in ${w.snapshotMs} ms`,
    `  ratio        with / without: msg/s ${r.ratio.messagesPerSecond}, latency p50 ${r.ratio.latencyP50} p99 ${r.ratio.latencyP99}, server cpu ${orQ(r.ratio.serverCpu)}, event loop p99 ${orQ(r.ratio.eventLoopDelayP99)}`,
    ...r.phases.map((p) => `  ${pad(`phase ${p.phase}`)}${p.dashboard ? 'with   ' : 'without'} ${p.messagesPerSecond} msg/s, ${brief(p.latencyMs)}; server cpu ${orQ(p.serverCpuPercent, '%')}, loop p99 ${orQ(p.server.eventLoopDelayP99Ms, ' ms')}`),
    '  (medians over the phases of each kind; per phase and per watcher in --json)',
  ];
}

/** The human-readable table `wukf bench` prints without --json. */
export function formatResult(r: BenchResult): string {
  const lines: string[] = [];
  if (r.scenario === 'relay') {
    lines.push(
      `relay: ${r.pairs} pairs, window ${r.window}, ${r.seconds} s per run, ${r.workers} load workers, server ${r.target}; ${roundsOf(r)}`,
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
      );
    }
    lines.push(
      ...roundLines(r.rounds, ({ wukf, baseline, ratio }) => {
        const own = `wukf ${wukf.messagesPerSecond} msg/s, ${brief(wukf.latencyMs)}`;
        return baseline ? `${own}; bare ws ${baseline.messagesPerSecond} msg/s, ${brief(baseline.latencyMs)}; ratio ${ratio}` : own;
      }),
    );
    if (r.ratio !== null && r.ratioSpread) lines.push(medianLine('ratio', `${r.ratio} (wukf / bare ws)`, r.rounds.length, r.ratioSpread));
    else lines.push('  ratio        none: the bare ws baseline runs only against the embedded server, on the same machine');
    if (r.disturbed) lines.push(DISTURBED);
  } else if (r.scenario === 'latency') {
    lines.push(
      `latency: ${r.rate} msg/s offered (open loop) over ${r.pairs} pairs, ${r.seconds} s per run, ${r.workers} load workers, server ${r.target}; ${roundsOf(r)}`,
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
    lines.push(
      ...roundLines(r.rounds, ({ wukf, baseline, p99Ratio, meanOverBaselineMs }) => {
        const own = `wukf ${brief(wukf.latencyMs)}`;
        return baseline ? `${own}; bare ws ${brief(baseline.latencyMs)}; p99 x${p99Ratio}, mean ${signed(meanOverBaselineMs!)} ms` : own;
      }),
    );
    if (r.p99Ratio !== null && r.p99RatioSpread && r.meanOverBaselineMs !== null && r.meanOverBaselineMsSpread) {
      lines.push(
        medianLine('p99 ratio', `${r.p99Ratio} (wukf / bare ws)`, r.rounds.length, r.p99RatioSpread),
        medianLine('mean over', `${signed(r.meanOverBaselineMs)} ms (wukf − bare ws)`, r.rounds.length, r.meanOverBaselineMsSpread, signed),
      );
    }
    if (r.disturbed) lines.push(DISTURBED);
  } else if (r.scenario === 'connections') {
    lines.push(
      `connections: ${r.count} idle (half visitors, half agents), ${r.workers} load workers`,
      `  opened       ${r.opened}, ${r.failures} failures, ${r.dropped} dropped while held`,
      `  connect      ${r.connectSeconds} s, ${r.connectsPerSecond} per second; cpu server ${orQ(r.connectCpuPercent.server, '%')}, workers ${r.connectCpuPercent.workers.map((p) => `${p}%`).join(', ')}`,
      `  memory       ${orQ(r.rssBytesPerConnection, ' bytes')} of server RSS per connection (idle server ${mib(r.serverIdleRssBytes)})`,
      ...server(r.server),
    );
  } else if (r.scenario === 'dashboard') {
    lines.push(...dashboardLines(r));
  } else {
    const us = (s: { p50: number; p99: number; max: number }) => `p50 ${s.p50}  p99 ${s.p99}  max ${s.max} µs`;
    lines.push(
      `routing: ${r.agents} agents in ${r.groups} groups, ${r.conversations} conversations open; the core in this process (${r.engine})`,
      `  decision     ${us(r.decisionUs)} over ${r.decisions} decisions (${Object.entries(r.decisionKinds).map(([k, n]) => `${k} ${n}`).join(', ')})`,
      `  queue change ${us(r.queueChangeUs)} (a conversation entering and leaving a queue of ${r.drain.queued})`,
      `  online       an agent with room for ${r.drain.capacity} over ${r.drain.queued} queued: given ${r.drain.assigned} in ${r.drain.medianMs} ms (median of ${r.drain.runs}, slowest ${r.drain.maxMs} ms)`,
      `  work         ${r.workPerQueueChange}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
