import { ERRORS, isWukfError, type ErrorCode, type WukfError } from '../proto/errors.js';
import { fileSystemCause, isFileSystemError, shownPath, type FileSystemError } from '../server/fs-error.js';
import { hint } from './invocation.js';
import type { CliIo } from './io.js';

/**
 * What to run next after an error, for the codes where a command helps. The server builds these errors and
 * cannot know how this operator runs wukf (`npx wukf` in a clone, `wukf --dir /etc/wukf` on a server), so
 * the CLI adds the command, printed so that it runs as it stands.
 */
const NEXT: Partial<Record<ErrorCode, { label: string; args: string }>> = {
  WUKF_E_CONFIG_NOT_FOUND: { label: 'Run', args: 'init' },
  WUKF_E_AGENT_NOT_FOUND: { label: 'See', args: 'agent list' },
  WUKF_E_AGENT_EXISTS: { label: 'See', args: 'agent list' },
  WUKF_E_GROUP_NOT_FOUND: { label: 'See', args: 'group list' },
  WUKF_E_GROUP_EXISTS: { label: 'See', args: 'group list' },
};

function nextStep(err: WukfError): { label: string; args: string } | undefined {
  if (err.code === 'WUKF_E_INVALID_INPUT' && (err.field === 'groups' || err.field === '--groups')) return { label: 'See', args: 'group list' };
  return NEXT[err.code];
}

const VERBS: Record<string, string> = {
  mkdir: 'create directory',
  mkdtemp: 'create a directory in',
  open: 'open',
  read: 'read',
  write: 'write',
  fsync: 'write',
  rename: 'rename',
  copyfile: 'copy',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
  scandir: 'list',
  stat: 'read',
  lstat: 'read',
  access: 'access',
  chmod: 'change the mode of',
  chown: 'change the owner of',
  symlink: 'link',
  realpath: 'resolve',
};

/** "cannot create directory /ro/x: read-only file system (EROFS)". */
export function describeFileSystemError(err: FileSystemError): string {
  const verb = VERBS[err.syscall] ?? err.syscall;
  const target = err.path === undefined ? '' : ` ${shownPath(err.path)}${err.dest === undefined ? '' : ` to ${shownPath(err.dest)}`}`;
  return `cannot ${verb}${target}: ${fileSystemCause(err)}`;
}

/**
 * Prints an error that ended a command and returns its exit status. A WukfError is "wukf <command>:
 * <message>", its code, and the command to run next where one helps; a failed file-system call names the
 * path and the cause; anything else is a bug, printed with its stack only when WUKF_DEBUG=1 asks for it.
 * `dir` is the command's config directory, for the hints.
 */
export function reportError(io: CliIo, name: string | undefined, err: unknown, dir?: string): number {
  const prefix = name === undefined ? 'wukf' : `wukf ${name}`;
  if (isWukfError(err)) {
    const next = nextStep(err);
    const line = next === undefined ? '' : `\n  ${next.label}: ${hint(io, next.args, dir)}`;
    io.stderr.write(`${prefix}: ${err.message}\n  (${err.code}: ${ERRORS[err.code].summary})${line}\n`);
    return err.exitCode;
  }
  if (isFileSystemError(err)) {
    io.stderr.write(`${prefix}: ${describeFileSystemError(err)}\n  (WUKF_E_FILE_ACCESS: ${ERRORS.WUKF_E_FILE_ACCESS.summary})\n`);
    return ERRORS.WUKF_E_FILE_ACCESS.exit;
  }
  const debug = io.env.WUKF_DEBUG === '1';
  const detail = debug ? ((err as Error)?.stack ?? String(err)) : `${(err as Error)?.message ?? String(err)}\n  (a bug in wukf; run again with WUKF_DEBUG=1 to print the stack trace)`;
  io.stderr.write(`${prefix}: unexpected error: ${detail}\n`);
  return ERRORS.WUKF_E_INTERNAL.exit;
}
