import { browser } from 'wxt/browser';

/**
 * Enterprise-managed storage (`chrome.storage.managed`; Firefox: `policies.json` →
 * `3rdparty.Extensions.<id>`). Read-only for the extension. Chrome loads it a few seconds after
 * start and may change it live (policy refresh), announced by `storage.onChanged` (area `managed`).
 */
export interface ManagedStorageArea {
  /** Everything managed storage holds; `{}` when none is configured or the area is unavailable. */
  read(): Promise<unknown>;
  /** Calls `listener` whenever managed storage changes. Returns an unsubscribe function. */
  onChanged(listener: () => void): () => void;
}

export const browserManagedStorage: ManagedStorageArea = {
  async read() {
    try {
      return (await browser.storage.managed.get(null)) ?? {};
    } catch {
      // Firefox without a policies.json entry (and some Chromium builds) throw instead of {}.
      return {};
    }
  },
  onChanged(listener) {
    const l = (_changes: unknown, area: string) => {
      if (area === 'managed') listener();
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
};
