import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ChatPage } from './pages/chat-page';
import { CARD, EMAIL, GITHUB_TOKEN } from './support/canaries';
import { expect, test } from './support/extension';
import type { TabProtection } from '../../src/contracts/messages';
import { askBackground, findLeaks } from './support/sw-control';

/**
 * Issue 6, the compliance view: after a scripted session on several fixture AI sites (built-in
 * default policy, no org endpoint), the toolbar popup shows the local inventory — apps with tier
 * and counts, categories caught, recent actions, the 30-day chart — protection status, and
 * exports it as CSV and JSON. None of it carries what was typed.
 *
 * `SAG_SCREENSHOT=1` also writes docs/screenshots/popup.png.
 */

const verdict = (page: Page) => page.getByTestId('sag-verdict');
const button = (page: Page, name: string) => verdict(page).getByRole('button', { name, exact: true });

async function scriptedSession(page: Page, fixtureServer: Parameters<typeof ChatPage.open>[1]) {
  await test.step('chatgpt.com: a credential is blocked, the user cancels', async () => {
    const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
    await chat.type(`deploy with ${GITHUB_TOKEN} today`);
    await chat.pressEnter();
    await expect(verdict(page)).toHaveAttribute('data-action', 'block');
    await button(page, 'Cancel').click();
    await chat.expectNothingSent(100);
  });
  await test.step('claude.ai: personal data, warned, sent anyway', async () => {
    const chat = await ChatPage.open(page, fixtureServer, 'claude.ai');
    await chat.type(`Write to ${EMAIL} about the offsite`);
    await chat.pressEnter();
    await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
    await button(page, 'Send anyway').click();
    await expect.poll(() => chat.sentTexts()).toHaveLength(1);
  });
  await test.step('gemini.google.com: a card number, redacted and sent', async () => {
    const chat = await ChatPage.open(page, fixtureServer, 'gemini.google.com');
    await chat.type(`Refund card ${CARD} please`);
    await chat.pressEnter();
    await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
    await button(page, 'Redact and send').click();
    await expect.poll(() => chat.sentTexts()).toHaveLength(1);
  });
  await test.step('www.perplexity.ai: visited only', async () => {
    await ChatPage.open(page, fixtureServer, 'www.perplexity.ai');
  });
}

