import { WukfClientError } from './errors.js';

/**
 * reach-error.ts for the widget's bundle (scripts/build-widget.mjs puts this in its place). Browsers never
 * tell a page why a connection failed — the reason shows in the developer console only — so the codes that
 * reach-error.ts turns into advice never arrive there, and the widget does not carry that advice.
 */
export function unreachable(url: string, err: unknown): WukfClientError {
  return new WukfClientError('WUKF_E_UNREACHABLE', `cannot reach ${url}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}
