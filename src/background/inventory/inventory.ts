import { CATEGORIES, type Category } from '../../contracts/findings';
import type { Action, Channel, FindingSummary, UserDecision } from '../../contracts/messages';
import { EventToken, InventorySnapshotSchema, type EventAppTier, type InventoryDay, type InventorySnapshot } from '../../contracts/events';
import type { AppRow, DayRow, EventDb } from '../../platform/event-db';
import { normalizeHost } from '../events/host';

/**
 * The local usage inventory the popup shows and compliance exports: per AI app host, per local
 * day, and the last outcomes. Metadata only (hosts, counts, categories, actions) — the same
 * promise as events: no prompt text, no matched values, no URLs.
 */

export interface OutcomeInput {
  channel: Channel;
  action: Action;
  userDecision: UserDecision;
  findings: readonly FindingSummary[];
  appId?: string | null;
  tier?: EventAppTier | null;
}

export interface InventoryOptions {
  db: EventDb;
  now?: () => number;
  /** Daily rows older than this are pruned. Default 90. */
  retentionDays?: number;
  /** Days in the snapshot's daily series. Default 30. */
  chartDays?: number;
  /** Recent outcomes kept. Default 50. */
  recentLimit?: number;
  /** Apps kept; the least recently seen go first. Default 2000. */
  maxApps?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local calendar day of a time, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local days ending with the day of `ms`, oldest first (DST-safe: steps calendar days). */
export function lastLocalDays(ms: number, count: number): string[] {
  const d = new Date(ms);
  d.setHours(12, 0, 0, 0);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(localDay(d.getTime()));
    d.setDate(d.getDate() - 1);
  }
  return out;
}

const emptyDay = (day: string): DayRow => ({ day, visits: 0, promptsChecked: 0, findings: 0, blocked: 0, redacted: 0, warned: 0, overrides: 0 });

const validAppId = (id: string | null | undefined): string | null => (id && EventToken.safeParse(id).success ? id : null);

export class Inventory {
  private readonly db: EventDb;
  private readonly now: () => number;
  private readonly retentionDays: number;
  private readonly chartDays: number;
  private readonly recentLimit: number;
  private readonly maxApps: number;
  private lastPruneDay: string | null = null;

  constructor(opts: InventoryOptions) {
    this.db = opts.db;
    this.now = opts.now ?? Date.now;
    this.retentionDays = opts.retentionDays ?? 90;
    this.chartDays = opts.chartDays ?? 30;
    this.recentLimit = opts.recentLimit ?? 50;
    this.maxApps = opts.maxApps ?? 2000;
  }

  /** Counts a visit (page load) of an AI app. Returns false when `host` is not a host. */
  async recordVisit(rawHost: string, appId?: string | null, tier?: EventAppTier | null): Promise<boolean> {
    const host = normalizeHost(rawHost);
    if (!host) return false;
    const now = this.now();
    await this.db.transaction('rw', this.db.apps, this.db.daily, async () => {
      const app = await this.appRow(host, now, appId, tier);
      app.visits += 1;
      await this.db.apps.put(app);
      const day = (await this.db.daily.get(localDay(now))) ?? emptyDay(localDay(now));
      day.visits += 1;
      await this.db.daily.put(day);
    });
    await this.maintain(now);
    return true;
  }

