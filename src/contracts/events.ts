import { z } from 'zod';
import { CategorySchema } from './findings';
import { Action, Channel, UserDecision } from './messages';

/**
 * Inventory events: the ONLY data that leaves the device (see docs/events.md, which documents
 * every field). Metadata only — never prompt text, matched values, previews, offsets, URLs,
 * paths, query strings, or hashes of short values that could be brute-forced.
 *
 * Every object is strict (unknown keys are refused, so a field cannot be smuggled in by
 * accident) and every string is bounded. The one free-text field is `justification` on
 * `prompt_checked`: the short business reason the user typed into OUR dialog; policy can turn it
 * off with `EventSettings.includeJustification`.
 *
 * The reference server validates uploads with `EventBatchSchema`.
 */

export const EVENT_SCHEMA_VERSION = 1;

/** A lower-case DNS host name or IPv4 address; never a URL, never a port, path or query. */
const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
export const EventHost = z.string().max(253).regex(HOST_RE, 'a lower-case host name, not a URL');
export type EventHost = z.infer<typeof EventHost>;

/** Identifiers (app ids, rule ids, adapter ids, codes): a bounded token, no spaces, no free text. */
const TOKEN_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const EventToken = z.string().max(100).regex(TOKEN_RE, 'an identifier');

/** Short lower-case code: policy source, refusal reason. */
const CODE_RE = /^[a-z][a-z0-9_-]{0,63}$/;
export const EventCode = z.string().max(64).regex(CODE_RE, 'a lower-case code');

/** App tiers. Must equal APP_TIERS in src/engine/catalog/types.ts (a unit test checks it). */
export const EventAppTier = z.enum(['sanctioned', 'tolerated', 'unsanctioned', 'blocked']);
export type EventAppTier = z.infer<typeof EventAppTier>;

const Count = z.number().int().nonnegative().max(1_000_000_000);
const IsoTime = z.iso.datetime({ offset: false });

/** Pseudonymous user: first 32 hex chars of HMAC-SHA-256(org key, identity). */
export const PseudonymousUser = z.string().regex(/^[0-9a-f]{32}$/, '32 lower-case hex chars');

/** The fields every event carries. */
const envelope = {
  /** UUID v4, generated once when the event is built; the server's idempotency key. */
  id: z.uuidv4(),
  ts: IsoTime,
  schemaVersion: z.literal(EVENT_SCHEMA_VERSION),
  /** Keyed hash of the identity, or null when no identity or no org key is configured. */
  user: PseudonymousUser.nullable(),
  /** Random UUID generated once per browser profile and stored locally. */
  device: z.uuid(),
  extensionVersion: z.string().min(1).max(32).regex(/^[0-9A-Za-z.+-]+$/),
  policyVersion: z.number().int().nonnegative().nullable(),
  orgId: EventToken.nullable(),
};

/** Categories caught in one prompt, with how many findings each. */
export const CategoryCounts = z.partialRecord(CategorySchema, z.number().int().positive().max(1_000_000));
export type CategoryCounts = z.infer<typeof CategoryCounts>;

export const AiAppUsedEvent = z.strictObject({
  ...envelope,
  type: z.literal('ai_app_used'),
  appId: EventToken.optional(),
  host: EventHost,
  tier: EventAppTier,
  /** Domain part of the account signed in to the AI app, when known (e.g. `example.com`). */
  accountDomain: EventHost.optional(),
});

export const PromptCheckedEvent = z.strictObject({
  ...envelope,
  type: z.literal('prompt_checked'),
  appId: EventToken.optional(),
  host: EventHost,
  tier: EventAppTier.optional(),
  channel: Channel,
  categories: CategoryCounts,
  /** Stable rule ids that matched (never what they matched). */
  rules: z.array(EventToken).max(200),
  action: Action,
  userDecision: UserDecision,
  /**
   * THE ONE FREE-TEXT FIELD: the short business reason the user typed into our justification
   * dialog (not prompt content). Omitted when policy sets `includeJustification: false`; then
   * `justificationGiven` still says whether one was given.
   */
  justification: z.string().min(1).max(500).optional(),
  justificationGiven: z.boolean().optional(),
});

export const PolicyAppliedEvent = z.strictObject({
  ...envelope,
  type: z.literal('policy_applied'),
  /** Version of the policy now in force (the envelope's policyVersion is the same number). */
  version: z.number().int().nonnegative(),
  /** Where it came from, e.g. `builtin`, `managed`, `endpoint`, `cache`. */
  source: EventCode,
  previousVersion: z.number().int().nonnegative().nullable().optional(),
});

