import type { Finding } from '../contracts/findings';
import type { BackgroundMessage, Decision, StatusResponse, TabProtection } from '../contracts/messages';
import { createScanner, RedactionSession, type Scanner } from '../engine';
import { matchApp } from '../engine/catalog';
import type { PolicyDecision } from '../engine/policy';
import { interceptionTally } from '../platform/activity-storage';
import { onFlushAlarm } from '../platform/event-db';
import { browserAlarms, browserLocalStorage } from '../platform/local-storage';
import { browserManagedStorage } from '../platform/managed-storage';
import { extensionVersion, listenForMessages, type SenderKind } from '../platform/messaging';
import { browserSessionStorage } from '../platform/session-storage';
import { browserTabLifecycle } from '../platform/tab-lifecycle';
import { sendToContentScripts } from '../platform/tab-messaging';
import { decideWithAccount, discovery, handleDiscoveryMessage, startDiscovery } from './discovery';
import { createEventRecorder, type EventRecorder } from './events/recorder';
import { broadcastPolicyChanges } from './policy-broadcast';
import { PolicyStore } from './policy-store';
import { TabStatusStore } from './tab-status';

/**
 * The background's runtime part. Everything here must be re-entrant: an MV3 service worker is
 * stopped after ~30 s idle and started again on the next event, so state lives in storage and
 * listeners are registered synchronously at start.
 */
export interface Background {
  policy: PolicyStore;
  recorder: EventRecorder;
  /** Fallback scanner (the worker in the page's scanner frame is the normal path). */
  scanner(): Scanner;
  redactionFor(tabId: number): RedactionSession;
  /**
   * What each tab's content script last reported, in `storage.session`: content scripts report
   * once per page load (not again after a worker restart), so it must outlive this worker.
   */
  tabs: TabStatusStore;
}

export function startBackground(): Background {
  const policy = new PolicyStore({
    managed: browserManagedStorage,
    local: browserLocalStorage,
    alarms: browserAlarms,
    fetch: (input, init) => fetch(input, init),
  });
  const recorder = createEventRecorder({ extensionVersion: extensionVersion() });
  let compiled: { scanner: Scanner; detectors: unknown } | null = null;
  const sessions = new Map<number, RedactionSession>();
  const bg: Background = {
    policy,
    recorder,
    tabs: new TabStatusStore(browserSessionStorage),
    scanner() {
      const { detectors } = policy.current().policy;
      if (compiled?.detectors !== detectors) compiled = { scanner: createScanner({ custom: detectors }), detectors };
      return compiled.scanner;
    },
    redactionFor(tabId) {
      let session = sessions.get(tabId);
      if (!session) sessions.set(tabId, (session = new RedactionSession()));
      return session;
    },
  };

  // Listeners first, synchronously: they are what wakes a stopped service worker.
  listenForMessages((msg, from) => handleMessage(bg, msg, from));
  // A tab's protection status belongs to the document that reported it.
  browserTabLifecycle.onClosed((tabId) => void bg.tabs.closed(tabId).catch(logTabStatusError));
  browserTabLifecycle.onTopFrameCommitted((tabId, at) => void bg.tabs.navigated(tabId, at).catch(logTabStatusError));
  onFlushAlarm(() => void recorder.flush());
  startDiscovery(bg); // issue 7: visits, unknown AI apps, AI extensions, OAuth grants, accounts

  let lastVersion: number | null = null;
  let lastErrorAt: string | null = null;
  const configureRecorder = () => {
    const { config } = policy.getManaged();
    const status = policy.getStatus();
    recorder.configure({
      endpoint: config.endpoint ?? null,
      orgId: config.orgId ?? null,
      enrollmentToken: config.enrollmentToken ?? null,
      otlp: config.otlpEndpoint ? { endpoint: config.otlpEndpoint } : null,
      identity: null,
      identityKey: config.identity?.userIdSalt ?? null,
      policyVersion: status.version,
      settings: policy.current().policy.events,
    });
    if (status.version !== null && status.version !== lastVersion) {
      void recorder.recordPolicyApplied({ version: status.version, source: status.source, previousVersion: lastVersion });
    }
    if (status.lastError && status.lastError.at !== lastErrorAt) {
      void recorder.recordPolicyRefused({ version: null, source: status.source, reason: status.lastError.reason });
    }
    lastVersion = status.version;
    lastErrorAt = status.lastError?.at ?? null;
  };
  policy.onChange(configureRecorder);
  // Open AI tabs drop verdicts cached under the old policy (docs/protection.md "Policy changes").
  broadcastPolicyChanges(policy, { store: browserLocalStorage, send: sendToContentScripts });
  void policy.start().then(() => {
    configureRecorder();
    return recorder.flush(); // resume deliveries left by a stopped worker or a restarted browser
  });
  return bg;
}

const logTabStatusError = (err: unknown) => console.warn('[shadow-ai-guard] updating a tab protection status failed', err);

