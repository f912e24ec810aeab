import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { WukfClient } from '../../src/client/index.js';
import { repoRoot } from './cli.js';
import { until } from './sdk.js';

/*
 * Debian's Chromium driven by playwright-core: no browser is downloaded, and every launch gets a fresh
 * profile. Tests that need it are skipped where /usr/bin/chromium is missing.
 */

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  // playwright-core makes a fresh temporary --user-data-dir for every launch and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Where failing browser tests leave their screenshots (under .scratch/, which git ignores). */
export const ARTEFACTS = process.env.WUKF_TEST_ARTEFACTS ?? join(repoRoot, '.scratch', 'browser-artefacts');

/** Runs a step of a browser test; if it fails, a screenshot of the page goes to ARTEFACTS first. */
export async function withScreenshotOnFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    mkdirSync(ARTEFACTS, { recursive: true });
    const file = join(ARTEFACTS, `${name.replace(/[^\w-]+/g, '-')}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw Object.assign(err as Error, { message: `${(err as Error).message}\n(screenshot: ${file})` });
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page as it is, open shadow roots included. The source is
 * evaluated over the DevTools protocol, which a page's Content-Security-Policy does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // Strings, not functions: the tests compile without the DOM library.
  const violations = await page.evaluate<AxeViolation[]>("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)");
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The widget's launcher and window, found through its open shadow root (Playwright's selectors pierce it). */
export function widgetParts(page: Page): { launcher: Locator; dialog: Locator; input: Locator; log: Locator } {
  return {
    launcher: page.locator('[data-wukf-widget] .launcher'),
    dialog: page.locator('[data-wukf-widget] [role=dialog]'),
    input: page.locator('[data-wukf-widget] #wukf-input'),
    log: page.locator('[data-wukf-widget] [role=log]'),
  };
}

/** What has the keyboard focus, looking into the widget's shadow root: e.g. "button.launcher", "textarea#wukf-input". */
export function focused(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('');
  })()`);
}

/** The conversation the page's widget keeps in localStorage. */
export async function pageConversation(page: Page): Promise<string> {
  const saved = await page.evaluate<string | null>("localStorage.getItem('wukf:' + location.origin)");
  return (JSON.parse(saved ?? '{}') as { conversationId?: string }).conversationId ?? '';
}

/** Claims the first queued conversation, as an agent picking it from the queue. */
export async function claimFirst(agent: WukfClient): Promise<string> {
  await until(() => agent.queue.entries.length > 0, [agent], 'a conversation is queued');
  const id = agent.queue.entries[0]!.conversation!.id!;
  await agent.claim(id);
  return id;
}
