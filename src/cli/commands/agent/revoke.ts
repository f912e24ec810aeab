import { Command } from 'commander';
import { z } from 'zod';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { closeStaleConnections } from './tell-server.js';
import { withStore } from './with-store.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
});

export function agentRevokeCommand(ctx: CliContext): Command {
  return new Command('revoke')
    .description('sign an agent or admin out everywhere: every token issued so far is refused from now on')
    .argument('<username>', 'whose tokens to revoke')
    .option('--dir <path>', DIR_OPTION_HELP)
    .addHelpText('after', '\nWorks while `wukf start` runs: it closes their live connections (4401) before it returns. The account stays; logging in again issues a new token.\n')
    .action(
      action(ctx, 'agent revoke', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        return withStore(ctx.io, opts.dir, async (store, config) => {
          await store.revokeTokens(username);
          ctx.io.stdout.write(`revoked every token of ${username}; they must log in again\n`);
          await closeStaleConnections(ctx.io, config, username);
          return 0;
        });
      }),
    );
}
