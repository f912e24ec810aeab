import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../server/config/index.js';
import { WukfError } from '../../proto/errors.js';
import { action, type CliContext } from '../context.js';
import { isInteractive } from '../io.js';
import { localBaseUrl, localSigner } from '../local-token.js';
import { parseOptions, resolveDir } from '../options.js';

const optionsSchema = z
  .object({
    url: z
      .string()
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { error: 'expected http(s)://host:port' })
      .optional(),
    dir: z.string().min(1).optional(),
    as: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.url !== undefined && o.dir !== undefined) ctx.addIssue({ code: 'custom', input: undefined, path: ['url'], message: 'give --url (sign in with a password) or --dir (on the server machine), not both' });
    if (o.url === undefined && o.dir === undefined) ctx.addIssue({ code: 'custom', input: undefined, path: ['url'], message: 'give --url <http(s)://host:port> to sign in with a password, or --dir <config dir> on the server machine' });
    if (o.as !== undefined && o.dir === undefined) ctx.addIssue({ code: 'custom', input: undefined, path: ['as'], message: 'only with --dir: with --url you sign in as whoever you are' });
  });

export function tuiCommand(ctx: CliContext): Command {
  return new Command('tui')
    .description('the agent console in the terminal: offers, your conversations, the queue, chat')
    .option('--url <url>', 'the server, http(s)://host:port: asks for your username and password')
    .option('--dir <path>', "on the server's machine: the config directory; signs a 15-minute token with its key instead of a password")
    .option('--as <username>', 'with --dir: the account to act as (default: the first admin)')
    .addHelpText('after', '\nKeys: tab moves between panes, j/k or arrows move, enter acts, ? shows every key, q quits.\nNO_COLOR=1 turns colours off.\n')
    .action(
      action(ctx, 'tui', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const { io } = ctx;
        let baseUrl = opts.url;
        let token: (() => string) | undefined;
        if (opts.dir !== undefined) {
          const config = loadConfig(resolveDir(io, opts.dir), io.env);
          token = (await localSigner(io, config, opts.as)).token;
          baseUrl = localBaseUrl(config);
        }
        if (!isInteractive(io)) throw new WukfError('WUKF_E_USAGE', 'the console needs a terminal: run it with stdin and stdout on a TTY');
        // chalk does not read NO_COLOR; FORCE_COLOR=0 before Ink loads says the same to it.
        if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
        // Ink draws only the last frame when CI or CONTINUOUS_INTEGRATION is set (read once, when it loads): a
        // person at this terminal would see nothing until the console quits. It is a terminal (checked above).
        process.env.CI = 'false';
        process.env.CONTINUOUS_INTEGRATION = 'false';
        // React's development build checks and times every render: three times the CPU on a busy dashboard.
        process.env.NODE_ENV ??= 'production';
        const { runTui } = await import('../../tui/index.js');
        await runTui({ baseUrl: baseUrl!, token, stdin: io.stdin as NodeJS.ReadStream, stdout: io.stdout as NodeJS.WriteStream });
        return 0;
      }),
    );
}
