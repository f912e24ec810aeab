import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defaultConfig, renderConfig, resolvePaths, type Config } from '../server/config/index.js';
import { CONFIG_FILE_NAME } from '../server/config/load.js';
import { initialPasswordPath } from '../server/auth/initial-password.js';
import { hashPassword, generatePassword } from '../server/auth/password.js';
import { WukfError } from '../proto/errors.js';
import { fileSystemCause, type FileSystemError } from '../server/fs-error.js';
import { generateSecret } from '../server/secrets.js';
import { SqliteStore } from '../server/store/index.js';
import { certificateCovers, generateSelfSigned, loadTlsPair, selfSignedNames } from '../server/tls.js';
import { renderDeployFiles } from './deploy.js';
import { writeFileAtomic } from './files.js';
import { binPath, version } from './package.js';

export type TlsChoice = { mode: 'self-signed' } | { mode: 'none' } | { mode: 'provided'; certFile: string; keyFile: string };

export interface ScaffoldOptions {
  /** Absolute config directory. */
  dir: string;
  host: string;
  port: number;
  tls: TlsChoice;
  /** Public host names and addresses a self-signed certificate names besides `host` (`--tls-names`). */
  tlsNames?: string[];
  adminUsername: string;
}

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  content: string;
  mode: number;
  what: string;
}

export interface ScaffoldPlan {
  options: ScaffoldOptions;
  config: Config;
  files: PlannedFile[];
  database: string;
  /** Files (and the database) that already exist and would be overwritten or reused. */
  conflicts: string[];
  /** Warnings worth showing the operator (e.g. a provided certificate that does not name the host). */
  warnings: string[];
}

export interface ScaffoldResult {
  admin: { username: string; password: string; existed: boolean };
}

/** Works out every file `wukf init` writes, in memory; nothing touches the disk yet. */
export async function planScaffold(options: ScaffoldOptions): Promise<ScaffoldPlan> {
  const { dir, host, port, tls } = options;
  const config = defaultConfig();
  config.server.host = host;
  config.server.port = port;
  config.server.tls.enabled = tls.mode !== 'none';
  if (tls.mode === 'provided') {
    config.server.tls.cert_file = tls.certFile;
    config.server.tls.key_file = tls.keyFile;
  }
  const paths = resolvePaths(config, dir);
  const at = (rel: string) => join(dir, rel);
  const warnings: string[] = [];

  const files: PlannedFile[] = [
    {
      path: at(CONFIG_FILE_NAME),
      content: renderConfig(config, [`Written by wukf init ${version} on ${new Date().toISOString().slice(0, 10)}.`]),
      mode: 0o640,
      what: 'configuration, every key commented',
    },
    { path: paths.tokenSigningKey, content: `${generateSecret().trim()}\n`, mode: 0o600, what: 'token signing secret' },
    { path: paths.identityHmacKey, content: `${generateSecret().trim()}\n`, mode: 0o600, what: "visitor identity HMAC secret: give it to your app's backend" },
  ];

  if (tls.mode === 'self-signed') {
    const pair = await generateSelfSigned(host, { names: options.tlsNames });
    files.push(
      { path: paths.certFile, content: pair.cert, mode: 0o644, what: `self-signed certificate for ${selfSignedNames(host, options.tlsNames).join(', ')}` },
      { path: paths.keyFile, content: pair.key, mode: 0o600, what: 'its private key' },
    );
  } else if (tls.mode === 'provided') {
    const pair = loadTlsPair(tls.certFile, tls.keyFile);
    if (!certificateCovers(pair.cert, host)) {
      warnings.push(`the certificate ${tls.certFile} does not name ${host}; clients connecting by that name will reject it`);
    }
  }

  for (const file of renderDeployFiles({
    configDir: dir,
    dataDir: paths.dataDir,
    host,
    port,
    tls: tls.mode !== 'none',
    nodePath: process.execPath,
    wukfBin: binPath,
    version,
  })) {
    files.push({ path: at(file.path), content: file.content, mode: file.mode, what: deployWhat(file.path) });
  }

  const conflicts = files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (existsSync(paths.database)) conflicts.push(paths.database);
  return { options, config, files, database: paths.database, conflicts, warnings };
}

function deployWhat(path: string): string {
  if (path.endsWith('.service')) return 'systemd unit (hardened)';
  if (path.endsWith('compose.yaml')) return 'compose file with healthcheck';
  if (path.endsWith('Dockerfile')) return 'image for the compose file';
  return 'deployment file';
}

