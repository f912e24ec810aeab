import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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

/**
 * A real terminal: a detached tmux session running one command, read with capture-pane. Each runs on a tmux
 * server of its own: the default one is shared with whoever else uses tmux on the machine, and its sessions
 * vanish when somebody runs kill-server.
 */
export class TmuxSession {
  private constructor(readonly name: string) {}

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.name, ...args], { encoding: 'utf8' });
  }

  static start(command: string, cwd: string, env: Record<string, string>, size = { columns: 160, rows: 50 }): TmuxSession {
    const name = `wukf-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const exports = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    const session = new TmuxSession(name);
    session.tmux(['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, `env ${exports} ${command}; echo "[exit $?]"; sleep 600`]);
    return session;
  }

  /** The visible screen as text; with escapes, also the colours and attributes it is drawn with. */
  screen(escapes = false): string {
    return this.tmux(['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.name]);
  }

  send(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /**
   * Polls the screen until it contains the text (or matches, or the check holds); the terminal has no event to wait on. Fails at once when
   * the command has exited without showing it, since it never will then, and otherwise after as long as one
   * run of the binary may take, showing the screen.
   */
  async waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = RUN_BUDGET_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : typeof text === 'function' ? text(screen) : text.test(screen)) return screen;
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


  /** Resizes the terminal, as a person dragging the window would; the app gets SIGWINCH. */
  resize(columns: number, rows: number): void {
    this.tmux(['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
  }

  /** What tmux knows of the pane, in its format language (#{cursor_flag}, #{pane_tty} …). */
  display(format: string): string {
    return this.tmux(['display-message', '-p', '-t', this.name, format]).trim();
  }

  /** Ends the session and its server, and removes the server's socket, which tmux leaves behind. */
  kill(): void {
    try {
      const socket = this.display('#{socket_path}');
      execFileSync('tmux', ['-L', this.name, 'kill-server'], { stdio: 'ignore' });
      rmSync(socket, { force: true });
    } catch {
      /* already gone */
    }
  }
}
