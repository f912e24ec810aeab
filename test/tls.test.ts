import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WukfError } from '../src/proto/errors.js';
import { certificateCovers, certificateSans, generateSelfSigned, loadTlsPair } from '../src/server/tls.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wukf-tls-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writePair(name: string, pair: { cert: string; key: string }): { certFile: string; keyFile: string } {
  const certFile = join(dir, `${name}-cert.pem`);
  const keyFile = join(dir, `${name}-key.pem`);
  writeFileSync(certFile, pair.cert);
  writeFileSync(keyFile, pair.key, { mode: 0o600 });
  return { certFile, keyFile };
}

function openssl(args: string[], input: string): string | undefined {
  try {
    return execFileSync('openssl', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The DER encoding of the OID sha256WithRSAEncryption (1.2.840.113549.1.1.11). */
const SHA256_WITH_RSA = Buffer.from('06092a864886f70d01010b', 'hex');

function catchError(fn: () => unknown): WukfError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(WukfError);
    return err as WukfError;
  }
  throw new Error('expected an error');
}

describe('generateSelfSigned', () => {
  it('writes a pair that loadTlsPair accepts, for the host and the local names', async () => {
    const { certFile, keyFile } = writePair('a', await generateSelfSigned('chat.example.com'));
    const { cert, certPem, keyPem } = loadTlsPair(certFile, keyFile);
    expect(certPem).toContain('BEGIN CERTIFICATE');
    expect(keyPem).toContain('PRIVATE KEY');
    expect(cert.subject).toBe('CN=chat.example.com');
    expect(certificateSans(cert)).toEqual(['chat.example.com', 'localhost', '127.0.0.1', '::1']);
    expect(certificateCovers(cert, 'chat.example.com')).toBe(true);
    expect(certificateCovers(cert, '127.0.0.1')).toBe(true);
    expect(certificateCovers(cert, '0.0.0.0')).toBe(true);
    expect(certificateCovers(cert, 'other.example.com')).toBe(false);
    expect(certificateCovers(cert, '10.0.0.5')).toBe(false);
  });

  it('puts an IP host in an IP SAN, leaves wildcard hosts out and lists no name twice', async () => {
    const ip = new X509Certificate((await generateSelfSigned('192.168.1.20')).cert);
    expect(ip.subjectAltName).toContain('IP Address:192.168.1.20');
    expect(ip.subjectAltName).not.toContain('DNS:192.168.1.20');
    expect(certificateCovers(ip, '192.168.1.20')).toBe(true);

    const local = new X509Certificate((await generateSelfSigned('127.0.0.1')).cert);
    expect(certificateSans(local)).toEqual(['127.0.0.1', 'localhost', '::1']);

    const wildcard = new X509Certificate((await generateSelfSigned('0.0.0.0')).cert);
    expect(certificateSans(wildcard)).toEqual(['localhost', '127.0.0.1', '::1']);
  });

  it('signs with SHA-256, is valid for the requested days and is a server (not CA) certificate', async () => {
    const pair = await generateSelfSigned('localhost', { days: 30 });
    const cert = new X509Certificate(pair.cert);
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toContain('1.3.6.1.5.5.7.3.1');
    const daysLeft = (new Date(cert.validTo).getTime() - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(29);
    expect(daysLeft).toBeLessThanOrEqual(30);
    expect(new Date(cert.validFrom).getTime()).toBeLessThanOrEqual(Date.now());

    const text = openssl(['x509', '-noout', '-text'], pair.cert);
    if (text !== undefined) {
      expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
      expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Key Encipherment/);
      expect(text).toContain('TLS Web Server Authentication');
    } else {
      expect(cert.raw.includes(SHA256_WITH_RSA)).toBe(true);
    }
  });

  it('defaults to 825 days', async () => {
    const cert = new X509Certificate((await generateSelfSigned('localhost')).cert);
    const days = Math.round((new Date(cert.validTo).getTime() - Date.now()) / 86_400_000);
    expect(days).toBe(825);
  });
});

describe('loadTlsPair', () => {
  it('refuses a certificate with the key of another pair', async () => {
    const [a, b] = await Promise.all([generateSelfSigned('localhost'), generateSelfSigned('localhost')]);
    const { certFile } = writePair('a', a);
    const { keyFile } = writePair('b', b);
    const err = catchError(() => loadTlsPair(certFile, keyFile));
    expect(err.code).toBe('WUKF_E_TLS_INVALID');
    expect(err.message).toBe(`certificate ${certFile} and key ${keyFile} do not match`);
  });

  it('names the file that is not PEM', async () => {
    const { certFile, keyFile } = writePair('a', await generateSelfSigned('localhost'));
    const garbage = join(dir, 'garbage.pem');
    writeFileSync(garbage, 'this is not a certificate\n');

    const badCert = catchError(() => loadTlsPair(garbage, keyFile));
    expect(badCert.code).toBe('WUKF_E_TLS_INVALID');
    expect(badCert.message).toContain(`${garbage}: not a PEM certificate`);

    const badKey = catchError(() => loadTlsPair(certFile, garbage));
    expect(badKey.code).toBe('WUKF_E_TLS_INVALID');
    expect(badKey.message).toContain(`${garbage}: not a PEM private key`);
  });

  it('names a missing file', async () => {
    const { keyFile } = writePair('a', await generateSelfSigned('localhost'));
    const missing = join(dir, 'missing.pem');
    const err = catchError(() => loadTlsPair(missing, keyFile));
    expect(err.code).toBe('WUKF_E_TLS_INVALID');
    expect(err.message).toBe(`${missing}: cannot read (ENOENT)`);
  });
});
