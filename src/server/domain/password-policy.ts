import { WukfError } from '../../proto/errors.js';

/**
 * The one rule for a password an account may be given, whoever sets it: `wukf agent add` and `passwd`
 * (typed or piped), the admin API, and the first admin's generated password. The login route accepts any
 * length up to MAX_PASSWORD_LENGTH, so a password this rule let through can always be used to log in.
 * Lengths count code points, as a person counts characters; a JSON string of 1,024 emoji is 2,048 UTF-16 units.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1024;

/** The most UTF-16 units a password of MAX_PASSWORD_LENGTH code points can take: a bound for JSON schemas. */
export const MAX_PASSWORD_UNITS = 2 * MAX_PASSWORD_LENGTH;

/** Length in code points. */
export function passwordLength(candidate: string): number {
  let n = 0;
  for (const _ of candidate) n++;
  return n;
}

/** Why `candidate` cannot be a password ("has 9 characters; at least 10 are needed"), or undefined when it can. */
export function passwordProblem(candidate: string): string | undefined {
  const length = passwordLength(candidate);
  if (length < MIN_PASSWORD_LENGTH) return `has ${length} characters; at least ${MIN_PASSWORD_LENGTH} are needed`;
  if (length > MAX_PASSWORD_LENGTH) return `has ${length} characters; at most ${MAX_PASSWORD_LENGTH} are allowed`;
  if (/^\s+$/u.test(candidate)) return 'is only blanks';
  // A line break cannot be typed at a prompt or a login form: it is a file or a paste that held more than the password.
  if (/[\n\r\u0085\u2028\u2029]/u.test(candidate)) return 'has more than one line';
  if (/\p{Cc}/u.test(candidate.replaceAll('\t', ''))) return 'holds control characters';
  return undefined;
}

/**
 * `candidate` when it can be a password, else WUKF_E_WEAK_PASSWORD naming `what` ("password", "the password
 * on standard input") and the reason.
 */
export function checkNewPassword(candidate: string, what = 'password'): string {
  const problem = passwordProblem(candidate);
  if (problem !== undefined) throw new WukfError('WUKF_E_WEAK_PASSWORD', `${what} ${problem} (nothing was changed)`, { field: 'password' });
  return candidate;
}
