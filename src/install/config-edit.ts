import { resolve } from 'node:path';
import { parseConfig, resolvePaths, type Config } from '../server/config/index.js';
import type { ExistingConfig } from './existing.js';

/** What `wukf init` may set in wukf.yaml; undefined leaves a key as it is. */
export interface ConfigValues {
  host?: string;
  port?: number;
  tls?: TlsChoice;
}

export type TlsChoice = { mode: 'self-signed' } | { mode: 'none' } | { mode: 'provided'; certFile: string; keyFile: string };

export interface ConfigEdit {
  /** Dotted key path, e.g. "server.port". */
  key: string;
  from: unknown;
  to: unknown;
}

/** Where a self-signed pair goes: the keys' defaults, which init manages. */
export const SELF_SIGNED_CERT = 'tls/cert.pem';
export const SELF_SIGNED_KEY = 'tls/key.pem';

function wanted(values: ConfigValues): [string[], unknown][] {
  const out: [string[], unknown][] = [];
  if (values.host !== undefined) out.push([['server', 'host'], values.host]);
  if (values.port !== undefined) out.push([['server', 'port'], values.port]);
  const tls = values.tls;
  if (tls) {
    out.push([['server', 'tls', 'enabled'], tls.mode !== 'none']);
    if (tls.mode === 'provided') {
      out.push([['server', 'tls', 'cert_file'], tls.certFile], [['server', 'tls', 'key_file'], tls.keyFile]);
    }
  }
  return out;
}

function getAt(config: Config, path: string[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], config);
}

/** A fresh config's values: the defaults with the given keys set. */
export function applyToDefaults(config: Config, values: ConfigValues): Config {
  for (const [path, value] of wanted(values)) {
    const parent = getAt(config, path.slice(0, -1)) as Record<string, unknown>;
    parent[path.at(-1)!] = value;
  }
  return config;
}

/**
 * Sets the given keys in a kept wukf.yaml through the YAML document, so the operator's comments, order and
 * other keys stay as they were. `--tls self-signed` on a config that points at the operator's own files
 * points it back at the pair init manages. Returns the new text and values, and what changed.
 */
export function editConfig(existing: ExistingConfig, dir: string, values: ConfigValues): { text: string; values: Config; edits: ConfigEdit[] } {
  const doc = existing.document.clone();
  const edits: ConfigEdit[] = [];
  const targets = wanted(values);
  if (values.tls?.mode === 'self-signed') {
    const paths = resolvePaths(existing.values, dir);
    if (paths.certFile !== resolve(dir, SELF_SIGNED_CERT)) targets.push([['server', 'tls', 'cert_file'], SELF_SIGNED_CERT]);
    if (paths.keyFile !== resolve(dir, SELF_SIGNED_KEY)) targets.push([['server', 'tls', 'key_file'], SELF_SIGNED_KEY]);
  }
  for (const [path, value] of targets) {
    const from = getAt(existing.values, path);
    if (from === value) continue;
    doc.setIn(path, value);
    edits.push({ key: path.join('.'), from, to: value });
  }
  return { text: doc.toString(), values: parseConfig(doc.toJS(), existing.file), edits };
}
