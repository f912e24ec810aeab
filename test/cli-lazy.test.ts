import { readFileSync } from 'node:fs';
import { Help } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/index.js';
import type { CliContext } from '../src/cli/context.js';
import { repoRoot, sandbox, wukf, type Sandbox } from './helpers/cli.js';

let box: Sandbox;

beforeEach(() => {
  box = sandbox();
});

afterEach(() => box.cleanup());

/** Runs the real binary under test/helpers/record-modules.mjs; returns its result and every module it loaded. */
async function loadedBy(args: string[]) {
  const log = box.path('modules.log');
  const res = await wukf(box, args, { env: { WUKF_MODULE_LOG: log, NODE_OPTIONS: `--import ${repoRoot}test/helpers/record-modules.mjs` } });
  return { res, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

/** What a command that only prints must never load: the server, TLS, the database, config parsing, the console. */
const HEAVY = ['fastify', 'pino', 'better-sqlite3', 'selfsigned', '@peculiar', 'yaml', 'zod', 'ink', 'react', '@inquirer', 'ws', 'protobufjs'];

function heavyIn(modules: string[], names: string[]): string[] {
  return modules.filter((m) => names.some((n) => m.includes(`/node_modules/${n}/`)));
}

describe('wukf loads only what the invoked command uses', () => {
  it('--version and --help load none of the server, TLS, database, config or console libraries', async () => {
    const version = await loadedBy(['--version']);
    expect(version.res.exitCode).toBe(0);
    expect(version.res.stdout.trim()).toBe(JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')).version);
    // The hook saw the binary itself: an empty list would prove nothing.
    expect(version.modules.some((m) => m.endsWith('/dist/cli/index.js'))).toBe(true);
    expect(heavyIn(version.modules, HEAVY)).toEqual([]);

    const help = await loadedBy(['--help']);
    expect(help.res.exitCode).toBe(0);
    for (const { name, description } of COMMANDS) {
      expect(help.res.stdout).toContain(`  ${name}`);
      expect(help.res.stdout.replace(/\s+/g, ' ')).toContain(description);
    }
    expect(heavyIn(help.modules, HEAVY)).toEqual([]);
  });

  it('agent --help builds the agent commands without the HTTP server', async () => {
    const { res, modules } = await loadedBy(['agent', '--help']);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toContain('passwd [options] <username>');
    expect(modules.some((m) => m.includes('/dist/cli/commands/agent/'))).toBe(true);
    expect(heavyIn(modules, ['fastify', 'pino', 'selfsigned', '@peculiar', 'ink', 'react'])).toEqual([]);
    // The control socket's file name comes from the server's http folder: that file needs node:http only.
    expect(modules.filter((m) => m.includes('/dist/server/http/') && !m.endsWith('/control-socket.js'))).toEqual([]);
  });

  it('an unknown command is still refused with a suggestion and the usage exit status', async () => {
    const res = await wukf(box, ['stat']);
    expect(res.exitCode).toBe(64);
    expect(res.stderr).toContain("unknown command 'stat'");
    expect(res.stderr).toContain('Did you mean start?');
  });

  it('help <command> shows the real command, not its placeholder', async () => {
    const res = await wukf(box, ['help', 'init']);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toContain('--dry-run');
  });
});

describe('the top-level help lists each command as the command itself would', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s', async (_name, entry) => {
    const ctx = { exitCode: 0 } as CliContext;
    const command = (await entry.load())(ctx);
    expect(command.name()).toBe(entry.name);
    expect(new Help().subcommandTerm(command)).toBe(entry.term);
    expect(command.description()).toBe(entry.description);
  });
});
