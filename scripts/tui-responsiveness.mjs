#!/usr/bin/env node
// How `wukf tui` keeps up with a loaded server: keystroke-to-redraw times and the console's own CPU.
//
//   node scripts/tui-responsiveness.mjs [--idle <s>] [--rounds <n>] [--dir <held server dir>] [bench options…]
//
// Without --dir it starts `wukf bench dashboard --hold` (its defaults: 200 agents, 1,000 conversations under
// load; any other option is handed to it) and stops it at the end. The console runs as the server's first
// admin in a real terminal (tmux), so it is on the dashboard stream the whole time. Prints one JSON line.
// Needs `npm run build` first (it runs bin/wukf.js) and tmux.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const bin = fileURLToPath(new URL('../bin/wukf.js', import.meta.url));
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const KEY_TIMEOUT_MS = 10_000;

function parseArgs(argv) {
  const own = { idle: 10, rounds: 3, dir: undefined };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name in own && argv[i].startsWith('--')) own[name] = name === 'dir' ? argv[++i] : Number(argv[++i]);
    else rest.push(argv[i]);
  }
  if (!(own.idle > 0) || !(own.rounds > 0)) throw new Error('--idle and --rounds take a positive number');
  return { ...own, bench: rest };
}

/** `wukf bench dashboard --hold --json`: resolves with its announcement once the population is up. */
function holdPopulation(args) {
  const proc = spawn(process.execPath, [bin, 'bench', 'dashboard', '--hold', '--json', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout });
  const ready = new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{') && JSON.parse(line).holding) resolve(JSON.parse(line));
    });
    proc.once('exit', (code) => reject(new Error(`wukf bench dashboard --hold exited (${code}) before the population was up`)));
  });
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGINT');
    const kill = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    await gone;
    clearTimeout(kill);
  };
  return { ready, stop };
}

