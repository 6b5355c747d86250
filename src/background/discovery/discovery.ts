import {
  DiscoverySnapshotSchema,
  EventHost,
  EventToken,
  OAuthClientId,
  OAuthScope,
  type AccountType,
  type DiscoveredAccount,
  type DiscoveredCandidate,
  type DiscoveredExtension,
  type DiscoveredGrant,
  type DiscoverySnapshot,
  type EventAppTier,
} from '../../contracts/events';
import type { ContentToBackground, DiscoveryHelloResponse } from '../../contracts/messages';
import type { PolicyDocument } from '../../contracts/policy';
import { classifyExtension, type ExtensionInfo } from '../../engine/catalog/ai-extensions';
import { catalogIndexFor, normalizeHost, type CatalogPolicy } from '../../engine/catalog';
import { classifyAccount, type AccountClassification } from '../../engine/discovery/account';
import { scoreAiPage, type AiPageSignals } from '../../engine/discovery/ai-page-signals';
import { classifyGrantClient, parseOAuthAuthorize } from '../../engine/discovery/oauth';
import { resolveTier } from '../../engine/policy/decide';
import { adapterFor } from '../../engine/sites/adapters';
import { PROTECTED_AI_HOSTS } from '../../engine/sites/ai-hosts';
import type { KeyValueStore } from '../../platform/local-storage';
import type { DiscoveryEventBody } from './emit';

/**
 * Shadow-AI discovery in the background (issue 7): wires the pure engine classifiers to what the
 * browser reports. Everything here is metadata: hosts, ids, reason codes, scopes, account
 * DOMAINS. Never a URL, a path, a query, page text or an e-mail address.
 *
 * - Visits: every main-frame navigation to a catalogued (or policy-added) app host → inventory.
 * - Unknown AI apps: boolean page signals from the discovery content script → `scoreAiPage`.
 * - AI extensions: `management.getAll()` → `classifyExtension`; reported per id+version.
 * - OAuth grants: navigations to the identity providers' authorize / consent URLs →
 *   `parseOAuthAuthorize` + `classifyGrantClient`; recorded when the client is an AI app.
 * - Accounts: the account DOMAIN an AI page shows → `classifyAccount` against managed
 *   `identity.corporateDomains`; kept per tab for `cs-bg/evaluate` (policy `accounts`).
 *
 * State lives in `storage.local` (one key) so an MV3 worker restart loses nothing but the
 * per-tab account map, which falls back to the last account seen on the host.
 */

const PROTECTED = new Set<string>(PROTECTED_AI_HOSTS);
/** Hosts where the protection script runs: static AI hosts, and every policy-added app (dynamic script). */
const isProtectedHost = (host: string, source: 'catalog' | 'policy'): boolean => PROTECTED.has(host) || source === 'policy';

export const DISCOVERY_STORAGE_KEY = 'discovery:v1';
const MAX_ROWS = 500;
/** How long the last account seen on a host stands in for a tab's (worker restarted meanwhile). */
const ACCOUNT_FALLBACK_MS = 12 * 3_600_000;

interface StoredExtension extends DiscoveredExtension {
  /** Version last reported in an event (dedupe by id + version). */
  reported: string | null;
}
interface StoredCandidate extends DiscoveredCandidate {
  reportedSig: string | null;
}
interface StoredGrant extends DiscoveredGrant {
  reportedSig: string | null;
}

interface DiscoveryState {
  v: 1;
  extensions: Record<string, StoredExtension>;
  candidates: Record<string, StoredCandidate>;
  grants: Record<string, StoredGrant>;
  accounts: Record<string, DiscoveredAccount>;
}

const emptyState = (): DiscoveryState => ({ v: 1, extensions: {}, candidates: {}, grants: {}, accounts: {} });

export interface VisitRecord {
  host: string;
  appId: string | null;
  tier: EventAppTier;
  account?: string | null;
}

