import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { onTestFailed } from 'vitest';
import YAML from 'yaml';
import type { WukfClient } from '../../src/client/index.js';
import { CONFIG_FILE_NAME, loadConfig } from '../../src/server/config/index.js';
import type { NewGroup } from '../../src/server/domain/group.js';
import { SqliteStore } from '../../src/server/store/index.js';
import { initDir, sandbox, startServer, wukfBin, type RunningServer, type Sandbox } from './cli.js';
import { Recorder } from './routing.js';
import { login, sdkClient, visitorToken } from './sdk.js';
import { createAgents, type TestAgent } from './server.js';
import { TmuxSession } from './tmux.js';

/*
 * `wukf start` and `wukf tui` as a person runs them: the real binary serving, the real console in a tmux
 * terminal of 80x24 without colours, and visitors and agents as SDK clients of this process over WebSockets.
 */

export interface TuiStageOptions {
  /** Written into wukf.yaml's `routing` before the server starts. */
  routing?: Record<string, unknown>;
  groups?: NewGroup[];
  agents?: TestAgent[];
}

export interface TuiStage {
  box: Sandbox;
  dir: string;
  server: RunningServer;
  /** `wukf tui` with these arguments in a new 80x24 terminal. */
  tui(args: string[]): TmuxSession;
  /** A new anonymous visitor, connected, recording what it is told. */
  visitor(): Promise<Recorder>;
  /** An agent signed in with a password, connected, recording what it is told. */
  agent(username: string, password: string): Promise<Recorder>;
  /** Closes the clients and terminals, stops the server, removes the sandbox. */
  cleanup(): Promise<void>;
}

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** A config dir from `wukf init` with the given routing, groups and accounts, served by `wukf start`. */
export async function tuiStage(opts: TuiStageOptions = {}): Promise<TuiStage> {
  const box = sandbox();
  const clients: WukfClient[] = [];
  const terms: TmuxSession[] = [];
  let server: RunningServer | undefined;
  const cleanup = async () => {
    for (const t of terms.splice(0)) t.kill();
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server?.stop();
    box.cleanup();
  };
  try {
    const dir = box.path('wukf');
    await initDir(box, dir);
    const file = box.path('wukf', CONFIG_FILE_NAME);
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    for (const [key, value] of Object.entries(opts.routing ?? {})) doc.setIn(['routing', key], value);
    writeFileSync(file, doc.toString());
    const database = loadConfig(dir, {}).paths.database;
    const store = SqliteStore.open(database);
    try {
      for (const g of opts.groups ?? []) await store.createGroup(g);
    } finally {
      await store.close();
    }
    await createAgents(database, opts.agents ?? []);
    server = await startServer(box, ['--dir', dir]);
    const { url } = server;
    const wsUrl = `${url.replace('http', 'ws')}/ws`;
    const connect = async (token: string | (() => Promise<string>)) => {
      const client = sdkClient(wsUrl, token);
      clients.push(client);
      const recorder = new Recorder(client);
      await client.connect();
      return recorder;
    };
    return {
      box,
      dir,
      server,
      tui: (args) => {
        const command = [process.execPath, wukfBin, 'tui', ...args].map(quote).join(' ');
        const term = TmuxSession.start(command, box.root, { ...box.env, TERM: 'xterm-256color', NO_COLOR: '1' }, { columns: 80, rows: 24 });
        terms.push(term);
        // A test that times out on an SDK wait says nothing of the screen; the screen often says why.
        onTestFailed(() => {
          try {
            console.error(`the terminal showed:\n${term.screen()}`);
          } catch {
            /* the terminal is gone already */
          }
        });
        return term;
      },
      visitor: async () => connect(await visitorToken(url)),
      agent: (username, password) => connect(() => login(url, username, password)),
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

export interface TerminalModes {
  /** The program switched to the alternate screen. */
  alternateScreen: boolean;
  cursorVisible: boolean;
  /** Line editing and echo are off, as a full-screen program sets them. */
  rawInput: boolean;
}

/** What a program left the terminal set to: as tmux tracks the screen, and as the kernel holds the tty. */
export function terminalModes(term: TmuxSession): TerminalModes {
  const [alternate, cursor, tty] = term.display('#{alternate_on} #{cursor_flag} #{pane_tty}').split(' ');
  const stty = execFileSync('stty', ['-a', '-F', tty!], { encoding: 'utf8' });
  return { alternateScreen: alternate === '1', cursorVisible: cursor === '1', rawInput: /(^|\s)-icanon(\s|$)/.test(stty) && /(^|\s)-echo(\s|$)/.test(stty) };
}
