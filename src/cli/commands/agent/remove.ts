import { confirm } from '@inquirer/prompts';
import { Command } from 'commander';
import { z } from 'zod';
import { WukfError } from '../../../proto/errors.js';
import type { CliContext } from '../../context.js';
import { isInteractive } from '../../io.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { agentNotFound } from '../../../server/store/index.js';
import { promptContext, promptingAction } from '../../prompt.js';
import { closeStaleConnections } from './tell-server.js';
import { withStore } from './with-store.js';

/** The operator answered no: nothing failed, but nothing was done either. */
const DECLINED_EXIT = 1;

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  force: z.boolean().default(false),
});

export function agentRemoveCommand(ctx: CliContext): Command {
  return new Command('remove')
    .description('remove an agent or admin for good (the last admin cannot be removed)')
    .argument('<username>', 'the agent or admin to remove')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('-f, --force', 'remove without asking (required when stdin is not a terminal)')
    .action(
      promptingAction(ctx, 'agent remove', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        return withStore(ctx.io, opts.dir, async (store, config) => {
          const agent = await store.getAgent(username);
          if (!agent) throw agentNotFound(username);
          if (!opts.force) {
            if (!isInteractive(ctx.io)) {
              throw new WukfError('WUKF_E_USAGE', `refusing to remove ${username} without confirmation: standard input is not a terminal, so wukf cannot ask; add --force`);
            }
            const sure = await confirm(
              { message: `Remove ${agent.role} ${username} (${agent.displayName})? This cannot be undone.`, default: false },
              promptContext(ctx.io),
            );
            if (!sure) {
              ctx.io.stderr.write(`wukf agent remove: kept ${username}\n`);
              return DECLINED_EXIT;
            }
          }
          await store.removeAgent(username);
          ctx.io.stdout.write(`removed ${agent.role} ${username}\n`);
          await closeStaleConnections(ctx.io, config, username);
          return 0;
        });
      }),
    );
}
