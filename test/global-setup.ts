import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * Every process a test starts carries WUKF_TEST_RUN in its environment. After the whole suite, any
 * process still carrying this run's marker is an orphan: it is killed and the run fails.
 *
 * Tests run dist/ as well as src/: the real binary (bin/wukf.js) and the store's writer thread load the
 * built files. So dist/ is built before any test runs, and again before each rerun in watch mode: no test
 * runs code older than src/. The build is incremental (tsc -b), so an unchanged tree costs about a second.
 */
export function setup(project: TestProject): void {
  process.env.WUKF_TEST_RUN = randomBytes(8).toString('hex');
  build();
  project.onTestsRerun(build);
}

function build(): void {
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed, so no test ran:\n${stdout}${stderr}`);
  }
}

function survivors(marker: string): { pid: number; cmd: string }[] {
  const found: { pid: number; cmd: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (!environ.split('\0').includes(`WUKF_TEST_RUN=${marker}`)) continue;
      found.push({ pid, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() });
    } catch {
      /* exited meanwhile, or not ours to read */
    }
  }
  return found;
}

export function teardown(): void {
  const marker = process.env.WUKF_TEST_RUN;
  if (!marker || process.platform !== 'linux') return;
  // vitest's own workers inherit the marker too; they are gone once teardown runs, except ones still exiting.
  const orphans = survivors(marker).filter((p) => !p.cmd.includes('vitest'));
  for (const { pid } of orphans) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (orphans.length > 0) {
    throw new Error(`processes left running after the tests (now killed):\n${orphans.map((p) => `  ${p.pid} ${p.cmd}`).join('\n')}`);
  }
}
