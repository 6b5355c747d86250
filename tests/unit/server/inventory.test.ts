import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InventoryEvent } from '../../../src/contracts/events';
import { generateSigningKeyPair } from '../../../src/engine/policy';
import { EventDb } from '../../../src/server/db';
import { INVENTORY_PAGE_CSP } from '../../../src/server/inventory-page';
import { startServer, type RunningServer } from '../../../src/server/server';

const DEV_A = randomUUID();
const DEV_B = randomUUID();
const USER_A = 'a'.repeat(32);
const USER_B = 'b'.repeat(32);

const env = (device: string, user: string | null, ts: string) => ({
  id: randomUUID(),
  ts,
  schemaVersion: 1,
  user,
  device,
  extensionVersion: '0.1.0',
  policyVersion: 3,
  orgId: 'acme',
});
const used = (device: string, user: string | null, host: string, ts: string, tier = 'sanctioned') =>
  InventoryEvent.parse({ ...env(device, user, ts), type: 'ai_app_used', host, appId: host.split('.')[0], tier });
const checked = (device: string, user: string | null, host: string, ts: string, over: Record<string, unknown> = {}) =>
  InventoryEvent.parse({
    ...env(device, user, ts),
    type: 'prompt_checked',
    host,
    tier: 'sanctioned',
    channel: 'typed',
    categories: { pii: 2, credential: 1 },
    rules: ['pii.email'],
    action: 'warn',
    userDecision: 'sent_anyway',
    ...over,
  });

describe('org inventory aggregation (EventDb.inventory)', () => {
  const db = new EventDb(':memory:');
  afterAll(() => db.close());

  beforeAll(() => {
    const at = '2026-03-01T10:00:00.000Z';
    const events = [
      used(DEV_A, USER_A, 'chatgpt.com', '2026-03-01T09:00:00.000Z'),
      used(DEV_B, USER_B, 'chatgpt.com', '2026-03-02T09:00:00.000Z', 'tolerated'),
      checked(DEV_A, USER_A, 'chatgpt.com', at),
      checked(DEV_B, USER_B, 'chatgpt.com', '2026-03-02T11:00:00.000Z', { categories: { pii: 1 }, action: 'block', userDecision: 'cancelled' }),
      checked(DEV_B, null, 'claude.ai', '2026-03-03T08:00:00.000Z', { categories: {}, action: 'monitor', userDecision: 'none', tier: 'tolerated' }),
      InventoryEvent.parse({ ...env(DEV_A, USER_A, at), type: 'policy_applied', version: 3, source: 'endpoint' }),
    ];
    const r = db.insertEvents('acme', events, at);
    expect(r).toEqual({ accepted: 6, duplicates: 0 });
    // A retried batch is stored once; another org's events stay apart.
    expect(db.insertEvents('acme', events.slice(0, 2), at)).toEqual({ accepted: 0, duplicates: 2 });
    db.insertEvents('other', [used(randomUUID(), null, 'gemini.google.com', at)], at);
  });

  it('aggregates per app across devices: visits, prompts, findings, actions, devices, users, first/last seen', () => {
    const inv = db.inventory('acme');
    expect(inv).toMatchObject({ totalEvents: 6, devices: 2, users: 2, categories: { pii: 3, credential: 1 } });
    expect(inv.byType).toEqual({ ai_app_used: 2, prompt_checked: 3, policy_applied: 1 });
    const chatgpt = inv.apps.find((a) => a.host === 'chatgpt.com')!;
    expect(chatgpt).toEqual({
      host: 'chatgpt.com',
      appId: 'chatgpt',
      tier: 'sanctioned', // the most recent report wins
      events: 4,
      byType: { ai_app_used: 2, prompt_checked: 2 },
      visits: 2,
      promptsChecked: 2,
      findings: { pii: 3, credential: 1 },
      actions: { warn: 1, block: 1 },
      userDecisions: { sent_anyway: 1, cancelled: 1 },
      devices: 2,
      users: 2,
      firstSeen: '2026-03-01T09:00:00.000Z',
      lastSeen: '2026-03-02T11:00:00.000Z',
    });
    const claude = inv.apps.find((a) => a.host === 'claude.ai')!;
    expect(claude).toMatchObject({ visits: 0, promptsChecked: 1, findings: {}, actions: { monitor: 1 }, devices: 1, users: 0, tier: 'tolerated' });
    // Events without a host (policy, queue reports) are grouped under host null.
    expect(inv.apps.find((a) => a.host === null)).toMatchObject({ events: 1, byType: { policy_applied: 1 } });
    expect(inv.lastEventAt).toBe('2026-03-03T08:00:00.000Z');
  });

  it('keeps orgs apart and answers an empty inventory for an org without events', () => {
    expect(db.inventory('other')).toMatchObject({ totalEvents: 1, devices: 1, users: 0, apps: [{ host: 'gemini.google.com', visits: 1 }] });
    expect(db.inventory('nobody')).toEqual({ totalEvents: 0, devices: 0, users: 0, byType: {}, categories: {}, apps: [], lastEventAt: null });
  });

  it('ignores malformed metadata (the reference server accepts loose events)', () => {
    const loose = new EventDb(':memory:');
    const ts = '2026-03-01T10:00:00Z';
    loose.insertEvents('acme', [
      { id: randomUUID(), type: 'prompt_checked', ts, host: 'chatgpt.com', categories: ['pii'], action: 'a sentence, not a code' } as never,
      { id: randomUUID(), type: 'prompt_checked', ts, host: 'chatgpt.com', categories: { pii: 'three', 'bad key!': 4, credential: 2 } } as never,
    ], ts);
    const app = loose.inventory('acme').apps[0]!;
    expect(app).toMatchObject({ promptsChecked: 2, findings: { pii: 0, credential: 2 }, actions: {}, devices: 0 });
    loose.close();
  });
});

describe('inventory page', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'guard-inv-'));
    const keys = await generateSigningKeyPair('k1');
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ version: 1, issuedAt: '2026-01-01T00:00:00Z', orgId: 'acme' }));
    server = await startServer({
      port: 0,
      dbPath: ':memory:',
      org: { id: 'acme', policyFile: join(dir, 'policy.json'), signingKeyPem: keys.privateKeyPem, kid: keys.kid, enrollmentToken: 'enroll-token-123456' },
      adminToken: 'admin-token-abcdef',
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a read-only page with a strict CSP and no data or token in it', async () => {
    const res = await fetch(`${server.url}/inventory`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(INVENTORY_PAGE_CSP);
    const html = await res.text();
    expect(html).toContain('data-org="acme"');
    expect(html).toContain('<script type="module" src="/inventory/app.js">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toContain('admin-token-abcdef');
    const js = await fetch(`${server.url}/inventory/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await js.text();
    expect(code).toContain("authorization: 'Bearer ' + token");
    expect(code).toContain('sessionStorage');
    expect(code).not.toContain('innerHTML');
    expect((await fetch(`${server.url}/inventory/app.css`)).status).toBe(200);
    expect((await fetch(`${server.url}/inventory/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/inventory`, { method: 'POST' })).status).toBe(405);
  });

  it('the API the page calls still needs the admin token', async () => {
    expect((await fetch(`${server.url}/v1/orgs/acme/inventory`)).status).toBe(401);
    const ok = await fetch(`${server.url}/v1/orgs/acme/inventory`, { headers: { authorization: 'Bearer admin-token-abcdef' } });
    expect(await ok.json()).toMatchObject({ orgId: 'acme', totalEvents: 0, devices: 0, users: 0, apps: [] });
  });
});
