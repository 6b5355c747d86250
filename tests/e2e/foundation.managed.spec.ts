import { expect, test } from './support/extension';

// Enterprise policy is machine-wide: this project runs after every other spec (playwright.config).
test.describe.configure({ mode: 'serial' });

test.describe('managed policy written the way admins deploy it', () => {
  test.use({ managedConfig: { orgId: 'acme-e2e', failMode: 'open' } });

  test('reaches the extension through chrome.storage.managed, and live edits propagate', async ({ serviceWorker, managedPolicy }) => {
    type Chrome = { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };
    const readManaged = () => serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.managed.get(null));
    // Chromium loads policy a few seconds after start (measured 3–5 s).
    await expect.poll(readManaged, { timeout: 15_000, intervals: [250] }).toMatchObject({ orgId: 'acme-e2e', failMode: 'open' });

    managedPolicy.set({ orgId: 'acme-e2e-2', failMode: 'closed' });
    await expect.poll(readManaged, { timeout: 20_000, intervals: [500] }).toMatchObject({ orgId: 'acme-e2e-2', failMode: 'closed' });
  });
});
