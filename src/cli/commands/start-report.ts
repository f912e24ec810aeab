import { existsSync } from 'node:fs';
import { version } from '../../install/index.js';
import { writeFileAtomic } from '../../install/files.js';
import { initialPasswordPath } from '../../server/auth/initial-password.js';
import { generatePassword, hashPassword } from '../../server/auth/password.js';
import type { LoadedConfig } from '../../server/config/index.js';
import type { ReadyInfo } from '../../server/lifecycle.js';
import type { Logger } from '../../server/logger.js';
import type { Store } from '../../server/store/index.js';
import { hint } from '../invocation.js';
import type { CliIo } from '../io.js';

/** The first admin of a database `wukf start --create-database` made, as `wukf init` names it. */
export const FIRST_ADMIN = 'admin';

/**
 * Whether start speaks to a person: the banner and a new admin's password go to a terminal, as text. With
 * stdout a file, a pipe or a supervisor's log, or with JSON logs asked for, every line is a log record.
 */
export function talksToPerson(io: CliIo, config: LoadedConfig): boolean {
  return Boolean(io.stdout.isTTY) && config.values.log.format !== 'json';
}

/**
 * The first admin in a database this start has just created, its password delivered as `wukf init`
 * delivers it: printed once on a terminal, otherwise in a 0600 file in the data directory whose path is
 * logged (a supervisor keeps stdout, and a password must not end up there).
 */
export async function createFirstAdmin(store: Store, io: CliIo, config: LoadedConfig, logger: Logger): Promise<void> {
  if ((await store.listAgents()).some((a) => a.role === 'admin')) return;
  const password = generatePassword();
  await store.createAgent(
    { username: FIRST_ADMIN, displayName: 'Administrator', role: 'admin', skills: [], languages: [], maxConcurrent: 10, timezone: 'UTC', hours: null },
    await hashPassword(password),
  );
  const file = initialPasswordPath(config.paths.dataDir);
  if (talksToPerson(io, config)) {
    io.stdout.write(`\nCreated the database ${config.paths.database} and its first admin. The password is shown only this once:\n  username: ${FIRST_ADMIN}\n  password: ${password}\n\n`);
    return;
  }
  writeFileAtomic(file, `${password}\n`, 0o600);
  logger.info({ database: config.paths.database, admin: FIRST_ADMIN, passwordFile: file }, 'created the database and its first admin; the password is in passwordFile (mode 0600)');
}

/** How the operator gets into the admin account, with a command that runs as printed. */
function adminLogin(info: ReadyInfo, io: CliIo, config: LoadedConfig): string {
  const passwordFile = initialPasswordPath(config.paths.dataDir);
  if (info.admins.length === 0) return `none yet; add one: ${hint(io, `agent add ${FIRST_ADMIN} --role admin`, config.dir)}`;
  const names = info.admins.join(', ');
  if (existsSync(passwordFile)) return `${names}; first password in ${passwordFile}`;
  return `${names}; forgot the password? ${hint(io, `agent passwd ${info.admins[0]}`, config.dir)}`;
}

/**
 * What start says once it serves: a banner on a terminal, a log record otherwise (the 'ready' record has
 * the URL; this one adds how to log in), so that with JSON logs every line on stdout is one JSON object.
 */
export function reportReady(info: ReadyInfo, io: CliIo, config: LoadedConfig, logger: Logger): void {
  const login = adminLogin(info, io, config);
  if (!talksToPerson(io, config)) {
    logger.info({ admins: info.admins, login }, 'admin login');
    return;
  }
  io.stdout.write(
    [
      '',
      `wukf ${version} is ready at ${info.url} (started in ${info.startupMs} ms)`,
      `  health:       ${info.url}/health`,
      `  WebSocket:    ${info.url.replace(/^http/, 'ws')}/ws`,
      `  widget demo:  ${info.url}/demo (the chat widget on a page; tag and API: docs/widget.md)`,
      `  admin login:  ${login}`,
      '  stop:         Ctrl-C or SIGTERM',
      '',
      '',
    ].join('\n'),
  );
}
