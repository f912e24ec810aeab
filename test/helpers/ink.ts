import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { act, type ReactElement } from 'react';

/**
 * An Ink tree rendered into ink-testing-library's fake terminal, with waits on what a person would see.
 * React 19 commits updates asynchronously, so a test never reads a frame right after an event: it waits for
 * the frame that shows the outcome, checking the current frame first and then each new one as it is written.
 * Rendering and key presses run inside React's act(), which returns once their updates and effects are done:
 * otherwise a key pressed right after a frame could reach an input handler from before that frame. Updates
 * from elsewhere (a store fed by a real server) are left to React, and show up as frames to wait for.
 */
export interface RenderedTui {
  /** The latest frame as plain text (no colours). */
  frame(): string;
  /** Resolves with the frame once it contains every text (or the check holds). */
  waitFor(expected: string | string[] | ((frame: string) => boolean)): Promise<string>;
  /** Types keys once Ink reads input; `\r` enter, `\t` tab, `\u001B` esc, `\u001B[5~` page up. */
  press(...keys: string[]): Promise<void>;
  rerender(tree: ReactElement): Promise<void>;
  unmount(): void;
}

const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/** A little under the tests' 30 s timeout, so a wait that never ends says what it waited for. */
const WAIT_LIMIT_MS = 25_000;

/** Runs fn in act(), telling React so only for that span (updates outside it are not test-driven). */
async function settled(fn: () => void): Promise<void> {
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => fn());
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

export async function renderTui(tree: ReactElement): Promise<RenderedTui> {
  let rendered: ReturnType<typeof render> | undefined;
  await settled(() => {
    rendered = render(tree);
  });
  const instance = rendered!;
  const { stdout, stdin } = instance;
  // ink-testing-library's stdout keeps frames without telling anyone: announce each one.
  const write = stdout.write;
  stdout.write = (frame: string) => {
    write(frame);
    stdout.emit('frame', frame);
  };
  const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');

  const waitFor = (expected: string | string[] | ((frame: string) => boolean)) => {
    const check = typeof expected === 'function' ? expected : (f: string) => [expected].flat().every((text) => f.includes(text));
    return new Promise<string>((resolve, reject) => {
      // Not a wait on time: only a way to fail with the screen in hand before the test's own timeout does.
      const giveUp = setTimeout(() => {
        stdout.off('frame', test);
        reject(new Error(`the screen never showed ${typeof expected === 'function' ? 'what the check wants' : JSON.stringify(expected)}; it shows:\n${frame()}`));
      }, WAIT_LIMIT_MS);
      const test = () => {
        const now = frame();
        if (!check(now)) return;
        clearTimeout(giveUp);
        stdout.off('frame', test);
        resolve(now);
      };
      stdout.on('frame', test);
      test();
    });
  };

  // Ink reads stdin from its 'readable' event once a useInput handler is active.
  const inputReady = () =>
    new Promise<void>((resolve) => {
      if (stdin.listenerCount('readable') > 0) return resolve();
      const onListener = (event: string) => {
        if (event !== 'readable') return;
        stdin.off('newListener', onListener);
        resolve();
      };
      stdin.on('newListener', onListener);
    });

  return {
    frame,
    waitFor,
    async press(...keys) {
      await inputReady();
      for (const key of keys) await settled(() => stdin.write(key));
    },
    rerender: (next) => settled(() => instance.rerender(next)),
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}

export const KEY = { enter: '\r', tab: '\t', esc: '\u001B', up: '\u001B[A', down: '\u001B[B', pageUp: '\u001B[5~', backspace: '\u007F', ctrl: (c: string) => String.fromCharCode(c.charCodeAt(0) - 96) };
