import { Dexie } from 'dexie';
import {
  EVENT_SCHEMA_VERSION,
  InventoryEvent,
  LOW_PRIORITY_EVENT_TYPES,
  MAX_EVENTS_PER_BATCH,
  type EventEnvelope,
  type EventType,
} from '../../contracts/events';
import {
  SINKS,
  emptySinkState,
  scheduleFlushAlarm,
  type EventDb,
  type EventPriority,
  type OutboxRow,
  type SinkId,
  type SinkStateRow,
} from '../../platform/event-db';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, RETRY_AFTER_MAX_MS, backoffDelay, classifyStatus, parseRetryAfter } from './backoff';
import { toOtlpLogsRequest } from './otlp';

/**
 * Durable, batched, retried delivery of inventory events to up to two sinks: the org endpoint
 * (`POST {endpoint}/v1/orgs/{orgId}/events`, body `{events}`) and an optional OTLP/HTTP logs
 * collector (`POST {otlpEndpoint}/v1/logs`). See docs/events.md "Delivery".
 *
 * - Everything lives in IndexedDB (EventDb): rows per sink, and per-sink state (in-flight lease,
 *   backoff, drop counters). A new EventQueue over the same database — a restarted service worker
 *   — picks up where the last one stopped; a batch whose worker died is retried once its lease
 *   expires. Ids are generated once, when the event is built, and re-sent unchanged on every
 *   retry: the server dedupes by id, so a retried batch creates no duplicates.
 * - Each sink has its own rows, cursor, lease, backoff and bound: one sink's outage never delays
 *   or evicts the other's events.
 * - A flush is due when `batchSize` events are queued (enqueue starts it) or when the flush alarm
 *   fires (`flushIntervalMs` after events were queued; the lead's `browser.alarms.onAlarm`
 *   handler calls `flush()`), and is refused while the sink backs off.
 */

export interface OrgSinkConfig {
  /** Base URL of the org endpoint, e.g. `https://guard.example.com`. */
  endpoint: string;
  orgId: string;
  /** Enrollment token sent as `Authorization: Bearer …`; null sends no Authorization header. */
  token: string | null;
}

export interface OtlpSinkConfig {
  /** Base URL of the collector's OTLP/HTTP receiver, e.g. `https://otel.example.com:4318`. */
  endpoint: string;
  /** Extra headers (e.g. a collector API key). */
  headers?: Record<string, string>;
}

export interface SinksConfig {
  org: OrgSinkConfig | null;
  otlp: OtlpSinkConfig | null;
}

/** Envelope fields for the `queue_overflow` reports the queue writes itself (no id/ts). */
export type EnvelopeProvider = () => Promise<Omit<EventEnvelope, 'id' | 'ts'> | null>;

export interface EventQueueOptions {
  db: EventDb;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  uuid?: () => string;
  /** Reported as OTLP `service.version`. */
  serviceVersion?: string;
  /** Flush as soon as this many events wait for a sink (max 500). Default 50. */
  batchSize?: number;
  /** Flush at the latest this long after an event was queued. Default 60 s. */
  flushIntervalMs?: number;
  /** Bound per sink. Default 5000. */
  maxEvents?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long an in-flight batch is reserved before another worker may retry it. Default 90 s. */
  leaseMs?: number;
  /** A request is aborted after this long (must stay below leaseMs). Default 30 s. */
  requestTimeoutMs?: number;
  /** Batches per sink per flush() call before yielding to the alarm. Default 10. */
  maxBatchesPerFlush?: number;
  /** Asks to be woken (flush() called) no later than `when`. Default: browser.alarms. */
  scheduleWake?: (when: number) => void | Promise<void>;
  /** Envelope for `queue_overflow` reports; without one, loss counters wait. */
  envelope?: EnvelopeProvider;
  /**
   * Also wake with an in-memory timer while this context lives (browser alarms fire at most
   * every 30 s in Chrome; a timer lets a live service worker meet a shorter flush interval or
   * backoff). Off by default (unit tests drive the clock themselves).
   */
  inMemoryWake?: boolean;
  /**
   * Web Locks (`navigator.locks`) used to tell a dead worker's lease from a live one: a flush
   * holds the lock `shadow-ai-guard/events-flush`; the browser releases it when the holding
   * context dies, so a worker that gets the lock knows every in-flight lease left in the database
   * belongs to a stopped worker and retries that batch at once instead of waiting `leaseMs`.
   * Default: `navigator.locks` when present; null disables it (leases then simply expire).
   */
  locks?: LockManagerLike | null;
}