export const PolicyRefusedEvent = z.strictObject({
  ...envelope,
  type: z.literal('policy_refused'),
  /** Version of the refused document when it could be read, else null. */
  version: z.number().int().nonnegative().nullable(),
  source: EventCode,
  /** Why, e.g. `bad_signature`, `invalid_schema`, `older_version`, `fetch_failed`. */
  reason: EventCode,
});

export const ProtectionStatusEvent = z.strictObject({
  ...envelope,
  type: z.literal('protection_status'),
  host: EventHost,
  /** Site adapter that matched the page, or null when only the generic fallback applies. */
  adapterId: EventToken.nullable(),
  /** Whether the interceptor is attached and answering. */
  interceptionAlive: z.boolean(),
  /** Where scanning runs: the extension-origin worker, or the background fallback. */
  scanner: z.enum(['worker', 'background']),
});

// ─── Discovery (issue 7: shadow-AI discovery; see docs/catalog.md "Discovery in the browser") ──

/** How the account signed in to an AI app relates to the org (engine `classifyAccount`). */
export const AccountTypeSchema = z.enum(['corporate', 'personal', 'unknown']);
export type AccountType = z.infer<typeof AccountTypeSchema>;

/** Reason codes of the discovery classifiers (`name:chatgpt`, `permission:clipboardRead`, `model-api`). */
const ReasonCodes = z.array(EventToken).max(40);
const Confidence = z.number().min(0).max(1);

export const AiExtensionFoundEvent = z.strictObject({
  ...envelope,
  type: z.literal('ai_extension_found'),
  /** Browser extension id (32 a–p chars on Chromium, an id/email-like token on Firefox). */
  extensionId: EventToken,
  appId: EventToken.optional(),
  /** The extension's version (reported again when it changes). */
  version: z.string().min(1).max(32).regex(/^[0-9A-Za-z.+-]+$/).optional(),
  /** How sure the classifier is that it is an AI tool, 0..1. */
  confidence: Confidence.optional(),
  /** What its permissions could read or leak. */
  risk: z.enum(['low', 'medium', 'high']).optional(),
  /** Reason codes only, never text from the extension. */
  reasons: ReasonCodes.optional(),
  /** `management.ExtensionInstallType`: admin, development, normal, sideload, other. */
  installType: EventCode.optional(),
  enabled: z.boolean().optional(),
});

/** An OAuth scope: a public identifier (`repo`, `https://www.googleapis.com/auth/drive`), no spaces. */
export const OAuthScope = z.string().min(1).max(300).regex(/^[\x21-\x7e]+$/, 'an OAuth scope');
/** A public OAuth client id. */
export const OAuthClientId = z.string().min(1).max(200).regex(/^[A-Za-z0-9._:@/-]+$/, 'an OAuth client id');

export const OauthGrantEvent = z.strictObject({
  ...envelope,
  type: z.literal('oauth_grant'),
  /** Host of the AI app asking for access (the redirect host; the IdP host when there is none). */
  host: EventHost,
  appId: EventToken.optional(),
  /** Identity provider the consent / authorize flow ran at. */
  provider: z.enum(['google', 'microsoft', 'github', 'slack']).optional(),
  clientId: OAuthClientId.optional(),
  /** Requested scopes, in request order. */
  scopes: z.array(OAuthScope).max(100).optional(),
  /** The requested scopes that give standing access to company data. */
  riskyScopes: z.array(OAuthScope).max(100).optional(),
  /** Asks for a refresh / long-lived token. */
  offline: z.boolean().optional(),
  /** Microsoft admin consent (tenant-wide). */
  adminConsent: z.boolean().optional(),
  /** How the app was recognised: client id table, redirect host, or the redirect host's domain. */
  appMatch: z.enum(['client-id', 'redirect-host', 'redirect-domain']).optional(),
});

export const UnknownAiAppEvent = z.strictObject({
  ...envelope,
  type: z.literal('unknown_ai_app'),
  host: EventHost,
  /** Candidate score 0..1 (engine `scoreAiPage`). */
  score: Confidence.optional(),
  /** Signal codes: `model-api`, `streamed-answers`, `chat-composer`, `composer-placeholder`, `self-description:*`. */
  reasons: ReasonCodes.optional(),
  /** Model API hosts the page called from the browser. */
  modelApis: z.array(EventHost).max(20).optional(),
});

