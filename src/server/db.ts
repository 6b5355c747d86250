import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type * as Sqlite from 'node-sqlite3-wasm';
import type { EventEnvelope } from './events';

// A CommonJS (Emscripten) module: load it with require so its exports are found under ESM too.
const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof Sqlite;

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

  /** Aggregate counts per app (host) and event type. */
  inventory(org: string): { totalEvents: number; apps: { host: string | null; events: number; byType: Record<string, number> }[]; byType: Record<string, number>; lastEventAt: string | null } {
    const rows = this.db.all('SELECT host, type, COUNT(*) AS n FROM events WHERE org = ? GROUP BY host, type ORDER BY host, type', [org]) as { host: string | null; type: string; n: number }[];
    const apps = new Map<string | null, { host: string | null; events: number; byType: Record<string, number> }>();
    const byType: Record<string, number> = {};
    let total = 0;
    for (const r of rows) {
      const n = Number(r.n);
      total += n;
      byType[r.type] = (byType[r.type] ?? 0) + n;
      const app = apps.get(r.host) ?? { host: r.host, events: 0, byType: {} };
      app.events += n;
      app.byType[r.type] = n;
      apps.set(r.host, app);
    }
    const last = this.db.get('SELECT MAX(ts) AS last FROM events WHERE org = ?', [org]) as { last: string | null } | undefined;
    return { totalEvents: total, apps: [...apps.values()].sort((a, b) => b.events - a.events), byType, lastEventAt: last?.last ?? null };
  }

  ping(): boolean {
    return (this.db.get('SELECT 1 AS ok') as { ok: number } | undefined)?.ok === 1;
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
