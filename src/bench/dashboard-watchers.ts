import WebSocket from 'ws';
import { WukfClient, type WebSocketConstructor } from '../client/index.js';
import { decodeEnvelope, DashboardEventKind } from '../proto/index.js';
import { round3 } from './rounds.js';

/** What one admin's dashboard stream cost to receive over a measured period, and what its snapshot was. */
export interface WatcherFigures {
  /** From the subscribe request to the SNAPSHOT decoded by the SDK, in ms. */
  snapshotMs: number;
  /** The SNAPSHOT frame's size (the protobuf envelope, without WebSocket framing). */
  snapshotBytes: number;
  /** Rows the SNAPSHOT held; truncated: the server's dashboard_max_sessions left conversations out. */
  snapshotRows: { agents: number; queues: number; sessions: number; truncated: boolean };
  /** DELTA frames received in the period, per second, and their bytes per second. */
  framesPerSecond: number;
  bytesPerSecond: number;
  /** The largest DELTA frame of the period. */
  maxFrameBytes: number;
}

class Counter {
  frames = 0;
  bytes = 0;
  maxFrameBytes = 0;
  snapshotBytes = 0;
  since = performance.now();

  heard(data: Buffer): void {
    const env = decodeEnvelope(data);
    if (env.body !== 'dashboard') return;
    if (env.dashboard.kind === DashboardEventKind.KIND_SNAPSHOT) {
      this.snapshotBytes = data.length;
      return;
    }
    this.frames += 1;
    this.bytes += data.length;
    this.maxFrameBytes = Math.max(this.maxFrameBytes, data.length);
  }

  reset(): void {
    this.frames = this.bytes = this.maxFrameBytes = 0;
    this.since = performance.now();
  }
}

/** ws whose every incoming frame is also counted (beside the SDK's own handler, which decodes it again). */
function countingWebSocket(counter: Counter): WebSocketConstructor {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { perMessageDeflate: false });
      this.on('message', (data: Buffer) => counter.heard(data));
    }
  } as unknown as WebSocketConstructor;
}

interface Watcher {
  client: WukfClient;
  counter: Counter;
  snapshotMs: number;
  snapshotRows: WatcherFigures['snapshotRows'];
}

/**
 * N admins subscribed to the dashboard through the SDK, as `wukf tui` is: each keeps the whole model
 * (client.dashboard) from the stream, so its figures include the cost of a real subscriber, not of a socket
 * that drops the frames.
 */
export class DashboardWatchers {
  private constructor(private readonly watchers: Watcher[]) {}

  static async open(wsUrl: string, adminToken: string, count: number): Promise<DashboardWatchers> {
    const watchers = await Promise.all(
      Array.from({ length: count }, async () => {
        const counter = new Counter();
        const client = new WukfClient({ url: wsUrl, token: adminToken, WebSocket: countingWebSocket(counter), clientName: 'wukf-bench-dashboard', connectTimeoutMs: 30_000 });
        await client.connect();
        const asked = performance.now();
        const snapshot = await client.watchDashboard(true);
        const snapshotMs = round3(performance.now() - asked);
        const snapshotRows = { agents: snapshot.agents?.length ?? 0, queues: snapshot.queues?.length ?? 0, sessions: snapshot.sessions?.length ?? 0, truncated: snapshot.truncated ?? false };
        return { client, counter, snapshotMs, snapshotRows };
      }),
    );
    return new DashboardWatchers(watchers);
  }

  /** Starts the measured period: what came before (the snapshot) is not counted in the rates. */
  begin(): void {
    for (const w of this.watchers) w.counter.reset();
  }

  figures(): WatcherFigures[] {
    return this.watchers.map(({ counter, snapshotMs, snapshotRows }) => {
      const seconds = (performance.now() - counter.since) / 1000;
      return {
        snapshotMs,
        snapshotBytes: counter.snapshotBytes,
        snapshotRows,
        framesPerSecond: round3(counter.frames / seconds),
        bytesPerSecond: Math.round(counter.bytes / seconds),
        maxFrameBytes: counter.maxFrameBytes,
      };
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.watchers.map((w) => w.client.close().catch(() => undefined)));
  }
}
