// Writes docs/first-run.md: the first run of wukf, from a clean machine to a systemd-style service with TLS on a
// named host, an agent in `wukf tui` and the widget on a page, run for real in a scratch directory (HOME, the
// npm prefix and the config all inside it; nothing global is touched). Every command and what it printed goes
// into the document. Re-run it whenever the CLI changes: node scripts/first-run.mjs [--out file]
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc, shellQuote } from './first-run/doc.mjs';
import { SHOWN_ROOT, Scratch } from './first-run/scratch.mjs';
import { Terminal } from './first-run/terminal.mjs';
import { showWidget } from './first-run/widget.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(repo, 'docs', 'first-run.md');
const HOST = 'chat.example.test';
const SHOWN_PORT = 8443;

const box = new Scratch();
const doc = new Doc((text) => box.show(text));
const etc = box.path('etc', 'wukf');
let current = 'setup';

/** Runs a command, shows it and its output in the document, and returns the output. */
function sh(file, args, { shown, maxLines, ...opts } = {}) {
  const { code, output } = box.run(file, args, opts);
  doc.shell(shown ?? [file, ...args].map(shellQuote).join(' '), code === 0 ? output : `${output}\n(exit ${code})`, { maxLines });
  return output;
}
const wukf = (args, opts = {}) => sh('wukf', args, opts);

function freePort(port) {
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(freePort(0)));
    server.listen(port, '0.0.0.0', () => { const { port: got } = server.address(); server.close(() => resolve(got)); });
  });
}

/** ExecStart= and Environment= of a unit, split as systemd splits them (double quotes; no specifiers used). */
function unitCommand(unit) {
  const value = (key) => unit.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1] ?? '';
  const words = (s) => [...s.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]));
  const env = Object.fromEntries(words(value('Environment')).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  return { argv: words(value('ExecStart')), env, line: value('ExecStart') };
}

