import { Command } from 'commander';
import { z } from 'zod';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { summary, type ConversationSummary } from '../../../server/http/conversations-route.js';
import { formatTable } from '../agent/table.js';
import { askRunningServer, CONVERSATIONS_PATH, viaServerOrStore } from './with-server.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  state: z.enum(['queued', 'active', 'closed'], { error: 'expected queued, active or closed' }).optional(),
  anonymous: z.boolean().optional(),
  limit: z.coerce.number({ error: 'expected a number' }).int().min(1).max(10_000).default(100),
  json: z.boolean().default(false),
});

interface Listing {
  total: number;
  conversations: ConversationSummary[];
}

const HEADER = ['ID', 'STATE', 'VISITOR', 'AGENT', 'SEQ', 'OPENED', 'UPDATED'];
const time = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

export function conversationListCommand(ctx: CliContext): Command {
  return new Command('list')
    .description('list conversations, oldest first')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--state <state>', 'only queued, active or closed ones')
    .option('--anonymous', "only anonymous visitors' (not identified by your app's backend)")
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'print {total, conversations} as JSON instead of a table')
    .action(
      action(ctx, 'conversation list', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const query = new URLSearchParams({ limit: String(opts.limit) });
        if (opts.state) query.set('state', opts.state);
        if (opts.anonymous) query.set('anonymous', 'true');
        const listing = await viaServerOrStore<Listing>(
          ctx.io,
          opts.dir,
          async (config) => (await askRunningServer(config, 'GET', `${CONVERSATIONS_PATH}?${query}`))?.body as Listing | undefined,
          async (store) => {
            const filter = { ...(opts.state ? { states: [opts.state] } : {}), ...(opts.anonymous ? { anonymous: true } : {}) };
            const rows = await store.listConversations({ ...filter, limit: opts.limit });
            return { total: await store.countConversations(filter), conversations: rows.map(summary) };
          },
        );
        if (opts.json) {
          ctx.io.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
          return 0;
        }
        const rows = listing.conversations.map((c) => [c.id, c.state, c.visitor, c.agent ?? '-', String(c.lastSeq), time(c.createdAt), time(c.updatedAt)]);
        if (rows.length > 0) ctx.io.stdout.write(formatTable(HEADER, rows));
        ctx.io.stdout.write(`${listing.conversations.length} of ${listing.total} conversation(s)\n`);
        return 0;
      }),
    );
}
