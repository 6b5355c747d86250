import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { PolicyDocumentInput } from '../../src/contracts/policy';
import { ChatPage } from './pages/chat-page';
import { CARD, EMAIL, GITHUB_TOKEN } from './support/canaries';
import { expect, test } from './support/extension';
import { startOrgBrowser } from './support/org-browser';
import { dumpExtensionState, EXTENSION_ORIGIN, extensionWorker, findLeaks } from './support/sw-control';

/**
 * Issue 6, the privacy promise proven in real Chromium: unique canary secrets and personal data
 * are typed, pasted, redacted, warned about, justified, monitored, allowed and blocked on fixture
 * AI sites, with an org endpoint configured the way admins do (managed policy). Afterwards none
 * of the canaries — nor their SHA-256/SHA-1/MD5, base64, hex, URL or JSON encodings — appears:
 *
 * 1. in any request the EXTENSION made (captured at the browser: every request of the service
 *    worker and of extension pages, from `context.on('request')`), and all of those go to the org
 *    endpoint only;
 * 2. in any request body the ORG ENDPOINT received (captured at the server, by the proxy in front
 *    of the reference server), nor in the org inventory it serves;
 * 3. in anything the extension stores: chrome.storage.local/.session and every IndexedDB database
 *    of the extension origin;
 * 4. in the popup's CSV and JSON exports.
 *
 * What is NOT asserted: the fixture AI pages themselves send the prompt to their own server when
 * the user lets a prompt go (allow, monitor, send anyway). That is the AI site receiving what the
 * user chose to send, not the extension reporting it; the test checks it happened (the canary
 * was really in play) and keeps it apart from the org endpoint's traffic.
 */

test.describe.configure({ mode: 'serial' });

const ORG = 'acme-privacy';
const run = Date.now().toString(36);
const CANARIES = {
  GITHUB_TOKEN,
  EMAIL,
  CARD,
  EMAIL_PASTED: `pasted.canary.${run}@example-corp.com`,
  EMAIL_JUSTIFIED: `justified.canary.${run}@example-corp.com`,
  EMAIL_ALLOWED: `allowed.canary.${run}@example-corp.com`,
};

const policy = (): PolicyDocumentInput => ({
  version: 5,
  issuedAt: new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  orgId: ORG,
  apps: {
    'chatgpt.com': { tier: 'sanctioned' },
    'claude.ai': { tier: 'tolerated' },
    'gemini.google.com': { tier: 'unsanctioned' },
    'www.perplexity.ai': { tier: 'tolerated' },
  },
  // Every action: credential → block, payment → redact, personal data → monitor (sanctioned),
  // justify (unsanctioned), allow (tolerated), warn (claude.ai, by exception).
  actions: {
    default: { categories: { credential: 'block', financial: 'redact', pii: 'warn' } },
    sanctioned: { categories: { pii: 'monitor' } },
    unsanctioned: { categories: { pii: 'justify' } },
    tolerated: { categories: { pii: 'allow' } },
  },
  exceptions: [{ id: 'claude-warn', apps: ['claude.ai'], categories: ['pii'], action: 'warn', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }],
  events: { batchSize: 5, flushIntervalSeconds: 5, retryMaxSeconds: 2 },
});

const verdict = (page: Page) => page.getByTestId('sag-verdict');
const button = (page: Page, name: string) => verdict(page).getByRole('button', { name, exact: true });

async function reset(page: Page, chat: ChatPage): Promise<void> {
  await chat.clearComposer();
  await expect.poll(() => chat.composerText()).toBe('');
  await expect(verdict(page)).toBeHidden();
}

