import { render } from 'ink';
import { createElement } from 'react';
import type { TokenSource } from '../client/index.js';
import { App } from './App.js';
import type { ConsoleActions } from './console-actions.js';
import { loginOverHttp, webSocketUrl } from './login.js';
import { startSession, type ConsoleSession } from './session.js';
import { createTuiStore } from './store.js';

export interface TuiOptions {
  /** The server, as http(s)://host:port. */
  baseUrl: string;
  /** A token in hand (signed on the server's box); absent: the console asks for a username and password. */
  token?: TokenSource;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/**
 * Runs the console on the terminal until the agent quits; the terminal is given back as it was (raw mode off,
 * cursor shown) however it ends.
 */
export async function runTui(options: TuiOptions): Promise<void> {
  const store = createTuiStore();
  let session: ConsoleSession | undefined;
  let quit: () => void = () => undefined;
  const quitting = new Promise<void>((resolve) => (quit = resolve));

  const app = (actions: ConsoleActions | undefined) =>
    createElement(App, { store, server: options.baseUrl, actions, onQuit: () => quit(), login: options.token === undefined ? login : undefined });
  const begin = (token: TokenSource) => {
    session = startSession(store, webSocketUrl(options.baseUrl), token);
    ink.rerender(app(session.actions));
  };
  const login = async (username: string, password: string) => begin(await loginOverHttp(options.baseUrl, username, password));

  const ink = render(app(undefined), { stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false, patchConsole: false });
  try {
    if (options.token !== undefined) begin(options.token);
    await Promise.race([quitting, ink.waitUntilExit()]);
  } finally {
    ink.unmount();
    await session?.stop();
  }
}
