import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { confirm, input, select } from '@inquirer/prompts';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { hostSchema, portSchema } from '../../server/config/index.js';
import { CONFIG_FILE_NAME } from '../../server/config/load.js';
import { isWildcardHost } from '../../server/tls.js';
import { WukfError } from '../../proto/errors.js';
import type { CliContext } from '../context.js';
import { hint } from '../invocation.js';
import { promptContext, promptingAction } from '../prompt.js';
import { isInteractive, type CliIo } from '../io.js';
import { DIR_OPTION_HELP, echo, integerFlag, parseOptions, resolveDir, stringFlag } from '../options.js';
import { applyScaffold, deliverAdminPassword, describePlan, describeScaffold, installedAdmins, planScaffold, type ScaffoldOptions, type ScaffoldPlan, type TlsChoice } from '../../install/index.js';
import { certProblem, defaultTlsNames, hostProblem, keyProblem, parseTlsNames, portProblem, usernameProblem } from './init-checks.js';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8600;

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  host: stringFlag(hostSchema, 'a host name or IP address').optional(),
  port: integerFlag(portSchema, 'an integer 1-65535').optional(),
  tls: z.enum(['self-signed', 'none'], { error: 'expected self-signed or none' }).optional(),
  tlsCert: z.string().min(1).optional(),
  tlsKey: z.string().min(1).optional(),
  tlsNames: z.string().optional(),
  admin: z.string().optional(),
  force: z.boolean().default(false),
  resetConfig: z.boolean().default(false),
  rotateSecrets: z.boolean().default(false),
  yes: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

type InitOptions = z.infer<typeof optionsSchema>;

function usage(message: string): WukfError {
  return new WukfError('WUKF_E_USAGE', message);
}

/** What the flags alone say: checked before anything is asked or read, each error naming its flag. */
function checkFlags(io: CliIo, opts: InitOptions): { tls?: TlsChoice; tlsNames?: string[] } {
  if (opts.tlsCert && !opts.tlsKey) throw usage('--tls-key: required with --tls-cert (the private key of that certificate)');
  if (opts.tlsKey && !opts.tlsCert) throw usage('--tls-cert: required with --tls-key (the certificate of that key)');
  if (opts.tlsCert && opts.tls) throw usage(`--tls ${opts.tls} cannot be combined with --tls-cert/--tls-key (your own certificate)`);
  let tlsNames: string[] | undefined;
  if (opts.tlsNames !== undefined) {
    if (opts.tlsCert || opts.tls === 'none') throw usage(`--tls-names: only for a self-signed certificate, not with ${opts.tlsCert ? '--tls-cert' : '--tls none'}`);
    const parsed = parseTlsNames(opts.tlsNames);
    if ('problem' in parsed) throw usage(`--tls-names: ${parsed.problem}`);
    tlsNames = parsed.names;
  }
  if (opts.admin !== undefined) {
    const problem = usernameProblem(opts.admin);
    if (problem) throw new WukfError('WUKF_E_INVALID_INPUT', `--admin: ${problem}`);
  }
  if (opts.tlsCert && opts.tlsKey) {
    const certFile = resolve(io.cwd, opts.tlsCert);
    const keyFile = resolve(io.cwd, opts.tlsKey);
    const cert = certProblem(certFile);
    if (cert) throw new WukfError('WUKF_E_TLS_INVALID', `--tls-cert ${echo(opts.tlsCert)}: ${cert}`);
    const key = keyProblem(keyFile, certFile);
    if (key) throw new WukfError('WUKF_E_TLS_INVALID', `--tls-key ${echo(opts.tlsKey)}: ${key}`);
    return { tls: { mode: 'provided', certFile, keyFile }, tlsNames };
  }
  return { tls: opts.tls ? { mode: opts.tls } : undefined, tlsNames };
}

/**
 * Fills, for a new wukf.yaml, what the flags left open: from prompts on a terminal (each answer checked as it
 * is typed, and asked again when wrong), from defaults otherwise. A kept wukf.yaml is not asked about: the
 * flags given are edits to it.
 */
async function askForNew(io: CliIo, opts: InitOptions, flags: ReturnType<typeof checkFlags>, ask: boolean, admins: string[]): Promise<Partial<ScaffoldOptions>> {
  const ctx = promptContext(io);
  const host = opts.host ?? (ask ? await input({ message: 'Listen address (127.0.0.1 = behind a proxy, 0.0.0.0 = all interfaces)', default: DEFAULT_HOST, validate: (v) => hostProblem(v) ?? true }, ctx) : DEFAULT_HOST);
  const port = opts.port ?? (ask ? Number(await input({ message: 'Port', default: String(DEFAULT_PORT), validate: (v) => portProblem(v) ?? true }, ctx)) : DEFAULT_PORT);
  let tls = flags.tls;
  if (!tls && ask) {
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
    if (mode === 'provided') {
      const certFile = resolve(io.cwd, await input({ message: 'Certificate file (PEM)', required: true, validate: (v) => certProblem(resolve(io.cwd, v)) ?? true }, ctx));
      const keyFile = resolve(io.cwd, await input({ message: 'Private key file (PEM)', required: true, validate: (v) => keyProblem(resolve(io.cwd, v), certFile) ?? true }, ctx));
      tls = { mode, certFile, keyFile };
    } else tls = { mode };
  }
  tls ??= { mode: 'self-signed' };
  let tlsNames = flags.tlsNames;
  if (tlsNames === undefined && tls.mode === 'self-signed' && ask) {
    const answer = await input(
      {
        message: 'Public host names or IP addresses for the certificate, comma-separated (localhost, 127.0.0.1 and ::1 are always in it)',
        default: defaultTlsNames(host),
        validate: (v) => {
          const parsed = parseTlsNames(v);
          return 'problem' in parsed ? parsed.problem : true;
        },
      },
      ctx,
    );
    tlsNames = (parseTlsNames(answer) as { names: string[] }).names;
  }
  // An existing admin is reset, never joined by a second one; only an empty database gets a new name.
  const adminUsername = opts.admin ?? (ask && admins.length === 0 ? await input({ message: 'First admin username', default: 'admin', validate: (v) => usernameProblem(v) ?? true }, ctx) : undefined);
  return { host, port, tls, tlsNames, adminUsername };
}

