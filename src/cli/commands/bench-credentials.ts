import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { WukfError } from '../../proto/errors.js';
import type { CliIo } from '../io.js';

/** The environment variables the bench reads tokens from when no file is given. */
export const AGENT_TOKENS_ENV = 'WUKF_BENCH_AGENT_TOKENS';
export const ADMIN_TOKEN_ENV = 'WUKF_BENCH_ADMIN_TOKEN';

export interface BenchCredentials {
  tokens: string[];
  adminToken?: string;
}

/**
 * Declares where `--url` credentials come from: files or the environment, never argv, which `ps` shows
 * to every user of the machine and shells keep in their history. The old `--token` and `--admin-token`
 * are kept, hidden, only to say so.
 */
export function addCredentialOptions(command: Command): Command {
  return command
    .option('--token-file <file>', `with --url: agent tokens, one per line, for the agent sides (each holds up to the server's max_connections_per_identity; or set ${AGENT_TOKENS_ENV}, space-separated)`)
    .option('--admin-token-file <file>', `with --url: an admin token, for the server figures from GET /api/v1/admin/stats (or set ${ADMIN_TOKEN_ENV})`)
    .addOption(new Option('--token <token>').hideHelp())
    .addOption(new Option('--admin-token <token>').hideHelp());
}

/** The tokens of a file: one per line; blank lines and lines starting with # are skipped. */
function readTokens(io: CliIo, flag: string, file: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new WukfError('WUKF_E_USAGE', `${flag}: cannot read ${resolve(io.cwd, file)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const tokens = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
  if (tokens.length === 0) throw new WukfError('WUKF_E_USAGE', `${flag}: ${file} holds no token`);
  return tokens;
}

/** The credentials of the parsed options: a file first, else the environment variable. */
export function benchCredentials(io: CliIo, raw: Record<string, unknown>): BenchCredentials {
  if (raw.token !== undefined || raw.adminToken !== undefined) {
    const flag = raw.token !== undefined ? '--token' : '--admin-token';
    throw new WukfError(
      'WUKF_E_USAGE',
      `${flag} is no longer accepted: a token on the command line shows in ps and in shell history. Put it in a file (${flag}-file <file>) or in ${flag === '--token' ? AGENT_TOKENS_ENV : ADMIN_TOKEN_ENV}`,
    );
  }
  const fromEnv = (name: string) => (io.env[name] ?? '').split(/[\s,]+/).filter(Boolean);
  const tokens = typeof raw.tokenFile === 'string' ? readTokens(io, '--token-file', raw.tokenFile) : fromEnv(AGENT_TOKENS_ENV);
  const admin = typeof raw.adminTokenFile === 'string' ? readTokens(io, '--admin-token-file', raw.adminTokenFile) : fromEnv(ADMIN_TOKEN_ENV);
  if (admin.length > 1) throw new WukfError('WUKF_E_USAGE', `${typeof raw.adminTokenFile === 'string' ? '--admin-token-file' : ADMIN_TOKEN_ENV}: expected one admin token, got ${admin.length}`);
  return { tokens, adminToken: admin[0] };
}
