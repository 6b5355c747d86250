import type { BrowserContext } from '@playwright/test';
import { createBrowserPolicy, type BrowserPolicy } from './browser-policy';
import { launchChromium } from './launch';

export { policyIsolationAvailable } from './browser-policy';

/** Chromium with the built extension and an enterprise policy that only this browser sees. */
export interface PolicyBrowser {
  context: BrowserContext;
  managedPolicy: BrowserPolicy;
  /** Whether the policy folder is private to this browser. */
  isolated: boolean;
  close(): Promise<void>;
}

export async function launchWithPolicy(opts: {
  hostResolverRules: string;
  managedConfig?: Record<string, unknown>;
  extraExtensions?: readonly string[];
}): Promise<PolicyBrowser> {
  const policy = createBrowserPolicy();
  if (opts.managedConfig) policy.set(opts.managedConfig);
  try {
    const browser = await launchChromium({ hostResolverRules: opts.hostResolverRules, policy, extraExtensions: opts.extraExtensions });
    return {
      context: browser.context,
      managedPolicy: policy,
      isolated: policy.isolated,
      async close() {
        await browser.close();
        policy.dispose();
      },
    };
  } catch (e) {
    policy.dispose();
    throw e;
  }
}
