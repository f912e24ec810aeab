import { statSync } from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { DashboardHealth } from '../../proto/index.js';
import type { CommitStats } from '../store/index.js';

/** Sampling interval of the event-loop histogram, in ms (the stats route samples the same way). */
const LOOP_RESOLUTION_MS = 10;

export interface HealthSources {
  version: string;
  /** performance.now() when the server started. */
  startedAt: number;
  connections(): { visitors: number; agents: number; admins: number };
  conversations(): { queued: number; active: number };
  /** location is the database file; its WAL is beside it. */
  store: { readonly location: string; commitStats?(reset?: boolean): CommitStats };
}

const fileBytes = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

/**
 * The server's figures for the dashboard, as the stats route reports them. The event loop is sampled only
 * while someone watches (start/stop); rates and delays cover the time since the previous read.
 */
export class HealthProbe {
  private loop: IntervalHistogram | undefined;
  private messages = 0;
  private readAt = performance.now();

  constructor(private readonly sources: HealthSources) {}

  start(): void {
    if (this.loop) return;
    this.loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    this.loop.enable();
    this.messages = 0;
    this.readAt = performance.now();
  }

  stop(): void {
    this.loop?.disable();
    this.loop = undefined;
  }

  /** A message was stored. */
  message(): void {
    this.messages += 1;
  }

  read(): DashboardHealth {
    const now = performance.now();
    const seconds = (now - this.readAt) / 1000;
    const { sources, loop } = this;
    const connections = sources.connections();
    const conversations = sources.conversations();
    const commits = sources.store.commitStats?.();
    const health: DashboardHealth = {
      version: sources.version,
      uptimeS: Math.floor((now - sources.startedAt) / 1000),
      ...connections,
      ...conversations,
      messagesPerS: seconds > 0 ? Math.round((this.messages / seconds) * 10) / 10 : 0,
      ackMsP50: commits?.commitMsP50 ?? 0,
      ackMsP99: commits?.commitMsP99 ?? 0,
      // An empty histogram answers percentiles of a few hundred ns rather than 0.
      eventLoopDelayMsP50: loop && loop.count > 0 ? delayMs(loop.percentile(50)) : 0,
      eventLoopDelayMsP99: loop && loop.count > 0 ? delayMs(loop.percentile(99)) : 0,
      rssBytes: process.memoryUsage.rss(),
      databaseBytes: fileBytes(sources.store.location),
      walBytes: fileBytes(`${sources.store.location}-wal`),
    };
    loop?.reset();
    this.messages = 0;
    this.readAt = now;
    return health;
  }
}

/** Nanoseconds between two samples as the delay beyond the sampling interval, in ms to the microsecond. */
const delayMs = (ns: number): number => Math.max(0, Math.round(ns / 1e3 - LOOP_RESOLUTION_MS * 1e3) / 1e3);
