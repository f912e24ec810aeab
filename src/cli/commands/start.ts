import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { applyScaffold, deliverAdminPassword, describeScaffold, planScaffold, version } from '../../install/index.js';
import { CONFIG_FILE_NAME, loadConfig } from '../../server/config/index.js';
import { initialPasswordPath } from '../../server/auth/initial-password.js';
import { runServer, type ReadyInfo } from '../../server/lifecycle.js';
import { createLogger } from '../../server/logger.js';
import { action, type CliContext } from '../context.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../options.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  autoInit: z.boolean().default(false),
});

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export function startCommand(ctx: CliContext): Command {
  return new Command('start')
    .description('run the wukf server (HTTP(S) + WebSocket on one port) until SIGTERM or Ctrl-C')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--auto-init', 'if the directory has no wukf.yaml, initialise it for localhost without TLS first (what `npm start` does)', false)
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
          if (opts.autoInit && !existsSync(join(dir, CONFIG_FILE_NAME))) {
            const plan = await planScaffold({ dir, host: '127.0.0.1', port: 8600, tls: { mode: 'none' }, adminUsername: 'admin' });
            const result = await applyScaffold(plan);
            io.stdout.write(describeScaffold(plan, result, deliverAdminPassword(plan, result, Boolean(io.stdout.isTTY))));
          }
          const config = loadConfig(dir, io.env);
          const logger = createLogger(config.values.log, io.stdout);
          logger.info({ version, dir: config.dir }, 'starting');
          const served = runServer({
            config,
            logger,
            version,
            signal: shutdown.signal,
            onReady: (info) => {
              const passwordFile = initialPasswordPath(config.paths.dataDir);
              io.stdout.write(banner(info, config.dir, existsSync(passwordFile) ? passwordFile : undefined));
            },
          });
          return await Promise.race([served.then(() => 0), forced]);
        } finally {
          for (const s of SIGNALS) process.off(s, onSignal);
        }
      }),
    );
}

function banner(info: ReadyInfo, dir: string, passwordFile: string | undefined): string {
  const admins = info.admins.length > 0 ? info.admins.join(', ') : 'none (add one: wukf agent add <name> --role admin)';
  return [
    '',
    `wukf ${version} is ready at ${info.url} (started in ${info.startupMs} ms)`,
    `  health:       ${info.url}/health`,
    `  WebSocket:    ${info.url.replace(/^http/, 'ws')}/ws`,
    `  widget demo:  ${info.url}/demo (the chat widget on a page; tag and API: docs/widget.md)`,
    `  admin login:  ${admins} (${passwordFile ? `first password in ${passwordFile}` : 'password from wukf init'}; reset: wukf agent passwd <name> --dir ${dir})`,
    '  stop:         Ctrl-C or SIGTERM',
    '',
    '',
  ].join('\n');
}
