import { browser } from 'wxt/browser';
import type { ContentToBackground } from '../../contracts/messages';
import type { PolicyDocument } from '../../contracts/policy';
import { catalogIndexFor, matchPatternsFor } from '../../engine/catalog';
import type { decide, FindingRef, PolicyDecision } from '../../engine/policy';
import type { Tier } from '../../contracts/policy';
import { browserLocalStorage } from '../../platform/local-storage';
import type { SenderKind } from '../../platform/messaging';
import type { Background } from '../index';
import { catalogPolicyOf, Discovery, type ManagementExtension } from './discovery';
import { createDiscoveryEmitter } from './emit';

export { Discovery } from './discovery';

/**
 * Identity-provider hosts whose authorize / consent URLs `parseOAuthAuthorize` understands
 * (webNavigation URL filter; no host permission needed to see these URLs).
 */
export const OAUTH_URL_FILTER = [
  { hostEquals: 'accounts.google.com' },
  { hostEquals: 'login.microsoftonline.com' },
  { hostEquals: 'login.microsoft.com' },
  { hostEquals: 'login.windows.net' },
  { hostEquals: 'login.live.com' },
  { hostEquals: 'login.microsoftonline.us' },
  { hostEquals: 'login.partner.microsoftonline.cn' },
  { hostEquals: 'github.com' },
  { hostEquals: 'slack.com' },
  { hostSuffix: '.slack.com' },
];

/** Id of the dynamically registered protection script for policy-added AI hosts. */
export const POLICY_SCRIPT_ID = 'sag-policy-ai-hosts';
/** The page-world file-picker hook on the same hosts (content-scripts/…-file-picker.js). */
export const POLICY_PICKER_SCRIPT_ID = 'sag-policy-ai-hosts-file-picker';

let instance: Discovery | null = null;

/** Registers a listener; a browser (or test double) without that API simply has no such discovery. */
function safely(register: () => void): void {
  try {
    register();
  } catch (err) {
    console.warn('[shadow-ai-guard] discovery: API unavailable', err instanceof Error ? err.message : err);
  }
}

/** The running discovery (null before `startDiscovery`). */
export const discovery = (): Discovery | null => instance;

/**
 * Starts discovery in the background: registers the browser listeners synchronously (they are
 * what wakes a stopped MV3 worker), then syncs the extension list and the dynamic protection
 * script. Call once from `startBackground()`.
 */
export function startDiscovery(bg: Background): Discovery {
  const d = new Discovery({
    store: browserLocalStorage,
    policy: () => bg.policy.current().policy,
    corporateDomains: () => bg.policy.getManaged().config.identity?.corporateDomains ?? [],
    groups: () => bg.policy.getManaged().config.identity?.groups,
    selfId: browser.runtime.id,
    emit: createDiscoveryEmitter(bg.recorder, bg.policy),
    recordVisit: (v) => bg.recorder.recordVisit(v),
  });
  instance = d;
  const ready = () => bg.policy.ready();
  const log = (what: string) => (err: unknown) => console.warn(`[shadow-ai-guard] discovery: ${what} failed`, err);

  // Visits: committed main-frame navigations (reloads count; in-page SPA route changes do not).
  safely(() =>
    browser.webNavigation.onCommitted.addListener((e) => {
      if (e.frameId !== 0) return;
      void ready()
        .then(() => d.navigated(e.tabId, e.url))
        .catch(log('visit'));
    }),
  );
  // OAuth: the authorize URL before any redirect to a sign-in page.
  safely(() =>
    browser.webNavigation.onBeforeNavigate.addListener(
      (e) => {
        if (e.frameId !== 0) return;
        void ready()
          .then(() => d.oauth(e.url))
          .catch(log('oauth'));
      },
      { url: OAUTH_URL_FILTER },
    ),
  );
  safely(() => browser.tabs.onRemoved.addListener((tabId) => d.tabClosed(tabId)));

  // AI extensions: the full list at start and on every change (dedupe is by id + version).
  const syncExtensions = () => {
    void ready()
      .then(() => browser.management.getAll())
      .then((all) => d.syncExtensions(all as ManagementExtension[]))
      .catch(log('extension sync'));
  };
  safely(() => browser.management.onInstalled.addListener(syncExtensions));
  safely(() => browser.management.onUninstalled.addListener(syncExtensions));
  safely(() => browser.management.onEnabled.addListener(syncExtensions));
  safely(() => browser.management.onDisabled.addListener(syncExtensions));
  syncExtensions();

  // Protection on hosts the policy adds (the static content script covers the catalog's).
  let registered = '';
  const syncScripts = () => {
    void ready()
      .then(async () => {
        const patterns = policyHostPatterns(bg.policy.current().policy);
        const sig = patterns.join(' ');
        if (sig === registered) return;
        registered = sig;
        await registerPolicyScript(patterns);
      })
      .catch(log('content-script registration'));
  };
  bg.policy.onChange(syncScripts);
  syncScripts();
  return d;
}

/** Match patterns of the apps the policy adds (host keys no catalog app covers). */
export function policyHostPatterns(policy: PolicyDocument): string[] {
  const added = catalogIndexFor(catalogPolicyOf(policy)).apps.filter((a) => a.source === 'policy');
  return matchPatternsFor(added);
}

async function registerPolicyScript(matches: readonly string[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const ids = [POLICY_SCRIPT_ID, POLICY_PICKER_SCRIPT_ID];
  const existing = await scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await scripting.unregisterContentScripts({ ids: existing.map((c) => c.id) });
  if (matches.length === 0) return;
  await scripting.registerContentScripts([
    { id: POLICY_SCRIPT_ID, matches: [...matches], js: ['content-scripts/ai.js'], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
    // Same hosts as the built-in ones get (entrypoints/shadow-ai-guard-file-picker.content.ts):
    // uploads through file inputs the page never attaches to the document.
    {
      id: POLICY_PICKER_SCRIPT_ID,
      matches: [...matches],
      js: ['content-scripts/shadow-ai-guard-file-picker.js'],
      runAt: 'document_start',
      world: 'MAIN',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

type DiscoveryMessage = Extract<ContentToBackground, { type: 'cs-bg/discovery-hello' | 'cs-bg/page-signals' | 'cs-bg/account' }>;

/** The background's answers to the discovery content script (`handleMessage` delegates here). */
export async function handleDiscoveryMessage(bg: Background, msg: DiscoveryMessage, from: SenderKind): Promise<unknown> {
  const d = instance;
  if (!d || from.kind !== 'content' || from.frameId !== 0) return undefined;
  await bg.policy.ready();
  switch (msg.type) {
    case 'cs-bg/discovery-hello':
      return d.hello(msg.host, msg.path);
    case 'cs-bg/page-signals':
      return d.pageSignals(msg);
    case 'cs-bg/account': {
      const c = await d.accountSeen(from.tabId, msg.host, msg.path, msg.domain);
      return { ok: c !== null };
    }
  }
}

/**
 * `decide()` for `cs-bg/evaluate` with the account type of the page (policy `accounts`). Same
 * inputs as `PolicyStore.decide` plus the account type learned for this tab.
 */
export async function decideWithAccount(
  bg: Background,
  host: string,
  findings: readonly FindingRef[],
  channel: Parameters<typeof decide>[3],
  catalogTier: Tier | undefined,
  from: SenderKind,
  accountDomain?: string,
): Promise<PolicyDecision> {
  const account = instance ? await instance.accountFor(from.kind === 'content' ? from.tabId : null, host, accountDomain) : undefined;
  return bg.policy.decide(host, findings, channel, catalogTier, account);
}
