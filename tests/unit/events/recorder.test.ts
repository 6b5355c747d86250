import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EventRecorder, cleanJustification, summarizeFindings } from '../../../src/background/events/recorder';
import { normalizeHost } from '../../../src/background/events/host';
import { accountDomainOf, pseudonymize } from '../../../src/background/events/identity';
import { EVENT_FLUSH_ALARM, scheduleFlushAlarm, type EventDb } from '../../../src/platform/event-db';
import { EventBatchSchema, type InventoryEvent } from '../../../src/contracts/events';
import { Clock, fakeFetch, testDb } from './helpers';

const KEY = 'org-secret-key-0123456789';
const dbs: EventDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function setup(db = testDb(), clock = new Clock()) {
  dbs.push(db);
  const http = fakeFetch();
  const recorder = new EventRecorder({
    db,
    extensionVersion: '0.1.0',
    now: clock.now,
    configWaitMs: 10,
    queueOptions: { fetch: http.fn, random: () => 0.5, batchSize: 100, scheduleWake: () => undefined },
  });
  return { db, clock, http, recorder };
}

const ORG_CONFIG = { endpoint: 'https://guard.example.com', orgId: 'acme', enrollmentToken: 'tok', identity: 'Ann@Example.com', identityKey: KEY, policyVersion: 7 };

const sentEvents = (http: ReturnType<typeof fakeFetch>): InventoryEvent[] => http.requests.flatMap((r) => EventBatchSchema.parse(r.body).events);

