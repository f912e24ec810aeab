import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { minNodeVersion } from '../../install/index.js';
import { loadConfig, type LoadedConfig } from '../../server/config/index.js';
import { readSecret } from '../../server/secrets.js';
import { inspectDatabase } from '../../server/store/index.js';
import { isWildcardHost } from '../../server/tls.js';
import { action, type CliContext } from '../context.js';
import { hint } from '../invocation.js';
import type { CliIo } from '../io.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../options.js';
import { check, errorText, mode, type DoctorCheck, type Status } from './doctor-check.js';
import { checkTls } from './doctor-tls.js';

export type { DoctorCheck } from './doctor-check.js';

const HEALTH_TIMEOUT_MS = 2000;

const LABELS: Record<Status, string> = { ok: 'ok', warn: 'warn', fail: 'FAIL', skip: 'skip' };

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

function checkNode(): DoctorCheck {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const required = `>= ${minNodeVersion.join('.')}`;
  const good = major > minNodeVersion[0] || (major === minNodeVersion[0] && minor >= minNodeVersion[1]);
  return good
    ? check('node', 'ok', `v${process.versions.node} (${required} required)`)
    : check('node', 'fail', `v${process.versions.node} is too old; wukf needs Node.js ${required}. Fix: install a current Node.js LTS`);
}

function checkSecrets(config: LoadedConfig): DoctorCheck[] {
  const secrets = [
    { name: 'token signing key', file: config.paths.tokenSigningKey },
    { name: 'identity HMAC key', file: config.paths.identityHmacKey },
  ];
  return secrets.map(({ name, file }) => {
    try {
      readSecret(file);
      return check(name, 'ok', `${file} (mode ${mode(statSync(file))})`);
    } catch (err) {
      return check(name, 'fail', errorText(err));
    }
  });
}

/** The closest directory that exists, to tell whether a missing data directory can be created. */
function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function checkDataDir(config: LoadedConfig): DoctorCheck {
  const dir = config.paths.dataDir;
  const user = userInfo().username;
  let stats;
  try {
    stats = statSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return check('data dir', 'fail', `${dir}: cannot read (${(err as NodeJS.ErrnoException).code})`);
    const parent = existingAncestor(dir);
    return writable(parent)
      ? check('data dir', 'ok', `${dir} does not exist (its parent is writable, so it can be created)`)
      : check('data dir', 'fail', `${dir} does not exist and ${parent} is not writable by ${user}, so it cannot be created. Fix: mkdir -p ${dir} && chown ${user} ${dir}`);
  }
  if (!stats.isDirectory()) return check('data dir', 'fail', `${dir} is not a directory. Fix: set data.dir in wukf.yaml to a directory`);
  if (!writable(dir)) return check('data dir', 'fail', `${dir} is not writable by ${user}. Fix: chown ${user} ${dir}`);
  if ((stats.mode & 0o077) !== 0 && process.platform !== 'win32') {
    return check('data dir', 'warn', `${dir} has mode ${mode(stats)}, so group or others can read the database. Fix: chmod 700 ${dir}`);
  }
  return check('data dir', 'ok', `${dir} (mode ${mode(stats)}, writable)`);
}

/** Where a hint sends the operator: their shell, and the config directory they named. */
interface HintPlace {
  io: Pick<CliIo, 'env' | 'cwd'>;
  dir: string;
}

function checkDatabase(config: LoadedConfig, dataDir: DoctorCheck, place: HintPlace): DoctorCheck {
  const file = config.paths.database;
  if (!existsSync(file)) {
    // wukf init creates the database with the first admin; a missing one was moved, deleted or never restored.
    const create = hint(place.io, 'start --create-database', place.dir);
    return check('database', 'fail', `${file} does not exist: wukf has no accounts and no conversations to serve. Fix: restore it from a backup, or start over with an empty one and a new first admin: ${create}`);
  }
  if (dataDir.status === 'fail') return check('database', 'skip', 'not checked (data directory problem above)');
  const fix = `Fix: stop wukf and restore ${file} from a backup`;
  try {
    const { schemaVersion, latestVersion, problems } = inspectDatabase(file);
    if (problems.length > 0) return check('database', 'fail', `${file} failed its integrity check: ${problems.slice(0, 5).join('; ')}. ${fix}`);
    if (schemaVersion > latestVersion) {
      return check('database', 'fail', `${file} has schema version ${schemaVersion}, newer than this wukf understands (${latestVersion}). Fix: upgrade wukf`);
    }
    const pending = schemaVersion < latestVersion ? `; migrates to ${latestVersion} at next start, after copying the file aside` : '';
    return check('database', 'ok', `${file} (schema version ${schemaVersion}, integrity ok${pending})`);
  } catch (err) {
    // SQLite reports some damage by throwing (SQLITE_NOTADB, SQLITE_CORRUPT) rather than through quick_check's rows.
    return check('database', 'fail', `${file} cannot be checked: ${(err as Error).message}. ${fix}`);
  }
}