test('the popup shows the inventory of a scripted session and exports it without content', async ({ page, fixtureServer, openExtensionPage }) => {
  await scriptedSession(page, fixtureServer);
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 480, height: 1100 });

  await test.step('apps with tier badge and counts', async () => {
    const apps = popup.getByTestId('apps');
    await expect(apps).toBeVisible();
    const row = (host: string) => apps.locator(`tr[data-host="${host}"]`);
    for (const host of ['chatgpt.com', 'claude.ai', 'gemini.google.com', 'www.perplexity.ai']) {
      await expect(row(host)).toBeVisible();
      await expect(row(host).locator('.tier')).toHaveText(/Sanctioned|Tolerated|Unsanctioned|Blocked/);
      expect(Number(await row(host).locator('[data-col=visits]').textContent())).toBeGreaterThanOrEqual(1);
    }
    await expect(row('chatgpt.com').locator('[data-col=prompts]')).toHaveText('1');
    await expect(row('chatgpt.com').locator('[data-col=actions]')).toHaveText('1 blocked');
    await expect(row('claude.ai').locator('[data-col=actions]')).toHaveText('1 warned');
    await expect(row('gemini.google.com').locator('[data-col=actions]')).toHaveText('1 redacted');
    await expect(row('www.perplexity.ai').locator('[data-col=prompts]')).toHaveText('0');
    await expect(row('chatgpt.com').locator('[data-col=findings]')).toHaveText('1');
  });

  await test.step('categories caught', async () => {
    const cats = popup.getByTestId('categories');
    await expect(cats.locator('[data-category=credential]')).toHaveText(/Credentials\s*1/);
    await expect(cats.locator('[data-category=pii]')).toContainText('Personal data');
    await expect(cats.locator('[data-category=financial]')).toContainText('Payment data');
  });

  await test.step('recent actions: time, app, channel, action, decision, categories — no content', async () => {
    const recent = popup.getByTestId('recent');
    await expect(recent.locator('tbody tr')).toHaveCount(3);
    const first = recent.locator('tbody tr').first(); // newest first
    await expect(first).toHaveAttribute('data-action', 'redact');
    await expect(first).toContainText('gemini.google.com');
    await expect(first).toContainText('Redacted');
    await expect(first).toContainText('Payment data');
    await expect(recent.locator('tr[data-action=block]')).toContainText('Cancelled');
    await expect(recent.locator('tr[data-action=warn]')).toContainText('Sent anyway');
    await expect(recent.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  });

  await test.step('30-day chart: an accessible image with a summary and a data table', async () => {
    const chart = popup.getByRole('img', { name: /Use over the last 30 days: 3 prompts checked, \d+ findings, \d+ visits; busiest day \d{4}-\d\d-\d\d\./ });
    await expect(chart).toBeVisible();
    const table = popup.locator('.chart table');
    await expect(table.locator('tbody tr')).toHaveCount(30);
    await expect(table.locator('tbody tr').last().locator('td').nth(1)).toHaveText('3'); // today: 3 prompts
  });

  await test.step('protection status (no org endpoint: built-in default policy, nothing queued)', async () => {
    await expect(popup.getByTestId('policy-status')).toHaveText('Built-in default');
    await expect(popup.getByTestId('endpoint-status')).toHaveText('Not configured');
    await expect(popup.getByTestId('queue-depth')).toHaveText('None (no org endpoint)');
    // Opened in a tab, the popup's own tab is the active one: not an AI page.
    await expect(popup.getByTestId('tab-protection')).toHaveAttribute('data-protected', 'false');
    await expect(popup.getByTestId('intercepted-count')).toHaveText('2'); // blocked + redacted
  });

  if (process.env.SAG_SCREENSHOT) {
    const file = resolve('docs/screenshots/popup.png');
    mkdirSync(dirname(file), { recursive: true });
    await popup.locator('main').screenshot({ path: file });
  }

  await test.step('CSV and JSON exports download, carry the inventory and no typed value', async () => {
    const canaries = { GITHUB_TOKEN, EMAIL, CARD };
    const grab = async (name: RegExp) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const apps = await grab(/Apps \(CSV\)/);
    expect(apps.name).toMatch(/^ai-inventory-apps-.*\.csv$/);
    expect(apps.text.split('\r\n')[0]).toMatch(/^host,app_id,tier,first_seen,last_seen,visits,prompts_checked,/);
    expect(apps.text).toContain('gemini.google.com');
    const actions = await grab(/Actions \(CSV\)/);
    expect(actions.text).toContain('redact,redacted,financial');
    const json = await grab(/Everything \(JSON\)/);
    const parsed = JSON.parse(json.text) as { format: string; apps: unknown[]; recent: unknown[] };
    expect(parsed.format).toBe('shadow-ai-guard/inventory');
    expect(parsed.apps).toHaveLength(4);
    expect(parsed.recent).toHaveLength(3);
    expect(findLeaks(apps.text + actions.text + json.text, canaries)).toEqual([]);
  });
});

