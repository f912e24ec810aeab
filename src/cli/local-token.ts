import { issueToken } from '../server/auth/tokens.js';
import type { LoadedConfig } from '../server/config/index.js';
import { readSecret } from '../server/secrets.js';
import { SqliteStore } from '../server/store/index.js';
import { isWildcardHost } from '../server/tls.js';
import { WukfError } from '../proto/errors.js';
import { hint } from './invocation.js';
import type { CliIo } from './io.js';
import { echo } from './options.js';

/** How long a token signed on the server's box lives; the console signs a new one for each connection. */
export const LOCAL_TOKEN_TTL_S = 15 * 60;

export interface LocalSigner {
  username: string;
  role: 'agent' | 'admin';
  /** A fresh token for the account, as of the token version read when the signer was made. */
  token(): string;
}

/**
 * Signs tokens with the config directory's token signing key, as `wukf tui --dir` does on the server's
 * machine (reading the key takes the secrets file, like redis-cli on the box). The account must exist:
 * `as`, or the first admin. Its token version is read once, so a `wukf agent revoke` while the console
 * runs still ends its connections instead of being signed around.
 */
export async function localSigner(io: Pick<CliIo, 'env' | 'cwd'>, config: LoadedConfig, as: string | undefined): Promise<LocalSigner> {
  const key = readSecret(config.paths.tokenSigningKey);
  const store = SqliteStore.open(config.paths.database);
  try {
    const agent = as !== undefined ? await store.getAgent(as) : (await store.listAgents()).find((a) => a.role === 'admin');
    if (!agent) {
      throw as !== undefined
        ? new WukfError('WUKF_E_AGENT_NOT_FOUND', `--as: no agent or admin is called ${echo(as)} in ${config.dir}`)
        : new WukfError('WUKF_E_AGENT_NOT_FOUND', `${config.dir} has no admin account; add one (${hint(io, 'agent add admin --role admin', config.dir)}) or pass --as <username>`);
    }
    const tv = await store.getTokenVersion(agent.username);
    if (tv === undefined) throw new WukfError('WUKF_E_AGENT_NOT_FOUND', `the account ${JSON.stringify(agent.username)} was removed`);
    return {
      username: agent.username,
      role: agent.role,
      token: () => issueToken(key, { kind: agent.role, sub: agent.username, tv }, Date.now(), LOCAL_TOKEN_TTL_S).token,
    };
  } finally {
    await store.close();
  }
}

/** The address a client on the server's own machine reaches it at. */
export function localBaseUrl(config: LoadedConfig): string {
  const { host, port, tls } = config.values.server;
  // A server on every interface is on the loopback one too.
  const reachable = isWildcardHost(host) ? '127.0.0.1' : host;
  const bracketed = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `${tls.enabled ? 'https' : 'http'}://${bracketed}:${port}`;
}
