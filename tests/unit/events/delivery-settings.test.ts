import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBatchSchema, type InventoryEvent } from '../../../src/contracts/events';
import { PolicyDocumentSchema } from '../../../src/contracts/policy';
import { EventQueue, FLUSH_LOCK, type LockManagerLike } from '../../../src/background/events/queue';
import { EventRecorder, eventSettingsOf } from '../../../src/background/events/recorder';
import type { EventDb } from '../../../src/platform/event-db';
import { Clock, envelopeProvider, fakeFetch, makeEvent, testDb, type Captured, type Reply } from './helpers';

/**
 * Delivery in a real browser: leases of a stopped worker (Web Locks), delivery tuning from the
 * policy's `events` settings, and the in-memory wake-up that complements 30 s alarms.
 */

const ORG = { endpoint: 'https://guard.example.com', orgId: 'acme', token: 'tok' };
const dbs: EventDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** Web Locks as one browser profile has them: a held lock is refused to everyone else. */
class FakeLocks implements LockManagerLike {
  held = new Set<string>();
  requested: string[] = [];
  async request<T>(name: string, _opts: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T> {
    this.requested.push(name);
    if (this.held.has(name)) return cb(null);
    this.held.add(name);
    try {
      return await cb({ name });
    } finally {
      this.held.delete(name);
    }
  }
}

function queueOn(db: EventDb, clock: Clock, script: (req: Captured, i: number) => Reply, extra: Partial<ConstructorParameters<typeof EventQueue>[0]> = {}) {
  const http = fakeFetch(script);
  const queue = new EventQueue({
    db,
    fetch: http.fn,
    now: clock.now,
    random: () => 0.5,
    batchSize: 100,
    leaseMs: 90_000,
    requestTimeoutMs: 600_000,
    scheduleWake: () => undefined,
    envelope: envelopeProvider,
    ...extra,
  });
  queue.configure({ org: ORG, otlp: null });
  return { http, queue };
}

const ids = (req: Captured | undefined) => EventBatchSchema.parse(req!.body).events.map((e: InventoryEvent) => e.id);

describe('a stopped worker’s lease (Web Locks)', () => {
  it('the next worker holding the flush lock re-sends the in-flight batch at once, same ids', async () => {
    const clock = new Clock();
    const name = `locks-${Math.random()}`;
    const db1 = testDb(name);
    const db2 = testDb(name);
    dbs.push(db1, db2);
    // Worker 1 holds its lock while its request hangs; then the browser kills it (its lock dies with it).
    const first = queueOn(db1, clock, () => 'hang', { locks: new FakeLocks() });
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) {
      const e = makeEvent('prompt_checked');
      sent.push(e.id);
      await first.queue.enqueue(e);
    }
    void first.queue.flush();
    await vi.waitFor(() => expect(first.http.requests).toHaveLength(1));

    const locks = new FakeLocks();
    const second = queueOn(db2, clock, () => ({ status: 200 }), { locks });
    const report = await second.queue.flush();
    expect(report.org).toMatchObject({ status: 'sent', sent: 3 }); // no 90 s wait
    expect(locks.requested).toEqual([FLUSH_LOCK]);
    expect(ids(second.http.requests[0])).toEqual(sent);
    expect((await second.queue.stats()).org.queued).toBe(0);
  });

  it('while another live context holds the lock, flush() leaves its lease alone', async () => {
    const clock = new Clock();
    const db = testDb();
    dbs.push(db);
    const locks = new FakeLocks();
    locks.held.add(FLUSH_LOCK);
    const { http, queue } = queueOn(db, clock, () => ({ status: 200 }), { locks });
    await queue.enqueue(makeEvent('prompt_checked'));
    expect((await queue.flush()).org.status).toBe('leased');
    expect(http.requests).toHaveLength(0);
    locks.held.clear();
    expect((await queue.flush()).org).toMatchObject({ status: 'sent', sent: 1 });
  });
});

