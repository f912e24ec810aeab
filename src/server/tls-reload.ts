import { statSync } from 'node:fs';
import type { Logger } from './logger.js';
import { certificateSans, loadTlsPair } from './tls.js';

/**
 * How often the certificate and key files are looked at. Renewals happen every couple of months and
 * a renewed certificate is valid well before the old one lapses, so a minute is prompt enough; each look
 * is two stat calls.
 */
export const TLS_CHECK_INTERVAL_MS = 60_000;

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** What a reload did: took a new pair, found the same one, or kept the old one because the new was bad. */
export type ReloadOutcome = 'reloaded' | 'unchanged' | 'failed';

/** Size, mtime and inode of both files: a renewal changes at least one of them, through symlinks too. */
function signature(files: TlsFiles): string {
  return [files.certFile, files.keyFile]
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch (err) {
        return (err as NodeJS.ErrnoException).code ?? 'unreadable';
      }
    })
    .join('|');
}

/**
 * Swaps a running HTTPS server's certificate when it is renewed (Let's Encrypt every ~60 days), without a
 * restart: on SIGHUP, and when the files change. New TLS handshakes get the new pair; connections already
 * open keep the one they were made with. A pair that does not load (unreadable, not PEM, cert and key not
 * matching) is refused with an error in the log and the server keeps serving the pair it has.
 *
 * A renewal writes two files, one after the other. A change is only acted on once the files have looked
 * the same for two checks in a row, so a check between the two writes does not try a mismatched pair.
 */
export class CertificateReloader {
  private served: string;
  /** The files' signature when the pair being served was read, so one renewal is loaded once. */
  private applied: string;
  private seen: string;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onSignal = () => void this.reload('SIGHUP');

  constructor(
    private readonly files: TlsFiles,
    /** Installs a pair for new connections (https.Server#setSecureContext). */
    private readonly apply: (pair: { cert: string; key: string }) => void,
    private readonly logger: Logger,
    /** The PEM certificate the server started with. */
    servedCert: string,
  ) {
    this.served = servedCert;
    this.applied = this.seen = signature(files);
  }

  /** Watches the files every intervalMs and reloads on SIGHUP, until stop(). */
  start(intervalMs = TLS_CHECK_INTERVAL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.poll(), intervalMs);
    this.timer.unref();
    process.on('SIGHUP', this.onSignal);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    process.off('SIGHUP', this.onSignal);
  }

  /** One look at the files; reloads when they changed and have not changed since the previous look. */
  poll(): ReloadOutcome | undefined {
    const now = signature(this.files);
    const settled = now === this.seen;
    this.seen = now;
    if (!settled || now === this.applied) return undefined;
    return this.reload('files changed');
  }

  /** Loads the pair from the files and serves it to new connections, or keeps the current one if it is bad. */
  reload(trigger: 'SIGHUP' | 'files changed'): ReloadOutcome {
    const { certFile, keyFile } = this.files;
    // Marked as tried before loading: a bad pair is reported once, not at every check until it is fixed.
    this.applied = this.seen = signature(this.files);
    let pair: ReturnType<typeof loadTlsPair>;
    try {
      pair = loadTlsPair(certFile, keyFile);
    } catch (err) {
      this.logger.error({ trigger, certFile, keyFile, error: (err as Error).message }, 'tls certificate not reloaded: the new pair is unusable; still serving the previous certificate');
      return 'failed';
    }
    if (pair.certPem === this.served) {
      this.logger.info({ trigger, certFile }, 'tls certificate unchanged');
      return 'unchanged';
    }
    try {
      this.apply({ cert: pair.certPem, key: pair.keyPem });
    } catch (err) {
      this.logger.error({ trigger, certFile, keyFile, error: (err as Error).message }, 'tls certificate not reloaded: the new pair is unusable; still serving the previous certificate');
      return 'failed';
    }
    this.served = pair.certPem;
    const { cert } = pair;
    this.logger.info({ trigger, certFile, fingerprint256: cert.fingerprint256, names: certificateSans(cert), validTo: new Date(cert.validTo).toISOString() }, 'tls certificate reloaded');
    return 'reloaded';
  }
}
