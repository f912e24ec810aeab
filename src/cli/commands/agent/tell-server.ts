import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { initialPasswordPath, readInitialPassword } from '../../../server/auth/initial-password.js';
import { verifyPassword } from '../../../server/auth/password.js';
import type { LoadedConfig } from '../../../server/config/index.js';
import { isWukfError, WukfError } from '../../../proto/errors.js';
import type { CliIo } from '../../io.js';
import { askRunningServer } from '../../running-server.js';

/**
 * After the store was changed (revoke, passwd, a new role, remove): asks the running `wukf start` of this
 * directory, over its control socket, to close the account's live connections whose token no longer holds,
 * at once rather than at the next ping round. It answers once what they sent before has been committed or
 * refused, so nothing they send after this returns is stored. Without a running server there is nothing
 * to close: every later connect is refused by the store.
 */
export async function closeStaleConnections(io: CliIo, config: LoadedConfig, username: string): Promise<void> {
  let answer;
  try {
    answer = await askRunningServer(config, 'POST', `/api/v1/admin/agents/${encodeURIComponent(username)}/refresh`);
  } catch (err) {
    const code = isWukfError(err) ? err.code : 'WUKF_E_NOT_READY';
    throw new WukfError(code, `the change to ${username} is stored, but the running server was not told (${(err as Error).message}); their live connections close at its next ping round`, { cause: err });
  }
  if (answer === undefined) return;
  const closed = (answer.body as { closedConnections?: number } | undefined)?.closedConnections ?? 0;
  io.stdout.write(`the running server closed ${closed} live connection${closed === 1 ? '' : 's'} of ${username}\n`);
}

/**
 * After a change that leaves the account's tokens valid (groups, skills, capacity, hours): tells the running
 * server over the same route, which re-reads the account, so what it routes by is the stored account at
 * once. Nothing is closed, so nothing is printed; a server that cannot be told is a warning, not a failure:
 * the change is stored.
 */
export async function tellServerAgentChanged(io: CliIo, config: LoadedConfig, username: string): Promise<void> {
  try {
    await askRunningServer(config, 'POST', `/api/v1/admin/agents/${encodeURIComponent(username)}/refresh`);
  } catch (err) {
    io.stderr.write(`wukf: warning: the change to ${username} is stored, but the running server was not told (${(err as Error).message})\n`);
  }
}

/**
 * A new password makes the first admin's password file (auth/initial-password.ts) useless: it is deleted
 * when the password it holds was the account's old one.
 */
export async function forgetInitialPassword(io: CliIo, config: LoadedConfig, oldHash: string): Promise<void> {
  const path = initialPasswordPath(config.paths.dataDir);
  const stored = readInitialPassword(path);
  if (stored === undefined || !(await verifyPassword(stored, oldHash))) return;
  rmSync(path, { force: true });
  io.stdout.write(`deleted ${relative(config.dir, path)}: the password in it no longer works\n`);
}
