import { Command } from 'commander';
import { z } from 'zod';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, echo, parseOptions } from '../../options.js';
import { closeSelected, type CloseOutcome } from '../../../server/conversations/index.js';
import { WukfError } from '../../../proto/errors.js';
import { durationFlag } from './duration.js';
import { askRunningServer, CONVERSATIONS_PATH, OPERATOR, viaServerOrStore } from './with-server.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  queued: z.boolean().default(false),
  anonymous: z.boolean().default(false),
  olderThan: durationFlag.optional(),
  reason: z.string().max(500).default('closed by the operator'),
  json: z.boolean().default(false),
});

/** Some of the named conversations could not be closed (unknown, already closed). */
const PARTLY_EXIT = 1;

export function conversationCloseCommand(ctx: CliContext): Command {
  return new Command('close')
    .description('close conversations by id, or every queued one (--queued)')
    .argument('[ids...]', 'conversation ids')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--queued', 'close every queued conversation (with the filters below)')
    .option('--anonymous', "with --queued: only anonymous visitors' conversations")
    .option('--older-than <duration>', 'with --queued: only those opened at least this long ago (90s, 30m, 12h, 7d)')
    .option('--reason <text>', 'the close reason the clients see (default "closed by the operator")')
    .option('--json', 'print {closed, refused} as JSON')
    .addHelpText('after', '\nWhile `wukf start` runs, the close goes through it: visitors and agents see it at once.\n')
    .action(
      action(ctx, 'conversation close', async (ids: string[], raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        if (ids.length === 0 && !opts.queued) throw new WukfError('WUKF_E_USAGE', 'name conversation ids, or --queued');
        if (!opts.queued && (opts.anonymous || opts.olderThan !== undefined)) throw new WukfError('WUKF_E_USAGE', '--anonymous and --older-than go with --queued');
        const body = { ids, queued: opts.queued, anonymous: opts.anonymous, reason: opts.reason, ...(opts.olderThan !== undefined ? { olderThanMs: opts.olderThan } : {}) };
        const outcome = await viaServerOrStore<CloseOutcome>(
          ctx.io,
          opts.dir,
          async (config) => (await askRunningServer(config, 'POST', `${CONVERSATIONS_PATH}/close`, body))?.body as CloseOutcome | undefined,
          (store, core) => closeSelected(core, store, OPERATOR, { ...body, ...(opts.olderThan !== undefined ? { createdBefore: Date.now() - opts.olderThan } : {}) }),
        );
        if (opts.json) ctx.io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
        else {
          ctx.io.stdout.write(`closed ${outcome.closed.length} conversation(s)\n`);
          // An id is what the operator typed: one of the usual length is shown as typed, a longer one cut.
          for (const r of outcome.refused) ctx.io.stderr.write(`wukf conversation close: ${r.id.length <= 60 ? r.id : echo(r.id)}: not closed (${r.code})\n`);
        }
        return outcome.refused.length > 0 ? PARTLY_EXIT : 0;
      }),
    );
}
