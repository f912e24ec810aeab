import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostSchema, portSchema } from '../../server/config/index.js';
import { isWildcardHost } from '../../server/tls.js';
import { validateUsername } from '../../server/domain/agent.js';

/*
 * Checks of init's answers that work the same for a flag and for a prompt: each returns what is wrong, in
 * words that name the value and never a flag (a prompt's answer came from no flag), or undefined when the
 * value is fine. The command prefixes the flag's name where a flag gave the value.
 */

export function hostProblem(value: string): string | undefined {
  return hostSchema.safeParse(value).success ? undefined : `expected a host name or IP address, got ${JSON.stringify(value)}`;
}

export function portProblem(value: string): string | undefined {
  return /^\d+$/.test(value.trim()) && portSchema.safeParse(Number(value)).success ? undefined : 'expected an integer 1-65535';
}

export function usernameProblem(value: string): string | undefined {
  try {
    validateUsername(value);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/** "a.example.com, 203.0.113.7" -> the names, or what is wrong with the first bad one. */
export function parseTlsNames(text: string): { names: string[] } | { problem: string } {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  for (const name of names) {
    if (isWildcardHost(name)) return { problem: `${name} is a listen address, not a name clients connect to; give the public host name or IP address` };
    if (isIP(name) === 0 && !HOST_NAME.test(name)) return { problem: `${JSON.stringify(name)} is not a host name or IP address` };
  }
  return { names };
}

/** The default of the TLS names prompt: the listen host when clients can reach the server by it. */
export function defaultTlsNames(host: string): string {
  const local = host === 'localhost' || host === '::1' || /^127\./.test(host);
  return isWildcardHost(host) || local ? '' : host;
}

function readProblem(file: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: `${file}: no such file` };
    if (code === 'EACCES' || code === 'EPERM') return { problem: `${file}: permission denied (run init as a user who can read it)` };
    if (code === 'EISDIR') return { problem: `${file}: a directory, not a file` };
    return { problem: `${file}: cannot read (${code ?? String(err)})` };
  }
}

/** A readable PEM certificate. */
export function certProblem(file: string): string | undefined {
  const read = readProblem(file);
  if ('problem' in read) return read.problem;
  try {
    new X509Certificate(read.text);
    return undefined;
  } catch {
    return `${file}: not a PEM certificate (expected a file starting with -----BEGIN CERTIFICATE-----)`;
  }
}

/** A readable, unencrypted PEM private key that belongs to the certificate in `certFile`. */
export function keyProblem(file: string, certFile: string): string | undefined {
  const read = readProblem(file);
  if ('problem' in read) return read.problem;
  let key;
  try {
    key = createPrivateKey(read.text);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MISSING_PASSPHRASE') return `${file}: the key is encrypted; wukf needs it without a passphrase (openssl pkey -in ${file} -out key.pem)`;
    return `${file}: not a PEM private key (expected a file starting with -----BEGIN PRIVATE KEY----- or similar)`;
  }
  let matches = false;
  try {
    matches = new X509Certificate(readFileSync(certFile, 'utf8')).checkPrivateKey(key);
  } catch {
    // An unreadable certificate is reported on its own; a key of another type throws instead of answering.
  }
  return matches ? undefined : `${file}: not the key of ${certFile} (the certificate and key do not match)`;
}
