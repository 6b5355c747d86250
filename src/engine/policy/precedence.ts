import type { ManagedConfig } from '../../contracts/managed-config';
import type { PolicyDocument, PolicyRefusalReason, PolicySource } from '../../contracts/policy';
import { DEFAULT_POLICY, FAIL_CLOSED_POLICY } from './default-policy';
import { checkPolicyDocument, type AcceptedPolicy } from './update';

export interface PolicyInputs {
  /** Parsed managed configuration (`parseManagedConfig`). */
  managed: ManagedConfig;
  /** Managed storage holds an inline policy that failed validation (it counts as configured). */
  inlinePolicyInvalid?: boolean;
  /**
   * The last good endpoint policy, verified against the CURRENTLY pinned keys (the caller
   * re-verifies the cache when keys change), with when the endpoint last confirmed it
   * (200 or 304; null = only known from the cache).
   */
  endpoint: (AcceptedPolicy & { confirmedAt: number | null }) | null;
  now: number;
}

export interface SkippedSource {
  source: 'endpoint' | 'managed-inline';
  reason: PolicyRefusalReason;
  message: string;
}

export interface EffectivePolicy {
  source: PolicySource;
  policy: PolicyDocument;
  /** Why a higher-precedence source was passed over (shown in the status). */
  skipped: SkippedSource[];
}

/** How often the endpoint is polled: managed override, else the policy's own `refreshMinutes`. */
export const refreshMinutesFor = (managed: ManagedConfig, policy: PolicyDocument | null): number =>
  Math.max(0.5, managed.policyRefreshMinutes ?? policy?.refreshMinutes ?? DEFAULT_POLICY.refreshMinutes);

/** An endpoint policy not confirmed for this long is reported as source `cache`. */
export const staleAfterMs = (managed: ManagedConfig, policy: PolicyDocument): number => 2 * refreshMinutesFor(managed, policy) * 60_000 + 60_000;

/**
 * Which policy is in force. Pure. Order:
 *
 * With an endpoint configured (`managed.endpoint`):
 *   1. the last good endpoint policy — signed by a pinned key, newer than anything seen before
 *      (enforced on arrival by `evaluatePolicyUpdate`), not expired, for `managed.orgId` —
 *      reported as `endpoint` while the endpoint keeps confirming it, `cache` once it has not for
 *      2 × the refresh interval (offline laptop);
 *   2. the managed inline policy, as a bootstrap until the endpoint answers (`managed-inline`);
 *   3. `failMode: closed` → every AI app blocked with an explanation (`fail-closed`);
 *      otherwise (`open`, the default) the built-in default policy (`default`).
 * Without an endpoint: the managed inline policy, else the built-in default — unless the
 *   admin configured an inline policy that is invalid (expired, wrong org, malformed) and
 *   `failMode` is `closed`, which fails closed.
 *
 * Why the endpoint wins over the inline policy: the endpoint is the live, versioned channel an
 * admin edits; the inline policy is a file baked into GPO/MDM that changes rarely. An admin who
 * wants the inline policy to rule removes `endpoint`. Managed storage itself is never overridden
 * by anything a user or a page can reach: the cache is only ever an endpoint policy whose
 * signature is re-checked, and is ignored once `endpoint` is removed.
 */
export function choosePolicy(inputs: PolicyInputs): EffectivePolicy {
  const { managed, now } = inputs;
  const skipped: SkippedSource[] = [];
  const orgOpt = { orgId: managed.orgId };

  if (managed.endpoint && inputs.endpoint) {
    const checked = checkPolicyDocument(inputs.endpoint.policy, now, orgOpt);
    if (checked.ok) {
      const { confirmedAt } = inputs.endpoint;
      const fresh = confirmedAt !== null && now - confirmedAt <= staleAfterMs(managed, checked.policy);
      return { source: fresh ? 'endpoint' : 'cache', policy: inputs.endpoint.policy, skipped };
    }
    skipped.push({ source: 'endpoint', reason: checked.reason, message: checked.message });
  }

  let inlineConfigured = Boolean(inputs.inlinePolicyInvalid);
  if (managed.inlinePolicy) {
    inlineConfigured = true;
    const checked = checkPolicyDocument(managed.inlinePolicy, now, orgOpt);
    if (checked.ok) return { source: 'managed-inline', policy: checked.policy, skipped };
    skipped.push({ source: 'managed-inline', reason: checked.reason, message: checked.message });
  } else if (inputs.inlinePolicyInvalid) {
    skipped.push({ source: 'managed-inline', reason: 'malformed', message: 'The inline policy in managed storage does not match the schema.' });
  }

  const somethingConfigured = Boolean(managed.endpoint) || inlineConfigured;
  if (somethingConfigured && managed.failMode === 'closed') return { source: 'fail-closed', policy: FAIL_CLOSED_POLICY, skipped };
  return { source: 'default', policy: DEFAULT_POLICY, skipped };
}
