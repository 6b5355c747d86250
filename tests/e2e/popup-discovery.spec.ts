import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { DiscoverySnapshot, InventorySnapshot } from '../../src/contracts/events';
import { ChatPage } from './pages/chat-page';
import { test as base, expect } from './support/extension';
import { launchChromium } from './support/launch';

/**
 * Issue 7 in the popup: after a scripted session — an uncatalogued chat app, an OAuth authorize
 * flow at accounts.google.com for an AI client, a personal account on chatgpt.com — with the
 * "AI helper" fixture extension installed next to ours, the popup lists the AI extension, the
 * unknown AI app, the OAuth grant (risky scope highlighted, offline flag) and the account, and
 * exports them (JSON and CSV) without anything typed or any secret of the URLs.
 *
 * `SAG_SCREENSHOT=1` also writes docs/screenshots/popup-discovery.png (the discovery sections).
 */

const AI_HELPER = resolve('tests/e2e/fixtures/ai-helper-extension');

const test = base.extend({
  context: async ({ fixtureServer }, use) => {
    const browser = await launchChromium({ hostResolverRules: fixtureServer.hostResolverRules, extraExtensions: [AI_HELPER] });
    try {
      await use(browser.context);
    } finally {
      await browser.close();
    }
  },
});

async function ask<T>(ext: Page, msg: { type: string }): Promise<T> {
  type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  return (await ext.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), msg)) as T;
}
const discovery = (ext: Page) => ask<DiscoverySnapshot>(ext, { type: 'ui-bg/get-discovery' });
const visits = async (ext: Page, host: string) => (await ask<InventorySnapshot>(ext, { type: 'ui-bg/get-inventory' })).apps.find((a) => a.host === host)?.visits ?? 0;

async function scriptedSession(ext: Page, page: Page, fixtureServer: Parameters<typeof ChatPage.open>[1]) {
  await ask(ext, { type: 'ui-bg/get-status' }); // the background has read managed storage

  await test.step('unknown-ai.example: a chat that streams answers becomes a candidate', async () => {
    const chat = await ChatPage.open(page, fixtureServer, 'unknown-ai.example');
    const text = 'What is the capital of France? (popup)';
    await chat.type(text);
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toEqual([text]);
    await expect(page.locator('.fx-answer').last()).toContainText('model output does.');
    await expect.poll(async () => (await discovery(ext)).candidates.map((c) => c.host), { timeout: 15_000 }).toContain('unknown-ai.example');
  });

  await test.step('accounts.google.com: an authorize flow for ChatGPT asking for Drive, offline', async () => {
    const google = new URL('https://accounts.google.com/o/oauth2/v2/auth');
    google.search = new URLSearchParams({
      client_id: '123456-abc.apps.googleusercontent.com',
      redirect_uri: 'https://chatgpt.com/api/auth/callback/google',
      response_type: 'code',
      scope: 'openid email https://www.googleapis.com/auth/drive.readonly',
      access_type: 'offline',
      state: 'STATE-CANARY-42',
    }).toString();
    expect((await page.goto(google.toString()))?.status()).toBe(200);
    await expect.poll(async () => (await discovery(ext)).grants.length, { timeout: 10_000 }).toBe(1);
  });

  await test.step('chatgpt.com: signed in with a personal account', async () => {
    const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
    await page.goto(fixtureServer.url('chatgpt.com', '/', { account: 'alice.private@gmail.com' }));
    await chat.ready();
    await expect.poll(async () => (await discovery(ext)).accounts.map((a) => `${a.host}:${a.type}`), { timeout: 15_000 }).toEqual(['chatgpt.com:personal']);
    // Two page loads, two visits in the inventory: the first page was left right after its
    // editor was up, possibly before its scanner was, and is still a visit.
    await expect.poll(() => visits(ext, 'chatgpt.com'), { timeout: 10_000 }).toBe(2);
  });
}

