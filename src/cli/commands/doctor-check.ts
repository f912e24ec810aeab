import { isWukfError } from '../../proto/errors.js';

export type Status = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of `wukf doctor`'s checklist. */
export interface DoctorCheck {
  name: string;
  status: Status;
  detail: string;
}

export const check = (name: string, status: Status, detail: string): DoctorCheck => ({ name, status, detail });

/** A file mode as chmod takes it: "0600". */
export function mode(stats: { mode: number }): string {
  return (stats.mode & 0o777).toString(8).padStart(4, '0');
}

/** A WukfError's message; anything else is a bug and is not dressed up as a failed check. */
export function errorText(err: unknown): string {
  if (isWukfError(err)) return err.message;
  throw err;
}