test('the popup says whether the active tab is protected', async ({ context, fixtureServer, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('tab-protection')).toHaveAttribute('data-protected', 'false');
  // A toolbar popup belongs to the window whose active tab is the AI page. Make an AI page the
  // active tab of the popup tab's window; reloaded there, the popup is in the same position.
  const aiPage = context.waitForEvent('page', { predicate: (p) => p.url().startsWith('https://claude.ai/') });
  await popup.evaluate(async (url) => {
    type Tabs = { getCurrent(): Promise<{ windowId: number }>; create(p: object): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const self = await tabs.getCurrent();
    await tabs.create({ windowId: self.windowId, url, active: true });
  }, fixtureServer.url('claude.ai'));
  const chat = new ChatPage(await aiPage, fixtureServer, { host: 'claude.ai' });
  await chat.ready();
  // The content script reports once its scanner is up; the popup reads it when it opens.
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByTestId('tab-protection')).toHaveAttribute('data-protected', 'true', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(popup.getByTestId('tab-protection')).toContainText('Protected on claude.ai');
});

test('a protected tab stays protected in the popup after the service worker restarts; a tab that navigates away or closes is forgotten', async ({
  context,
  fixtureServer,
  openExtensionPage,
  stopServiceWorker,
  serviceWorker,
}) => {
  const popup = await openExtensionPage('popup.html');
  const line = popup.getByTestId('tab-protection');
  // As above: the AI page is the active tab of the popup tab's window.
  const aiPage = context.waitForEvent('page', { predicate: (p) => p.url().startsWith('https://claude.ai/') });
  const tabId = await popup.evaluate(async (url) => {
    type Tabs = { getCurrent(): Promise<{ windowId: number }>; create(p: object): Promise<{ id: number }> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const self = await tabs.getCurrent();
    return (await tabs.create({ windowId: self.windowId, url, active: true })).id;
  }, fixtureServer.url('claude.ai'));
  const page = await aiPage;
  const chat = new ChatPage(page, fixtureServer, { host: 'claude.ai' });
  await chat.ready();
  const tabStatus = async () => (await askBackground<{ tab: TabProtection | null }>(popup, { type: 'ui-bg/get-status', tabId })).tab;
  const stored = () => serviceWorker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null));

  await expect(async () => {
    await popup.reload();
    await expect(line).toHaveAttribute('data-protected', 'true', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(line).toHaveText('Protected on claude.ai (scanning in a worker)');
  const before = await tabStatus();
  expect(before).toMatchObject({ host: 'claude.ai', scanner: 'worker' });

  await test.step('service worker stopped and started again: the same status, without reloading the page', async () => {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await stopServiceWorker();
    // (The CDP helper opens and closes a tab of its own; the AI page stays the active tab.)
    await popup.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { update(id: number, p: object): Promise<unknown> } } }).chrome.tabs.update(id, { active: true }), tabId);
    await popup.reload(); // the popup's questions start a new worker
    await expect(line).toHaveAttribute('data-protected', 'true');
    await expect(line).toHaveText('Protected on claude.ai (scanning in a worker)');
    // Not re-reported by the page (same report time): remembered across the restart.
    expect(await tabStatus()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'the AI page was not reloaded').toBe(true);
    // …and it still protects: a credential is stopped.
    await chat.type(`deploy ${GITHUB_TOKEN}`);
    await chat.pressEnter();
    await expect(page.getByTestId('sag-verdict')).toHaveAttribute('data-action', 'block');
    await chat.expectNothingSent(100);
    await page.getByTestId('sag-verdict').getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  await test.step('the tab navigates to a page we do not protect: not protected any more', async () => {
    await page.goto(fixtureServer.url('unknown-ai.example'));
    await expect.poll(tabStatus).toBeNull();
    await popup.reload();
    await expect(line).toHaveAttribute('data-protected', 'false');
  });

  await test.step('back on the AI site: protected again (the new page reports)', async () => {
    await page.goBack();
    await new ChatPage(page, fixtureServer, { host: 'claude.ai' }).ready();
    await expect.poll(tabStatus).toMatchObject({ host: 'claude.ai', scanner: 'worker' });
  });

  await test.step('the tab closes: its status is dropped from storage.session', async () => {
    expect(Object.keys(await stored())).toContain(`tabProtection:${tabId}`);
    await page.close();
    await expect.poll(async () => Object.keys(await stored())).not.toContain(`tabProtection:${tabId}`);
    expect(await tabStatus()).toBeNull();
  });
});