test('the popup lists AI extensions, unknown AI apps, OAuth grants and accounts, and exports them', async ({ fixtureServer, page, openExtensionPage }) => {
  const ext = await openExtensionPage('popup.html');
  await scriptedSession(ext, page, fixtureServer);
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 480, height: 1400 });

  await test.step('existing sections still show', async () => {
    await expect(popup.getByTestId('status')).toBeVisible();
    await expect(popup.getByTestId('apps').locator('tr[data-host="chatgpt.com"]')).toBeVisible();
  });

  await test.step('AI browser extensions: name, version, risk badge, state, reasons', async () => {
    const section = popup.getByRole('region', { name: 'AI browser extensions' });
    const item = section.getByTestId('ai-extensions').locator('li[data-id]');
    await expect(item).toHaveCount(1);
    await expect(item.locator('.name')).toHaveText('ChatGPT Writing Helper (e2e fixture)');
    await expect(item.locator('[data-col=version]')).toHaveText('v1.2.3');
    await expect(item.locator('[data-col=risk]')).toHaveText('High risk');
    await expect(item.locator('[data-col=state]')).toHaveText('Enabled');
    await expect(item.getByRole('list', { name: 'Reasons' })).toContainText('permission:clipboardRead');
  });

  await test.step('unknown AI apps for review: host, score, reasons, first/last seen', async () => {
    const section = popup.getByRole('region', { name: 'Unknown AI apps for review' });
    const item = section.getByTestId('ai-candidates').locator('li[data-host="unknown-ai.example"]');
    await expect(item).toBeVisible();
    await expect(item.locator('[data-col=score]')).toHaveText(/^score (6\d|[7-9]\d|100)%$/);
    await expect(item.locator('[data-col=reasons]')).toContainText('streamed-answers');
    await expect(item.locator('[data-col=reasons]')).toContainText('chat-composer');
    await expect(item.locator('time')).toHaveCount(2);
    await expect(item).toContainText(/First seen .+ · Last seen .+/);
  });

  await test.step('OAuth grants: provider, app, client id, scopes (risky highlighted), offline flag', async () => {
    const section = popup.getByRole('region', { name: 'OAuth grants to AI apps' });
    const item = section.getByTestId('oauth-grants').locator('li[data-provider=google]');
    await expect(item).toBeVisible();
    await expect(item.locator('[data-col=app]')).toHaveText('chatgpt');
    await expect(item).toContainText('chatgpt.com');
    await expect(item.locator('[data-col=provider]')).toHaveText('Google');
    await expect(item.locator('[data-col=client-id]')).toHaveText('123456-abc.apps.googleusercontent.com');
    const scopes = item.getByRole('list', { name: 'Scopes' });
    await expect(scopes.locator('li')).toHaveCount(3);
    await expect(scopes.locator('li[data-risky=true]')).toHaveCount(1);
    await expect(scopes.locator('li[data-risky=true]')).toContainText('https://www.googleapis.com/auth/drive.readonly');
    await expect(scopes.locator('li[data-risky=true]')).toContainText('risky');
    await expect(item.locator('[data-col=offline]')).toHaveText('Offline access');
    await expect(item.locator('[data-col=admin-consent]')).toHaveCount(0);
    await expect(item.locator('time')).toHaveCount(1);
  });

  await test.step('accounts per AI host: type and domain', async () => {
    const row = popup.getByTestId('ai-accounts').locator('tr[data-host="chatgpt.com"]');
    await expect(row.locator('[data-col=type]')).toHaveText('Personal');
    await expect(row.locator('[data-col=domain]')).toHaveText('gmail.com');
  });

  if (process.env.SAG_SCREENSHOT) {
    const file = resolve('docs/screenshots/popup-discovery.png');
    mkdirSync(dirname(file), { recursive: true });
    const first = popup.locator('section[aria-labelledby=ext-h]');
    const last = popup.locator('section[aria-labelledby=acct-h]');
    const a = (await first.boundingBox())!;
    const b = (await last.boundingBox())!;
    await popup.screenshot({ path: file, clip: { x: 0, y: a.y - 4, width: 480, height: b.y + b.height - a.y + 8 }, fullPage: true });
  }

  await test.step('JSON and CSV exports carry discovery, without typed text or URL secrets', async () => {
    const grab = async (name: RegExp) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const json = await grab(/Everything \(JSON\)/);
    const parsed = JSON.parse(json.text) as { format: string; discovery: DiscoverySnapshot };
    expect(parsed.format).toBe('shadow-ai-guard/inventory');
    expect(parsed.discovery.extensions.map((e) => e.name)).toEqual(['ChatGPT Writing Helper (e2e fixture)']);
    expect(parsed.discovery.candidates.map((c) => c.host)).toContain('unknown-ai.example');
    expect(parsed.discovery.grants[0]).toMatchObject({ provider: 'google', appId: 'chatgpt', offline: true });
    expect(parsed.discovery.accounts[0]).toMatchObject({ host: 'chatgpt.com', type: 'personal', domain: 'gmail.com' });

    const csv = await grab(/Discovery \(CSV\)/);
    expect(csv.name).toMatch(/^ai-discovery-.*\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/^section,subject,app_id,id,version,status,risk,/);
    expect(lines.some((l) => l.startsWith('extension,ChatGPT Writing Helper (e2e fixture),'))).toBe(true);
    expect(lines.some((l) => l.startsWith('candidate,unknown-ai.example,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('oauth_grant,chatgpt.com,chatgpt,123456-abc.apps.googleusercontent.com,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('account,chatgpt.com,chatgpt,') && l.includes(',personal,') && l.includes('gmail.com'))).toBe(true);

    for (const never of ['capital of France', 'STATE-CANARY', 'alice.private', '/api/auth/callback']) {
      expect(json.text).not.toContain(never);
      expect(csv.text).not.toContain(never);
    }
  });
});
