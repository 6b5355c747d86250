import { describe, expect, it } from 'vitest';
import { MAX_POLICY_BYTES, POLICY_REFUSAL_REASONS, PolicyDocumentSchema } from '../../../src/contracts/policy';
import { bytesToBase64, evaluatePolicyUpdate, signPolicyJson, utf8, verifyEd25519, type AcceptedPolicy } from '../../../src/engine/policy';
import { NOW, keys, pinned, policyDoc, signed } from './helpers';

async function accepted(version = 5): Promise<AcceptedPolicy> {
  const [k1] = await keys();
  const r = await evaluatePolicyUpdate(null, await signed(policyDoc({ version }), k1!), pinned(await keys()), NOW);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('evaluatePolicyUpdate', () => {
  it('accepts a newer policy signed by a pinned key, from text or an envelope object', async () => {
    const [k1, k2] = await keys();
    const current = await accepted(5);
    const r = await evaluatePolicyUpdate(current, await signed(policyDoc({ version: 6 }), k2!), pinned([k1!, k2!]), NOW, { orgId: 'acme' });
    expect(r).toMatchObject({ ok: true, unchanged: false, policy: { version: 6, orgId: 'acme' } });
    const obj = JSON.parse(await signed(policyDoc({ version: 7 }), k1!)) as unknown;
    expect(await evaluatePolicyUpdate(current, obj, pinned([k1!]), NOW)).toMatchObject({ ok: true, policy: { version: 7 } });
  });

  it('the same version with the same bytes is unchanged', async () => {
    const [k1] = await keys();
    const current = await accepted(5);
    const r = await evaluatePolicyUpdate(current, await signed(policyDoc({ version: 5 }), k1!), pinned([k1!]), NOW);
    expect(r).toMatchObject({ ok: true, unchanged: true });
  });

  it('verifies over the exact bytes (whitespace and key order are whatever was signed)', async () => {
    const [k1] = await keys();
    const text = `{ "orgId":"acme",\n  "version": 9, "issuedAt":"2026-02-28T00:00:00Z" }`;
    const env = await signPolicyJson(text, k1!.privateKeyPem, 'k1');
    expect(await verifyEd25519(k1!.publicKey, utf8(text), env.signature)).toBe(true);
    expect(await evaluatePolicyUpdate(null, env, pinned([k1!]), NOW)).toMatchObject({ ok: true, policy: { version: 9 } });
  });

  const refusals: Record<(typeof POLICY_REFUSAL_REASONS)[number], string> = {
    bad_signature: 'here', unknown_key: 'here', older_version: 'here', expired: 'here', not_yet_valid: 'here', malformed: 'here',
    oversized: 'here', wrong_org: 'here', wrong_content_type: 'policy-store.test.ts', http_error: 'policy-store.test.ts', network_error: 'policy-store.test.ts',
  };
  it('has a test for every refusal reason (transport ones are in policy-store.test.ts)', () => {
    expect(Object.keys(refusals).sort()).toEqual([...POLICY_REFUSAL_REASONS].sort());
  });

  it('bad_signature: a payload altered after signing', async () => {
    const [k1] = await keys();
    const env = JSON.parse(await signed(policyDoc({ version: 6 }), k1!)) as { payload: string };
    env.payload = bytesToBase64(utf8(JSON.stringify(policyDoc({ version: 6, orgId: 'acme', name: 'tampered' }))));
    const r = await evaluatePolicyUpdate(null, JSON.stringify(env), pinned([k1!]), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('bad_signature: a valid signature by another key under a pinned kid', async () => {
    const [k1, k2] = await keys();
    const env = await signPolicyJson(JSON.stringify(policyDoc()), k2!.privateKeyPem, 'k1');
    expect(await evaluatePolicyUpdate(null, env, pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('bad_signature with a clear message when the browser cannot use the pinned key (no WebCrypto Ed25519)', async () => {
    const [k1] = await keys();
    const r = await evaluatePolicyUpdate(null, await signed(policyDoc(), k1!), [{ kid: 'k1', publicKey: bytesToBase64(new Uint8Array(31)) }], NOW);
    expect(r).toMatchObject({ ok: false, reason: 'bad_signature' });
    if (!r.ok) expect(r.message).toMatch(/cannot be used here/);
  });

  it('unknown_key: signed with a key that is not pinned (e.g. removed in a rotation)', async () => {
    const [k1, k2] = await keys();
    const r = await evaluatePolicyUpdate(null, await signed(policyDoc(), k2!), pinned([k1!]), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'unknown_key' });
    if (!r.ok) expect(r.message).toContain('"k2"');
    expect(await evaluatePolicyUpdate(null, await signed(policyDoc(), k2!), [], NOW)).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('older_version: lower, or the same version with different content', async () => {
    const [k1] = await keys();
    const current = await accepted(5);
    expect(await evaluatePolicyUpdate(current, await signed(policyDoc({ version: 4 }), k1!), pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'older_version' });
    const r = await evaluatePolicyUpdate(current, await signed(policyDoc({ version: 5, name: 'changed' }), k1!), pinned([k1!]), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'older_version' });
    if (!r.ok) expect(r.message).toMatch(/higher version/);
  });

  it('expired and not_yet_valid', async () => {
    const [k1] = await keys();
    expect(await evaluatePolicyUpdate(null, await signed(policyDoc({ expiresAt: '2026-03-01T11:59:59Z' }), k1!), pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'expired' });
    expect(await evaluatePolicyUpdate(null, await signed(policyDoc({ issuedAt: '2026-03-01T12:10:00Z' }), k1!), pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'not_yet_valid' });
    // within the clock-skew allowance
    expect(await evaluatePolicyUpdate(null, await signed(policyDoc({ issuedAt: '2026-03-01T12:03:00Z' }), k1!), pinned([k1!]), NOW)).toMatchObject({ ok: true });
  });

  it('malformed: not JSON, bad envelope, bad payload JSON, schema error with its path', async () => {
    const [k1] = await keys();
    const pins = pinned([k1!]);
    const expectMalformed = async (candidate: unknown, pattern: RegExp) => {
      const r = await evaluatePolicyUpdate(null, candidate, pins, NOW);
      expect(r).toMatchObject({ ok: false, reason: 'malformed' });
      if (!r.ok) expect(r.message).toMatch(pattern);
    };
    await expectMalformed('<html>oops</html>', /not JSON/);
    await expectMalformed({ payload: 'AAAA', kid: 'k1', alg: 'RS256', signature: 'x' }, /envelope is malformed at alg/);
    const notJson = await signPolicyJson('version: 5', k1!.privateKeyPem, 'k1');
    await expectMalformed(notJson, /not UTF-8 JSON/);
    const badDoc = await signed(policyDoc({ actions: { default: { categories: { pii: 'shout' as never } } } }), k1!);
    await expectMalformed(badDoc, /at actions\.default\.categories\.pii/);
  });

  it('oversized: a document over the limit is refused before verification', async () => {
    const [k1] = await keys();
    const big = JSON.stringify(policyDoc({ name: 'x'.repeat(100), detectors: { markings: [] }, coaching: { default: 'y'.repeat(1000) } })).replace('}', `,"pad":"${'z'.repeat(MAX_POLICY_BYTES)}"}`);
    const env = await signPolicyJson(big, k1!.privateKeyPem, 'k1');
    expect(await evaluatePolicyUpdate(null, env, pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'oversized' });
    expect(await evaluatePolicyUpdate(null, JSON.stringify(env), pinned([k1!]), NOW)).toMatchObject({ ok: false, reason: 'oversized' });
  });

  it('wrong_org: the policy names another org than the managed config', async () => {
    const [k1] = await keys();
    const r = await evaluatePolicyUpdate(null, await signed(policyDoc({ orgId: 'globex' }), k1!), pinned([k1!]), NOW, { orgId: 'acme' });
    expect(r).toMatchObject({ ok: false, reason: 'wrong_org' });
  });

  it('the policy schema rejects unknown fields (typos) and a non-positive version', () => {
    expect(PolicyDocumentSchema.safeParse({ ...policyDoc(), catgories: {} }).success).toBe(false);
    expect(PolicyDocumentSchema.safeParse(policyDoc({ version: 0 })).success).toBe(false);
  });
});