/** Maps the engine's decision to what the content script needs to show and allow. */
export function toDecision(d: PolicyDecision): Decision {
  return {
    action: d.action,
    coaching: d.coaching,
    canRedact: d.allowedUserActions.includes('redact'),
    // allow/monitor have nothing to ask; the send simply goes.
    canSendAnyway: d.action === 'allow' || d.action === 'monitor' || d.allowedUserActions.includes('send_anyway'),
    needsJustification: d.requiresJustification,
    appBlockedReason:
      d.reason === 'app_blocked' || d.reason === 'account_blocked' ? (d.coaching ?? 'This AI app is blocked by your organisation.').slice(0, 500) : undefined,
    policyVersion: d.policyVersion,
  };
}

const tierOf = (host: string) => matchApp(host)?.tier;

/** The app's tier under the policy in force (org `apps` entry, else catalog, else default tier). */
async function tierInForce(bg: Background, host: string) {
  await bg.policy.ready();
  return bg.policy.decide(host, [], 'typed', tierOf(host)).tier;
}

async function status(bg: Background, tabId: number | undefined): Promise<StatusResponse> {
  await bg.policy.ready();
  const tally = await interceptionTally.getValue();
  const policyStatus = bg.policy.getStatus();
  const sinks = await bg.recorder.stats();
  return {
    extensionVersion: extensionVersion(),
    interceptedCount: tally.count,
    lastInterceptedHost: tally.lastHost,
    policy: policyStatus,
    managedIssues: bg.policy.getManaged().issues,
    queueDepth: sinks.org.enabled ? sinks.org.queued : null,
    tab: tabId === undefined ? null : await bg.tabs.get(tabId).catch(() => null),
  };
}

export async function handleMessage(bg: Background, msg: BackgroundMessage, from: SenderKind): Promise<unknown> {
  if (msg.type.startsWith('cs-bg/') && from.kind !== 'content') return undefined;
  if (msg.type.startsWith('ui-bg/') && from.kind !== 'extension-page') return undefined;
  switch (msg.type) {
    case 'cs-bg/evaluate': {
      await bg.policy.ready();
      return toDecision(await decideWithAccount(bg, msg.host, msg.findings, msg.channel, tierOf(msg.host), from, msg.accountDomain));
    }
    case 'cs-bg/outcome': {
      if (msg.action !== 'allow' && msg.action !== 'monitor' && msg.userDecision !== 'sent_anyway') {
        const tally = await interceptionTally.getValue();
        await interceptionTally.setValue({ count: tally.count + 1, lastHost: msg.host });
      }
      const app = matchApp(msg.host);
      await bg.recorder.recordPromptChecked({ ...msg, appId: app?.id ?? null, tier: await tierInForce(bg, msg.host) });
      return { ok: true };
    }
    case 'cs-bg/scan': {
      await bg.policy.ready();
      return bg.scanner().scan(msg.text) satisfies Finding[];
    }
    case 'cs-bg/redact':
      return from.kind === 'content' ? bg.redactionFor(from.tabId).redact(msg.text, msg.findings) : undefined;
    case 'cs-bg/get-scanner-config': {
      await bg.policy.ready();
      return { custom: bg.policy.current().policy.detectors };
    }
    case 'cs-bg/protection-status': {
      if (from.kind !== 'content' || from.frameId !== 0) return undefined;
      const tab: TabProtection = { host: msg.host, adapterId: msg.adapterId, scanner: msg.scanner, reportedAt: new Date().toISOString() };
      // One first report per page load of an AI app (sent at document_start, scanner 'starting'):
      // a visit for the inventory (and `ai_app_used`). A later one (`change`: the scanner path was
      // decided or changed, or the page came back from the back/forward cache) only updates the
      // status. The visit does not wait for, or depend on, the status write to storage.session.
      await Promise.all([
        bg.tabs.set(from.tabId, tab).catch(logTabStatusError),
        msg.change ? null : tierInForce(bg, msg.host).then((tier) => bg.recorder.recordVisit({ host: msg.host, appId: matchApp(msg.host)?.id ?? null, tier })),
      ]);
      // Protection health is reported once the scanner path is known.
      if (msg.scanner === 'starting') return { ok: true };
      await bg.recorder.recordProtectionStatus({
        host: msg.host,
        adapterId: msg.adapterId === 'generic' ? null : msg.adapterId,
        interceptionAlive: true,
        scanner: msg.scanner === 'worker' ? 'worker' : 'background',
      });
      return { ok: true };
    }
    case 'ui-bg/get-status':
      return status(bg, msg.tabId);
    case 'ui-bg/get-inventory':
      return bg.recorder.snapshot();
    case 'cs-bg/discovery-hello':
    case 'cs-bg/page-signals':
    case 'cs-bg/account':
      return handleDiscoveryMessage(bg, msg, from);
    case 'ui-bg/get-discovery':
      return discovery()?.snapshot();
    case 'ui-bg/sync-policy': {
      await bg.policy.ready();
      await bg.policy.sync();
      return bg.policy.getStatus();
    }
  }
}
