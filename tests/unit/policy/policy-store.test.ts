import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CACHE_KEY, POLICY_ALARM, PolicyStore, type PolicyStoreDeps } from '../../../src/background/policy-store';
import { browserManagedStorage } from '../../../src/platform/managed-storage';
import { browserAlarms, browserLocalStorage } from '../../../src/platform/local-storage';
import { PolicyStatusSchema } from '../../../src/contracts/policy';
import { NOW, keys, pinned, policyDoc, signed } from './helpers';
import { MAX_ENVELOPE_BYTES } from '../../../src/engine/policy';

/** A fake org endpoint: serves `body` with an ETag, answers 304 to a matching If-None-Match. */
function fakeEndpoint() {
  const state = {
    body: '' as string,
    etag: '"v0"',
    status: 200,
    contentType: 'application/json',
    fail: null as Error | null,
    requests: [] as { url: string; headers: Record<string, string> }[],
  };
  const fetchFn = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    state.requests.push({ url: String(url), headers });
    if (state.fail) throw state.fail;
    if (state.status !== 200) return new Response('nope', { status: state.status });
    if (headers['if-none-match'] === state.etag) return new Response(null, { status: 304, headers: { etag: state.etag } });
    return new Response(state.body, { status: 200, headers: { 'content-type': state.contentType, etag: state.etag } });
  });
  return { state, fetch: fetchFn as unknown as typeof fetch };
}

const ENDPOINT = 'https://guard.acme.test';
let clock = NOW;
const logs: string[] = [];

function makeStore(fetchFn: typeof fetch, over: Partial<PolicyStoreDeps> = {}) {
  return new PolicyStore({
    managed: browserManagedStorage,
    local: browserLocalStorage,
    alarms: browserAlarms,
    fetch: fetchFn,
    now: () => clock,
    random: () => 0.5,
    log: (m) => logs.push(m),
    ...over,
  });
}

