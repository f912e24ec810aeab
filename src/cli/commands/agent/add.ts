import { Command } from 'commander';
import { z } from 'zod';
import { hashPassword } from '../../../server/auth/password.js';
import { formatWeeklyHours, validateUsername, type NewAgent } from '../../../server/domain/agent.js';
import { WukfError } from '../../../proto/errors.js';
import type { CliContext } from '../../context.js';
import { hint } from '../../invocation.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../../options.js';
import { addFieldOptions, checkGroupsFlag, describeFields, fieldOptionsShape, fieldTexts, parseFields, parseFlag } from './fields.js';
import { PASSWORD_STDIN_HELP, readNewPassword } from './password-input.js';
import { promptingAction } from '../../prompt.js';
import { tellServerAgentChanged } from './tell-server.js';
import { withStore } from './with-store.js';

/** What a new agent gets for the flags left out; the display name defaults to the username. */
const DEFAULTS: Omit<NewAgent, 'username' | 'displayName'> = {
  role: 'agent',
  groups: [],
  skills: [],
  languages: [],
  maxConcurrent: 5,
  hours: null,
  timezone: 'UTC',
};

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  passwordStdin: z.boolean().default(false),
  ...fieldOptionsShape,
});

export function agentAddCommand(ctx: CliContext): Command {
  const command = new Command('add')
    .description('add an agent or admin; the password comes from --password-stdin or a hidden prompt')
    .argument('<username>', "login name: 2-32 of a-z, 0-9, '.', '_', '-'")
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--password-stdin', PASSWORD_STDIN_HELP);
  addFieldOptions(command, {
    name: 'the username',
    role: DEFAULTS.role,
    groups: 'none',
    maxConcurrent: String(DEFAULTS.maxConcurrent),
    hours: formatWeeklyHours(DEFAULTS.hours),
    timezone: DEFAULTS.timezone,
  });
  return command
    .addHelpText(
      'after',
      '\nExample:\n  printf %s "$PW" | wukf agent add li.wei --name "李伟" --groups billing --skills billing --languages zh-CN,en \\\n    --hours "mon-fri 09:00-18:00" --timezone Asia/Shanghai --password-stdin\n',
    )
    .action(
      promptingAction(ctx, 'agent add', async (username: string, raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const valid = parseFlag('<username>', () => validateUsername(username));
        const agent: NewAgent = { ...DEFAULTS, displayName: valid, ...parseFields(opts), username: valid };
        return withStore(ctx.io, opts.dir, async (store, config) => {
          // Checked before the password is asked for, so nobody types one for a name that is taken.
          if (await store.getAgent(agent.username)) {
            throw new WukfError('WUKF_E_AGENT_EXISTS', `an account named ${JSON.stringify(agent.username)} already exists (change it with \`${hint(ctx.io, `agent update ${agent.username}`, resolveDir(ctx.io, opts.dir))}\` and the flags to change)`);
          }
          await checkGroupsFlag(store, agent.groups);
          const passwordHash = await hashPassword(await readNewPassword(ctx.io, opts.passwordStdin, agent.username));
          const created = await store.createAgent(agent, passwordHash);
          // A running server routes only to accounts it knows: without this, the new agent could sign in and
          // go online and still never be offered a conversation until the next restart.
          await tellServerAgentChanged(ctx.io, config, created.username);
          ctx.io.stdout.write(`added ${created.role} ${created.username}\n${describeFields(fieldTexts(created))}`);
          return 0;
        });
      }),
    );
}
