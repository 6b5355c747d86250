import { adapterFor } from '../../engine/sites/adapters';

/**
 * The signed-in account of an AI app, from the page's own profile element (site adapter
 * `account` selectors). Only the DOMAIN of the first e-mail address found ever leaves this
 * module; the address itself is not returned, stored or sent.
 */

const EMAIL_RE = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-])/;

/** Domain of the first e-mail address in `text` (lower case), or null. */
export function emailDomainIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = EMAIL_RE.exec(text.slice(0, 2000));
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The account domain shown by the first element the selectors find, or null. */
export function accountDomainFromPage(selectors: readonly string[], root: ParentNode = document): string | null {
  for (const selector of selectors) {
    let el: Element | null = null;
    try {
      el = root.querySelector(selector);
    } catch {
      continue; // a bad selector in adapter data must not break the page
    }
    if (!el) continue;
    for (const text of [el.getAttribute('data-email'), el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent]) {
      const domain = emailDomainIn(text);
      if (domain) return domain;
    }
  }
  return null;
}

/**
 * For the protection content script (src/content/index.ts), one line in its `evaluate`:
 * `accountDomain: accountDomainForPage(host, location.pathname) ?? undefined`. The background
 * otherwise falls back to what the discovery script reported for the tab.
 */
export function accountDomainForPage(host: string, path: string, root: ParentNode = document): string | null {
  const selectors = adapterFor(host, path)?.account;
  return selectors?.length ? accountDomainFromPage(selectors, root) : null;
}
