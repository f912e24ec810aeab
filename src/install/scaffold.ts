import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WukfError } from '../proto/errors.js';
import { renderConfig, resolvePaths, type Config } from '../server/config/index.js';
import { CONFIG_FILE_NAME } from '../server/config/load.js';
import { generateSecret } from '../server/secrets.js';
import { certificateCovers, generateSelfSigned, loadTlsPair, selfSignedNames } from '../server/tls.js';
import { applyToDefaults, editConfig, SELF_SIGNED_CERT, SELF_SIGNED_KEY, type ConfigEdit, type TlsChoice } from './config-edit.js';
import { deployWarnings, renderDeployFiles } from './deploy.js';
import { baseConfig, existingAdmins, readExistingConfig, tlsPairProblem } from './existing.js';
import { binPath, version } from './package.js';

export type { TlsChoice } from './config-edit.js';

export interface ScaffoldOptions {
  /** Absolute config directory. */
  dir: string;
  /**
   * Config values. A new wukf.yaml (or one replaced with resetConfig) gets the defaults with these set; a
   * kept one gets only these set, as edits that leave the rest of the file alone.
   */
  host?: string;
  port?: number;
  tls?: TlsChoice;
  /** Public host names and addresses a self-signed certificate names besides `host` (`--tls-names`). */
  tlsNames?: string[];
  /**
   * The admin whose password is set: created when the database has no admin yet (default "admin"); else it
   * must be one of the existing admins, and may be left out when there is only one.
   */
  adminUsername?: string;
  /** Replace an existing wukf.yaml with the defaults plus the values above (the old file is backed up). */
  resetConfig?: boolean;
  /** Replace existing secrets with new ones (the old ones are backed up). */
  rotateSecrets?: boolean;
  /** Formats a command the operator can run, for hints in errors ("wukf agent list" by default). */
  command?: (args: string) => string;
}

export type FileAction = 'create' | 'replace' | 'keep';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  /** What is written; empty for a kept file. */
  content: string;
  mode: number;
  what: string;
  action: FileAction;
  /** Why a file is kept or replaced, in the operator's terms. */
  reason?: string;
  /** Where an existing file's content is kept before it is replaced. */
  backup?: string;
}

export interface ScaffoldPlan {
  options: ScaffoldOptions;
  config: Config;
  files: PlannedFile[];
  database: string;
  databaseExists: boolean;
  /** The admin whose password is set: a new account, or an existing admin's password reset. */
  admin: { username: string; action: 'create' | 'reset' };
  /** Edits made to a kept wukf.yaml. */
  edits: ConfigEdit[];
  /** The names a self-signed certificate written now covers; undefined when none is written. */
  selfSignedNames?: string[];
  /** Files (and the database) that already exist: a re-run needs --force or a confirmation. */
  conflicts: string[];
  /** Warnings worth showing the operator (e.g. a provided certificate that does not name the host). */
  warnings: string[];
}

export interface ScaffoldResult {
  admin: { username: string; password: string; existed: boolean };
}

const defaultCommand = (args: string) => `wukf ${args}`;

/** One time stamp for every backup of a run: "wukf.yaml.bak-20261128T043209Z". */
function backupPath(path: string, stamp: string): string {
  let candidate = `${path}.bak-${stamp}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}.bak-${stamp}-${n}`;
  return candidate;
}

/**
 * Works out what `wukf init` does, in memory; nothing touches the disk yet. On an existing installation it
 * keeps wukf.yaml (applying the given values as edits), both secrets, a self-signed pair that still names
 * every host asked for, and the database; it regenerates the deployment files, which are derived.
 */
