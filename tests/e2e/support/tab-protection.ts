import type { BrowserContext, Page } from '@playwright/test';
import type { TabProtection } from '../../../src/contracts/messages';
import { EXTENSION_ORIGIN, askBackground } from './sw-control';

/**
 * What the background knows about protection on the tab showing `page` (`ui-bg/get-status` with
 * that tab's id, as the popup asks it): the adapter that matched and where scanning runs
 * (`scanner: 'worker'` = the classifier worker in the extension-origin iframe; `'background'` =
 * the fallback). Null when the tab's content script has not reported (or the tab is not protected).
 */
export async function tabProtection(context: BrowserContext, page: Page): Promise<TabProtection | null> {
  const ext = await extensionPage(context);
  const url = page.url();
  const tabId = await ext.evaluate(async (u) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const all = await tabs.query({});
    return all.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`no tab shows ${url}`);
  const status = await askBackground<{ tab: TabProtection | null } | undefined>(ext, { type: 'ui-bg/get-status', tabId });
  return status?.tab ?? null;
}

/** A background tab on an extension page, opened once per context and reused. */
const pages = new WeakMap<BrowserContext, Page>();
async function extensionPage(context: BrowserContext): Promise<Page> {
  const open = pages.get(context);
  if (open && !open.isClosed()) return open;
  const page = await context.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/options.html`);
  pages.set(context, page);
  return page;
}
