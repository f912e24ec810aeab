import { readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, posix } from 'node:path';
import { WukfError } from '../proto/errors.js';
import { installLocationWarnings, isUnder } from './install-location.js';
import { templatesDir } from './package.js';

/** What the deployment files are rendered from; `wukf init` fills it from the config it just wrote. */
export interface DeployContext {
  /** Absolute; holds wukf.yaml, secrets/, tls/. */
  configDir: string;
  /** Absolute data directory (may be inside configDir, e.g. <dir>/data). */
  dataDir: string;
  host: string;
  port: number;
  tls: boolean;
  /** Absolute path of the node binary (process.execPath). */
  nodePath: string;
  /** Absolute path of bin/wukf.js of the installed package. */
  wukfBin: string;
  /** Package version. */
  version: string;
  /**
   * The account the container runs as, which must read the config directory's 0600 secrets. Default: the
   * directory's owner, or the current user when it does not exist yet (init is about to create it).
   */
  owner?: { uid: number; gid: number };
}

export interface DeployFile {
  /** Relative to configDir, e.g. 'deploy/wukf.service'. */
  path: string;
  content: string;
  mode: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Fills `{{name}}` placeholders. Templates ship inside the package, so any mismatch between a template and
 * its variables is a packaging bug and fails loudly: a placeholder without a value, a malformed placeholder,
 * a stray brace pair, or a value nobody asked for. Values are inserted verbatim and never re-scanned.
 */
export function renderTemplate(text: string, vars: Record<string, string>, name = 'template'): string {
  const used = new Set<string>();
  const out = text.replace(PLACEHOLDER, (match, key: string) => {
    if (!PLACEHOLDER_NAME.test(key)) throw new Error(`${name}: malformed placeholder ${match}`);
    if (!Object.hasOwn(vars, key)) throw new Error(`${name}: unknown placeholder {{${key}}}`);
    used.add(key);
    return vars[key]!;
  });
  const stray = /\{\{|\}\}/.exec(text.replace(PLACEHOLDER, ''));
  if (stray) throw new Error(`${name}: unmatched "${stray[0]}" at offset ${stray.index}`);
  const unused = Object.keys(vars).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`${name}: variables not used by the template: ${unused.join(', ')}`);
  return out;
}

/**
 * Renders deploy/wukf.service, deploy/compose.yaml, deploy/Dockerfile and its ignore file for `wukf init` to
 * write. The image is built from the installed package itself (compose's build context), never fetched from
 * a registry.
 */
export function renderDeployFiles(ctx: DeployContext): DeployFile[] {
  checkContext(ctx);
  const owner = ctx.owner ?? configDirOwner(ctx.configDir);
  return [
    { path: 'deploy/wukf.service', content: render('systemd/wukf.service', systemdVars(ctx)), mode: 0o644 },
    { path: 'deploy/compose.yaml', content: render('compose/compose.yaml', composeVars(ctx, owner)), mode: 0o644 },
    { path: 'deploy/Dockerfile', content: render('compose/Dockerfile', dockerfileVars(ctx, owner)), mode: 0o644 },
    { path: 'deploy/Dockerfile.dockerignore', content: render('compose/Dockerfile.dockerignore', {}), mode: 0o644 },
  ];
}

/** What `wukf init` should tell the operator about the rendered files (also written into the unit). */
export function deployWarnings(ctx: DeployContext): string[] {
  return installLocationWarnings(ctx);
}

function configDirOwner(configDir: string): { uid: number; gid: number } {
  try {
    const { uid, gid } = statSync(configDir);
    return { uid, gid };
  } catch {
    return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  }
}

/** The installed package's root, bin/wukf.js's grandparent: the image's build context. */
function packageDir(ctx: DeployContext): string {
  return posix.dirname(posix.dirname(posix.normalize(ctx.wukfBin)));
}

function render(template: string, vars: Record<string, string>): string {
  return renderTemplate(readFileSync(join(templatesDir, template), 'utf8'), vars, `templates/${template}`);
}

// Exact versions only: the string becomes both an npm spec and an image tag ("+build" is not a valid tag).
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const HOST = /^[A-Za-z0-9.:_-]+$/;

