import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { conversationCloseCommand } from './close.js';
import { conversationListCommand } from './list.js';
import { conversationPurgeCommand } from './purge.js';

/** `wukf conversation …`: an operator's view and cleanup of the conversations, without SQL. */
export function conversationCommand(ctx: CliContext): Command {
  return new Command('conversation')
    .description('list, close and purge conversations')
    .addCommand(conversationListCommand(ctx))
    .addCommand(conversationCloseCommand(ctx))
    .addCommand(conversationPurgeCommand(ctx));
}