  /** Counts a checked prompt and what happened to it. Returns false when `host` is not a host. */
  async recordOutcome(rawHost: string, outcome: OutcomeInput): Promise<boolean> {
    const host = normalizeHost(rawHost);
    if (!host) return false;
    const now = this.now();
    const perCategory = new Map<Category, number>();
    let total = 0;
    for (const f of outcome.findings) {
      perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + f.count);
      total += f.count;
    }
    const overridden = outcome.userDecision === 'sent_anyway';
    await this.db.transaction('rw', this.db.apps, this.db.daily, this.db.recent, async () => {
      const app = await this.appRow(host, now, outcome.appId, outcome.tier);
      app.promptsChecked += 1;
      for (const [c, n] of perCategory) app.findings[c] = (app.findings[c] ?? 0) + n;
      app.actions[outcome.action] = (app.actions[outcome.action] ?? 0) + 1;
      if (overridden) app.overrides += 1;
      await this.db.apps.put(app);

      const key = localDay(now);
      const day = (await this.db.daily.get(key)) ?? emptyDay(key);
      day.promptsChecked += 1;
      day.findings += total;
      if (outcome.action === 'block') day.blocked += 1;
      if (outcome.action === 'warn' || outcome.action === 'justify') day.warned += 1;
      if (outcome.userDecision === 'redacted') day.redacted += 1;
      if (overridden) day.overrides += 1;
      await this.db.daily.put(day);

      await this.db.recent.add({
        time: now,
        host,
        channel: outcome.channel,
        action: outcome.action,
        userDecision: outcome.userDecision,
        categories: CATEGORIES.filter((c) => perCategory.has(c)),
      });
      const extra = (await this.db.recent.count()) - this.recentLimit;
      if (extra > 0) {
        const old = await this.db.recent.orderBy('seq').limit(extra).primaryKeys();
        await this.db.recent.bulkDelete(old);
      }
    });
    await this.maintain(now);
    return true;
  }

  /** A plain object for the popup and the exports (validated against InventorySnapshotSchema). */
  async snapshot(): Promise<InventorySnapshot> {
    const now = this.now();
    await this.maintain(now);
    const [apps, recent, dayRows] = await this.db.transaction('r', this.db.apps, this.db.recent, this.db.daily, () =>
      Promise.all([this.db.apps.orderBy('lastSeen').reverse().toArray(), this.db.recent.orderBy('seq').reverse().toArray(), this.db.daily.toArray()]),
    );
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const totals = { apps: apps.length, visits: 0, promptsChecked: 0, findings: 0, overrides: 0 };
    for (const a of apps) {
      totals.visits += a.visits;
      totals.promptsChecked += a.promptsChecked;
      totals.overrides += a.overrides;
      for (const c of CATEGORIES) {
        const n = a.findings[c] ?? 0;
        categories[c] += n;
        totals.findings += n;
      }
    }
    const byDay = new Map(dayRows.map((d) => [d.day, d]));
    const daily: InventoryDay[] = lastLocalDays(now, this.chartDays).map((day) => ({ ...(byDay.get(day) ?? emptyDay(day)) }));
    const iso = (ms: number) => new Date(ms).toISOString();
    return InventorySnapshotSchema.parse({
      generatedAt: iso(now),
      apps: apps.map((a) => ({
        host: a.host,
        appId: a.appId,
        tier: a.tier,
        firstSeen: iso(a.firstSeen),
        lastSeen: iso(a.lastSeen),
        visits: a.visits,
        promptsChecked: a.promptsChecked,
        findings: { ...a.findings },
        actions: { ...a.actions },
        overrides: a.overrides,
      })),
      categories,
      recent: recent.slice(0, this.recentLimit).map((r) => ({
        time: iso(r.time),
        host: r.host,
        channel: r.channel,
        action: r.action,
        userDecision: r.userDecision,
        categories: r.categories,
      })),
      daily,
      totals,
    });
  }

  /** Removes daily rows older than the retention window and apps beyond the cap. */
  async prune(now = this.now()): Promise<void> {
    const cutoff = localDay(now - this.retentionDays * 86_400_000);
    await this.db.daily.where('day').below(cutoff).delete();
    const extra = (await this.db.apps.count()) - this.maxApps;
    if (extra > 0) {
      const old = await this.db.apps.orderBy('lastSeen').limit(extra).primaryKeys();
      await this.db.apps.bulkDelete(old);
    }
    this.lastPruneDay = localDay(now);
  }

  /** Wipes the local inventory (e.g. a "clear history" button). */
  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.apps, this.db.daily, this.db.recent, async () => {
      await Promise.all([this.db.apps.clear(), this.db.daily.clear(), this.db.recent.clear()]);
    });
  }

  private async maintain(now: number): Promise<void> {
    if (this.lastPruneDay !== localDay(now)) await this.prune(now);
  }

  private async appRow(host: string, now: number, appId?: string | null, tier?: EventAppTier | null): Promise<AppRow> {
    const row = await this.db.apps.get(host);
    const app: AppRow = row ?? {
      host,
      appId: null,
      tier: null,
      firstSeen: now,
      lastSeen: now,
      visits: 0,
      promptsChecked: 0,
      findings: {},
      actions: {},
      overrides: 0,
    };
    app.lastSeen = Math.max(app.lastSeen, now);
    const id = validAppId(appId);
    if (id) app.appId = id;
    if (tier) app.tier = tier;
    return app;
  }
}
