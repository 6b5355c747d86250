import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingSummary } from '../../../src/contracts/messages';
import { CompiledScanner } from '../../../src/engine/scan';
import { PII_RULES } from '../../../src/engine/rules/pii';
import { FINANCIAL_RULES } from '../../../src/engine/rules/financial';
import { toCsv, toJson } from '../../../src/engine/inventory-export';
import { EventRecorder } from '../../../src/background/events/recorder';
import type { EventDb } from '../../../src/platform/event-db';
import { Clock, fakeFetch, testDb } from './helpers';

/**
 * The promise, proven: whatever a prompt contained, nothing derived from its sensitive values
 * reaches the queue, the org endpoint, the OTLP collector, the inventory or its exports — not the
 * value, not its masked preview, not a hash, base64 or URL encoding of it.
 */

function iban(cc: string, bban: string): string {
  const digits = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return cc + String(98 - r).padStart(2, '0') + bban;
}

const CANARY = {
  email: 'jane.canary@example-corp.test',
  iban: iban('DE', '500105175407324931'),
  card: '4111 1111 1111 1111',
  awsKeyId: 'AKIAZ7QF3XKJ2M4PLW9T',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1',
};
const PROMPT = [
  'Hi, please debug this for me.',
  `My email is ${CANARY.email} and my IBAN is ${CANARY.iban}.`,
  `aws_access_key_id = ${CANARY.awsKeyId}`,
  `aws_secret_access_key = ${CANARY.awsSecret}`,
  `card ${CANARY.card}`,
].join('\n');

/** Every form of a canary value that must not appear anywhere. */
function forbiddenForms(value: string): string[] {
  const variants = new Set([value, value.toLowerCase(), value.replace(/\s+/g, ''), value.toUpperCase()]);
  const out = new Set<string>();
  for (const v of variants) {
    out.add(v);
    for (const alg of ['sha256', 'sha1', 'md5']) {
      const h = createHash(alg).update(v, 'utf8');
      const digest = h.digest();
      out.add(digest.toString('hex'));
      out.add(digest.toString('base64'));
      out.add(digest.toString('base64url'));
    }
    out.add(Buffer.from(v).toString('base64'));
    out.add(Buffer.from(v).toString('base64url'));
    out.add(encodeURIComponent(v));
    out.add(encodeURI(v));
  }
  // A distinctive middle slice too (catches partial copies and truncated hashes' sources).
  const compact = value.replace(/\s+/g, '');
  out.add(compact.slice(2, compact.length - 2));
  return [...out].filter((s) => s.length >= 8);
}

function assertClean(label: string, haystack: string, forms: readonly { canary: string; form: string }[]): void {
  const lower = haystack.toLowerCase();
  for (const { canary, form } of forms) {
    const hit = haystack.includes(form) || (/^[0-9a-f]+$/i.test(form) && lower.includes(form.toLowerCase()));
    expect(hit, `${label} contains a form of the ${canary} canary: ${form}`).toBe(false);
  }
}

