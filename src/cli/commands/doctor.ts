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
import { isWukfError } from '../../proto/errors.js';
import { readSecret } from '../../server/secrets.js';
import { inspectDatabase } from '../../server/store/index.js';
import { certificateCovers, certificateSans, isWildcardHost, loadTlsPair } from '../../server/tls.js';
import { action, type CliContext } from '../context.js';
import { DIR_OPTION_HELP, parseOptions, resolveDir } from '../options.js';

/** A certificate closer than this to its end fails the check, leaving time to renew it. */
const EXPIRY_MARGIN_DAYS = 14;
const HEALTH_TIMEOUT_MS = 2000;
const DAY_MS = 86_400_000;

type Status = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  name: string;
  status: Status;
  detail: string;
}

const LABELS: Record<Status, string> = { ok: 'ok', warn: 'warn', fail: 'FAIL', skip: 'skip' };

const optionsSchema = z.object({
  dir: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

const check = (name: string, status: Status, detail: string): DoctorCheck => ({ name, status, detail });

function mode(stats: { mode: number }): string {
  return (stats.mode & 0o777).toString(8).padStart(4, '0');
}

function errorText(err: unknown): string {
  if (isWukfError(err)) return err.message;
  throw err;
}

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

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function checkTls(config: LoadedConfig, now: Date): DoctorCheck[] {
  const { host, tls } = config.values.server;
  if (!tls.enabled) {
    return isLoopback(host)
      ? [check('tls', 'ok', `disabled (plain HTTP on ${host}; put a TLS-terminating proxy in front for remote clients)`)]
      : [check('tls', 'warn', `disabled, and server.host ${host} is reachable from other machines over plain HTTP. Fix: set server.tls.enabled: true, or listen on 127.0.0.1 behind a TLS-terminating proxy`)];
  }
  const { certFile, keyFile } = config.paths;
  let cert;
  try {
    cert = loadTlsPair(certFile, keyFile).cert;
  } catch (err) {
    return [
      check('tls certificate', 'fail', `${errorText(err)}. Fix: point server.tls.cert_file and key_file at a matching PEM pair`),
      check('tls validity', 'skip', 'not checked (no usable certificate)'),
      check('tls names', 'skip', 'not checked (no usable certificate)'),
    ];
  }
  const out = [check('tls certificate', 'ok', `${certFile} and ${keyFile} match`)];

  const validFrom = new Date(cert.validFrom);
  const validTo = new Date(cert.validTo);
  const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
  const renew = `Fix: replace ${certFile} and ${keyFile} with a renewed pair`;
  if (now < validFrom) {
    out.push(check('tls validity', 'fail', `not valid before ${validFrom.toISOString()}. Fix: check this machine's clock, or use a certificate that is valid now`));
  } else if (now > validTo) {
    out.push(check('tls validity', 'fail', `expired on ${validTo.toISOString()}; clients will refuse to connect. ${renew}`));
  } else if (daysLeft < EXPIRY_MARGIN_DAYS) {
    out.push(check('tls validity', 'fail', `expires on ${validTo.toISOString()}, in ${daysLeft} days (less than ${EXPIRY_MARGIN_DAYS}). ${renew}`));
  } else {
    out.push(check('tls validity', 'ok', `valid until ${validTo.toISOString()} (${daysLeft} days)`));
  }

  const sans = certificateSans(cert);
  const names = sans.length > 0 ? sans.join(', ') : 'none';
  if (certificateCovers(cert, host)) {
    out.push(check('tls names', 'ok', `${host} is covered (${names})`));
  } else if (isWildcardHost(host)) {
    // On every interface, clients use the public name, which doctor cannot know; localhost is only a hint.
    out.push(check('tls names', 'warn', `listening on ${host}; clients must connect by one of ${names} (localhost is not among them)`));
  } else {
    out.push(
      check('tls names', 'fail', `server.host ${host} is not among the certificate's names (${names}); clients connecting to ${host} will reject it. Fix: use a certificate issued for ${host}, or set server.host to one of its names`),
    );
  }
  return out;
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
      ? check('data dir', 'ok', `${dir} does not exist yet (created at first start)`)
      : check('data dir', 'fail', `${dir} does not exist and ${parent} is not writable by ${user}, so it cannot be created. Fix: mkdir -p ${dir} && chown ${user} ${dir}`);
  }
  if (!stats.isDirectory()) return check('data dir', 'fail', `${dir} is not a directory. Fix: set data.dir in wukf.yaml to a directory`);
  if (!writable(dir)) return check('data dir', 'fail', `${dir} is not writable by ${user}. Fix: chown ${user} ${dir}`);
  if ((stats.mode & 0o077) !== 0 && process.platform !== 'win32') {
    return check('data dir', 'warn', `${dir} has mode ${mode(stats)}, so group or others can read the database. Fix: chmod 700 ${dir}`);
  }
  return check('data dir', 'ok', `${dir} (mode ${mode(stats)}, writable)`);
}

function checkDatabase(config: LoadedConfig, dataDir: DoctorCheck): DoctorCheck {
  const file = config.paths.database;
  if (!existsSync(file)) return check('database', 'ok', `${file}: not created yet (created at first start)`);
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
export async function runDoctor(dir: string, env: NodeJS.ProcessEnv, now = new Date()): Promise<DoctorCheck[]> {
  const checks = [checkNode()];
  let config: LoadedConfig;
  try {
    config = loadConfig(dir, env);
  } catch (err) {
    checks.push(check('config', 'fail', errorText(err)));
    for (const name of ['secrets', 'tls', 'data dir', 'database', 'port']) checks.push(check(name, 'skip', 'not checked (the config is invalid)'));
    return checks;
  }
  const { host, port, tls } = config.values.server;
  checks.push(check('config', 'ok', `${config.file} (${host}:${port}, TLS ${tls.enabled ? 'on' : 'off'})`));
  checks.push(...checkSecrets(config), ...checkTls(config, now));
  const dataDir = checkDataDir(config);
  checks.push(dataDir, checkDatabase(config, dataDir), await checkPort(config));
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
        const checks = await runDoctor(dir, ctx.io.env);
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
