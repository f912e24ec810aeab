// The widget on wukf's demo page in Debian's Chromium (playwright-core, no browser download): a visitor writes,
// the screenshot goes to docs/img, and the agent's console shows the conversation arriving.
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const MESSAGE = 'Hello! Has order A-1042 shipped yet?';
const REPLY = 'Yes, it left the warehouse this morning.';

/** Chromium trusts exactly this certificate's key (no CA store is changed) and maps the host to 127.0.0.1. */
function chromiumFlags(host, caFile) {
  const spki = new X509Certificate(readFileSync(caFile)).publicKey.export({ type: 'spki', format: 'der' });
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync',
    `--host-resolver-rules=MAP ${host} 127.0.0.1`,
    `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`,
  ];
}

export async function showWidget({ url, host, caFile, image, terminal }) {
  if (!existsSync(CHROMIUM)) return { note: `(${CHROMIUM} is not installed on the machine that generated this page, so there is no screenshot.)` };
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { note: '(playwright-core is not installed in the repository, so there is no screenshot.)' };
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumFlags(host, caFile) });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${url}/demo`, { timeout: 60_000 });
    const launcher = page.locator('[data-wukf-widget] .launcher');
    await launcher.click({ timeout: 60_000 });
    const input = page.locator('[data-wukf-widget] #wukf-input');
    await input.fill(MESSAGE, { timeout: 60_000 });
    await input.press('Enter');
    await page.locator('[data-wukf-widget] [role=log]').getByText(MESSAGE).waitFor({ timeout: 60_000 });
    // Routing offers the conversation to Li Wei, the one agent online; he accepts it (a) and replies.
    const offered = await terminal.waitFor(/Offers \(1\)/, 60_000).catch(async (err) => {
      await page.screenshot({ path: image });
      throw new Error(`the visitor's conversation was never offered to the agent (the page: ${image}): ${err.message}`);
    });
    terminal.type('a');
    await terminal.waitFor(MESSAGE, 60_000);
    terminal.type(REPLY);
    await terminal.waitFor(`> ${REPLY}`, 60_000);
    terminal.press('Enter');
    await page.locator('[data-wukf-widget] [role=log]').getByText(REPLY).waitFor({ timeout: 60_000 });
    const chat = await terminal.waitFor(`you: ${REPLY}`, 60_000);
    await page.screenshot({ path: image });
    return {
      note: `A visitor opens ${url.replace(/:\d+$/, ':8443')}/demo in Chromium and writes "${MESSAGE}". Routing offers the
conversation to Li Wei, the one agent online; his console, a moment later:`,
      screens: [
        offered,
        `He presses \`a\` to accept it, the chat opens, and he types his reply and presses enter:`,
        chat,
        'The visitor sees the reply in the widget:\n\n![the widget on the demo page](img/first-run-widget.png)',
      ],
    };
  } finally {
    await browser.close();
  }
}