const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The process tree under a pid, from /proc/<pid>/task/<pid>/children. */
function descendants(pid) {
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

const cmdline = (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');

/** CPU seconds (utime + stime) and resident memory of one process. */
function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return { cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLK_TCK, rssBytes: rssKb * 1024 };
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const r = (n) => Math.round(n * 100) / 100;
  return { count: sorted.length, p50: r(at(50)), p90: r(at(90)), p99: r(at(99)), max: r(sorted.at(-1)), mean: r(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
}

/** The screen row the list cursor (">") is on; -1 when no list is shown. */
const cursorRow = (screen) => screen.split('\n').findIndex((line) => line.startsWith('> '));

class Console {
  constructor(name) {
    this.name = name;
    this.captures = [];
  }

  screen() {
    const t = performance.now();
    const text = tmux('capture-pane', '-p', '-t', this.name);
    this.captures.push(performance.now() - t);
    return text;
  }

  /** Polls (no sleep between captures) until the screen satisfies `done`; the time from `since`, in ms. */
  until(done, since = performance.now(), timeoutMs = KEY_TIMEOUT_MS) {
    for (;;) {
      const screen = this.screen();
      if (done(screen)) return { ms: performance.now() - since, screen };
      if (/\[exit \d+\]/.test(screen)) throw new Error(`wukf tui exited:\n${screen}`);
      if (performance.now() - since > timeoutMs) throw new Error(`the console never showed what was expected; it shows:\n${screen}`);
    }
  }

  /** Sends one key and times it until its effect shows. */
  press(key, effect) {
    const before = this.screen();
    const since = performance.now();
    tmux('send-keys', '-t', this.name, key);
    return this.until((screen) => effect(screen, before), since).ms;
  }
}

const PANES = { 1: 'Health', 2: 'Queues', 3: 'Agents', 4: 'Sessions' };
const showsPane = (n) => (screen) => screen.includes(`[${n} ${PANES[n]}]`);
const moved = (step) => (screen, before) => cursorRow(before) >= 0 && cursorRow(screen) === cursorRow(before) + step;
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The same keystroke-to-screen measurement against `cat` echoing in a terminal beside it, under the same load:
 * what tmux, the polling and the machine add on their own, with no application to speak of.
 */
function measureFloor(name, count) {
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', 'cat');
  try {
    const term = new Console(name);
    const xs = (screen) => screen.split('x').length - 1;
    const times = [];
    for (let i = 0; i < count; i++) times.push(term.press('x', (screen, before) => xs(screen) > xs(before)));
    return summary(times);
  } finally {
    tmux('kill-session', '-t', name);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const held = args.dir === undefined ? holdPopulation(args.bench) : undefined;
  const name = `wukf-tui-load-${process.pid}`;
  try {
    const population = held ? await held.ready : { dir: args.dir };
    const env = `env NO_COLOR=1 TERM=xterm-256color`;
    tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', `${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} tui --dir ${JSON.stringify(population.dir)}; echo "[exit $?]"; sleep 600`);
    const ui = new Console(name);
    const started = performance.now();
    const firstScreen = ui.until((s) => /Health: (OK|\d+ problems?)/.test(s) && s.includes('[1 Health]'), started, 60_000).ms;
    const shell = Number(tmux('display', '-p', '-t', name, '#{pane_pid}').trim());
    const pid = descendants(shell).find((p) => cmdline(p).includes('tui'));
    if (pid === undefined) throw new Error('no wukf tui process under the tmux pane');

    // The console idle on a pane while the stream goes on: what drawing the dashboard costs by itself.
    const idle = {};
    for (const n of [1, 4]) {
      ui.press(String(n), showsPane(n));
      const a = usage(pid);
      await wait(args.idle * 1000);
      idle[PANES[n].toLowerCase()] = Math.round(((usage(pid).cpuSeconds - a.cpuSeconds) / args.idle) * 1000) / 10;
    }

    const pane = [];
    const move = [];
    ui.captures = [];
    const a = usage(pid);
    const keysFrom = performance.now();
    for (let round = 0; round < args.rounds; round++) {
      for (const n of [2, 3, 4, 1]) {
        pane.push(ui.press(String(n), showsPane(n)));
        if (n === 1) continue;
        ui.until((s) => cursorRow(s) >= 0);
        for (let i = 0; i < 5; i++) move.push(ui.press('j', moved(1)));
        for (let i = 0; i < 5; i++) move.push(ui.press('k', moved(-1)));
      }
    }
    const keysSeconds = (performance.now() - keysFrom) / 1000;
    const b = usage(pid);
    const floor = measureFloor(`${name}-floor`, pane.length + move.length);
    const captureMs = summary(ui.captures);
    process.stdout.write(
      `${JSON.stringify({
        measurement: 'tui-responsiveness',
        population: held ? { agents: population.agents, conversations: population.conversations, active: population.active } : { dir: args.dir },
        terminal: '160x50 tmux, NO_COLOR',
        firstScreenMs: Math.round(firstScreen),
        redrawMs: { all: summary([...pane, ...move]), paneSwitch: summary(pane), cursorMove: summary(move) },
        floorMs: floor,
        resolution: `bounded by the polling: from tmux send-keys until tmux capture-pane shows the change, one capture every ${captureMs.mean} ms on average (p99 ${captureMs.p99} ms), so each figure is late by up to one capture`,
        tuiCpuPercent: { idleHealthPane: idle.health, idleSessionsPane: idle.sessions, whileKeying: Math.round(((b.cpuSeconds - a.cpuSeconds) / keysSeconds) * 1000) / 10 },
        tuiRssBytes: b.rssBytes,
        idleSeconds: args.idle,
        keystrokes: pane.length + move.length,
      })}\n`,
    );
  } finally {
    for (const session of [name, `${name}-floor`]) {
      try {
        tmux('kill-session', '-t', session);
      } catch {
        // never started, or gone already
      }
    }
    await held?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`tui-responsiveness: ${err.stack ?? err}\n`);
  process.exitCode = 1;
});
