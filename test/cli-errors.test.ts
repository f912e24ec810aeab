import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportError } from '../src/cli/report-error.js';
import type { CliIo } from '../src/cli/io.js';
import { sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';

let box: Sandbox;

beforeEach(() => {
  box = sandbox();
});

afterEach(() => {
  chmodSync(box.root, 0o700);
  box.cleanup();
});

/** A stack trace line, as Node prints one. */
const STACK_LINE = /^\s+at .+[:(]/m;

/**
 * A directory wukf cannot create anything in. Root writes through any mode, so as root it is a path under
 * a regular file (ENOTDIR); otherwise a 0500 directory (EACCES).
 */
function unwritable(): { dir: string; cause: RegExp } {
  if (process.getuid?.() === 0) {
    writeFileSync(box.path('plain-file'), '');
    return { dir: box.path('plain-file', 'wukf'), cause: /not a directory \(ENOTDIR\)/ };
  }
  mkdirSync(box.path('locked'), { mode: 0o500 });
  return { dir: box.path('locked', 'wukf'), cause: /permission denied \(EACCES\)/ };
}

describe('file-system failures are reported by path and cause, without a stack trace', () => {
  it('agent list --dir under a regular file names the file and the cause', async () => {
    writeFileSync(box.path('plain-file'), '');
    const res = await wukf(box, ['agent', 'list', '--dir', box.path('plain-file', 'conf')]);
    expect(res.exitCode).toBe(74);
    expect(res.stderr).toContain(`${box.path('plain-file', 'conf', 'wukf.yaml')}: cannot read: not a directory (ENOTDIR)`);
    expect(res.stderr).toContain('WUKF_E_FILE_ACCESS');
    expect(res.stderr).not.toMatch(STACK_LINE);
  });

  it('init --dir that is a regular file, or in a directory wukf cannot write, says so and changes nothing', async () => {
    writeFileSync(box.path('taken'), 'not a directory');
    const onFile = await wukf(box, ['init', '--yes', '--tls', 'none', '--dir', box.path('taken')]);
    expect(onFile.exitCode).toBe(73);
    expect(onFile.stderr).toMatch(new RegExp(`cannot write in ${box.path('taken')}: (not a directory \\(ENOTDIR\\)|file already exists \\(EEXIST\\))`));
    expect(onFile.stderr).not.toMatch(STACK_LINE);
    expect(onFile.stderr).not.toContain('unexpected error');

    const { dir, cause } = unwritable();
    const locked = await wukf(box, ['init', '--yes', '--tls', 'none', '--dir', dir]);
    expect([73, 74]).toContain(locked.exitCode);
    expect(locked.stderr).toContain(dir);
    expect(locked.stderr).toMatch(cause);
    expect(locked.stderr).not.toMatch(STACK_LINE);
    expect(locked.stderr).not.toContain('unexpected error');
  }, timeoutForRuns(2));

  it('a --dir far too long for the file system is named cut, with the cause', async () => {
    const res = await wukf(box, ['agent', 'list', '--dir', 'd'.repeat(5000)]);
    expect(res.exitCode).toBe(74);
    expect(res.stderr).toMatch(/cannot read: name too long \(ENAMETOOLONG\)/);
    expect(res.stderr).toMatch(/\(\d{4} characters\)/);
    expect(res.stderr.length).toBeLessThan(600);
  });

  it('a flag check across several flags does not echo every option back', async () => {
    const res = await wukf(box, ['init', '--yes', '--tls', 'none', '--tls-cert', 'a.pem', '--tls-key', 'a.key', '--dir', box.path('conf')]);
    expect(res.exitCode).toBe(64);
    expect(res.stderr).toContain('--tls none cannot be combined with --tls-cert/--tls-key');
    expect(res.stderr).not.toContain('"tlsCert"');
  });
});

describe('an unexpected error', () => {
  function capture(env: Record<string, string>): { io: CliIo; stderr: () => string } {
    let text = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (text += s) }, env, cwd: box.root } as unknown as CliIo;
    return { io, stderr: () => text };
  }

  it('prints its message and where to get the stack; the stack only with WUKF_DEBUG=1', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const plain = capture({});
    expect(reportError(plain.io, 'agent list', bug)).toBe(70);
    expect(plain.stderr()).toContain("wukf agent list: unexpected error: Cannot read properties of undefined (reading 'x')");
    expect(plain.stderr()).toContain('WUKF_DEBUG=1');
    expect(plain.stderr()).not.toMatch(STACK_LINE);

    const debug = capture({ WUKF_DEBUG: '1' });
    expect(reportError(debug.io, 'agent list', bug)).toBe(70);
    expect(debug.stderr()).toMatch(STACK_LINE);
  });
});
