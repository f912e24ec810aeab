import type { X509Certificate } from 'node:crypto';
import type { LoadedConfig } from '../../server/config/index.js';
import { certificateCovers, certificateSans, isLoopbackName, isWildcardHost, keyFileExposure, loadTlsPair } from '../../server/tls.js';
import { check, errorText, type DoctorCheck } from './doctor-check.js';

/**
 * A certificate this close to its end is flagged: Let's Encrypt renews at 30 days left, so a certificate
 * past that point means renewal is not working.
 */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
const GUIDE = 'docs/tls.md';

/** The TLS part of `wukf doctor`: the pair, its validity, the names it covers and who can read the key. */
export function checkTls(config: LoadedConfig, now: Date): DoctorCheck[] {
  const { host, tls } = config.values.server;
  if (!tls.enabled) {
    return isLoopbackName(host)
      ? [check('tls', 'ok', `disabled (plain HTTP on ${host}; put a TLS-terminating proxy in front for remote clients)`)]
      : [check('tls', 'warn', `disabled, and server.host ${host} is reachable from other machines over plain HTTP. Fix: set server.tls.enabled: true, or listen on 127.0.0.1 behind a TLS-terminating proxy`)];
  }
  const { certFile, keyFile } = config.paths;
  let cert: X509Certificate;
  try {
    cert = loadTlsPair(certFile, keyFile).cert;
  } catch (err) {
    const skipped = (name: string) => check(name, 'skip', 'not checked (no usable certificate)');
    return [
      check('tls certificate', 'fail', `${errorText(err)}. Fix: point server.tls.cert_file and key_file at a matching PEM pair`),
      skipped('tls key'),
      skipped('tls validity'),
      skipped('tls names'),
    ];
  }
  return [check('tls certificate', 'ok', `${certFile} and ${keyFile} match`), checkKeyMode(keyFile), checkValidity(cert, certFile, keyFile, now), checkNames(cert, host)];
}

function checkKeyMode(keyFile: string): DoctorCheck {
  const exposed = keyFileExposure(keyFile);
  if (!exposed) return check('tls key', 'ok', `${keyFile} is readable by its owner only`);
  return check(
    'tls key',
    'warn',
    `${keyFile} has mode ${exposed.mode}: ${exposed.readers} can read the private key, and whoever reads it can impersonate this server. Fix: chmod 600 ${keyFile} (owned by the user wukf runs as; ${GUIDE} shows how with Let's Encrypt)`,
  );
}

function checkValidity(cert: X509Certificate, certFile: string, keyFile: string, now: Date): DoctorCheck {
  const validFrom = new Date(cert.validFrom);
  const validTo = new Date(cert.validTo);
  const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
  const renew = `Fix: replace ${certFile} and ${keyFile} with a renewed pair (a running wukf picks it up: ${GUIDE})`;
  if (now < validFrom) return check('tls validity', 'fail', `not valid before ${validFrom.toISOString()}. Fix: check this machine's clock, or use a certificate that is valid now`);
  if (now > validTo) return check('tls validity', 'fail', `expired on ${validTo.toISOString()}; clients refuse to connect. ${renew}`);
  if (daysLeft < EXPIRY_WARNING_DAYS) return check('tls validity', 'warn', `expires on ${validTo.toISOString()}, in ${daysLeft} days (less than ${EXPIRY_WARNING_DAYS}). ${renew}`);
  return check('tls validity', 'ok', `valid until ${validTo.toISOString()} (${daysLeft} days)`);
}

/**
 * What clients may type to reach this server. A wildcard listen address is no name at all, so doctor
 * cannot say the certificate "covers" it: it lists the names and says clients must use one of them.
 */
function checkNames(cert: X509Certificate, host: string): DoctorCheck {
  const sans = certificateSans(cert);
  const names = sans.length > 0 ? sans.join(', ') : 'none';
  const onlyLoopback = sans.every(isLoopbackName);
  const rename = `Fix: use a certificate for the names clients connect to (a self-signed one names them with init's --tls-names; your own certificate: ${GUIDE})`;
  if (isWildcardHost(host)) {
    if (onlyLoopback) {
      return check('tls names', 'warn', `listening on ${host} (every interface), but the certificate covers only this machine's loopback names (${names}): clients on other machines will refuse it. ${rename}`);
    }
    return check('tls names', 'ok', `listening on ${host} (every interface); the certificate covers only ${names}: clients must connect by one of these names`);
  }
  if (!certificateCovers(cert, host)) {
    return check(
      'tls names',
      'fail',
      `server.host ${host} is not among the certificate's names (${names}); clients connecting to ${host} will reject it. Fix: use a certificate issued for ${host}, or set server.host to one of its names`,
    );
  }
  return check('tls names', 'ok', `${host} is covered; the certificate covers ${names}`);
}
