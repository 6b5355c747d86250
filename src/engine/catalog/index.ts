import { CATALOG_APPS } from './apps';
import type { z } from 'zod';
import { CatalogPolicySchema, type AppOverride, type AppTier, type CatalogApp, type CatalogPolicy, type ResolvedApp } from './types';

export * from './types';
export { BLOCKED_BY_DEFAULT, CATALOG_APPS, TOLERATED_VENDORS } from './apps';

/**
 * Catalog matching: host (+ path) → app, with org policy applied. Pure and fast: an index
 * (Map host → entries) is built once per catalog/policy; a lookup is one Map probe per host label.
 *
 * Match rules (docs/catalog.md "Matching"):
 * 1. The host itself, then each parent (`eu.chatgpt.com` → `chatgpt.com` → `com`): the most
 *    specific listed host wins, so `sora.chatgpt.com` is Sora while `chatgpt.com` is ChatGPT.
 * 2. At one host, entries limited to `paths` come first (longest path first) and match only when
 *    the path starts with that path by whole segments; then the entry without paths.
 * 3. At equal specificity, the entry added last wins (policy additions come after the built-in
 *    catalog, so they take precedence).
 * 4. Tier: the longest policy host key covering the host (the host itself or a parent), else the
 *    app's own tier (policy id key, else its default).
 */

interface Entry {
  app: ResolvedApp;
  /** Lower-case path prefix without trailing slash, or undefined for "any path". */
  path?: string;
  order: number;
}

export interface CatalogIndex {
  /**
   * Every app in force: built-in apps (id keys applied), policy additions, and one app per policy
   * host key that no app covers. Tiers set by host keys on covered hosts show in `match` only.
   */
  readonly apps: readonly ResolvedApp[];
  /** The app for a host (and path), or null. `path` is a URL pathname; query and hash are ignored. */
  match(hostname: string, path?: string): ResolvedApp | null;
  /** The app with that id (the last one added when ids repeat, i.e. a policy replacement). */
  byId(id: string): ResolvedApp | undefined;
}

/** Lower-case host without port or trailing dot; null when it cannot be a DNS host name. */
export function normalizeHost(input: string): string | null {
  let h = input.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return null;
    }
  }
  const colon = h.lastIndexOf(':');
  if (colon !== -1 && /^\d+$/.test(h.slice(colon + 1))) h = h.slice(0, colon);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === '' || h.length > 253 || !/^[a-z0-9._-]+$/.test(h) || h.includes('..')) return null;
  return h;
}

