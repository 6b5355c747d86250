import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ManagedConfig } from '../../src/contracts/managed-config';
import type { PolicyAction, PolicyDocumentInput, PolicyRefusalReason } from '../../src/contracts/policy';
import { MAX_ENVELOPE_BYTES, generateSigningKeyPair } from '../../src/engine/policy';
import { ChatPage } from './pages/chat-page';
import { test as base, expect } from './support/extension';
import { startOrgServer, type CraftedResponse, type OrgServer } from './support/org-server';
import { launchWithPolicy, type PolicyBrowser } from './support/private-policy';

/**
 * Issue 5, org policy, end to end: a managed policy file points the extension at the reference
 * org server; the extension pulls and verifies the signed policy; changes on the server change
 * what happens on a fixture AI page; every bad update is refused with its reason on the options
 * page while the last good policy stays in force; a dead endpoint keeps the cached policy.
 *
 * Each test runs its own org server and its own browser, whose managed policy file is written
 * before launch (see support/private-policy.ts: private to that browser when possible).
 */
const ORG = 'acme-e2e';
/**
 * A prompt with personal data (an e-mail address). Each attempt uses a new text: the content
 * script caches the verdict of the exact text in the composer, and the test must see the
 * decision of the policy in force now, not a remembered one.
 */
let attempt = 0;
const emailPrompt = () => `Please draft a reply to jane.doe@example.com about offer #${++attempt}`;

function policy(version: number, pii: PolicyAction, over: Partial<PolicyDocumentInput> = {}): PolicyDocumentInput {
  const now = Date.now();
  return {
    version,
    issuedAt: new Date(now - 60_000).toISOString(),
    expiresAt: new Date(now + 86_400_000).toISOString(),
    orgId: ORG,
    name: `e2e policy v${version}`,
    apps: { 'chatgpt.com': { tier: 'sanctioned' } },
    actions: { default: { categories: { pii } } },
    ...over,
  };
}

interface PolicyFixtures {
  /** The policy the org server serves at start. */
  orgPolicy: PolicyDocumentInput;
  /** Added to the managed config the browser starts with. */
  managedExtra: Partial<ManagedConfig>;
  org: OrgServer;
  policyBrowser: PolicyBrowser;
}

const test = base.extend<PolicyFixtures>({
  orgPolicy: [policy(1, 'block'), { option: true }],
  managedExtra: [{}, { option: true }],
  org: async ({ orgPolicy }, use) => {
    const org = await startOrgServer(orgPolicy, { orgId: ORG });
    await use(org);
    await org.close();
  },
  managedConfig: async ({ org, managedExtra }, use) => {
    await use({ ...org.managedConfig({ failMode: 'open', ...managedExtra }) });
  },
  policyBrowser: async ({ fixtureServer, managedConfig }, use) => {
    const browser = await launchWithPolicy({ hostResolverRules: fixtureServer.hostResolverRules, managedConfig });
    try {
      await use(browser);
    } finally {
      await browser.close();
    }
  },
  context: async ({ policyBrowser }, use) => use(policyBrowser.context),
  managedPolicy: async ({ policyBrowser }, use) => use(policyBrowser.managedPolicy),
});

// Enterprise policy is machine-wide (this project runs after every other spec); one at a time.
test.describe.configure({ mode: 'serial' });

/** The options page, as an admin reads it. */
class OptionsView {
  readonly source: Locator;
  readonly version: Locator;
  readonly error: Locator;
  readonly reachable: Locator;

  constructor(readonly page: Page) {
    this.source = page.getByTestId('policy-source');
    this.version = page.getByTestId('policy-version');
    this.error = page.getByTestId('policy-error');
    this.reachable = page.getByTestId('policy-reachable');
  }

  /** Waits until the page shows this policy in force (the page re-reads the status every 3 s). */
  async expectInForce(source: string, version: number, timeout = 20_000): Promise<void> {
    await expect(this.source).toHaveAttribute('data-source', source, { timeout });
    await expect(this.version).toHaveText(String(version), { timeout });
  }

  async syncNow(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Sync now' });
    await button.click();
    await expect(button).toBeEnabled({ timeout: 20_000 });
  }

