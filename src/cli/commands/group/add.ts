import { Command } from 'commander';
import { z } from 'zod';
import type { Group } from '../../../server/domain/group.js';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { addGroupOptions, describeGroup, groupOptionsShape, parseGroupArgument, parseGroupFlags } from './fields.js';
import { GROUPS_PATH, viaServerOrStore } from './via-server.js';

const optionsSchema = z.object(groupOptionsShape);

export function groupAddCommand(ctx: CliContext): Command {
  const command = new Command('add')
    .description('add a group (department) that agents belong to and conversations can ask for')
    .argument('<name>', "the group's name: 1-32 of a-z, 0-9, '-', '_', e.g. sales")
    .option('--dir <path>', DIR_OPTION_HELP);
  return addGroupOptions(command)
    .addHelpText('after', '\nExample:\n  wukf group add billing --name "账单" --description "invoices and refunds" --fallback sales\n  wukf agent update li.wei --groups billing,sales\n')
    .action(
      action(ctx, 'group add', async (raw: string, rawOpts: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, rawOpts);
        const name = parseGroupArgument(raw);
        const patch = parseGroupFlags(opts);
        const group = { name, displayName: patch.displayName ?? name, description: patch.description ?? '', fallback: patch.fallback ?? null };
        const created = await viaServerOrStore<Group>(
          ctx.io,
          opts.dir,
          { method: 'POST', path: GROUPS_PATH, body: group },
          (body) => body.group as Group,
          (store) => store.createGroup(group),
        );
        ctx.io.stdout.write(`added group ${created.name}\n${describeGroup(created)}`);
        return 0;
      }),
    );
}