/**
 * Writes a plan. Files are staged in a temporary directory inside the config directory and renamed into
 * place only after the database and the first admin exist, so a failure leaves no half-written set.
 * An existing database is kept (its data is never replaced); the admin's password is reset in it.
 */
export async function applyScaffold(plan: ScaffoldPlan): Promise<ScaffoldResult> {
  const { dir, adminUsername } = plan.options;
  const staging = join(dir, `.wukf-init-${randomBytes(6).toString('hex')}`);
  const password = generatePassword();
  const hash = await hashPassword(password);
  let existed = false;
  const databaseIsNew = !existsSync(plan.database);
  try {
    mkdirSync(dir, { recursive: true });
    for (const file of plan.files) writeFileAtomic(join(staging, relative(dir, file.path)), file.content, file.mode);

    const store = SqliteStore.open(plan.database);
    try {
      const current = await store.getAgent(adminUsername);
      existed = current !== undefined;
      if (current) {
        if (current.role !== 'admin') await store.updateAgent(adminUsername, { role: 'admin' });
        await store.setPasswordHash(adminUsername, hash);
      } else {
        await store.createAgent(
          { username: adminUsername, displayName: 'Administrator', role: 'admin', skills: [], languages: [], maxConcurrent: 10, timezone: 'UTC', hours: null },
          hash,
        );
      }
    } finally {
      await store.close();
    }

    for (const file of plan.files) {
      mkdirSync(dirname(file.path), { recursive: true, mode: file.mode === 0o600 ? 0o700 : 0o755 });
      renameSync(join(staging, relative(dir, file.path)), file.path);
    }
  } catch (err) {
    if (databaseIsNew) for (const suffix of ['', '-wal', '-shm']) removeQuietly(plan.database + suffix);
    if (err instanceof WukfError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR') {
      throw new WukfError('WUKF_E_DATA_DIR_UNWRITABLE', `cannot write in ${dir}: ${fileSystemCause(err as FileSystemError)}`, { cause: err });
    }
    throw err;
  } finally {
    removeQuietly(staging);
  }
  return { admin: { username: adminUsername, password, existed } };
}

/** Cleanup after a failure; where the path cannot even be reached (ENOTDIR) there is nothing to remove. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    /* unreachable path: nothing was written there */
  }
}

/**
 * Where the first admin's password goes: to the terminal when standard output is one (shown once, below),
 * otherwise into a 0600 file in the data directory (auth/initial-password.ts), because a supervisor or a
 * container runtime keeps a non-terminal stdout in its logs. Returns the file's path when it wrote one. A
 * file left from an earlier init is removed when the password goes to the terminal: it no longer works.
 */
export function deliverAdminPassword(plan: ScaffoldPlan, result: ScaffoldResult, toTerminal: boolean): string | undefined {
  const path = initialPasswordPath(resolvePaths(plan.config, plan.options.dir).dataDir);
  if (toTerminal) {
    rmSync(path, { force: true });
    return undefined;
  }
  writeFileAtomic(path, `${result.admin.password}\n`, 0o600);
  return path;
}

/**
 * The human summary init prints. The password appears here and nowhere else when it goes to the terminal;
 * with `passwordFile`, only that file's path is printed.
 */
export function describeScaffold(plan: ScaffoldPlan, result: ScaffoldResult, passwordFile?: string): string {
  const { dir } = plan.options;
  const rel = (p: string) => (p.startsWith(dir) ? relative(dir, p) : p);
  const width = Math.max(...plan.files.map((f) => rel(f.path).length), rel(plan.database).length);
  const lines = [`wukf init: wrote ${dir}`];
  for (const f of plan.files) lines.push(`  ${rel(f.path).padEnd(width)}  ${f.what}`);
  lines.push(`  ${rel(plan.database).padEnd(width)}  database (${result.admin.existed ? 'kept; admin password reset' : 'created'})`);
  for (const w of plan.warnings) lines.push(`  warning: ${w}`);
  if (passwordFile === undefined) {
    lines.push(
      '',
      'First admin login. The password is shown only this once; only its scrypt hash is stored:',
      `  username: ${result.admin.username}`,
      `  password: ${result.admin.password}`,
      '',
    );
  } else {
    lines.push(
      '',
      'First admin login. Standard output is not a terminal, so the password is not printed (logs keep what is):',
      `  username:      ${result.admin.username}`,
      `  password file: ${passwordFile}`,
      '  (mode 0600; wukf deletes it after the first login with that password, or when it is changed)',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