/** Lower-case pathname without query, hash or trailing slash ('' for the root). */
function normalizePath(path: string): string {
  let p = path;
  const cut = p.search(/[?#]/);
  if (cut !== -1) p = p.slice(0, cut);
  p = p.toLowerCase();
  if (!p.startsWith('/')) p = `/${p}`;
  while (p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

/** `/chat` matches `/chat` and `/chat/x` but not `/chatter`. Both already normalised. */
const pathMatches = (path: string, prefix: string): boolean =>
  path === prefix || (path.startsWith(prefix) && path.charCodeAt(prefix.length) === 47 /* / */);

/** Parent hosts of `host`, itself first: `a.b.c` → `a.b.c`, `b.c`, `c`. */
function* selfAndParents(host: string): Generator<string> {
  let h = host;
  for (;;) {
    yield h;
    const dot = h.indexOf('.');
    if (dot === -1) return;
    h = h.slice(dot + 1);
  }
}

/**
 * Builds the lookup index for a list of apps (see the match rules above). `hostTiers` are policy
 * host keys → tier (normalised hosts); see {@link hostTiersOf}.
 */
export function buildCatalogIndex(apps: readonly (CatalogApp | ResolvedApp)[], hostTiers?: ReadonlyMap<string, AppTier>): CatalogIndex {
  const resolved: ResolvedApp[] = apps.map((a) => ('tier' in a ? a : toResolved(a, 'catalog')));
  const byHost = new Map<string, Entry[]>();
  const byIdMap = new Map<string, ResolvedApp>();
  let order = 0;
  for (const app of resolved) {
    byIdMap.set(app.id, app);
    for (const rawDomain of app.domains) {
      const host = normalizeHost(rawDomain);
      if (!host) continue;
      let bucket = byHost.get(host);
      if (!bucket) byHost.set(host, (bucket = []));
      if (app.paths?.length) {
        for (const p of app.paths) bucket.push({ app, path: normalizePath(p), order: order++ });
      } else {
        bucket.push({ app, order: order++ });
      }
    }
  }
  for (const bucket of byHost.values()) {
    bucket.sort((a, b) => (b.path?.length ?? -1) - (a.path?.length ?? -1) || b.order - a.order);
  }

  const findApp = (host: string, p: string | undefined): ResolvedApp | null => {
    for (const h of selfAndParents(host)) {
      const bucket = byHost.get(h);
      if (!bucket) continue;
      for (const e of bucket) {
        if (e.path === undefined) return e.app;
        if (p !== undefined && pathMatches(p, e.path)) return e.app;
      }
    }
    return null;
  };

  // One object per (app, tier) so repeated lookups return the same object.
  const retiered = new WeakMap<ResolvedApp, Map<AppTier, ResolvedApp>>();
  const withTier = (app: ResolvedApp, tier: AppTier): ResolvedApp => {
    if (app.tier === tier) return app;
    let m = retiered.get(app);
    if (!m) retiered.set(app, (m = new Map()));
    let v = m.get(tier);
    if (!v) m.set(tier, (v = { ...app, tier }));
    return v;
  };

  const match = (hostname: string, path?: string): ResolvedApp | null => {
    const host = normalizeHost(hostname);
    if (!host) return null;
    const app = findApp(host, path === undefined ? undefined : normalizePath(path));
    if (!app || !hostTiers?.size) return app;
    for (const h of selfAndParents(host)) {
      const tier = hostTiers.get(h);
      if (tier) return withTier(app, tier);
    }
    return app;
  };

  return { apps: resolved, match, byId: (id) => byIdMap.get(id) };
}

function toResolved(app: CatalogApp, source: ResolvedApp['source']): ResolvedApp {
  return { ...app, tier: app.defaultTier, source };
}

function withOverride(app: ResolvedApp, o: AppOverride): ResolvedApp {
  return {
    ...app,
    ...(o.tier ? { tier: o.tier } : {}),
    ...(o.name ? { name: o.name } : {}),
    ...(o.category ? { category: o.category } : {}),
  };
}

/** `ai.corp.example.com` → `custom-ai-corp-example-com` (id of an app created by a host key). */
const hostAppId = (host: string): string =>
  `custom-${host.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`.slice(0, 80);

/** Parses the catalog policy; throws with the zod issues when invalid. */
function parsePolicy(policy: CatalogPolicy): z.output<typeof CatalogPolicySchema> {
  const parsed = CatalogPolicySchema.safeParse(policy);
  if (!parsed.success) throw new Error(`Invalid catalog policy: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** A key with a dot is a host key; anything else an app id. */
const isHostKey = (key: string): boolean => key.includes('.');

/** Policy host keys → tier, normalised (keys without a tier are left out). */
export function hostTiersOf(policy?: CatalogPolicy): Map<string, AppTier> {
  const out = new Map<string, AppTier>();
  if (!policy) return out;
  for (const [key, o] of Object.entries(parsePolicy(policy).apps ?? {})) {
    const host = isHostKey(key) ? normalizeHost(key) : null;
    if (host && o.tier) out.set(host, o.tier);
  }
  return out;
}

/**
 * The app list with org policy applied. `policy` is the catalog part of the org policy
 * (CatalogPolicySchema; the policy document's `apps` record fits as is). It is validated here
 * and an invalid one throws (policy loading refuses it before it gets here).
 *
 * - `add`: extra apps (source `policy`, tier = their `defaultTier`). One with the id of a built-in
 *   app replaces it. Hosts they list take precedence over built-in entries on the same host.
 * - `apps` keyed by app id (no dot): changes tier / name / category of that app.
 * - `apps` keyed by host (has a dot): its `tier` applies to the host and its subdomains, whatever
 *   app matches there, the longest key winning (that part lives in the index: use
 *   {@link catalogIndexFor} or pass {@link hostTiersOf} to {@link buildCatalogIndex}). A host key
 *   that no app covers also creates an app `custom-<host>` (name = the key's `name` or the host,
 *   category = its `category` or `other`, tier = its `tier` or `unsanctioned`), so policy can put
 *   AI apps the catalog lacks under protection. `name` / `category` of a host key apply only to
 *   such a created app.
 * Unknown ids are ignored (lintCatalogPolicy reports them).
 */
export function applyOverrides(catalog: readonly CatalogApp[], policy?: CatalogPolicy): ResolvedApp[] {
  const base = catalog.map((a) => toResolved(a, 'catalog'));
  if (!policy) return base;
  const { apps: overrides = {}, add = [] } = parsePolicy(policy);

  const addedIds = new Set(add.map((a) => a.id));
  let result: ResolvedApp[] = [...base.filter((a) => !addedIds.has(a.id)), ...add.map((a) => toResolved(a, 'policy'))];
  for (const [key, o] of Object.entries(overrides)) {
    if (!isHostKey(key)) result = result.map((a) => (a.id === key ? withOverride(a, o) : a));
  }

  const covered = buildCatalogIndex(result);
  const created: ResolvedApp[] = [];
  for (const [key, o] of Object.entries(overrides)) {
    const host = isHostKey(key) ? normalizeHost(key) : null;
    if (!host || covered.match(host, '/') || created.some((c) => c.domains[0] === host)) continue;
    const tier = o.tier ?? 'unsanctioned';
    created.push({ id: hostAppId(host), name: o.name ?? host, vendor: 'Unknown', domains: [host], category: o.category ?? 'other', defaultTier: tier, tier, source: 'policy' });
  }
  return [...result, ...created];
}

let builtinIndex: CatalogIndex | undefined;
const policyIndexes = new WeakMap<object, CatalogIndex>();

/** Index of the built-in catalog with no policy (built on first use). */
export function builtinCatalogIndex(): CatalogIndex {
  return (builtinIndex ??= buildCatalogIndex(CATALOG_APPS));
}

/** Index of the built-in catalog with `policy` applied, cached per policy object. */
export function catalogIndexFor(policy?: CatalogPolicy): CatalogIndex {
  if (!policy) return builtinCatalogIndex();
  let idx = policyIndexes.get(policy);
  if (!idx) {
    idx = buildCatalogIndex(applyOverrides(CATALOG_APPS, policy), hostTiersOf(policy));
    policyIndexes.set(policy, idx);
  }
  return idx;
}

/**
 * The app in force for a host (and path): the built-in catalog with the org's `policy` applied.
 * Pass the same policy object on every call: its index is cached per object identity.
 */
export function matchApp(hostname: string, path?: string, policy?: CatalogPolicy): ResolvedApp | null {
  return catalogIndexFor(policy).match(hostname, path);
}

/**
 * Chrome/Firefox match patterns covering `apps`, for dynamic content-script registration:
 * `https://*.host/*` for each host (in match patterns `*.host` also matches `host` itself, and
 * matchApp matches subdomains of every listed host, e.g. regional consoles), and
 * `https://*.host/path*` for apps limited to paths. Sorted, no duplicates. The content script
 * still calls matchApp with the real path: `/chat*` also matches `/chatter`.
 */
export function matchPatternsFor(apps: readonly CatalogApp[]): string[] {
  const out = new Set<string>();
  for (const app of apps) {
    for (const d of app.domains) {
      const host = normalizeHost(d);
      if (!host) continue;
      if (app.paths?.length) for (const p of app.paths) out.add(`https://*.${host}${normalizePath(p)}*`);
      else out.add(`https://*.${host}/*`);
    }
  }
  return [...out].sort();
}
