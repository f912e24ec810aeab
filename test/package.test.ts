import { mkdirSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, sandbox, testRunMarker, type Sandbox } from './helpers/cli.js';

/**
 * The published artefact: `npm pack`, install the tarball into an empty project (better-sqlite3 compiles
 * there, so this takes minutes), then run the installed binary the way an operator would.
 */
describe('npm package', () => {
  let box: Sandbox;
  let tarball: string;
  let files: string[];
  beforeAll(async () => {
    box = sandbox();
    mkdirSync(box.path('pack'));
    const pack = await execa('npm', ['pack', '--json', '--pack-destination', box.path('pack')], { cwd: repoRoot, env: { npm_config_update_notifier: 'false' } });
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = box.path('pack', info!.filename);
    files = info!.files.map((f) => f.path);
  }, 120_000);
  // The installed project holds a whole node_modules: removing it takes a while on a busy disk.
  afterAll(() => box.cleanup(), 120_000);

  it('ships what runs and nothing else', () => {
    for (const needed of ['package.json', 'README.md', 'bin/wukf.js', 'dist/cli/main.js', 'dist/server/lifecycle.js', 'dist/widget/widget.js', 'templates/systemd/wukf.service', 'templates/compose/compose.yaml', 'templates/compose/Dockerfile']) {
      expect(files, needed).toContain(needed);
    }
    for (const file of files) expect(file, file).not.toMatch(/^(src|test|\.ci|node_modules|wukf)\/|\.db$|\.test\.|\.tsbuildinfo$/);
  });

  it('installs from the tarball into an empty directory; npx wukf init and start serve /health', async () => {
    const app = box.path('app');
    mkdirSync(app);
    writeFileSync(`${app}/package.json`, JSON.stringify({ name: 'wukf-install-check', private: true, allowScripts: { 'better-sqlite3': true } }));
    await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, env: testRunMarker() });

    const port = await freePort();
    const env = { HOME: box.home, WUKF_LOG_FORMAT: 'json', ...testRunMarker() };
    const init = await execa('npx', ['--no-install', 'wukf', 'init', '--dir', 'x', '--yes', '--port', String(port)], { cwd: app, env });
    expect(init.stdout).toMatch(/password file: \S+/);

    // Its own process group, signalled as a whole like Ctrl-C on a terminal: npx does not pass SIGTERM on.
    const server = execa('npx', ['--no-install', 'wukf', 'start', '--dir', 'x'], { cwd: app, env, reject: false, buffer: false, stdin: 'ignore', detached: true });
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on('data', () => out.includes('"msg":"ready"') && resolve());
        void server.then((r) => reject(new Error(`wukf start exited ${r.exitCode}: ${out}`)));
      });
      const health = await execa(process.execPath, ['-e', `require('https').get({ host: '127.0.0.1', port: ${port}, path: '/health', rejectUnauthorized: false }, (r) => { let b = ''; r.on('data', (d) => (b += d)); r.on('end', () => console.log(r.statusCode, b)); })`]);
      expect(health.stdout).toMatch(/^200 .*"name":"wukf"/);
      // The installed package serves the widget bundle it ships.
      const widget = await execa(process.execPath, ['-e', `require('https').get({ host: '127.0.0.1', port: ${port}, path: '/widget.js', rejectUnauthorized: false }, (r) => { r.resume(); console.log(r.statusCode, r.headers['content-type']); })`]);
      expect(widget.stdout).toBe('200 application/javascript; charset=utf-8');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
      await server;
    }
    // npx itself dies of the signal; wukf, in the same group, shut down gracefully (stdout closes only once it has exited).
    expect(out).toContain('"msg":"stopped"');
  }, 600_000);
});
