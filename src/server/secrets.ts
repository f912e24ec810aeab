import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { WukfError } from '../proto/errors.js';

/** Fewer bytes than this is too easy to guess for a signing or HMAC key. */
export const MIN_SECRET_BYTES = 32;

/**
 * A new random secret as the text of a secret file: 32 random bytes, base64url, and a newline. The key
 * is the text itself (without the newline), so an app backend sharing the identity HMAC key can use the
 * file's contents as they are.
 */
export function generateSecret(): string {
  return `${randomBytes(32).toString('base64url')}\n`;
}

/**
 * Reads a secret key file: its trimmed contents are the key. Refuses a file that is missing, holds fewer
 * than 32 bytes, or that group or others may read or write, with WUKF_E_SECRET_INVALID naming the file
 * and the fix.
 */
export function readSecret(file: string): Buffer {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const message =
      code === 'ENOENT'
        ? `${file}: not found (ENOENT). \`wukf init\` writes it; restore it from your backup, or point secrets.* in wukf.yaml at it.`
        : `${file}: cannot read (${code})`;
    throw new WukfError('WUKF_E_SECRET_INVALID', message, { cause: err });
  }
  if (!stats.isFile()) throw new WukfError('WUKF_E_SECRET_INVALID', `${file}: not a regular file`);
  // Windows has no POSIX modes; there the directory's ACL protects the file.
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
    throw new WukfError('WUKF_E_SECRET_INVALID', `${file}: mode ${mode} lets group or others access a secret. Fix: chmod 600 ${file}`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new WukfError('WUKF_E_SECRET_INVALID', `${file}: cannot read (${code})`, { cause: err });
  }
  const key = Buffer.from(text.trim(), 'utf8');
  if (key.length < MIN_SECRET_BYTES) {
    throw new WukfError(
      'WUKF_E_SECRET_INVALID',
      `${file}: holds ${key.length} bytes, at least ${MIN_SECRET_BYTES} are needed. Fix: replace it with a new random value, e.g. \`(umask 077 && openssl rand -base64 32 > ${file})\``,
    );
  }
  return key;
}
