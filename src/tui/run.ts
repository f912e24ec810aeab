import { render } from 'ink';
import { createElement } from 'react';
import type { TokenSource } from '../client/index.js';
import { App } from './App.js';
import { agentConsole } from './console.js';

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
 * cursor shown) however it ends. Ink's incremental rendering stays off: with a frame as tall as the terminal
 * it lost track of the lines and left old ones on screen.
 */
export async function runTui(options: TuiOptions): Promise<void> {
  const wiring = agentConsole(options.baseUrl, options.token);
  let quit: () => void = () => undefined;
  const quitting = new Promise<void>((resolve) => (quit = resolve));
  const ink = render(createElement(App, wiring.props(() => quit())), { stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false, patchConsole: false });
  try {
    await Promise.race([quitting, ink.waitUntilExit()]);
  } finally {
    ink.unmount();
    await wiring.stop();
  }
}
