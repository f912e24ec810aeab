import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { freePort, initialPasswordFrom, repoRoot, sandbox, testRunMarker, type Sandbox } from './helpers/cli.js';
import { dockerfileInstructions, dockerignoreAllows, installedPackages, relativeLinks } from './helpers/package.js';

/**
 * The released artefact, end to end: `npm pack`, then the two ways an operator installs it without a registry
 * copy of wukf. Globally from the tarball (`npm install -g ./wukf-<v>.tgz`, here into a temp prefix), then
 * `wukf init`, `wukf start`, `wukf agent list` from the PATH; and the image `wukf init`'s compose file builds
 * from that installed package, assembled and installed the way the Dockerfile says, without Docker.
 * better-sqlite3 compiles in both installs, so this file takes minutes; it packs and installs once.
 */
describe('npm package', () => {
  let box: Sandbox;
  let tarball: string;
  let files: string[];
  beforeAll(async () => {
    box = sandbox();
    mkdirSync(box.path('pack'));
    // dist/ is already built by the global setup; the prepare script would only build it again.
    const pack = await execa('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', box.path('pack')], { cwd: repoRoot, env: { npm_config_update_notifier: 'false' } });
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = box.path('pack', info!.filename);
    files = info!.files.map((f) => f.path);
  }, 120_000);
  // The installs hold whole node_modules trees: removing them takes a while on a busy disk.
  afterAll(() => box.cleanup(), 120_000);

  it('ships what runs, the lockfile, the docs and the protocol; no sources, tests or source maps', () => {
    const needed = ['package.json', 'npm-shrinkwrap.json', 'README.md', 'bin/wukf.js', 'dist/cli/main.js', 'dist/server/lifecycle.js', 'dist/widget/widget.js'];
    needed.push('templates/systemd/wukf.service', 'templates/compose/compose.yaml', 'templates/compose/Dockerfile', 'templates/compose/Dockerfile.dockerignore');
    needed.push('proto/wukf.proto', 'docs/configuration.md', 'docs/errors.md', 'docs/protocol.md');
    for (const file of needed) expect(files, file).toContain(file);
    for (const file of files) expect(file, file).not.toMatch(/^(src|test|scripts|\.ci|node_modules|wukf)\/|\.db$|\.test\.|\.tsbuildinfo$|\.map$/);
  });

  it('ships type declarations only for wukf/client and the files it imports, and every one they reference', () => {
    const graph = (entry: string, next: (file: string, spec: string) => string) => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const match of readFileSync(join(repoRoot, file), 'utf8').matchAll(/(?:from |import\(|import )'(\.{1,2}\/[^']+)'/g)) visit(next(file, match[1]!));
      };
      visit(entry);
      return seen;
    };
    const resolve = (file: string, spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string; import?: string }> };
    const client = manifest.exports['./client']!;
    expect(Object.values(manifest.exports).filter((e) => typeof e === 'object' && e.types)).toEqual([client]);
    // The client's sources and what they import, type-only imports included: the program tsc declares.
    const sources = graph('src/client/index.ts', (file, spec) => {
      const base = resolve(file, spec).replace(/\.js$/, '');
      return existsSync(join(repoRoot, `${base}.ts`)) ? `${base}.ts` : `${base}.d.ts`;
    });
    const allowed = new Set([...sources].map((file) => file.replace(/^src\//, 'dist/').replace(/(\.d)?\.ts$/, '.d.ts')));
    // What the shipped declarations reference must be shipped too.
    const declared = graph(posix.normalize(client.types!), (file, spec) => resolve(file, spec).replace(/\.js$/, '.d.ts'));
    for (const file of declared) expect(files, `${file}, referenced by the client's declarations`).toContain(file);
    const shipped = files.filter((f) => f.endsWith('.d.ts'));
    expect(shipped.filter((file) => !allowed.has(file)), 'declarations outside wukf/client and its imports').toEqual([]);
    expect(shipped.length).toBeGreaterThan(5);
  });

  it('every relative link in the README, and in the documents it links, resolves inside the package', () => {
    const shipped = new Set(files);
    const isShipped = (path: string) => shipped.has(path) || files.some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`));
    const queue = ['README.md'];
    const seen = new Set<string>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const doc = queue.shift()!;
      if (seen.has(doc)) continue;
      seen.add(doc);
      for (const link of relativeLinks(readFileSync(join(repoRoot, doc), 'utf8'))) {
        const target = posix.normalize(posix.join(posix.dirname(doc), link));
        if (target.startsWith('../') || !isShipped(target)) broken.push(`${doc} -> ${link}`);
        else if (target.endsWith('.md')) queue.push(target);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });

  describe('installed globally from the tarball', () => {
    let prefix: string;
    let packageDir: string;
    let env: Record<string, string>;
    let port: number;
    beforeAll(async () => {
      prefix = box.path('global');
      await execa('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], { env: testRunMarker() });
      packageDir = join(prefix, 'lib', 'node_modules', 'wukf');
      env = { ...box.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` };
      mkdirSync(box.path('work'));
      port = await freePort();
    }, 600_000);

    const run = (args: string[]) => execa('wukf', args, { cwd: box.path('work'), env, extendEnv: false, reject: false, timeout: 60_000 });

    it('installs only dependency versions its npm-shrinkwrap.json locks', () => {
      const lock = JSON.parse(readFileSync(join(packageDir, 'npm-shrinkwrap.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
      const locked = new Set(Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev).map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`));
      const installed = installedPackages(join(packageDir, 'node_modules'));
      expect(installed.length).toBeGreaterThan(20);
      expect(installed).toContain(`better-sqlite3@${JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version}`);
      expect(installed.filter((pkg) => !locked.has(pkg))).toEqual([]);
    });

    it('wukf init, then wukf start answers /health, then wukf agent list shows the first admin', async () => {
      const init = await run(['init', '--dir', 'etc', '--yes', '--tls', 'none', '--port', String(port)]);
      expect(init.stderr).toBe('');
      expect(init.exitCode).toBe(0);
      const { password } = initialPasswordFrom(init.stdout);
      expect(password.length).toBeGreaterThan(10);

      const server = execa('wukf', ['start', '--dir', 'etc'], { cwd: box.path('work'), env, extendEnv: false, reject: false, buffer: false, stdin: 'ignore' });
      let out = '';
      server.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
      try {
        await new Promise<void>((resolve, reject) => {
          const check = () => out.includes('"msg":"ready"') && resolve();
          check();
          server.stdout!.on('data', check);
          void server.then((r) => reject(new Error(`wukf start exited ${r.exitCode}: ${out}`)));
        });
        const health = await fetch(`http://127.0.0.1:${port}/health`);
        expect(health.status).toBe(200);
        expect(((await health.json()) as { name: string; version: string }).name).toBe('wukf');
        // The installed package serves the widget bundle it ships.
        const widget = await fetch(`http://127.0.0.1:${port}/widget.js`);
        expect(`${widget.status} ${widget.headers.get('content-type')}`).toBe('200 application/javascript; charset=utf-8');
        await widget.arrayBuffer();
      } finally {
        server.kill('SIGTERM');
        await server;
      }
      expect(out).toContain('"msg":"stopped"');

      const list = await run(['agent', 'list', '--dir', 'etc', '--json']);
      expect(list.stderr).toBe('');
      expect((JSON.parse(list.stdout) as { username: string; role: string }[]).map((a) => `${a.username}:${a.role}`)).toEqual(['admin:admin']);

      // The unit runs this install's bin, not a copy somewhere else.
      expect(readFileSync(box.path('work', 'etc', 'deploy', 'wukf.service'), 'utf8')).toContain(`${join(packageDir, 'bin', 'wukf.js')} start --dir ${box.path('work', 'etc')}`);
    }, 120_000);

    it("builds the compose image's content from the installed package and its lockfile, as the Dockerfile says", async () => {
      const deploy = box.path('work', 'etc', 'deploy');
      if (!existsSync(join(deploy, 'compose.yaml'))) {
        const init = await run(['init', '--dir', 'etc', '--yes', '--tls', 'none', '--port', String(port)]);
        expect(init.exitCode, init.stderr).toBe(0);
      }
      const compose = parseYaml(readFileSync(join(deploy, 'compose.yaml'), 'utf8')) as { services: { wukf: { build: { context: string; dockerfile: string } } } };
      const { context, dockerfile } = compose.services.wukf.build;
      expect(context).toBe(packageDir);
      expect(dockerfile).toBe(join(deploy, 'Dockerfile'));

      // The context as the builder receives it: the package filtered by the Dockerfile's own ignore file.
      const allows = dockerignoreAllows(readFileSync(`${dockerfile}.dockerignore`, 'utf8'));
      const sent = box.path('context');
      mkdirSync(sent);
      for (const entry of readdirSync(context)) if (allows(entry)) cpSync(join(context, entry), join(sent, entry), { recursive: true });
      expect(readdirSync(sent).sort()).toEqual(['bin', 'dist', 'npm-shrinkwrap.json', 'package.json', 'templates']);

      // The build stage, outside Docker: WORKDIR, COPY from the context, and the npm install step.
      const image = box.path('image');
      const stages = dockerfileInstructions(readFileSync(dockerfile, 'utf8'));
      expect(stages.map((s) => s.from)).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim']);
      let workdir = '/';
      let installed = false;
      for (const { instruction, args } of stages[0]!.instructions) {
        if (instruction === 'WORKDIR') workdir = posix.resolve(workdir, args);
        if (instruction === 'COPY') {
          const words = args.split(/\s+/);
          const dest = words.pop()!;
          const target = join(image, posix.resolve(workdir, dest));
          for (const source of words) {
            expect(existsSync(join(sent, source)), `COPY ${source}: not in the build context`).toBe(true);
            // Docker's rules: a directory's contents go into the target; a file goes into a target ending in / (or
            // shared by several sources), else becomes the target.
            const intoDir = statSync(join(sent, source)).isDirectory() || dest.endsWith('/') || words.length > 1;
            cpSync(join(sent, source), statSync(join(sent, source)).isDirectory() || !intoDir ? target : join(target, posix.basename(source)), { recursive: true });
          }
        }
        if (instruction === 'RUN' && args.includes('npm ci')) {
          const command = args.replace(/^(--mount=\S+\s+)+/, '');
          expect(command).toMatch(/^npm ci --omit=dev\b/);
          mkdirSync(join(image, workdir), { recursive: true });
          await execa('sh', ['-c', command], { cwd: join(image, workdir), env: { npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', ...testRunMarker() } });
          installed = true;
        }
      }
      expect(installed).toBe(true);
      const app = join(image, workdir);
      expect(existsSync(join(app, 'node_modules', 'typescript')), 'dev dependencies are left out').toBe(false);
      // The final stage copies the build stage's directory and runs its bin/wukf.js.
      const final = stages[1]!.instructions;
      expect(final).toContainEqual({ instruction: 'COPY', args: `--from=build ${workdir} ${workdir}` });
      const entrypoint = final.find((i) => i.instruction === 'ENTRYPOINT');
      expect(JSON.parse(entrypoint!.args)).toEqual(['node', posix.join(workdir, 'bin', 'wukf.js')]);

      const inImage = (args: string[]) => execa(process.execPath, [join(app, 'bin', 'wukf.js'), ...args], { cwd: box.path('work'), env: box.env, extendEnv: false, reject: false, timeout: 60_000 });
      const init = await inImage(['init', '--dir', 'image-etc', '--yes', '--tls', 'none', '--port', String(await freePort())]);
      expect(init.exitCode, init.stderr).toBe(0);
      const list = await inImage(['agent', 'list', '--dir', 'image-etc', '--json']);
      expect(list.exitCode, list.stderr).toBe(0);
      expect((JSON.parse(list.stdout) as { username: string }[]).map((a) => a.username)).toEqual(['admin']);
    }, 600_000);
  });
});