test('no canary leaves the device or stays in it: org traffic, storage and exports carry metadata only', async ({ fixtureServer, managedPolicy }) => {
  test.setTimeout(150_000);
  const ob = await startOrgBrowser({ fixtureServer, managedPolicy, policy: policy(), orgId: ORG, policyVersion: 5 });
  const { org, sink, context, control, status, extensionRequests } = ob;

  try {
    const page = await context.newPage();
    const sentBefore = fixtureServer.sent().length;

    await test.step('monitor (sanctioned chatgpt.com): typed and pasted personal data go, recorded as metadata', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
      await chat.type(`Send the minutes to ${CANARIES.EMAIL} today`);
      await chat.pressEnter();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
      await chat.paste(`cc ${CANARIES.EMAIL_PASTED}`);
      await expect.poll(() => chat.composerText()).toContain(CANARIES.EMAIL_PASTED);
      await chat.pressEnter();
      await expect.poll(() => chat.sentTexts()).toHaveLength(2);
    });

    await test.step('redact (payment data): typed and pasted card numbers are redacted', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
      await chat.type(`charge ${CANARIES.CARD} for the deposit`);
      await chat.pressEnter();
      await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
      await button(page, 'Redact and send').click();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
      expect((await chat.sentTexts())[0]).not.toContain(CANARIES.CARD);
      await chat.paste(`card ${CANARIES.CARD}`);
      await expect(verdict(page)).toHaveAttribute('data-action', 'redact');
      await button(page, 'Redact and send').click();
      await expect.poll(() => chat.composerText()).toMatch(/^card \[/);
      await reset(page, chat);
    });

    await test.step('block (credential): typed and pasted tokens are stopped', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'claude.ai');
      await chat.type(`deploy with ${CANARIES.GITHUB_TOKEN} now`);
      await chat.pressEnter();
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await button(page, 'Cancel').click();
      await reset(page, chat);
      await chat.paste(`token=${CANARIES.GITHUB_TOKEN}`);
      await expect(verdict(page)).toHaveAttribute('data-action', 'block');
      await button(page, 'Cancel').click();
      await reset(page, chat);
      await chat.expectNothingSent(50);
    });

    await test.step('warn (claude.ai): sent anyway once, cancelled once', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'claude.ai');
      await chat.type(`Write to ${CANARIES.EMAIL} about the offsite`);
      await chat.pressEnter();
      await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
      await button(page, 'Send anyway').click();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
      await chat.type(`And to ${CANARIES.EMAIL_PASTED} too`);
      await chat.pressEnter();
      await expect(verdict(page)).toHaveAttribute('data-action', 'warn');
      await button(page, 'Cancel').click();
      await reset(page, chat);
    });

    await test.step('justify (unsanctioned gemini.google.com): sent with a business reason', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'gemini.google.com');
      await chat.type(`Draft a reply to ${CANARIES.EMAIL_JUSTIFIED}`);
      await chat.pressEnter();
      await expect(verdict(page)).toHaveAttribute('data-action', 'justify');
      const reason = verdict(page).getByLabel('Business reason');
      if (!(await reason.isVisible())) await button(page, 'Send anyway').click();
      await reason.fill('Customer asked for a follow-up');
      await button(page, 'Send anyway').click();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
    });

    await test.step('allow (tolerated www.perplexity.ai): personal data goes, recorded as allow (metadata only)', async () => {
      const chat = await ChatPage.open(page, fixtureServer, 'www.perplexity.ai');
      await chat.type(`Find ${CANARIES.EMAIL_ALLOWED} on the web`);
      await chat.pressEnter();
      await expect.poll(() => chat.sentTexts()).toHaveLength(1);
    });

    await test.step('the canaries were really in play: the AI sites received the allowed sends', async () => {
      const aiSite = fixtureServer.sent().slice(sentBefore).map((r) => r.text).join('\n');
      for (const key of ['EMAIL', 'EMAIL_PASTED', 'EMAIL_JUSTIFIED', 'EMAIL_ALLOWED'] as const) expect(aiSite).toContain(CANARIES[key]);
      expect(aiSite).not.toContain(CANARIES.GITHUB_TOKEN);
      expect(findLeaks(aiSite, CANARIES).length, 'the leak detector finds what is there').toBeGreaterThan(0);
    });

    await test.step('the events reached the org endpoint, then the queue is empty', async () => {
      // One event per send (allow included) and per paste that was held or had findings: 11.
      await expect
        .poll(async () => ((await org.inventory()) as { byType: Record<string, number> }).byType.prompt_checked ?? 0, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(11);
      await expect.poll(async () => (await status()).queueDepth, { timeout: 15_000 }).toBe(0);
      const inv = (await org.inventory()) as {
        byType: Record<string, number>;
        categories: Record<string, number>;
        apps: { host: string; actions: Record<string, number>; userDecisions: Record<string, number> }[];
      };
      expect(inv.byType.prompt_checked).toBe(11);
      expect(Object.keys(inv.categories).sort()).toEqual(['credential', 'financial', 'pii']);
      // Exactly what the session did, app by app, whatever the typing speed.
      const perApp = Object.fromEntries(inv.apps.filter((a) => Object.keys(a.actions).length > 0).map((a) => [a.host, a.actions]));
      expect(perApp).toEqual({
        'chatgpt.com': { monitor: 3, redact: 2 }, // typed, pasted, sent the paste; card typed and pasted, redacted
        'claude.ai': { block: 2, warn: 2 }, // token typed and pasted; sent anyway, cancelled
        'gemini.google.com': { justify: 1 },
        'www.perplexity.ai': { allow: 1 }, // the allowed send is recorded too (metadata only)
      });
    });

    await test.step('captured at the server: no canary in any request body, nor in the org inventory', async () => {
      const bodies = sink.requests().filter((r) => !r.foreign);
      expect(bodies.filter((r) => r.ids.length > 0).length).toBeGreaterThan(0);
      const all = bodies.map((r) => `${r.method} ${r.path}\n${r.body}`).join('\n');
      expect(findLeaks(all, CANARIES)).toEqual([]);
      // The one free-text field is the user's reason, not the prompt.
      expect(all).toContain('Customer asked for a follow-up');
      expect(findLeaks(JSON.stringify(await org.inventory()), CANARIES)).toEqual([]);
    });

    await test.step('captured at the browser: every extension request goes to the org endpoint and carries no canary', async () => {
      expect(extensionRequests.length).toBeGreaterThan(0);
      const foreign = extensionRequests.filter((r) => !r.url.startsWith(`${sink.url}/`) && !r.url.startsWith(EXTENSION_ORIGIN));
      expect(foreign, 'requests from the extension to anything but the org endpoint').toEqual([]);
      const all = extensionRequests.map((r) => `${r.method} ${r.url}\n${r.body}`).join('\n');
      expect(all).toContain('"type":"prompt_checked"');
      expect(findLeaks(all, CANARIES)).toEqual([]);
    });

    await test.step('stored: chrome.storage.local/.session and every IndexedDB database hold no canary', async () => {
      const dump = await dumpExtensionState(await extensionWorker(context));
      expect(dump.databases).toContain('shadow-ai-guard-events');
      expect(dump.rows).toBeGreaterThan(0);
      expect(findLeaks(dump.json, CANARIES)).toEqual([]);
    });

    await test.step('exported: the popup CSV and JSON hold no canary', async () => {
      await control.reload();
      const texts: string[] = [];
      for (const name of [/Apps \(CSV\)/, /Actions \(CSV\)/, /Everything \(JSON\)/]) {
        const [download] = await Promise.all([control.waitForEvent('download'), control.getByRole('button', { name }).click()]);
        texts.push(readFileSync((await download.path())!, 'utf8'));
      }
      expect(texts.join('\n')).toContain('gemini.google.com');
      expect(findLeaks(texts.join('\n'), CANARIES)).toEqual([]);
    });
  } finally {
    await ob.close();
  }
});
