import { WukfClientError } from './errors.js';

/*
 * Why a client could not reach the server, in words an operator can act on. Node's fetch throws a bare
 * "TypeError: fetch failed" and puts the socket's error in `cause`; the `ws` package hands over the
 * socket's error itself. Both carry Node's code (DEPTH_ZERO_SELF_SIGNED_CERT, ECONNREFUSED …). Browsers
 * say nothing about the reason (they show it in the developer console only), so there the message stays
 * general. No Node built-ins here: the SDK runs in browsers too.
 */

const GUIDE = "wukf's docs/tls.md";

/** The certificate chain does not lead to an authority this client trusts. */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

const NO_HOST = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']);
const NO_ANSWER = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

interface Cause {
  code: string;
  message: string;
  /** A name mismatch: the names the certificate does cover ("DNS:a, IP Address:b"), from Node's peer certificate. */
  names?: string;
}

/** The first error with a code along the cause chain (an AggregateError's first error too: Node tries each address). */
function findCause(err: unknown): Cause | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, message, cause, errors, cert } = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; cert?: { subjectaltname?: unknown } };
    if (typeof code === 'string' && code !== '') {
      const names = typeof cert?.subjectaltname === 'string' ? cert.subjectaltname.replace(/(DNS|IP Address):/g, '') : undefined;
      return { code, message: typeof message === 'string' ? message : code, names };
    }
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

/** "https://host:port" of a URL, for messages (never a path or a query, which could hold a token). */
function origin(url: string): { origin: string; hostname: string; https: boolean } {
  try {
    const parsed = new URL(url);
    const https = parsed.protocol === 'https:' || parsed.protocol === 'wss:';
    return { origin: `${https ? 'https' : 'http'}://${parsed.host}`, hostname: parsed.hostname, https };
  } catch {
    return { origin: url, hostname: url, https: false };
  }
}

/**
 * A failure to reach `url` (fetch's rejection, or the error a WebSocket reported), as a WukfClientError
 * that says what is wrong and how to fix it: WUKF_E_TLS_UNTRUSTED when the server's certificate was
 * refused, WUKF_E_UNREACHABLE otherwise. The original error is its cause.
 */
export function unreachable(url: string, err: unknown): WukfClientError {
  const where = origin(url);
  const cause = findCause(err);
  const code = cause?.code ?? '';
  const fail = (errorCode: 'WUKF_E_TLS_UNTRUSTED' | 'WUKF_E_UNREACHABLE', why: string) =>
    new WukfClientError(errorCode, `cannot reach ${where.origin}: ${why}`, { cause: err });

  if (UNTRUSTED.has(code)) {
    return fail(
      'WUKF_E_TLS_UNTRUSTED',
      `its TLS certificate is not trusted here (${code}: self-signed, or from an authority this machine does not know). ` +
        `Trust it: copy the server's tls/cert.pem (in its config directory) to this machine and run Node with NODE_EXTRA_CA_CERTS=/path/to/cert.pem, ` +
        `or give the server a certificate from a public authority; see ${GUIDE}`,
    );
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return fail(
      'WUKF_E_TLS_UNTRUSTED',
      `its TLS certificate does not cover the name ${where.hostname} (${cause!.names ? `it covers ${cause!.names}` : cause!.message}; ${code}). ` +
        `Connect by a name the certificate covers, or give the server a certificate for this one (a self-signed one names it with wukf init --tls-names); see ${GUIDE}`,
    );
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return fail('WUKF_E_TLS_UNTRUSTED', `its TLS certificate has expired (${code}); the server needs a renewed one (wukf doctor shows its dates; see ${GUIDE})`);
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return fail('WUKF_E_TLS_UNTRUSTED', `its TLS certificate is not valid yet (${code}): this machine's clock or the server's is wrong`);
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO') {
    return fail('WUKF_E_UNREACHABLE', `the server does not speak TLS on that port (${code}); is it plain HTTP (server.tls.enabled: false)? Then use http://`);
  }
  if (code === 'ECONNREFUSED') return fail('WUKF_E_UNREACHABLE', `nothing is listening there (${code}); is wukf running, on that host and port?`);
  if (NO_HOST.has(code)) return fail('WUKF_E_UNREACHABLE', `the host name ${where.hostname} does not resolve (${code})`);
  if (NO_ANSWER.has(code)) return fail('WUKF_E_UNREACHABLE', `no answer (${code}); a firewall, or the wrong address?`);
  if ((code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') && !where.https) {
    return fail('WUKF_E_UNREACHABLE', `the connection was closed before an answer (${code}); if the server uses TLS, use https://`);
  }
  const detail = cause ? `${cause.message} (${code})` : err instanceof Error ? err.message : String(err);
  return fail('WUKF_E_UNREACHABLE', detail);
}