export interface DiscoveryDeps {
  store: KeyValueStore;
  /** The org policy in force. */
  policy(): PolicyDocument;
  /** Managed `identity.corporateDomains`. */
  corporateDomains(): readonly string[];
  /** Managed `identity.groups` (tier exceptions). */
  groups?(): readonly string[] | undefined;
  /** This extension's id: never reported as an AI extension. */
  selfId: string;
  /** Queues a discovery event (no-op without a sink). */
  emit(body: DiscoveryEventBody): Promise<unknown>;
  /** The recorder's `recordVisit` (inventory + throttled `ai_app_used`). */
  recordVisit(visit: VisitRecord): Promise<unknown>;
  now?: () => number;
}

type PageSignalsMessage = Extract<ContentToBackground, { type: 'cs-bg/page-signals' }>;

/**
 * Canonical stand-ins for page text: the content script sends only booleans, and the engine's
 * scorer reads text. These phrases produce exactly the matching reason in `scoreAiPage`
 * (pinned by tests/unit/discovery-wiring/discovery.test.ts), so no page text ever travels.
 */
export const CANONICAL_TEXT = {
  placeholder: 'Ask anything',
  strongDescription: 'LLM',
  wordDescription: 'AI',
} as const;

const catalogPolicies = new WeakMap<PolicyDocument, CatalogPolicy>();
/** The catalog part of the policy, one object per policy document (the index caches by identity). */
export function catalogPolicyOf(policy: PolicyDocument): CatalogPolicy {
  let c = catalogPolicies.get(policy);
  if (!c) catalogPolicies.set(policy, (c = { apps: policy.apps }));
  return c;
}

const iso = (ms: number) => new Date(ms).toISOString();
const tokens = (xs: readonly string[]) => xs.filter((x) => EventToken.safeParse(x).success).slice(0, 40);
const byLastSeen = <T extends { lastSeen: string }>(a: T, b: T) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0);

function cap<T extends { lastSeen: string }>(rec: Record<string, T>): void {
  const keys = Object.keys(rec);
  if (keys.length <= MAX_ROWS) return;
  const oldest = keys.sort((a, b) => byLastSeen(rec[b]!, rec[a]!)).slice(0, keys.length - MAX_ROWS);
  for (const k of oldest) delete rec[k];
}

/** The browser's extension info, as much as classification and the popup need. */
export interface ManagementExtension extends ExtensionInfo {
  version?: string;
  type?: string;
}

export class Discovery {
  private readonly now: () => number;
  private state: DiscoveryState | null = null;
  private loading: Promise<DiscoveryState> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly tabAccounts = new Map<number, { host: string; type: AccountType; domain: string }>();

  constructor(private readonly deps: DiscoveryDeps) {
    this.now = deps.now ?? Date.now;
  }

  // ─── content script ─────────────────────────────────────────────────────────────────────────

  /** What the discovery content script should do on this page. */
  hello(rawHost: string, path: string): DiscoveryHelloResponse {
    const host = normalizeHost(rawHost);
    if (!host) return { mode: 'off', account: [] };
    const app = catalogIndexFor(catalogPolicyOf(this.deps.policy())).match(host, path);
    if (app) {
      const account = adapterFor(host, path)?.account ?? [];
      return { mode: account.length ? 'app' : 'off', account: [...account] };
    }
    return { mode: 'detect', account: [] };
  }

