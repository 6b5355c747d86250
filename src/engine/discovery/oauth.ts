import { builtinCatalogIndex, normalizeHost, type CatalogIndex } from '../catalog/index';
import { SHARED_PLATFORM_DOMAINS, registrableDomain } from '../catalog/lint';
import type { ResolvedApp } from '../catalog/types';

/**
 * "Sign in with Google/Microsoft/GitHub/Slack" grants: recognise the identity provider's
 * authorize / consent URL, keep who asked for what (client id, scopes, where the answer goes),
 * and flag scopes that give standing access to company data. Never kept: `state`, `code`,
 * `nonce`, `login_hint`, PKCE values or any other parameter; only the fields below are read.
 */

export type OAuthProvider = 'google' | 'microsoft' | 'github' | 'slack';

export interface ParsedOAuthAuthorize {
  provider: OAuthProvider;
  /** Public OAuth client id of the app asking. */
  clientId: string;
  /** Requested scopes in request order, no duplicates (Slack: `scope` then `user_scope`). */
  scopes: string[];
  /** Host the answer goes to (redirect_uri, or the origin for Google's popup flows). */
  redirectHost?: string;
  /** Path of the redirect URI, only used to match apps limited to paths; not kept in grants. */
  redirectPath?: string;
  responseType?: string;
  /** Asks for a refresh token / long-lived token (Google access_type=offline, MS offline_access; GitHub and Slack tokens do not expire by default). */
  offline: boolean;
  /** Microsoft admin consent: the grant would apply to the whole tenant. */
  adminConsent: boolean;
}

const CLIENT_ID_RE = /^[A-Za-z0-9._:@/-]{1,200}$/;
const MAX_SCOPES = 100;

const GOOGLE_HOSTS = new Set(['accounts.google.com']);
const MICROSOFT_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);
const LIVE_HOSTS = new Set(['login.live.com']);
/** Hosts of the providers themselves: a redirect there says nothing about the app. */
const PROVIDER_HOSTS = new Set([...GOOGLE_HOSTS, ...MICROSOFT_HOSTS, ...LIVE_HOSTS, 'github.com', 'slack.com', 'app.slack.com']);

function splitScopes(...values: (string | null)[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (!v) continue;
    for (const s of v.split(/[\s,+]+/)) {
      if (s && s.length <= 300 && !out.includes(s)) out.push(s);
      if (out.length >= MAX_SCOPES) return out;
    }
  }
  return out;
}

/**
 * Host and path of a redirect target. Handles Google's `storagerelay://https/host?id=…` and
 * `postmessage` (then `origin` is used); other schemes (custom app schemes) give nothing.
 */
