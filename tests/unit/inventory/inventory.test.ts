import { afterEach, describe, expect, it } from 'vitest';
import { Inventory, lastLocalDays, localDay } from '../../../src/background/inventory/inventory';
import { InventorySnapshotSchema } from '../../../src/contracts/events';
import type { EventDb } from '../../../src/platform/event-db';
import { Clock, testDb } from '../events/helpers';

const DAY = 86_400_000;
const dbs: EventDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function setup(opts: { recentLimit?: number } = {}) {
  const clock = new Clock(new Date(2025, 2, 10, 14, 0, 0).getTime()); // local time
  const db = testDb();
  dbs.push(db);
  return { clock, db, inv: new Inventory({ db, now: clock.now, ...opts }) };
}

const outcome = (over: Partial<Parameters<Inventory['recordOutcome']>[1]> = {}) => ({
  channel: 'typed' as const,
  action: 'warn' as const,
  userDecision: 'none' as const,
  findings: [{ rule: 'pii.email', category: 'pii' as const, count: 2 }],
  ...over,
});

describe('Inventory', () => {
  it('aggregates per app: tier, first/last seen, visits, prompts, findings, actions, overrides', async () => {
    const { inv, clock } = setup();
    const t0 = clock.t;
    await inv.recordVisit('chatgpt.com', 'chatgpt', 'tolerated');
    clock.advance(60_000);
    await inv.recordOutcome('chatgpt.com', outcome({ userDecision: 'sent_anyway' }));
    clock.advance(60_000);
    await inv.recordOutcome('chatgpt.com', outcome({ action: 'block', findings: [{ rule: 'credential.aws', category: 'credential', count: 1 }, { rule: 'pii.iban', category: 'pii', count: 1 }] }));
    clock.advance(60_000);
    await inv.recordVisit('claude.ai', 'claude', 'unsanctioned');
    const snap = await inv.snapshot();
    expect(InventorySnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.apps.map((a) => a.host)).toEqual(['claude.ai', 'chatgpt.com']); // last seen first
    expect(snap.apps[1]).toEqual({
      host: 'chatgpt.com',
      appId: 'chatgpt',
      tier: 'tolerated',
      firstSeen: new Date(t0).toISOString(),
      lastSeen: new Date(t0 + 120_000).toISOString(),
      visits: 1,
      promptsChecked: 2,
      findings: { pii: 3, credential: 1 },
      actions: { warn: 1, block: 1 },
      overrides: 1,
    });
    expect(snap.categories).toEqual({ credential: 1, financial: 0, pii: 3, source_code: 0, confidential: 0, custom: 0 });
    expect(snap.totals).toEqual({ apps: 2, visits: 2, promptsChecked: 2, findings: 4, overrides: 1 });
    expect(snap.recent.map((r) => r.action)).toEqual(['block', 'warn']); // newest first
    expect(snap.recent[0]).toEqual({ time: new Date(t0 + 120_000).toISOString(), host: 'chatgpt.com', channel: 'typed', action: 'block', userDecision: 'none', categories: ['credential', 'pii'] });
  });

  it('keeps a 30-day local daily series, zero-filled, oldest first', async () => {
    const { inv, clock } = setup();
    await inv.recordOutcome('claude.ai', outcome({ action: 'block' }));
    clock.advance(DAY);
    await inv.recordVisit('claude.ai', null, 'tolerated');
    await inv.recordOutcome('claude.ai', outcome({ userDecision: 'redacted', action: 'redact' }));
    await inv.recordOutcome('claude.ai', outcome({ userDecision: 'sent_anyway' }));
    const snap = await inv.snapshot();
    expect(snap.daily).toHaveLength(30);
    expect(snap.daily.at(-1)).toEqual({ day: '2025-03-11', visits: 1, promptsChecked: 2, findings: 4, blocked: 0, redacted: 1, warned: 1, overrides: 1 });
    expect(snap.daily.at(-2)).toMatchObject({ day: '2025-03-10', promptsChecked: 1, blocked: 1, warned: 0 });
    expect(snap.daily[0]).toMatchObject({ day: '2025-02-10', visits: 0, promptsChecked: 0 });
  });

  it('computes local days across month ends and DST changes', () => {
    expect(localDay(new Date(2025, 0, 31, 23, 59).getTime())).toBe('2025-01-31');
    const days = lastLocalDays(new Date(2025, 2, 31, 0, 30).getTime(), 40);
    expect(days).toHaveLength(40);
    expect(new Set(days).size).toBe(40);
    expect(days.at(-1)).toBe('2025-03-31');
    expect(days[0]).toBe('2025-02-20');
  });

  it('keeps the last 50 outcomes', async () => {
    const { inv, clock } = setup();
    for (let i = 0; i < 55; i++) {
      clock.advance(1000);
      await inv.recordOutcome('claude.ai', outcome());
    }
    const snap = await inv.snapshot();
    expect(snap.recent).toHaveLength(50);
    expect(snap.recent[0]!.time).toBe(new Date(clock.t).toISOString());
  });

  it('prunes daily rows older than 90 days', async () => {
    const { inv, clock, db } = setup();
    await inv.recordVisit('claude.ai', null, 'tolerated');
    clock.advance(89 * DAY);
    await inv.recordVisit('claude.ai', null, 'tolerated');
    expect(await db.daily.count()).toBe(2);
    clock.advance(2 * DAY);
    await inv.recordVisit('claude.ai', null, 'tolerated');
    expect((await db.daily.toArray()).map((d) => d.day)).toEqual([localDay(clock.t - 2 * DAY), localDay(clock.t)]);
  });

  it('stores hosts only and refuses things that are not hosts', async () => {
    const { inv, db } = setup();
    expect(await inv.recordVisit('https://chatgpt.com/c/abc?x=secret', null, 'tolerated')).toBe(true);
    expect(await inv.recordVisit('not a host', null, 'tolerated')).toBe(false);
    expect((await db.apps.toArray()).map((a) => a.host)).toEqual(['chatgpt.com']);
  });

  it('clears everything', async () => {
    const { inv } = setup();
    await inv.recordOutcome('claude.ai', outcome());
    await inv.clear();
    const snap = await inv.snapshot();
    expect(snap.apps).toEqual([]);
    expect(snap.recent).toEqual([]);
  });
});