/** The part of the Web Locks API the queue uses. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** Delivery tuning that may change at run time (policy `events` settings). */
export interface QueueTuning {
  maxEvents?: number;
  batchSize?: number;
  flushIntervalMs?: number;
  /** Cap of the retry backoff. */
  maxDelayMs?: number;
}

export const FLUSH_LOCK = 'shadow-ai-guard/events-flush';

export type SinkFlushStatus = 'disabled' | 'idle' | 'sent' | 'backoff' | 'leased' | 'failed';

export interface SinkFlushResult {
  status: SinkFlushStatus;
  /** Events the receiver acknowledged during this flush. */
  sent: number;
  /** Events dropped as poison during this flush. */
  deadLettered: number;
  /** When the sink may try again (backoff/leased/failed). */
  retryAt?: number;
}

export type FlushReport = Record<SinkId, SinkFlushResult>;

export interface SinkStats {
  enabled: boolean;
  queued: number;
  inflight: boolean;
  failures: number;
  nextAttemptAt: number;
  unreportedDropped: Partial<Record<EventType, number>>;
  unreportedDeadLettered: number;
  delivered: number;
  droppedTotal: number;
  deadLetteredTotal: number;
  lastSuccessAt: number | null;
  lastError: string | null;
}

type SendResult = { status: number; retryAfterMs: number | null } | { error: string };

const LOW = new Set<EventType>(LOW_PRIORITY_EVENT_TYPES);
const priorityOf = (t: EventType): EventPriority => (LOW.has(t) ? 0 : 1);

/** Accepts https URLs, and http only for a loopback host (local collectors and tests). */
export function isAllowedEndpoint(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.username || u.password || u.search || u.hash) return false;
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

const trimSlash = (s: string): string => s.replace(/\/+$/, '');

export class EventQueue {
  readonly db: EventDb;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly uuid: () => string;
  private readonly serviceVersion: string;
  private batchSize: number;
  private flushIntervalMs: number;
  private maxEvents: number;
  private readonly baseDelayMs: number;
  private maxDelayMs: number;
  private readonly leaseMs: number;
  private readonly requestTimeoutMs: number;
  private readonly maxBatchesPerFlush: number;
  private readonly scheduleWake: (when: number) => void | Promise<void>;
  private envelope: EnvelopeProvider | null;
  private readonly inMemoryWake: boolean;
  private readonly locks: LockManagerLike | null;
  /** True while this context holds FLUSH_LOCK: any lease in the database is then a dead worker's. */
  private holdsLock = false;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private wakeAt = Infinity;
  private sinks: SinksConfig = { org: null, otlp: null };
  private running: Promise<FlushReport> | null = null;
  private rerun = false;

  constructor(opts: EventQueueOptions) {
    this.db = opts.db;
    this.fetchFn = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.uuid = opts.uuid ?? (() => crypto.randomUUID());
    this.serviceVersion = opts.serviceVersion ?? '0.0.0';
    this.batchSize = Math.min(Math.max(1, opts.batchSize ?? 50), MAX_EVENTS_PER_BATCH);
    this.flushIntervalMs = opts.flushIntervalMs ?? 60_000;
    this.maxEvents = Math.max(1, opts.maxEvents ?? 5000);
    this.baseDelayMs = opts.baseDelayMs ?? BACKOFF_BASE_MS;
    this.maxDelayMs = opts.maxDelayMs ?? BACKOFF_CAP_MS;
    this.leaseMs = opts.leaseMs ?? 90_000;
    this.requestTimeoutMs = Math.min(opts.requestTimeoutMs ?? 30_000, this.leaseMs - 1000);
    this.maxBatchesPerFlush = Math.max(1, opts.maxBatchesPerFlush ?? 10);
    this.scheduleWake = opts.scheduleWake ?? scheduleFlushAlarm;
    this.envelope = opts.envelope ?? null;
    this.inMemoryWake = opts.inMemoryWake ?? false;
    const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
    this.locks = opts.locks === undefined ? (nav?.locks ?? null) : opts.locks;
  }

