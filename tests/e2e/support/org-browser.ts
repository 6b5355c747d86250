import { expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyDocumentInput } from '../../../src/contracts/policy';
import type { BrowserPolicy } from './browser-policy';
import { startEventSink, type EventSink } from './event-sink';
import type { FixtureServer } from './fixture-server';
import { launchChromium } from './launch';
import { startOrgServer, type OrgServer } from './org-server';
import { askBackground, deviceId, EXTENSION_ORIGIN, extensionWorker, recordExtensionRequests, type ExtensionRequest, type StatusLike } from './sw-control';

/** A browser enrolled with a real org endpoint, its policy in force: what the privacy specs start from. */
export interface OrgBrowser {
  org: OrgServer;
  /** Between the extension and the org: records what the extension sent. */
  sink: EventSink;
  context: BrowserContext;
  /** The extension's popup page, for `status()` and exports. */
  control: Page;
  status(): Promise<StatusLike>;
  /** Every request the extension made since launch. */
  extensionRequests: ExtensionRequest[];
  /** Closes the browser, sink and org server, clears the managed policy, removes the profile. */
  close(): Promise<void>;
}

/**
 * Starts the reference org server with `policy`, an event sink in front of it, and Chromium with
 * managed config pointing at the sink; waits until this device is known and `policyVersion` is
 * in force from the endpoint.
 */
export async function startOrgBrowser(opts: {
  fixtureServer: FixtureServer;
  managedPolicy: BrowserPolicy;
  policy: PolicyDocumentInput;
  orgId: string;
  policyVersion: number;
}): Promise<OrgBrowser> {
  const org = await startOrgServer(opts.policy, { orgId: opts.orgId });
  const sink = await startEventSink(org.url);
  const profile = mkdtempSync(join(tmpdir(), 'sag-org-browser-'));
  opts.managedPolicy.set(org.managedConfig({ endpoint: sink.url }));
  const browser = await launchChromium({ hostResolverRules: opts.fixtureServer.hostResolverRules, userDataDir: profile, policy: opts.managedPolicy });
  const close = async () => {
    await browser.close();
    await sink.close();
    await org.close();
    opts.managedPolicy.clear();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const { context } = browser;
    const extensionRequests = recordExtensionRequests(context);
    const sw = await extensionWorker(context);
    await expect.poll(() => deviceId(sw), { timeout: 20_000 }).not.toBeNull();
    sink.acceptDevice((await deviceId(sw))!);
    const control = await context.newPage();
    await control.goto(`${EXTENSION_ORIGIN}/popup.html`);
    const status = () => askBackground<StatusLike>(control, { type: 'ui-bg/get-status' });
    await expect.poll(async () => (await status()).policy, { timeout: 20_000 }).toMatchObject({ source: 'endpoint', version: opts.policyVersion });
    return { org, sink, context, control, status, extensionRequests, close };
  } catch (e) {
    await close();
    throw e;
  }
}
