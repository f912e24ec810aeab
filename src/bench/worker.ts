import { WukfClient } from '../client/index.js';
import { LatencyHistogram } from './histogram.js';
import { LoadState } from './load.js';
import { openPopulation } from './dashboard-population.js';
import type { ConnectionsJob, DashboardJob, FromWorker, LatencyJob, RelayJob, ToWorker, WorkerJob, WorkerResult } from './protocol.js';
import { boundWebSocket, openPair, type PairLink } from './transport.js';

/**
 * A load worker of `wukf bench`, forked by workers.ts (protocol.ts describes the messages). Runs as its own
 * process so that the generator has cores of its own and is not what limits the numbers.
 */
const reply = (msg: FromWorker) => process.send?.(msg);
const cpuSeconds = () => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1e6;
};

// Never outlive the bench: exit when the IPC channel goes (parent exited or was killed).
process.on('disconnect', () => process.exit(0));
if (!process.send) {
  process.stderr.write('worker.ts is started by `wukf bench`, not by hand\n');
  process.exit(2);
}

type Figures = Omit<WorkerResult, 'measuredSeconds' | 'cpuSeconds'>;
type Phase = { measure(): void; sample?(): Figures; stop(): Promise<Figures> };
let phase: Phase | undefined;
let measuredAt = 0;
let cpuAt: NodeJS.CpuUsage | undefined;
let progress: NodeJS.Timeout | undefined;

process.on('message', (msg: ToWorker) => {
  void handle(msg).catch((err: Error) => {
    reply({ type: 'error', message: err.stack ?? err.message });
    setTimeout(() => process.exit(1), 100);
  });
});

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'start') {
    setTimeout(() => process.exit(3), msg.job.deadlineMs).unref();
    phase = await start(msg.job);
  } else if (msg.type === 'measure' && phase) {
    measuredAt = performance.now();
    cpuAt = process.cpuUsage();
    phase.measure();
  } else if (msg.type === 'sample' && phase?.sample) {
    const measuredSeconds = (performance.now() - measuredAt) / 1000;
    const cpu = process.cpuUsage(cpuAt);
    measuredAt = performance.now();
    cpuAt = process.cpuUsage();
    reply({ type: 'sample', ...phase.sample(), measuredSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  } else if (msg.type === 'stop' && phase) {
    const measuredSeconds = (performance.now() - measuredAt) / 1000;
    const cpu = process.cpuUsage(cpuAt);
    clearInterval(progress);
    const result = await phase.stop();
    reply({ type: 'result', ...result, measuredSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    // Let the result reach the parent before the channel goes.
    setTimeout(() => process.exit(0), 50);
  }
}

function start(job: WorkerJob): Promise<Phase> {
  if (job.scenario === 'connections') return startConnections(job);
  if (job.scenario === 'dashboard') return startDashboard(job);
  return startTraffic(job);
}

/** The dashboard population: agents, their conversations (claimed or queued), and open-loop load on the claimed ones. */
async function startDashboard(job: DashboardJob): Promise<Phase> {
  const began = performance.now();
  const population = await openPopulation(job);
  reply({ type: 'ready', opened: population.sockets, failures: 0, connectSeconds: (performance.now() - began) / 1000, cpuSeconds: cpuSeconds(), active: population.links.length });
  const state = new LoadState();
  state.listen(population.links);
  state.openLoop(population.links, job.ratePerSender, job.firstSender, job.totalSenders, `w${job.worker}d`);
  const figures = (): Figures => {
    const p = state.takePeriod();
    return { sent: p.sent, acked: p.acked, delivered: p.delivered, undelivered: 0, latency: p.latency.toJSON(), lateness: p.lateness.toJSON(), dropped: 0 };
  };
  return {
    measure: () => {
      state.measuring = true;
    },
    sample: figures,
    stop: async () => {
      state.stopped = true;
      state.frozen = true;
      const result = figures();
      await Promise.race([population.close(), new Promise((r) => setTimeout(r, 10_000))]);
      return result;
    },
  };
}

async function startTraffic(job: RelayJob | LatencyJob): Promise<Phase> {
  const began = performance.now();
  const window = job.scenario === 'relay' ? job.window * 2 : 4096;
  const links: PairLink[] = await Promise.all(job.pairs.map((spec) => openPair(job.transport, job.url, spec, job.localAddress, window)));
  reply({ type: 'ready', opened: links.length * 2, failures: 0, connectSeconds: (performance.now() - began) / 1000, cpuSeconds: cpuSeconds() });
  const state = new LoadState();
  state.listen(links);
  const prefix = `w${job.worker}p`;
  if (job.scenario === 'relay') state.closedLoop(links, job.window, prefix);
  else state.openLoop(links, job.ratePerSender, job.firstSender, job.totalSenders, prefix);
  return {
    measure: () => {
      state.measuring = true;
      progress = setInterval(() => reply({ type: 'progress', delivered: state.delivered }), 250);
    },
    stop: async () => {
      state.stopped = true;
      if (job.scenario === 'latency') {
        const until = performance.now() + job.drainMs;
        while (state.outstanding() > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
      }
      state.frozen = true;
      const result = {
        sent: state.sent,
        acked: state.acked,
        delivered: state.delivered,
        undelivered: job.scenario === 'latency' ? state.outstanding() : 0,
        latency: state.latency.toJSON(),
        lateness: state.lateness.toJSON(),
        dropped: 0,
      };
      await Promise.race([Promise.all(links.flatMap((l) => [l.visitor.close(), l.agent.close()])), new Promise((r) => setTimeout(r, 2000))]);
      return result;
    },
  };
}

async function startConnections(job: ConnectionsJob): Promise<Phase> {
  const WS = boundWebSocket(job.localAddress);
  const began = performance.now();
  const clients: WukfClient[] = [];
  let opened = 0;
  let failures = 0;
  let dropped = 0;
  let next = 0;
  const openOne = async (token: string): Promise<void> => {
    const client = new WukfClient({ url: job.url, token, WebSocket: WS, clientName: 'wukf-bench', connectTimeoutMs: 20_000, maxAuthFailures: 1 });
    clients.push(client);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([client.connect(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 30_000)))]);
      opened += 1;
      client.on('disconnect', (info) => {
        if (info.code !== 1000) dropped += 1;
      });
    } catch {
      failures += 1;
      await client.close().catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
  };
  const lane = async (): Promise<void> => {
    while (next < job.tokens.length) await openOne(job.tokens[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(job.concurrency, job.tokens.length) }, lane));
  reply({ type: 'ready', opened, failures, connectSeconds: (performance.now() - began) / 1000, cpuSeconds: cpuSeconds() });
  return {
    measure: () => undefined,
    stop: async () => {
      const held = dropped;
      await Promise.race([Promise.all(clients.map((c) => c.close().catch(() => undefined))), new Promise((r) => setTimeout(r, 5000))]);
      const none = new LatencyHistogram().toJSON();
      return { sent: 0, acked: 0, delivered: 0, undelivered: 0, latency: none, lateness: none, dropped: held };
    },
  };
}
