import { resolve } from 'node:path';
import { confirm, input, select } from '@inquirer/prompts';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { hostSchema, portSchema } from '../../server/config/index.js';
import { WukfError } from '../../proto/errors.js';
import { validateUsername } from '../../server/domain/agent.js';
import type { CliContext } from '../context.js';
import { promptContext, promptingAction } from '../prompt.js';
import { isInteractive, type CliIo } from '../io.js';
import { DIR_OPTION_HELP, integerFlag, parseOptions, resolveDir, stringFlag } from '../options.js';
import { applyScaffold, deliverAdminPassword, describeScaffold, planScaffold, type ScaffoldOptions, type TlsChoice } from '../../install/index.js';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8600;

const optionsSchema = z
  .object({
    dir: z.string().min(1).optional(),
    host: stringFlag(hostSchema, 'a host name or IP address').optional(),
    port: integerFlag(portSchema, 'an integer 1-65535').optional(),
    tls: z.enum(['self-signed', 'none'], { error: 'expected self-signed or none' }).optional(),
    tlsCert: z.string().min(1).optional(),
    tlsKey: z.string().min(1).optional(),
    admin: z.string().optional(),
    force: z.boolean().default(false),
    yes: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    if (Boolean(o.tlsCert) !== Boolean(o.tlsKey)) {
      ctx.addIssue({ code: 'custom', path: [o.tlsCert ? 'tlsKey' : 'tlsCert'], message: '--tls-cert and --tls-key go together' });
    }
    if (o.tlsCert && o.tls) {
      ctx.addIssue({ code: 'custom', path: ['tls'], message: `--tls ${o.tls} cannot be combined with --tls-cert/--tls-key (your own certificate)` });
    }
  });

type InitOptions = z.infer<typeof optionsSchema>;

function checkUsername(name: string): string {
  try {
    return validateUsername(name);
  } catch (err) {
    if (err instanceof WukfError && err.field !== undefined) throw new WukfError('WUKF_E_INVALID_INPUT', `--admin: ${err.message}`);
    throw err;
  }
}

/** Fills what the flags left open: from prompts on a terminal, from defaults with --yes or without one. */
async function resolveAnswers(io: CliIo, opts: InitOptions, dir: string): Promise<ScaffoldOptions> {
  const ask = isInteractive(io) && !opts.yes;
  const ctx = promptContext(io);
  const host =
    opts.host ??
    (ask
      ? await input(
          { message: 'Listen address (127.0.0.1 = behind a proxy, 0.0.0.0 = all interfaces)', default: DEFAULT_HOST, validate: (v) => hostSchema.safeParse(v).success || 'a host name or IP address' },
          ctx,
        )
      : DEFAULT_HOST);
  const port =
    opts.port ??
    (ask
      ? Number(await input({ message: 'Port', default: String(DEFAULT_PORT), validate: (v) => (/^\d+$/.test(v) && portSchema.safeParse(Number(v)).success) || 'an integer 1-65535' }, ctx))
      : DEFAULT_PORT);
  let tls: TlsChoice;
  if (opts.tlsCert && opts.tlsKey) {
    tls = { mode: 'provided', certFile: resolve(io.cwd, opts.tlsCert), keyFile: resolve(io.cwd, opts.tlsKey) };
  } else if (opts.tls) {
    tls = { mode: opts.tls };
  } else if (ask) {
    const mode = await select(
      {
        message: 'TLS',
        choices: [
          { name: 'self-signed certificate (generated now)', value: 'self-signed' as const },
          { name: 'my own certificate and key files', value: 'provided' as const },
          { name: 'none: plain HTTP (behind a TLS proxy or on localhost)', value: 'none' as const },
        ],
      },
      ctx,
    );
    tls =
      mode === 'provided'
        ? {
            mode,
            certFile: resolve(io.cwd, await input({ message: 'Certificate file (PEM)', required: true }, ctx)),
            keyFile: resolve(io.cwd, await input({ message: 'Private key file (PEM)', required: true }, ctx)),
          }
        : { mode };
  } else {
    tls = { mode: 'self-signed' };
  }
  const adminUsername = checkUsername(
    opts.admin ?? (ask ? await input({ message: 'First admin username', default: 'admin' }, ctx) : 'admin'),
  );
  return { dir, host, port, tls, adminUsername };
}

export function initCommand(ctx: CliContext): Command {
  return new Command('init')
    .description('create a config directory: wukf.yaml, secrets, TLS, data dir with the first admin, systemd unit and compose file')
    .option('--dir <path>', DIR_OPTION_HELP)
    .option('--host <address>', `address to listen on (default: ${DEFAULT_HOST})`)
    .option('--port <number>', `port for HTTP(S) and WebSocket (default: ${DEFAULT_PORT})`)
    .addOption(new Option('--tls <mode>', 'self-signed: generate a certificate; none: plain HTTP (default: self-signed)').choices(['self-signed', 'none']))
    .option('--tls-cert <file>', 'use your own PEM certificate (with --tls-key)')
    .option('--tls-key <file>', 'the PEM private key for --tls-cert')
    .option('--admin <username>', 'username of the first admin (default: admin)')
    .option('--force', 'overwrite existing files; an existing database is kept and the admin password reset', false)
    .option('-y, --yes', 'do not prompt; take flags and defaults', false)
    .option('--dry-run', 'show what would be written and write nothing', false)
    .action(
      promptingAction(ctx, 'init', async (raw: Record<string, unknown>) => {
        const opts = parseOptions(optionsSchema, raw);
        const dir = resolveDir(ctx.io, opts.dir);
        const answers = await resolveAnswers(ctx.io, opts, dir);
        const plan = await planScaffold(answers);
        if (opts.dryRun) {
          ctx.io.stdout.write(`wukf init --dry-run: would write in ${dir}\n`);
          for (const f of plan.files) ctx.io.stdout.write(`  ${f.path}${plan.conflicts.includes(f.path) ? ' (exists: overwritten with --force)' : ''}\n`);
          ctx.io.stdout.write(`  ${plan.database}${plan.conflicts.includes(plan.database) ? ' (exists: kept, admin password reset with --force)' : ''}\n`);
          return 0;
        }
        if (plan.conflicts.length > 0 && !opts.force) {
          const list = plan.conflicts.map((c) => `  ${c}`).join('\n');
          const overwrite =
            isInteractive(ctx.io) && !opts.yes
              ? await confirm({ message: `These already exist:\n${list}\nOverwrite them (the database is kept)?`, default: false }, promptContext(ctx.io))
              : false;
          if (!overwrite) {
            throw new WukfError('WUKF_E_FILE_EXISTS', `refusing to overwrite existing files (nothing was written):\n${list}\nPass --force to overwrite them; an existing database is kept.`);
          }
        }
        const result = await applyScaffold(plan);
        ctx.io.stdout.write(describeScaffold(plan, result, deliverAdminPassword(plan, result, Boolean(ctx.io.stdout.isTTY))));
        ctx.io.stdout.write(`Next: wukf start --dir ${dir}\n  As a service: ${dir}/deploy/wukf.service (systemd) or ${dir}/deploy/compose.yaml; see README.md.\n`);
        return 0;
      }),
    );
}