  /** Scores an uncatalogued page's signals; a candidate is stored and reported. */
  async pageSignals(msg: PageSignalsMessage): Promise<{ candidate: boolean }> {
    const signals: AiPageSignals = {
      host: msg.host,
      path: msg.path,
      hasChatComposer: msg.hasChatComposer,
      composerPlaceholder: msg.hasChatComposer && msg.placeholderChatLike ? CANONICAL_TEXT.placeholder : undefined,
      streamedAnswers: msg.streamedAnswers,
      modelApiHosts: msg.requestHosts,
      selfDescription:
        msg.selfDescription === 'strong' ? CANONICAL_TEXT.strongDescription : msg.selfDescription === 'word' ? CANONICAL_TEXT.wordDescription : '',
    };
    const score = scoreAiPage(signals, catalogPolicyOf(this.deps.policy()));
    if (!score.candidate || !EventHost.safeParse(score.host).success) return { candidate: false };
    const now = this.now();
    const reasons = tokens(score.reasons);
    const modelApis = score.modelApis.filter((h) => EventHost.safeParse(h).success).slice(0, 20);
    let report = false;
    await this.update((s) => {
      const prev = s.candidates[score.host];
      const row: StoredCandidate = {
        host: score.host,
        score: Math.max(score.score, prev?.score ?? 0),
        reasons: [...new Set([...(prev?.reasons ?? []), ...reasons])].slice(0, 40),
        modelApis: [...new Set([...(prev?.modelApis ?? []), ...modelApis])].sort().slice(0, 20),
        visits: (prev?.visits ?? 0) + 1,
        firstSeen: prev?.firstSeen ?? iso(now),
        lastSeen: iso(now),
        reportedSig: prev?.reportedSig ?? null,
      };
      const newSig = [...row.reasons].sort().join(',');
      if (row.reportedSig !== newSig) {
        report = true;
        row.reportedSig = newSig;
      }
      s.candidates[score.host] = row;
      cap(s.candidates);
    });
    if (report) {
      const row = (await this.load()).candidates[score.host]!;
      await this.deps.emit({ type: 'unknown_ai_app', host: row.host, score: row.score, reasons: row.reasons, modelApis: row.modelApis });
    }
    return { candidate: true };
  }

  /** The account domain an AI page shows, from the discovery content script (or evaluate). */
  async accountSeen(tabId: number | null, rawHost: string, path: string, rawDomain: string): Promise<AccountClassification | null> {
    const host = normalizeHost(rawHost);
    const app = host ? catalogIndexFor(catalogPolicyOf(this.deps.policy())).match(host, path) : null;
    if (!host || !app) return null;
    const c = this.classify(rawDomain);
    if (!c.domain || !EventHost.safeParse(c.domain).success) return null;
    if (tabId !== null) this.tabAccounts.set(tabId, { host, type: c.type, domain: c.domain });
    const now = this.now();
    const domain = c.domain;
    await this.update((s) => {
      const prev = s.accounts[host];
      const same = prev && prev.domain === domain && prev.type === c.type;
      s.accounts[host] = { host, appId: app.id, type: c.type, domain, firstSeen: same ? prev.firstSeen : iso(now), lastSeen: iso(now) };
      cap(s.accounts);
    });
    return c;
  }

  /** Corporate / personal / unknown for a domain or address, per managed corporate domains. */
  classify(domainOrEmail: string): AccountClassification {
    return classifyAccount(domainOrEmail, this.deps.corporateDomains());
  }

  /**
   * The account type for a `cs-bg/evaluate` on this tab: the message's own domain first, then
   * what the discovery content script reported for the tab, then the host's last account.
   */
  async accountFor(tabId: number | null, rawHost: string, domain?: string): Promise<AccountType | undefined> {
    const host = normalizeHost(rawHost);
    if (!host) return undefined;
    if (domain) {
      const c = this.classify(domain);
      if (c.domain) return c.type;
    }
    const tab = tabId === null ? undefined : this.tabAccounts.get(tabId);
    if (tab && tab.host === host) return tab.type;
    const last = (await this.load()).accounts[host];
    if (last && this.now() - Date.parse(last.lastSeen) < ACCOUNT_FALLBACK_MS) return this.classify(last.domain).type;
    return undefined;
  }

  tabClosed(tabId: number): void {
    this.tabAccounts.delete(tabId);
  }

