import { WukfError } from '../errors.js';

/** Ids (conversation, client message, agent) are at most this long. */
export const MAX_ID_LENGTH = 128;

export function invalid(message: string): WukfError {
  return new WukfError('WUKF_E_INVALID_INPUT', message);
}

export function checkId(name: string, value: string): void {
  if (value.length === 0 || value.length > MAX_ID_LENGTH) throw invalid(`${name}: expected 1-${MAX_ID_LENGTH} characters`);
}
