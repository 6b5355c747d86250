import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { DiscoverySnapshot, InventorySnapshot } from '../../src/contracts/events';
import { DEV_EXTENSION_ID } from '../../src/contracts/extension-id';
import { ChatPage } from './pages/chat-page';
import { test as base, expect } from './support/extension';
import { launchChromium } from './support/launch';

/**
 * Issue 7, shadow-AI discovery, end to end in real Chromium: AI app visits reach the inventory
 * (hosts only), an uncatalogued chat app becomes a candidate for review, a second, AI-looking
 * extension installed next to ours is flagged, and an OAuth authorize flow at the real identity
 * provider hostname for an AI client is recorded with its scopes (and nothing else of the URL).
 * The account-type policy needs managed config: discovery.managed.spec.ts.
 */

const AI_HELPER = resolve('tests/e2e/fixtures/ai-helper-extension');

const test = base.extend({
  // Our extension plus the do-nothing "AI helper" fixture extension.
  context: async ({ fixtureServer }, use) => {
    const browser = await launchChromium({ hostResolverRules: fixtureServer.hostResolverRules, extraExtensions: [AI_HELPER] });
    try {
      await use(browser.context);
    } finally {
      await browser.close();
    }
  },
});

/** Asks the background through an extension page, like the popup does. */
async function ask<T>(context: BrowserContext, msg: { type: string }): Promise<T> {
  let page = context.pages().find((p) => p.url().startsWith(`chrome-extension://${DEV_EXTENSION_ID}/`));
  if (!page) {
    page = await context.newPage();
    await page.goto(`chrome-extension://${DEV_EXTENSION_ID}/popup.html`);
  }
  type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  return (await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), msg)) as T;
}
/**
 * Right after the browser starts, the background answers only once its policy store has read
 * managed storage (seconds, in a fresh profile); pages opened before then would be left before
 * the discovery script got its answer.
 */
const backgroundReady = (context: BrowserContext) => ask(context, { type: 'ui-bg/get-status' });
const discovery = (context: BrowserContext) => ask<DiscoverySnapshot>(context, { type: 'ui-bg/get-discovery' });
const inventory = (context: BrowserContext) => ask<InventorySnapshot>(context, { type: 'ui-bg/get-inventory' });

async function sendPrompt(page: Page, chat: ChatPage, text: string) {
  await chat.type(text);
  await chat.pressEnter();
  await expect.poll(() => chat.sentTexts()).toEqual([text]);
  await expect(page.locator('.fx-answer').last()).toContainText('model output does.');
}

