import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isIP, isIPv6 } from 'node:net';
import { generate } from 'selfsigned';
import { WukfError } from '../proto/errors.js';

/** Listen addresses that mean "every interface"; they are never a name a client connects to. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::']);

const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'];

export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host);
}

/** A name or address that only reaches this machine: a certificate naming only these serves no other client. */
export function isLoopbackName(name: string): boolean {
  const lower = name.toLowerCase();
  if (isIP(lower) === 4) return lower.startsWith('127.');
  if (isIP(lower) === 6) return canonicalIp(lower) === '::1';
  return lower === 'localhost' || lower.endsWith('.localhost');
}

/** "0:0:0:0:0:0:0:1" and "::1" are one address; compare and show the short form. */
function canonicalIp(ip: string): string {
  return isIPv6(ip) ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}

/**
 * The names a self-signed certificate for `host` is issued for: the host itself unless it is a wildcard
 * listen address (0.0.0.0 and :: are never a name a client connects to), the operator's public names
 * (`wukf init --tls-names`), then localhost, 127.0.0.1 and ::1 so local tools and the TUI can connect.
 * Lower-cased, IPs in canonical form, each once, in that order.
 */
export function selfSignedNames(host: string, extraNames: readonly string[] = []): string[] {
  const names = new Set<string>();
  for (const name of [host, ...extraNames, ...LOCAL_NAMES]) {
    if (isWildcardHost(name)) continue;
    names.add(isIP(name) ? canonicalIp(name) : name.toLowerCase());
  }
  return [...names];
}

/**
 * A self-signed server certificate for selfSignedNames(host, names). RSA 2048 rather than EC:
 * keyEncipherment is only meaningful for RSA keys, and RSA is what every client accepts.
 */
export async function generateSelfSigned(host: string, opts: { days?: number; names?: readonly string[] } = {}): Promise<{ cert: string; key: string }> {
  const days = opts.days ?? 825;
  // Backdated a little so a client whose clock runs slightly behind does not see a not-yet-valid cert.
  const notBeforeDate = new Date(Date.now() - 5 * 60_000);
  const notAfterDate = new Date(Date.now() + days * 86_400_000);
  const names = selfSignedNames(host, opts.names);
  const altNames = names.map((name) => (isIP(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name }));

  const pems = await generate([{ name: 'commonName', value: names[0] ?? 'localhost' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

function readPem(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new WukfError('WUKF_E_TLS_INVALID', `${file}: cannot read (${code})`, { cause: err });
  }
}

/**
 * Reads and parses a certificate and its private key and checks that they belong together. Every
 * failure is WUKF_E_TLS_INVALID naming the file at fault.
 */
export function loadTlsPair(certFile: string, keyFile: string): { cert: X509Certificate; certPem: string; keyPem: string } {
  const certPem = readPem(certFile);
  const keyPem = readPem(keyFile);
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch (err) {
    throw new WukfError('WUKF_E_TLS_INVALID', `${certFile}: not a PEM certificate (${(err as Error).message})`, { cause: err });
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch (err) {
    const why = (err as { code?: string }).code === 'ERR_MISSING_PASSPHRASE' ? 'it is encrypted; wukf needs an unencrypted key' : (err as Error).message;
    throw new WukfError('WUKF_E_TLS_INVALID', `${keyFile}: not a PEM private key (${why})`, { cause: err });
  }
  let matches: boolean;
  try {
    matches = cert.checkPrivateKey(key);
  } catch {
    // Different key types (an EC key for an RSA certificate) throw instead of answering false.
    matches = false;
  }
  if (!matches) throw new WukfError('WUKF_E_TLS_INVALID', `certificate ${certFile} and key ${keyFile} do not match`);
  return { cert, certPem, keyPem };
}

/**
 * The DNS names and IP addresses a certificate is issued for, without their "DNS:" / "IP Address:"
 * prefixes. Other kinds of name (email, URI) are left out: a server is never reached by them.
 */
export function certificateSans(cert: X509Certificate): string[] {
  const text = cert.subjectAltName;
  if (!text) return [];
  const out: string[] = [];
  // Node quotes an entry as a JSON string when it contains a comma or other special characters.
  for (const match of text.matchAll(/(DNS|IP Address|[A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)(?:, |$)/g)) {
    const kind = match[1];
    const raw = match[2] ?? '';
    const value = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
    if (kind === 'DNS') out.push(value);
    else if (kind === 'IP Address') out.push(canonicalIp(value));
  }
  return out;
}

/**
 * Whether a client connecting to `host` would accept the certificate: a DNS name (wildcards as TLS
 * clients match them) or an IP address in its subjectAltName. The subject's CN is ignored, as browsers
 * ignore it. A wildcard listen address is reached locally as localhost, so that is what must be covered.
 */
export function certificateCovers(cert: X509Certificate, host: string): boolean {
  if (isWildcardHost(host)) return certificateCovers(cert, 'localhost');
  if (isIP(host)) return cert.checkIP(host) !== undefined;
  return cert.checkHost(host, { subject: 'never' }) !== undefined;
}

/** Who besides the owner may read a private key file. */
export interface KeyExposure {
  file: string;
  /** Octal, as chmod takes it: "0644". */
  mode: string;
  readers: 'group' | 'others' | 'group and others';
}

/**
 * Whether group or others may read the TLS private key: undefined when only the owner can (or on Windows,
 * where the mode bits say nothing, or when the file cannot be read, which loadTlsPair reports). Anyone who
 * reads the key can impersonate the server, so `wukf doctor` and `wukf start` warn about it.
 */
export function keyFileExposure(file: string): KeyExposure | undefined {
  if (process.platform === 'win32') return undefined;
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return undefined;
  }
  const group = (mode & 0o040) !== 0;
  const others = (mode & 0o004) !== 0;
  if (!group && !others) return undefined;
  return { file, mode: (mode & 0o777).toString(8).padStart(4, '0'), readers: group && others ? 'group and others' : group ? 'group' : 'others' };
}
