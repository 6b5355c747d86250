import type { PolicyAction, PolicyDocumentInput } from '../../src/contracts/policy';
import { ChatPage } from './pages/chat-page';
import { EMAIL } from './support/canaries';
import { expect, test } from './support/extension';
import { askBackground, type StatusLike } from './support/sw-control';

/**
 * A verdict cached while typing must not outlive the policy it was decided under. The content
 * script caches the verdict for the exact composer text (scan-as-you-type); when the admin makes
 * the policy stricter while that text sits in the composer, the background tells open AI tabs
 * (`bg-cs/policy-changed`), and the next send is decided under the new policy.
 *
 * The policy is an inline org policy in the extension's managed config, changed in the running
 * browser the way admins change it (the policy file is rewritten; Chromium picks it up in ~5 s).
 */
const ORG = 'acme-policy-change';
const HOST = 'chatgpt.com';

function inlinePolicy(version: number, pii: PolicyAction): PolicyDocumentInput {
  const now = Date.now();
  return {
    version,
    issuedAt: new Date(now - 60_000).toISOString(),
    expiresAt: new Date(now + 86_400_000).toISOString(),
    orgId: ORG,
    name: `policy-change e2e v${version}`,
    apps: { [HOST]: { tier: 'sanctioned' } },
    actions: { default: { categories: { pii } } },
  };
}
const managed = (version: number, pii: PolicyAction) => ({ orgId: ORG, failMode: 'open', inlinePolicy: inlinePolicy(version, pii) });

// Enterprise policy is machine-wide (this project runs after every other spec); one at a time.
test.describe.configure({ mode: 'serial' });
test.use({ managedConfig: managed(1, 'allow') });

test('personal data allowed by v1, blocked by v2: the text typed under v1 is blocked once v2 is in force', async ({
  page,
  fixtureServer,
  managedPolicy,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const control = await openExtensionPage('options.html');
  const policy = async () => (await askBackground<StatusLike>(control, { type: 'ui-bg/get-status' })).policy;
  const verdict = page.getByTestId('sag-verdict');
  const indicator = page.getByTestId('sag-indicator');

  await test.step('v1 (personal data: allow) in force', async () => {
    // Chromium publishes managed policy a few seconds after start.
    await expect.poll(policy, { timeout: 20_000, intervals: [250] }).toMatchObject({ source: 'managed-inline', version: 1 });
  });

  const chat = await ChatPage.open(page, fixtureServer, HOST);
  await test.step('under v1 a prompt with an e-mail address goes untouched (control)', async () => {
    const text = `Write to ${EMAIL} about the roadmap`;
    await chat.type(text);
    await expect(indicator).toContainText('1'); // scanned while typing: 1 sensitive item, verdict cached
    await chat.pressEnter();
    await expect.poll(() => chat.sentTexts()).toEqual([text]);
    chat.forgetSent();
    await expect.poll(() => chat.composerText()).toBe('');
  });

  const text = `Forward the contract to ${EMAIL} today`;
  await test.step('a new prompt is typed and its verdict cached under v1 (allow)', async () => {
    await chat.type(text);
    await expect(indicator).toContainText('1');
    await expect(indicator).toHaveAttribute('data-action', 'allow');
    await chat.expectNothingSent(100);
  });

  await test.step('the admin changes the policy to v2 (personal data: block); the text stays in the composer', async () => {
    managedPolicy.set(managed(2, 'block'));
    await expect.poll(policy, { timeout: 30_000, intervals: [250] }).toMatchObject({ source: 'managed-inline', version: 2 });
    // The background tells open tabs; the tab decides the composer's text again, and the
    // indicator shows what a send would now meet.
    await expect(indicator).toHaveAttribute('data-action', 'block');
    expect(await chat.composerText()).toBe(text);
  });

  await test.step('Enter: v2 decides (block), nothing is sent', async () => {
    await chat.pressEnter();
    await expect(verdict).toHaveAttribute('data-action', 'block');
    await chat.expectNothingSent();
    expect(await chat.composerText()).toBe(text); // the user's text is kept
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(verdict).toBeHidden();
  });

  await test.step('and again by a click on the send button: still blocked', async () => {
    await chat.clickSend();
    await expect(verdict).toHaveAttribute('data-action', 'block');
    await chat.expectNothingSent();
    await verdict.getByRole('button', { name: 'Cancel', exact: true }).click();
  });
});
