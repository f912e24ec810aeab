import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config/index.js';

export type { Logger };

/** Headers that carry credentials, wherever a log line holds request headers. */
const REDACTED_PATHS = ['authorization', 'sec-websocket-protocol', 'cookie'].flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`, `request.headers["${h}"]`]);

/**
 * Tokens out of every log line, whatever logged them: `?token=` / `&token=` in a URL (fastify's request
 * lines at debug and trace), a `token.<t>` subprotocol, and `Bearer <t>`. Applied to the serialized line,
 * so a URL or header that reaches a log by a path nobody thought of is covered too.
 */
export function redactSecrets(line: string): string {
  if (!line.includes('oken') && !line.includes('earer')) return line;
  return line
    .replace(/([?&]token=)[^&"\s#]+/gi, '$1[redacted]')
    .replace(/\btoken\.[^,"\s]+/g, 'token.[redacted]')
    .replace(/\b(Bearer\s+)[^"\s,]+/gi, '$1[redacted]');
}

/**
 * Structured logs on standard output: JSON lines for machines (journald, docker, files), or pino-pretty
 * when a person is watching a terminal. Writes are synchronous so nothing is lost when the process exits.
 * Credentials never reach a line (see redactSecrets); logs are kept by supervisors and read by many.
 */
export function createLogger(log: Config['log'], out: { isTTY?: boolean } = process.stdout): Logger {
  const usePretty = log.format === 'pretty' || (log.format === 'auto' && Boolean(out.isTTY));
  const options = {
    level: log.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: { streamWrite: redactSecrets },
  };
  if (usePretty) {
    return pino(options, pretty({ sync: true, colorize: Boolean(out.isTTY), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
  }
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/**
 * Resolves once every record written so far has reached standard output. The binary exits as soon as a
 * command returns, and a record still buffered then ('stopped', the last one) would be lost.
 */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
