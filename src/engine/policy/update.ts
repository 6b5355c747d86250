import type { z } from 'zod';
import {
  MAX_POLICY_BYTES,
  PolicyDocumentSchema,
  SignedPolicyEnvelopeSchema,
  type PolicyDocument,
  type PolicyRefusalReason,
  type SignedPolicyEnvelope,
} from '../../contracts/policy';
import type { SigningKey } from '../../contracts/managed-config';
import { base64ToBytes, importPublicKey, verifyEd25519 } from './crypto';

/** A policy accepted from the endpoint, with the envelope it came in (kept to re-verify the cache). */
export interface AcceptedPolicy {
  policy: PolicyDocument;
  envelope: SignedPolicyEnvelope;
}

export interface PolicyRefusal {
  ok: false;
  reason: PolicyRefusalReason;
  /** One sentence for the admin (status page, logs). */
  message: string;
}

export type PolicyUpdateResult = ({ ok: true; unchanged: boolean } & AcceptedPolicy) | PolicyRefusal;

/** A policy issued more than this far in the future is `not_yet_valid` (clock skew allowance). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The largest envelope accepted: base64 of the largest document plus the envelope fields. */
export const MAX_ENVELOPE_BYTES = Math.ceil((MAX_POLICY_BYTES * 4) / 3) + 4096;

export const refuse = (reason: PolicyRefusalReason, message: string): PolicyRefusal => ({ ok: false, reason, message });

/** "at actions.default.rules.pii_x: …" for the first zod issue (the path tells the admin where). */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(document)';
  const more = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more)` : '';
  return `at ${path}: ${issue.message}${more}`;
}

export interface PolicyCheckOptions {
  /** The org the managed config names; the policy must be for it. */
  orgId?: string;
}

/**
 * Checks a policy document that is already trusted as to origin (verified, or from managed
 * storage): schema, org, validity window. Used for the inline managed policy and after
 * signature verification.
 */
export function checkPolicyDocument(raw: unknown, now: number, opts: PolicyCheckOptions = {}): { ok: true; policy: PolicyDocument } | PolicyRefusal {
  const parsed = PolicyDocumentSchema.safeParse(raw);
  if (!parsed.success) return refuse('malformed', `The policy does not match the schema ${describeZodError(parsed.error)}.`);
  const policy = parsed.data;
  if (opts.orgId !== undefined && policy.orgId !== opts.orgId) {
    return refuse('wrong_org', `The policy is for org "${policy.orgId}", but this browser is managed for org "${opts.orgId}".`);
  }
  if (Date.parse(policy.issuedAt) > now + CLOCK_SKEW_MS) {
    return refuse('not_yet_valid', `The policy is issued at ${policy.issuedAt}, in the future (check the signing machine's clock).`);
  }
  if (policy.expiresAt !== undefined && Date.parse(policy.expiresAt) <= now) {
    return refuse('expired', `The policy (version ${policy.version}) expired at ${policy.expiresAt}.`);
  }
  return { ok: true, policy };
}

/**
 * Verifies a signed envelope against the pinned keys and parses the policy in it, without
 * comparing versions. Order: size → envelope shape → key id → signature → JSON → schema → org →
 * validity window. Never throws.
 */
export async function verifySignedPolicy(
  candidate: string | unknown,
  pinnedKeys: readonly SigningKey[],
  now: number,
  opts: PolicyCheckOptions = {},
): Promise<({ ok: true } & AcceptedPolicy) | PolicyRefusal> {
  let raw: unknown = candidate;
  if (typeof candidate === 'string') {
    if (candidate.length > MAX_ENVELOPE_BYTES) return refuse('oversized', `The signed policy is ${candidate.length} bytes; the limit is ${MAX_ENVELOPE_BYTES}.`);
    try {
      raw = JSON.parse(candidate);
    } catch (e) {
      return refuse('malformed', `The response is not JSON: ${(e as Error).message}.`);
    }
  }
  const env = SignedPolicyEnvelopeSchema.safeParse(raw);
  if (!env.success) return refuse('malformed', `The signed envelope is malformed ${describeZodError(env.error)}.`);
  const envelope = env.data;
  if (envelope.payload.length > MAX_ENVELOPE_BYTES) return refuse('oversized', `The policy payload exceeds ${MAX_POLICY_BYTES} bytes.`);
  const key = pinnedKeys.find((k) => k.kid === envelope.kid);
  if (!key) {
    const pinned = pinnedKeys.map((k) => k.kid).join(', ') || 'none';
    return refuse('unknown_key', `The policy is signed with key "${envelope.kid}", which is not pinned (pinned: ${pinned}).`);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(envelope.payload);
  } catch {
    return refuse('malformed', 'The policy payload is not valid base64.');
  }
  if (bytes.length > MAX_POLICY_BYTES) return refuse('oversized', `The policy is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}.`);
  try {
    await importPublicKey(key.publicKey);
  } catch (e) {
    return refuse('bad_signature', `Pinned key "${key.kid}" cannot be used here (${(e as Error).message}); WebCrypto Ed25519 needs Chrome 137+ or Firefox 129+.`);
  }
  if (!(await verifyEd25519(key.publicKey, bytes, envelope.signature))) {
    return refuse('bad_signature', `The policy signature does not verify with pinned key "${key.kid}": it was altered or signed with another key.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return refuse('malformed', `The signed policy is not UTF-8 JSON: ${(e as Error).message}.`);
  }
  const checked = checkPolicyDocument(json, now, opts);
  if (!checked.ok) return checked;
  return { ok: true, policy: checked.policy, envelope };
}

/**
 * Decides whether a candidate policy from the endpoint replaces the current one. Pure (given
 * `now`), async only because WebCrypto is. Beyond {@link verifySignedPolicy}: the version must
 * increase (`older_version`); the same version is accepted as `unchanged` only if its bytes are
 * identical, otherwise it is refused too (a changed policy must get a new version).
 */
export async function evaluatePolicyUpdate(
  current: AcceptedPolicy | null,
  candidate: string | unknown,
  pinnedKeys: readonly SigningKey[],
  now: number,
  opts: PolicyCheckOptions = {},
): Promise<PolicyUpdateResult> {
  const verified = await verifySignedPolicy(candidate, pinnedKeys, now, opts);
  if (!verified.ok) return verified;
  if (current) {
    const { version } = verified.policy;
    if (version < current.policy.version) {
      return refuse('older_version', `The policy version ${version} is older than version ${current.policy.version} in force.`);
    }
    if (version === current.policy.version) {
      if (verified.envelope.payload !== current.envelope.payload) {
        return refuse('older_version', `The policy version ${version} differs from the version ${version} in force; publish changes with a higher version.`);
      }
      return { ok: true, unchanged: true, policy: current.policy, envelope: verified.envelope };
    }
  }
  return { ok: true, unchanged: false, policy: verified.policy, envelope: verified.envelope };
}
