import WebSocket from 'ws';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

/** POSTs JSON to a wukf route; `origin` plays a browser page. */
export async function postJson(url: string, body: unknown, opts: { origin?: string } = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.origin) headers.origin = opts.origin;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await postJson(`${baseUrl}/api/v1/login`, { username, password });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export type UpgradeOutcome =
  | { opened: true; protocol: string; socket: WebSocket }
  | { opened: false; status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, any> };

/**
 * Tries a WebSocket upgrade with a real `ws` client and reports whether it opened (the caller closes
 * the socket) or the plain HTTP refusal the server answered with.
 */
export function attemptUpgrade(
  url: string,
  opts: { bearer?: string; protocols?: string[]; origin?: string; headers?: Record<string, string> } = {},
): Promise<UpgradeOutcome> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  if (opts.origin) headers.origin = opts.origin;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, opts.protocols ?? [], { headers });
    ws.on('open', () => resolve({ opened: true, protocol: ws.protocol, socket: ws }));
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ opened: false, status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Record<string, any> }));
      res.on('error', reject);
    });
    ws.on('error', (err) => reject(err));
  });
}

/** Closes an opened socket and waits for the close handshake. */
export async function closeSocket(outcome: UpgradeOutcome): Promise<void> {
  if (!outcome.opened) return;
  const ws = outcome.socket;
  if (ws.readyState === WebSocket.CLOSED) return;
  await new Promise<void>((resolve) => {
    ws.once('close', () => resolve());
    ws.close(1000);
  });
}
