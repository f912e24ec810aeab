/**
 * Every failure wukf reports has a code from this table. One entry maps the code to the CLI exit status
 * (sysexits.h where one fits), the HTTP status and, for the WebSocket gateway, the close code of the errors
 * that close a connection (null: the error refuses one request and the connection stays open, or it only
 * occurs over HTTP or in the CLI). The table is documented in docs/errors.md; keep the two in step. It lives
 * with the protocol because the SDK and the widget read the same codes off the wire.
 */
export const ERRORS = {
  WUKF_E_USAGE: { exit: 64, http: 400, close: null, summary: 'a command-line flag or argument is missing or invalid' },
  WUKF_E_INVALID_INPUT: { exit: 65, http: 400, close: null, summary: 'a value given to wukf is invalid' },
  WUKF_E_CONFIG_INVALID: { exit: 78, http: 500, close: null, summary: 'wukf.yaml or an environment override is invalid' },
  WUKF_E_CONFIG_NOT_FOUND: { exit: 78, http: 500, close: null, summary: 'no wukf.yaml in the config directory' },
  WUKF_E_TLS_INVALID: { exit: 78, http: 500, close: null, summary: 'a TLS certificate or key is unreadable, invalid or the pair does not match' },
  WUKF_E_SECRET_INVALID: { exit: 78, http: 500, close: null, summary: 'a secret file is missing, too short or readable by others' },
  WUKF_E_FILE_EXISTS: { exit: 73, http: 409, close: null, summary: 'a file wukf would write already exists and --force was not given' },
  WUKF_E_DATA_DIR_UNWRITABLE: { exit: 73, http: 500, close: null, summary: 'the data directory cannot be created or written' },
  WUKF_E_DATA_DIR_IN_USE: { exit: 73, http: 500, close: null, summary: 'another wukf server is already running on this data directory' },
  WUKF_E_FILE_ACCESS: { exit: 74, http: 500, close: null, summary: 'a file or directory wukf needs is missing, not permitted, read-only or on a full disk' },
  WUKF_E_PORT_IN_USE: { exit: 69, http: 500, close: null, summary: 'the configured host:port is already taken by another process' },
  WUKF_E_LISTEN_FAILED: { exit: 69, http: 500, close: null, summary: 'the server could not listen on the configured host:port' },
  WUKF_E_DATABASE_MISSING: { exit: 66, http: 500, close: null, summary: 'the database wukf.yaml points at does not exist; restore it, or create an empty one with wukf start --create-database' },
  WUKF_E_STORE_FAILED: { exit: 74, http: 500, close: null, summary: 'the database could not be opened, checked or written' },
  WUKF_E_MIGRATION_FAILED: { exit: 74, http: 500, close: null, summary: 'a schema migration failed; the database was restored from its copy' },
  WUKF_E_NOT_FOUND: { exit: 66, http: 404, close: null, summary: 'no such route or resource' },
  WUKF_E_METHOD_NOT_ALLOWED: { exit: 64, http: 405, close: null, summary: 'the route exists but does not take this HTTP method; the Allow header lists the ones it takes' },
  WUKF_E_UNSUPPORTED_MEDIA_TYPE: { exit: 65, http: 415, close: null, summary: 'a request body was sent without Content-Type: application/json' },
  WUKF_E_BODY_TOO_LARGE: { exit: 65, http: 413, close: null, summary: 'the request body is larger than the route accepts' },
  WUKF_E_HTTPS_REQUIRED: { exit: 65, http: 400, close: null, summary: 'a plain-HTTP request reached the HTTPS port; use https://' },
  WUKF_E_AGENT_NOT_FOUND: { exit: 66, http: 404, close: null, summary: 'no agent or admin has that username' },
  WUKF_E_AGENT_EXISTS: { exit: 65, http: 409, close: null, summary: 'an agent or admin with that username already exists' },
  WUKF_E_LAST_ADMIN: { exit: 65, http: 409, close: null, summary: 'the change would leave wukf without an admin' },
  WUKF_E_GROUP_NOT_FOUND: { exit: 66, http: 404, close: null, summary: 'no group (department) has that name' },
  WUKF_E_GROUP_EXISTS: { exit: 65, http: 409, close: null, summary: 'a group with that name already exists' },
  WUKF_E_GROUP_IN_USE: { exit: 65, http: 409, close: null, summary: 'agents still belong to the group or another group falls back to it; remove with force' },
  WUKF_E_BAD_PASSWORD: { exit: 77, http: 401, close: null, summary: 'the password is wrong' },
  WUKF_E_WEAK_PASSWORD: { exit: 65, http: 400, close: null, summary: 'the new password is too short or the confirmation differs' },
  WUKF_E_UNAUTHENTICATED: { exit: 77, http: 401, close: null, summary: 'the request carries no valid credentials' },
  WUKF_E_TOKEN_EXPIRED: { exit: 77, http: 401, close: 4401, summary: 'the token has expired; log in again' },
  WUKF_E_TOKEN_REVOKED: { exit: 77, http: 401, close: 4401, summary: 'the token was revoked; log in again' },
  WUKF_E_FORBIDDEN: { exit: 77, http: 403, close: null, summary: 'the role or identity may not do this' },
  WUKF_E_ORIGIN_FORBIDDEN: { exit: 77, http: 403, close: null, summary: 'the browser Origin is not in server.allowed_origins' },
  WUKF_E_IDENTITY_INVALID: { exit: 77, http: 401, close: null, summary: 'the identity signature is wrong, stale or missing' },
  WUKF_E_RATE_LIMITED: { exit: 75, http: 429, close: 4429, summary: 'too many requests or frames; retry after the given delay' },
  WUKF_E_TOO_MANY_CONNECTIONS: { exit: 75, http: 429, close: 4429, summary: 'this identity (visitor id or username) already has the maximum number of open connections' },
  WUKF_E_SERVER_FULL: { exit: 75, http: 503, close: null, summary: 'the server holds its maximum of WebSocket connections (visitors are refused first, keeping room for staff)' },
  WUKF_E_UNSUPPORTED_VERSION: { exit: 65, http: 400, close: 4400, summary: 'the frame\'s protocol version is not one this server speaks' },
  WUKF_E_MALFORMED_FRAME: { exit: 65, http: 400, close: 1007, summary: 'a frame is not a valid protobuf Envelope' },
  WUKF_E_UNKNOWN_FRAME: { exit: 65, http: 400, close: null, summary: 'an Envelope with no body or a body the server does not accept from clients' },
  WUKF_E_TEXT_FRAME: { exit: 65, http: 400, close: 1003, summary: 'a text WebSocket message where binary frames are expected' },
  WUKF_E_FRAME_TOO_LARGE: { exit: 65, http: 413, close: 1009, summary: 'a frame exceeds the maximum frame size' },
  WUKF_E_INVALID_UTF8: { exit: 65, http: 400, close: 1007, summary: 'a text field is not valid UTF-8' },
  WUKF_E_HELLO_REQUIRED: { exit: 65, http: 400, close: 4400, summary: 'the first frame on a connection must be Hello' },
  WUKF_E_TEXT_TOO_LONG: { exit: 65, http: 413, close: null, summary: 'the message text exceeds limits.max_text_bytes' },
  WUKF_E_HELLO_TIMEOUT: { exit: 75, http: 408, close: 4408, summary: 'no Hello arrived within limits.hello_timeout_ms of the connection opening' },
  WUKF_E_SLOW_CONSUMER: { exit: 75, http: 503, close: 4408, summary: 'the client reads too slowly; its buffered bytes passed the limit' },
  WUKF_E_CONVERSATION_NOT_FOUND: { exit: 66, http: 404, close: null, summary: 'no such conversation, or not one this client may see' },
  WUKF_E_CONVERSATION_CLOSED: { exit: 65, http: 409, close: null, summary: 'the conversation is closed' },
  WUKF_E_QUEUE_FULL: { exit: 75, http: 503, close: null, summary: 'the queue is full (limits.max_queued_conversations, or the places anonymous visitors may take); retry after the given delay' },
  WUKF_E_CONVERSATION_CONFLICT: { exit: 65, http: 409, close: null, summary: 'the conversation is not in a state that allows this (e.g. already claimed)' },
  WUKF_E_AGENT_AT_CAPACITY: { exit: 75, http: 409, close: null, summary: 'the agent already has max_concurrent active conversations; an admin may transfer with override_capacity' },
  WUKF_E_AGENT_UNAVAILABLE: { exit: 75, http: 409, close: null, summary: 'the agent is offline, away or off shift and takes no conversations now' },
  WUKF_E_CLAIM_DISABLED: { exit: 77, http: 403, close: null, summary: 'claiming from the queue is turned off (routing.claim_allowed: false); routing assigns conversations' },
  WUKF_E_NOT_OFFERED: { exit: 65, http: 409, close: null, summary: 'the conversation is not offered to you (already accepted, offered to someone else, or never offered)' },
  WUKF_E_UNREACHABLE: { exit: 69, http: 502, close: null, summary: 'a client (the SDK or the console) cannot reach the server: connection refused, unknown host, no answer' },
  WUKF_E_TLS_UNTRUSTED: { exit: 69, http: 502, close: null, summary: "a client refused the server's TLS certificate: self-signed or from an unknown authority, not for the name connected to, or expired" },
  WUKF_E_NOT_READY: { exit: 69, http: 503, close: null, summary: 'the server is starting or stopping' },
  WUKF_E_INTERNAL: { exit: 70, http: 500, close: 1011, summary: 'an unexpected internal error; the log has the details' },
} as const satisfies Record<string, { exit: number; http: number; close: number | null; summary: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface WukfErrorDetails {
  cause?: unknown;
  /** Rate limits: when the request may be made again (ms). Sent as Error.retry_after_ms and Retry-After. */
  retryAfterMs?: number;
  /** Invalid input: the field that was wrong, so a caller can name its own flag or key for it. */
  field?: string;
}

/** The one error class of wukf: a code from ERRORS, a message for people, and the details a caller acts on. */
export class WukfError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, details: WukfErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'WukfError';
    this.code = code;
    this.retryAfterMs = details.retryAfterMs;
    this.field = details.field;
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }
}

export function isWukfError(err: unknown): err is WukfError {
  return err instanceof WukfError;
}
