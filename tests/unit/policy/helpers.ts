import { generateSigningKeyPair, signPolicyJson, type SigningKeyPair } from '../../../src/engine/policy';
import type { PolicyDocumentInput } from '../../../src/contracts/policy';

export const NOW = Date.parse('2026-03-01T12:00:00Z');

export function policyDoc(over: Partial<PolicyDocumentInput> = {}): PolicyDocumentInput {
  return {
    version: 5,
    issuedAt: '2026-02-28T00:00:00Z',
    expiresAt: '2026-06-01T00:00:00Z',
    orgId: 'acme',
    ...over,
  };
}

let cached: Promise<SigningKeyPair[]> | undefined;
/** Two key pairs, generated once per test file. */
export const keys = (): Promise<SigningKeyPair[]> => (cached ??= Promise.all([generateSigningKeyPair('k1'), generateSigningKeyPair('k2')]));

export const pinned = (pairs: SigningKeyPair[]) => pairs.map(({ kid, publicKey }) => ({ kid, publicKey }));

export async function signed(doc: unknown, pair: SigningKeyPair): Promise<string> {
  return JSON.stringify(await signPolicyJson(JSON.stringify(doc), pair.privateKeyPem, pair.kid));
}
