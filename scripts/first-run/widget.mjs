// The widget on wukf's demo page in Debian's Chromium (playwright-core, no browser download): a visitor writes,
// the screenshot goes to docs/img, and the agent's console shows the conversation arriving.
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const MESSAGE = 'Hello! Has order A-1042 shipped yet?';

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
    // Offered to Li Wei or waiting in the queue for him to claim, depending on routing.
    const screen = await terminal.waitFor(/(Offers|Queue) \(1\)/, 60_000).catch(async (err) => {
      await page.screenshot({ path: image });
      throw new Error(`the visitor's conversation never reached the agent (the page: ${image}): ${err.message}`);
    });
    await page.screenshot({ path: image });
    return {
      note: `A visitor opens ${url.replace(/:\d+$/, ':8443')}/demo in Chromium and writes "${MESSAGE}":

![the widget on the demo page](img/first-run-widget.png)

Li Wei's console, a moment later, shows the conversation waiting (enter claims it):`,
      screen,
    };
  } finally {
    await browser.close();
  }
}
