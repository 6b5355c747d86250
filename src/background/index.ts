import type { BackgroundMessage, StatusResponse } from '../contracts/messages';
import { extensionVersion, listenForMessages, type SenderKind } from '../platform/messaging';
import { interceptionTally } from '../platform/activity-storage';

/**
 * The background's runtime part. Everything here must be re-entrant: an MV3 service worker is
 * stopped after ~30 s idle and started again on the next event, so state lives in storage.
 */
export function startBackground(): void {
  listenForMessages(handleMessage);
}

export async function handleMessage(msg: BackgroundMessage, from: SenderKind): Promise<unknown> {
  switch (msg.type) {
    case 'cs-bg/prompt-intercepted': {
      if (from.kind !== 'content') return undefined;
      const tally = await interceptionTally.getValue();
      await interceptionTally.setValue({ count: tally.count + 1, lastHost: msg.host });
      return { ok: true };
    }
    case 'ui-bg/get-status': {
      if (from.kind !== 'extension-page') return undefined;
      const tally = await interceptionTally.getValue();
      const status: StatusResponse = {
        extensionVersion: extensionVersion(),
        interceptedCount: tally.count,
        lastInterceptedHost: tally.lastHost,
      };
      return status;
    }
  }
}