  // ─── navigation (visits, OAuth grants) ─────────────────────────────────────────────────────

  /** A committed main-frame navigation: a visit when the host is an AI app. */
  async navigated(tabId: number, url: string): Promise<boolean> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    const host = normalizeHost(u.hostname);
    if (!host) return false;
    const policy = this.deps.policy();
    const app = catalogIndexFor(catalogPolicyOf(policy)).match(host, u.pathname);
    // Pages the protection content script runs on count their visit through `cs-bg/protection-status`
    // (src/background/index.ts); counting the navigation too would double every visit there.
    if (!app || isProtectedHost(host, app.source)) return false;
    if (this.tabAccounts.get(tabId)?.host !== host) this.tabAccounts.delete(tabId);
    const { tier } = resolveTier(policy, { host, catalogTier: app.tier }, { now: this.now(), groups: this.deps.groups?.() });
    const last = (await this.load()).accounts[host];
    await this.deps.recordVisit({ host, appId: app.id, tier, account: last?.domain ?? null });
    return true;
  }

  /**
   * An identity provider's authorize / consent URL (seen before the navigation, so before any
   * redirect to a sign-in page): recorded when the client is an AI app.
   */
  async oauth(url: string): Promise<DiscoveredGrant | null> {
    const parsed = parseOAuthAuthorize(url);
    if (!parsed) return null;
    const record = classifyGrantClient(parsed, catalogIndexFor(catalogPolicyOf(this.deps.policy())));
    if (!record.app || !OAuthClientId.safeParse(record.clientId).success) return null;
    const scopes = record.scopes.filter((x) => OAuthScope.safeParse(x).success).slice(0, 100);
    const risky = record.riskyScopes.filter((x) => OAuthScope.safeParse(x).success).slice(0, 100);
    const host = record.redirectHost && EventHost.safeParse(record.redirectHost).success ? record.redirectHost : null;
    const appId = EventToken.safeParse(record.app).success ? record.app : null;
    const key = `${record.provider}|${record.clientId}`;
    const sig = [...scopes].sort().join(' ') + `|${record.offline}|${record.adminConsent}`;
    const now = this.now();
    let row!: StoredGrant;
    let report = false;
    await this.update((s) => {
      const prev = s.grants[key];
      row = {
        provider: record.provider,
        clientId: record.clientId,
        host,
        appId,
        appMatch: record.appMatch ?? null,
        scopes,
        riskyScopes: risky,
        offline: record.offline,
        adminConsent: record.adminConsent,
        count: (prev?.count ?? 0) + 1,
        firstSeen: prev?.firstSeen ?? iso(now),
        lastSeen: iso(now),
        reportedSig: prev?.reportedSig ?? null,
      };
      if (row.reportedSig !== sig) {
        report = true;
        row.reportedSig = sig;
      }
      s.grants[key] = row;
      cap(s.grants);
    });
    if (report) {
      await this.deps.emit({
        type: 'oauth_grant',
        host: host ?? normalizeHost(new URL(url).hostname) ?? 'unknown.invalid',
        ...(appId ? { appId } : {}),
        provider: record.provider,
        clientId: record.clientId,
        scopes,
        riskyScopes: risky,
        offline: record.offline,
        adminConsent: record.adminConsent,
        ...(record.appMatch ? { appMatch: record.appMatch } : {}),
      });
    }
    const { reportedSig: _r, ...out } = row;
    return out;
  }

  // ─── extensions ────────────────────────────────────────────────────────────────────────────

  /**
   * The full list of installed extensions (`management.getAll()`): AI ones are stored; a new
   * id or version is reported once; ones no longer installed are marked removed.
   */
  async syncExtensions(all: readonly ManagementExtension[]): Promise<DiscoveredExtension[]> {
    const now = this.now();
    const toReport: StoredExtension[] = [];
    await this.update((s) => {
      const present = new Set<string>();
      for (const ext of all) {
        if (ext.type && ext.type !== 'extension') continue; // themes, apps
        if (!EventToken.safeParse(ext.id).success) continue;
        const c = classifyExtension(ext, { selfId: this.deps.selfId });
        if (!c.isAi) continue;
        present.add(ext.id);
        const prev = s.extensions[ext.id];
        const version = (ext.version ?? '').slice(0, 32);
        const row: StoredExtension = {
          id: ext.id,
          name: (ext.name ?? '').slice(0, 200),
          version,
          enabled: ext.enabled !== false,
          installType: (ext.installType ?? 'other').slice(0, 32),
          appId: c.appId && EventToken.safeParse(c.appId).success ? c.appId : null,
          confidence: Math.round(c.confidence * 100) / 100,
          risk: c.risk,
          reasons: tokens(c.reasons),
          firstSeen: prev && !prev.removed ? prev.firstSeen : iso(now),
          lastSeen: iso(now),
          removed: false,
          reported: prev?.reported ?? null,
        };
        const sig = `${version}|${row.enabled}`;
        if (row.reported !== sig) {
          row.reported = sig;
          toReport.push(row);
        }
        s.extensions[ext.id] = row;
      }
      for (const row of Object.values(s.extensions)) {
        if (!present.has(row.id) && !row.removed) {
          row.removed = true;
          row.reported = null; // a reinstall is reported again
        }
      }
      cap(s.extensions);
    });
    for (const row of toReport) {
      const version = /^[0-9A-Za-z.+-]{1,32}$/.test(row.version) ? row.version : undefined;
      const installType = /^[a-z][a-z0-9_-]{0,63}$/.test(row.installType) ? row.installType : undefined;
      await this.deps.emit({
        type: 'ai_extension_found',
        extensionId: row.id,
        ...(row.appId ? { appId: row.appId } : {}),
        ...(version ? { version } : {}),
        confidence: row.confidence,
        risk: row.risk,
        reasons: row.reasons,
        ...(installType ? { installType } : {}),
        enabled: row.enabled,
      });
    }
    return (await this.snapshot()).extensions;
  }

  // ─── snapshot ──────────────────────────────────────────────────────────────────────────────

  async snapshot(): Promise<DiscoverySnapshot> {
    await this.writing;
    const s = await this.load();
    return DiscoverySnapshotSchema.parse({
      generatedAt: iso(this.now()),
      extensions: Object.values(s.extensions)
        .map(({ reported: _r, ...row }) => row)
        .sort(byLastSeen),
      candidates: Object.values(s.candidates)
        .map(({ reportedSig: _r, ...row }) => row)
        .sort((a, b) => b.score - a.score || byLastSeen(a, b)),
      grants: Object.values(s.grants)
        .map(({ reportedSig: _r, ...row }) => row)
        .sort(byLastSeen),
      accounts: Object.values(s.accounts).sort(byLastSeen),
    });
  }

  /** Forgets everything (popup "clear history"). */
  async clear(): Promise<void> {
    this.tabAccounts.clear();
    await this.update((s) => Object.assign(s, emptyState()));
  }

  // ─── storage ───────────────────────────────────────────────────────────────────────────────

  private load(): Promise<DiscoveryState> {
    if (this.state) return Promise.resolve(this.state);
    this.loading ??= this.deps.store.get<DiscoveryState>(DISCOVERY_STORAGE_KEY).then(
      (raw) => (this.state = raw && raw.v === 1 ? { ...emptyState(), ...raw } : emptyState()),
      () => (this.state = emptyState()),
    );
    return this.loading;
  }

  /** Serialised read-modify-write, so concurrent reports never lose each other's rows. */
  private update(mutate: (s: DiscoveryState) => void): Promise<void> {
    const next = this.writing.then(async () => {
      const s = await this.load();
      mutate(s);
      await this.deps.store.set(DISCOVERY_STORAGE_KEY, s);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
