/**
 * Which browser pages may talk to wukf. Browsers send an Origin header with cross-site requests and with
 * every WebSocket upgrade, and a page cannot forge it; apps, servers and the SDK in Node send none. So a
 * request without Origin is allowed (it still needs a token), and one with an Origin must come from
 * server.allowed_origins or from wukf's own origin. This is what stops a hostile page from riding a
 * visitor's or agent's browser into the API (cross-site WebSocket hijacking).
 */
export class OriginPolicy {
  private readonly any: boolean;
  private readonly listed: ReadonlySet<string>;
  private readonly own: () => readonly string[];

  /**
   * @param allowed server.allowed_origins, already normalised by the config schema.
   * @param own wukf's own origins; a function because the port is known only once the server listens.
   */
  constructor(allowed: readonly string[], own: () => readonly string[] = () => []) {
    this.any = allowed.includes('*');
    this.listed = new Set(allowed);
    this.own = own;
  }

  allows(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    if (this.any) return true;
    const normalised = normaliseOrigin(origin);
    if (normalised === undefined) return false;
    return this.listed.has(normalised) || this.own().includes(normalised);
  }
}

/** "HTTP://Example.com:80" -> "http://example.com"; undefined for "null" or anything that is not an origin. */
export function normaliseOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The origins under which wukf serves its own pages: the configured host and port with the scheme TLS
 * implies. A loopback or every-interface host is reached in a browser as localhost, 127.0.0.1 or [::1],
 * so all three count. With TLS, every name the certificate is issued for (`certificateNames`, wildcards
 * left out) counts too: a browser reaches wukf by those names, and by no name the certificate lacks.
 */
export function ownOrigins(host: string, port: number, tls: boolean, certificateNames: readonly string[] = []): string[] {
  const scheme = tls ? 'https' : 'http';
  const hosts = WILDCARD_HOSTS.has(host) || LOOPBACK_HOSTS.has(host) ? ['localhost', '127.0.0.1', '[::1]'] : [host];
  if (tls) hosts.push(...certificateNames.filter((name) => !name.startsWith('*')));
  const origins = hosts.map((h) => normaliseOrigin(`${scheme}://${h.includes(':') && !h.startsWith('[') ? `[${h}]` : h}:${port}`));
  return [...new Set(origins.filter((o): o is string => o !== undefined))];
}