  async expectRefused(reason: PolicyRefusalReason): Promise<void> {
    const alert = this.page.getByRole('alert');
    await expect(alert).toHaveAttribute('data-reason', reason);
    await expect(alert.getByRole('heading', { name: 'Last policy update refused' })).toBeVisible();
    await expect(alert.getByTestId('policy-error-reason')).toHaveText(reason);
    await expect(alert.getByTestId('policy-error-explanation')).not.toBeEmpty();
  }
}

async function openOptions(openExtensionPage: (path: string) => Promise<Page>): Promise<OptionsView> {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/organisation policy/);
  return new OptionsView(page);
}

/** Sends the e-mail prompt on the fixture ChatGPT page and checks what policy did with it. */
async function promptWithEmail(chat: ChatPage, expected: 'blocked' | 'sent'): Promise<void> {
  const verdict = chat.page.getByTestId('sag-verdict');
  const text = emailPrompt();
  await chat.clearComposer();
  chat.forgetSent();
  await chat.type(text);
  await chat.pressEnter();
  if (expected === 'blocked') {
    await expect(verdict).toHaveAttribute('data-action', 'block');
    await chat.expectNothingSent();
    await chat.page.getByRole('button', { name: 'Cancel' }).click();
    await expect(verdict).toBeHidden();
  } else {
    await expect.poll(() => chat.sentTexts()).toEqual([text]);
    await expect(verdict).toBeHidden();
  }
}

