import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePolicyUpdate, generateSigningKeyPair, type SigningKeyPair } from '../../../src/engine/policy';
import { startServer, type RunningServer } from '../../../src/server/server';

const ENROLL = 'enroll-token-123456';
const ADMIN = 'admin-token-abcdef';
let dir: string;
let keys: SigningKeyPair;
let server: RunningServer;
const logs: string[] = [];

const policyJson = (version: number) =>
  JSON.stringify({ version, issuedAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z', orgId: 'acme', apps: { 'claude.ai': { tier: 'blocked' } } }, null, 2);

const auth = (token = ENROLL) => ({ authorization: `Bearer ${token}` });
const event = (over: Record<string, unknown> = {}) => ({ id: randomUUID(), type: 'prompt', ts: '2026-03-01T12:00:00Z', host: 'chatgpt.com', action: 'warn', categories: ['pii'], ...over });
const postEvents = (body: unknown, headers: Record<string, string> = auth()) =>
  fetch(`${server.url}/v1/orgs/acme/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'guard-server-'));
  keys = await generateSigningKeyPair('org-k1');
  writeFileSync(join(dir, 'policy.json'), policyJson(1));
  server = await startServer({
    port: 0,
    dbPath: ':memory:',
    org: { id: 'acme', policyFile: join(dir, 'policy.json'), signingKeyPem: keys.privateKeyPem, kid: keys.kid, enrollmentToken: ENROLL },
    adminToken: ADMIN,
    maxBodyBytes: 64 * 1024,
    log: (l) => logs.push(l),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reference org endpoint', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'ok' });
  });

  it('serves the policy file signed, and the engine verifier accepts it', async () => {
    const res = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const r = await evaluatePolicyUpdate(null, await res.text(), [{ kid: keys.kid, publicKey: keys.publicKey }], Date.parse('2026-03-01T00:00:00Z'), { orgId: 'acme' });
    expect(r).toMatchObject({ ok: true, policy: { version: 1, apps: { 'claude.ai': { tier: 'blocked' } } } });
    // The signature covers the exact file bytes.
    if (r.ok) expect(Buffer.from(r.envelope.payload, 'base64').toString('utf8')).toBe(policyJson(1));
  });

  it('answers 304 to a matching If-None-Match, and re-signs when the file changes', async () => {
    const first = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: auth() });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: { ...auth(), 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    writeFileSync(join(dir, 'policy.json'), policyJson(2) + '\n');
    const changed = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: { ...auth(), 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const r = await evaluatePolicyUpdate(null, await changed.text(), [{ kid: keys.kid, publicKey: keys.publicKey }], Date.now());
    expect(r).toMatchObject({ ok: true, policy: { version: 2 } });
  });

  it('keeps serving the last good policy when the file becomes invalid', async () => {
    writeFileSync(join(dir, 'policy.json'), '{"version": "three"}');
    const res = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: auth() });
    expect(res.status).toBe(200);
    const r = await evaluatePolicyUpdate(null, await res.text(), [{ kid: keys.kid, publicKey: keys.publicKey }], Date.now());
    expect(r).toMatchObject({ ok: true, policy: { version: 2 } });
    expect(logs.join('\n')).toMatch(/refused \(malformed\)/);
    writeFileSync(join(dir, 'policy.json'), policyJson(3));
  });

  it('requires the enrollment token for policy and events; unknown org and route are 404', async () => {
    expect((await fetch(`${server.url}/v1/orgs/acme/policy`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: auth('wrong') })).status).toBe(401);
    expect((await postEvents({ events: [event()] }, {})).status).toBe(401);
    expect((await fetch(`${server.url}/v1/orgs/globex/policy`, { headers: auth() })).status).toBe(404);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1/orgs/acme/policy`, { method: 'DELETE', headers: auth() })).status).toBe(405);
  });

  it('ingests event batches idempotently by id', async () => {
    const a = event();
    const b = event({ host: 'claude.ai', type: 'paste' });
    const first = await postEvents({ events: [a, b] });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0 });
    const retry = await postEvents({ events: [a, b, event()] });
    expect(await retry.json()).toEqual({ accepted: 1, duplicates: 2 });
  });

  it('validates batches: 400 with the path, metadata only, 415 for non-JSON', async () => {
    const bad = await postEvents({ events: [event({ id: 'not-a-uuid' })] });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as unknown).toMatchObject({ error: expect.stringContaining('events.0.id') });
    const content = await postEvents({ events: [event({ prompt: 'my secret prompt' })] });
    expect(content.status).toBe(400);
    expect(await content.text()).toMatch(/metadata only/);
    expect((await postEvents('not json')).status).toBe(400);
    expect((await postEvents({ events: [] })).status).toBe(400);
    const plain = await fetch(`${server.url}/v1/orgs/acme/events`, { method: 'POST', headers: { ...auth(), 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
  });

  it('refuses a body over the size limit with 413 (declared or streamed)', async () => {
    const many = { events: Array.from({ length: 400 }, () => event({ note: 'x'.repeat(200) })) };
    const res = await postEvents(many);
    expect(res.status).toBe(413);
    // Chunked upload without Content-Length: counted while streaming.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v1/orgs/acme/events`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 80; i++) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('serves the inventory only with the admin token', async () => {
    expect((await fetch(`${server.url}/v1/orgs/acme/inventory`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/orgs/acme/inventory`, { headers: auth(ENROLL) })).status).toBe(401);
    const res = await fetch(`${server.url}/v1/orgs/acme/inventory`, { headers: auth(ADMIN) });
    expect(res.status).toBe(200);
    const inv = (await res.json()) as { totalEvents: number; apps: { host: string; events: number; byType: Record<string, number> }[]; byType: Record<string, number> };
    expect(inv.totalEvents).toBe(3);
    expect(inv.byType).toEqual({ prompt: 2, paste: 1 });
    expect(inv.apps).toMatchObject([
      { host: 'chatgpt.com', events: 2, byType: { prompt: 2 } },
      { host: 'claude.ai', events: 1, byType: { paste: 1 } },
    ]);
  });

  it('allows CORS from extension origins only (preflight, exposed ETag), not for the inventory', async () => {
    const origin = 'chrome-extension://nhhimjjkagbbmhcdnhiboomjfcildihk';
    const pre = await fetch(`${server.url}/v1/orgs/acme/policy`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,if-none-match' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/if-none-match/);
    const res = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: { ...auth(), origin } });
    expect(res.headers.get('access-control-expose-headers')).toBe('etag');
    const page = await fetch(`${server.url}/v1/orgs/acme/policy`, { headers: { ...auth(), origin: 'https://evil.example' } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const inv = await fetch(`${server.url}/v1/orgs/acme/inventory`, { headers: { ...auth(ADMIN), origin } });
    expect(inv.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs one line per request, never tokens', () => {
    expect(logs.some((l) => /GET \/v1\/orgs\/acme\/policy 304 \d+ms$/.test(l))).toBe(true);
    expect(logs.join('\n')).not.toContain(ENROLL);
    expect(logs.join('\n')).not.toContain(ADMIN);
  });
});

describe('graceful close', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'guard-server-'));
    writeFileSync(join(dir2, 'policy.json'), policyJson(1));
    const s = await startServer({ port: 0, dbPath: join(dir2, 'db', 'guard.sqlite'), org: { id: 'acme', policyFile: join(dir2, 'policy.json'), signingKeyPem: keys.privateKeyPem, kid: keys.kid, enrollmentToken: ENROLL }, adminToken: ADMIN, log: () => {} });
    // Start a slow upload, close the server mid-way, then finish the upload.
    const inflight = new Promise<number>((resolve, reject) => {
      const req = request(`${s.url}/v1/orgs/acme/events`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(JSON.stringify({ events: [event()] }).slice(0, 20));
      setTimeout(() => {
        void closed;
        req.end(JSON.stringify({ events: [event()] }).slice(20));
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 50));
    const closed = s.close();
    expect(await inflight).toBe(200);
    await closed;
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    rmSync(dir2, { recursive: true, force: true });
  });
});
