/**
 * Every failure wukf reports has a code from this table. One entry maps the code to the CLI exit status
 * (sysexits.h where one fits), the HTTP status and, for the WebSocket gateway, the close code. The table is
 * documented in docs/errors.md; keep the two in step.
 */
export const ERRORS = {
  WUKF_E_USAGE: { exit: 64, http: 400, close: 1008, summary: 'a command-line flag or argument is missing or invalid' },
  WUKF_E_INVALID_INPUT: { exit: 65, http: 400, close: 1007, summary: 'a value given to wukf is invalid' },
  WUKF_E_CONFIG_INVALID: { exit: 78, http: 500, close: 1011, summary: 'wukf.yaml or an environment override is invalid' },
  WUKF_E_CONFIG_NOT_FOUND: { exit: 78, http: 500, close: 1011, summary: 'no wukf.yaml in the config directory' },
  WUKF_E_TLS_INVALID: { exit: 78, http: 500, close: 1011, summary: 'a TLS certificate or key is unreadable, invalid or the pair does not match' },
  WUKF_E_SECRET_INVALID: { exit: 78, http: 500, close: 1011, summary: 'a secret file is missing, too short or readable by others' },
  WUKF_E_FILE_EXISTS: { exit: 73, http: 409, close: 1011, summary: 'a file wukf would write already exists and --force was not given' },
  WUKF_E_DATA_DIR_UNWRITABLE: { exit: 73, http: 500, close: 1011, summary: 'the data directory cannot be created or written' },
  WUKF_E_PORT_IN_USE: { exit: 69, http: 500, close: 1011, summary: 'the configured host:port is already taken by another process' },
  WUKF_E_LISTEN_FAILED: { exit: 69, http: 500, close: 1011, summary: 'the server could not listen on the configured host:port' },
  WUKF_E_STORE_FAILED: { exit: 74, http: 500, close: 1011, summary: 'the database could not be opened, checked or written' },
  WUKF_E_MIGRATION_FAILED: { exit: 74, http: 500, close: 1011, summary: 'a schema migration failed; the database was restored from its copy' },
  WUKF_E_NOT_FOUND: { exit: 66, http: 404, close: 1008, summary: 'no such route or resource' },
  WUKF_E_AGENT_NOT_FOUND: { exit: 66, http: 404, close: 1008, summary: 'no agent or admin has that username' },
  WUKF_E_AGENT_EXISTS: { exit: 65, http: 409, close: 1008, summary: 'an agent or admin with that username already exists' },
  WUKF_E_LAST_ADMIN: { exit: 65, http: 409, close: 1008, summary: 'the change would leave wukf without an admin' },
  WUKF_E_BAD_PASSWORD: { exit: 77, http: 401, close: 4401, summary: 'the password is wrong' },
  WUKF_E_WEAK_PASSWORD: { exit: 65, http: 400, close: 1008, summary: 'the new password is too short or the confirmation differs' },
  WUKF_E_UNAUTHENTICATED: { exit: 77, http: 401, close: 4401, summary: 'the request carries no valid credentials' },
  WUKF_E_NOT_READY: { exit: 69, http: 503, close: 1013, summary: 'the server is starting or stopping' },
  WUKF_E_INTERNAL: { exit: 70, http: 500, close: 1011, summary: 'an unexpected internal error; the log has the details' },
} as const satisfies Record<string, { exit: number; http: number; close: number; summary: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class WukfError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WukfError';
    this.code = code;
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
