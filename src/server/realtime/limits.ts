import type { Config } from '../config/index.js';
import type { QueueBudgets } from '../conversations/index.js';
import { MAX_HISTORY_PAGE } from '../../proto/limits.js';

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
  /** What one Hello may replay across all its cursors; the cursors past it are told to page history. */
  replayMaxEntries: number;
  replayMaxBytes: number;
  /** A connection without Hello this long after it opened is closed (4408). */
  helloTimeoutMs: number;
  historyPageLimit: number;
  /** Queued conversations per QueueEvent page to staff. */
  queuePageSize: number;
  /** An anonymous visitor's queued conversation idle this long is closed as expired; 0: never. */
  queuedIdleExpiryMs: number;
}

/** The limits configured in wukf.yaml, in the gateway's terms. */
export function limitsFromConfig(limits: Config['limits']): RealtimeLimits {
  return {
    maxFrameBytes: limits.max_frame_bytes,
    maxTextBytes: limits.max_text_bytes,
    ratePerSecond: limits.rate_per_second,
    rateBurst: limits.rate_burst,
    maxBufferedBytes: limits.max_buffered_bytes,
    maxConnectionsPerPrincipal: limits.max_connections_per_identity,
    pingIntervalMs: limits.ping_interval_ms,
    typingIntervalMs: limits.typing_interval_ms,
    replayLimit: limits.replay_limit,
    replayMaxEntries: limits.replay_max_entries,
    replayMaxBytes: limits.replay_max_bytes,
    helloTimeoutMs: limits.hello_timeout_ms,
    historyPageLimit: MAX_HISTORY_PAGE,
    queuePageSize: limits.queue_page_size,
    queuedIdleExpiryMs: limits.queued_idle_expiry * 1000,
  };
}

/** What visitors may make the conversation core hold, from the same section. */
export function queueBudgetsFromConfig(limits: Config['limits']): QueueBudgets {
  return {
    maxOpenPerVisitor: limits.max_open_conversations_per_visitor,
    maxQueued: limits.max_queued_conversations,
    reservedForIdentified: limits.queue_reserved_for_identified,
    maxContextBytes: limits.max_context_bytes,
  };
}
