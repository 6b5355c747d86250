import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { browser } from 'wxt/browser';
import type { Action, Channel, UserDecision } from '../contracts/messages';
import type { Category } from '../contracts/findings';
import type { EventAppTier, EventType, InventoryEvent } from '../contracts/events';

/**
 * The background's IndexedDB database for event delivery and the local inventory. All state the
 * event queue needs lives here, so an MV3 service worker that is stopped mid-flight (or a browser
 * restart) loses nothing: the next worker opens the same database and carries on.
 */

/** Where events go: the org endpoint, or an OpenTelemetry collector (OTLP/HTTP logs). */
export type SinkId = 'org' | 'otlp';
export const SINKS: readonly SinkId[] = ['org', 'otlp'];

/** Low-priority rows (0) are dropped before high-priority ones (1) when a sink's queue is full. */
export type EventPriority = 0 | 1;

/** One event waiting for one sink (each sink has its own rows, cursor and retry state). */
export interface OutboxRow {
  seq?: number;
  sink: SinkId;
  id: string;
  type: EventType;
  priority: EventPriority;
  enqueuedAt: number;
  event: InventoryEvent;
}

/** A batch handed to a sink and not yet acknowledged. `leaseUntil` lets a new worker retry it. */
export interface InFlight {
  firstSeq: number;
  lastSeq: number;
  count: number;
  leaseUntil: number;
  startedAt: number;
}

export interface SinkStateRow {
  sink: SinkId;
  inflight: InFlight | null;
  /** Consecutive failed attempts (drives exponential backoff). */
  failures: number;
  /** No attempt before this time (ms since epoch). */
  nextAttemptAt: number;
  /** Largest batch to send (lowered after 413 Payload Too Large). */
  batchLimit: number | null;
  /** Events dropped because the queue was full, by type, not yet reported. */
  dropped: Partial<Record<EventType, number>>;
  /** Events the receiver refused (poison batches), not yet reported. */
  deadLettered: number;
  /** First unreported loss (ms), or null. */
  lossSince: number | null;
  /** A built `queue_overflow` event waiting to go at the head of the next batch (fixed id). */
  pendingReport: InventoryEvent | null;
  /** Totals since install, for diagnostics. */
  delivered: number;
  droppedTotal: number;
  deadLetteredTotal: number;
  lastSuccessAt: number | null;
  lastError: string | null;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Inventory: one row per AI app host. */
export interface AppRow {
  host: string;
  appId: string | null;
  tier: EventAppTier | null;
  firstSeen: number;
  lastSeen: number;
  visits: number;
  promptsChecked: number;
  findings: Partial<Record<Category, number>>;
  actions: Partial<Record<Action, number>>;
  overrides: number;
}

/** Inventory: counts per local calendar day (YYYY-MM-DD). */
export interface DayRow {
  day: string;
  visits: number;
  promptsChecked: number;
  findings: number;
  blocked: number;
  redacted: number;
  warned: number;
  overrides: number;
}

/** Inventory: a recent outcome (no content, ever). */
export interface RecentRow {
  seq?: number;
  time: number;
  host: string;
  channel: Channel;
  action: Action;
  userDecision: UserDecision;
  categories: Category[];
}

export const EVENT_DB_NAME = 'shadow-ai-guard-events';

export class EventDb extends Dexie {
  outbox!: EntityTable<OutboxRow, 'seq'>;
  sinkState!: EntityTable<SinkStateRow, 'sink'>;
  meta!: EntityTable<MetaRow, 'key'>;
  apps!: EntityTable<AppRow, 'host'>;
  daily!: EntityTable<DayRow, 'day'>;
  recent!: EntityTable<RecentRow, 'seq'>;

  /** `options` lets tests pass fake-indexeddb's `indexedDB` / `IDBKeyRange`. */
  constructor(name = EVENT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      outbox: '++seq, [sink+seq], [sink+priority+seq]',
      sinkState: 'sink',
      meta: 'key',
      apps: 'host, lastSeen',
      daily: 'day',
      recent: '++seq',
    });
  }
}

export function emptySinkState(sink: SinkId): SinkStateRow {
  return {
    sink,
    inflight: null,
    failures: 0,
    nextAttemptAt: 0,
    batchLimit: null,
    dropped: {},
    deadLettered: 0,
    lossSince: null,
    pendingReport: null,
    delivered: 0,
    droppedTotal: 0,
    deadLetteredTotal: 0,
    lastSuccessAt: null,
    lastError: null,
  };
}

/** Reads a meta value, creating it with `make()` on first use (atomic per database). */
export async function getOrCreateMeta<T>(db: EventDb, key: string, make: () => T): Promise<T> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(key);
    if (row) return row.value as T;
    const value = make();
    await db.meta.put({ key, value });
    return value;
  });
}

// ─── Flush alarm (browser.alarms survives service-worker stops; timers do not) ──────────────

export const EVENT_FLUSH_ALARM = 'shadow-ai-guard/events-flush';

/**
 * Makes sure the flush alarm fires no later than `when` (ms since epoch). An alarm already set
 * earlier is kept; a later one is moved forward. Browsers clamp very short delays (Chrome: 30 s).
 */
export async function scheduleFlushAlarm(when: number): Promise<void> {
  try {
    const existing = await browser.alarms.get(EVENT_FLUSH_ALARM);
    if (existing && existing.scheduledTime <= when) return;
    await browser.alarms.create(EVENT_FLUSH_ALARM, { when: Math.max(when, Date.now() + 1000) });
  } catch (err) {
    console.warn('[shadow-ai-guard] cannot schedule the event flush alarm', err);
  }
}

/**
 * Calls `handler` when the flush alarm fires. Register it synchronously at service-worker start
 * (MV3 only delivers events to listeners registered in the first turn). Returns an unsubscribe.
 */
export function onFlushAlarm(handler: () => void): () => void {
  const listener = (alarm: { name: string }) => {
    if (alarm.name === EVENT_FLUSH_ALARM) handler();
  };
  browser.alarms.onAlarm.addListener(listener);
  return () => browser.alarms.onAlarm.removeListener(listener);
}
