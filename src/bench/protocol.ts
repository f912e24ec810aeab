import type { HistogramData } from './histogram.js';

/**
 * The IPC between `wukf bench` and its load workers (dist/bench/worker.js). The parent sends `start` with
 * a job; the worker connects and answers `ready`; `measure` opens the measured period, `stop` ends it and
 * the worker answers `result`, closes its sockets and exits. A worker also exits by itself at
 * `job.deadlineMs` and as soon as the parent goes away.
 */
export type TransportKind = 'wukf' | 'baseline';

/** One visitor-agent pair. For the baseline relay the tokens are unused and `key` pairs the two sockets. */
export interface PairSpec {
  key: string;
  visitorToken: string;
  agentToken: string;
  /** The group the visitor asks for, so that routing gives the conversation to this pair's agent. */
  group?: string;
}

interface JobBase {
  /** This worker's number, for message ids and its source address. */
  worker: number;
  url: string;
  /** Source address of every socket this worker opens (127.0.0.2, .3, …). */
  localAddress: string;
  /** The worker exits by itself this long after `start`, whatever happens. */
  deadlineMs: number;
}

export interface RelayJob extends JobBase {
  scenario: 'relay';
  transport: TransportKind;
  pairs: PairSpec[];
  /** Unacknowledged messages each side keeps in flight (closed loop). */
  window: number;
}

export interface LatencyJob extends JobBase {
  scenario: 'latency';
  transport: TransportKind;
  pairs: PairSpec[];
  /** Messages per second each side sends, on a fixed schedule (open loop). */
  ratePerSender: number;
  /** Phase offsets spread senders evenly over one period: sender j of this worker starts at (firstSender + j) / totalSenders. */
  firstSender: number;
  totalSenders: number;
  /** After stop, how long to wait for messages still on their way before counting them as undelivered. */
  drainMs: number;
}

export interface ConnectionsJob extends JobBase {
  scenario: 'connections';
  tokens: string[];
  /** Connection attempts in flight at once. */
  concurrency: number;
}

/** One agent of the dashboard population and the conversations its visitors open in its group. */
export interface DashboardAgentSpec {
  token: string;
  conversations: {
    visitorToken: string;
    /** The group the visitor asks for (embedded: the agent's own), so routing offers it to this agent. */
    group?: string;
    /** The agent claims it (within its max_concurrent); otherwise it stays queued. */
    claim: boolean;
  }[];
}

export interface DashboardJob extends JobBase {
  scenario: 'dashboard';
  agents: DashboardAgentSpec[];
  /** Open loop over both sides of every claimed conversation, as in LatencyJob. */
  ratePerSender: number;
  firstSender: number;
  totalSenders: number;
  /** Against a running server: close every conversation on the way out. */
  closeOnStop: boolean;
}

export type WorkerJob = RelayJob | LatencyJob | ConnectionsJob | DashboardJob;

/** `sample` (dashboard bench): ends one measured period and starts the next, answered by a `sample` result. */
export type ToWorker = { type: 'start'; job: WorkerJob } | { type: 'measure' } | { type: 'sample' } | { type: 'stop' };

export interface WorkerResult {
  sent: number;
  acked: number;
  delivered: number;
  /** Latency scenario: measured sends not delivered by the end of the drain. */
  undelivered: number;
  latency: HistogramData;
  /** Open loop: how late each measured message left the generator after its scheduled time. */
  lateness: HistogramData;
  measuredSeconds: number;
  /** CPU the worker used during the measured period (user + system). */
  cpuSeconds: number;
  /** Connections scenario: connections that closed while held. */
  dropped: number;
}

export interface WorkerReady {
  type: 'ready';
  opened: number;
  failures: number;
  connectSeconds: number;
  /** CPU the worker used from start to ready (user + system). */
  cpuSeconds: number;
  /** Dashboard bench: conversations claimed by their agent (the rest wait in a queue). */
  active?: number;
}

export type FromWorker =
  | WorkerReady
  | { type: 'progress'; delivered: number }
  | ({ type: 'result' } & WorkerResult)
  | ({ type: 'sample' } & WorkerResult)
  | { type: 'error'; message: string };
