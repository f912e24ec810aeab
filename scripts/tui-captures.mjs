// The README's captures of `wukf tui`: sets up a small wukf (two groups, three agents, visitors through the SDK),
// drives the agent console (--url) and the dashboard (--dir) in tmux at 80x24 with NO_COLOR, and prints each
// screen as capture-pane shows it. Run after `npm run build`: node scripts/tui-captures.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WukfClient } from '../dist/client/index.js';

const bin = fileURLToPath(new URL('../bin/wukf.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'wukf-cap-'));
const dir = join(root, 'wukf');
const env = { ...process.env, HOME: root, NO_COLOR: '1', TERM: 'xterm-256color' };
const port = 18000 + Math.floor(Math.random() * 2000);
const wukf = (args, input) => execFileSync(process.execPath, [bin, ...args], { env, input, encoding: 'utf8' });
wukf(['init', '--dir', dir, '--yes', '--tls', 'none', '--port', String(port)]);
wukf(['group', 'add', 'billing', '--dir', dir, '--description', 'invoices and refunds']);
wukf(['group', 'add', 'sales', '--dir', dir, '--fallback', 'billing']);
wukf(['agent', 'add', 'li.wei', '--dir', dir, '--name', 'Li Wei', '--groups', 'billing', '--skills', 'refunds,invoices', '--languages', 'zh-CN,en', '--max-concurrent', '2', '--password-stdin'], 'li-wei-password-1');
wukf(['agent', 'add', 'maria', '--dir', dir, '--name', 'Maria', '--groups', 'sales', '--skills', 'plans', '--languages', 'es,en', '--max-concurrent', '4', '--password-stdin'], 'maria-password-12');
wukf(['agent', 'add', 'tom', '--dir', dir, '--name', 'Tom', '--groups', 'billing', '--languages', 'en', '--password-stdin'], 'tom-password-1234');
const server = spawn(process.execPath, [bin, 'start', '--dir', dir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
for (;;) {
  try { if ((await fetch(`${base}/health`)).ok) break; } catch {}
  await delay(100);
}
const post = async (path, body) => (await (await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()).token;
const client = (token) => new WukfClient({ url: `ws://127.0.0.1:${port}/ws`, token, WebSocket });
const maria = client(await post('/api/v1/login', { username: 'maria', password: 'maria-password-12' }));
maria.on('conversation', (s) => { if (s.agent?.id === 'maria' && Number(s.offerExpiresAtMs ?? 0) > 0) maria.accept(s.id).catch(() => {}); });
await maria.connect(); maria.setPresence('online');
const tom = client(await post('/api/v1/login', { username: 'tom', password: 'tom-password-1234' }));
await tom.connect(); tom.setPresence('away');

const tmux = (...a) => execFileSync('tmux', ['-L', 'cap', ...a], { encoding: 'utf8' });
const session = (name, cmd) => tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', `env NO_COLOR=1 HOME=${root} TERM=xterm-256color ${cmd}; echo EXITED $?; sleep 600`);
const screen = (name) => tmux('capture-pane', '-p', '-t', name);
const waitFor = async (name, text) => { for (let i = 0; i < 400; i++) { const s = screen(name); if (s.includes(text)) return s; await delay(50); } throw new Error(`no ${text}:\n${screen(name)}`); };
const keys = (name, ...k) => tmux('send-keys', '-t', name, ...k);
try { tmux('kill-server'); } catch {}
await delay(500);
const out = {};
process.on('exit', () => { server.kill(); try { tmux('kill-server'); } catch {} });

// The agent console, as li.wei with --url.
session('agent', `${process.execPath} ${bin} tui --url ${base}`);
await waitFor('agent', 'sername'); keys('agent', 'li.wei'); await delay(200); keys('agent', 'Enter');
await waitFor('agent', 'assword'); keys('agent', 'li-wei-password-1'); await delay(200); keys('agent', 'Enter');
await waitFor('agent', 'Mine');

const visitors = [];
async function visitor(name, open, lines) {
  const v = client(await post('/api/v1/visitors', { displayName: name }));
  await v.connect();
  const c = await v.openConversation(open);
  for (const l of lines) await v.send(c.id, l);
  visitors.push(v);
  return { v, id: c.id };
}
let ivo;
const hana = await visitor('Hana Sato', { group: 'billing', language: 'en', context: { order: 'A-1042', page: '/checkout' } }, ['Hi, my card was charged twice for order A-1042']);
await waitFor('agent', 'Hana');
keys('agent', 'a'); // accept the offer
await waitFor('agent', 'Hana Sato: Hi');
keys('agent', 'Tab'); await delay(200);
ivo = await visitor('Ivo Petrov', { group: 'sales', language: 'en' }, ['Which plan fits a team of 12?']);
await hana.v.send(hana.id, 'The second charge is 49.90 EUR');
await waitFor('agent', '49.90');
const jun = await visitor('Jun Park', { group: 'billing', language: 'en', context: { order: 'A-1077' } }, ['Can I get an invoice with my company VAT id?']);
await waitFor('agent', 'Jun');
// Two more visitors wait in billing: Li Wei (2 at once) is full and Tom is away.
await waitFor('agent', 'Jun Park');
await visitor('Kai Müller', { group: 'billing', language: 'de', context: { plan: 'team' } }, ['Rechnung für März fehlt']);
await visitor('Lena Ivanova', { group: 'billing', language: 'en' }, ['How do I change my billing address?']);
// Li Wei takes Jun's offer, then opens Hana's chat and replies.
await waitFor('agent', 'Offers (1)');
keys('agent', 'a'); await waitFor('agent', 'Jun Park: Can I');
keys('agent', 'Escape'); await delay(300);
keys('agent', 'Enter'); await delay(300); // opens the first of Mine
let hanaMsgs = [];
hana.v.on('message', (m) => hanaMsgs.push(m));
for (const ch of 'Sorry about that! The second charge is refunded, you will see it in 3-5 days.') keys('agent', '-l', ch);
await delay(300);
keys('agent', 'Enter');
for (let i = 0; i < 100 && hanaMsgs.length === 0; i++) await delay(50);
const last = hanaMsgs.at(-1);
hana.v.markRead(hana.id, Number(last.seq));
await delay(300);
hana.v.typing(hana.id, true);
await waitFor('agent', 'typing');
out.console = screen('agent');

// The dashboard, as the first admin with --dir; some traffic for the sparkline.
const traffic = setInterval(() => ivo.v.send(ivo.id, 'ok').catch(() => {}), 400);
session('dash', `${process.execPath} ${bin} tui --dir ${dir}`);
await waitFor('dash', 'connections');
await delay(6000);
out.health = screen('dash');
keys('dash', '2'); await delay(800); out.queues = screen('dash');
keys('dash', '3'); await delay(800); out.agents = screen('dash');
keys('dash', '4'); await delay(800); out.sessions = screen('dash');
keys('dash', '/'); for (const ch of 'Hana') keys('dash', '-l', ch); keys('dash', 'Enter'); await delay(500);
keys('dash', 'Enter'); await delay(1500); out.transcript = screen('dash');
clearInterval(traffic);
for (const [k, v] of Object.entries(out)) console.log(`==== ${k}\n${v}`);
process.exit(0);
