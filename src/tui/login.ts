/** POST /api/v1/login (docs/auth.md): a token for an agent's or admin's username and password. */
export async function loginOverHttp(baseUrl: string, username: string, password: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(new URL('/api/v1/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new Error(`cannot reach ${baseUrl}${cause ? ` (${cause})` : ''}`);
  }
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: { code?: string; message?: string } };
  if (res.ok && typeof body.token === 'string') return body.token;
  const retry = res.headers.get('retry-after');
  const message = body.error?.message ?? `HTTP ${res.status}`;
  throw new Error(retry ? `${message}; try again in ${retry} s` : message);
}

/** The WebSocket address of a server given as http(s)://host:port. */
export function webSocketUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/ws';
  url.search = '';
  return url.toString();
}