// ─── Delivery bookkeeping ────────────────────────────────────────────────────────────────────

export const EVENT_TYPES = [
  'ai_app_used',
  'prompt_checked',
  'policy_applied',
  'policy_refused',
  'protection_status',
  'ai_extension_found',
  'oauth_grant',
  'unknown_ai_app',
  'queue_overflow',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/**
 * Events this device lost on the way to one sink since the last report: `dropped` by type when
 * the local queue was full, `deadLettered` when the receiver refused a batch as invalid (4xx).
 * Never silent: sent at the head of the next batch.
 */
export const QueueOverflowEvent = z.strictObject({
  ...envelope,
  type: z.literal('queue_overflow'),
  sink: z.enum(['org', 'otlp']),
  dropped: z.partialRecord(EventType, z.number().int().positive().max(1_000_000_000)),
  deadLettered: Count,
  /** When the first loss in this report happened. */
  since: IsoTime,
});

export const InventoryEvent = z.discriminatedUnion('type', [
  AiAppUsedEvent,
  PromptCheckedEvent,
  PolicyAppliedEvent,
  PolicyRefusedEvent,
  ProtectionStatusEvent,
  AiExtensionFoundEvent,
  OauthGrantEvent,
  UnknownAiAppEvent,
  QueueOverflowEvent,
]);
export type InventoryEvent = z.infer<typeof InventoryEvent>;
export type InventoryEventOf<T extends EventType> = Extract<InventoryEvent, { type: T }>;

/** The fields every event carries (what `envelope` above builds). */
export type EventEnvelope = Pick<InventoryEvent, 'id' | 'ts' | 'schemaVersion' | 'user' | 'device' | 'extensionVersion' | 'policyVersion' | 'orgId'>;

export const MAX_EVENTS_PER_BATCH = 500;

/** `POST {endpoint}/v1/orgs/{orgId}/events` body. The reference server validates with this. */
export const EventBatchSchema = z.strictObject({
  events: z.array(InventoryEvent).min(1).max(MAX_EVENTS_PER_BATCH),
});
export type EventBatch = z.infer<typeof EventBatchSchema>;

/** Low-priority types are dropped first when the local queue is full. */
export const LOW_PRIORITY_EVENT_TYPES: readonly EventType[] = ['ai_app_used', 'protection_status'];

// ─── Settings policy can change ──────────────────────────────────────────────────────────────

/** What policy may turn off in events. Meant to be embedded in the policy schema as is. */
export const EventSettingsSchema = z.strictObject({
  /** Send the user's justification text (the one free-text field). Off: only `justificationGiven`. */
  includeJustification: z.boolean().default(true),
  /** Send the domain of the account signed in to AI apps. */
  includeAccountDomain: z.boolean().default(true),
  /** Send the pseudonymous user hash (needs an identity key in managed config anyway). */
  includeUser: z.boolean().default(true),
  /** Send rule ids in `prompt_checked` (categories and counts are always sent). */
  includeRuleIds: z.boolean().default(true),
  /** Send `ai_app_used` / `protection_status` at most once per host per this many minutes. */
  usageIntervalMinutes: z.number().int().min(1).max(1440).default(60),
});
export type EventSettings = z.infer<typeof EventSettingsSchema>;
export const DEFAULT_EVENT_SETTINGS: EventSettings = EventSettingsSchema.parse({});

// ─── Local inventory snapshot (popup, exports) ───────────────────────────────────────────────

const ActionCounts = z.partialRecord(Action, Count);
const FullCategoryCounts = z.record(CategorySchema, Count);

export const InventoryAppSchema = z.strictObject({
  host: EventHost,
  appId: EventToken.nullable(),
  tier: EventAppTier.nullable(),
  firstSeen: IsoTime,
  lastSeen: IsoTime,
  visits: Count,
  promptsChecked: Count,
  findings: z.partialRecord(CategorySchema, Count),
  actions: ActionCounts,
  /** Times the user sent anyway despite a warning. */
  overrides: Count,
});
export type InventoryApp = z.infer<typeof InventoryAppSchema>;

export const InventoryRecentSchema = z.strictObject({
  time: IsoTime,
  host: EventHost,
  channel: Channel,
  action: Action,
  userDecision: UserDecision,
  categories: z.array(CategorySchema).max(6),
});
export type InventoryRecent = z.infer<typeof InventoryRecentSchema>;

export const InventoryDaySchema = z.strictObject({
  /** Local calendar day, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  visits: Count,
  promptsChecked: Count,
  findings: Count,
  blocked: Count,
  redacted: Count,
  warned: Count,
  overrides: Count,
});
export type InventoryDay = z.infer<typeof InventoryDaySchema>;

/** What the popup reads (`snapshot()`), and what the CSV/JSON exports are made from. */
export const InventorySnapshotSchema = z.strictObject({
  generatedAt: IsoTime,
  /** Most recently seen first. */
  apps: z.array(InventoryAppSchema),
  /** Findings caught per category, all time (all six keys present). */
  categories: FullCategoryCounts,
  /** Last 50 outcomes, newest first. */
  recent: z.array(InventoryRecentSchema).max(50),
  /** The last 30 local days, oldest first, zero-filled. */
  daily: z.array(InventoryDaySchema).max(31),
  totals: z.strictObject({ apps: Count, visits: Count, promptsChecked: Count, findings: Count, overrides: Count }),
});
export type InventorySnapshot = z.infer<typeof InventorySnapshotSchema>;

// ─── Local discovery snapshot (popup: "AI extensions", "Unknown AI apps", "OAuth grants", "Accounts") ──

const DiscoveryTimes = { firstSeen: IsoTime, lastSeen: IsoTime };

export const DiscoveredExtensionSchema = z.strictObject({
  id: EventToken,
  /** The extension's own name: shown locally in the popup, never put into events. */
  name: z.string().max(200),
  version: z.string().max(32),
  enabled: z.boolean(),
  installType: z.string().max(32),
  appId: EventToken.nullable(),
  confidence: Confidence,
  risk: z.enum(['low', 'medium', 'high']),
  reasons: ReasonCodes,
  ...DiscoveryTimes,
  /** No longer installed (kept so the popup can show "removed"). */
  removed: z.boolean(),
});
export type DiscoveredExtension = z.infer<typeof DiscoveredExtensionSchema>;

export const DiscoveredCandidateSchema = z.strictObject({
  host: EventHost,
  score: Confidence,
  reasons: ReasonCodes,
  modelApis: z.array(EventHost).max(20),
  /** Page loads that qualified. */
  visits: Count,
  ...DiscoveryTimes,
});
export type DiscoveredCandidate = z.infer<typeof DiscoveredCandidateSchema>;

export const DiscoveredGrantSchema = z.strictObject({
  provider: z.enum(['google', 'microsoft', 'github', 'slack']),
  clientId: OAuthClientId,
  /** Host of the app asking (redirect host), when known. */
  host: EventHost.nullable(),
  appId: EventToken.nullable(),
  appMatch: z.enum(['client-id', 'redirect-host', 'redirect-domain']).nullable(),
  scopes: z.array(OAuthScope).max(100),
  riskyScopes: z.array(OAuthScope).max(100),
  offline: z.boolean(),
  adminConsent: z.boolean(),
  /** Authorize / consent flows seen for this client. */
  count: Count,
  ...DiscoveryTimes,
});
export type DiscoveredGrant = z.infer<typeof DiscoveredGrantSchema>;

export const DiscoveredAccountSchema = z.strictObject({
  host: EventHost,
  appId: EventToken.nullable(),
  type: AccountTypeSchema,
  /** Domain of the account (never the address). */
  domain: EventHost,
  ...DiscoveryTimes,
});
export type DiscoveredAccount = z.infer<typeof DiscoveredAccountSchema>;

/** What `ui-bg/get-discovery` answers (background `src/background/discovery`). */
export const DiscoverySnapshotSchema = z.strictObject({
  generatedAt: IsoTime,
  /** AI extensions only (non-AI extensions are not listed), most recently seen first. */
  extensions: z.array(DiscoveredExtensionSchema).max(500),
  /** Uncatalogued hosts that look like AI apps, for admin review; highest score first. */
  candidates: z.array(DiscoveredCandidateSchema).max(500),
  /** OAuth authorize / consent flows whose client is (or may be) an AI app; newest first. */
  grants: z.array(DiscoveredGrantSchema).max(500),
  /** Account seen per AI app host; newest first. */
  accounts: z.array(DiscoveredAccountSchema).max(500),
});
export type DiscoverySnapshot = z.infer<typeof DiscoverySnapshotSchema>;
