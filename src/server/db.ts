import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type * as Sqlite from 'node-sqlite3-wasm';
import type { EventEnvelope } from './events';

// A CommonJS (Emscripten) module: load it with require so its exports are found under ESM too.
const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof Sqlite;

/** Keys taken from stored events (categories, actions, tiers, app ids): identifier-like only. */
const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** One app (host) of the org inventory. `host` is null for events without a host (policy, queue). */
export interface InventoryAppAggregate {
  host: string | null;
  /** Catalog app id / tier most recently reported for the host. */
  appId: string | null;
  tier: string | null;
  events: number;
  byType: Record<string, number>;
  /** `ai_app_used` reports (at most one per device and host per usage interval). */
  visits: number;
  promptsChecked: number;
  /** Findings per category, summed over `prompt_checked` events. */
  findings: Record<string, number>;
  /** `prompt_checked` events per action / per user decision. */
  actions: Record<string, number>;
  userDecisions: Record<string, number>;
  /** Distinct devices and distinct pseudonymous users (null users are not counted). */
  devices: number;
  users: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface OrgInventory {
  totalEvents: number;
  devices: number;
  users: number;
  byType: Record<string, number>;
  /** Findings per category across all apps. */
  categories: Record<string, number>;
  /** Most events first. */
  apps: InventoryAppAggregate[];
  lastEventAt: string | null;
}

/**
 * The server's embedded store: SQLite compiled to WebAssembly (no native build step), persisted
 * to a real file, or `:memory:` for tests. Synchronous, single connection; the HTTP layer is the
 * only writer.
 */
export class EventDb {
  private readonly db: InstanceType<typeof Database>;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        org TEXT NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        ts TEXT NOT NULL,
        host TEXT,
        received_at TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (org, id)
      );
      CREATE INDEX IF NOT EXISTS events_org_host ON events (org, host, type);
    `);
  }

  /** Inserts a batch atomically; an id already stored for the org is ignored (idempotent retries). */
  insertEvents(org: string, events: readonly EventEnvelope[], receivedAt: string): { accepted: number; duplicates: number } {
    let accepted = 0;
    this.db.exec('BEGIN');
    try {
      for (const e of events) {
        const r = this.db.run('INSERT OR IGNORE INTO events (org, id, type, ts, host, received_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          org,
          e.id,
          e.type,
          e.ts,
          e.host ?? null,
          receivedAt,
          JSON.stringify(e),
        ]);
        accepted += r.changes;
      }
      this.db.exec('COMMIT');
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
    return { accepted, duplicates: events.length - accepted };
  }

  /**
   * The org's AI usage inventory, aggregated across every device: per app (host) the events by
   * type, usage reports (`ai_app_used`), prompts checked, findings per category, actions, user
   * decisions, distinct devices and pseudonymous users, first and last seen; and org totals.
   * Reads only metadata fields of the stored events (json_extract), never trusts their types.
   */
  inventory(org: string): OrgInventory {
    const all = <T>(sql: string): T[] => this.db.all(sql, [org]) as T[];
    const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);
    const apps = new Map<string | null, InventoryAppAggregate>();
    const app = (host: string | null): InventoryAppAggregate => {
      let a = apps.get(host);
      if (!a) {
        a = { host, appId: null, tier: null, events: 0, byType: {}, visits: 0, promptsChecked: 0, findings: {}, actions: {}, userDecisions: {}, devices: 0, users: 0, firstSeen: null, lastSeen: null };
        apps.set(host, a);
      }
      return a;
    };
    const byType: Record<string, number> = {};
    let total = 0;
    for (const r of all<{ host: string | null; type: string; n: number; first: string; last: string }>(
      'SELECT host, type, COUNT(*) AS n, MIN(ts) AS first, MAX(ts) AS last FROM events WHERE org = ? GROUP BY host, type ORDER BY host, type',
    )) {
      const n = num(r.n);
      total += n;
      byType[r.type] = (byType[r.type] ?? 0) + n;
      const a = app(r.host);
      a.events += n;
      a.byType[r.type] = n;
      if (r.type === 'ai_app_used') a.visits += n;
      if (r.type === 'prompt_checked') a.promptsChecked += n;
      if (!a.firstSeen || r.first < a.firstSeen) a.firstSeen = r.first;
      if (!a.lastSeen || r.last > a.lastSeen) a.lastSeen = r.last;
    }
    for (const r of all<{ host: string | null; d: number; u: number }>(
      `SELECT host, COUNT(DISTINCT json_extract(json, '$.device')) AS d, COUNT(DISTINCT json_extract(json, '$.user')) AS u
       FROM events WHERE org = ? GROUP BY host`,
    )) {
      const a = app(r.host);
      a.devices = num(r.d);
      a.users = num(r.u);
    }
    const field = (name: 'action' | 'userDecision', into: 'actions' | 'userDecisions') => {
      for (const r of all<{ host: string | null; k: unknown; n: number }>(
        `SELECT host, json_extract(json, '$.${name}') AS k, COUNT(*) AS n FROM events WHERE org = ? AND type = 'prompt_checked' GROUP BY host, k`,
      )) {
        if (typeof r.k === 'string' && KEY_RE.test(r.k)) app(r.host)[into][r.k] = num(r.n);
      }
    };
    field('action', 'actions');
    field('userDecision', 'userDecisions');
    const categories: Record<string, number> = {};
    for (const r of all<{ host: string | null; k: unknown; n: number }>(
      `SELECT e.host AS host, c.key AS k, SUM(CASE WHEN typeof(c.value) IN ('integer', 'real') THEN c.value ELSE 0 END) AS n
       FROM events e, json_each(e.json, '$.categories') c
       WHERE e.org = ? AND e.type = 'prompt_checked' AND json_type(e.json, '$.categories') = 'object'
       GROUP BY e.host, c.key`,
    )) {
      if (typeof r.k !== 'string' || !KEY_RE.test(r.k)) continue;
      const n = num(r.n);
      app(r.host).findings[r.k] = n;
      categories[r.k] = (categories[r.k] ?? 0) + n;
    }
    // The app id and tier most recently reported for each host.
    for (const r of all<{ host: string | null; appId: unknown; tier: unknown }>(
      `SELECT host, json_extract(json, '$.appId') AS appId, json_extract(json, '$.tier') AS tier
       FROM events WHERE org = ? AND type IN ('ai_app_used', 'prompt_checked') ORDER BY ts`,
    )) {
      const a = app(r.host);
      if (typeof r.appId === 'string' && KEY_RE.test(r.appId)) a.appId = r.appId;
      if (typeof r.tier === 'string' && KEY_RE.test(r.tier)) a.tier = r.tier;
    }
    const org1 = this.db.get(
      `SELECT COUNT(DISTINCT json_extract(json, '$.device')) AS d, COUNT(DISTINCT json_extract(json, '$.user')) AS u, MAX(ts) AS last
       FROM events WHERE org = ?`,
      [org],
    ) as { d: number; u: number; last: string | null } | undefined;
    return {
      totalEvents: total,
      devices: num(org1?.d),
      users: num(org1?.u),
      byType,
      categories,
      apps: [...apps.values()].sort((a, b) => b.events - a.events || String(a.host).localeCompare(String(b.host))),
      lastEventAt: org1?.last ?? null,
    };
  }

  ping(): boolean {
    return (this.db.get('SELECT 1 AS ok') as { ok: number } | undefined)?.ok === 1;
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
