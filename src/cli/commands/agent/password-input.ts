import { password } from '@inquirer/prompts';
import { MIN_PASSWORD_LENGTH } from '../../../server/domain/agent.js';
import { WukfError } from '../../../proto/errors.js';
import { isInteractive, type CliIo } from '../../io.js';
import { promptContext } from '../../prompt.js';

export const PASSWORD_STDIN_HELP = 'read the password from standard input (one trailing newline is dropped)';

/** All of stdin, less one trailing newline: `echo "$PW" | wukf …` must not put the newline in the password. */
async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function checkLength(candidate: string, what: string): string {
  const length = [...candidate].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new WukfError('WUKF_E_WEAK_PASSWORD', `${what} has ${length} characters; at least ${MIN_PASSWORD_LENGTH} are needed (nothing was changed)`);
  }
  return candidate;
}

function noPasswordSource(): WukfError {
  return new WukfError('WUKF_E_USAGE', 'no password given: standard input is not a terminal, so wukf cannot ask; pipe it in with --password-stdin');
}

/** A password to set: from stdin with --password-stdin, else asked twice at a hidden prompt. */
export async function readNewPassword(io: CliIo, fromStdin: boolean, username: string): Promise<string> {
  if (fromStdin) return checkLength(await readStdin(io), 'the password on standard input');
  if (!isInteractive(io)) throw noPasswordSource();
  const context = promptContext(io);
  // No `validate` on the prompt: after a failed check inquirer keeps the hidden text, so the next attempt
  // would silently be appended to the rejected one.
  const first = checkLength(await password({ message: `New password for ${username} (at least ${MIN_PASSWORD_LENGTH} characters)` }, context), 'the password');
  const again = await password({ message: 'The same password again' }, context);
  if (again !== first) throw new WukfError('WUKF_E_WEAK_PASSWORD', 'the two passwords differ; nothing was changed');
  return first;
}

/** A password to check: from stdin with --password-stdin, else asked once at a hidden prompt. */
export async function readPassword(io: CliIo, fromStdin: boolean, username: string): Promise<string> {
  if (fromStdin) return readStdin(io);
  if (!isInteractive(io)) throw noPasswordSource();
  return password({ message: `Password for ${username}` }, promptContext(io));
}
