import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { WukfError } from '../../proto/errors.js';
import type { CliIo } from '../io.js';
import { addCredentialOptions, AGENT_TOKENS_ENV, benchCredentials } from './bench-credentials.js';
import { integerFlag, stringFlag } from '../options.js';

/** What every `wukf bench` scenario that loads a server shares: its options and where its load goes. */
export const int = (min: number, max: number) => integerFlag(z.number().int().min(min).max(max), `an integer ${min}-${max}`);

export const common = {
  workers: int(1, 16).default(2),
  json: z.boolean().default(false),
  cpuProf: stringFlag(z.string().min(1), 'a directory').optional(),
  embedded: z.boolean().optional(),
  url: stringFlag(z.string().min(1), 'http(s)://host:port of a running wukf').optional(),
  // Checked and read by benchCredentials: tokens never come from argv.
  tokenFile: z.string().optional(),
  adminTokenFile: z.string().optional(),
  token: z.unknown().optional(),
  adminToken: z.unknown().optional(),
};

/** Where the load goes: the embedded server (default) or --url with its credentials (files or environment). */
export function targetOf(io: CliIo, o: { embedded?: boolean; url?: string; tokenFile?: string; adminTokenFile?: string; cpuProf?: string }, needsAgents: boolean) {
  const usage = (message: string) => new WukfError('WUKF_E_USAGE', message);
  const { tokens, adminToken } = benchCredentials(io, o);
  if (o.url === undefined) {
    if (o.tokenFile !== undefined || o.adminTokenFile !== undefined) throw usage('--token-file and --admin-token-file go with --url (the embedded server makes its own accounts)');
    return {};
  }
  if (o.embedded) throw usage('--embedded and --url exclude each other: the bench either starts its own server or loads a running one');
  if (o.cpuProf !== undefined) throw usage('--cpu-prof profiles the embedded server only; profile a running server with node --cpu-prof');
  if (needsAgents && tokens.length === 0) throw usage(`--url needs at least one agent token (POST /api/v1/login as an agent) for the agent side of each pair: --token-file <file> or ${AGENT_TOKENS_ENV}`);
  return { url: o.url, tokens, adminToken };
}

const CPU_PROF_HELP = 'write a V8 CPU profile of the server (.cpuprofile) into this directory';

/** The profile directory, absolute: the server runs with a working directory of its own choosing. */
export function profileDir(dir: string | undefined): string | undefined {
  if (dir === undefined) return undefined;
  try {
    mkdirSync(resolve(dir), { recursive: true });
  } catch (err) {
    throw new WukfError('WUKF_E_USAGE', `--cpu-prof: cannot create ${resolve(dir)}: ${(err as Error).message}`);
  }
  return resolve(dir);
}

/** The options that choose the server under load, shared by the scenarios that load one. */
export function withTarget(command: Command): Command {
  return addCredentialOptions(command
    .option('--embedded', 'start a throwaway server in a temp dir and load it (the default)')
    .option('--url <url>', 'load a running wukf at http(s)://host:port instead'))
    .option('--cpu-prof <dir>', CPU_PROF_HELP);
}
