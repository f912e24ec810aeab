import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import YAML from 'yaml';
import { WukfError } from '../proto/errors.js';
import { defaultConfig, parseConfig, resolvePaths, type Config } from '../server/config/index.js';
import { CONFIG_FILE_NAME } from '../server/config/load.js';
import { certificateCovers, loadTlsPair } from '../server/tls.js';

/** A wukf.yaml already in the config directory: its text (comments and all) and what it says. */
export interface ExistingConfig {
  file: string;
  document: YAML.Document.Parsed;
  values: Config;
}

/**
 * Reads the wukf.yaml a re-run of `wukf init` keeps. A file that does not parse or validate is not edited
 * blindly: the error says what is wrong and how to start over from defaults instead.
 */
export function readExistingConfig(dir: string): ExistingConfig | undefined {
  const file = join(dir, CONFIG_FILE_NAME);
  if (!existsSync(file)) return undefined;
  const hint = `Fix it, or pass --reset-config to replace it with the defaults (the old file is backed up).`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new WukfError('WUKF_E_CONFIG_INVALID', `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  const document = YAML.parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new WukfError('WUKF_E_CONFIG_INVALID', `${file}: not valid YAML (${document.errors[0]!.message.split('\n')[0]}). ${hint}`);
  }
  try {
    return { file, document, values: parseConfig(document.toJS(), file) };
  } catch (err) {
    if (err instanceof WukfError) throw new WukfError(err.code, `${err.message}\n${hint}`, { cause: err });
    throw err;
  }
}

/** The database a config uses, and the admins in it (empty when the database does not exist yet). */
export function existingAdmins(database: string): string[] {
  if (!existsSync(database)) return [];
  let db: Database.Database;
  try {
    // Read-write so that closing removes the WAL index a read-only connection would leave behind; only
    // SELECTs run, and the schema is not migrated here.
    db = new Database(database, { fileMustExist: true });
  } catch {
    try {
      db = new Database(database, { readonly: true, fileMustExist: true });
    } catch (err) {
      throw new WukfError('WUKF_E_STORE_FAILED', `cannot read ${database} to find its admins: ${(err as Error).message}`, { cause: err });
    }
  }
  try {
    const rows = db.prepare("SELECT username FROM agents WHERE role = 'admin' ORDER BY id").all() as { username: string }[];
    return rows.map((r) => r.username);
  } catch (err) {
    // An empty file is a database without tables yet: it has no admin.
    if (/no such table/.test((err as Error).message)) return [];
    throw new WukfError('WUKF_E_STORE_FAILED', `cannot read the admins in ${database}: ${(err as Error).message}`, { cause: err });
  } finally {
    db.close();
  }
}

/** The config a plan starts from: the kept file's values, or the defaults for a new file. */
export function baseConfig(existing: ExistingConfig | undefined): Config {
  return existing ? structuredClone(existing.values) : defaultConfig();
}

export function databasePath(config: Config, dir: string): string {
  return resolvePaths(config, dir).database;
}

/**
 * Why an existing certificate and key cannot stay for the names asked for; undefined when they can. Only
 * called for the pair wukf init itself manages (tls/cert.pem and tls/key.pem).
 */
export function tlsPairProblem(certFile: string, keyFile: string, names: readonly string[]): string | undefined {
  if (!existsSync(certFile) || !existsSync(keyFile)) return 'missing';
  let cert;
  try {
    cert = loadTlsPair(certFile, keyFile).cert;
  } catch (err) {
    return err instanceof WukfError ? err.message : String(err);
  }
  const missing = names.filter((name) => !certificateCovers(cert, name));
  return missing.length === 0 ? undefined : `it does not name ${missing.join(', ')}`;
}

/** The admins of the database init would use: the kept wukf.yaml's, or the default one with --reset-config. */
export function installedAdmins(dir: string, resetConfig: boolean): string[] {
  const config = baseConfig(resetConfig ? undefined : readExistingConfig(dir));
  return existingAdmins(databasePath(config, dir));
}
