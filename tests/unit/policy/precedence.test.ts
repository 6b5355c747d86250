import { describe, expect, it } from 'vitest';
import { PolicyDocumentSchema } from '../../../src/contracts/policy';
import { parseManagedConfig, type ManagedConfig } from '../../../src/contracts/managed-config';
import { DEFAULT_POLICY, FAIL_CLOSED_POLICY, choosePolicy, evaluatePolicyUpdate, type AcceptedPolicy } from '../../../src/engine/policy';
import { NOW, keys, pinned, policyDoc, signed } from './helpers';

const HOUR = 3_600_000;

async function endpointPolicy(over = {}): Promise<AcceptedPolicy> {
  const all = await keys();
  const r = await evaluatePolicyUpdate(null, await signed(policyDoc({ version: 9, refreshMinutes: 60, ...over }), all[0]!), pinned(all), NOW);
  if (!r.ok) throw new Error(r.message);
  return r;
}
const inline = PolicyDocumentSchema.parse(policyDoc({ version: 2, name: 'inline' }));
const withEndpoint: ManagedConfig = { endpoint: 'https://guard.acme.test', orgId: 'acme', inlinePolicy: inline };

describe('choosePolicy precedence', () => {
  it('nothing configured → built-in default', () => {
    expect(choosePolicy({ managed: {}, endpoint: null, now: NOW })).toMatchObject({ source: 'default', policy: DEFAULT_POLICY });
    expect(choosePolicy({ managed: { failMode: 'closed' }, endpoint: null, now: NOW }).source).toBe('default');
  });

  it('inline policy without endpoint → managed-inline', () => {
    expect(choosePolicy({ managed: { inlinePolicy: inline }, endpoint: null, now: NOW })).toMatchObject({ source: 'managed-inline', policy: { name: 'inline' } });
  });

  it('a verified endpoint policy beats the inline policy; confirmed recently → endpoint, else cache', async () => {
    const ep = await endpointPolicy();
    expect(choosePolicy({ managed: withEndpoint, endpoint: { ...ep, confirmedAt: NOW - HOUR }, now: NOW })).toMatchObject({ source: 'endpoint', policy: { version: 9 } });
    expect(choosePolicy({ managed: withEndpoint, endpoint: { ...ep, confirmedAt: NOW - 3 * HOUR }, now: NOW }).source).toBe('cache');
    expect(choosePolicy({ managed: withEndpoint, endpoint: { ...ep, confirmedAt: null }, now: NOW }).source).toBe('cache');
    // a managed refresh override shortens the staleness window
    expect(choosePolicy({ managed: { ...withEndpoint, policyRefreshMinutes: 1 }, endpoint: { ...ep, confirmedAt: NOW - 5 * 60_000 }, now: NOW }).source).toBe('cache');
  });

  it('the inline policy bootstraps until the endpoint answers', () => {
    expect(choosePolicy({ managed: withEndpoint, endpoint: null, now: NOW })).toMatchObject({ source: 'managed-inline' });
  });

  it('an expired cached policy gives way (inline, then fail mode)', async () => {
    const ep = await endpointPolicy({ expiresAt: '2026-03-02T00:00:00Z' });
    const later = Date.parse('2026-03-03T00:00:00Z');
    const r = choosePolicy({ managed: withEndpoint, endpoint: { ...ep, confirmedAt: later - HOUR }, now: later });
    expect(r.source).toBe('managed-inline');
    expect(r.skipped[0]).toMatchObject({ source: 'endpoint', reason: 'expired' });
  });

  it('a cached policy of another org (org changed in managed storage) is not used', async () => {
    const ep = await endpointPolicy();
    const r = choosePolicy({ managed: { endpoint: 'https://g.test', orgId: 'globex', failMode: 'closed' }, endpoint: { ...ep, confirmedAt: NOW }, now: NOW });
    expect(r).toMatchObject({ source: 'fail-closed', policy: FAIL_CLOSED_POLICY });
    expect(r.skipped[0]?.reason).toBe('wrong_org');
  });

  it('the cache is ignored once the endpoint is removed from managed storage', async () => {
    const ep = await endpointPolicy();
    expect(choosePolicy({ managed: { orgId: 'acme' }, endpoint: { ...ep, confirmedAt: NOW }, now: NOW }).source).toBe('default');
  });

  it('endpoint configured, nothing valid: fail mode closed → fail-closed, open (or unset) → default', () => {
    const managed = { endpoint: 'https://g.test', orgId: 'acme' };
    expect(choosePolicy({ managed: { ...managed, failMode: 'closed' }, endpoint: null, now: NOW }).source).toBe('fail-closed');
    expect(choosePolicy({ managed: { ...managed, failMode: 'open' }, endpoint: null, now: NOW }).source).toBe('default');
    expect(choosePolicy({ managed, endpoint: null, now: NOW }).source).toBe('default');
  });

  it('an invalid inline policy with fail mode closed fails closed, even without endpoint', () => {
    const { config, issues } = parseManagedConfig({ failMode: 'closed', inlinePolicy: { version: 'one' } });
    expect(issues[0]?.path).toMatch(/^inlinePolicy/);
    const r = choosePolicy({ managed: config, inlinePolicyInvalid: true, endpoint: null, now: NOW });
    expect(r.source).toBe('fail-closed');
    const expired = PolicyDocumentSchema.parse(policyDoc({ expiresAt: '2026-01-01T00:00:00Z' }));
    expect(choosePolicy({ managed: { inlinePolicy: expired, failMode: 'closed' }, endpoint: null, now: NOW }).source).toBe('fail-closed');
    expect(choosePolicy({ managed: { inlinePolicy: expired }, endpoint: null, now: NOW })).toMatchObject({ source: 'default', skipped: [{ reason: 'expired' }] });
  });
});
