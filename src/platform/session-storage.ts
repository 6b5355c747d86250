import { browser } from 'wxt/browser';
import type { KeyValueStore } from './local-storage';

/**
 * `browser.storage.session` as a small key/value store: kept in memory by the browser, so it
 * survives MV3 service-worker restarts but not a browser restart, and it is never written to
 * disk. Only the extension's own pages and workers can read it (Chrome's default access level,
 * `TRUSTED_CONTEXTS`, which we leave as it is: content scripts cannot). Where the area does not
 * exist (older browsers) it falls back to this context's memory, i.e. it is lost when the worker
 * stops, as a plain variable would be.
 */
export function createSessionStore(area: () => SessionArea | undefined = defaultArea): KeyValueStore {
  const memory = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      const session = area();
      if (!session) return memory.get(key) as T | undefined;
      const all = await session.get(key);
      return all[key] as T | undefined;
    },
    async set(key, value) {
      const session = area();
      if (!session) memory.set(key, value);
      else await session.set({ [key]: value });
    },
    async remove(key) {
      const session = area();
      if (!session) memory.delete(key);
      else await session.remove(key);
    },
  };
}

/** The part of `storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const defaultArea = (): SessionArea | undefined => (browser.storage as { session?: SessionArea } | undefined)?.session;

export const browserSessionStorage: KeyValueStore = createSessionStore();
