import { z } from 'zod';
import { CategorySchema, FindingSchema } from './findings';
import { PolicyStatusSchema } from './policy';

/**
 * Every message between extension contexts, one discriminated union per direction, parsed at the
 * receiver and dropped on failure. Names say the direction: `cs-bg/…` content script →
 * background, `ui-bg/…` popup or options page → background.
 */
export const Channel = z.enum(['typed', 'paste', 'drop', 'file', 'submit']);
export type Channel = z.infer<typeof Channel>;

const Host = z.string().min(1).max(253);

/** What policy says to do with a prompt, strictest wins (see engine `decide`). */
export const Action = z.enum(['allow', 'monitor', 'warn', 'justify', 'redact', 'block']);
export type Action = z.infer<typeof Action>;

/** A finding as it crosses to the background: no preview, no offsets, just what policy needs. */
export const FindingSummary = z.object({
  rule: z.string().min(1).max(100),
  category: CategorySchema,
  count: z.number().int().positive(),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

/** The background's answer to `cs-bg/evaluate`. */
export const Decision = z.object({
  action: Action,
  coaching: z.string().max(2000).optional(),
  canRedact: z.boolean(),
  canSendAnyway: z.boolean(),
  needsJustification: z.boolean(),
  /** Set when the app itself is blocked (tier) or policy fails closed. */
  appBlockedReason: z.string().max(500).optional(),
  policyVersion: z.number().int().nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const UserDecision = z.enum(['none', 'redacted', 'sent_anyway', 'edited', 'cancelled']);
export type UserDecision = z.infer<typeof UserDecision>;

export const ContentToBackground = z.discriminatedUnion('type', [
  /** Asks policy what to do with these findings on this app. */
  z.object({
    type: z.literal('cs-bg/evaluate'),
    host: Host,
    channel: Channel,
    findings: z.array(FindingSummary).max(200),
    /**
     * Domain (never the address) of the account signed in to the app, when the page shows it
     * (`accountDomainFromPage` in src/content/discovery). The background classifies it against
     * managed `identity.corporateDomains` and policy `accounts` acts on it. Absent: the background
     * uses what the discovery content script reported for this tab, if anything.
     */
    accountDomain: Host.optional(),
  }),
  /** Reports what finally happened (metadata only; feeds events and the inventory). */
  z.object({
    type: z.literal('cs-bg/outcome'),
    host: Host,
    channel: Channel,
    action: Action,
    userDecision: UserDecision,
    findings: z.array(FindingSummary).max(200),
    justification: z.string().max(500).optional(),
  }),
  /** Fallback scan when the worker channel cannot start (text stays on the device). */
  z.object({ type: z.literal('cs-bg/scan'), text: z.string().max(20_000_000) }),
  /** Fallback redaction, same reason; the mapping stays in the background's memory. */
  z.object({ type: z.literal('cs-bg/redact'), text: z.string().max(20_000_000), findings: z.array(FindingSchema).max(10_000) }),
  /** The scanner configuration (custom detectors) of the policy in force. */
  z.object({ type: z.literal('cs-bg/get-scanner-config') }),
  /**
   * Discovery content script (every http(s) page, document_idle) asks what to do on this page:
   * `app` = a catalogued / policy app (read the account hint with `account` selectors),
   * `detect` = collect AI-page signals, `off` = nothing. `path` only matches path-limited apps.
   */
  z.object({ type: z.literal('cs-bg/discovery-hello'), host: Host, path: z.string().max(2048) }),
  /** Boolean AI-page signals of an uncatalogued page (no page text; request hosts only). */
  z.object({
    type: z.literal('cs-bg/page-signals'),
    host: Host,
    path: z.string().max(2048),
    hasChatComposer: z.boolean(),
    /** The composer's placeholder / label reads like a chat prompt ("Ask anything", "Message …"). */
    placeholderChatLike: z.boolean(),
    /** Text grew in place in a message list after a send. */
    streamedAnswers: z.boolean(),
    /** Title / meta description name a model or vendor (`strong`) or just say "AI" (`word`). */
    selfDescription: z.enum(['strong', 'word', 'none']),
    /** Distinct hosts the page sent requests to (resource timing); the background keeps model API hosts only. */
    requestHosts: z.array(z.string().max(253)).max(100),
  }),
  /** The signed-in account's domain on an AI app page (only the domain leaves the page). */
  z.object({ type: z.literal('cs-bg/account'), host: Host, path: z.string().max(2048), domain: Host }),
  /**
   * The content script is up on this page: which adapter matched and where scanning runs. The
   * first report of a page load is sent at document_start (`scanner: 'starting'`) and is its visit.
   */
  z.object({
    type: z.literal('cs-bg/protection-status'),
    host: Host,
    adapterId: z.string().max(60),
    scanner: z.enum(['worker', 'background', 'starting']),
    /**
     * Set on a later report from the same page load (the scanner path was decided, or it changed,
     * e.g. the worker died and scanning fell back to the background; or the page was shown again
     * from the back/forward cache): updates the status, is not a new visit.
     */
    change: z.boolean().optional(),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/**
 * Background → content script (`tabs.sendMessage` to the top frame of open tabs). Parsed by the
 * content script, which drops anything that fails this contract or does not come from our own
 * background (src/platform/tab-messaging.ts). Names say the direction: `bg-cs/…`.
 */
export const BackgroundToContent = z.discriminatedUnion('type', [
  /**
   * The effective policy changed (managed config, a policy pull, expiry, failing closed): every
   * verdict a content script cached was decided under the old policy and must be dropped, and
   * the scanner reconfigured (custom detectors come with the policy). `policyVersion`: the new
   * policy's version (null: built-in default or fail-closed). Carries no policy content.
   */
  z.object({ type: z.literal('bg-cs/policy-changed'), policyVersion: z.number().int().nullable() }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

export const UiToBackground = z.discriminatedUnion('type', [
  /** `tabId`: the popup's active tab, to say whether this tab is protected. */
  z.object({ type: z.literal('ui-bg/get-status'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('ui-bg/get-inventory') }),
  /** Options page "Sync now": poll the org endpoint, then answer with the status. */
  z.object({ type: z.literal('ui-bg/sync-policy') }),
  /** Discovery inventory: AI extensions, unknown AI app candidates, OAuth grants, accounts (`DiscoverySnapshot`). */
  z.object({ type: z.literal('ui-bg/get-discovery') }),
]);
export type UiToBackground = z.infer<typeof UiToBackground>;

/**
 * Protection on one tab, as its content script last reported it. The background keeps it in
 * `storage.session` (src/background/tab-status.ts) and reads it back through this schema.
 */
export const TabProtection = z.object({
  host: Host,
  adapterId: z.string(),
  scanner: z.enum(['worker', 'background', 'starting']),
  reportedAt: z.string(),
});
export type TabProtection = z.infer<typeof TabProtection>;

export const StatusResponse = z.object({
  extensionVersion: z.string(),
  interceptedCount: z.number().int().nonnegative(),
  lastInterceptedHost: Host.nullable(),
  policy: PolicyStatusSchema,
  /** Problems in the managed configuration (fields dropped), for the options page. */
  managedIssues: z.array(z.object({ path: z.string(), message: z.string() })),
  /** Events waiting for delivery to the org endpoint (null: no endpoint configured). */
  queueDepth: z.number().int().nonnegative().nullable(),
  /** The popup's active tab: null when it is not an AI page we protect. */
  tab: TabProtection.nullable(),
});
export type StatusResponse = z.infer<typeof StatusResponse>;

export const BackgroundMessage = z.union([ContentToBackground, UiToBackground]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** The background's answer to `cs-bg/discovery-hello`. */
export const DiscoveryHelloResponse = z.object({
  mode: z.enum(['app', 'detect', 'off']),
  /** Selectors of an element naming the signed-in account (site adapter `account`). */
  account: z.array(z.string().max(300)).max(10),
});
export type DiscoveryHelloResponse = z.infer<typeof DiscoveryHelloResponse>;
