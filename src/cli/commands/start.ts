import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { applyScaffold, deliverAdminPassword, describeScaffold, planScaffold, version } from '../../install/index.js';
import { WukfError } from '../../proto/errors.js';
import { CONFIG_FILE_NAME, hostSchema, loadConfig, portSchema, type LoadedConfig } from '../../server/config/index.js';
import { runServer } from '../../server/lifecycle.js';
import { createLogger, flushLogger } from '../../server/logger.js';
import { action, type CliContext } from '../context.js';
import { hint } from '../invocation.js';
import type { CliIo } from '../io.js';
import { DIR_OPTION_HELP, integerFlag, parseOptions, resolveDir, stringFlag } from '../options.js';
import { createFirstAdmin, reportReady, talksToPerson } from './start-report.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  host: stringFlag(hostSchema, 'a host name or IP address').optional(),
  port: integerFlag(portSchema, 'an integer 1-65535').optional(),
  autoInit: z.boolean().default(false),
  createDatabase: z.boolean().default(false),
});

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

const HELP_AFTER = `
Precedence: --host and --port, then WUKF_HOST and WUKF_PORT, then server.host and server.port in wukf.yaml.
A flag changes this run only; wukf.yaml is not rewritten.

The database (data.dir in wukf.yaml) must exist: start refuses to serve an empty one in its place, which
would have no accounts and none of the conversations. Restore the file from a backup, or give
--create-database to create an empty database with a first admin "admin" (its password is printed on a
terminal, otherwise written to data/initial-admin-password, mode 0600). With an existing database the
flag does nothing, so a container can always pass it.

One server per data directory: a second start on the same one exits 73 naming the first (data/wukf.lock).

SIGHUP reloads a renewed TLS certificate and key (also picked up by themselves within two minutes); see
docs/tls.md. SIGTERM or Ctrl-C stops gracefully; a second one stops at once.
`;

export function startCommand(ctx: CliContext): Command {
  return new Command('start')
    .description('run the wukf server (HTTP(S) + WebSocket on one port) until SIGTERM or Ctrl-C')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--host <address>', 'listen on this address for this run (overrides WUKF_HOST and server.host)')
    .option('--port <n>', 'listen on this port for this run (overrides WUKF_PORT and server.port)')
    .option('--create-database', 'create the database if it does not exist, with a first admin (a fresh volume)', false)
    .option('--auto-init', 'if the directory has no wukf.yaml, initialise it for localhost without TLS first (what `npm start` does)', false)
    .addHelpText('after', HELP_AFTER)
    .action(
      action(ctx, 'start', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const { io } = ctx;

        // Signals are taken over first, so a SIGTERM during startup also ends in a clean exit.
        const shutdown = new AbortController();
        // A second signal gives up on the graceful path: the command returns at once and the entry exits.
        let forceExit: (code: number) => void = () => undefined;
        const forced = new Promise<number>((resolve) => (forceExit = resolve));
        const onSignal = (signal: NodeJS.Signals) => {
          if (!shutdown.signal.aborted) return shutdown.abort(signal);
          io.stderr.write(`wukf start: ${signal} again, exiting without waiting\n`);
          forceExit(130);
        };
        for (const s of SIGNALS) process.on(s, onSignal);

        try {
          const dir = resolveDir(io, opts.dir);
          const initialised = opts.autoInit && !existsSync(join(dir, CONFIG_FILE_NAME)) ? await autoInit(dir) : undefined;
          // The flags go in as the highest-ranked environment: one path for flag, variable and file.
          const env = { ...io.env, ...(opts.host !== undefined && { WUKF_HOST: opts.host }), ...(opts.port !== undefined && { WUKF_PORT: String(opts.port) }) };
          const config = loadConfig(dir, env);
          const logger = createLogger(config.values.log, io.stdout);
          // With TLS the server reloads its certificate on SIGHUP; without, a reload (systemctl reload) must
          // not end the process, which is what SIGHUP does to node by default.
          const onHangup = () => logger.info('SIGHUP: nothing to reload (TLS is off; wukf.yaml is read at start)');
          if (!config.values.server.tls.enabled) process.on('SIGHUP', onHangup);
          try {
            if (initialised) reportInit(initialised, io, config, logger);
            const createDatabase = databaseMissing(config.paths.database);
            if (createDatabase && !opts.createDatabase) throw missingDatabase(io, config);
            logger.info({ version, dir: config.dir }, 'starting');
            const served = runServer({
              config,
              logger,
              version,
              signal: shutdown.signal,
              prepareStore: createDatabase ? (store) => createFirstAdmin(store, io, config, logger) : undefined,
              onReady: (info) => reportReady(info, io, config, logger),
            });
            return await Promise.race([served.then(() => 0), forced]);
          } finally {
            // The entry exits as soon as this returns: the last records ('stopped') must be written by then.
            process.off('SIGHUP', onHangup);
            await flushLogger(logger);
          }
        } finally {
          for (const s of SIGNALS) process.off(s, onSignal);
        }
      }),
    );
}

async function autoInit(dir: string) {
  const plan = await planScaffold({ dir, host: '127.0.0.1', port: 8600, tls: { mode: 'none' }, adminUsername: 'admin' });
  return { plan, result: await applyScaffold(plan) };
}

/** `--auto-init`'s summary: as init prints it on a terminal, a log record (password file, never the password) otherwise. */
function reportInit({ plan, result }: Awaited<ReturnType<typeof autoInit>>, io: CliIo, config: LoadedConfig, logger: ReturnType<typeof createLogger>): void {
  const person = talksToPerson(io, config);
  const passwordFile = deliverAdminPassword(plan, result, person);
  if (person) io.stdout.write(describeScaffold(plan, result, passwordFile));
  else logger.info({ dir: plan.options.dir, admin: result.admin.username, passwordFile }, 'initialised the config directory; the first admin password is in passwordFile (mode 0600)');
}

/**
 * No file where the database should be. A path that cannot hold one at all (a file where the data
 * directory should be) is not "missing": the store reports that data directory as unusable.
 */
function databaseMissing(file: string): boolean {
  try {
    statSync(file);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function missingDatabase(io: CliIo, config: LoadedConfig): WukfError {
  return new WukfError(
    'WUKF_E_DATABASE_MISSING',
    `the database ${config.paths.database} does not exist, though ${config.file} is there. ` +
      'Starting on an empty database would serve no accounts and none of the conversations. ' +
      `Restore the file from a backup (check data.dir and WUKF_DATA_DIR), or create a new empty one with a first admin: ${hint(io, 'start --create-database', config.dir)}`,
  );
}