async function walk() {
  const port = await freePort(SHOWN_PORT);
  if (port !== SHOWN_PORT) box.replacements.push([new RegExp(`\\b${port}\\b`, 'g'), String(SHOWN_PORT)]);
  const url = `https://${HOST}:${port}`;
  const password = `lw-${randomBytes(12).toString('base64url')}`;
  box.secrets.push(password);

  doc.text(`# First run: from a clean machine to a service with TLS

This walkthrough is generated: \`node scripts/first-run.mjs\` runs every command below for real and writes this
page with what each one printed, trimmed where long. It ran in a scratch directory shown here as
\`${SHOWN_ROOT}\` (HOME, the npm prefix \`${SHOWN_ROOT}/usr/local\` and the config \`${SHOWN_ROOT}/etc/wukf\` are all
inside it); on a server they are \`/usr/local\` and \`/etc/wukf\`. The server's port is shown as ${SHOWN_PORT}.
Passwords and secrets are replaced by \`<redacted>\`; timestamps and process ids in log lines by placeholders.
Commands marked *not executed* need root or a running systemd and are shown as you would run them.

The public name of the server is \`${HOST}\`. Point a DNS record (or an \`/etc/hosts\` line) at your server; for
this run it resolves to 127.0.0.1.`);

  current = 'prerequisites';
  doc.step('Prerequisites', `Node.js 20.19 or newer with npm. better-sqlite3 downloads a prebuilt binary for common platforms and
builds from source otherwise, which needs Python, make and a C++ compiler.`);
  sh('node', ['-v']);
  sh('npm', ['-v']);
  doc.block('apt-get install -y python3 make g++   # not executed: only needed when no prebuilt binary fits', 'console');

  current = 'package';
  doc.step('Install the package', 'A release tarball is what `npm pack` makes from the repository; install it globally.');
  const packed = box.run('npm', ['pack', '--pack-destination', box.path('src')], { cwd: repo });
  const tarball = packed.output.trim().split('\n').at(-1);
  doc.shell(`npm pack   # in the wukf repository`, tarball);
  sh('npm', ['install', '-g', '--prefix', box.prefix, `./${tarball}`], { cwd: box.path('src'), shown: `npm install -g ./${tarball}   # --prefix ${box.prefix} here`, maxLines: 20 });
  sh('sh', ['-c', 'command -v wukf'], { shown: 'command -v wukf' });
  wukf(['--version']);

  current = 'service user';
  doc.step('A user for the service', '*Not executed*: run as root. wukf needs no privileges of its own; the unit in step 5 runs it as this user.');
  doc.block('useradd --system --home /nonexistent --shell /usr/sbin/nologin wukf', 'console');

  current = 'init';
  doc.step(`Create the configuration for ${HOST}`);
  const hasTlsNames = box.run('wukf', ['init', '--help']).output.includes('--tls-names');
  let caFile = join(etc, 'tls', 'cert.pem');
  if (hasTlsNames) {
    doc.text(`\`--tls-names\` puts the public name into the self-signed certificate. Standard output is not a terminal
here, so the first admin's password goes to a file instead of the screen.`);
    wukf(['init', '--dir', etc, '--host', '0.0.0.0', '--port', String(port), '--tls-names', HOST, '--yes']);
  } else {
    // Before `--tls-names`, a certificate naming the host came from outside wukf: here, openssl.
    doc.text(`This version of \`wukf init\` has no \`--tls-names\`: its self-signed certificate names only localhost, so a
certificate for ${HOST} is made with openssl and handed over with \`--tls-cert\`/\`--tls-key\`. Standard
output is not a terminal here, so the first admin's password goes to a file instead of the screen.`);
    caFile = box.path('src', `${HOST}.crt`);
    sh('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '365', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST},DNS:localhost,IP:127.0.0.1`, '-keyout', box.path('src', `${HOST}.key`), '-out', caFile]);
    wukf(['init', '--dir', etc, '--host', '0.0.0.0', '--port', String(port), '--tls-cert', caFile, '--tls-key', box.path('src', `${HOST}.key`), '--yes']);
  }
  doc.text(`Pages may start a chat only from the origins wukf allows. Its own origins (every name its certificate
covers, at its port: \`https://${HOST}:${SHOWN_PORT}\` for its /demo page) always are; list your site's:`);
  const origins = `["https://shop.example.test"]`;
  box.run('sed', ['-i', `s|^  allowed_origins: \\[\\]$|  allowed_origins: ${origins}|`, join(etc, 'wukf.yaml')]);
  doc.shell(`sed -i 's|^  allowed_origins: \\[\\]$|  allowed_origins: ${origins}|' ${etc}/wukf.yaml`, '');
  sh('grep', ['-n', 'allowed_origins:', join(etc, 'wukf.yaml')], { shown: `grep -n allowed_origins: ${etc}/wukf.yaml` });
  const passwordFile = join(etc, 'data', 'initial-admin-password');
  try { box.secrets.push(readFileSync(passwordFile, 'utf8').trim()); } catch { /* printed nowhere then */ }
  doc.text('What it wrote, with the modes the service relies on (the password file is read once, then deleted by wukf):');
  sh('sh', ['-c', `cd ${etc} && find . -type f | sort | xargs stat -c '%A %U %n'`], { shown: `cd ${etc} && find . -type f | sort | xargs stat -c '%A %U %n'` });

  current = 'systemd unit';
  doc.step('The systemd unit', `\`wukf init\` wrote a hardened unit for this config directory and this installation of node and wukf.
Its header says how to install it (as root; *not executed* here):`);
  const unitFile = join(etc, 'deploy', 'wukf.service');
  const unit = readFileSync(unitFile, 'utf8');
  sh('cat', [unitFile], { maxLines: 200 });
  doc.text(`This machine does not run systemd (a container without an init system), so the sandbox is scored offline:
\`--offline=yes\` reads the unit file without asking a running manager. The summary line and the settings it
still counts against the unit:`);
  const analyze = box.run('systemd-analyze', ['security', '--offline=yes', '--no-pager', unitFile], { allowFail: true });
  const kept = analyze.output.split('\n').filter((l) => /^✗|Overall exposure/.test(l)).map((l) => l.replace(/\s{2,}/g, '  '));
  doc.shell(`systemd-analyze security --offline=yes ${unitFile} | grep -E '^✗|Overall'`, kept.join('\n'), { maxLines: 40 });

  current = 'start';
  const { argv, env, line } = unitCommand(unit);
  doc.step('Start it the way the unit does', `systemd would run \`ExecStart=\` as user wukf with the unit's \`Environment=\`. Here the same command
line runs as the current user, with the same environment:`);
  const server = box.spawn(argv[0], argv.slice(1), { env });
  doc.block(`$ ${Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ')} ${line}`, 'console');
  await box.waitForLine(server, /"msg":"ready"|\bready\b/);
  // The banner for a person and the JSON line for the journal come in either order; show both when both come.
  await box.waitForLine(server, /"msg":"ready"/, 5_000).catch(() => undefined);
  doc.text('What it printed first, as journald keeps it:');
  doc.block(server.lines.slice(0, 12).join('\n'));
  doc.text(`From another machine, with the certificate trusted. curl's \`--resolve\` stands in for the DNS record:`);
  const curl = (path, extra = []) => sh('curl', ['-sS', '--cacert', caFile, '--resolve', `${HOST}:${port}:127.0.0.1`, ...extra, `${url}${path}`]);
  curl('/health');

  current = 'agent';
  doc.step('Add an agent', `The password comes on standard input, so it stays out of the shell history and \`ps\`; \`--dir\` names
the config directory, as for every command.`);
  wukf(['agent', 'add', 'li.wei', '--dir', etc, '--name', 'Li Wei', '--password-stdin'], { input: `${password}\n`, shown: `wukf agent add li.wei --dir ${etc} --name 'Li Wei' --password-stdin < li.wei.password` });
  wukf(['agent', 'list', '--dir', etc]);

  current = 'tui';
  doc.step('The agent console', `On the agent's machine, with the server's certificate trusted through \`NODE_EXTRA_CA_CERTS\` (needed for
a self-signed certificate only). The console asks for the username and password; the screen after signing in:`);
  const consoleEnv = { HOME: box.home, PATH: box.env.PATH, NO_COLOR: '1', TERM: 'xterm-256color', NODE_EXTRA_CA_CERTS: caFile, WUKF_DEMO_HOST: HOST, NODE_OPTIONS: `--import=${join(repo, 'scripts', 'first-run', 'resolve-demo-host.mjs')}` };
  const terminal = new Terminal(`wukf tui --url ${url}`, consoleEnv);
  box.onCleanup(() => terminal.kill());
  doc.block(`$ NODE_EXTRA_CA_CERTS=${caFile} wukf tui --url ${url}`, 'console');
  await terminal.waitFor(/sername/);
  terminal.type('li.wei');
  terminal.press('Enter');
  await terminal.waitFor(/assword/);
  terminal.type(password);
  terminal.press('Enter');
  doc.block(await terminal.waitFor(/Li Wei · online .* connected/));

  current = 'widget';
  doc.step('The widget on a page', `Paste this into your site's pages, before \`</body>\`; the site's origin is in
\`server.allowed_origins\` since step 4 (the tag's options: docs/widget.md):`);
  doc.block(`<script src="https://${HOST}:${SHOWN_PORT}/widget.js" async></script>`, 'html');
  doc.text('The script and wukf\'s own demo page answer over TLS:');
  for (const path of ['/widget.js', '/demo']) curl(path, ['-o', '/dev/null', '-w', 'HTTP %{http_code}  %{content_type}\\n']);
  const widget = await showWidget({ url, host: HOST, caFile, image: join(repo, 'docs', 'img', 'first-run-widget.png'), terminal });
  doc.text(widget.note);
  // Screens alternate with the text between them.
  for (const [i, part] of (widget.screens ?? []).entries()) {
    if (i % 2 === 0) doc.block(part);
    else doc.text(part);
  }

  current = 'stop';
  doc.step('Stop', '`systemctl stop wukf` sends SIGTERM; wukf drains its connections and closes the database. The last log line:');
  terminal.kill();
  server.child.kill('SIGTERM');
  const { code, signal } = await Promise.race([server.exited, new Promise((_, reject) => setTimeout(() => reject(new Error('still running 20 s after SIGTERM')), 20_000))]);
  doc.block(server.lines.filter(Boolean).slice(-1).join('\n'), 'json');
  doc.text(`It exited with ${signal ?? `code ${code}`}.`);
}

const interrupt = () => { box.cleanup(); process.exit(130); };
process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
try {
  await walk();
  writeFileSync(out, doc.render());
  console.log(`first-run: wrote ${out} (${doc.steps} steps, ${statSync(out).size} bytes)`);
  box.cleanup();
} catch (err) {
  console.error(`first-run: step "${current}" failed: ${err.stack ?? err}`);
  box.cleanup();
  process.exit(1);
}
