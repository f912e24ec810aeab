import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../../server/config/index.js';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../../options.js';
import { askRunningServer } from '../../running-server.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
});

/**
 * `wukf agent unlock <username>`: clears the account's failed logins and login locks on the running
 * server at once. They live in that server's memory only, so with no server running there is nothing to clear.
 */
export function agentUnlockCommand(ctx: CliContext): Command {
  return new Command('unlock')
    .description("clear an agent's or admin's failed logins and login lock on the running server, at once")
    .argument('<username>', 'whose lock to clear')
    .option('--dir <path>', DIR_OPTION_HELP)
    .addHelpText('after', '\nFailed logins are counted in the memory of the running `wukf start`; a restart forgets them too.\n')
    .action(
      action(ctx, 'agent unlock', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const config = loadConfig(resolveDir(ctx.io, opts.dir), ctx.io.env);
        const answer = await askRunningServer(config, 'POST', `/api/v1/admin/agents/${encodeURIComponent(username)}/unlock`);
        if (answer === undefined) {
          ctx.io.stdout.write(`no wukf server is running on ${config.paths.dataDir}: failed logins are only counted by a running server, so there is nothing to clear\n`);
          return 0;
        }
        const cleared = (answer.body as { cleared?: boolean } | undefined)?.cleared === true;
        ctx.io.stdout.write(cleared ? `cleared the failed logins and login lock of ${username}; they can log in now\n` : `${username} had no failed logins to clear\n`);
        return 0;
      }),
    );
}
