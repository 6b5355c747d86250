import { EVENT_SCHEMA_VERSION, EventToken, InventoryEvent, type InventoryEventOf } from '../../contracts/events';
import { getOrCreateMeta } from '../../platform/event-db';
import { extensionVersion } from '../../platform/messaging';
import type { EventRecorder } from '../events/recorder';
import type { PolicyStore } from '../policy-store';

type Envelope = 'id' | 'ts' | 'schemaVersion' | 'user' | 'device' | 'extensionVersion' | 'policyVersion' | 'orgId';

/** A discovery event without its envelope. */
export type DiscoveryEventBody =
  | Omit<InventoryEventOf<'ai_extension_found'>, Envelope>
  | Omit<InventoryEventOf<'oauth_grant'>, Envelope>
  | Omit<InventoryEventOf<'unknown_ai_app'>, Envelope>;

/**
 * Queues discovery events through the recorder's queue, with the same envelope the recorder
 * builds (same device id row, org id, policy version). Nothing is built or queued when no sink
 * is configured (docs/events.md "Delivery").
 *
 * `user` is null: the recorder is configured with `identity: null` today (src/background/index.ts),
 * so its own events carry null too. When identity is wired, this belongs in EventRecorder as
 * `recordDiscovery()` (a one-method move; see the issue-7 report).
 */
export function createDiscoveryEmitter(recorder: EventRecorder, policy: PolicyStore): (body: DiscoveryEventBody) => Promise<InventoryEvent | null> {
  return async (body) => {
    if (!recorder.delivering()) return null;
    const { config } = policy.getManaged();
    const candidate = {
      id: crypto.randomUUID(),
      ts: new Date().toISOString(),
      schemaVersion: EVENT_SCHEMA_VERSION,
      user: null,
      device: await getOrCreateMeta(recorder.db, 'deviceId', () => crypto.randomUUID()),
      extensionVersion: extensionVersion(),
      policyVersion: policy.getStatus().version,
      orgId: config.orgId && EventToken.safeParse(config.orgId).success ? config.orgId : null,
      ...body,
    };
    const parsed = InventoryEvent.safeParse(candidate);
    if (!parsed.success) {
      console.warn('[shadow-ai-guard] discovery event not built', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`));
      return null;
    }
    return (await recorder.queue.enqueue(parsed.data)) ? parsed.data : null;
  };
}
