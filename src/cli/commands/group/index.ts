import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { groupAddCommand } from './add.js';
import { groupListCommand } from './list.js';
import { groupRemoveCommand } from './remove.js';
import { groupUpdateCommand } from './update.js';

/** `wukf group …`: the groups (departments) agents belong to and conversations are routed within. */
export function groupCommand(ctx: CliContext): Command {
  return new Command('group')
    .description('manage groups (departments): add, list, update, remove; members with `wukf agent update --groups`')
    .addCommand(groupAddCommand(ctx))
    .addCommand(groupListCommand(ctx))
    .addCommand(groupUpdateCommand(ctx))
    .addCommand(groupRemoveCommand(ctx));
}