const dbs: EventDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('privacy: no prompt content leaves the scanner', () => {
  it('queue rows, org batches, OTLP bodies, inventory and exports carry no canary value in any form', async () => {
    // 1. Scan the canary prompt as the content script would, and keep only what crosses to the
    //    background: summaries (rule, category, count). Add the credential finding by hand so the
    //    test does not depend on which credential rules exist.
    const scanner = new CompiledScanner([...PII_RULES, ...FINANCIAL_RULES]);
    const findings = scanner.scan(PROMPT);
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['pii', 'financial']));
    const previews = findings.map((f) => f.preview);
    const summaries: FindingSummary[] = [
      ...findings.map((f) => ({ rule: f.rule, category: f.category, count: 1 })),
      { rule: 'credential.aws_access_key_id', category: 'credential', count: 1 },
      { rule: 'credential.aws_secret_access_key', category: 'credential', count: 1 },
    ];
    // A careless caller that passes whole findings (with previews, offsets and even the value)
    // must not leak either: the recorder copies only rule, category and count.
    const careless = findings.map((f) => ({ ...f, count: 1, value: PROMPT.slice(f.start, f.end), text: PROMPT })) as unknown as FindingSummary[];

    // 2. Record through the real recorder, with both sinks on.
    const db = testDb();
    dbs.push(db);
    const clock = new Clock();
    const http = fakeFetch((_r, i) => (i === 0 ? { status: 503 } : { status: 200 })); // one retry path too
    const recorder = new EventRecorder({
      db,
      extensionVersion: '0.1.0',
      now: clock.now,
      queueOptions: { fetch: http.fn, random: () => 0, batchSize: 100, maxEvents: 3, scheduleWake: () => undefined },
    });
    recorder.configure({
      endpoint: 'https://guard.example.com',
      orgId: 'acme',
      enrollmentToken: 'tok',
      otlp: { endpoint: 'https://otel.example.com' },
      identity: 'employee@example-corp.test',
      identityKey: 'org-secret-key-0123456789',
      policyVersion: 4,
    });
    const visit = await recorder.recordVisit({ host: 'chatgpt.com', appId: 'chatgpt', tier: 'tolerated', account: 'employee@example-corp.test' });
    expect(visit).toMatchObject({ accountDomain: 'example-corp.test' }); // the domain, not the address
    await recorder.recordProtectionStatus({ host: 'chatgpt.com', adapterId: 'chatgpt', interceptionAlive: true, scanner: 'worker' });
    for (const [channel, action, userDecision] of [
      ['paste', 'warn', 'sent_anyway'],
      ['typed', 'redact', 'redacted'],
      ['submit', 'block', 'cancelled'],
      ['file', 'justify', 'sent_anyway'],
    ] as const) {
      await recorder.recordPromptChecked({
        host: 'https://chatgpt.com/c/123?q=' + encodeURIComponent(CANARY.email),
        channel,
        action,
        userDecision,
        findings: channel === 'file' ? careless : summaries,
        justification: action === 'justify' ? 'Support ticket 4711, approved by my manager' : undefined,
        appId: 'chatgpt',
        tier: 'tolerated',
      });
    }
    // Serialized queue state before delivery (including overflow bookkeeping: maxEvents 3).
    const queueDump = JSON.stringify({ outbox: await db.outbox.toArray(), sinkState: await db.sinkState.toArray(), meta: await db.meta.toArray() });
    expect(queueDump).toContain('prompt_checked'); // the dump is real

    await recorder.flush(); // 503 for the first sink attempt
    clock.advance(10 * 60_000);
    await recorder.flush();
    const orgBodies = http.requests.filter((r) => r.url.includes('/v1/orgs/')).map((r) => r.raw);
    const otlpBodies = http.requests.filter((r) => r.url.endsWith('/v1/logs')).map((r) => r.raw);
    expect(orgBodies.length).toBeGreaterThan(0);
    expect(otlpBodies.length).toBeGreaterThan(0);
    expect(orgBodies.join('')).toContain('"categories"');

    const snapshot = await recorder.snapshot();
    expect(snapshot.totals.promptsChecked).toBe(4);
    const wholeDb = JSON.stringify({
      outbox: await db.outbox.toArray(),
      sinkState: await db.sinkState.toArray(),
      meta: await db.meta.toArray(),
      apps: await db.apps.toArray(),
      daily: await db.daily.toArray(),
      recent: await db.recent.toArray(),
    });

    // 3. Look for every canary in every form, everywhere.
    const forms = Object.entries(CANARY).flatMap(([canary, value]) => forbiddenForms(value).map((form) => ({ canary, form })));
    for (const p of previews) forms.push({ canary: 'masked preview', form: p });
    forms.push({ canary: 'identity', form: 'employee@example-corp.test' });
    forms.push(...forbiddenForms('employee@example-corp.test').map((form) => ({ canary: 'identity', form })));
    const haystacks: Record<string, string> = {
      'queue rows': queueDump,
      'org batch bodies': orgBodies.join('\n'),
      'OTLP bodies': otlpBodies.join('\n'),
      'inventory snapshot': JSON.stringify(snapshot),
      'CSV apps': toCsv(snapshot, 'apps'),
      'CSV recent': toCsv(snapshot, 'recent'),
      'CSV daily': toCsv(snapshot, 'daily'),
      'JSON export': toJson(snapshot),
      'whole database': wholeDb,
    };
    for (const [label, text] of Object.entries(haystacks)) {
      assertClean(label, text, forms);
      expect(text).not.toContain('?q=');
      expect(text).not.toContain('/c/123');
      expect(text).not.toContain('debug this');
    }
    // What does go out: categories, counts, rule ids, loss reports.
    expect(orgBodies.join('')).toContain('"type":"queue_overflow"');
    expect(orgBodies.join('')).toContain('credential.aws_access_key_id');
  });
});
