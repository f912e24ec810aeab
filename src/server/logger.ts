import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config/index.js';

export type { Logger };

/**
 * Structured logs on standard output: JSON lines for machines (journald, docker, files), or pino-pretty
 * when a person is watching a terminal. Writes are synchronous so nothing is lost when the process exits.
 */
export function createLogger(log: Config['log'], out: { isTTY?: boolean } = process.stdout): Logger {
  const usePretty = log.format === 'pretty' || (log.format === 'auto' && Boolean(out.isTTY));
  const options = { level: log.level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  if (usePretty) {
    return pino(options, pretty({ sync: true, colorize: Boolean(out.isTTY), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
  }
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
