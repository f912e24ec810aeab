import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { deployWarnings, renderDeployFiles, renderTemplate, type DeployContext } from '../src/install/index.js';
import { freePort, repoRoot, sandbox, testRunMarker } from './helpers/cli.js';

const hasSystemdAnalyze = execaSync('which', ['systemd-analyze'], { reject: false }).exitCode === 0;

/** What `wukf init --dir /etc/wukf` on a server with a system-wide npm install passes. */
const serverContext: DeployContext = {
  configDir: '/etc/wukf',
  dataDir: '/var/lib/wukf',
  host: '127.0.0.1',
  port: 8600,
  tls: true,
  nodePath: '/usr/bin/node',
  wukfBin: '/usr/lib/node_modules/wukf/bin/wukf.js',
  version: '0.1.0',
  owner: { uid: 998, gid: 997 },
};

const tempDirs: string[] = [];
const servers: Server[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wukf-deploy-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Renders into a fresh temp dir, as init would, and returns the written file paths and contents. */
function renderTo(ctx: DeployContext) {
  const dir = tempDir();
  const written: Record<string, { path: string; content: string; mode: number }> = {};
  for (const file of renderDeployFiles(ctx)) {
    const path = join(dir, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.content, { mode: file.mode });
    written[file.path] = { path, content: file.content, mode: file.mode };
  }
  const get = (name: string) => {
    const file = written[name];
    if (!file) throw new Error(`${name} was not rendered; got ${Object.keys(written).join(', ')}`);
    return file;
  };
  return { unit: get('deploy/wukf.service'), compose: get('deploy/compose.yaml'), dockerfile: get('deploy/Dockerfile'), dockerignore: get('deploy/Dockerfile.dockerignore') };
}

/** Setting lines of a unit file (comments and section headers dropped), each setting's values in order. */
function unitSettings(text: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    expect(eq, `not a setting: ${line}`).toBeGreaterThan(0);
    const key = line.slice(0, eq);
    settings.set(key, [...(settings.get(key) ?? []), line.slice(eq + 1)]);
  }
  return settings;
}

function one(settings: Map<string, string[]>, key: string): string | undefined {
  const values = settings.get(key);
  expect(values?.length ?? 0, `${key} set ${values?.length ?? 0} times`).toBeLessThanOrEqual(1);
  return values?.[0];
}

async function exposure(unitPath: string): Promise<number> {
  const result = await execa('systemd-analyze', ['security', '--offline=yes', unitPath], { reject: false });
  const match = /Overall exposure level for wukf\.service: (\d+\.\d+)/.exec(`${result.stdout}\n${result.stderr}`);
  expect(match, `no exposure line in:\n${result.stdout}\n${result.stderr}`).not.toBeNull();
  return Number(match![1]);
}

