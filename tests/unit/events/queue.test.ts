import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBatchSchema, type InventoryEvent } from '../../../src/contracts/events';
import { EventQueue, isAllowedEndpoint, type EventQueueOptions } from '../../../src/background/events/queue';
import { backoffDelay, classifyStatus, parseRetryAfter } from '../../../src/background/events/backoff';
import type { EventDb } from '../../../src/platform/event-db';
import { Clock, envelopeProvider, fakeFetch, makeEvent, testDb, type Reply, type Captured } from './helpers';

const ORG = { endpoint: 'https://guard.example.com/', orgId: 'acme', token: 'tok-123' };
const OTLP = { endpoint: 'https://otel.example.com:4318', headers: { 'X-Api-Key': 'k' } };

const dbs: EventDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function setup(opts: Partial<EventQueueOptions> & { script?: (req: Captured, i: number) => Reply; db?: EventDb; clock?: Clock } = {}) {
  const clock = opts.clock ?? new Clock();
  const db = opts.db ?? testDb();
  dbs.push(db);
  const http = fakeFetch(opts.script);
  const wakes: number[] = [];
  const queue = new EventQueue({
    db,
    fetch: http.fn,
    now: clock.now,
    random: () => 0.5,
    serviceVersion: '0.1.0',
    batchSize: 3,
    flushIntervalMs: 60_000,
    scheduleWake: (w) => {
      wakes.push(w);
    },
    envelope: envelopeProvider,
    ...opts,
  });
  queue.configure({ org: ORG, otlp: null });
  return { clock, db, http, wakes, queue };
}

const eventsOf = (req: Captured | undefined): InventoryEvent[] => EventBatchSchema.parse(req!.body).events;

describe('EventQueue batching', () => {
  it('sends a batch when batchSize events are queued, to the org URL with the bearer token', async () => {
    const { http, queue } = setup();
    await queue.enqueue(makeEvent('prompt_checked'));
    await queue.enqueue(makeEvent('prompt_checked'));
    await queue.settled();
    expect(http.requests).toHaveLength(0);
    await queue.enqueue(makeEvent('policy_applied'));
    await queue.settled();
    expect(http.requests).toHaveLength(1);
    const req = http.requests[0]!;
    expect(req.url).toBe('https://guard.example.com/v1/orgs/acme/events');
    expect(req.headers.Authorization).toBe('Bearer tok-123');
    expect(req.headers['Content-Type']).toBe('application/json');
    expect(eventsOf(req)).toHaveLength(3);
    expect((await queue.stats()).org.queued).toBe(0);
  });

  it('asks for a wake-up flushIntervalMs after queueing, and flush() sends what is queued', async () => {
    const { http, queue, wakes, clock } = setup();
    const e = makeEvent('prompt_checked');
    await queue.enqueue(e);
    expect(wakes).toEqual([clock.t + 60_000]);
    clock.advance(60_000);
    const report = await queue.flush();
    expect(report.org).toMatchObject({ status: 'sent', sent: 1 });
    expect(report.otlp.status).toBe('disabled');
    expect(eventsOf(http.requests[0]).map((x) => x.id)).toEqual([e.id]);
  });

  it('drains a long queue batch after batch within one flush, in order', async () => {
    const { http, queue } = setup({ batchSize: 3 });
    const ids: string[] = [];
    // Enqueue 7 without a size-triggered flush in between: through a queue with a larger batch.
    const big = new EventQueue({ db: queue.db, fetch: http.fn, scheduleWake: () => undefined, batchSize: 100 });
    big.configure({ org: ORG, otlp: null });
    for (let i = 0; i < 7; i++) {
      const e = makeEvent('prompt_checked');
      ids.push(e.id);
      await big.enqueue(e);
    }
    await queue.flush();
    expect(http.requests.map((r) => eventsOf(r).length)).toEqual([3, 3, 1]);
    expect(http.requests.flatMap((r) => eventsOf(r).map((e) => e.id))).toEqual(ids);
  });

  it('refuses events that fail the contract and queues nothing without a sink', async () => {
    const { queue } = setup();
    const bad = { ...makeEvent('prompt_checked'), prompt: 'secret text' } as unknown as InventoryEvent;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await queue.enqueue(bad)).toBe(false);
    warn.mockRestore();
    queue.configure({ org: null });
    expect(await queue.enqueue(makeEvent('prompt_checked'))).toBe(false);
    expect((await queue.stats()).org.queued).toBe(0);
  });

  it('accepts only https endpoints (http on loopback only)', () => {
    expect(isAllowedEndpoint('https://guard.example.com')).toBe(true);
    expect(isAllowedEndpoint('http://127.0.0.1:8787')).toBe(true);
    expect(isAllowedEndpoint('http://guard.example.com')).toBe(false);
    expect(isAllowedEndpoint('https://u:p@guard.example.com')).toBe(false);
    expect(isAllowedEndpoint('javascript:alert(1)')).toBe(false);
    const { queue } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    queue.configure({ org: { ...ORG, endpoint: 'http://guard.example.com' } });
    warn.mockRestore();
    expect(queue.enabledSinks()).toEqual([]);
  });
});

