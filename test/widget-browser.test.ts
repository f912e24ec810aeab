import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReceiptKind, type WukfClient } from '../src/client/index.js';
import { CHROMIUM, claimFirst, focused, launchChromium, pageConversation, seriousAxeViolations, widgetParts, withScreenshotOnFailure } from './helpers/browser.js';
import { repoRoot } from './helpers/cli.js';
import { sdkClient, Transcript, until } from './helpers/sdk.js';
import { cleanupTestServers, runTestServer, startTestServer, type TestServer } from './helpers/server.js';

/*
 * The widget as a visitor meets it: /demo in Debian's Chromium, an agent on the SDK answering. With
 * WUKF_WIDGET_SCREENSHOT=1 the desktop run also writes docs/img/widget.png.
 */

const ALICE = { username: 'alice', password: 'alice has a long password', displayName: 'Alice' };

let browser: Browser;
const contexts: BrowserContext[] = [];
const agents: WukfClient[] = [];

async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  // A wait that fails names what it waited for, well before the test's own timeout.
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  return context.newPage();
}

async function agentOn(server: TestServer): Promise<WukfClient> {
  const agent = sdkClient(server.wsUrl, await server.login(ALICE.username, ALICE.password));
  agents.push(agent);
  await agent.connect();
  return agent;
}

