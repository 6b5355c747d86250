import type { BackgroundToContent } from '../contracts/messages';
import type { ManagedConfig } from '../contracts/managed-config';
import type { EffectivePolicy } from '../engine/policy';
import { sha256Hex } from '../engine/sha256';
import type { KeyValueStore } from '../platform/local-storage';
import type { PolicyStore } from './policy-store';

/** storage.local key: fingerprint of the effective policy open tabs were last told about. */
export const POLICY_FINGERPRINT_KEY = 'policy.tabsFingerprint';

/**
 * Everything a decision depends on besides the findings and the app: the policy document in
 * force, where it came from (the catalog tier applies only under an org policy) and the managed
 * identity (groups pick exceptions; corporate domains classify accounts). A change in any of them
 * can change a verdict a content script has cached.
 */
export function policyFingerprint(effective: EffectivePolicy, managed: ManagedConfig): string {
  return sha256Hex(JSON.stringify([effective.source, effective.policy, managed.identity ?? null]));
}

export interface PolicyBroadcastDeps {
  /** Where the last fingerprint told is kept (survives service-worker restarts). */
  store: KeyValueStore;
  /** Delivers the message to the content scripts of open tabs (src/platform/tab-messaging.ts). */
  send(msg: BackgroundToContent): Promise<unknown>;
}

/**
 * Tells open protected tabs when the effective policy changes (`bg-cs/policy-changed`), so their
 * content scripts drop verdicts they cached under the old policy (scan-as-you-type) instead of
 * applying them on the next send. Status-only changes (a sync that confirmed the same policy, the
 * endpoint going unreachable) are not a change. The fingerprint is persisted, so an MV3 worker
 * that restarts and reloads the same policy does not make every tab re-decide.
 * Returns a promise that settles when the broadcasts started so far are done (for tests).
 */
export function broadcastPolicyChanges(policy: PolicyStore, deps: PolicyBroadcastDeps): () => Promise<void> {
  // One at a time, in order: two quick changes must not interleave their read/compare/write.
  let chain: Promise<void> = Promise.resolve();
  policy.onChange((status, effective) => {
    const fingerprint = policyFingerprint(effective, policy.getManaged().config);
    chain = chain
      .then(async () => {
        if ((await deps.store.get<string>(POLICY_FINGERPRINT_KEY)) === fingerprint) return;
        await deps.store.set(POLICY_FINGERPRINT_KEY, fingerprint);
        await deps.send({ type: 'bg-cs/policy-changed', policyVersion: status.version });
      })
      .catch((err: unknown) => console.warn('[shadow-ai-guard] telling tabs about the new policy failed', err));
  });
  return () => chain;
}
