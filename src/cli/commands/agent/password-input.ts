import { password } from '@inquirer/prompts';
import { checkNewPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '../../../server/domain/password-policy.js';
import { WukfError } from '../../../proto/errors.js';
import { isInteractive, type CliIo } from '../../io.js';
import { promptContext } from '../../prompt.js';

export const PASSWORD_STDIN_HELP = 'read the password from standard input: one line; its newline is dropped';

/** All of stdin, less one trailing newline: `echo "$PW" | wukf …` must not put the newline in the password. */
async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function noPasswordSource(): WukfError {
  return new WukfError('WUKF_E_USAGE', 'no password given: standard input is not a terminal, so wukf cannot ask; pipe it in with --password-stdin');
}

/** A new password piped in: one line, held to the same policy as the admin API's and the login route's. */
async function newPasswordFromStdin(io: CliIo): Promise<string> {
  const candidate = await readStdin(io);
  if (/\r?\n/.test(candidate)) {
    throw new WukfError(
      'WUKF_E_WEAK_PASSWORD',
      `the password on standard input has more than one line; pipe exactly one line, e.g. printf '%s\\n' "$PW" (nothing was changed)`,
    );
  }
  return checkNewPassword(candidate, 'the password on standard input');
}

/**
 * A password to set: from stdin with --password-stdin, else at a hidden prompt, asked again until it meets the
 * policy and the confirmation matches (Ctrl-C gives up).
 */
export async function readNewPassword(io: CliIo, fromStdin: boolean, username: string): Promise<string> {
  if (fromStdin) return newPasswordFromStdin(io);
  if (!isInteractive(io)) throw noPasswordSource();
  const context = promptContext(io);
  const message = `New password for ${username} (${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters)`;
  for (;;) {
    // Checked after the prompt returns, not with inquirer's `validate`: after a failed check inquirer keeps
    // the hidden text, so the next attempt would silently be appended to the rejected one.
    const first = await password({ message }, context);
    const problem = passwordProblem(first);
    if (problem !== undefined) {
      io.stderr.write(`That password ${problem}; try another.\n`);
      continue;
    }
    const again = await password({ message: 'The same password again' }, context);
    if (again === first) return first;
    io.stderr.write('The two passwords differ; type the new one again.\n');
  }
}

/** A password to check: from stdin with --password-stdin, else asked once at a hidden prompt. */
export async function readPassword(io: CliIo, fromStdin: boolean, username: string): Promise<string> {
  if (fromStdin) return readStdin(io);
  if (!isInteractive(io)) throw noPasswordSource();
  return password({ message: `Password for ${username}` }, promptContext(io));
}
