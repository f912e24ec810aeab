import { confirm } from '@inquirer/prompts';
import { Command } from 'commander';
import { z } from 'zod';
import type { CliContext } from '../../context.js';
import { isInteractive } from '../../io.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { promptContext, promptingAction } from '../../prompt.js';
import { WukfError } from '../../../proto/errors.js';
import { durationFlag } from './duration.js';
import { askRunningServer, CONVERSATIONS_PATH, viaServerOrStore } from './with-server.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  closedBefore: durationFlag.default(0),
  force: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

/** The operator answered no. */
const DECLINED_EXIT = 1;

export function conversationPurgeCommand(ctx: CliContext): Command {
  return new Command('purge')
    .description('delete closed conversations for good, with their messages and receipts')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--closed-before <duration>', 'only those closed at least this long ago (90s, 30m, 12h, 7d; default: every closed one)')
    .option('--dry-run', 'count what would be deleted, delete nothing')
    .option('-f, --force', 'delete without asking (required when stdin is not a terminal)')
    .addHelpText('after', '\nOpen (queued or active) conversations are never deleted: close them first with `wukf conversation close`.\n')
    .action(
      promptingAction(ctx, 'conversation purge', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const closedBeforeMs = Date.now() - opts.closedBefore;
        const purge = (dryRun: boolean) =>
          viaServerOrStore<number>(
            ctx.io,
            opts.dir,
            async (config) => {
              const query = new URLSearchParams({ closedBeforeMs: String(closedBeforeMs), dryRun: String(dryRun) });
              const body = (await askRunningServer(config, 'DELETE', `${CONVERSATIONS_PATH}?${query}`))?.body as { purged?: number; wouldPurge?: number } | undefined;
              return body && (body.purged ?? body.wouldPurge ?? 0);
            },
            (store) => store.purgeConversations({ closedBefore: closedBeforeMs, dryRun }),
          );
        const count = await purge(true);
        if (opts.dryRun || count === 0) {
          ctx.io.stdout.write(`${opts.dryRun ? 'would delete' : 'nothing to delete:'} ${count} closed conversation(s)\n`);
          return 0;
        }
        if (!opts.force) {
          if (!isInteractive(ctx.io)) throw new WukfError('WUKF_E_USAGE', `refusing to delete ${count} closed conversation(s) without confirmation: standard input is not a terminal, so wukf cannot ask; add --force (or --dry-run to count)`);
          const sure = await confirm({ message: `Delete ${count} closed conversation(s) and their messages? This cannot be undone.`, default: false }, promptContext(ctx.io));
          if (!sure) {
            ctx.io.stderr.write('wukf conversation purge: deleted nothing\n');
            return DECLINED_EXIT;
          }
        }
        ctx.io.stdout.write(`deleted ${await purge(false)} closed conversation(s)\n`);
        return 0;
      }),
    );
}