describe('delivery tuning', () => {
  it('configure() changes batch size, flush interval and the backoff cap at run time', async () => {
    const clock = new Clock();
    const db = testDb();
    dbs.push(db);
    const wakes: number[] = [];
    const { http, queue } = queueOn(db, clock, () => ({ status: 500 }), { locks: null, random: () => 1, scheduleWake: (w) => void wakes.push(w) });
    queue.configure({}, { batchSize: 2, flushIntervalMs: 5_000, maxDelayMs: 2_000 });
    expect(queue.tuning()).toMatchObject({ batchSize: 2, flushIntervalMs: 5_000, maxDelayMs: 2_000 });
    await queue.enqueue(makeEvent('prompt_checked'));
    expect(wakes.at(-1)).toBe(clock.t + 5_000);
    await queue.enqueue(makeEvent('prompt_checked')); // batch full → flush → 500
    await queue.settled();
    expect(http.requests).toHaveLength(1);
    for (let i = 0; i < 6; i++) {
      clock.advance(2_001);
      await queue.flush();
    }
    // With random() = 1 the delay is the cap itself: never more than 2 s between attempts.
    expect(http.requests).toHaveLength(7);
    expect((await queue.stats()).org.nextAttemptAt).toBe(clock.t + 2_000);
  });

  it('a live context also wakes itself with a timer (alarms fire at most every 30 s)', async () => {
    const db = testDb();
    dbs.push(db);
    const http = fakeFetch();
    const alarms: number[] = [];
    const queue = new EventQueue({ db, fetch: http.fn, batchSize: 100, flushIntervalMs: 200, scheduleWake: (w) => void alarms.push(w), inMemoryWake: true, locks: null });
    queue.configure({ org: ORG, otlp: null });
    await queue.enqueue(makeEvent('prompt_checked'));
    expect(http.requests).toHaveLength(0);
    expect(alarms).toHaveLength(1); // the alarm is still set (it survives a stopped worker)
    await vi.waitFor(() => expect(http.requests).toHaveLength(1), { timeout: 3_000 });
    await queue.settled();
  });
});

describe('the policy `events` object drives the recorder', () => {
  const policyEvents = (events: Record<string, unknown>) => PolicyDocumentSchema.parse({ version: 1, issuedAt: '2026-01-01T00:00:00Z', orgId: 'acme', events }).events;

  function recorder(db = testDb()) {
    dbs.push(db);
    const http = fakeFetch();
    const rec = new EventRecorder({ db, extensionVersion: '0.1.0', configWaitMs: 10, queueOptions: { fetch: http.fn, locks: null, scheduleWake: () => undefined } });
    return { rec, http };
  }
  const outcome = { host: 'chatgpt.com', channel: 'typed' as const, action: 'warn' as const, userDecision: 'edited' as const, findings: [{ rule: 'pii.email', category: 'pii' as const, count: 1 }] };

  it('reads the privacy settings from the whole policy object (its delivery fields are not an error)', () => {
    const events = policyEvents({ includeRuleIds: false, includeJustification: false, batchSize: 5 });
    expect(eventSettingsOf(events)).toMatchObject({ includeRuleIds: false, includeJustification: false, includeUser: true, usageIntervalMinutes: 60 });
  });

  it('applies includeRuleIds and the delivery tuning from the policy', async () => {
    const { rec } = recorder();
    rec.configure({ endpoint: 'https://guard.example.com', orgId: 'acme', settings: policyEvents({ includeRuleIds: false, batchSize: 5, flushIntervalSeconds: 7, retryMaxSeconds: 3 }) });
    expect(rec.queue.tuning()).toMatchObject({ batchSize: 5, flushIntervalMs: 7_000, maxDelayMs: 3_000 });
    const ev = await rec.recordPromptChecked(outcome);
    expect(ev).toMatchObject({ type: 'prompt_checked', rules: [], categories: { pii: 1 } });
  });

  it('`enabled: false` queues nothing (the local inventory still counts); `types` filters', async () => {
    const off = recorder();
    off.rec.configure({ endpoint: 'https://guard.example.com', orgId: 'acme', settings: policyEvents({ enabled: false }) });
    expect(await off.rec.recordPromptChecked(outcome)).toBeNull();
    expect((await off.rec.stats()).org).toMatchObject({ enabled: false, queued: 0 });
    expect((await off.rec.snapshot()).totals.promptsChecked).toBe(1);

    const some = recorder();
    some.rec.configure({ endpoint: 'https://guard.example.com', orgId: 'acme', settings: policyEvents({ types: ['prompt_checked'] }) });
    expect(await some.rec.recordPolicyApplied({ version: 2, source: 'endpoint' })).toBeNull();
    expect(await some.rec.recordPromptChecked(outcome)).toMatchObject({ type: 'prompt_checked' });
    expect((await some.rec.stats()).org.queued).toBe(1);
  });
});
