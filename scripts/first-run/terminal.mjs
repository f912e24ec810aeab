// A real terminal for `wukf tui`: a detached tmux session on a tmux server of its own (-L), read with
// capture-pane, as test/helpers/tmux.ts does for the tests.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

export class Terminal {
  constructor(command, env, { columns = 100, rows = 30 } = {}) {
    this.socket = `wukf-first-run-${process.pid}`;
    const exports = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    this.tmux(['new-session', '-d', '-s', 'walk', '-x', String(columns), '-y', String(rows), `env ${exports} ${command}; echo "[exit $?]"; sleep 600`]);
  }

  tmux(args) {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen() {
    return this.tmux(['capture-pane', '-p', '-t', 'walk']);
  }

  /** Types literal text (never read as key names), or presses the named keys. */
  type(text) {
    this.tmux(['send-keys', '-t', 'walk', '-l', text]);
  }

  press(...keys) {
    this.tmux(['send-keys', '-t', 'walk', ...keys]);
  }

  /**
   * Polls the screen until the text shows: a terminal has no event to wait on. Fails at once when the command
   * has exited, and after timeoutMs otherwise, showing the screen either way.
   */
  async waitFor(text, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (/\[exit \d+\]/.test(screen)) throw new Error(`the console exited without showing ${text}:\n${screen}`);
      if (Date.now() > deadline) throw new Error(`the console never showed ${text}:\n${screen}`);
      await delay(100);
    }
  }

  /** Ends the session and its server, and removes the server's socket, which tmux leaves behind. */
  kill() {
    try {
      const socket = execFileSync('tmux', ['-L', this.socket, 'display-message', '-p', '-t', 'walk', '#{socket_path}'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      execFileSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
      rmSync(socket, { force: true });
    } catch { /* already gone */ }
  }
}