export async function planScaffold(options: ScaffoldOptions): Promise<ScaffoldPlan> {
  const { dir } = options;
  const command = options.command ?? defaultCommand;
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const configPath = join(dir, CONFIG_FILE_NAME);
  const existing = options.resetConfig ? undefined : readExistingConfig(dir);
  const files: PlannedFile[] = [];
  const warnings: string[] = [];
  const values = { host: options.host, port: options.port, tls: options.tls };

  let config: Config;
  let edits: ConfigEdit[] = [];
  if (existing) {
    const edited = editConfig(existing, dir, values);
    config = edited.values;
    edits = edited.edits;
    files.push(
      edits.length === 0
        ? { path: configPath, content: '', mode: 0o640, what: 'configuration', action: 'keep', reason: '(--reset-config replaces it with the defaults)' }
        : {
            path: configPath,
            content: edited.text,
            mode: 0o640,
            what: 'configuration',
            action: 'replace',
            reason: `edited, comments and other keys kept: ${edits.map((e) => `${e.key} ${JSON.stringify(e.from)} -> ${JSON.stringify(e.to)}`).join(', ')}`,
            backup: backupPath(configPath, stamp),
          },
    );
  } else {
    config = applyToDefaults(baseConfig(undefined), { host: values.host, port: values.port, tls: values.tls ?? { mode: 'none' } });
    const content = renderConfig(config, [`Written by wukf init ${version} on ${new Date().toISOString().slice(0, 10)}.`]);
    files.push(
      existsSync(configPath)
        ? { path: configPath, content, mode: 0o640, what: 'configuration, every key commented', action: 'replace', reason: '(--reset-config): the defaults plus the flags given', backup: backupPath(configPath, stamp) }
        : { path: configPath, content, mode: 0o640, what: 'configuration, every key commented', action: 'create' },
    );
  }

  const paths = resolvePaths(config, dir);
  const host = config.server.host;
  const secrets: [string, string][] = [
    [paths.tokenSigningKey, 'token signing secret'],
    [paths.identityHmacKey, "visitor identity HMAC secret: give it to your app's backend"],
  ];
  for (const [path, what] of secrets) {
    const fresh = () => `${generateSecret().trim()}\n`;
    if (!existsSync(path)) files.push({ path, content: fresh(), mode: 0o600, what, action: 'create' });
    else if (options.rotateSecrets) files.push({ path, content: fresh(), mode: 0o600, what, action: 'replace', reason: 'new secret (--rotate-secrets)', backup: backupPath(path, stamp) });
    else files.push({ path, content: '', mode: 0o600, what, action: 'keep', reason: '(--rotate-secrets replaces it)' });
  }

  const tlsMode = tlsModeOf(options.tls, config, dir);
  if (options.tlsNames && options.tlsNames.length > 0 && tlsMode !== 'self-signed') {
    throw new WukfError('WUKF_E_USAGE', `--tls-names: only for a self-signed certificate, and this configuration ${tlsMode === 'none' ? 'has TLS off (--tls none)' : `uses your own certificate ${paths.certFile}`}`);
  }
  let names: string[] | undefined;
  if (tlsMode === 'self-signed') {
    const wanted = selfSignedNames(host, options.tlsNames);
    const problem = tlsPairProblem(paths.certFile, paths.keyFile, wanted);
    const pairFiles: [string, string, number][] = [
      [paths.certFile, 'TLS certificate', 0o644],
      [paths.keyFile, 'its private key', 0o600],
    ];
    if (problem === undefined) {
      for (const [path, what, mode] of pairFiles) files.push({ path, content: '', mode, what, action: 'keep', reason: `it names ${wanted.join(', ')}` });
    } else {
      names = wanted;
      const pair = await generateSelfSigned(host, { names: options.tlsNames });
      for (const [i, [path, what, mode]] of pairFiles.entries()) {
        const content = i === 0 ? pair.cert : pair.key;
        const label = i === 0 ? `self-signed certificate for ${wanted.join(', ')}` : what;
        files.push(
          existsSync(path)
            ? { path, content, mode, what: label, action: 'replace', reason: `new pair: the old one ${problem === 'missing' ? 'was incomplete' : problem.replace(/^it /, '')}`, backup: backupPath(path, stamp) }
            : { path, content, mode, what: label, action: 'create' },
        );
      }
    }
  } else if (tlsMode === 'provided') {
    const explicit = options.tls?.mode === 'provided';
    try {
      const pair = loadTlsPair(paths.certFile, paths.keyFile);
      if (!certificateCovers(pair.cert, host)) warnings.push(`the certificate ${paths.certFile} does not name ${host}; clients connecting by that name will reject it`);
    } catch (err) {
      if (explicit) throw err;
      warnings.push(`${(err as Error).message}; wukf start will refuse this until it is fixed`);
    }
  }

  const deployment = { configDir: dir, dataDir: paths.dataDir, host, port: config.server.port, tls: tlsMode !== 'none', nodePath: process.execPath, wukfBin: binPath, version };
  warnings.push(...deployWarnings(deployment));
  for (const file of renderDeployFiles(deployment)) {
    const path = join(dir, file.path);
    const what = deployWhat(file.path);
    if (!existsSync(path)) files.push({ path, content: file.content, mode: file.mode, what, action: 'create' });
    else if (readFileSync(path, 'utf8') === file.content) files.push({ path, content: '', mode: file.mode, what, action: 'keep', reason: 'unchanged' });
    else files.push({ path, content: file.content, mode: file.mode, what, action: 'replace', reason: 'regenerated from the configuration', backup: backupPath(path, stamp) });
  }

  const databaseExists = existsSync(paths.database);
  const admin = chooseAdmin(existingAdmins(paths.database), options.adminUsername, paths.database, command);
  const conflicts = files.filter((f) => f.action !== 'create').map((f) => f.path);
  if (databaseExists) conflicts.push(paths.database);
  return { options, config, files, database: paths.database, databaseExists, admin, edits, selfSignedNames: names, conflicts, warnings };
}

function tlsModeOf(choice: TlsChoice | undefined, config: Config, dir: string): TlsChoice['mode'] {
  if (choice) return choice.mode;
  if (!config.server.tls.enabled) return 'none';
  const paths = resolvePaths(config, dir);
  return paths.certFile === resolve(dir, SELF_SIGNED_CERT) && paths.keyFile === resolve(dir, SELF_SIGNED_KEY) ? 'self-signed' : 'provided';
}

/**
 * Never a second admin by accident: with admins in the database, init resets the password of the one
 * named (or of the only one), and refuses a name that is not among them.
 */
function chooseAdmin(admins: string[], requested: string | undefined, database: string, command: (args: string) => string): ScaffoldPlan['admin'] {
  if (admins.length === 0) return { username: requested ?? 'admin', action: 'create' };
  if (requested !== undefined) {
    if (admins.includes(requested)) return { username: requested, action: 'reset' };
    throw new WukfError(
      'WUKF_E_AGENT_NOT_FOUND',
      `--admin ${requested}: no admin of that name in ${database} (its admins: ${admins.join(', ')}). ` +
        `init resets an existing admin's password and never adds a second admin; to add one: ${command(`agent add ${requested} --role admin`)}`,
    );
  }
  if (admins.length === 1) return { username: admins[0]!, action: 'reset' };
  throw new WukfError('WUKF_E_USAGE', `${database} has several admins (${admins.join(', ')}); name the one whose password to reset with --admin <username>`);
}

function deployWhat(path: string): string {
  if (path.endsWith('.service')) return 'systemd unit (hardened)';
  if (path.endsWith('compose.yaml')) return 'compose file with healthcheck';
  if (path.endsWith('Dockerfile')) return 'image for the compose file, built from this installed package';
  if (path.endsWith('.dockerignore')) return 'what the image build reads of the package';
  return 'deployment file';
}
