import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, widgetParts, withScreenshotOnFailure } from './helpers/browser.js';
import { cleanupTestServers, runTestServer, scaffoldServerDir, startTestServer } from './helpers/server.js';

/*
 * When wukf will not let the page's visitor in — a signature the app's backend did not make, or anonymous
 * visitors turned off — the widget says so and stops, instead of "reconnecting" for ever; nothing is sent.
 */

const REFUSED = 'This chat could not start: sign in to the site again, then reload the page.';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  return context.newPage();
}

/** Opens the widget on the page, writes a message, and waits for the refusal; counts the token requests. */
async function refusedOn(page: Page, url: string, before?: string): Promise<number> {
  let tokenRequests = 0;
  page.on('request', (r) => r.url().endsWith('/api/v1/visitors') && tokenRequests++);
  const w = widgetParts(page);
  await page.goto(url);
  await w.launcher.waitFor();
  if (before) await page.evaluate(before);
  await w.launcher.click();
  await w.input.fill('hello?');
  await w.input.press('Enter');
  await page.locator('[data-wukf-widget] [role=status]').getByText(REFUSED).waitFor();
  await w.log.locator('li.mine .meta').getByText('Not sent').waitFor();
  // The session has stopped: no "reconnecting" takes the refusal's place.
  expect(await page.locator('[data-wukf-widget] [role=status]').textContent()).toBe(REFUSED);
  return tokenRequests;
}

describe.skipIf(!existsSync(CHROMIUM))('the widget refused a visitor token', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await cleanupTestServers();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a forged signature: the widget says it could not start, and does not keep asking', async () => {
    const server = await startTestServer();
    const page = await newPage();
    const forged = `wukf.identify(${JSON.stringify({ userId: '42', timestamp: String(Math.floor(Date.now() / 1000)), signature: 'ab'.repeat(32), displayName: 'Mallory' })})`;
    await withScreenshotOnFailure(page, 'forged', async () => {
      const requests = await refusedOn(page, `${server.url}/demo`, forged);
      expect(requests).toBeGreaterThanOrEqual(1);
      expect(requests).toBeLessThanOrEqual(2);
    });
  });

  it('anonymous visitors turned off: an anonymous page gets the same answer', async () => {
    const prepared = await scaffoldServerDir();
    prepared.config.values.auth.anonymous_visitors = false;
    const server = await runTestServer(prepared);
    const page = await newPage();
    await withScreenshotOnFailure(page, 'anonymous-off', () => refusedOn(page, `${server.url}/demo`));
  });
});