/** Keys and values that name or carry a credential; a compose file or Dockerfile must hold none. */
const SECRET_WORD = /secret|passw|token|api[_-]?key|private[_-]?key|BEGIN [A-Z ]*KEY/i;
/** A long run of base64/hex-like characters mixing letters and digits, as generated keys are. */
const SECRET_BLOB = /(?=[A-Za-z0-9+/_-]{32,})(?=[A-Za-z+/_-]*\d)(?=[0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{32,}/;

function everyKeyAndValue(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => everyKeyAndValue(item, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      out.push(key);
      everyKeyAndValue(value, out);
    }
  } else if (node !== null && node !== undefined) out.push(String(node));
  return out;
}

interface ComposeService {
  build: { context: string; dockerfile: string; args: Record<string, string> };
  image: string;
  user: string;
  restart: string;
  read_only: boolean;
  tmpfs: string[];
  cap_drop: string[];
  security_opt: string[];
  mem_limit: string;
  pids_limit: number;
  ports: string[];
  volumes: (string | { type: string; source: string; target: string; read_only?: boolean })[];
  healthcheck: { test: string[]; interval: string; timeout: string; retries: number; start_period: string };
  stop_grace_period: string;
}

function composeService(text: string): { service: ComposeService; doc: Record<string, unknown> } {
  const doc = parseYaml(text) as { services: { wukf?: ComposeService }; volumes?: Record<string, unknown> };
  expect(doc.services.wukf).toBeDefined();
  return { service: doc.services.wukf!, doc };
}

/** The command compose runs, after its own `$$` -> `$` interpolation. */
function composeHealthcheckArgv(service: ComposeService): string[] {
  const [kind, ...argv] = service.healthcheck.test;
  expect(kind).toBe('CMD');
  return argv.map((arg) => arg.replaceAll('$$', '$'));
}

function dockerfileHealthcheck(text: string): { flags: Record<string, string>; argv: string[] } {
  const match = /^HEALTHCHECK((?: --[a-z-]+=\S+)*) \\\n\s+CMD (\[.*\])$/m.exec(text);
  expect(match, 'HEALTHCHECK ... CMD [exec form]').not.toBeNull();
  const flags = Object.fromEntries([...match![1]!.matchAll(/--([a-z-]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
  return { flags, argv: JSON.parse(match![2]!) as string[] };
}

describe('systemd unit', () => {
  it('runs the installed wukf as the wukf user from absolute paths, sandboxed', () => {
    const { unit } = renderTo(serverContext);
    const s = unitSettings(unit.content);

    expect(one(s, 'ExecStart')).toBe('/usr/bin/node /usr/lib/node_modules/wukf/bin/wukf.js start --dir /etc/wukf');
    for (const key of ['ExecStart', 'ReadWritePaths', 'ReadOnlyPaths']) {
      const paths = one(s, key)!.split(' ').filter((word) => word.includes('/'));
      expect(paths.length, key).toBeGreaterThan(0);
      for (const path of paths) expect(path.replace(/^-/, ''), `${key}: ${path}`).toMatch(/^\//);
    }
    const expected: Record<string, string> = {
      User: 'wukf',
      Group: 'wukf',
      Restart: 'on-failure',
      TimeoutStopSec: '10',
      KillSignal: 'SIGTERM',
      Environment: 'NODE_ENV=production WUKF_LOG_FORMAT=json',
      LimitNOFILE: '65536',
      UMask: '0077',
      ProtectSystem: 'strict',
      ReadWritePaths: '-/var/lib/wukf',
      ReadOnlyPaths: '-/etc/wukf',
      StateDirectory: 'wukf',
      ProtectHome: 'yes',
      NoNewPrivileges: 'yes',
      PrivateTmp: 'yes',
      PrivateDevices: 'yes',
      PrivateUsers: 'yes',
      DevicePolicy: 'closed',
      ProtectKernelTunables: 'yes',
      ProtectKernelModules: 'yes',
      ProtectKernelLogs: 'yes',
      ProtectControlGroups: 'yes',
      ProtectClock: 'yes',
      ProtectHostname: 'yes',
      ProtectProc: 'invisible',
      ProcSubset: 'pid',
      RestrictNamespaces: 'yes',
      RestrictRealtime: 'yes',
      RestrictSUIDSGID: 'yes',
      LockPersonality: 'yes',
      SystemCallArchitectures: 'native',
      CapabilityBoundingSet: '',
      AmbientCapabilities: '',
      KeyringMode: 'private',
      RemoveIPC: 'yes',
    };
    for (const [key, value] of Object.entries(expected)) expect(one(s, key), key).toBe(value);
    expect(one(s, 'RestartSec')).toMatch(/^\d+$/);
    expect(one(s, 'RestrictAddressFamilies')!.split(' ')).toEqual(expect.arrayContaining(['AF_INET', 'AF_INET6', 'AF_UNIX']));
    expect(s.get('SystemCallFilter')).toEqual(['@system-service', '~@privileged @resources']);
    // V8's JIT needs writable+executable memory: this setting would crash node.
    expect(s.has('MemoryDenyWriteExecute')).toBe(false);
    expect(unit.content).toContain('useradd --system --home /nonexistent --shell /usr/sbin/nologin wukf');
    expect(unit.content).toContain('chown -R wukf:wukf /etc/wukf /var/lib/wukf');
  });

  it.skipIf(!hasSystemdAnalyze)('scores an overall exposure of at most 2.0 in systemd-analyze security', async () => {
    const variants: [string, DeployContext][] = [
      ['system-wide install', serverContext],
      ['under /home, listening on every interface', { ...serverContext, configDir: '/home/ops/wukf', dataDir: '/home/ops/wukf/data', host: '0.0.0.0' }],
      ['port 443', { ...serverContext, port: 443, host: '0.0.0.0' }],
    ];
    for (const [name, ctx] of variants) {
      const score = await exposure(renderTo(ctx).unit.path);
      expect(score, name).toBeLessThanOrEqual(2.0);
    }
  });

  it.skipIf(!hasSystemdAnalyze)('quotes paths with spaces, quotes, % and $ so systemd reads them back unchanged', async () => {
    const odd = join(tempDir(), 'my wukf 100% $HOME');
    mkdirSync(join(odd, 'bin'), { recursive: true });
    // systemd-analyze verify checks that ExecStart's program exists, under the name it parsed.
    const nodePath = join(odd, 'bin', 'node');
    symlinkSync(process.execPath, nodePath);
    const quoted = join(odd, `the "main" site's \\ wukf`);
    const { unit } = renderTo({ ...serverContext, configDir: join(quoted, 'etc'), dataDir: join(quoted, 'data'), nodePath, wukfBin: join(quoted, 'wukf.js') });
    expect(unit.content).toContain('100%% $HOME/bin/node');
    expect(unit.content).toContain('100%% $$HOME');

    const result = await execa('systemd-analyze', ['verify', unit.path], { reject: false });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('gives read-only home directories instead of hiding them when wukf or node lives there', () => {
    const protectHome = (ctx: Partial<DeployContext>) => one(unitSettings(renderTo({ ...serverContext, ...ctx }).unit.content), 'ProtectHome');

    expect(protectHome({})).toBe('yes');
    expect(protectHome({ configDir: '/home/ops/wukf', dataDir: '/home/ops/wukf/data' })).toBe('read-only');
    expect(protectHome({ dataDir: '/home/ops/wukf-data' })).toBe('read-only');
    expect(protectHome({ nodePath: '/root/.nvm/versions/node/v20.20.2/bin/node' })).toBe('read-only');
    expect(protectHome({ wukfBin: '/home/ops/.npm-global/lib/node_modules/wukf/bin/wukf.js' })).toBe('read-only');
    // A sibling whose name merely starts with "home" is not a home directory.
    expect(protectHome({ configDir: '/homestead/wukf', dataDir: '/homestead/wukf/data' })).toBe('yes');
  });

  it('keeps only CAP_NET_BIND_SERVICE, without a user namespace, for a port below 1024', () => {
    const s = unitSettings(renderTo({ ...serverContext, port: 443 }).unit.content);
    expect(one(s, 'CapabilityBoundingSet')).toBe('CAP_NET_BIND_SERVICE');
    expect(one(s, 'AmbientCapabilities')).toBe('CAP_NET_BIND_SERVICE');
    expect(one(s, 'PrivateUsers')).toBe('no');
  });

  it('uses StateDirectory only for a data directory under /var/lib', () => {
    const s = unitSettings(renderTo({ ...serverContext, configDir: '/srv/wukf', dataDir: '/srv/wukf/data' }).unit.content);
    expect(one(s, 'StateDirectory')).toBe('');
    expect(one(s, 'ReadWritePaths')).toBe('-/srv/wukf/data');
  });
});

describe('compose file', () => {
  it('builds the image from the installed package, mounts the config read-only and keeps data in a named volume', () => {
    const { compose } = renderTo(serverContext);
    const { service, doc } = composeService(compose.content);

    // The build context is the package bin/wukf.js belongs to; the Dockerfile is the one init wrote.
    expect(service.build).toEqual({ context: '/usr/lib/node_modules/wukf', dockerfile: '/etc/wukf/deploy/Dockerfile', args: { WUKF_UID: '998', WUKF_GID: '997' } });
    expect(service.image).toBe('wukf:0.1.0');
    expect(service.restart).toBe('unless-stopped');
    expect(service.stop_grace_period).toBe('10s');
    expect(service.volumes).toContain('wukf-data:/var/lib/wukf');
    expect(service.volumes).toContainEqual({ type: 'bind', source: '/etc/wukf', target: '/etc/wukf', read_only: true });
    expect(Object.keys(doc.volumes as object)).toContain('wukf-data');
    expect(service.healthcheck).toMatchObject({ interval: '30s', timeout: '5s', retries: 3, start_period: '10s' });
    expect(composeHealthcheckArgv(service).join(' ')).toContain("path:'/health'");
    // server.host 127.0.0.1 means "only this machine": publishing must not widen that.
    expect(service.ports).toEqual(['127.0.0.1:8600:8600']);
    expect(composeService(renderTo({ ...serverContext, host: '0.0.0.0' }).compose.content).service.ports).toEqual(['8600:8600']);
  });

  it('runs as the config directory\'s owner, read-only, without capabilities, limited; never hands the secrets to uid 1000', () => {
    const { compose } = renderTo(serverContext);
    const { service } = composeService(compose.content);
    expect(service.user).toBe('998:997');
    expect(service.read_only).toBe(true);
    expect(service.tmpfs).toEqual(['/tmp']);
    expect(service.cap_drop).toEqual(['ALL']);
    expect(service.security_opt).toEqual(['no-new-privileges:true']);
    expect(service.mem_limit).toMatch(/^\d+[mg]$/);
    expect(service.pids_limit).toBeGreaterThanOrEqual(64);
    expect(compose.content).not.toMatch(/chown[^\n]* 1000/);
    expect(compose.content).toContain('docker compose exec wukf cat /var/lib/wukf/initial-admin-password');
    // Only a root-owned config directory gets the note on running unprivileged.
    expect(compose.content).not.toContain('That owner is root');
    const asRoot = renderTo({ ...serverContext, owner: { uid: 0, gid: 0 } }).compose.content;
    expect(composeService(asRoot).service.user).toBe('0:0');
    expect(asRoot).toContain('That owner is root');
  });

  it('takes the owner from the config directory when none is given', () => {
    const dir = tempDir();
    const { owner: _owner, ...withoutOwner } = serverContext;
    const { service } = composeService(renderTo({ ...withoutOwner, configDir: dir }).compose.content);
    expect(service.user).toBe(`${process.getuid!()}:${process.getgid!()}`);
  });

  it('holds no secrets', () => {
    const { compose } = renderTo(serverContext);
    for (const item of everyKeyAndValue(parseYaml(compose.content))) {
      expect(item, 'looks like a credential').not.toMatch(SECRET_WORD);
      expect(item, 'looks like a key').not.toMatch(SECRET_BLOB);
    }
  });

  it('keeps a config path with colons, quotes, # and $ intact through YAML and compose interpolation', () => {
    const configDir = '/srv/wukf: "prod" #1 $HOME';
    const { service } = composeService(renderTo({ ...serverContext, configDir, dataDir: '/var/lib/wukf' }).compose.content);
    const bind = service.volumes.find((v) => typeof v === 'object' && v.target === '/etc/wukf') as { source: string };
    expect(bind.source).toBe('/srv/wukf: "prod" #1 $$HOME');
    expect(bind.source.replaceAll('$$', '$')).toBe(configDir);
  });
});

describe('healthcheck', () => {
  async function healthServer(status: number, tls: boolean): Promise<number> {
    const handler = (req: { url?: string }, res: { statusCode: number; end(): void }) => {
      res.statusCode = req.url === '/health' ? status : 404;
      res.end();
    };
    let server: Server;
    if (tls) {
      const pems = await generate([{ name: 'commonName', value: 'chat.example.com' }], { keySize: 2048 });
      server = createHttpsServer({ cert: pems.cert, key: pems.private }, handler);
    } else {
      server = createHttpServer(handler);
    }
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  }

  async function probe(port: number, tls: boolean) {
    const { compose, dockerfile } = renderTo({ ...serverContext, port, tls });
    const argv = composeHealthcheckArgv(composeService(compose.content).service);
    // The image and compose run the same probe with the same timing.
    const fromDockerfile = dockerfileHealthcheck(dockerfile.content);
    expect(fromDockerfile.argv).toEqual(argv);
    expect(fromDockerfile.flags).toEqual({ interval: '30s', timeout: '5s', 'start-period': '10s', retries: '3' });
    expect(argv[0]).toBe('node');
    const result = await execa(process.execPath, argv.slice(1), { reject: false, timeout: 20_000 });
    return result.exitCode;
  }

  it('exits 0 only when /health answers 200 over HTTP', async () => {
    expect(await probe(await healthServer(200, false), false)).toBe(0);
    expect(await probe(await healthServer(503, false), false)).toBe(1);
    expect(await probe(await freePort(), false)).toBe(1);
  });

  it('accepts a self-signed certificate over HTTPS', async () => {
    expect(await probe(await healthServer(200, true), true)).toBe(0);
    expect(await probe(await healthServer(503, true), true)).toBe(1);
  });
});

describe('Dockerfile', () => {
  it('installs the locked package from its build context in a build stage and runs it unprivileged with a healthcheck', () => {
    const { dockerfile } = renderTo(serverContext);
    const text = dockerfile.content;
    const stages = text.split(/^FROM /m).slice(1);
    expect(stages.map((stage) => stage.split('\n')[0])).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim']);
    expect(stages[0]).toMatch(/apt-get install[^\n]* python3 make g\+\+/);
    // No registry copy of wukf: the package comes from the context, its dependencies from the lockfile.
    expect(text).not.toMatch(/npm install|wukf@/);
    expect(stages[0]).toMatch(/^COPY package\.json npm-shrinkwrap\.json \.\/$/m);
    expect(stages[0]).toMatch(/^RUN [^\n]*npm ci --omit=dev/m);
    expect(stages[1]).not.toMatch(/g\+\+|apt-get/);

    expect(text).toMatch(/^ARG WUKF_UID=998$/m);
    expect(text).toMatch(/^ARG WUKF_GID=997$/m);
    expect(text).toMatch(/^USER \$\{WUKF_UID\}:\$\{WUKF_GID\}$/m);
    expect(text).not.toMatch(/^USER (node|root|0)/m);
    expect(text).toMatch(/^ENTRYPOINT \["node", "\/opt\/wukf\/bin\/wukf\.js"\]$/m);
    expect(text).toMatch(/^CMD \["start", "--dir", "\/etc\/wukf", "--create-database"\]$/m);
    expect(text).toMatch(/^EXPOSE 8600$/m);
    for (const env of ['WUKF_DIR=/etc/wukf', 'WUKF_DATA_DIR=/var/lib/wukf', 'WUKF_HOST=0.0.0.0', 'WUKF_LOG_FORMAT=json']) expect(stages[1]).toContain(env);
    expect(dockerfileHealthcheck(text).argv.join(' ')).toContain("path:'/health'");
  });

  it('sends the builder only what it copies: no node_modules, no config directory', () => {
    const { dockerfile, dockerignore } = renderTo(serverContext);
    const rules = dockerignore.content.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(rules[0]).toBe('*');
    const allowed = rules.slice(1).map((rule) => rule.replace(/^!/, '').replace(/\/$/, ''));
    const copied = [...dockerfile.content.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' ')).map((src) => src.replace(/\/$/, ''));
    expect(new Set(allowed)).toEqual(new Set(copied));
  });

  it('holds no secrets', () => {
    const { dockerfile } = renderTo(serverContext);
    for (const line of dockerfile.content.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
      expect(line, 'looks like a credential').not.toMatch(SECRET_WORD);
      expect(line, 'looks like a key').not.toMatch(SECRET_BLOB);
    }
  });
});

describe('where wukf is installed', () => {
  const npxBin = '/srv/cache/.npm/_npx/6f2a1c0e9b7d4a3e/node_modules/wukf/bin/wukf.js';

  it('warns about a unit that would run wukf from the npx cache, a temporary directory or the npm cache', () => {
    const [npx] = deployWarnings({ ...serverContext, wukfBin: npxBin });
    expect(npx).toContain("runs wukf from /srv/cache/.npm/_npx/6f2a1c0e9b7d4a3e/node_modules/wukf, in npm's npx cache");
    expect(npx).toContain('npm install -g ./wukf-0.1.0.tgz');
    expect(deployWarnings({ ...serverContext, wukfBin: '/tmp/x/node_modules/wukf/bin/wukf.js' })[0]).toContain('a temporary directory (/tmp)');
    expect(deployWarnings({ ...serverContext, wukfBin: '/var/cache/.npm/wukf/bin/wukf.js' })[0]).toContain("npm's cache");
    expect(deployWarnings(serverContext)).toEqual([]);
  });

  it('writes the warning at the top of the unit, which still runs that path', () => {
    const { unit } = renderTo({ ...serverContext, wukfBin: npxBin });
    expect(unit.content.split('\n')[0]).toMatch(/^# WARNING: the systemd unit runs wukf from \S+_npx\S+, in npm's npx cache/);
    expect(one(unitSettings(unit.content), 'ExecStart')).toBe(`/usr/bin/node ${npxBin} start --dir /etc/wukf`);
    expect(renderTo(serverContext).unit.content).not.toContain('WARNING');
  });

  const closedRoot = (() => {
    try {
      return (statSync('/root').mode & 0o005) !== 0o005;
    } catch {
      return false;
    }
  })();
  it.skipIf(!closedRoot)('warns when wukf or node sits under a home directory other users cannot read', () => {
    const warnings = deployWarnings({ ...serverContext, nodePath: '/root/.nvm/versions/node/v20.20.2/bin/node', wukfBin: '/root/.npm-global/lib/node_modules/wukf/bin/wukf.js' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/runs wukf from \/root\/\S+, but \/root \(mode 07[0-7]0\) is closed to other users, so the unit's User=wukf cannot read it/);
    expect(warnings[1]).toMatch(/runs node from \/root\/\.nvm\S+, but \/root/);
  });

  it('wukf init run from an npx cache says so, and still writes every file', async () => {
    const box = sandbox();
    tempDirs.push(box.root);
    // The package as npx unpacks it: under a hashed directory in ~/.npm/_npx, its dependencies beside it.
    const pkg = box.path('home', '.npm', '_npx', '6f2a1c0e9b7d4a3e', 'node_modules', 'wukf');
    for (const part of ['package.json', 'bin', 'dist', 'templates']) cpSync(join(repoRoot, part), join(pkg, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));

    const port = await freePort();
    const init = await execa(process.execPath, [join(pkg, 'bin', 'wukf.js'), 'init', '--dir', 'etc', '--yes', '--tls', 'none', '--port', String(port)], {
      cwd: box.root,
      env: { ...box.env, ...testRunMarker() },
      extendEnv: false,
      reject: false,
      timeout: 60_000,
    });
    expect(init.stderr).toBe('');
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toContain(`warning: the systemd unit runs wukf from ${pkg}, in npm's npx cache`);
    expect(init.stdout).toContain('npm install -g ./wukf-0.1.0.tgz');
    const unit = readFileSync(box.path('etc', 'deploy', 'wukf.service'), 'utf8');
    expect(unit).toMatch(/^# WARNING: the systemd unit runs wukf from \S+\/_npx\//);
    expect(unit).toContain(`ExecStart=${process.execPath} ${join(pkg, 'bin', 'wukf.js')} start`);
    for (const file of ['compose.yaml', 'Dockerfile', 'Dockerfile.dockerignore']) expect(statSync(box.path('etc', 'deploy', file)).isFile(), file).toBe(true);
  }, 60_000);
});

describe('rendering', () => {
  it('fills placeholders and inserts values verbatim', () => {
    expect(renderTemplate('a={{a}} b={{b}} a={{a}}', { a: '1', b: '{{a}}' })).toBe('a=1 b={{a}} a=1');
  });

  it('fails loudly on an unknown, malformed or unused placeholder', () => {
    expect(() => renderTemplate('port={{port}} host={{hots}}', { port: '1', host: 'x' })).toThrow(/unknown placeholder \{\{hots\}\}/);
    expect(() => renderTemplate('port={{ port }}', { port: '1' })).toThrow(/malformed placeholder/);
    expect(() => renderTemplate('port={{port}', { port: '1' })).toThrow(/unmatched/);
    expect(() => renderTemplate('port=8600', { port: '1' })).toThrow(/not used by the template: port/);
  });

  it('refuses relative paths, control characters and loose versions', () => {
    expect(() => renderDeployFiles({ ...serverContext, configDir: 'wukf' })).toThrow(/configDir must be an absolute path/);
    expect(() => renderDeployFiles({ ...serverContext, dataDir: '/var/lib/wukf\nExecStartPre=/bin/sh' })).toThrow(/dataDir must not contain control characters/);
    expect(() => renderDeployFiles({ ...serverContext, version: 'latest' })).toThrow(/exact version/);
    expect(() => renderDeployFiles({ ...serverContext, nodePath: "/opt/joe's node/bin/node" })).toThrow(/nodePath must not contain quotes/);
  });
});
