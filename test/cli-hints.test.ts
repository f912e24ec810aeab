import { dirname } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, repoRoot, sandbox, startServer, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';

let box: Sandbox;
/** A shell needs PATH to find node and npx; it holds no wukf, so hints name this checkout's binary. */
let env: Record<string, string>;

beforeEach(() => {
  box = sandbox();
  env = { PATH: dirname(process.execPath), npm_config_update_notifier: 'false' };
});

afterEach(() => box.cleanup());

/** The command after "<label>: " on the last line of `stderr` that has one. */
function hintIn(stderr: string, label: string): string {
  const line = stderr.split('\n').findLast((l) => l.trimStart().startsWith(`${label}: `));
  if (line === undefined) throw new Error(`no "${label}:" hint was printed:\n${stderr}`);
  return line.trimStart().slice(label.length + 2);
}

/** Runs a printed hint as the operator would paste it: through a shell, in the directory it was printed in. */
function runAsPrinted(command: string, cwd: string) {
  return execa(command, { shell: true, cwd, env: { ...box.env, ...env }, extendEnv: false, input: '', reject: false, timeout: 60_000 });
}

describe('hints run as printed', () => {
  it('no wukf.yaml in ./wukf: the printed init runs, and the next command finds what it wrote', async () => {
    const missing = await wukf(box, ['agent', 'list'], { env });
    expect(missing.exitCode).toBe(78);
    expect(missing.stderr).not.toContain('`wukf init');
    const init = hintIn(missing.stderr, 'Run');
    // A temp directory is no clone and PATH has no wukf: the hint names this binary, without --dir (./wukf is the default).
    expect(init).toMatch(/^node \S+\/bin\/wukf\.js init$/);
    const ran = await runAsPrinted(init, box.root);
    expect(ran.exitCode, ran.stderr).toBe(0);

    const ghost = await wukf(box, ['agent', 'passwd', 'ghost', '--password-stdin'], { env, input: 'a long enough password' });
    expect(ghost.exitCode).toBe(66);
    const list = await runAsPrinted(hintIn(ghost.stderr, 'See'), box.root);
    expect(list.exitCode, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^admin\s/m);
  }, timeoutForRuns(4));

  it('from the package root, a missing --dir is initialised by the printed `npx wukf init --dir …`', async () => {
    const dir = box.path('conf');
    const missing = await wukf(box, ['group', 'list', '--dir', dir], { env, cwd: repoRoot });
    expect(missing.exitCode).toBe(78);
    const init = hintIn(missing.stderr, 'Run');
    expect(init).toBe(`npx wukf init --dir ${dir}`);
    const ran = await runAsPrinted(init, repoRoot);
    expect(ran.exitCode, ran.stderr).toBe(0);
    const groups = await wukf(box, ['group', 'list', '--dir', dir], { env, cwd: repoRoot });
    expect(groups.exitCode, groups.stderr).toBe(0);
    expect(groups.stdout).toContain(`add one with \`npx wukf group add <name> --dir ${dir}\``);
  }, timeoutForRuns(4));

  it('after `npm start` initialised ./wukf, agent commands in the same directory use it', async () => {
    const server = await startServer(box, ['--auto-init'], { env: { WUKF_PORT: String(await freePort()) } });
    expect(await server.stop()).toBe(0);
    const list = await wukf(box, ['agent', 'list', '--json'], { env });
    expect(list.exitCode, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((a: { username: string }) => a.username)).toEqual(['admin']);
  }, timeoutForRuns(3));
});
