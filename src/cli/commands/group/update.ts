import { Command } from 'commander';
import { z } from 'zod';
import { WukfError } from '../../../proto/errors.js';
import type { Group } from '../../../server/domain/group.js';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { addGroupOptions, describeGroup, groupOptionsShape, parseGroupArgument, parseGroupFlags } from './fields.js';
import { groupPath, viaServerOrStore } from './via-server.js';

const optionsSchema = z.object(groupOptionsShape);

export function groupUpdateCommand(ctx: CliContext): Command {
  const command = new Command('update')
    .description("change a group's display name, description or fallback; only the flags given change")
    .argument('<name>', 'the group to change (members are set with `wukf agent update --groups`)')
    .option('--dir <path>', DIR_OPTION_HELP);
  return addGroupOptions(command).action(
    action(ctx, 'group update', async (raw: string, rawOpts: Record<string, unknown>) => {
      const opts = parseOptions(optionsSchema, rawOpts);
      const name = parseGroupArgument(raw);
      const patch = parseGroupFlags(opts);
      if (Object.keys(patch).length === 0) throw new WukfError('WUKF_E_USAGE', 'nothing to change: give at least one of --name, --description, --fallback');
      const updated = await viaServerOrStore<Group>(
        ctx.io,
        opts.dir,
        { method: 'PATCH', path: groupPath(name), body: patch },
        (body) => body.group as Group,
        (store) => store.updateGroup(name, patch),
      );
      ctx.io.stdout.write(`updated group ${updated.name}\n${describeGroup(updated)}`);
      return 0;
    }),
  );
}
