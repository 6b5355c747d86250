import { CATEGORIES } from '../contracts/findings';
import type { InventorySnapshot } from '../contracts/events';

/**
 * Evidence exports of the local inventory snapshot (pure; the popup offers them as downloads).
 *
 * CSV follows RFC 4180 (comma, CRLF, fields with `"`, `,`, CR or LF quoted, quotes doubled) and
 * guards against formula injection when opened in a spreadsheet: a text cell that starts with
 * `=`, `+`, `-`, `@`, TAB or CR gets a leading `'` (OWASP "CSV injection"). Hosts and ids are
 * validated upstream, but the guard does not rely on that.
 */

export type CsvTable = 'apps' | 'recent' | 'daily';
export type CsvCell = string | number | boolean | null | undefined;

const ACTIONS = ['allow', 'monitor', 'warn', 'justify', 'redact', 'block'] as const;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula guard, then RFC 4180 quoting. Numbers are written as is. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** CSV of one table of the snapshot: `apps` (default), `recent` outcomes, or `daily` counts. */
export function toCsv(snapshot: InventorySnapshot, table: CsvTable = 'apps'): string {
  switch (table) {
    case 'apps':
      return csvRows([
        [
          'host',
          'app_id',
          'tier',
          'first_seen',
          'last_seen',
          'visits',
          'prompts_checked',
          ...CATEGORIES.map((c) => `findings_${c}`),
          ...ACTIONS.map((a) => `action_${a}`),
          'sent_anyway',
        ],
        ...snapshot.apps.map((a) => [
          a.host,
          a.appId,
          a.tier,
          a.firstSeen,
          a.lastSeen,
          a.visits,
          a.promptsChecked,
          ...CATEGORIES.map((c) => a.findings[c] ?? 0),
          ...ACTIONS.map((x) => a.actions[x] ?? 0),
          a.overrides,
        ]),
      ]);
    case 'recent':
      return csvRows([
        ['time', 'host', 'channel', 'action', 'user_decision', 'categories'],
        ...snapshot.recent.map((r) => [r.time, r.host, r.channel, r.action, r.userDecision, r.categories.join(' ')]),
      ]);
    case 'daily':
      return csvRows([
        ['day', 'visits', 'prompts_checked', 'findings', 'blocked', 'redacted', 'warned', 'sent_anyway'],
        ...snapshot.daily.map((d) => [d.day, d.visits, d.promptsChecked, d.findings, d.blocked, d.redacted, d.warned, d.overrides]),
      ]);
  }
}

export const INVENTORY_EXPORT_FORMAT = 'shadow-ai-guard/inventory';
export const INVENTORY_EXPORT_VERSION = 1;

/** Pretty JSON of the whole snapshot with a format header. */
export function toJson(snapshot: InventorySnapshot): string {
  return JSON.stringify({ format: INVENTORY_EXPORT_FORMAT, version: INVENTORY_EXPORT_VERSION, ...snapshot }, null, 2) + '\n';
}
