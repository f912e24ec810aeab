import { Command } from 'commander';
import { z } from 'zod';
import { hashPassword } from '../../../server/auth/password.js';
import type { CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { agentNotFound } from '../../../server/store/index.js';
import { PASSWORD_STDIN_HELP, readNewPassword } from './password-input.js';
import { promptingAction } from '../../prompt.js';
import { closeStaleConnections, forgetInitialPassword } from './tell-server.js';
import { withStore } from './with-store.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  passwordStdin: z.boolean().default(false),
});

export function agentPasswdCommand(ctx: CliContext): Command {
  return new Command('passwd')
    .description('set a new password for an agent or admin')
    .argument('<username>', 'whose password to set')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--password-stdin', PASSWORD_STDIN_HELP)
    .action(
      promptingAction(ctx, 'agent passwd', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        return withStore(ctx.io, opts.dir, async (store, config) => {
          const oldHash = await store.getPasswordHash(username);
          if (oldHash === undefined) throw agentNotFound(username);
          const passwordHash = await hashPassword(await readNewPassword(ctx.io, opts.passwordStdin, username));
          await store.setPasswordHash(username, passwordHash);
          ctx.io.stdout.write(`password changed for ${username}; their earlier tokens no longer work\n`);
          await forgetInitialPassword(ctx.io, config, oldHash);
          await closeStaleConnections(ctx.io, config, username);
          return 0;
        });
      }),
    );
}
