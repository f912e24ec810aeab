import { execFileSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { RUN_BUDGET_MS } from './cli.js';

export const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A real terminal: a detached tmux session running one command, read with capture-pane. */
export class TmuxSession {
  private constructor(readonly name: string) {}

  static start(command: string, cwd: string, env: Record<string, string>, size = { columns: 160, rows: 50 }): TmuxSession {
    const name = `wukf-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const exports = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, `env ${exports} ${command}; echo "[exit $?]"; sleep 600`]);
    return new TmuxSession(name);
  }

  /** The visible screen as text; with escapes, also the colours and attributes it is drawn with. */
  screen(escapes = false): string {
    return execFileSync('tmux', ['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.name], { encoding: 'utf8' });
  }

  send(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  /**
   * Polls the screen until it contains the text; the terminal has no event to wait on. Fails at once when
   * the command has exited without showing it, since it never will then, and otherwise after as long as one
   * run of the binary may take, showing the screen.
   */
  async waitFor(text: string | RegExp, timeoutMs = RUN_BUDGET_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (/\[exit \d+\]/.test(screen)) throw new Error(`the command exited without showing ${String(text)}; the terminal shows:\n${screen}`);
      if (Date.now() > deadline) throw new Error(`terminal never showed ${String(text)}; it shows:\n${screen}`);
      await delay(50);
    }
  }

  /**
   * Polls until the text has left the screen. Send the next key only after this when the one before was
   * escape: a terminal app reads escape and a key that follows at once as one alt-key.
   */
  async waitForGone(text: string, timeoutMs = RUN_BUDGET_MS): Promise<string> {
    return this.waitFor(new RegExp(`^(?![\\s\\S]*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`), timeoutMs);
  }

  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      /* already gone */
    }
  }
}
