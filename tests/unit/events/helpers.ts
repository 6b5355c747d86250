import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { EventDb } from '../../../src/platform/event-db';
import type { InventoryEvent } from '../../../src/contracts/events';

let n = 0;
/** A fresh database (or a second connection to `name`, like a restarted service worker). */
export function testDb(name = `events-test-${process.pid}-${++n}-${Math.random()}`): EventDb {
  return new EventDb(name, { indexedDB, IDBKeyRange });
}

export class Clock {
  constructor(public t = Date.parse('2025-03-10T10:00:00.000Z')) {}
  now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface Captured {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** The body exactly as sent. */
  raw: string;
}

export type Reply = { status: number; headers?: Record<string, string> } | 'network-error' | 'hang' | 'deliver-then-timeout';

/**
 * A fake fetch: records every request and answers from `script` (default 200). `received`
 * holds the event ids a deduping server would have stored (requests that reached it).
 */
export function fakeFetch(script: (req: Captured, i: number) => Reply = () => ({ status: 200 })) {
  const requests: Captured[] = [];
  const received = new Set<string>();
  let receivedTotal = 0;
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const raw = String(init?.body);
    const req: Captured = { url: String(input), headers, body: JSON.parse(raw), raw };
    requests.push(req);
    const reply = script(req, requests.length - 1);
    const reach = () => {
      const evs = (req.body as { events?: InventoryEvent[] }).events ?? [];
      for (const e of evs) received.add(e.id);
      receivedTotal += evs.length;
    };
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (reply === 'deliver-then-timeout') {
      reach();
      throw new DOMException('The operation timed out', 'AbortError');
    }
    if (reply.status >= 200 && reply.status < 300) reach();
    return new Response(null, { status: reply.status, headers: reply.headers });
  }) as typeof fetch;
  return { fn, requests, received, get receivedTotal() { return receivedTotal; } };
}

const DEVICE = '6f1c7f0e-8f53-4b8e-9d0a-2b7f1d1e9a01';

/** A valid event of the given type (fresh id unless given). */
export function makeEvent(type: 'prompt_checked' | 'ai_app_used' | 'protection_status' | 'policy_applied', over: Partial<Record<string, unknown>> = {}): InventoryEvent {
  const env = {
    id: crypto.randomUUID(),
    ts: '2025-03-10T10:00:00.000Z',
    schemaVersion: 1,
    user: null,
    device: DEVICE,
    extensionVersion: '0.1.0',
    policyVersion: 3,
    orgId: 'acme',
  };
  const body =
    type === 'prompt_checked'
      ? { host: 'chatgpt.com', channel: 'paste', categories: { pii: 2, credential: 1 }, rules: ['pii.email'], action: 'warn', userDecision: 'sent_anyway' }
      : type === 'ai_app_used'
        ? { host: 'claude.ai', tier: 'tolerated', appId: 'claude' }
        : type === 'protection_status'
          ? { host: 'claude.ai', adapterId: 'claude', interceptionAlive: true, scanner: 'worker' }
          : { version: 3, source: 'managed' };
  return { ...env, type, ...body, ...over } as InventoryEvent;
}

export const envelopeProvider = async () => ({
  schemaVersion: 1 as const,
  user: null,
  device: DEVICE,
  extensionVersion: '0.1.0',
  policyVersion: 3,
  orgId: 'acme',
});
