/** A failed file-system call: Node's errors carry the errno name, the call and the path. */
export interface FileSystemError extends Error {
  code: string;
  syscall: string;
  path?: string;
  dest?: string;
}

export function isFileSystemError(err: unknown): err is FileSystemError {
  const e = err as Partial<FileSystemError> | null;
  return err instanceof Error && typeof e?.code === 'string' && /^E[A-Z0-9]+$/.test(e.code) && typeof e.syscall === 'string';
}

/** "read-only file system (EROFS)": the cause in words, from Node's "EROFS: read-only file system, mkdir '/ro/x'". */
export function fileSystemCause(err: FileSystemError): string {
  const words = /^E[A-Z0-9]+: (.+?), [a-z]+/.exec(err.message)?.[1];
  return words === undefined ? err.code : `${words} (${err.code})`;
}

/** A path as a message shows it: whole up to 200 characters; a longer one (from a flag, say) cut in the middle. */
export function shownPath(path: string): string {
  return path.length <= 200 ? path : `${path.slice(0, 140)}…${path.slice(-40)} (${path.length} characters)`;
}