test.describe('org policy from the endpoint', () => {
  test.use({ orgPolicy: policy(1, 'block'), managedExtra: { policyRefreshMinutes: 0.5 } });

  test('is pulled, verified and enforced; a change on the server applies within the refresh interval', async ({
    org,
    policyBrowser,
    page,
    fixtureServer,
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    test.info().annotations.push({ type: 'policy file', description: policyBrowser.isolated ? 'private to this browser (mount namespace)' : 'machine-wide' });
    const options = await openOptions(openExtensionPage);

    await test.step('deployed: policy v1 pulled from the endpoint and verified', async () => {
      await options.expectInForce('endpoint', 1);
      await expect(options.page.getByTestId('policy-org')).toHaveText(ORG);
      await expect(options.page.getByTestId('policy-endpoint')).toHaveText(org.url);
      await expect(options.reachable).toHaveAttribute('data-reachable', 'yes');
      await expect(options.page.getByTestId('pinned-keys')).toContainText(org.key.kid);
      await expect(options.page.getByTestId('policy-refresh')).toHaveText('every 30 seconds');
      await expect(options.page.getByTestId('managed-issues')).toHaveText('No problems found.');
      await expect(options.error).toHaveCount(0);
      expect(org.policyRequests.length).toBeGreaterThan(0);
    });

    const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
    await test.step('v1 (personal data: block) is enforced on the AI page', async () => {
      await promptWithEmail(chat, 'blocked');
    });

    await test.step('v2 (personal data: allow) published on the server arrives on the refresh alarm, no click', async () => {
      const published = Date.now();
      const before = org.policyRequests.length;
      org.setPolicy(policy(2, 'allow'));
      // The alarm fires every 30 s (Chrome's minimum); allow one period plus slack.
      await options.expectInForce('endpoint', 2, 45_000);
      const polls = org.policyRequests.slice(before);
      expect(polls.length, 'the alarm polled the endpoint').toBeGreaterThan(0);
      expect(polls[0]!.ifNoneMatch, 'polls carry the ETag of the policy in force').toMatch(/^".+"$/);
      expect(Date.now() - published).toBeLessThan(45_000);
      test.info().annotations.push({ type: 'interval', description: `v2 in force ${Math.round((Date.now() - published) / 1000)} s after publishing` });
      await expect(options.error).toHaveCount(0);
    });

    await test.step('the same prompt is now sent', async () => {
      await promptWithEmail(chat, 'sent');
    });
  });
});

test.describe('bad policy updates', () => {
  test.use({ orgPolicy: policy(2, 'allow') });

  test('each is refused with its reason on the options page; the last good policy stays in force', async ({
    org,
    page,
    fixtureServer,
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    const options = await openOptions(openExtensionPage);
    await options.expectInForce('endpoint', 2);
    const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
    await promptWithEmail(chat, 'sent');

    // Every bad update would block personal data if it were taken into force.
    const stranger = await generateSigningKeyPair('stranger-key');
    const v3 = policy(3, 'block');
    const expired = policy(3, 'block', { issuedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const typo = JSON.stringify({ ...policy(3, 'block'), actoins: { default: { categories: { pii: 'block' } } } });
    const envelope = await org.sign(v3);
    const cases: [PolicyRefusalReason, () => Promise<CraftedResponse>][] = [
      ['bad_signature', async () => ({ body: await org.sign(v3, stranger, org.key.kid) })],
      ['unknown_key', async () => ({ body: await org.sign(v3, stranger) })],
      ['older_version', async () => ({ body: await org.sign(policy(1, 'block')) })],
      ['expired', async () => ({ body: await org.sign(expired) })],
      ['malformed', async () => ({ body: await org.sign(typo) })],
      ['oversized', async () => ({ body: JSON.stringify({ payload: 'A'.repeat(MAX_ENVELOPE_BYTES + 16), kid: org.key.kid, alg: 'Ed25519', signature: 'A'.repeat(86) + '==' }) })],
      ['wrong_content_type', async () => ({ body: envelope, contentType: 'text/html; charset=utf-8' })],
      ['wrong_org', async () => ({ body: await org.sign(policy(3, 'block', { orgId: 'globex' })) })],
      ['http_error', async () => ({ status: 503, body: JSON.stringify({ error: 'maintenance' }) })],
    ];

    for (const [reason, response] of cases) {
      await test.step(`${reason}: refused, shown, v2 still in force`, async () => {
        org.serve(await response());
        await options.syncNow();
        await options.expectRefused(reason);
        await options.expectInForce('endpoint', 2, 7_000);
        await expect(options.reachable).toHaveAttribute('data-reachable', 'yes');
        if (reason === 'bad_signature' && process.env.UPDATE_SCREENSHOTS) {
          const file = resolve('docs/screenshots/options.png');
          mkdirSync(dirname(file), { recursive: true });
          await options.page.setViewportSize({ width: 900, height: 1000 });
          await options.page.screenshot({ path: file, fullPage: true });
        }
        await promptWithEmail(chat, 'sent');
      });
    }

    await test.step('the endpoint serves the good policy again: the error clears', async () => {
      org.serve(null);
      await options.syncNow();
      await expect(options.error).toHaveCount(0);
      await options.expectInForce('endpoint', 2);
      await expect(options.page.getByTestId('sync-result')).toHaveText(/^Synced at /);
    });
  });
});

test.describe('dead endpoint', () => {
  // The inline bootstrap policy is here to check that Chromium delivers a whole policy document
  // through managed storage (public/managed_schema.json): the endpoint policy still wins.
  const bootstrap = policy(1, 'warn', { name: 'inline bootstrap', exceptions: [{ id: 'ml-team', groups: ['ml'], tier: 'sanctioned', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }] });
  test.use({ orgPolicy: policy(1, 'block'), managedExtra: { inlinePolicy: bootstrap as ManagedConfig['inlinePolicy'], identity: { groups: ['ml'] } } });

  test('keeps the cached policy, also across a service-worker restart', async ({ org, page, fixtureServer, openExtensionPage, stopServiceWorker, serviceWorker }) => {
    const options = await openOptions(openExtensionPage);
    await options.expectInForce('endpoint', 1);
    await expect(options.reachable).toHaveAttribute('data-reachable', 'yes');
    await expect(options.page.getByTestId('managed-issues')).toHaveText('No problems found.');
    type Chrome = { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };
    const managed = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.managed.get(null));
    expect(managed, 'Chromium delivered every managed key, nested ones included').toEqual(org.managedConfig({ failMode: 'open', inlinePolicy: bootstrap as ManagedConfig['inlinePolicy'], identity: { groups: ['ml'] } }));

    await org.stop();
    await options.syncNow();
    await options.expectRefused('network_error');
    await expect(options.reachable).toHaveAttribute('data-reachable', 'no');
    await expect(options.page.getByTestId('policy-error-message')).toContainText(org.url);
    // Confirmed less than 2 refresh intervals ago: still reported as `endpoint` (then `cache`).
    await options.expectInForce('endpoint', 1, 5_000);

    const chat = await ChatPage.open(page, fixtureServer, 'chatgpt.com');
    await promptWithEmail(chat, 'blocked');

    await stopServiceWorker();
    await options.page.reload();
    await options.expectInForce('endpoint', 1);
    await expect(options.reachable).toHaveAttribute('data-reachable', 'no');
    await promptWithEmail(chat, 'blocked');
  });
});
