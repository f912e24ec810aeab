import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import YAML from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, widgetParts, withScreenshotOnFailure } from './helpers/browser.js';
import { CONFIG_FILE_NAME, loadConfig } from '../src/server/config/index.js';
import { cleanupTestServers, runTestServer, scaffoldServerDir } from './helpers/server.js';

/*
 * The tag's data attributes, on a shop's page: another origin than wukf's, which wukf.yaml allows, as on a
 * real site.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];
const shops: Server[] = [];

/** A site serving one page on 127.0.0.1; resolves with its origin. */
async function shopSite(page: () => string): Promise<string> {
  const shop = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page()));
  shops.push(shop);
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
}

describe.skipIf(!existsSync(CHROMIUM))('the widget tag', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const shop of shops.splice(0)) await new Promise((resolve) => shop.close(resolve));
    await cleanupTestServers();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes position, colour, title, language and group from its attributes, and ignores the page CSS', async () => {
    let wukfUrl = '';
    // Host CSS that would wreck the widget if it reached in.
    const hostCss = '<style>button{background:red!important;width:5px!important} *{font-family:serif!important}</style>';
    const shopOrigin = await shopSite(
      () =>
        `<!doctype html><html lang="en"><head><title>Shop</title><link rel="icon" href="data:,">${hostCss}</head><body><h1>Shop</h1>` +
        `<script src="${wukfUrl}/widget.js" data-language="en" data-position="left" data-color="#0a7d33" data-title="Support" data-group="no-such-group" async></script></body></html>`,
    );
    const prepared = await scaffoldServerDir({ routing: { assignment: 'offer' } });
    const file = join(prepared.dir, CONFIG_FILE_NAME);
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['server', 'allowed_origins'], [shopOrigin]);
    writeFileSync(file, doc.toString());
    const server = await runTestServer({ ...prepared, config: loadConfig(prepared.dir, {}) });
    wukfUrl = server.url;

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1024, height: 768 } });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    const logged: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && logged.push(m.text()));
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'attributes', async () => {
      await page.goto(`${shopOrigin}/`);
      // English although the browser asks for Chinese: the attribute decides.
      await page.locator('[data-wukf-widget] [aria-label="Open chat"]').waitFor();
      const box = (await w.launcher.boundingBox())!;
      expect(box.x).toBeLessThan(100);
      expect(box.width).toBe(56);
      // Sent to the page as source: it names only the page's own globals.
      const background = (el: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor;
      expect(await w.launcher.evaluate(background)).toBe('rgb(10, 125, 51)');
      await w.launcher.click();
      expect(await w.dialog.locator('h2').textContent()).toBe('Support');
      // An unknown group refuses the conversation: the message says it was not sent.
      await w.input.fill('Hello?');
      await w.input.press('Enter');
      await w.log.locator('li.mine.failed .meta').getByText('Not sent').waitFor();
    });
    // Nothing for the shop's developers to wonder about in their console.
    expect(logged).toEqual([]);
  });
});