function tryListen(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err) => resolve(err));
    server.listen({ host, port }, () => server.close(() => resolve(undefined)));
  });
}

/** GET /health; resolves with the body when it is a wukf answering, else undefined. Never rejects. */
function askHealth(protocol: 'http' | 'https', hostname: string, port: number): Promise<{ version?: unknown } | undefined> {
  return new Promise((resolve) => {
    const get = protocol === 'https' ? httpsGet : httpGet;
    const options = { hostname, port, path: '/health', agent: false, rejectUnauthorized: false, signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) };
    const req = get(options, (res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('error', () => resolve(undefined));
      res.on('end', () => {
        try {
          const parsed = JSON.parse(body) as { name?: unknown; version?: unknown };
          resolve(parsed?.name === 'wukf' ? parsed : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on('error', () => resolve(undefined));
  });
}

async function checkPort(config: LoadedConfig): Promise<DoctorCheck> {
  const { host, port, tls } = config.values.server;
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const err = await tryListen(host, port);
  if (!err) return check('port', 'ok', `${where} is free`);
  if (err.code === 'EACCES') return check('port', 'fail', `not allowed to listen on ${where} (EACCES). Fix: use a port above 1023, or grant CAP_NET_BIND_SERVICE`);
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return check('port', 'fail', `${host} is not an address of this machine (${err.code}). Fix: set server.host to a local address`);
  if (err.code !== 'EADDRINUSE') return check('port', 'fail', `cannot listen on ${where} (${err.code ?? err.message})`);

  const target = isWildcardHost(host) ? '127.0.0.1' : host;
  // Both schemes at once: a wukf started before server.tls.enabled was changed is still ours.
  const configured = tls.enabled ? 'https' : 'http';
  const other = tls.enabled ? 'http' : 'https';
  const [first, second] = await Promise.all([askHealth(configured, target, port), askHealth(other, target, port)]);
  const health = first ?? second;
  if (health) {
    const version = typeof health.version === 'string' ? ` ${health.version}` : '';
    return check('port', 'ok', `${where} is in use by a running wukf${version} (ours)`);
  }
  return check('port', 'fail', `port ${port} on ${host} is used by another process. Fix: stop it (e.g. find it with \`ss -ltnp 'sport = :${port}'\`) or set server.port`);
}

/** Runs every check in order; later checks that need the config are skipped when it is invalid. */
export async function runDoctor(dir: string, io: Pick<CliIo, 'env' | 'cwd'>, now = new Date()): Promise<DoctorCheck[]> {
  const checks = [checkNode()];
  let config: LoadedConfig;
  try {
    config = loadConfig(dir, io.env);
  } catch (err) {
    checks.push(check('config', 'fail', errorText(err)));
    for (const name of ['secrets', 'tls', 'data dir', 'database', 'port']) checks.push(check(name, 'skip', 'not checked (the config is invalid)'));
    return checks;
  }
  const { host, port, tls } = config.values.server;
  checks.push(check('config', 'ok', `${config.file} (${host}:${port}, TLS ${tls.enabled ? 'on' : 'off'})`));
  checks.push(...checkSecrets(config), ...checkTls(config, now));
  const dataDir = checkDataDir(config);
  checks.push(dataDir, checkDatabase(config, dataDir, { io, dir }), await checkPort(config));
  return checks;
}

function formatCheck(c: DoctorCheck): string {
  const [first, ...rest] = `${c.name}: ${c.detail}`.split('\n');
  return [`  ${LABELS[c.status].padEnd(6)}${first}`, ...rest.map((line) => `        ${line}`)].join('\n');
}

function summary(checks: DoctorCheck[]): string {
  const failed = checks.filter((c) => c.status === 'fail').length;
  const warned = checks.filter((c) => c.status === 'warn').length;
  const warnings = warned > 0 ? `, ${warned} warning${warned === 1 ? '' : 's'}` : '';
  return failed === 0 ? `No problems found${warnings}.` : `${failed} check${failed === 1 ? '' : 's'} failed${warnings}.`;
}

export function doctorCommand(ctx: CliContext): Command {
  return new Command('doctor')
    .description('check the Node.js version, config, secrets, TLS certificate, data directory, database and port')
    .option('--dir <dir>', DIR_OPTION_HELP)
    .option('--json', 'print the results as JSON: {"ok": boolean, "checks": [{"name", "status", "detail"}]}')
    .action(
      action(ctx, 'doctor', async (raw: unknown) => {
        const opts = parseOptions(optionsSchema, raw);
        const dir = resolveDir(ctx.io, opts.dir);
        const checks = await runDoctor(dir, ctx.io);
        const ok = checks.every((c) => c.status !== 'fail');
        if (opts.json) {
          ctx.io.stdout.write(`${JSON.stringify({ ok, dir, checks }, null, 2)}\n`);
        } else {
          ctx.io.stdout.write(`wukf doctor: ${dir}\n${checks.map(formatCheck).join('\n')}\n\n${summary(checks)}\n`);
        }
        return ok ? 0 : 1;
      }),
    );
}