describe('EventRecorder', () => {
  it('builds prompt_checked with categories, counts and rule ids, updates the inventory and queues it', async () => {
    const { recorder, http } = setup();
    recorder.configure(ORG_CONFIG);
    const ev = await recorder.recordPromptChecked({
      host: 'ChatGPT.com',
      channel: 'paste',
      action: 'warn',
      userDecision: 'sent_anyway',
      findings: [
        { rule: 'pii.email', category: 'pii', count: 2 },
        { rule: 'pii.phone', category: 'pii', count: 1 },
        { rule: 'credential.aws_access_key_id', category: 'credential', count: 1 },
      ],
      appId: 'chatgpt',
      tier: 'tolerated',
    });
    expect(ev).toMatchObject({
      type: 'prompt_checked',
      host: 'chatgpt.com',
      appId: 'chatgpt',
      tier: 'tolerated',
      channel: 'paste',
      categories: { pii: 3, credential: 1 },
      rules: ['credential.aws_access_key_id', 'pii.email', 'pii.phone'],
      action: 'warn',
      userDecision: 'sent_anyway',
      schemaVersion: 1,
      extensionVersion: '0.1.0',
      policyVersion: 7,
      orgId: 'acme',
    });
    await recorder.flush();
    expect(sentEvents(http).map((e) => e.id)).toEqual([ev!.id]);
    const snap = await recorder.snapshot();
    expect(snap.apps[0]).toMatchObject({ host: 'chatgpt.com', promptsChecked: 1, overrides: 1, findings: { pii: 3, credential: 1 } });
  });

  it('with no endpoint configured, updates the inventory but queues nothing', async () => {
    const { recorder, db } = setup();
    recorder.configure({ identity: 'a@b.c', identityKey: KEY });
    expect(recorder.delivering()).toBe(false);
    const ev = await recorder.recordPromptChecked({ host: 'claude.ai', channel: 'typed', action: 'block', userDecision: 'none', findings: [{ rule: 'pii.email', category: 'pii', count: 1 }] });
    expect(ev).toBeNull();
    expect(await recorder.recordVisit({ host: 'claude.ai', tier: 'unsanctioned' })).toBeNull();
    expect(await db.outbox.count()).toBe(0);
    const snap = await recorder.snapshot();
    expect(snap.apps[0]).toMatchObject({ host: 'claude.ai', visits: 1, promptsChecked: 1, actions: { block: 1 } });
  });

  it('goes on without configure() after the wait (inventory only)', async () => {
    const { recorder } = setup();
    const ev = await recorder.recordPromptChecked({ host: 'claude.ai', channel: 'typed', action: 'allow', userDecision: 'none', findings: [] });
    expect(ev).toBeNull();
    expect((await recorder.snapshot()).totals.promptsChecked).toBe(1);
  });

  it('keeps the justification unless policy turns it off', async () => {
    const { recorder } = setup();
    recorder.configure(ORG_CONFIG);
    const input = { host: 'claude.ai', channel: 'submit' as const, action: 'justify' as const, userDecision: 'sent_anyway' as const, findings: [], justification: '  Ticket\u0000 #42 approved  ' };
    const on = await recorder.recordPromptChecked(input);
    expect(on).toMatchObject({ justification: 'Ticket  #42 approved' });
    expect(on).not.toHaveProperty('justificationGiven');
    recorder.configure({ settings: { includeJustification: false } });
    const off = await recorder.recordPromptChecked(input);
    expect(off).not.toHaveProperty('justification');
    expect(off).toMatchObject({ justificationGiven: true });
    expect(cleanJustification('x'.repeat(900))).toHaveLength(500);
    expect(cleanJustification('   ')).toBeNull();
  });

  it('drops rule ids when policy says so, and rule ids that are not identifiers', () => {
    expect(summarizeFindings([{ rule: 'custom.my rule with spaces', category: 'custom', count: 2 }])).toEqual({ categories: { custom: 2 }, rules: [] });
  });

  it('pseudonymizes the user with HMAC-SHA-256 (org key), 32 hex chars, and never without a key', async () => {
    const expected = createHmac('sha256', KEY).update('ann@example.com').digest('hex').slice(0, 32);
    expect(await pseudonymize(' Ann@Example.com ', KEY)).toBe(expected);
    expect(await pseudonymize('ann@example.com', null)).toBeNull();
    expect(await pseudonymize('ann@example.com', 'short')).toBeNull();
    const { recorder } = setup();
    recorder.configure(ORG_CONFIG);
    const ev = await recorder.recordPolicyRefused({ version: 9, source: 'endpoint', reason: 'bad_signature' });
    expect(ev!.user).toBe(expected);
    recorder.configure({ settings: { includeUser: false } });
    expect((await recorder.recordPolicyRefused({ version: null, source: 'managed', reason: 'Invalid Schema!' }))).toMatchObject({ user: null, reason: 'invalid_schema', version: null });
  });

  it('keeps one device id per database across restarts', async () => {
    const name = `device-${Math.random()}`;
    const a = setup(testDb(name));
    a.recorder.configure(ORG_CONFIG);
    const e1 = await a.recorder.recordPolicyApplied({ version: 8, source: 'managed', previousVersion: 7 });
    const b = setup(testDb(name));
    b.recorder.configure(ORG_CONFIG);
    const e2 = await b.recorder.recordPolicyApplied({ version: 8, source: 'managed' });
    expect(e1!.device).toBe(e2!.device);
    expect(e1!.id).not.toBe(e2!.id);
    expect(e1).toMatchObject({ policyVersion: 8, version: 8, previousVersion: 7, source: 'managed' });
    const c = setup();
    c.recorder.configure(ORG_CONFIG);
    expect((await c.recorder.recordPolicyApplied({ version: 1, source: 'builtin' }))!.device).not.toBe(e1!.device);
  });

  it('sends ai_app_used at most once per host per interval, with the account domain only', async () => {
    const { recorder, clock } = setup();
    recorder.configure(ORG_CONFIG);
    const first = await recorder.recordVisit({ host: 'claude.ai', appId: 'claude', tier: 'tolerated', account: 'Bob@Corp.Example' });
    expect(first).toMatchObject({ type: 'ai_app_used', host: 'claude.ai', appId: 'claude', tier: 'tolerated', accountDomain: 'corp.example' });
    expect(JSON.stringify(first)).not.toMatch(/bob/i);
    expect(await recorder.recordVisit({ host: 'claude.ai', tier: 'tolerated' })).toBeNull();
    expect(await recorder.recordVisit({ host: 'gemini.google.com', tier: 'unsanctioned' })).not.toBeNull();
    clock.advance(60 * 60_000);
    expect(await recorder.recordVisit({ host: 'claude.ai', tier: 'tolerated' })).not.toBeNull();
    recorder.configure({ settings: { includeAccountDomain: false } });
    clock.advance(60 * 60_000);
    expect(await recorder.recordVisit({ host: 'claude.ai', tier: 'tolerated', account: 'bob@corp.example' })).not.toHaveProperty('accountDomain');
    expect((await recorder.snapshot()).apps.find((a) => a.host === 'claude.ai')!.visits).toBe(4);
  });

  it('sends protection_status when it changes, else once per interval', async () => {
    const { recorder } = setup();
    recorder.configure(ORG_CONFIG);
    const s = { host: 'chatgpt.com', adapterId: 'chatgpt', interceptionAlive: true, scanner: 'worker' as const };
    expect(await recorder.recordProtectionStatus(s)).toMatchObject({ type: 'protection_status', adapterId: 'chatgpt' });
    expect(await recorder.recordProtectionStatus(s)).toBeNull();
    expect(await recorder.recordProtectionStatus({ ...s, scanner: 'background' })).toMatchObject({ scanner: 'background' });
  });

  it('ignores hosts that are not hosts and strips URLs to hosts', async () => {
    expect(normalizeHost('https://chat.openai.com/c/123?q=secret')).toBe('chat.openai.com');
    expect(normalizeHost('Claude.AI.')).toBe('claude.ai');
    expect(normalizeHost('localhost:3000')).toBe('localhost');
    expect(normalizeHost('not a host')).toBeNull();
    expect(accountDomainOf('x@Example.org')).toBe('example.org');
    const { recorder } = setup();
    recorder.configure(ORG_CONFIG);
    expect(await recorder.recordPromptChecked({ host: 'bad host', channel: 'typed', action: 'allow', userDecision: 'none', findings: [] })).toBeNull();
  });

  it('reports queue overflow with the recorder envelope', async () => {
    const { recorder, http } = setup();
    recorder.configure({ ...ORG_CONFIG, maxQueuedEvents: 1 });
    await recorder.recordVisit({ host: 'claude.ai', tier: 'tolerated' });
    await recorder.recordPolicyApplied({ version: 8, source: 'endpoint' });
    await recorder.flush();
    const [report] = sentEvents(http);
    expect(report).toMatchObject({ type: 'queue_overflow', dropped: { ai_app_used: 1 }, orgId: 'acme', policyVersion: 8, extensionVersion: '0.1.0' });
  });
});

describe('flush alarm', () => {
  it('keeps an earlier alarm and moves a later one forward', async () => {
    fakeBrowser.reset();
    const now = Date.now();
    await scheduleFlushAlarm(now + 120_000);
    expect((await fakeBrowser.alarms.get(EVENT_FLUSH_ALARM))!.scheduledTime).toBe(now + 120_000);
    await scheduleFlushAlarm(now + 300_000);
    expect((await fakeBrowser.alarms.get(EVENT_FLUSH_ALARM))!.scheduledTime).toBe(now + 120_000);
    await scheduleFlushAlarm(now + 60_000);
    expect((await fakeBrowser.alarms.get(EVENT_FLUSH_ALARM))!.scheduledTime).toBe(now + 60_000);
  });
});
