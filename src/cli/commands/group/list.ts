import { Command } from 'commander';
import { z } from 'zod';
import type { Group } from '../../../server/domain/group.js';
import { action, type CliContext } from '../../context.js';
import { hint } from '../../invocation.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../../options.js';
import { formatTable } from '../agent/table.js';
import { GROUPS_PATH, viaServerOrStore } from './via-server.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

const HEADER = ['GROUP', 'NAME', 'FALLBACK', 'AGENTS', 'DESCRIPTION'];

/** A table cell holds one line; the whole text is in --json. */
function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line === '' ? '-' : line.length < text.length ? `${line} …` : line;
}

export function groupListCommand(ctx: CliContext): Command {
  return new Command('list')
    .description('list groups with their fallback and agents')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--json', 'print a JSON array instead of a table')
    .action(
      action(ctx, 'group list', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const groups = await viaServerOrStore<Group[]>(ctx.io, opts.dir, { method: 'GET', path: GROUPS_PATH }, (body) => body.groups as Group[], (store) => store.listGroups());
        if (opts.json) {
          ctx.io.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
        } else if (groups.length === 0) {
          ctx.io.stdout.write(`no groups yet; add one with \`${hint(ctx.io, 'group add <name>', resolveDir(ctx.io, opts.dir))}\`\n`);
        } else {
          const rows = groups.map((g) => [g.name, g.displayName, g.fallback ?? '-', g.members.length > 0 ? g.members.join(',') : '-', firstLine(g.description)]);
          ctx.io.stdout.write(formatTable(HEADER, rows));
        }
        return 0;
      }),
    );
}