function existingNote(plan: ScaffoldPlan): string {
  return plan.conflicts.length === 0 ? '' : '(this directory already holds an installation: init does this only with --force, or after asking on a terminal)\n';
}

/** A self-signed certificate for a wildcard address without --tls-names names this machine only. */
function localOnlyNote(io: CliIo, plan: ScaffoldPlan, dir: string): string {
  const host = plan.config.server.host;
  if (plan.selfSignedNames === undefined || !isWildcardHost(host) || (plan.options.tlsNames ?? []).length > 0) return '';
  return (
    `Note: the certificate covers only ${plan.selfSignedNames.join(', ')}: ${host} is a listen address, not a name clients connect to,\n` +
    `  so browsers and apps reaching this server by its public name or address will reject the certificate. Name them (yours\n` +
    `  instead of these examples): ${hint(io, 'init --force --tls-names chat.example.com,203.0.113.10', dir)}\n` +
    `  See docs/tls.md for names, trust and your own certificate.\n`
  );
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
    .option('--tls-names <names>', 'public host names/IP addresses for the self-signed certificate, comma-separated (localhost, 127.0.0.1, ::1 always)')
    .option('--admin <username>', 'the admin: name of the first one (default: admin); on a re-run, the existing admin whose password is reset')
    .option(
      '--force',
      're-run on an existing directory: keeps wukf.yaml (--host, --port, --tls* are applied as edits), the secrets, a TLS pair that still fits and the database; regenerates the deploy files; resets the admin password. Replaced files are backed up',
      false,
    )
    .option('--reset-config', 'with --force: replace wukf.yaml with the defaults plus the flags given (old file backed up)', false)
    .option('--rotate-secrets', 'with --force: new secrets; every token and every app signature made with the old ones stops working (old files backed up)', false)
    .option('-y, --yes', 'do not prompt; take flags and defaults', false)
    .option('--dry-run', 'say what would be created, kept, replaced and backed up, and write nothing', false)
    .action(
      promptingAction(ctx, 'init', async (raw: Record<string, unknown>) => {
        const { io } = ctx;
        const opts = parseOptions(optionsSchema, raw);
        const flags = checkFlags(io, opts);
        const dir = resolveDir(io, opts.dir);
        const ask = isInteractive(io) && !opts.yes;
        const keepConfig = !opts.resetConfig && existsSync(join(dir, CONFIG_FILE_NAME));
        const admins = installedAdmins(dir, opts.resetConfig);
        const answers: ScaffoldOptions = {
          dir,
          resetConfig: opts.resetConfig,
          rotateSecrets: opts.rotateSecrets,
          command: (args) => hint(io, args, dir),
          ...(keepConfig ? { host: opts.host, port: opts.port, tls: flags.tls, tlsNames: flags.tlsNames, adminUsername: opts.admin } : await askForNew(io, opts, flags, ask, admins)),
        };
        if (answers.adminUsername === undefined && admins.length > 1 && ask) {
          answers.adminUsername = await select({ message: 'Several admins: whose password should be reset?', choices: admins.map((a) => ({ name: a, value: a })) }, promptContext(io));
        }
        const plan = await planScaffold(answers);
        if (opts.dryRun) {
          io.stdout.write(`wukf init --dry-run: ${dir} (nothing is written)\n${describePlan(plan)}${opts.force ? '' : existingNote(plan)}`);
          return 0;
        }
        if (plan.conflicts.length > 0 && !opts.force) {
          if (!ask) {
            const list = plan.conflicts.map((c) => `  ${c}`).join('\n');
            throw new WukfError(
              'WUKF_E_FILE_EXISTS',
              `${dir} already holds an installation (nothing was written):\n${list}\n` +
                `Pass --force to re-run init on it: wukf.yaml, the secrets and the database are kept and the admin password is reset;\n` +
                `see what it would do first with: ${hint(io, 'init --force --dry-run', dir)}`,
            );
          }
          io.stdout.write(`${dir} already holds an installation. Going ahead would do this:\n${describePlan(plan)}`);
          if (!(await confirm({ message: 'Go ahead?', default: false }, promptContext(io)))) {
            throw new WukfError('WUKF_E_FILE_EXISTS', 'nothing was written (answered no)');
          }
        }
        const result = await applyScaffold(plan);
        io.stdout.write(describeScaffold(plan, result, deliverAdminPassword(plan, result, Boolean(io.stdout.isTTY))));
        io.stdout.write(localOnlyNote(io, plan, dir));
        io.stdout.write(`Next: ${hint(io, 'start', dir)}\n  As a service: ${dir}/deploy/wukf.service (systemd) or ${dir}/deploy/compose.yaml; see README.md.\n`);
        return 0;
      }),
    );
}