describe('EventQueue retry', () => {
  it('backs off with full jitter (base 2 s, doubling, cap 10 min) and keeps the same ids', async () => {
    const { http, queue, clock, db } = setup({ script: (_r, i) => (i < 3 ? { status: 500 } : { status: 200 }) });
    const e = makeEvent('prompt_checked');
    await queue.enqueue(e);
    const t0 = clock.t;
    let r = await queue.flush();
    expect(r.org).toMatchObject({ status: 'failed', retryAt: t0 + 1000 }); // 0.5 × 2 s
    r = await queue.flush();
    expect(r.org.status).toBe('backoff');
    expect(http.requests).toHaveLength(1);
    clock.advance(1000);
    r = await queue.flush();
    expect(r.org.retryAt).toBe(clock.t + 2000); // 0.5 × 4 s
    clock.advance(2000);
    r = await queue.flush();
    expect(r.org.retryAt).toBe(clock.t + 4000); // 0.5 × 8 s
    clock.advance(4000);
    r = await queue.flush();
    expect(r.org).toMatchObject({ status: 'sent', sent: 1 });
    expect(http.requests.map((q) => eventsOf(q)[0]!.id)).toEqual([e.id, e.id, e.id, e.id]);
    expect((await db.sinkState.get('org'))!.failures).toBe(0);
  });

  it('computes the backoff formula and its cap', () => {
    expect(backoffDelay(0, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 1)).toBe(16_000);
    expect(backoffDelay(40, () => 1)).toBe(600_000);
    expect(backoffDelay(40, () => 0)).toBe(0);
  });

  it('honours Retry-After in seconds on 429 and as an HTTP date on 503', async () => {
    const clock = new Clock();
    const when = new Date(clock.t + 300_000).toUTCString();
    const { queue } = setup({
      clock,
      random: () => 0,
      script: (_r, i) =>
        i === 0 ? { status: 429, headers: { 'Retry-After': '120' } } : i === 1 ? { status: 503, headers: { 'Retry-After': when } } : { status: 200 },
    });
    await queue.enqueue(makeEvent('prompt_checked'));
    let r = await queue.flush();
    expect(r.org.retryAt).toBe(clock.t + 120_000);
    clock.advance(120_000);
    const t1 = clock.t;
    r = await queue.flush();
    expect(r.org.retryAt).toBe(t1 + 180_000); // the date is 300 s after t0 = 180 s after t1
    clock.advance(180_000);
    expect((await queue.flush()).org.status).toBe('sent');
  });

  it('parses Retry-After values', () => {
    const now = Date.parse('2025-03-10T10:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 10 Mar 2025 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 10 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('99999999', now)).toBe(24 * 3600_000);
  });

  it('classifies statuses', () => {
    expect(classifyStatus(202)).toBe('ok');
    expect(classifyStatus(408)).toBe('retry');
    expect(classifyStatus(429)).toBe('retry');
    expect(classifyStatus(500)).toBe('retry');
    expect(classifyStatus(401)).toBe('auth');
    expect(classifyStatus(413)).toBe('too_large');
    expect(classifyStatus(400)).toBe('poison');
    expect(classifyStatus(422)).toBe('poison');
  });

  it('keeps events on 401/403 (bad token) and retries with backoff', async () => {
    const { queue, http, clock } = setup({ script: (_r, i) => (i === 0 ? { status: 401 } : { status: 200 }) });
    await queue.enqueue(makeEvent('prompt_checked'));
    expect((await queue.flush()).org.status).toBe('failed');
    expect((await queue.stats()).org).toMatchObject({ queued: 1, lastError: 'http_401' });
    clock.advance(10_000);
    expect((await queue.flush()).org.sent).toBe(1);
    expect(http.requests).toHaveLength(2);
  });

  it('halves the batch on 413 and sends the rest', async () => {
    const { queue, http } = setup({ batchSize: 4, script: (req) => (eventsOf(req).length > 2 ? { status: 413 } : { status: 200 }) });
    const big = new EventQueue({ db: queue.db, scheduleWake: () => undefined, batchSize: 100 });
    big.configure({ org: ORG });
    for (let i = 0; i < 4; i++) await big.enqueue(makeEvent('prompt_checked'));
    const r = await queue.flush();
    expect(r.org.sent).toBe(4);
    expect(http.requests.map((q) => eventsOf(q).length)).toEqual([4, 2, 2]);
  });
});

describe('EventQueue poison batches and bounds', () => {
  it('drops a batch the server refuses with 4xx, moves on, and reports the dead letters', async () => {
    const { queue, http } = setup({ script: (_r, i) => (i === 0 ? { status: 400 } : { status: 200 }) });
    const big = new EventQueue({ db: queue.db, scheduleWake: () => undefined, batchSize: 100 });
    big.configure({ org: ORG });
    for (let i = 0; i < 4; i++) await big.enqueue(makeEvent('prompt_checked'));
    const r = await queue.flush();
    expect(r.org).toMatchObject({ deadLettered: 3, sent: 2 });
    // Second batch: the queue_overflow report first, then the remaining event.
    const second = eventsOf(http.requests[1]);
    expect(second[0]).toMatchObject({ type: 'queue_overflow', sink: 'org', deadLettered: 3, dropped: {} });
    expect(second).toHaveLength(2);
    const stats = (await queue.stats()).org;
    expect(stats).toMatchObject({ queued: 0, deadLetteredTotal: 3, unreportedDeadLettered: 0 });
  });

  it('when full, drops low-priority events oldest-first, counts them, and reports them in the next batch', async () => {
    const { queue, http } = setup({ maxEvents: 4, batchSize: 100 });
    const low1 = makeEvent('ai_app_used');
    const low2 = makeEvent('protection_status');
    const highs = [makeEvent('prompt_checked'), makeEvent('prompt_checked')];
    for (const e of [low1, highs[0]!, low2, highs[1]!]) await queue.enqueue(e);
    const newer = [makeEvent('policy_applied'), makeEvent('prompt_checked')];
    for (const e of newer) await queue.enqueue(e);
    let stats = (await queue.stats()).org;
    expect(stats.queued).toBe(4);
    expect(stats.unreportedDropped).toEqual({ ai_app_used: 1, protection_status: 1 });
    // Full of high-priority events: a low-priority newcomer is the one dropped …
    await queue.enqueue(makeEvent('ai_app_used'));
    // … a high-priority newcomer replaces the oldest high-priority event.
    const newest = makeEvent('prompt_checked');
    await queue.enqueue(newest);
    stats = (await queue.stats()).org;
    expect(stats.unreportedDropped).toEqual({ ai_app_used: 2, protection_status: 1, prompt_checked: 1 });
    expect(stats.droppedTotal).toBe(4);

    await queue.flush();
    const sent = eventsOf(http.requests[0]);
    expect(sent[0]).toMatchObject({ type: 'queue_overflow', dropped: { ai_app_used: 2, protection_status: 1, prompt_checked: 1 }, deadLettered: 0 });
    expect(sent.slice(1).map((e) => e.id)).toEqual([highs[1]!.id, newer[0]!.id, newer[1]!.id, newest.id]);
    expect((await queue.stats()).org.unreportedDropped).toEqual({});
    // Reported once only.
    await queue.enqueue(makeEvent('prompt_checked'));
    await queue.flush();
    expect(eventsOf(http.requests[1]).map((e) => e.type)).toEqual(['prompt_checked']);
  });

  it('retries a queue_overflow report with the same id until it is delivered', async () => {
    const { queue, http, clock } = setup({ maxEvents: 1, batchSize: 100, script: (_r, i) => (i === 0 ? { status: 503 } : { status: 200 }) });
    await queue.enqueue(makeEvent('ai_app_used'));
    await queue.enqueue(makeEvent('prompt_checked'));
    await queue.flush();
    clock.advance(5000);
    await queue.flush();
    const [a, b] = http.requests.map((r) => eventsOf(r)[0]!);
    expect(a!.type).toBe('queue_overflow');
    expect(b!.id).toBe(a!.id);
  });
});

describe('EventQueue durability and exactly-once ids', () => {
  it('a batch delivered but timed out is re-sent with the same ids: the deduping server stores each event once', async () => {
    const { queue, http, clock } = setup({ batchSize: 100, script: (_r, i) => (i === 0 ? 'deliver-then-timeout' : i === 1 ? 'network-error' : { status: 200 }) });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const e = makeEvent('prompt_checked');
      ids.push(e.id);
      await queue.enqueue(e);
    }
    expect((await queue.flush()).org.status).toBe('failed');
    expect((await queue.stats()).org.lastError).toBe('AbortError');
    clock.advance(60_000);
    expect((await queue.flush()).org.status).toBe('failed');
    clock.advance(60_000);
    expect((await queue.flush()).org.sent).toBe(5);
    expect(http.receivedTotal).toBe(10); // delivered twice …
    expect([...http.received].sort()).toEqual([...ids].sort()); // … stored once per id
    for (const r of http.requests) expect(eventsOf(r).map((e) => e.id)).toEqual(ids);
  });

  it('a new queue over the same database (restarted worker) retries an in-flight batch after its lease', async () => {
    const clock = new Clock();
    const name = `restart-${Math.random()}`;
    const first = setup({ clock, db: testDb(name), batchSize: 100, leaseMs: 90_000, requestTimeoutMs: 600_000, script: () => 'hang' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const e = makeEvent('prompt_checked');
      ids.push(e.id);
      await first.queue.enqueue(e);
    }
    void first.queue.flush(); // the worker is stopped while this request hangs
    await vi.waitFor(() => expect(first.http.requests).toHaveLength(1));

    const second = setup({ clock, db: testDb(name), batchSize: 100, leaseMs: 90_000 });
    expect((await second.queue.flush()).org).toMatchObject({ status: 'leased', retryAt: clock.t + 90_000 });
    expect(second.wakes.at(-1)).toBe(clock.t + 90_000);
    clock.advance(90_001);
    expect((await second.queue.flush()).org.sent).toBe(3);
    expect(eventsOf(second.http.requests[0]).map((e) => e.id)).toEqual(ids);
    expect((await second.queue.stats()).org.queued).toBe(0);
  });

  it('events queued before a restart are sent by the next worker', async () => {
    const clock = new Clock();
    const name = `restart2-${Math.random()}`;
    const first = setup({ clock, db: testDb(name), batchSize: 100 });
    const e = makeEvent('policy_applied');
    await first.queue.enqueue(e);
    first.db.close();
    const second = setup({ clock, db: testDb(name) });
    await second.queue.flush();
    expect(eventsOf(second.http.requests[0]).map((x) => x.id)).toEqual([e.id]);
  });
});

describe('OTLP sink', () => {
  it('posts an ExportLogsServiceRequest with resource, scope and flattened attributes', async () => {
    const { queue, http, clock } = setup({ batchSize: 100 });
    queue.configure({ org: null, otlp: OTLP });
    const e = makeEvent('prompt_checked', { justification: 'approved ticket' });
    await queue.enqueue(e);
    await queue.flush();
    const req = http.requests[0]!;
    expect(req.url).toBe('https://otel.example.com:4318/v1/logs');
    expect(req.headers['X-Api-Key']).toBe('k');
    expect(req.headers.Authorization).toBeUndefined();
    const body = req.body as {
      resourceLogs: {
        resource: { attributes: { key: string; value: unknown }[] };
        scopeLogs: { scope: { name: string }; logRecords: Record<string, unknown>[] }[];
      }[];
    };
    expect(body.resourceLogs).toHaveLength(1);
    expect(body.resourceLogs[0]!.resource.attributes).toEqual([
      { key: 'service.name', value: { stringValue: 'shadow-ai-guard' } },
      { key: 'service.version', value: { stringValue: '0.1.0' } },
    ]);
    const scope = body.resourceLogs[0]!.scopeLogs[0]!;
    expect(scope.scope.name).toBe('shadow-ai-guard.events');
    const rec = scope.logRecords[0]!;
    expect(rec).toMatchObject({
      timeUnixNano: String(Date.parse(e.ts) * 1_000_000),
      observedTimeUnixNano: String(clock.t * 1_000_000),
      severityText: 'WARN', // sent anyway
      severityNumber: 13,
      body: { stringValue: 'prompt_checked' },
    });
    const attrs = Object.fromEntries((rec.attributes as { key: string; value: unknown }[]).map((a) => [a.key, a.value]));
    expect(attrs).toMatchObject({
      id: { stringValue: e.id },
      type: { stringValue: 'prompt_checked' },
      host: { stringValue: 'chatgpt.com' },
      'categories.pii': { intValue: '2' },
      'categories.credential': { intValue: '1' },
      rules: { arrayValue: { values: [{ stringValue: 'pii.email' }] } },
      action: { stringValue: 'warn' },
      policyVersion: { intValue: '3' },
      schemaVersion: { intValue: '1' },
    });
    expect('user' in attrs).toBe(false); // null fields are left out
  });

  it('one sink down does not hold back the other', async () => {
    const { queue, http, clock } = setup({ batchSize: 100, script: (req) => (req.url.includes('/v1/logs') ? { status: 503 } : { status: 200 }) });
    queue.configure({ org: ORG, otlp: OTLP });
    await queue.enqueue(makeEvent('prompt_checked'));
    let r = await queue.flush();
    expect(r.org).toMatchObject({ status: 'sent', sent: 1 });
    expect(r.otlp.status).toBe('failed');
    await queue.enqueue(makeEvent('prompt_checked'));
    r = await queue.flush();
    expect(r.org.sent).toBe(1);
    expect(r.otlp.status).toBe('backoff');
    const stats = await queue.stats();
    expect(stats.org.queued).toBe(0);
    expect(stats.otlp.queued).toBe(2);
    clock.advance(1);
    expect(http.requests.filter((q) => q.url.includes('/v1/orgs/')).length).toBe(2);
  });
});

describe('EventQueue clock changes', () => {
  it('ignores a lease or backoff left in the future by a clock that went back', async () => {
    const { queue, clock, db } = setup({ script: (_r, i) => (i === 0 ? { status: 503, headers: { 'Retry-After': '60' } } : { status: 200 }) });
    await queue.enqueue(makeEvent('prompt_checked'));
    await queue.flush();
    expect((await queue.flush()).org.status).toBe('backoff');
    clock.advance(-3 * 24 * 3600_000); // clock set back three days
    expect((await queue.flush()).org.status).toBe('sent');
    await queue.enqueue(makeEvent('prompt_checked'));
    await db.sinkState.update('org', { inflight: { firstSeq: 0, lastSeq: 99, count: 1, leaseUntil: clock.t + 86_400_000, startedAt: clock.t } });
    expect((await queue.flush()).org.status).toBe('sent');
  });
});
