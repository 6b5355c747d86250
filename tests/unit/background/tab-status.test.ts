import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, startBackground } from '../../../src/background';
import { TAB_STATUS_PREFIX, TabStatusStore } from '../../../src/background/tab-status';
import { StatusResponse, type TabProtection } from '../../../src/contracts/messages';
import type { KeyValueStore } from '../../../src/platform/local-storage';
import { browserSessionStorage, createSessionStore } from '../../../src/platform/session-storage';

const page = { kind: 'extension-page' } as const;
const contentIn = (tabId: number, frameId = 0) => ({ kind: 'content', tabId, frameId }) as const;
const status = (over: Partial<TabProtection> = {}): TabProtection => ({
  host: 'chatgpt.com',
  adapterId: 'chatgpt',
  scanner: 'worker',
  reportedAt: new Date().toISOString(),
  ...over,
});

describe('tab protection status (storage.session)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '9.9.9' });
  });

  it('keeps what a content script reported in storage.session, not only in the worker', async () => {
    const tabs = new TabStatusStore(browserSessionStorage);
    const s = status();
    await tabs.set(7, s);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [`${TAB_STATUS_PREFIX}7`]: s });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({}); // never on disk
    // A new worker (a new store over the same session area) still knows the tab.
    expect(await new TabStatusStore(browserSessionStorage).get(7)).toEqual(s);
    expect(await new TabStatusStore(browserSessionStorage).get(8)).toBeNull();
  });

  it('drops a tab when it closes', async () => {
    const tabs = new TabStatusStore(browserSessionStorage);
    await tabs.set(7, status());
    await tabs.set(9, status({ host: 'claude.ai' }));
    await tabs.closed(7);
    expect(await tabs.get(7)).toBeNull();
    expect(await tabs.get(9)).toMatchObject({ host: 'claude.ai' });
  });

  it('drops a status reported before the tab committed another document, keeps one reported after', async () => {
    const tabs = new TabStatusStore(browserSessionStorage);
    const t0 = Date.parse('2030-01-01T10:00:00.000Z');
    await tabs.set(7, status({ reportedAt: new Date(t0).toISOString() }));
    await tabs.navigated(7, t0 + 5_000); // the user went elsewhere in this tab
    expect(await tabs.get(7)).toBeNull();

    // The new page's content script reported before the navigation event was handled: it stays.
    await tabs.set(7, status({ reportedAt: new Date(t0 + 10_100).toISOString() }));
    await tabs.navigated(7, t0 + 10_000);
    expect(await tabs.get(7)).toMatchObject({ reportedAt: new Date(t0 + 10_100).toISOString() });
    await tabs.navigated(8, t0); // a tab it knows nothing about
    expect(await tabs.get(8)).toBeNull();
  });

  it('one operation at a time per tab: a report arriving during a navigation check is not lost', async () => {
    // A store whose reads are slow, so the navigation's read-compare-remove spans the report's write.
    const data = new Map<string, unknown>();
    const slow: KeyValueStore = {
      get: async <T>(k: string) => {
        const value = data.get(k) as T | undefined;
        await new Promise((r) => setTimeout(r, 20));
        return value;
      },
      set: async (k, v) => void data.set(k, v),
      remove: async (k) => void data.delete(k),
    };
    const tabs = new TabStatusStore(slow);
    const t0 = Date.now();
    await tabs.set(7, status({ reportedAt: new Date(t0 - 60_000).toISOString(), host: 'old.example' }));
    const nav = tabs.navigated(7, t0);
    const report = tabs.set(7, status({ reportedAt: new Date(t0 + 50).toISOString(), host: 'chatgpt.com' }));
    await Promise.all([nav, report]);
    expect(await tabs.get(7)).toMatchObject({ host: 'chatgpt.com' });
  });

  it('reads through the contract: a malformed entry counts as none', async () => {
    await fakeBrowser.storage.session.set({ [`${TAB_STATUS_PREFIX}7`]: { host: 'chatgpt.com', scanner: 'quantum' } });
    expect(await new TabStatusStore(browserSessionStorage).get(7)).toBeNull();
  });

  it('without storage.session, keeps the status in memory', async () => {
    const store = createSessionStore(() => undefined);
    await store.set('a', 1);
    expect(await store.get('a')).toBe(1);
    await store.remove('a');
    expect(await store.get('a')).toBeUndefined();
  });

  describe('through the background', () => {
    const tabOf = async (bg: ReturnType<typeof startBackground>, tabId: number) =>
      StatusResponse.parse(await handleMessage(bg, { type: 'ui-bg/get-status', tabId }, page)).tab;

    it('a restarted service worker still shows a protected tab, with the same scanner', async () => {
      const before = startBackground();
      await handleMessage(before, { type: 'cs-bg/protection-status', host: 'claude.ai', adapterId: 'claude', scanner: 'worker' }, contentIn(4));
      expect(await tabOf(before, 4)).toMatchObject({ host: 'claude.ai', adapterId: 'claude', scanner: 'worker' });

      // The worker stops: its memory is gone, listeners are registered again by a fresh start.
      fakeBrowser.runtime.onMessage.removeAllListeners();
      fakeBrowser.tabs.onRemoved.removeAllListeners();
      const after = startBackground();
      expect(await tabOf(after, 4)).toMatchObject({ host: 'claude.ai', adapterId: 'claude', scanner: 'worker' });
      expect(await tabOf(after, 5)).toBeNull();
    });

    it('forgets a tab when it is closed, and ignores reports from sub-frames', async () => {
      const bg = startBackground();
      await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'claude.ai', adapterId: 'claude', scanner: 'worker' }, contentIn(4, 2));
      expect(await tabOf(bg, 4)).toBeNull();
      await handleMessage(bg, { type: 'cs-bg/protection-status', host: 'claude.ai', adapterId: 'claude', scanner: 'background' }, contentIn(4));
      expect(await tabOf(bg, 4)).toMatchObject({ scanner: 'background' });
      await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
      await vi.waitFor(async () => expect(await tabOf(bg, 4)).toBeNull());
    });
  });
});
