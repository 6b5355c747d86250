import { describe, expect, it } from 'vitest';
import { EndpointUrlSchema, ManagedConfigSchema, parseManagedConfig } from '../../../src/contracts/managed-config';

describe('managed configuration', () => {
  it('accepts https endpoints, and http only on loopback', () => {
    for (const ok of ['https://guard.example.com', 'https://guard.example.com/base', 'http://127.0.0.1:8787', 'http://localhost:8787']) expect(EndpointUrlSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['http://guard.example.com', 'ftp://x', 'not a url', 'https://user:pw@x.com', 'https://x.com/?a=1', 'http://127.0.0.2.nip.io']) expect(EndpointUrlSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('every field is optional (an admin may set only failMode)', () => {
    expect(ManagedConfigSchema.parse({})).toEqual({});
    expect(parseManagedConfig({ orgId: 'acme-e2e', failMode: 'open' })).toEqual({ config: { orgId: 'acme-e2e', failMode: 'open' }, issues: [] });
  });

  it('keeps the valid fields of a partly invalid config and reports the rest', () => {
    const { config, issues } = parseManagedConfig({
      endpoint: 'https://guard.example.com',
      signingKeys: [{ kid: 'k1', publicKey: 'A'.repeat(43) + '=' }],
      policyRefreshMinutes: 0.1,
      colour: 'blue',
    });
    expect(config).toEqual({ endpoint: 'https://guard.example.com', signingKeys: [{ kid: 'k1', publicKey: 'A'.repeat(43) + '=' }] });
    expect(issues.map((i) => i.path)).toEqual(['policyRefreshMinutes', 'colour']);
  });

  it('rejects a public key that is not 32 raw bytes', () => {
    const { issues } = parseManagedConfig({ signingKeys: [{ kid: 'k1', publicKey: 'AAAA' }] });
    expect(issues[0]?.path).toBe('signingKeys.0.publicKey');
  });

  it('tolerates absent or non-object managed storage', () => {
    expect(parseManagedConfig(undefined).config).toEqual({});
    expect(parseManagedConfig('x').issues).toHaveLength(1);
  });
});

describe('policy event settings', () => {
  it('cover every field of the events contract, with the same defaults', async () => {
    const { EventSettingsSchema: PolicyEvents } = await import('../../../src/contracts/policy');
    const { EventSettingsSchema: Events } = await import('../../../src/contracts/events');
    const ours = PolicyEvents.parse({}) as Record<string, unknown>;
    const theirs = Events.parse({}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(theirs)) expect(ours[k], k).toEqual(v);
  });
});
