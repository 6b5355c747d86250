import type { BrowserContext, Page, Request, Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { DEV_EXTENSION_ID } from '../../../src/contracts/extension-id';

/**
 * Helpers for tests that drive the extension's service worker in a browser they launch
 * themselves (restart tests), and for privacy tests that dump what the extension stores.
 */

export const EXTENSION_ORIGIN = `chrome-extension://${DEV_EXTENSION_ID}`;

/** The extension's running service worker, or the next one to start. */
export async function extensionWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN));
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN), timeout });
}

/** Stops the extension's service worker through CDP; resolves once Chromium reports it stopped. */
export async function stopExtensionWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('service worker did not stop within 5 s')), 5_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((v) => v.scriptURL.startsWith(`${EXTENSION_ORIGIN}/`));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Sends a `ui-bg/*` message from an extension page (this also wakes a stopped worker). */
export function askBackground<T = unknown>(extensionPage: Page, msg: Record<string, unknown>): Promise<T> {
  return extensionPage.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

export interface StatusLike {
  queueDepth: number | null;
  policy: { source: string; version: number | null; reachable: boolean | null };
}

/**
 * Everything the extension keeps on the device, as one JSON string: chrome.storage.local and
 * .session, and every IndexedDB database of the extension origin (all object stores, all rows).
 */
export async function dumpExtensionState(sw: Worker): Promise<{ json: string; databases: string[]; rows: number }> {
  return sw.evaluate(async () => {
    type Chrome = { storage: Record<'local' | 'session', { get(k: null): Promise<Record<string, unknown>> }> };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const out: Record<string, unknown> = {
      'storage.local': await chrome.storage.local.get(null),
      'storage.session': await chrome.storage.session.get(null).catch((e: unknown) => String(e)),
    };
    const dbs = await indexedDB.databases();
    let rows = 0;
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        rows += stores[name].length;
      }
      db.close();
      out[`indexedDB:${info.name}`] = stores;
    }
    const cacheNames = await caches.keys().catch(() => [] as string[]);
    out.caches = cacheNames;
    return { json: JSON.stringify(out), databases: dbs.map((d) => d.name ?? ''), rows };
  });
}

/**
 * Every form of a sensitive value that must never appear in what the extension sends or stores:
 * the value (as typed, lower/upper case, without spaces), its SHA-256/SHA-1/MD5 (hex, base64,
 * base64url), its base64/base64url, URL encodings, JSON escaping, and a distinctive middle slice.
 */
export function leakForms(value: string): string[] {
  const variants = new Set([value, value.toLowerCase(), value.toUpperCase(), value.replace(/\s+/g, ''), value.replace(/[\s-]+/g, '')]);
  const out = new Set<string>();
  for (const v of variants) {
    out.add(v);
    out.add(JSON.stringify(v).slice(1, -1));
    for (const alg of ['sha256', 'sha1', 'md5']) {
      const digest = createHash(alg).update(v, 'utf8').digest();
      out.add(digest.toString('hex'));
      out.add(digest.toString('base64'));
      out.add(digest.toString('base64url'));
    }
    out.add(Buffer.from(v).toString('base64'));
    out.add(Buffer.from(v).toString('base64url'));
    out.add(Buffer.from(v).toString('hex'));
    out.add(encodeURIComponent(v));
    out.add(encodeURI(v));
  }
  const compact = value.replace(/[\s-]+/g, '');
  if (compact.length >= 12) out.add(compact.slice(3, compact.length - 3));
  return [...out].filter((f) => f.length >= 8);
}

/** The forms of `canaries` that occur in `haystack` (case-sensitive; lower-cased forms are in the list). */
export function findLeaks(haystack: string, canaries: Record<string, string>): string[] {
  const hits: string[] = [];
  for (const [name, value] of Object.entries(canaries)) {
    for (const form of leakForms(value)) if (haystack.includes(form)) hits.push(`${name}: ${form}`);
  }
  return hits;
}

/** The extension's device id (IndexedDB `shadow-ai-guard-events` → meta `deviceId`), or null before the first event. */
export function deviceId(sw: Worker): Promise<string | null> {
  return sw.evaluate(async () => {
    // Never create the database (nor hold it open: that would block the extension's upgrade).
    if (!(await indexedDB.databases()).some((d) => d.name === 'shadow-ai-guard-events')) return null;
    return new Promise<string | null>((resolve) => {
      const req = indexedDB.open('shadow-ai-guard-events');
      req.onerror = () => resolve(null);
      req.onsuccess = () => {
        const db = req.result;
        const done = (v: string | null) => {
          db.close();
          resolve(v);
        };
        if (!db.objectStoreNames.contains('meta')) return done(null);
        const get = db.transaction('meta', 'readonly').objectStore('meta').get('deviceId');
        get.onsuccess = () => done((get.result as { value?: string } | undefined)?.value ?? null);
        get.onerror = () => done(null);
      };
    });
  });
}

/** A request the extension itself made (its service worker or one of its pages). */
export interface ExtensionRequest {
  url: string;
  method: string;
  body: string;
}

/**
 * Records, from now on, every request the extension makes in `context` (service worker or
 * extension pages), for the privacy specs: what left the browser on the extension's behalf.
 */
export function recordExtensionRequests(context: BrowserContext): ExtensionRequest[] {
  const out: ExtensionRequest[] = [];
  context.on('request', (r: Request) => {
    let ext = false;
    try {
      ext = !!r.serviceWorker()?.url().startsWith(EXTENSION_ORIGIN) || !!r.frame?.()?.url().startsWith(EXTENSION_ORIGIN);
    } catch {
      ext = !!r.serviceWorker(); // a service-worker request has no frame: frame() throws
    }
    if (ext) out.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' });
  });
  return out;
}