  /**
   * Sets where events go. A sink set to null stops receiving new events; rows it already holds
   * stay (bounded) and go out if it is configured again. Invalid endpoints (not https, or http
   * on a non-loopback host) disable the sink with a warning.
   */
  configure(sinks: Partial<SinksConfig>, opts: QueueTuning = {}): void {
    const next = { ...this.sinks, ...sinks };
    if (next.org && (!isAllowedEndpoint(next.org.endpoint) || !next.org.orgId)) {
      console.warn('[shadow-ai-guard] org event endpoint refused (https and an org id are required)');
      next.org = null;
    }
    if (next.otlp && !isAllowedEndpoint(next.otlp.endpoint)) {
      console.warn('[shadow-ai-guard] OTLP endpoint refused (https required)');
      next.otlp = null;
    }
    this.sinks = next;
    if (opts.maxEvents !== undefined) this.maxEvents = Math.max(1, opts.maxEvents);
    if (opts.batchSize !== undefined) this.batchSize = Math.min(Math.max(1, Math.floor(opts.batchSize)), MAX_EVENTS_PER_BATCH);
    if (opts.flushIntervalMs !== undefined) this.flushIntervalMs = Math.max(1000, opts.flushIntervalMs);
    if (opts.maxDelayMs !== undefined) this.maxDelayMs = Math.max(this.baseDelayMs, opts.maxDelayMs);
  }

  /** Current tuning (diagnostics and tests). */
  tuning(): Required<QueueTuning> {
    return { maxEvents: this.maxEvents, batchSize: this.batchSize, flushIntervalMs: this.flushIntervalMs, maxDelayMs: this.maxDelayMs };
  }

  setEnvelopeProvider(provider: EnvelopeProvider | null): void {
    this.envelope = provider;
  }

  enabledSinks(): SinkId[] {
    return SINKS.filter((s) => this.sinks[s] !== null);
  }

  /**
   * Queues an event for every configured sink. Returns false (and queues nothing) when the event
   * fails the contract or no sink is configured. When a sink's queue is full, the oldest
   * low-priority row goes first, then the oldest row; the loss is counted and reported.
   */
  async enqueue(event: InventoryEvent): Promise<boolean> {
    const parsed = InventoryEvent.safeParse(event);
    if (!parsed.success) {
      console.warn('[shadow-ai-guard] event refused by the contract', event.type, parsed.error.issues.map((i) => i.path.join('.')));
      return false;
    }
    const sinks = this.enabledSinks();
    if (sinks.length === 0) return false;
    const ev = parsed.data;
    const now = this.now();
    const priority = priorityOf(ev.type);
    let full = false;
    await this.db.transaction('rw', this.db.outbox, this.db.sinkState, async () => {
      for (const sink of sinks) {
        const state = (await this.db.sinkState.get(sink)) ?? emptySinkState(sink);
        let count = await this.sinkRows(sink).count();
        let accept = true;
        while (count >= this.maxEvents) {
          const victim = await this.pickVictim(sink, state, now, priority);
          if (!victim) {
            accept = false;
            countLoss(state, ev.type, now);
            break;
          }
          await this.db.outbox.delete(victim.seq!);
          countLoss(state, victim.type, now);
          count--;
        }
        if (accept) {
          await this.db.outbox.add({ sink, id: ev.id, type: ev.type, priority, enqueuedAt: now, event: ev });
          count++;
        }
        await this.db.sinkState.put(state);
        if (count >= this.batchSize) full = true;
      }
    });
    if (full) void this.flush().catch(() => undefined);
    else await this.wake(now + this.flushIntervalMs);
    return true;
  }

