import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { posix } from 'node:path';

/*
 * Whether the installed package and node sit where a service can keep running them. `npx --package
 * ./wukf-<v>.tgz wukf init` runs wukf out of npm's npx cache, under the invoking user's home: a unit written
 * from there points at files npm deletes whenever it likes, that ProtectHome= hides and that the wukf user
 * cannot read. Init still writes the unit (the other files are useful as they are) but says so loudly.
 */

export interface InstallLocation {
  /** Absolute path of the installed package's bin/wukf.js. */
  wukfBin: string;
  /** Absolute path of the node binary. */
  nodePath: string;
  version: string;
}

const HOME_TREES = ['/home', '/root'];

/** Whether `path` is `dir` or inside it, by name (no symbolic links are followed). */
export function isUnder(path: string, dir: string): boolean {
  const p = posix.normalize(path);
  const d = posix.normalize(dir).replace(/\/+$/, '');
  return d !== '' && (p === d || p.startsWith(`${d}/`));
}

function segments(path: string): string[] {
  return posix.normalize(path).split('/').filter(Boolean);
}

/** Why the package directory is a place files vanish from, or undefined when it is not. */
function transientReason(packageDir: string): string | undefined {
  const parts = segments(packageDir);
  if (parts.includes('_npx')) return "npm's npx cache, which npm empties whenever it likes";
  if (parts.includes('.npm') || parts.includes('_cacache')) return "npm's cache, which npm empties whenever it likes";
  for (const dir of new Set(['/tmp', '/var/tmp', posix.normalize(tmpdir())])) {
    if (isUnder(packageDir, dir)) return `a temporary directory (${dir}), emptied at boot and hidden from the service by PrivateTmp=yes`;
  }
  return undefined;
}

/**
 * The first directory on the way to `path`, inside a home tree, that other users cannot enter and read
 * (mode without o+rx), e.g. /root (0700) or a 0750 home directory. Directories that do not exist yet say
 * nothing: they are created later, by someone else.
 */
function closedHomeDirectory(path: string): { dir: string; mode: number } | undefined {
  if (!HOME_TREES.some((tree) => isUnder(path, tree))) return undefined;
  let dir = '';
  for (const part of segments(posix.dirname(path))) {
    dir += `/${part}`;
    let mode: number;
    try {
      mode = statSync(dir).mode & 0o777;
    } catch {
      return undefined;
    }
    if ((mode & 0o005) !== 0o005) return { dir, mode };
  }
  return undefined;
}

/** The warnings `wukf init` prints, and writes at the top of the unit, about where wukf and node live. */
export function installLocationWarnings(location: InstallLocation): string[] {
  const packageDir = posix.dirname(posix.dirname(posix.normalize(location.wukfBin)));
  const reinstall = `Install it for good (npm install -g ./wukf-${location.version}.tgz, as root) and write the deployment files again with that install's \`wukf init\`.`;
  const warnings: string[] = [];
  const transient = transientReason(packageDir);
  if (transient !== undefined) {
    warnings.push(`the systemd unit runs wukf from ${packageDir}, in ${transient}: the service will stop starting once it is gone. ${reinstall}`);
  }
  for (const [what, path] of [
    ['wukf', location.wukfBin],
    ['node', location.nodePath],
  ] as const) {
    const closed = closedHomeDirectory(path);
    if (closed === undefined) continue;
    const mode = closed.mode.toString(8).padStart(4, '0');
    warnings.push(
      `the systemd unit runs ${what} from ${path}, but ${closed.dir} (mode ${mode}) is closed to other users, so the unit's User=wukf cannot read it. ` +
        (what === 'wukf' ? reinstall : 'Use a node installed system-wide (e.g. /usr/bin/node) and run `wukf init` with it.'),
    );
  }
  return warnings;
}
