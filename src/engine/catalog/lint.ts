import { getDomain, getPublicSuffix, parse } from 'tldts';
import { APP_CATEGORIES, APP_TIERS, CatalogPolicySchema, type CatalogApp, type CatalogPolicy } from './types';

/**
 * Registrable domains shared by many unrelated products: the catalog may list a specific host
 * under them (`gemini.google.com`) or the bare domain with `paths` (`github.com` + `/copilot`),
 * never the bare domain alone, which would label all of Google, GitHub, … as one AI app.
 */
export const SHARED_PLATFORM_DOMAINS: readonly string[] = [
  'adobe.com',
  'alibaba.com',
  'aliyun.com',
  'amazon.com',
  'amazonaws.com',
  'apple.com',
  'atlassian.com',
  'atlassian.net',
  'azure.com',
  'baidu.com',
  'bing.com',
  'canva.com',
  'capcut.com',
  'cloud.microsoft',
  'cloudflare.com',
  'dropbox.com',
  'facebook.com',
  'figma.com',
  'firebaseapp.com',
  'freepik.com',
  'github.com',
  'githubusercontent.com',
  'google.com',
  'googleapis.com',
  'googleusercontent.com',
  'huggingface.co',
  'instagram.com',
  'linkedin.com',
  'live.com',
  'meta.com',
  'microsoft.com',
  'microsoft365.com',
  'naver.com',
  'notion.so',
  'nvidia.com',
  'office.com',
  'qq.com',
  'salesforce.com',
  'slack.com',
  'stanford.edu',
  'tencent.com',
  'tiktok.com',
  'twitter.com',
  'whatsapp.com',
  'withgoogle.com',
  'x.com',
  'xfyun.cn',
  'yandex.com',
  'yandex.ru',
  'youdao.com',
  'zoom.us',
];
const SHARED = new Set(SHARED_PLATFORM_DOMAINS);

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const PATH_RE = /^\/[a-z0-9._~!$&'()*+,;=:@%/-]*[^/]$/;
const CATEGORIES = new Set<string>(APP_CATEGORIES);
const TIERS = new Set<string>(APP_TIERS);

/** Registrable domain, counting private suffixes (vercel.app, github.io) as public suffixes. */
export const registrableDomain = (host: string): string | null => getDomain(host, { allowPrivateDomains: true });

/** Problems with one host string as a catalog domain; empty when fine. */
export function lintHost(host: string): string[] {
  if (!HOST_RE.test(host) || host.length > 253) return [`"${host}" is not a lower-case host name`];
  const p = parse(host, { allowPrivateDomains: true });
  if (p.isIp) return [`"${host}" is an IP address`];
  if (p.hostname !== host) return [`"${host}" does not parse back to itself`];
  const domain = registrableDomain(host);
  if (!domain) return [`"${host}" has no registrable domain (public suffix "${getPublicSuffix(host, { allowPrivateDomains: true }) ?? '?'}")`];
  return [];
}

export interface LintOptions {
  /** Require ids in ascending order (the built-in file is kept sorted). */
  requireSorted?: boolean;
}

/**
 * Problems in a list of apps (built-in catalog or policy additions), one message each; empty
 * when clean. Checks ids, names, categories, tiers, hosts (valid, registrable per tldts, not a
 * bare shared platform without paths, not listed twice), paths.
 */
export function lintCatalog(apps: readonly CatalogApp[], opts: LintOptions = {}): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const hostPathOwner = new Map<string, string>();
  let prevId = '';
  for (const app of apps) {
    const at = `app "${app.id}"`;
    if (!ID_RE.test(app.id)) problems.push(`${at}: id is not kebab-case`);
    if (ids.has(app.id)) problems.push(`${at}: duplicate id`);
    ids.add(app.id);
    if (opts.requireSorted && app.id < prevId) problems.push(`${at}: not sorted (comes after "${prevId}")`);
    prevId = app.id;
    if (!app.name.trim()) problems.push(`${at}: empty name`);
    if (!app.vendor.trim()) problems.push(`${at}: empty vendor`);
    if (!CATEGORIES.has(app.category)) problems.push(`${at}: unknown category "${app.category}"`);
    if (!TIERS.has(app.defaultTier)) problems.push(`${at}: unknown tier "${app.defaultTier}"`);
    if (app.paths !== undefined) {
      if (app.paths.length === 0) problems.push(`${at}: empty paths (omit the field instead)`);
      for (const p of app.paths) {
        if (!PATH_RE.test(p)) problems.push(`${at}: path "${p}" must be lower case, start with "/", not end with "/", no query`);
      }
      if (new Set(app.paths).size !== app.paths.length) problems.push(`${at}: duplicate path`);
    }
    if (app.domains.length === 0) problems.push(`${at}: no domains`);
    if (new Set(app.domains).size !== app.domains.length) problems.push(`${at}: domain listed twice`);
    for (const d of app.domains) {
      for (const m of lintHost(d)) problems.push(`${at}: ${m}`);
      if (SHARED.has(d) && !app.paths?.length) problems.push(`${at}: "${d}" is a shared platform; list a specific host or add paths`);
      // A host under another host of the same app is redundant (parents cover subdomains).
      const parent = app.domains.find((o) => o !== d && d.endsWith(`.${o}`));
      if (parent) problems.push(`${at}: "${d}" is already covered by "${parent}"`);
      for (const p of app.paths?.length ? app.paths : ['']) {
        const key = `${d}${p}`;
        const owner = hostPathOwner.get(key);
        if (owner && owner !== app.id) problems.push(`${at}: "${key}" is also listed by "${owner}"`);
        else hostPathOwner.set(key, app.id);
      }
    }
  }
  return problems;
}

/**
 * Problems in the catalog part of an org policy (for `policy lint`): schema errors, added apps
 * failing lintCatalog among themselves, override keys that are neither a known app id nor a
 * valid host. An added app may list a host the catalog lists: policy takes precedence there.
 */
export function lintCatalogPolicy(policy: CatalogPolicy, catalog: readonly CatalogApp[]): string[] {
  const parsed = CatalogPolicySchema.safeParse(policy);
  if (!parsed.success) return parsed.error.issues.map((i) => `policy ${i.path.join('.')}: ${i.message}`);
  const { apps = {}, add = [] } = parsed.data;
  const problems = lintCatalog(add);
  const known = new Set([...catalog.map((a) => a.id), ...add.map((a) => a.id)]);
  for (const key of Object.keys(apps)) {
    if (key.includes('.')) {
      for (const m of lintHost(key.toLowerCase())) problems.push(`override "${key}": ${m}`);
    } else if (!known.has(key)) {
      problems.push(`override "${key}": no app with this id`);
    }
  }
  return problems;
}
