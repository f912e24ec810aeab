import { confirm } from '@inquirer/prompts';
import { Command } from 'commander';
import { z } from 'zod';
import { WukfError } from '../../../proto/errors.js';
import { describeGroupUses as uses, type Group } from '../../../server/domain/group.js';
import { groupNotFound, type GroupRemoval } from '../../../server/store/index.js';
import type { CliContext } from '../../context.js';
import { isInteractive } from '../../io.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { promptContext, promptingAction } from '../../prompt.js';
import { parseGroupArgument } from './fields.js';
import { groupPath, GROUPS_PATH, viaServerOrStore } from './via-server.js';

/** The operator answered no: nothing failed, but nothing was done either. */
const DECLINED_EXIT = 1;

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  force: z.boolean().default(false),
});

export function groupRemoveCommand(ctx: CliContext): Command {
  return new Command('remove')
    .description('remove a group; refuses while agents belong to it or another group falls back to it, unless --force')
    .argument('<name>', 'the group to remove')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('-f, --force', 'remove even when in use: its agents leave it and fallbacks to it are cleared (no question asked)')
    .addHelpText('after', '\nOn a terminal, removing a group in use asks first. Conversations already routed stay with their agents.\n')
    .action(
      promptingAction(ctx, 'group remove', async (raw: string, rawOpts: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, rawOpts);
        const name = parseGroupArgument(raw);
        const groups = await viaServerOrStore<Group[]>(ctx.io, opts.dir, { method: 'GET', path: GROUPS_PATH }, (body) => body.groups as Group[], (store) => store.listGroups());
        const group = groups.find((g) => g.name === name);
        if (!group) throw groupNotFound(name);
        const inUse: GroupRemoval = { members: group.members, fallbackOf: groups.filter((g) => g.fallback === name).map((g) => g.name) };
        let force = opts.force;
        if (!force && (inUse.members.length > 0 || inUse.fallbackOf.length > 0)) {
          if (!isInteractive(ctx.io)) {
            throw new WukfError('WUKF_E_GROUP_IN_USE', `group ${name} is in use: ${uses(inUse)}; standard input is not a terminal, so wukf cannot ask: add --force to detach them and remove it`);
          }
          const sure = await confirm({ message: `Group ${name} is in use: ${uses(inUse)}. Detach them and remove it?`, default: false }, promptContext(ctx.io));
          if (!sure) {
            ctx.io.stderr.write(`wukf group remove: kept ${name}\n`);
            return DECLINED_EXIT;
          }
          force = true;
        }
        const removal = await viaServerOrStore<GroupRemoval>(
          ctx.io,
          opts.dir,
          { method: 'DELETE', path: `${groupPath(name)}${force ? '?force=true' : ''}` },
          (body) => body.detached as GroupRemoval,
          (store) => store.removeGroup(name, { force }),
        );
        ctx.io.stdout.write(`removed group ${name}\n`);
        if (removal.members.length > 0 || removal.fallbackOf.length > 0) ctx.io.stdout.write(`  detached: ${uses(removal).replace(/ to it/g, '')}\n`);
        return 0;
      }),
    );
}
