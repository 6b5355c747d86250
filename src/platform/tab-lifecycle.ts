import { browser } from 'wxt/browser';

/**
 * When a tab's page goes away: the tab closed, or its top frame committed another document (a
 * load, a reload, a back/forward navigation; an in-page route change of a single-page app is not
 * one). Register at service-worker start, synchronously: these events are what wake a stopped
 * worker. A browser (or test double) without one of these APIs simply never calls that listener.
 */
export interface TabLifecycle {
  onClosed(listener: (tabId: number) => void): void;
  /** `at`: when the navigation committed, in ms since the epoch (the event's `timeStamp`). */
  onTopFrameCommitted(listener: (tabId: number, at: number) => void): void;
}

function safely(what: string, register: () => void): void {
  try {
    register();
  } catch (err) {
    console.warn(`[shadow-ai-guard] ${what}: API unavailable`, err instanceof Error ? err.message : err);
  }
}

export const browserTabLifecycle: TabLifecycle = {
  onClosed(listener) {
    safely('tabs.onRemoved', () => browser.tabs.onRemoved.addListener((tabId) => listener(tabId)));
  },
  onTopFrameCommitted(listener) {
    safely('webNavigation.onCommitted', () =>
      browser.webNavigation.onCommitted.addListener((e) => {
        if (e.frameId === 0) listener(e.tabId, e.timeStamp);
      }),
    );
  },
};
