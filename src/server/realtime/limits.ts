/** The per-connection limits of the real-time gateway; configured under `limits:` in wukf.yaml. */
export interface RealtimeLimits {
  maxFrameBytes: number;
  maxTextBytes: number;
  ratePerSecond: number;
  rateBurst: number;
  /** A connection whose unsent bytes pass this is a slow consumer and is closed (4408). */
  maxBufferedBytes: number;
  maxConnectionsPerPrincipal: number;
  pingIntervalMs: number;
  typingIntervalMs: number;
  /** Resume replays at most this many entries per conversation; more is GAP_TOO_LARGE. */
  replayLimit: number;
  historyPageLimit: number;
}

export const DEFAULT_LIMITS: RealtimeLimits = {
  maxFrameBytes: 64 * 1024,
  maxTextBytes: 8 * 1024,
  ratePerSecond: 50,
  rateBurst: 100,
  maxBufferedBytes: 4 * 1024 * 1024,
  maxConnectionsPerPrincipal: 8,
  pingIntervalMs: 25_000,
  typingIntervalMs: 1_000,
  replayLimit: 1_000,
  historyPageLimit: 200,
};
