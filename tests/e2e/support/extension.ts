import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { DEV_EXTENSION_ID } from '../../../src/contracts/extension-id';
import { createBrowserPolicy, type BrowserPolicy } from './browser-policy';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchChromium } from './launch';

/** The extension's enterprise policy, set the way admins do: a JSON file the browser reads. */
export type ManagedPolicy = Pick<BrowserPolicy, 'set' | 'clear'>;

export interface ExtensionFixtures {
  /** Managed config written BEFORE the browser starts (test.use({ managedConfig })). */
  managedConfig: Record<string, unknown> | undefined;
  managedPolicy: BrowserPolicy;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Stops the MV3 service worker through CDP and resolves once Chromium reports it stopped. */
  stopServiceWorker(): Promise<void>;
  /** Opens an extension page (e.g. `popup.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
}

export interface WorkerFixtures {
  fixtureServer: FixtureServer;
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  fixtureServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  managedConfig: [undefined, { option: true }],

  // eslint-disable-next-line no-empty-pattern
  managedPolicy: async ({}, use) => {
    const policy = createBrowserPolicy();
    await use(policy);
    policy.dispose();
  },

  context: async ({ fixtureServer, managedConfig, managedPolicy }, use) => {
    if (managedConfig) managedPolicy.set(managedConfig);
    const browser = await launchChromium({ hostResolverRules: fixtureServer.hostResolverRules, policy: managedPolicy });
    try {
      await use(browser.context);
    } finally {
      await browser.close();
    }
  },

  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },

  extensionId: async ({ serviceWorker }, use) => {
    const id = new URL(serviceWorker.url()).host;
    if (id !== DEV_EXTENSION_ID) throw new Error(`extension id ${id} is not the fixed dev id ${DEV_EXTENSION_ID}`);
    await use(id);
  },

  stopServiceWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      try {
        const stopped = new Promise<void>((resolveStopped, reject) => {
          const timer = setTimeout(() => reject(new Error('service worker did not stop within 5 s')), 5_000);
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
            if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
              clearTimeout(timer);
              resolveStopped();
            }
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach();
        await page.close();
      }
    });
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
