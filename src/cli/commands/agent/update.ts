import { Command } from 'commander';
import { z } from 'zod';
import { WukfError } from '../../../proto/errors.js';
import { action, type CliContext } from '../../context.js';
import { DIR_OPTION_HELP, parseOptions } from '../../options.js';
import { agentNotFound } from '../../../server/store/index.js';
import { addFieldOptions, checkGroupsFlag, describeFields, FIELD_FLAGS, FIELD_NAMES, fieldOptionsShape, fieldTexts, parseFields, type FieldName } from './fields.js';
import { closeStaleConnections, tellServerAgentChanged } from './tell-server.js';
import { withStore } from './with-store.js';

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  ...fieldOptionsShape,
});

export function agentUpdateCommand(ctx: CliContext): Command {
  const command = new Command('update')
    .description('change an agent\'s fields; only the flags given change (passwords: `wukf agent passwd`)')
    .argument('<username>', 'the agent or admin to change')
    .option('--dir <path>', DIR_OPTION_HELP);
  return addFieldOptions(command).action(
    action(ctx, 'agent update', async (username: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(optionsSchema, raw);
      const patch = parseFields(opts);
      if (Object.keys(patch).length === 0) {
        throw new WukfError('WUKF_E_USAGE', `nothing to change: give at least one of ${FIELD_FLAGS.join(', ')}`);
      }
      return withStore(ctx.io, opts.dir, async (store, config) => {
        const before = await store.getAgent(username);
        if (!before) throw agentNotFound(username);
        await checkGroupsFlag(store, patch.groups);
        const after = await store.updateAgent(username, patch);
        const [old, now] = [fieldTexts(before), fieldTexts(after)];
        const changed: Partial<Record<FieldName, string>> = {};
        for (const f of FIELD_NAMES) if (old[f] !== now[f]) changed[f] = `${old[f]} -> ${now[f]}`;
        ctx.io.stdout.write(
          Object.keys(changed).length > 0
            ? `updated ${after.role} ${username}\n${describeFields(changed)}`
            : `${after.role} ${username} unchanged: it already had those values\n`,
        );
        // A new role needs a new token: the old one's connections are closed now.
        if (before.role !== after.role) await closeStaleConnections(ctx.io, config, username);
        // Groups, skills, capacity and hours decide whom a running server offers conversations to.
        else if (Object.keys(changed).length > 0) await tellServerAgentChanged(ctx.io, config, username);
        return 0;
      });
    }),
  );
}