test.describe('shadow-AI discovery', () => {
  test('visits to catalogued AI apps appear in the inventory, by host only', async ({ context, serviceWorker, fixtureServer, page }) => {
    void serviceWorker;
    await backgroundReady(context);
    await ChatPage.open(page, fixtureServer, 'chatgpt.com'); // protected host (its visit comes with the protection script's report)
    await expect.poll(async () => (await inventory(context)).apps.map((a) => `${a.host}:${a.appId}`), { timeout: 10_000 }).toContain('chatgpt.com:chatgpt');
    await page.goto(fixtureServer.url('github.com', '/copilot/c/123', { q: 'secret-query' })); // catalogued by path, not protected
    await page.goto(fixtureServer.url('github.com', '/settings/profile')); // github.com itself is not an AI app
    await page.goto(fixtureServer.url('accounts.google.com', '/')); // nor is an identity provider

    await expect
      .poll(async () => (await inventory(context)).apps.map((a) => `${a.host}:${a.appId}:${a.tier}`), { timeout: 10_000 })
      .toContain('github.com:github-copilot:tolerated');
    const snap = await inventory(context);
    expect(snap.apps.find((a) => a.host === 'github.com')?.visits).toBe(1);
    expect(snap.apps.map((a) => a.host)).not.toContain('accounts.google.com');
    const json = JSON.stringify(snap);
    expect(json).not.toContain('/copilot');
    expect(json).not.toContain('secret-query');
  });

  test('an uncatalogued chat app is reported as a candidate for review; ordinary pages are not', async ({ context, serviceWorker, fixtureServer, page }) => {
    void serviceWorker;
    await backgroundReady(context);
    for (const host of ['unknown-ai.example', 'app.example-llm.test']) {
      const chat = await ChatPage.open(page, fixtureServer, host);
      await sendPrompt(page, chat, `What is the capital of France? (${host})`);
    }
    await page.goto(fixtureServer.url('accounts.google.com', '/signin')); // a form, not a chat app

    await expect
      .poll(async () => (await discovery(context)).candidates.map((c) => c.host).sort(), { timeout: 15_000 })
      .toEqual(['app.example-llm.test', 'unknown-ai.example']);
    const snap = await discovery(context);
    const unknown = snap.candidates.find((c) => c.host === 'unknown-ai.example')!;
    expect(unknown.reasons).toEqual(expect.arrayContaining(['streamed-answers', 'chat-composer']));
    expect(unknown.score).toBeGreaterThanOrEqual(0.6);
    const llm = snap.candidates.find((c) => c.host === 'app.example-llm.test')!;
    expect(llm.reasons).toContain('self-description:ai-terms');
    // Metadata only: nothing the user typed, nothing of the page's text.
    expect(JSON.stringify(snap)).not.toContain('capital of France');
    expect(JSON.stringify(snap)).not.toContain('open-weights');
  });

  test('an AI-looking browser extension installed next to ours is flagged (ours is not)', async ({ context, serviceWorker }) => {
    void serviceWorker;
    await expect.poll(async () => (await discovery(context)).extensions.map((e) => e.name), { timeout: 10_000 }).toEqual(['ChatGPT Writing Helper (e2e fixture)']);
    const [ext] = (await discovery(context)).extensions;
    expect(ext).toMatchObject({ version: '1.2.3', enabled: true, installType: 'development', risk: 'high', removed: false });
    expect(ext!.id).toMatch(/^[a-p]{32}$/);
    expect(ext!.id).not.toBe(DEV_EXTENSION_ID);
    expect(ext!.reasons).toEqual(expect.arrayContaining(['name:chatgpt', 'permission:clipboardRead', 'host-access:all-sites', 'install:development']));
  });

  test('OAuth authorize flows at the real identity providers are recorded for AI clients, with scopes', async ({ context, serviceWorker, fixtureServer, page }) => {
    void serviceWorker;
    const google = new URL('https://accounts.google.com/o/oauth2/v2/auth');
    google.search = new URLSearchParams({
      client_id: '123456-abc.apps.googleusercontent.com',
      redirect_uri: 'https://chatgpt.com/api/auth/callback/google',
      response_type: 'code',
      scope: 'openid email https://www.googleapis.com/auth/drive.readonly',
      access_type: 'offline',
      state: 'STATE-CANARY-42',
      login_hint: 'alice@example-corp.test',
    }).toString();
    const github = new URL('https://github.com/login/oauth/authorize');
    github.search = new URLSearchParams({ client_id: 'Iv1.0123abcd', redirect_uri: 'https://claude.ai/oauth/callback', scope: 'repo read:user', state: 'STATE-CANARY-43' }).toString();
    const notAi = new URL('https://login.microsoftonline.com/common/oauth2/v2.0/authorize');
    notAi.search = new URLSearchParams({ client_id: '11111111-2222-3333-4444-555555555555', redirect_uri: 'https://intranet.example-corp.test/cb', scope: 'User.Read', response_type: 'code' }).toString();

    await backgroundReady(context);
    for (const u of [google, github, notAi]) {
      const res = await page.goto(u.toString());
      expect(res?.status()).toBe(200); // the fixture sign-in page under the real hostname
    }
    void fixtureServer;

    await expect.poll(async () => (await discovery(context)).grants.map((g) => `${g.provider}:${g.appId}`).sort(), { timeout: 10_000 }).toEqual([
      'github:claude',
      'google:chatgpt',
    ]);
    const snap = await discovery(context);
    expect(snap.grants.find((g) => g.provider === 'google')).toMatchObject({
      clientId: '123456-abc.apps.googleusercontent.com',
      host: 'chatgpt.com',
      scopes: ['openid', 'email', 'https://www.googleapis.com/auth/drive.readonly'],
      riskyScopes: ['https://www.googleapis.com/auth/drive.readonly'],
      offline: true,
      appMatch: 'redirect-host',
      count: 1,
    });
    expect(snap.grants.find((g) => g.provider === 'github')).toMatchObject({ host: 'claude.ai', scopes: ['repo', 'read:user'], riskyScopes: ['repo'] });
    const json = JSON.stringify(snap);
    for (const never of ['STATE-CANARY', 'alice@', '/api/auth/callback', 'intranet.example-corp.test']) expect(json).not.toContain(never);
  });
});