async function managedConfig(over: Record<string, unknown> = {}) {
  const all = await keys();
  return { endpoint: ENDPOINT, orgId: 'acme', signingKeys: pinned(all), enrollmentToken: 'enroll-secret-1', failMode: 'closed', ...over };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
async function settle(store: PolicyStore) {
  await store.ready();
  for (let i = 0; i < 5; i++) {
    await flush();
    await store.sync();
  }
}

describe('PolicyStore', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    clock = NOW;
    logs.length = 0;
  });

  it('with nothing configured, runs the built-in default and polls nothing', async () => {
    const ep = fakeEndpoint();
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'default', version: null, endpoint: null, reachable: null, lastError: null });
    expect(ep.state.requests).toHaveLength(0);
    expect(await fakeBrowser.alarms.get(POLICY_ALARM)).toBeUndefined();
    expect(store.decide('chatgpt.com', [{ rule: 'credential.jwt', category: 'credential' }], 'submit').action).toBe('block');
  });

  it('fetches, verifies and caches the endpoint policy; polls on the alarm with If-None-Match', async () => {
    const [k1] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3, refreshMinutes: 10, apps: { 'claude.ai': { tier: 'blocked' } } }), k1!);
    ep.state.etag = '"v3"';
    await fakeBrowser.storage.managed.set(await managedConfig());
    const store = makeStore(ep.fetch);
    const changes: string[] = [];
    store.onChange((s) => changes.push(`${s.source}:${s.version}`));
    await settle(store);

    expect(ep.state.requests[0]).toMatchObject({ url: `${ENDPOINT}/v1/orgs/acme/policy`, headers: { authorization: 'Bearer enroll-secret-1', accept: 'application/json' } });
    const status = PolicyStatusSchema.parse(store.getStatus());
    expect(status).toMatchObject({ source: 'endpoint', version: 3, orgId: 'acme', endpoint: ENDPOINT, reachable: true, lastError: null, lastSync: new Date(NOW).toISOString() });
    expect(changes).toContain('endpoint:3');
    expect(store.decide('claude.ai', [], 'typed')).toMatchObject({ action: 'block', reason: 'app_blocked' });
    expect(await fakeBrowser.storage.local.get(CACHE_KEY)).toHaveProperty([CACHE_KEY, 'etag'], '"v3"');
    const alarm = await fakeBrowser.alarms.get(POLICY_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 10 });

    clock += 11 * 60_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLICY_ALARM, scheduledTime: clock });
    await settle(store);
    const last = ep.state.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v3"');
    expect(store.getStatus()).toMatchObject({ source: 'endpoint', version: 3, lastSync: new Date(clock).toISOString() });
  });

  it('keeps the last good policy when an update is refused, and reports why', async () => {
    const [k1, k2] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus().version).toBe(3);

    const tamper = JSON.parse(await signed(policyDoc({ version: 4 }), k2!)) as { signature: string };
    tamper.signature = (JSON.parse(await signed(policyDoc({ version: 9 }), k2!)) as { signature: string }).signature;
    ep.state.body = JSON.stringify(tamper);
    ep.state.etag = '"v4"';
    await store.sync();
    expect(store.getStatus()).toMatchObject({ source: 'endpoint', version: 3, lastError: { reason: 'bad_signature' } });

    ep.state.body = await signed(policyDoc({ version: 2 }), k1!);
    ep.state.etag = '"v2"';
    await store.sync();
    expect(store.getStatus()).toMatchObject({ version: 3, lastError: { reason: 'older_version' } });

    ep.state.body = await signed(policyDoc({ version: 4 }), k2!);
    ep.state.etag = '"v4b"';
    await store.sync();
    expect(store.getStatus()).toMatchObject({ version: 4, lastError: null });
  });

  it('transport failures: http_error, network_error, wrong_content_type, oversized (last good stays)', async () => {
    const [k1] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const store = makeStore(ep.fetch);
    await settle(store);
    ep.state.etag = '"changed"';

    ep.state.status = 503;
    await store.sync();
    expect(store.getStatus()).toMatchObject({ version: 3, reachable: true, lastError: { reason: 'http_error', message: expect.stringContaining('503') } });
    ep.state.status = 401;
    await store.sync();
    expect(store.getStatus().lastError?.message).toMatch(/enrollment token/);

    ep.state.status = 200;
    ep.state.fail = new TypeError('fetch failed');
    await store.sync();
    expect(store.getStatus()).toMatchObject({ version: 3, reachable: false, lastError: { reason: 'network_error' } });

    ep.state.fail = null;
    ep.state.contentType = 'text/html';
    await store.sync();
    expect(store.getStatus()).toMatchObject({ version: 3, lastError: { reason: 'wrong_content_type' } });

    const big = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }));
    const store2 = makeStore(big as unknown as typeof fetch);
    await settle(store2);
    expect(store2.getStatus()).toMatchObject({ version: 3, lastError: { reason: 'oversized' } });
  });

  it('oversized without Content-Length: stops reading at the limit (streamed body)', async () => {
    const [k1] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const store = makeStore(ep.fetch);
    await settle(store);

    const pulls: number[] = [];
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = vi.fn(async () => {
      const i = pulls.push(0) - 1;
      const body = new ReadableStream<Uint8Array>({
        pull(ctl) {
          pulls[i]!++;
          ctl.enqueue(chunk);
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const store2 = makeStore(endless as unknown as typeof fetch);
    await settle(store2);
    expect(store2.getStatus()).toMatchObject({ version: 3, lastError: { reason: 'oversized' } });
    expect(Math.max(...pulls) * chunk.length).toBeLessThan(MAX_ENVELOPE_BYTES + 4 * chunk.length);
  });

  it('reports pinned key ids, the refresh interval and passed-over sources in the status', async () => {
    const [k1, k2] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3, expiresAt: new Date(NOW + 60_000).toISOString() }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig({ policyRefreshMinutes: 0.5 }));
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus()).toMatchObject({ pinnedKeyIds: [k1!.kid, k2!.kid], refreshMinutes: 0.5, skipped: [] });

    ep.state.fail = new TypeError('offline');
    clock += 2 * 60_000;
    await store.sync();
    expect(store.getStatus()).toMatchObject({ source: 'fail-closed', skipped: [{ source: 'endpoint', reason: 'expired' }] });
  });

  it('a managed-config problem is reported with a stable time (not as a new error on every read)', async () => {
    const ep = fakeEndpoint();
    await fakeBrowser.storage.managed.set({ failMode: 'open', policyRefreshMinutes: 0.01 });
    const store = makeStore(ep.fetch);
    const errors: string[] = [];
    store.onChange((s) => errors.push(s.lastError?.at ?? 'none'));
    await settle(store);
    const first = store.getStatus().lastError;
    clock += 5 * 60_000;
    await fakeBrowser.storage.managed.set({ failMode: 'closed', policyRefreshMinutes: 0.01 });
    await settle(store);
    expect(store.getStatus().lastError).toEqual(first);
    expect(new Set(errors).size).toBe(1);
  });

  it('a restarted worker uses the cache (source cache once stale) and fails closed without any', async () => {
    const [k1] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3, refreshMinutes: 30 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const first = makeStore(ep.fetch);
    await settle(first);
    first.stop();

    ep.state.fail = new TypeError('offline');
    clock += 2 * 3_600_000;
    const restarted = makeStore(ep.fetch);
    await settle(restarted);
    expect(restarted.getStatus()).toMatchObject({ source: 'cache', version: 3, reachable: false, lastError: { reason: 'network_error' } });
    restarted.stop();

    await fakeBrowser.storage.local.remove(CACHE_KEY);
    const fresh = makeStore(ep.fetch);
    await settle(fresh);
    expect(fresh.getStatus().source).toBe('fail-closed');
    expect(fresh.decide('chatgpt.com', [], 'submit')).toMatchObject({ action: 'block', reason: 'app_blocked', coaching: expect.stringMatching(/policy can be loaded/) });
  });

  it('follows live managed changes: org change refuses the cache; key rotation drops policies of removed keys', async () => {
    const [k1, k2] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus().version).toBe(3);

    // Rotation: pin only k2; the endpoint still serves the k1-signed policy.
    await fakeBrowser.storage.managed.set({ signingKeys: pinned([k2!]) });
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'fail-closed', lastError: { reason: 'unknown_key' } });
    expect(await fakeBrowser.storage.local.get(CACHE_KEY)).toEqual({});

    ep.state.body = await signed(policyDoc({ version: 4 }), k2!);
    ep.state.etag = '"v4"';
    await store.sync();
    expect(store.getStatus()).toMatchObject({ source: 'endpoint', version: 4 });

    await fakeBrowser.storage.managed.set({ orgId: 'globex' });
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'fail-closed', orgId: 'globex', lastError: { reason: 'wrong_org' } });
  });

  it('uses the inline managed policy until the endpoint answers', async () => {
    const ep = fakeEndpoint();
    ep.state.fail = new TypeError('offline');
    await fakeBrowser.storage.managed.set(await managedConfig({ inlinePolicy: policyDoc({ version: 1, name: 'bootstrap' }) }));
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'managed-inline', version: 1 });
  });

  it('reports an invalid managed setting without losing the valid ones', async () => {
    const ep = fakeEndpoint();
    await fakeBrowser.storage.managed.set({ failMode: 'open', policyRefreshMinutes: 0.01 });
    const store = makeStore(ep.fetch);
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'default', lastError: { reason: 'managed_config_invalid', message: expect.stringContaining('policyRefreshMinutes') } });
    expect(store.getManaged().config).toEqual({ failMode: 'open' });
  });

  it('at a cold start before Chrome publishes managed storage, keeps the last managed config for a grace period', async () => {
    const [k1] = await keys();
    const ep = fakeEndpoint();
    ep.state.body = await signed(policyDoc({ version: 3 }), k1!);
    await fakeBrowser.storage.managed.set(await managedConfig());
    const first = makeStore(ep.fetch);
    await settle(first);
    first.stop();

    await fakeBrowser.storage.managed.clear();
    let fire: (() => void) | null = null;
    const store = makeStore(ep.fetch, { managedGraceMs: 12_345, setTimeout: (fn, ms) => (ms === 12_345 ? (fire = fn) : 0), clearTimeout: () => {} });
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'endpoint', version: 3 });
    expect(logs.join('\n')).toMatch(/not published yet/);

    // Still empty after the grace period: the admin really removed the configuration.
    fire!();
    await settle(store);
    expect(store.getStatus()).toMatchObject({ source: 'default', endpoint: null });
  });
});
