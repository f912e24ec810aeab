import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, repoRoot, sandbox, timeoutForRuns, type Sandbox } from './helpers/cli.js';

/**
 * The install path from a clone, as the README writes it: `npm ci && npm start`. CI has just run `npm ci` in
 * this clone (it builds dist/ through the prepare script), so what is left to prove is `npm start` itself:
 * the script, run by npm, initialises a fresh directory and serves /health.
 */
describe('from a clone: npm start', () => {
  let box: Sandbox;
  beforeEach(() => void (box = sandbox()));
  afterEach(() => box.cleanup());

  it('locks the dependency tree in npm-shrinkwrap.json, which npm ci installs and the package ships', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(repoRoot, 'npm-shrinkwrap.json'), 'utf8')) as { packages: Record<string, { dependencies?: Record<string, string> }> };
    expect(existsSync(join(repoRoot, 'package-lock.json')), 'one lockfile').toBe(false);
    expect(lock.packages['']?.dependencies).toEqual(manifest.dependencies);
    expect(manifest.files).toContain('npm-shrinkwrap.json');
  });

  // npm, then wukf initialising and starting: about two runs of the binary.
  it('initialises the config directory and answers /health', { timeout: timeoutForRuns(2) }, async () => {
    const port = await freePort();
    // WUKF_DIR keeps the directory out of the clone; npm start itself is the README's command, unchanged.
    const server = execa('npm', ['start'], {
      cwd: repoRoot,
      env: { ...box.env, PATH: process.env.PATH ?? '', WUKF_DIR: box.path('wukf'), WUKF_PORT: String(port), npm_config_update_notifier: 'false' },
      extendEnv: false,
      reject: false,
      buffer: false,
      stdin: 'ignore',
      // npm does not pass SIGTERM on to its script: the whole group is signalled, as Ctrl-C on a terminal does.
      detached: true,
    });
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const check = () => out.includes('"msg":"ready"') && resolve();
        check();
        server.stdout!.on('data', check);
        void server.then((r) => reject(new Error(`npm start exited ${r.exitCode}: ${out}`)));
      });
      const health = await fetch(`http://localhost:${port}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { name: string }).name).toBe('wukf');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
      await server;
    }
    expect(existsSync(box.path('wukf', 'wukf.yaml'))).toBe(true);
    // Standard output is a pipe here, so the password goes to a file and the log (JSON) says where.
    expect(out).toMatch(/"passwordFile":"[^"]+initial-admin-password"/);
    expect(out).toContain('"msg":"stopped"');
  });
});