  /**
   * Sends what is due to every configured sink, in parallel, each batch after batch until its
   * rows are drained, it fails (backoff) or `maxBatchesPerFlush` is reached. Concurrent calls
   * share one run. Then asks to be woken when the next attempt is due.
   */
  flush(): Promise<FlushReport> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    const drain = async (): Promise<FlushReport> => {
      let report: FlushReport;
      do {
        this.rerun = false;
        const results = await Promise.all(SINKS.map((s) => this.flushSink(s)));
        report = { org: results[0]!, otlp: results[1]! };
      } while (this.rerun);
      return report;
    };
    const run = async (): Promise<FlushReport> => {
      let report: FlushReport;
      if (this.locks) {
        const locked = await this.locks.request(FLUSH_LOCK, { ifAvailable: true }, async (lock) => {
          if (!lock) return null;
          this.holdsLock = true;
          try {
            return await drain();
          } finally {
            this.holdsLock = false;
          }
        });
        // Another live context is flushing this database: it owns the leases; try again soon.
        report = locked ?? this.busyReport();
      } else {
        report = await drain();
      }
      await this.scheduleNextWake();
      return report;
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private busyReport(): FlushReport {
    const r = (sink: SinkId): SinkFlushResult =>
      this.sinks[sink] ? { status: 'leased', sent: 0, deadLettered: 0, retryAt: this.now() + 1000 } : { status: 'disabled', sent: 0, deadLettered: 0 };
    return { org: r('org'), otlp: r('otlp') };
  }

  /** Resolves when any flush started (e.g. by enqueue reaching the batch size) has finished. */
  async settled(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  async stats(): Promise<Record<SinkId, SinkStats>> {
    const out = {} as Record<SinkId, SinkStats>;
    const now = this.now();
    for (const sink of SINKS) {
      const s = (await this.db.sinkState.get(sink)) ?? emptySinkState(sink);
      out[sink] = {
        enabled: this.sinks[sink] !== null,
        queued: await this.sinkRows(sink).count(),
        inflight: !!s.inflight && s.inflight.leaseUntil > now,
        failures: s.failures,
        nextAttemptAt: s.nextAttemptAt,
        unreportedDropped: { ...s.dropped },
        unreportedDeadLettered: s.deadLettered,
        delivered: s.delivered,
        droppedTotal: s.droppedTotal,
        deadLetteredTotal: s.deadLetteredTotal,
        lastSuccessAt: s.lastSuccessAt,
        lastError: s.lastError,
      };
    }
    return out;
  }

  // ─── internals ─────────────────────────────────────────────────────────────────────────────

  private sinkRows(sink: SinkId) {
    return this.db.outbox.where('[sink+seq]').between([sink, Dexie.minKey], [sink, Dexie.maxKey]);
  }

  private async pickVictim(sink: SinkId, state: SinkStateRow, now: number, incoming: EventPriority): Promise<OutboxRow | undefined> {
    const f = state.inflight;
    const busy = (seq: number | undefined) => !!f && f.leaseUntil > now && seq! >= f.firstSeq && seq! <= f.lastSeq;
    const low = await this.db.outbox
      .where('[sink+priority+seq]')
      .between([sink, 0, Dexie.minKey], [sink, 0, Dexie.maxKey])
      .filter((r) => !busy(r.seq))
      .first();
    if (low) return low;
    // No low-priority row left: a low-priority newcomer is the one dropped; a high-priority one
    // replaces the oldest high-priority row.
    if (incoming === 0) return undefined;
    return this.sinkRows(sink)
      .filter((r) => !busy(r.seq))
      .first();
  }

  /** Turns unreported loss counters into one `queue_overflow` event with a fixed id. */
  private async prepareReport(sink: SinkId): Promise<void> {
    const state = await this.db.sinkState.get(sink);
    if (!state || state.pendingReport) return;
    const hasDrops = Object.values(state.dropped).some((n) => (n ?? 0) > 0);
    if (!hasDrops && state.deadLettered === 0) return;
    const env = this.envelope ? await this.envelope() : null;
    if (!env) return;
    const now = this.now();
    const parsed = InventoryEvent.safeParse({
      ...env,
      schemaVersion: EVENT_SCHEMA_VERSION,
      id: this.uuid(),
      ts: new Date(now).toISOString(),
      type: 'queue_overflow',
      sink,
      dropped: { ...state.dropped },
      deadLettered: state.deadLettered,
      since: new Date(state.lossSince ?? now).toISOString(),
    });
    if (!parsed.success || parsed.data.type !== 'queue_overflow') {
      console.warn('[shadow-ai-guard] cannot build a queue_overflow report', parsed.error?.issues);
      return;
    }
    const report = parsed.data;
    await this.db.transaction('rw', this.db.sinkState, async () => {
      const s = (await this.db.sinkState.get(sink)) ?? emptySinkState(sink);
      if (s.pendingReport) return;
      // Subtract what the report covers; losses counted meanwhile wait for the next report.
      for (const [type, n] of Object.entries(report.dropped) as [EventType, number][]) {
        const left = (s.dropped[type] ?? 0) - n;
        if (left > 0) s.dropped[type] = left;
        else delete s.dropped[type];
      }
      s.deadLettered = Math.max(0, s.deadLettered - report.deadLettered);
      const remaining = s.deadLettered > 0 || Object.keys(s.dropped).length > 0;
      s.lossSince = remaining ? now : null;
      s.pendingReport = report;
      await this.db.sinkState.put(s);
    });
  }

  private async flushSink(sink: SinkId): Promise<SinkFlushResult> {
    const result: SinkFlushResult = { status: 'idle', sent: 0, deadLettered: 0 };
    if (!this.sinks[sink]) return { ...result, status: 'disabled' };
    for (let i = 0; i < this.maxBatchesPerFlush; i++) {
      const cfg = this.sinks[sink];
      if (!cfg) return { ...result, status: 'disabled' };
      await this.prepareReport(sink);
      const claim = await this.claim(sink);
      if (claim.kind === 'empty') return result;
      if (claim.kind === 'blocked') return { ...result, status: claim.status, retryAt: claim.until };
      const events = claim.report ? [claim.report, ...claim.rows.map((r) => r.event)] : claim.rows.map((r) => r.event);
      const res = await this.send(sink, events);
      const outcome = await this.settle(sink, claim, res, events.length);
      result.sent += outcome.sent;
      result.deadLettered += outcome.deadLettered;
      if (outcome.kind === 'failed') return { ...result, status: 'failed', retryAt: outcome.retryAt };
      if (outcome.kind === 'sent') result.status = 'sent';
      if (outcome.kind === 'sent' && !claim.more) return result;
    }
    return result;
  }

  private async claim(sink: SinkId): Promise<
    | { kind: 'empty' }
    | { kind: 'blocked'; status: 'backoff' | 'leased'; until: number }
    | { kind: 'batch'; rows: OutboxRow[]; report: InventoryEvent | null; startedAt: number; more: boolean }
  > {
    return this.db.transaction('rw', this.db.outbox, this.db.sinkState, async () => {
      const now = this.now();
      const state = (await this.db.sinkState.get(sink)) ?? emptySinkState(sink);
      // A lease or backoff further away than it could ever be means the clock went back: ignore it.
      // Holding the flush lock, a lease left in the database is a stopped worker's: retry now.
      const f = this.holdsLock ? null : state.inflight;
      if (f && f.leaseUntil > now && f.leaseUntil - now <= this.leaseMs) return { kind: 'blocked', status: 'leased', until: f.leaseUntil } as const;
      if (state.nextAttemptAt > now && state.nextAttemptAt - now <= RETRY_AFTER_MAX_MS + this.maxDelayMs) {
        return { kind: 'blocked', status: 'backoff', until: state.nextAttemptAt } as const;
      }
      const report = state.pendingReport;
      const limit = Math.max(1, Math.min(this.batchSize, state.batchLimit ?? this.batchSize) - (report ? 1 : 0));
      const rows = await this.sinkRows(sink).limit(limit + 1).toArray();
      const more = rows.length > limit;
      if (more) rows.pop();
      if (rows.length === 0 && !report) {
        if (state.inflight) {
          state.inflight = null;
          await this.db.sinkState.put(state);
        }
        return { kind: 'empty' } as const;
      }
      state.inflight = {
        firstSeq: rows[0]?.seq ?? 0,
        lastSeq: rows[rows.length - 1]?.seq ?? -1,
        count: rows.length,
        leaseUntil: now + this.leaseMs,
        startedAt: now,
      };
      await this.db.sinkState.put(state);
      return { kind: 'batch', rows, report, startedAt: now, more } as const;
    });
  }

  private async send(sink: SinkId, events: InventoryEvent[]): Promise<SendResult> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    let url: string;
    let body: string;
    if (sink === 'org') {
      const cfg = this.sinks.org!;
      url = `${trimSlash(cfg.endpoint)}/v1/orgs/${encodeURIComponent(cfg.orgId)}/events`;
      if (cfg.token) headers.Authorization = `Bearer ${cfg.token}`;
      body = JSON.stringify({ events });
    } else {
      const cfg = this.sinks.otlp!;
      url = `${trimSlash(cfg.endpoint)}/v1/logs`;
      Object.assign(headers, cfg.headers ?? {});
      body = JSON.stringify(toOtlpLogsRequest(events, this.serviceVersion, this.now()));
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.requestTimeoutMs);
    try {
      const res = await this.fetchFn(url, { method: 'POST', headers, body, signal: ctrl.signal, credentials: 'omit', cache: 'no-store' });
      // Drain the body so the connection can be reused; its content is not needed.
      await res.text().catch(() => '');
      return { status: res.status, retryAfterMs: parseRetryAfter(res.headers.get('Retry-After'), this.now()) };
    } catch (err) {
      return { error: ctrl.signal.aborted ? 'timeout' : err instanceof Error ? err.name : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  private async settle(
    sink: SinkId,
    claim: { rows: OutboxRow[]; report: InventoryEvent | null; startedAt: number },
    res: SendResult,
    batchLength: number,
  ): Promise<{ kind: 'sent' | 'failed' | 'retry_now' | 'poison'; sent: number; deadLettered: number; retryAt?: number }> {
    const cls = 'error' in res ? 'retry' : classifyStatus(res.status);
    const kind = cls === 'too_large' && batchLength <= 1 ? 'poison' : cls;
    return this.db.transaction('rw', this.db.outbox, this.db.sinkState, async () => {
      const now = this.now();
      const state = (await this.db.sinkState.get(sink)) ?? emptySinkState(sink);
      if (state.inflight?.startedAt === claim.startedAt) state.inflight = null;
      const seqs = claim.rows.map((r) => r.seq!);
      const sentReport = claim.report !== null && state.pendingReport?.id === claim.report.id;
      switch (kind) {
        case 'ok': {
          await this.db.outbox.bulkDelete(seqs);
          if (sentReport) state.pendingReport = null;
          state.failures = 0;
          state.nextAttemptAt = 0;
          state.delivered += batchLength;
          state.lastSuccessAt = now;
          state.lastError = null;
          if (state.batchLimit !== null) state.batchLimit = state.batchLimit * 2 >= this.batchSize ? null : state.batchLimit * 2;
          await this.db.sinkState.put(state);
          return { kind: 'sent', sent: batchLength, deadLettered: 0 };
        }
        case 'poison': {
          // The receiver says the batch itself is invalid: retrying cannot help. Drop it, count
          // it (reported in the next batch) and let the queue move on.
          await this.db.outbox.bulkDelete(seqs);
          if (sentReport) state.pendingReport = null; // a refused report is not re-reported
          if (seqs.length > 0) {
            state.deadLettered += seqs.length;
            state.deadLetteredTotal += seqs.length;
            state.lossSince ??= now;
          }
          state.failures = 0;
          state.nextAttemptAt = 0;
          state.lastError = `http_${'status' in res ? res.status : 0}`;
          await this.db.sinkState.put(state);
          return { kind: 'poison', sent: 0, deadLettered: seqs.length };
        }
        case 'too_large': {
          state.batchLimit = Math.max(1, Math.floor(claim.rows.length / 2));
          state.lastError = 'http_413';
          await this.db.sinkState.put(state);
          return { kind: 'retry_now', sent: 0, deadLettered: 0 };
        }
        default: {
          // retry / auth / network: keep the rows (same ids next time), back off.
          const retryAfter = 'error' in res ? null : res.retryAfterMs;
          const delay = Math.max(retryAfter ?? 0, backoffDelay(state.failures, this.random, this.baseDelayMs, this.maxDelayMs));
          state.failures += 1;
          state.nextAttemptAt = now + delay;
          state.lastError = 'error' in res ? res.error : `http_${res.status}`;
          await this.db.sinkState.put(state);
          return { kind: 'failed', sent: 0, deadLettered: 0, retryAt: state.nextAttemptAt };
        }
      }
    });
  }

  private async scheduleNextWake(): Promise<void> {
    const now = this.now();
    let wake = Infinity;
    for (const sink of this.enabledSinks()) {
      const s = await this.db.sinkState.get(sink);
      const queued = await this.sinkRows(sink).count();
      const lossPending = !!this.envelope && !!s && (s.deadLettered > 0 || Object.keys(s.dropped).length > 0);
      if (queued === 0 && !s?.pendingReport && !lossPending) continue;
      let at = now + 1000;
      if (s && s.nextAttemptAt > at) at = s.nextAttemptAt;
      if (s?.inflight && s.inflight.leaseUntil > at) at = s.inflight.leaseUntil;
      wake = Math.min(wake, at);
    }
    if (wake !== Infinity) await this.wake(wake);
  }

  /** Asks to be woken at `when`: the alarm (survives a stopped worker), plus a timer while alive. */
  private async wake(when: number): Promise<void> {
    if (this.inMemoryWake && (this.wakeTimer === null || when < this.wakeAt)) {
      if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
      this.wakeAt = when;
      this.wakeTimer = setTimeout(() => {
        this.wakeTimer = null;
        this.wakeAt = Infinity;
        void this.flush().catch(() => undefined);
      }, Math.max(0, when - this.now()));
    }
    await this.scheduleWake(when);
  }
}

function countLoss(state: SinkStateRow, type: EventType, now: number): void {
  state.dropped[type] = (state.dropped[type] ?? 0) + 1;
  state.droppedTotal += 1;
  state.lossSince ??= now;
}
