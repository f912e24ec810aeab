import { Command } from 'commander';
import { z } from 'zod';
import { verifyPassword } from '../../../server/auth/password.js';
import { WukfError } from '../../../proto/errors.js';
import type { CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { agentNotFound } from '../../../server/store/index.js';
import { PASSWORD_STDIN_HELP, readPassword } from './password-input.js';
import { promptingAction } from '../../prompt.js';
import { withStore } from './with-store.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  passwordStdin: z.boolean().default(false),
});

export function agentVerifyCommand(ctx: CliContext): Command {
  return new Command('verify')
    .description('check a password against the stored one: exit 0 if it matches, 77 if not')
    .argument('<username>', 'whose password to check')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--password-stdin', PASSWORD_STDIN_HELP)
    .action(
      promptingAction(ctx, 'agent verify', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        return withStore(ctx.io, opts.dir, async (store) => {
          const stored = await store.getPasswordHash(username);
          if (stored === undefined) throw agentNotFound(username);
          if (!(await verifyPassword(await readPassword(ctx.io, opts.passwordStdin, username), stored))) {
            throw new WukfError('WUKF_E_BAD_PASSWORD', `wrong password for ${username}`);
          }
          ctx.io.stdout.write('password ok\n');
          return 0;
        });
      }),
    );
}
