import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WukfClient } from '../src/client/index.js';
import { CHROMIUM, claimFirst, launchChromium, widgetParts, withScreenshotOnFailure } from './helpers/browser.js';
import { sdkClient } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

/*
 * data-title-flash: a reply that arrives while the visitor's tab is hidden makes the page title alternate
 * with "(1) New message" until the tab is shown again. Headless Chromium never hides a tab by itself, so the
 * test tells the page it is hidden the way a browser does: visibilityState, then a visibilitychange event.
 */

/** The little of the page's globals the checks read (the tests are typed without the DOM's types). */
type PageGlobals = { document: { title: string } };

const ALICE = { username: 'alice', password: 'alice has a long password', displayName: 'Alice' };
let browser: Browser;
const agents: WukfClient[] = [];

describe.skipIf(!existsSync(CHROMIUM))('the widget flashes the title', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const agent of agents.splice(0)) await agent.close();
    await cleanupTestServers();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('while the tab is hidden and a reply is unread, and stops when the tab is shown', async () => {
    const server = await startTestServer({ agents: [ALICE] });
    const context = await browser.newContext({ locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const w = widgetParts(page);
    try {
      await withScreenshotOnFailure(page, 'title-flash', async () => {
        await page.goto(`${server.url}/demo`);
        const title = await page.title();
        await w.launcher.click();
        await w.input.fill('Is my order on its way?');
        await w.input.press('Enter');
        const agent = sdkClient(server.wsUrl, await server.login(ALICE.username, ALICE.password));
        agents.push(agent);
        await agent.connect();
        const conversationId = await claimFirst(agent);
        await w.log.getByText('Alice joined the conversation').waitFor();

        // Run in the page (as text: the tests are typed without the DOM's types).
        const setVisibility = (state: 'hidden' | 'visible') =>
          page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' }); document.dispatchEvent(new Event('visibilitychange'))`);
        await setVisibility('hidden');
        await agent.send(conversationId, 'Yes, it ships today');
        await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.title === '(1) New message');
        await setVisibility('visible');
        await page.waitForFunction((t) => (globalThis as unknown as PageGlobals).document.title === t, title);
        expect(await page.title()).toBe(title);
      });
    } finally {
      await context.close();
    }
  });
});
