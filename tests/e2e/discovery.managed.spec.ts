import type { Page } from '@playwright/test';
import type { DiscoverySnapshot } from '../../src/contracts/events';
import type { PolicyDocumentInput } from '../../src/contracts/policy';
import { ChatPage } from './pages/chat-page';
import { GITHUB_TOKEN } from './support/canaries';
import { test as base, expect } from './support/extension';
import { launchWithPolicy, type PolicyBrowser } from './support/private-policy';
import { tabProtection } from './support/tab-protection';

/**
 * Issue 7 with managed config: the account type on an AI app (corporate domains from
 * `identity.corporateDomains`) drives policy `accounts`, and protection reaches hosts the policy
 * adds (content script registered at run time). Managed policy is machine-wide, hence a
 * `.managed` spec; the browser gets its own policy folder where possible (private-policy.ts).
 */

const COACHING = 'Use your Example Corp account for ChatGPT.';

function inlinePolicy(): PolicyDocumentInput {
  const now = Date.now();
  return {
    version: 3,
    issuedAt: new Date(now - 60_000).toISOString(),
    expiresAt: new Date(now + 86_400_000).toISOString(),
    orgId: 'acme-e2e',
    apps: { 'chatgpt.com': { tier: 'sanctioned' }, 'unknown-ai.example': { tier: 'unsanctioned', name: 'Unknown AI' } },
    accounts: { sanctioned: { personal: 'block' }, coaching: COACHING },
  };
}

const test = base.extend<{ policyBrowser: PolicyBrowser }>({
  policyBrowser: async ({ fixtureServer }, use) => {
    const browser = await launchWithPolicy({
      hostResolverRules: fixtureServer.hostResolverRules,
      managedConfig: { orgId: 'acme-e2e', identity: { corporateDomains: ['example-corp.test'] }, inlinePolicy: inlinePolicy() },
    });
    try {
      await use(browser);
    } finally {
      await browser.close();
    }
  },
  context: async ({ policyBrowser }, use) => use(policyBrowser.context),
});

test.describe.configure({ mode: 'serial' });

async function discovery(page: Page): Promise<DiscoverySnapshot> {
  type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  return (await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'ui-bg/get-discovery' }))) as DiscoverySnapshot;
}

async function policyInForce(ext: Page) {
  type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  await expect
    .poll(async () => ((await ext.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'ui-bg/get-status' }))) as { policy: { version: number | null } }).policy.version, {
      timeout: 20_000,
      intervals: [250],
    })
    .toBe(3);
}

test('a personal account on a sanctioned app is blocked by policy; the corporate account is not', async ({ context, fixtureServer, page, openExtensionPage }) => {
  const ext = await openExtensionPage('popup.html');
  await policyInForce(ext);

  const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
  await page.goto(fixtureServer.url('chatgpt.com', '/', { account: 'alice.private@gmail.com' }));
  await chat.ready();
  await expect
    .poll(async () => (await discovery(ext)).accounts.map((a) => `${a.host}:${a.type}:${a.domain}`), { timeout: 15_000 })
    .toEqual(['chatgpt.com:personal:gmail.com']);
  await chat.type('Summarise the meeting notes, please.');
  await chat.pressEnter();
  const verdict = page.getByTestId('sag-verdict');
  await expect(verdict).toHaveAttribute('data-action', 'block');
  await expect(verdict).toContainText(COACHING);
  await chat.expectNothingSent();

  const work = await context.newPage();
  const corp = await ChatPage.open(work, fixtureServer, 'chatgpt.com');
  await work.goto(fixtureServer.url('chatgpt.com', '/', { account: 'bob@example-corp.test' }));
  await corp.ready();
  await expect.poll(async () => (await discovery(ext)).accounts[0]?.type, { timeout: 15_000 }).toBe('corporate');
  await corp.type('Summarise the meeting notes, please.');
  await corp.pressEnter();
  await expect.poll(() => corp.sentTexts()).toEqual(['Summarise the meeting notes, please.']);
  // Only domains are kept, never the address.
  const json = JSON.stringify(await discovery(ext));
  expect(json).not.toContain('alice.private');
  expect(json).not.toContain('bob@');
});

test('a host the policy adds is protected (content script registered at run time, scanning in the worker), and is no longer a candidate', async ({ context, fixtureServer, page, openExtensionPage }) => {
  const ext = await openExtensionPage('popup.html');
  await policyInForce(ext);
  await expect
    .poll(
      () =>
        ext.evaluate(async () =>
          (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches: string[]; world?: string }[]> } } }).chrome.scripting.getRegisteredContentScripts())
            .map((s) => `${s.id} ${s.world ?? 'ISOLATED'} ${s.matches.join(',')}`)
            .sort(),
        ),
      { timeout: 10_000 },
    )
    // The protection script, and the page-world file-picker hook on the same hosts.
    .toEqual(['sag-policy-ai-hosts ISOLATED https://*.unknown-ai.example/*', 'sag-policy-ai-hosts-file-picker MAIN https://*.unknown-ai.example/*']);

  const chat = await ChatPage.open(page, fixtureServer, 'unknown-ai.example');
  await chat.type(`deploy with ${GITHUB_TOKEN}`);
  // Scanning runs in the classifier worker there too (the scanner frame is web-accessible on
  // every host, through its dynamic URL), not in the background fallback.
  await expect.poll(() => tabProtection(context, page), { timeout: 10_000 }).toMatchObject({ scanner: 'worker' });
  await chat.pressEnter();
  await expect(page.getByTestId('sag-verdict')).toHaveAttribute('data-action', 'block');
  await chat.expectNothingSent();
  expect((await discovery(ext)).candidates.map((c) => c.host)).not.toContain('unknown-ai.example');
});
