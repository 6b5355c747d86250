import { browser } from 'wxt/browser';

/** `browser.storage.local` as a small key/value store (values are JSON-serialisable). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export const browserLocalStorage: KeyValueStore = {
  async get<T>(key: string) {
    const all = await browser.storage.local.get(key);
    return all[key] as T | undefined;
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async remove(key) {
    await browser.storage.local.remove(key);
  },
};

/**
 * `browser.alarms`, which survive service-worker restarts (a setInterval does not). Chrome fires
 * an alarm at most every 30 s (`periodInMinutes` / `delayInMinutes` ≥ 0.5).
 */
export interface AlarmScheduler {
  get(name: string): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number } | undefined>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes?: number }): Promise<void>;
  clear(name: string): Promise<boolean>;
  /** Register at service-worker start (synchronously) so a waking alarm is not missed. */
  onAlarm(listener: (name: string) => void): () => void;
}

export const browserAlarms: AlarmScheduler = {
  async get(name) {
    return (await browser.alarms.get(name)) ?? undefined;
  },
  async create(name, info) {
    await browser.alarms.create(name, info);
  },
  async clear(name) {
    return browser.alarms.clear(name);
  },
  onAlarm(listener) {
    const l = (alarm: { name: string }) => listener(alarm.name);
    browser.alarms.onAlarm.addListener(l);
    return () => browser.alarms.onAlarm.removeListener(l);
  },
};
