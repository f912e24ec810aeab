import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { agentAddCommand } from './add.js';
import { agentListCommand } from './list.js';
import { agentPasswdCommand } from './passwd.js';
import { agentRemoveCommand } from './remove.js';
import { agentRevokeCommand } from './revoke.js';
import { agentUnlockCommand } from './unlock.js';
import { agentUpdateCommand } from './update.js';
import { agentVerifyCommand } from './verify.js';

/** `wukf agent …`: the accounts of the people who answer conversations, kept in the config directory's database. */
export function agentCommand(ctx: CliContext): Command {
  return new Command('agent')
    .description('manage agents and admins: add, list, update, remove, passwd, verify, revoke, unlock')
    .addCommand(agentAddCommand(ctx))
    .addCommand(agentListCommand(ctx))
    .addCommand(agentUpdateCommand(ctx))
    .addCommand(agentRemoveCommand(ctx))
    .addCommand(agentPasswdCommand(ctx))
    .addCommand(agentVerifyCommand(ctx))
    .addCommand(agentRevokeCommand(ctx))
    .addCommand(agentUnlockCommand(ctx));
}