function checkContext(ctx: DeployContext): void {
  const paths = { configDir: ctx.configDir, dataDir: ctx.dataDir, nodePath: ctx.nodePath, wukfBin: ctx.wukfBin };
  for (const [key, value] of Object.entries(paths)) {
    if (!posix.isAbsolute(value)) invalid(`${key} must be an absolute path, got ${JSON.stringify(value)}`);
    // A newline would end the unit file's line; no deployment tool quotes control characters reliably.
    if (/[\x00-\x1f\x7f]/.test(value)) invalid(`${key} must not contain control characters, got ${JSON.stringify(value)}`);
  }
  // systemd refuses to run an executable whose path holds a quote or a backslash, however it is escaped.
  if (/["'\\]/.test(ctx.nodePath)) invalid(`nodePath must not contain quotes or backslashes (systemd cannot run it), got ${JSON.stringify(ctx.nodePath)}`);
  if (!Number.isInteger(ctx.port) || ctx.port < 1 || ctx.port > 65535) invalid(`port must be an integer 1-65535, got ${ctx.port}`);
  if (!HOST.test(ctx.host)) invalid(`host must be a host name or IP address, got ${JSON.stringify(ctx.host)}`);
  if (!VERSION.test(ctx.version)) invalid(`version must be an exact version such as 1.2.3, got ${JSON.stringify(ctx.version)}`);
}

function invalid(message: string): never {
  throw new WukfError('WUKF_E_INVALID_INPUT', `cannot render deployment files: ${message}`);
}

// ---- systemd ----------------------------------------------------------------------------------------------

/** ProtectHome=yes hides these trees from the service entirely. */
const HOME_TREES = ['/home', '/root', '/run/user'];

/**
 * One word of a unit-file setting: `%` is a specifier, so it is doubled; in an Exec line's arguments (not its
 * executable) `$` expands a variable, so it is doubled too. Anything outside a safe set is double-quoted with
 * C-style escapes, which systemd unquotes.
 */
function systemdWord(value: string, opts: { execArgument: boolean }): string {
  let word = value.replaceAll('%', '%%');
  if (opts.execArgument) word = word.replaceAll('$', '$$$$');
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `"${word.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** For copy-and-paste commands in comments. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

function systemdVars(ctx: DeployContext): Record<string, string> {
  const dataDir = posix.normalize(ctx.dataDir);
  const configDir = posix.normalize(ctx.configDir);
  const underHome = [configDir, dataDir, ctx.nodePath, ctx.wukfBin].some((p) => HOME_TREES.some((tree) => isUnder(p, tree)));
  const stateName = isUnder(dataDir, '/var/lib') && dataDir !== '/var/lib' ? posix.relative('/var/lib', dataDir) : '';
  const privileged = ctx.port < 1024;
  return {
    version: ctx.version,
    host: ctx.host,
    port: String(ctx.port),
    configDirShell: shellWord(configDir),
    dataDirShell: shellWord(dataDir),
    unitPathShell: shellWord(posix.join(configDir, 'deploy', 'wukf.service')),
    nodePathArg: systemdWord(ctx.nodePath, { execArgument: false }),
    wukfBinArg: systemdWord(ctx.wukfBin, { execArgument: true }),
    configDirArg: systemdWord(configDir, { execArgument: true }),
    dataDirRw: systemdWord(`-${dataDir}`, { execArgument: false }),
    // Listing the same path read-only and read-write would leave the outcome to systemd's mount ordering.
    configDirRo: configDir === dataDir ? '' : systemdWord(`-${configDir}`, { execArgument: false }),
    stateDirectory: stateName === '' ? '' : systemdWord(stateName, { execArgument: false }),
    protectHome: underHome ? 'read-only' : 'yes',
    capabilities: privileged ? 'CAP_NET_BIND_SERVICE' : '',
    privateUsers: privileged ? 'no' : 'yes',
    warningComment: deployWarnings(ctx).map((w) => `# WARNING: ${w}\n#\n`).join(''),
  };
}

// ---- compose and Dockerfile -------------------------------------------------------------------------------

/** The health probe both the Dockerfile and compose.yaml run inside the container. */
function healthcheckScript(ctx: DeployContext): string {
  const client = ctx.tls ? 'node:https' : 'node:http';
  // The certificate is the operator's or self-signed and names the public host, not 127.0.0.1.
  const tlsOption = ctx.tls ? ',rejectUnauthorized:false' : '';
  return (
    `require('${client}').get({host:'127.0.0.1',port:${ctx.port},path:'/health',timeout:4000${tlsOption}},` +
    `(res)=>{res.resume();process.exit(res.statusCode===200?0:1)})` +
    `.on('timeout',()=>process.exit(1)).on('error',()=>process.exit(1))`
  );
}

/** Compose interpolates `$` in every value; `$$` is a literal dollar. */
function composeEscape(value: string): string {
  return value.replaceAll('$', '$$$$');
}

/** A JSON string is a valid YAML double-quoted scalar, escapes included. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Publishes the port on the same interfaces the operator chose for server.host: a loopback host stays
 * reachable only from this machine (a reverse proxy in front), a wildcard or a name publishes everywhere.
 */
function portMapping(ctx: DeployContext): string {
  const port = `${ctx.port}:${ctx.port}`;
  const host = ctx.host.toLowerCase();
  if (host === 'localhost' || host === '::1') return yamlString(`127.0.0.1:${port}`);
  if (host === '0.0.0.0' || host === '::' || isIP(host) === 0) return yamlString(port);
  return yamlString(isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`);
}

function composeVars(ctx: DeployContext, owner: { uid: number; gid: number }): Record<string, string> {
  const configDir = posix.normalize(ctx.configDir);
  const test = ['CMD', 'node', '-e', healthcheckScript(ctx)].map((arg) => yamlString(composeEscape(arg)));
  return {
    version: ctx.version,
    packageDirShell: shellWord(packageDir(ctx)),
    packageDirYaml: yamlString(composeEscape(packageDir(ctx))),
    dockerfileYaml: yamlString(composeEscape(posix.join(configDir, 'deploy', 'Dockerfile'))),
    uid: String(owner.uid),
    gid: String(owner.gid),
    rootNote:
      owner.uid === 0
        ? '\n# That owner is root, so the container runs as root (without capabilities or new privileges). To run it\n' +
          '# unprivileged, give the config directory to a system account (useradd --system wukf; chown -R wukf:wukf\n' +
          `# ${shellWord(configDir)}) and put that account's uid and gid in \`user:\` and the build args below.`
        : '',
    dataDirShell: shellWord(posix.normalize(ctx.dataDir)),
    configDirYaml: yamlString(composeEscape(configDir)),
    portMapping: portMapping(ctx),
    healthcheckTest: `[${test.join(', ')}]`,
  };
}

function dockerfileVars(ctx: DeployContext, owner: { uid: number; gid: number }): Record<string, string> {
  return {
    version: ctx.version,
    uid: String(owner.uid),
    gid: String(owner.gid),
    port: String(ctx.port),
    // Exec form: JSON, no shell, and Dockerfile variables are not expanded in it.
    healthcheckExec: `[${['node', '-e', healthcheckScript(ctx)].map((arg) => JSON.stringify(arg)).join(', ')}]`,
  };
}