describe.skipIf(!existsSync(CHROMIUM))('the widget in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const agent of agents.splice(0)) await agent.close();
    await cleanupTestServers();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('chats with an agent: send, reply, typing, read marks both ways, and the history after a reload', async () => {
    const server = await startTestServer({ agents: [ALICE] });
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'desktop-chat', async () => {
      await page.goto(`${server.url}/demo`);
      await w.launcher.click();
      await w.dialog.waitFor({ state: 'visible' });
      expect(await focused(page)).toBe('textarea#wukf-input');
      await w.input.fill('Hello from the widget');
      await w.input.press('Enter');

      const agent = await agentOn(server);
      const conversationId = await claimFirst(agent);
      expect(await pageConversation(page)).toBe(conversationId);
      const transcript = new Transcript(agent, () => conversationId, () => ALICE.username);
      const firstPage = await agent.history(conversationId);
      expect(firstPage.messages.map((m) => m.text).filter(Boolean)).toEqual(['Hello from the widget']);
      await w.log.getByText('Alice joined the conversation').waitFor();

      // The agent types, then answers; the visitor, whose window is open, reads it at once.
      agent.typing(conversationId, true);
      await page.locator('[data-wukf-widget] .typing').getByText('Alice is typing…').waitFor();
      const reads: number[] = [];
      agent.on('receipt', (r) => r.kind === ReceiptKind.RECEIPT_KIND_READ && r.participant?.kind === 1 && reads.push(r.seq));
      const reply = await agent.send(conversationId, 'Hi! How can I help?');
      await w.log.getByText('Hi! How can I help?').waitFor();
      await until(() => reads.some((seq) => seq >= reply.seq), [agent], 'the visitor read the reply');
      expect(await page.locator('[data-wukf-widget] .typing').textContent()).toBe('');

      // The agent reads the visitor's message: its mark turns to Read.
      agent.markRead(conversationId, reply.seq);
      await w.log.locator('li.mine .meta').getByText('Read').waitFor();

      // The visitor types: the agent hears it.
      let visitorTyping = false;
      agent.on('typing', (t) => (visitorTyping ||= t.typing));
      await w.input.pressSequentially('One more');
      await until(() => visitorTyping, [agent], 'the visitor types');
      await w.input.press('Enter');
      // Live from the claim on: the first message came to the agent in the history above.
      await transcript.waitFor(1);
      expect(transcript.texts.map((t) => t.text)).toEqual(['One more']);

      // With the window closed a reply waits on the launcher's badge, until the visitor opens the window.
      await page.keyboard.press('Escape');
      await w.dialog.waitFor({ state: 'hidden' });
      const badge = page.locator('[data-wukf-widget] .badge');
      const later = await agent.send(conversationId, 'Anything else?');
      await badge.getByText('1').waitFor();
      expect(await w.launcher.getAttribute('aria-label')).toBe('Open chat, 1 unread');
      expect(reads.some((seq) => seq >= later.seq)).toBe(false);
      await w.launcher.click();
      await badge.waitFor({ state: 'hidden' });
      await until(() => reads.some((seq) => seq >= later.seq), [agent], 'the visitor read the later reply');
      expect(await w.launcher.getAttribute('aria-label')).toBe('Open chat');

      if (process.env.WUKF_WIDGET_SCREENSHOT === '1') {
        mkdirSync(join(repoRoot, 'docs', 'img'), { recursive: true });
        await page.screenshot({ path: join(repoRoot, 'docs', 'img', 'widget.png') });
      }
      expect(await seriousAxeViolations(page)).toEqual([]);

      // A reload keeps the conversation: the history is back, with the marks.
      await page.reload();
      await w.launcher.click();
      await w.log.getByText('Hi! How can I help?').waitFor();
      const texts = await w.log.locator('li .bubble').allTextContents();
      expect(texts).toEqual(['You: Hello from the widget', 'Alice: Hi! How can I help?', 'You: One more', 'Alice: Anything else?']);
      expect(await badge.isHidden()).toBe(true);
      expect(await pageConversation(page)).toBe(conversationId);
      // The whole conversation fits in the first page: nothing older to offer.
      expect(await page.locator('[data-wukf-widget] .older').isVisible()).toBe(false);
      // Esc closes and gives the focus back to the launcher.
      await page.keyboard.press('Escape');
      await w.dialog.waitFor({ state: 'hidden' });
      expect(await focused(page)).toBe('button.launcher');
    });
    expect(errors).toEqual([]);
  });

  it('fills a phone screen and works there', async () => {
    const server = await startTestServer({ agents: [ALICE] });
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'phone', async () => {
      await page.goto(`${server.url}/demo`);
      await w.launcher.tap();
      await w.dialog.waitFor({ state: 'visible' });
      expect(await w.dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
      await w.input.fill('Sent from a phone');
      await page.locator('[data-wukf-widget] button.send').tap();
      await w.log.locator('li.mine .meta').getByText('Sent').waitFor();
      const agent = await agentOn(server);
      const conversationId = await claimFirst(agent);
      // Text stays text: markup in a message is shown, not rendered.
      const reply = await agent.send(conversationId, '<b>Got it</b>');
      await w.log.getByText('<b>Got it</b>').waitFor();
      expect(reply.seq).toBeGreaterThan(0);
      expect(await w.log.locator('b').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.locator('[data-wukf-widget] [aria-label="Close chat"]').tap();
      await w.dialog.waitFor({ state: 'hidden' });
    });
  });

  it('works from the keyboard alone: Tab to the launcher, Enter opens, Enter sends, Esc closes', async () => {
    const server = await startTestServer();
    const page = await newPage();
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'keyboard', async () => {
      await page.goto(`${server.url}/demo`);
      await w.launcher.waitFor();
      const seen: string[] = [];
      for (let i = 0; i < 20 && seen.at(-1) !== 'button.launcher'; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focused(page));
      }
      expect(seen.at(-1), `Tab went through ${seen.join(', ')}`).toBe('button.launcher');
      await page.keyboard.press('Enter');
      await w.dialog.waitFor({ state: 'visible' });
      expect(await focused(page)).toBe('textarea#wukf-input');
      await page.keyboard.type('Typed, not clicked');
      await page.keyboard.press('Enter');
      await w.log.locator('li.mine .meta').getByText('Sent').waitFor();
      expect(await w.launcher.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await w.dialog.waitFor({ state: 'hidden' });
      expect(await focused(page)).toBe('button.launcher');
      expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
    });
  });

  it('rides out a server restart: what the visitor sent meanwhile reaches the agent once', async () => {
    const server = await startTestServer({ agents: [ALICE] });
    const page = await newPage();
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'restart', async () => {
      await page.goto(`${server.url}/demo`);
      await w.launcher.click();
      await w.input.fill('Before the restart');
      await w.input.press('Enter');
      const agent = sdkClient(server.wsUrl, await server.login(ALICE.username, ALICE.password), { reconnect: { minMs: 20, maxMs: 200 } });
      agents.push(agent);
      await agent.connect();
      const conversationId = await claimFirst(agent);
      const transcript = new Transcript(agent, () => conversationId, () => ALICE.username);
      await w.log.getByText('Alice joined the conversation').waitFor();

      await server.stop();
      const status = page.locator('[data-wukf-widget] .status');
      await status.getByText('Connection lost. Reconnecting…').waitFor();
      await w.input.fill('Sent while the server was down');
      await w.input.press('Enter');
      await w.log.locator('li.mine').nth(1).locator('.meta').getByText('Sending').waitFor();

      await runTestServer(server);
      // The SDK's backoff may wait several seconds after failed attempts: the waits allow for its 30 s ceiling.
      await transcript.waitFor(1);
      await w.log.locator('li.mine').nth(1).locator('.meta').getByText(/^(Sent|Delivered|Read)$/).waitFor({ timeout: 45_000 });
      await status.getByText('Connection lost').waitFor({ state: 'detached', timeout: 45_000 });
      const stored = await agent.history(conversationId);
      expect(stored.messages.map((m) => m.text).filter(Boolean)).toEqual(['Before the restart', 'Sent while the server was down']);
    });
  });

  it('chats as a user the backend signed for, via wukf.identify(), with the same conversation on another device', async () => {
    const server = await startTestServer({ agents: [ALICE] });
    const key = readFileSync(join(server.dir, 'secrets', 'identity-hmac.key'), 'utf8').trim();
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', key).update(`42:${timestamp}`).digest('hex');
    const identify = `wukf.identify(${JSON.stringify({ userId: '42', timestamp, signature, displayName: 'Anna' })})`;

    const laptop = await newPage();
    const w = widgetParts(laptop);
    await withScreenshotOnFailure(laptop, 'identified', async () => {
      await laptop.goto(`${server.url}/demo`);
      await w.launcher.waitFor();
      await laptop.evaluate(identify);
      await w.launcher.click();
      await w.input.fill('Order 1001 has not arrived');
      await w.input.press('Enter');
      await w.log.locator('li.mine .meta').getByText('Sent').waitFor();
      const agent = await agentOn(server);
      await until(() => agent.queue.entries.length > 0, [agent], 'a conversation is queued');
      expect(agent.queue.entries[0]!.conversation!.visitor).toMatchObject({ id: 'u_42', displayName: 'Anna' });
      const conversationId = await claimFirst(agent);
      await agent.send(conversationId, 'Let me check');

      // The same user on a phone: the conversation and its history follow them.
      const phone = await newPage({ viewport: { width: 390, height: 844 } });
      const p = widgetParts(phone);
      await phone.goto(`${server.url}/demo`);
      await p.launcher.waitFor();
      await phone.evaluate(identify);
      await p.launcher.click();
      await p.log.getByText('Let me check').waitFor();
      expect(await p.log.locator('li .bubble').allTextContents()).toEqual(['You: Order 1001 has not arrived', 'Alice: Let me check']);
      expect(await pageConversation(phone)).toBe(conversationId);

      // The agent closes it; the visitor's next message starts a new conversation, on a clean window.
      await agent.closeConversation(conversationId, 'resolved');
      await p.log.getByText('The conversation has ended. Write again to start a new one.').waitFor();
      await p.input.fill('Another question');
      await p.input.press('Enter');
      await p.log.getByText('Let me check').waitFor({ state: 'detached' });
      await p.log.locator('li.mine .meta').getByText('Sent').waitFor();
      expect(await p.log.locator('li .bubble').allTextContents()).toEqual(['You: Another question']);
      const next = await pageConversation(phone);
      expect(next).not.toBe(conversationId);
      expect(next).not.toBe('');
    });
  });

  it('offers the leave-a-message form when nobody can answer, and the agent finds it in the conversation', async () => {
    // Routing on, and no agent online: the queue says nobody is available.
    const server = await startTestServer({ routing: { assignment: 'offer' }, agents: [ALICE] });
    const page = await newPage({ locale: 'zh-CN' });
    const w = widgetParts(page);
    await withScreenshotOnFailure(page, 'leave-message', async () => {
      await page.goto(`${server.url}/demo?lang=zh-CN`);
      await page.locator('[data-wukf-widget] [aria-label="打开客服对话"]').click();
      await w.input.fill('你好');
      await w.input.press('Enter');
      const form = page.locator('[data-wukf-widget] form.leave');
      await form.waitFor({ state: 'visible' });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await form.getByLabel('姓名').fill('张三');
      await form.getByLabel('邮箱或电话').fill('zhang@example.com');
      await form.getByLabel('留言内容').fill('请回电');
      await form.getByRole('button', { name: '提交留言' }).click();
      await form.waitFor({ state: 'hidden' });
      await page.locator('[data-wukf-widget] .status').getByText('感谢留言').waitFor();
      await w.log.locator('li.mine').nth(1).locator('.meta').getByText('已发送').waitFor();

      const conversationId = await pageConversation(page);
      const admin = sdkClient(server.wsUrl, await server.adminToken());
      agents.push(admin);
      await admin.connect();
      const history = await admin.history(conversationId);
      expect(history.messages.map((m) => m.text).filter(Boolean)).toEqual(['你好', '[留言] 姓名：张三\n联系方式：zhang@example.com\n请回电']);
    });
  });
});
