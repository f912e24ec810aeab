import type { ErrorCode } from '../proto/errors.js';
import type { ErrorFrame } from '../proto/index.js';

/**
 * The codes a WukfClientError carries: every server code (docs/errors.md), plus the client's own
 * WUKF_E_DISCONNECTED (the connection dropped or was closed while a request was waiting for its answer).
 * A newer server may send codes this version does not know, hence the open string.
 */
export type WukfClientErrorCode = ErrorCode | 'WUKF_E_DISCONNECTED' | (string & {});

/** A refused request, a server Error frame, or a connection the client gave up on. */
export class WukfClientError extends Error {
  readonly code: WukfClientErrorCode;
  readonly conversationId?: string;
  readonly clientMessageId?: string;
  /** Rate limits: when the server will take the request again. */
  readonly retryAfterMs?: number;

  constructor(
    code: WukfClientErrorCode,
    message: string,
    details: { conversationId?: string; clientMessageId?: string; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'WukfClientError';
    this.code = code;
    if (details.conversationId) this.conversationId = details.conversationId;
    if (details.clientMessageId) this.clientMessageId = details.clientMessageId;
    if (details.retryAfterMs) this.retryAfterMs = details.retryAfterMs;
  }

  static fromFrame(frame: ErrorFrame): WukfClientError {
    return new WukfClientError(frame.code || 'WUKF_E_INTERNAL', frame.message || frame.code || 'the server refused the request', {
      conversationId: frame.conversationId ?? undefined,
      clientMessageId: frame.clientMessageId ?? undefined,
      retryAfterMs: frame.retryAfterMs ?? undefined,
    });
  }

  static disconnected(what: string): WukfClientError {
    return new WukfClientError('WUKF_E_DISCONNECTED', `${what}: the connection closed before the server answered`);
  }
}
