// The scratch machine of the walkthrough: one temp root holding HOME, the npm prefix and /etc/wukf, the
// commands run in it, and what the document shows of them. Everything it starts is stopped on exit.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** What the document shows instead of the temp root, so re-runs diff little. */
export const SHOWN_ROOT = '/opt/demo';

/**
 * A run of 32 or more key-like characters with letters and digits in it: a hex digest, a base64url secret, a
 * token. Standard base64 (with "/") is caught separately, only when long and mixed, so paths do not count;
 * test/first-run-doc.test.ts checks the document the same way.
 */
export const SECRET_LOOKING = /(?<![A-Za-z0-9+_-])(?=[A-Za-z0-9+_-]*\d)(?=[A-Za-z0-9+_-]*[A-Za-z])[A-Za-z0-9+_-]{32,}={0,2}/g;

export class Scratch {
  constructor() {
    // Not under the temporary directory: init rightly warns about a unit that runs wukf from there, and the
    // walkthrough is an install meant to stay. The repository's .scratch/ is neither temporary nor a home.
    const parent = fileURLToPath(new URL('../../.scratch/', import.meta.url));
    mkdirSync(parent, { recursive: true });
    this.root = realpathSync(mkdtempSync(join(parent, 'first-run-')));
    this.home = this.path('home');
    this.prefix = this.path('usr', 'local');
    for (const d of [this.home, this.prefix, this.path('src')]) mkdirSync(d, { recursive: true });
    // This machine's npm settings (registry, proxy, where node's headers are for building better-sqlite3)
    // apply in the scratch HOME as they would in the operator's own.
    if (existsSync(join(homedir(), '.npmrc'))) copyFileSync(join(homedir(), '.npmrc'), join(this.home, '.npmrc'));
    this.env = {
      HOME: this.home,
      PATH: `${join(this.prefix, 'bin')}:${process.env.PATH}`,
      LANG: 'C.UTF-8',
      NO_COLOR: '1',
      TERM: 'xterm-256color',
      // The operator's npm cache is shared (a cache, not an install): a cold one makes the install take minutes.
      npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
      // --prefix moves npm's global config to <prefix>/etc/npmrc; this machine's (a CA file, a proxy) still applies.
      npm_config_globalconfig: execFileSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).trim(),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    this.children = new Set();
    this.cleanups = [];
    /** Literal strings that must never reach the document (passwords typed or piped). */
    this.secrets = [];
    /** Values replaced in everything shown, e.g. a port chosen at run time → the port the doc names. */
    this.replacements = [];
  }

  path(...parts) {
    return join(this.root, ...parts);
  }

  /** Text as the document shows it: root and run-time values replaced, secrets redacted, volatile fields fixed. */
  show(text) {
    let out = text.split(this.root).join(SHOWN_ROOT);
    for (const [from, to] of this.replacements) out = out.replace(from, to);
    for (const s of this.secrets) out = out.split(s).join('<redacted>');
    return out
      .replace(/("(?:password|token|secret|key)"\s*:\s*)"[^"]*"/gi, '$1"<redacted>"')
      .replace(SECRET_LOOKING, '<redacted>')
      .replace(/[A-Za-z0-9+/]{40,}={0,2}/g, (m) => (/\d/.test(m) && /[a-z]/.test(m) && /[A-Z]/.test(m) ? '<redacted>' : m))
      .replace(/"time":(?:\d{13}|"[0-9T:.Z-]+")/g, '"time":"<time>"')
      .replace(/"(uptime|uptimeMs|startupMs)":\d+/g, '"$1":"<n>"')
      .replace(/started in \d+ ms/g, 'started in <n> ms')
      .replace(/"pid":\d+/g, '"pid":"<pid>"')
      .replace(/"hostname":"[^"]*"/g, '"hostname":"demo"')
      .replace(/[ \t]+$/gm, '');
  }

  /** Runs a command to completion; fails the step on a non-zero exit unless `allowFail`. */
  run(file, args, { input, env = {}, cwd = this.root, allowFail = false, timeoutMs = 600_000 } = {}) {
    try {
      const stdout = execFileSync(file, args, { cwd, env: { ...this.env, ...env }, input: input ?? '', encoding: 'utf8', timeout: timeoutMs, stdio: ['pipe', 'pipe', 'pipe'] });
      return { code: 0, output: stdout };
    } catch (err) {
      const output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
      if (allowFail && typeof err.status === 'number') return { code: err.status, output };
      throw new Error(`${file} ${args.join(' ')} failed (${err.status ?? err.code ?? err.signal}):\n${output}`);
    }
  }

  /** Starts a long-running process; its output is kept line by line and can be waited on. */
  spawn(file, args, { env = {}, cwd = this.root } = {}) {
    const child = spawn(file, args, { cwd, env: { ...this.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const proc = { child, lines: [], exited: new Promise((r) => child.once('exit', (code, signal) => r({ code, signal }))) };
    let pending = '';
    const take = (chunk) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop();
      proc.lines.push(...parts);
      child.emit('lines');
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return proc;
  }

  /** Resolves with the first line (already printed or still to come) that matches; rejects on exit or timeout. */
  waitForLine(proc, pattern, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = proc.lines.find((l) => pattern.test(l));
        if (line === undefined) return false;
        done();
        resolve(line);
        return true;
      };
      const onExit = () => { done(); reject(new Error(`exited before printing ${pattern}:\n${proc.lines.join('\n')}`)); };
      const timer = setTimeout(() => { done(); reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${proc.lines.join('\n')}`)); }, timeoutMs);
      const done = () => { clearTimeout(timer); proc.child.off('lines', check); proc.child.off('exit', onExit); };
      if (check()) return;
      proc.child.on('lines', check);
      proc.child.once('exit', onExit);
    });
  }

  onCleanup(fn) {
    this.cleanups.push(fn);
  }

  /** Stops what is still running and removes the root; safe to call twice. */
  cleanup() {
    for (const child of this.children) child.kill('SIGKILL');
    for (const fn of this.cleanups.splice(0).reverse()) {
      try { fn(); } catch { /* the rest still runs */ }
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
