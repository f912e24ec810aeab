import { Command } from 'commander';
import { z } from 'zod';
import { action, type CliContext } from '../../context.js';
import { hint } from '../../invocation.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../../options.js';
import { fieldTexts } from './fields.js';
import { formatTable } from './table.js';
import { withStore } from './with-store.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

const HEADER = ['USERNAME', 'NAME', 'ROLE', 'GROUPS', 'SKILLS', 'LANGUAGES', 'MAX', 'HOURS', 'TIMEZONE'];

export function agentListCommand(ctx: CliContext): Command {
  return new Command('list')
    .description('list agents and admins, admins first')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--json', 'print a JSON array instead of a table (hours as {day 0=Sunday, start, end} in minutes)')
    .action(
      action(ctx, 'agent list', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const agents = await withStore(ctx.io, opts.dir, (store) => store.listAgents());
        if (opts.json) {
          ctx.io.stdout.write(`${JSON.stringify(agents, null, 2)}\n`);
        } else if (agents.length === 0) {
          ctx.io.stdout.write(`no agents yet; add one with \`${hint(ctx.io, 'agent add <username>', resolveDir(ctx.io, opts.dir))}\`\n`);
        } else {
          const rows = agents.map((agent) => {
            const t = fieldTexts(agent);
            return [agent.username, t.name, t.role, t.groups, t.skills, t.languages, t.maxConcurrent, t.hours, t.timezone];
          });
          ctx.io.stdout.write(formatTable(HEADER, rows));
        }
        return 0;
      }),
    );
}
