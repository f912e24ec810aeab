import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { WukfError } from '../../proto/errors.js';
import { fileSystemCause, isFileSystemError, shownPath } from '../fs-error.js';
import { configSchema, eachKey, specAt, type Config } from './spec.js';

export const CONFIG_FILE_NAME = 'wukf.yaml';

/** A validated config plus the absolute paths it names. */
export interface LoadedConfig {
  file: string;
  dir: string;
  values: Config;
  paths: {
    dataDir: string;
    database: string;
    certFile: string;
    keyFile: string;
    tokenSigningKey: string;
    identityHmacKey: string;
  };
}

/** The environment overrides, in the order they are documented. */
export function envOverrides(): { env: string; path: string[] }[] {
  const out: { env: string; path: string[] }[] = [];
  eachKey((path, spec) => {
    if (spec.env) out.push({ env: spec.env, path });
  });
  return out;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** Environment values are strings; numbers are read as numbers so that "abc" still fails with its text. */
function envValue(raw: string): unknown {
  return /^-?\d+$/.test(raw) ? Number(raw) : raw;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}

function formatIssue(issue: z.core.$ZodIssue, source: string, envByPath: Map<string, string>): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const parent = specAt(path);
    const known = parent?.kind === 'section' ? Object.keys(parent.keys).join(', ') : '';
    return issue.keys
      .map((k) => `${source}: ${[...path, k].join('.')}: unknown key (expected one of ${known})`)
      .join('\n');
  }
  // An issue inside a list ("server.allowed_origins.1") belongs to the key holding the list.
  let keyLength = path.length;
  while (keyLength > 1 && specAt(path.slice(0, keyLength)) === undefined) keyLength--;
  const dotted = path.slice(0, keyLength).join('.') + path.slice(keyLength).map((i) => `[${i}]`).join('');
  const spec = specAt(path.slice(0, keyLength));
  const where = envByPath.get(dotted) ?? `${source}: ${dotted}`;
  const expected = spec?.kind === 'key' ? spec.expected : spec?.kind === 'section' ? 'a mapping of keys' : issue.message;
  return `${where}: expected ${expected}, got ${describeValue(issue.input)}`;
}

/**
 * Validates raw config values (already parsed from YAML) with the environment overrides applied.
 * Throws WUKF_E_CONFIG_INVALID with one line per problem: "<file>: <key path>: expected …, got …".
 */
export function parseConfig(raw: unknown, source: string, env: NodeJS.ProcessEnv = {}): Config {
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WukfError('WUKF_E_CONFIG_INVALID', `${source}: expected a mapping of keys at the top level, got ${describeValue(raw)}`);
  }
  const values = structuredClone(raw) as Record<string, unknown>;
  const envByPath = new Map<string, string>();
  for (const { env: name, path } of envOverrides()) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setAt(values, path, envValue(value));
    envByPath.set(path.join('.'), `${name} (environment)`);
  }
  const result = configSchema.safeParse(values, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => formatIssue(issue, source, envByPath));
    throw new WukfError('WUKF_E_CONFIG_INVALID', lines.join('\n'));
  }
  return result.data;
}

export function resolvePaths(values: Config, dir: string): LoadedConfig['paths'] {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(dir, p));
  const dataDir = at(values.data.dir);
  return {
    dataDir,
    database: join(dataDir, 'wukf.db'),
    certFile: at(values.server.tls.cert_file),
    keyFile: at(values.server.tls.key_file),
    tokenSigningKey: at(values.secrets.token_signing_key_file),
    identityHmacKey: at(values.secrets.identity_hmac_key_file),
  };
}

/** Reads, parses and validates <dir>/wukf.yaml. Every failure is a WukfError naming the file. */
export function loadConfig(dir: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const absDir = resolve(dir);
  const file = join(absDir, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // No command in the message: how to run `wukf init` depends on how wukf was installed; the CLI adds it.
      throw new WukfError('WUKF_E_CONFIG_NOT_FOUND', `${file}: not found; initialise the directory first, or pass the --dir that holds wukf.yaml`);
    }
    if (isFileSystemError(err)) throw new WukfError('WUKF_E_FILE_ACCESS', `${shownPath(file)}: cannot read: ${fileSystemCause(err)}`, { cause: err });
    throw new WukfError('WUKF_E_CONFIG_INVALID', `${file}: cannot read (${code ?? String(err)})`, { cause: err });
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return `${file}:${pos ? `${pos.line}:${pos.col}` : ''} ${e.message.split('\n')[0]}`;
    });
    throw new WukfError('WUKF_E_CONFIG_INVALID', `${lines.join('\n')}\n(${CONFIG_FILE_NAME} is not valid YAML)`);
  }
  const values = parseConfig(doc.toJS(), file, env);
  return { file, dir: dirname(file), values, paths: resolvePaths(values, dirname(file)) };
}