function redirectTarget(redirectUri: string | null, origin: string | null): { host?: string; path?: string } {
  let target = redirectUri;
  if (!target || target === 'postmessage') target = origin;
  if (!target) return {};
  const relay = /^storagerelay:\/\/(https?)\/([^/?#]+)/i.exec(target);
  if (relay) {
    const host = normalizeHost(relay[2] ?? '');
    return host ? { host } : {};
  }
  try {
    const u = new URL(target);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return {};
    const host = normalizeHost(u.hostname);
    return host ? { host, path: u.pathname } : {};
  } catch {
    return {};
  }
}

function build(
  provider: OAuthProvider,
  q: URLSearchParams,
  scopes: string[],
  extra: { offline?: boolean; adminConsent?: boolean } = {},
): ParsedOAuthAuthorize | null {
  const clientId = q.get('client_id');
  if (!clientId || !CLIENT_ID_RE.test(clientId)) return null;
  const { host, path } = redirectTarget(q.get('redirect_uri'), q.get('origin'));
  const responseType = q.get('response_type');
  return {
    provider,
    clientId,
    scopes,
    ...(host ? { redirectHost: host } : {}),
    ...(host && path ? { redirectPath: path } : {}),
    ...(responseType && /^[a-z_ ]{1,40}$/i.test(responseType) ? { responseType } : {}),
    offline: extra.offline ?? false,
    adminConsent: extra.adminConsent ?? false,
  };
}

function parseGoogle(u: URL, depth: number): ParsedOAuthAuthorize | null {
  const q = u.searchParams;
  const path = u.pathname;
  if (path === '/gsi/select' || path === '/gsi/iframe/select') {
    // Sign in with Google (One Tap / button popup): an ID token with these scopes.
    return build('google', q, ['openid', 'email', 'profile']);
  }
  if (path.startsWith('/o/oauth2/') || path.startsWith('/signin/oauth')) {
    const parsed = build('google', q, splitScopes(q.get('scope')), { offline: q.get('access_type') === 'offline' });
    if (parsed) return parsed;
  }
  // Account chooser / sign-in pages wrap the authorize URL in `continue`.
  const next = q.get('continue');
  if (next && depth === 0) return parseOAuthAuthorizeAt(next, 1);
  return null;
}

function parseMicrosoft(u: URL): ParsedOAuthAuthorize | null {
  const q = u.searchParams;
  const seg = u.pathname.split('/').filter(Boolean);
  // /{tenant}/oauth2/v2.0/authorize, /{tenant}/oauth2/authorize, /{tenant}/[v2.0/]adminconsent
  if (seg.length < 2) return null;
  const rest = seg.slice(1).join('/').toLowerCase();
  const prompt = q.get('prompt');
  if (rest === 'oauth2/v2.0/authorize' || rest === 'oauth2/authorize') {
    const scopes = splitScopes(q.get('scope'));
    // v1: permissions are those configured on the app for `resource`, i.e. `<resource>/.default`.
    const resource = q.get('resource');
    if (rest === 'oauth2/authorize' && resource && /^https:\/\/[^\s]{1,200}$/.test(resource)) {
      const s = `${resource.replace(/\/+$/, '')}/.default`;
      if (!scopes.includes(s)) scopes.push(s);
    }
    return build('microsoft', q, scopes, {
      offline: scopes.some((s) => s.toLowerCase() === 'offline_access'),
      adminConsent: prompt === 'admin_consent',
    });
  }
  if (rest === 'adminconsent' || rest === 'v2.0/adminconsent') {
    const scopes = splitScopes(q.get('scope'));
    return build('microsoft', q, scopes, { offline: scopes.some((s) => s.toLowerCase() === 'offline_access'), adminConsent: true });
  }
  return null;
}

function parseLive(u: URL): ParsedOAuthAuthorize | null {
  if (u.pathname.toLowerCase() !== '/oauth20_authorize.srf') return null;
  const scopes = splitScopes(u.searchParams.get('scope'));
  return build('microsoft', u.searchParams, scopes, {
    offline: scopes.some((s) => /^(?:offline_access|wl\.offline_access)$/i.test(s)),
  });
}

function parseGitHub(u: URL, depth: number): ParsedOAuthAuthorize | null {
  const q = u.searchParams;
  if (u.pathname === '/login/oauth/authorize' || u.pathname === '/login/oauth/select_account') {
    return build('github', q, splitScopes(q.get('scope')), { offline: true });
  }
  // Signed out: /login?client_id=…&return_to=/login/oauth/authorize?…
  const returnTo = q.get('return_to');
  if (u.pathname === '/login' && returnTo && depth === 0) {
    try {
      return parseOAuthAuthorizeAt(new URL(returnTo, 'https://github.com').href, 1);
    } catch {
      return null;
    }
  }
  return null;
}

function parseSlack(u: URL): ParsedOAuthAuthorize | null {
  const q = u.searchParams;
  const p = u.pathname.replace(/\/+$/, '');
  const isApi = u.hostname === 'slack.com';
  if (p === '/oauth/v2/authorize' || p === '/oauth/authorize' || (!isApi && (p === '/oauth' || p === '/oauth/v2'))) {
    return build('slack', q, splitScopes(q.get('scope'), q.get('user_scope')), { offline: true });
  }
  return null;
}

function parseOAuthAuthorizeAt(url: string, depth: number): ParsedOAuthAuthorize | null {
  if (typeof url !== 'string' || url.length > 16_384) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || (u.port && u.port !== '443')) return null;
  const host = u.hostname.toLowerCase();
  if (GOOGLE_HOSTS.has(host)) return parseGoogle(u, depth);
  if (MICROSOFT_HOSTS.has(host)) return parseMicrosoft(u);
  if (LIVE_HOSTS.has(host)) return parseLive(u);
  if (host === 'github.com') return parseGitHub(u, depth);
  if (host === 'slack.com' || /^[a-z0-9-]+\.slack\.com$/.test(host)) return parseSlack(u);
  return null;
}

/**
 * Parses an identity provider's authorize / consent URL; null for anything else (including
 * look-alike hosts and non-https). Reads only client_id, scope(s), redirect_uri / origin (host
 * and path), response_type, access_type, prompt, resource; and follows one level of Google
 * `continue` / GitHub `return_to` wrapping.
 */
export function parseOAuthAuthorize(url: string): ParsedOAuthAuthorize | null {
  return parseOAuthAuthorizeAt(url, 0);
}

// ─── Risky scopes ────────────────────────────────────────────────────────────────────────────

const GOOGLE_PREFIX = 'https://www.googleapis.com/auth/';
/** Google scopes (short form after the prefix) that read or change mail, files, calendars, contacts, docs, chats, org data. */
const GOOGLE_RISKY = new Set([
  'gmail.readonly', 'gmail.modify', 'gmail.metadata', 'gmail.compose', 'gmail.insert', 'gmail.settings.sharing',
  'drive', 'drive.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.photos.readonly', 'drive.scripts',
  'calendar', 'calendar.readonly', 'calendar.events', 'calendar.events.readonly',
  'contacts', 'contacts.readonly', 'contacts.other.readonly', 'directory.readonly',
  'documents', 'documents.readonly', 'spreadsheets', 'spreadsheets.readonly', 'presentations', 'presentations.readonly',
  'chat.messages', 'chat.messages.readonly', 'keep', 'keep.readonly', 'tasks', 'tasks.readonly',
  'cloud-platform', 'cloud-platform.read-only', 'bigquery', 'devstorage.full_control', 'devstorage.read_only', 'devstorage.read_write',
  'meetings.space.readonly', 'forms.responses.readonly',
]);
const GOOGLE_RISKY_FULL = new Set(['https://mail.google.com/', 'https://www.google.com/m8/feeds', 'https://www.google.com/calendar/feeds']);

/** Microsoft Graph / Exchange / SharePoint scopes (short form after the resource) with standing data access. */
const MICROSOFT_RISKY =
  /^(?:\.default|offline_access|user_impersonation|full_access_as_user|(?:ews|imap|pop|smtp)\.accessasuser\.all|mail\.(?:read|readwrite|readbasic)(?:\.all|\.shared)?|files\.(?:read|readwrite)(?:\.all)?|sites\.(?:read|readwrite|manage|fullcontrol)\.all|allsites\.(?:read|write|manage|fullcontrol)|myfiles\.(?:read|write)|calendars\.(?:read|readwrite)(?:\.shared)?|contacts\.(?:read|readwrite)(?:\.shared)?|chat\.(?:read|readwrite|readbasic)(?:\.all)?|channelmessage\.read\.all|notes\.(?:read|readwrite)(?:\.all)?|tasks\.(?:read|readwrite)(?:\.shared)?|directory\.(?:read|readwrite|accessasuser)\.all|user\.(?:read|readwrite)\.all|group\.(?:read|readwrite)\.all|people\.read(?:\.all)?|onlinemeetingtranscript\.read\.all|onlinemeetings\.(?:read|readwrite)|wl\.(?:offline_access|skydrive|skydrive_update|imap|contacts_[a-z_]+|emails)|onedrive\.(?:readonly|readwrite)|office\.onenote(?:_[a-z]+)?)$/;

const GITHUB_RISKY = new Set(['repo', 'write:org', 'workflow', 'delete_repo', 'gist', 'codespace', 'read:packages', 'write:packages', 'delete:packages']);
const SLACK_RISKY = new Set(['files:read', 'search:read', 'remote_files:read', 'users:read.email', 'client', 'read', 'admin']);

/** The scopes among `scopes` that give standing access to company data. */
export function riskyScopes(provider: OAuthProvider, scopes: readonly string[]): string[] {
  return scopes.filter((scope) => {
    const s = scope.trim();
    switch (provider) {
      case 'google':
        if (GOOGLE_RISKY_FULL.has(s)) return true;
        if (s.startsWith(GOOGLE_PREFIX)) {
          const short = s.slice(GOOGLE_PREFIX.length);
          return GOOGLE_RISKY.has(short) || short.startsWith('admin.');
        }
        return GOOGLE_RISKY.has(s);
      case 'microsoft': {
        // `https://graph.microsoft.com/Mail.Read` → `mail.read`, `…/.default` → `.default`.
        const short = s.slice(s.lastIndexOf('/') + 1).toLowerCase();
        return MICROSOFT_RISKY.test(short);
      }
      case 'github':
        return GITHUB_RISKY.has(s) || s.startsWith('admin:');
      case 'slack':
        return SLACK_RISKY.has(s) || s.endsWith(':history') || s.startsWith('admin.');
    }
    return false;
  });
}

// ─── Grant records ───────────────────────────────────────────────────────────────────────────

/** A grant as inventoried: metadata only. */
export interface OAuthGrantRecord {
  provider: OAuthProvider;
  clientId: string;
  scopes: string[];
  /** Catalog app id, when known. */
  app?: string;
  /** How `app` was found. */
  appMatch?: 'client-id' | 'redirect-host' | 'redirect-domain';
  redirectHost?: string;
  riskyScopes: string[];
  offline: boolean;
  adminConsent: boolean;
}

/**
 * Known OAuth client ids → catalog app id. Deliberately empty in the product: only ids verified
 * from a vendor's own sign-in flow belong here, and orgs add theirs through `clientIds` (policy).
 * Redirect hosts identify most apps anyway.
 */
export const KNOWN_OAUTH_CLIENTS: Readonly<Record<string, string>> = {};

export interface ClassifyGrantOptions {
  /** Extra client id → app id pairs (from policy); checked before {@link KNOWN_OAUTH_CLIENTS}. */
  clientIds?: Readonly<Record<string, string>>;
}

const SHARED = new Set(SHARED_PLATFORM_DOMAINS);
const domainIndexes = new WeakMap<CatalogIndex, Map<string, ResolvedApp[]>>();

/** Apps by registrable domain of their hosts (not for shared platforms). */
function appsByDomain(index: CatalogIndex): Map<string, ResolvedApp[]> {
  let m = domainIndexes.get(index);
  if (m) return m;
  m = new Map();
  for (const app of index.apps) {
    for (const d of app.domains) {
      const reg = registrableDomain(d);
      if (!reg || SHARED.has(reg)) continue;
      const list = m.get(reg) ?? [];
      if (!list.some((a) => a.id === app.id)) list.push(app);
      m.set(reg, list);
    }
  }
  domainIndexes.set(index, m);
  return m;
}

/** Of several apps of one vendor domain, the main one: a protected composer, then chat, then id order. */
function primaryApp(apps: readonly ResolvedApp[]): ResolvedApp | undefined {
  const rank = (a: ResolvedApp): number => (a.composer ? 0 : a.category === 'chat' ? 1 : 2);
  return [...apps].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/**
 * Turns a parsed authorize URL into a grant record: which catalog app asked (by client id, then
 * the redirect host through the catalog's host matching, then the redirect host's registrable
 * domain, e.g. `auth.openai.com` → ChatGPT) and which scopes are risky. Pass
 * `catalogIndexFor(policy)` to include policy-added apps.
 */
export function classifyGrantClient(
  parsed: ParsedOAuthAuthorize,
  catalog: CatalogIndex = builtinCatalogIndex(),
  opts: ClassifyGrantOptions = {},
): OAuthGrantRecord {
  const record: OAuthGrantRecord = {
    provider: parsed.provider,
    clientId: parsed.clientId,
    scopes: [...parsed.scopes],
    ...(parsed.redirectHost ? { redirectHost: parsed.redirectHost } : {}),
    riskyScopes: riskyScopes(parsed.provider, parsed.scopes),
    offline: parsed.offline,
    adminConsent: parsed.adminConsent,
  };
  const byClient = opts.clientIds?.[parsed.clientId] ?? KNOWN_OAUTH_CLIENTS[parsed.clientId];
  if (byClient) return { ...record, app: byClient, appMatch: 'client-id' };

  const host = parsed.redirectHost;
  if (!host || PROVIDER_HOSTS.has(host)) return record;
  const direct = catalog.match(host, parsed.redirectPath);
  if (direct) return { ...record, app: direct.id, appMatch: 'redirect-host' };
  const reg = registrableDomain(host);
  if (reg && !SHARED.has(reg)) {
    const app = primaryApp(appsByDomain(catalog).get(reg) ?? []);
    if (app) return { ...record, app: app.id, appMatch: 'redirect-domain' };
  }
  return record;
}
