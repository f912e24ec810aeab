import { WukfError } from '../../proto/errors.js';
import { MAX_ID_LENGTH, MAX_SEQ } from '../../proto/limits.js';

export function invalid(message: string, field?: string): WukfError {
  return new WukfError('WUKF_E_INVALID_INPUT', message, field === undefined ? {} : { field });
}

export function checkId(name: string, value: string): void {
  if (value.length === 0 || value.length > MAX_ID_LENGTH) throw invalid(`${name}: expected 1-${MAX_ID_LENGTH} characters`, name);
}

/** A seq or cursor from a frame: refused above 2^53 - 1, where it would no longer be exact. */
export function checkSeq(name: string, value: number): void {
  if (!(value <= MAX_SEQ)) throw invalid(`${name}: expected at most ${MAX_SEQ} (2^53 - 1), got a larger number`, name);
}
