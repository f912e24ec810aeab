import { login, WukfClientError } from '../client/index.js';

/**
 * POST /api/v1/login (docs/auth.md): a token for an agent's or admin's username and password. A server
 * that cannot be reached or whose certificate is not trusted is said so by the SDK's error, with the fix.
 */
export async function loginOverHttp(baseUrl: string, username: string, password: string): Promise<string> {
  try {
    return (await login(baseUrl, username, password)).token;
  } catch (err) {
    if (err instanceof WukfClientError && err.retryAfterMs) throw new Error(`${err.message}; try again in ${Math.ceil(err.retryAfterMs / 1000)} s`, { cause: err });
    throw err;
  }
}

/** The WebSocket address of a server given as http(s)://host:port. */
export function webSocketUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/ws';
  url.search = '';
  return url.toString();
}
