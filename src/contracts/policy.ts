import { z } from 'zod';
import { CATEGORIES, CategorySchema } from './findings';
import { CustomDetectorsSchema } from './custom-detectors';

/**
 * The org policy document and its signed envelope.
 *
 * Shape rules (so the managed-storage JSON schema can be generated from this file, see
 * `scripts/gen-managed-schema.ts`): no unions, no nullables, no transforms; maps are records.
 * Chrome's schema dialect cannot express "one of", and an inline policy travels through it.
 */

/** What policy does with a prompt, ordered from least to most strict (see engine `decide`). */
export const ACTIONS = ['allow', 'monitor', 'warn', 'justify', 'redact', 'block'] as const;
export const ActionSchema = z.enum(ACTIONS);
export type PolicyAction = z.infer<typeof ActionSchema>;

/** How an app is treated. `blocked` blocks the app outright, whatever the prompt holds. */
export const TIERS = ['sanctioned', 'tolerated', 'unsanctioned', 'blocked'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** How content reaches the app (same values as the `Channel` message contract). */
export const CHANNELS = ['typed', 'paste', 'drop', 'file', 'submit'] as const;
export const PolicyChannelSchema = z.enum(CHANNELS);
export type PolicyChannel = z.infer<typeof PolicyChannelSchema>;

/** The largest policy document accepted, in UTF-8 bytes of its JSON. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** `<category>.<name>`, e.g. `credential.aws_access_key_id`, `custom.project_atlas`. */
export const RuleIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_]*$/, 'a rule id looks like category.name (lower case)');

/** A host name as the browser reports it (lower case, no scheme, no port). */
export const HostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'a lower-case host name such as chatgpt.com');

const IsoDate = z.iso.datetime({ offset: true });

const categoryMap = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, value.optional()])) as Record<(typeof CATEGORIES)[number], z.ZodOptional<T>>);

/** Actions for one tier (or for all tiers, under `actions.default`). */
export const ActionTableSchema = z.strictObject({
  /** Action per data category. */
  categories: categoryMap(ActionSchema).optional(),
  /** Action per rule id; overrides the category action for findings of that rule. */
  rules: z.record(RuleIdSchema, ActionSchema).optional(),
});
export type ActionTable = z.infer<typeof ActionTableSchema>;

export const AppEntrySchema = z.strictObject({
  tier: TierSchema,
  /** Display name for hosts the built-in catalog does not know. */
  name: z.string().min(1).max(100).optional(),
});

/**
 * A time-boxed exception. It matches when `now` is before `expiresAt` (and at/after `startsAt`),
 * the app matches one of `apps` (or `apps` is empty), and the user is in one of `groups` (or
 * `groups` is empty). It then either sets the `action` for the findings it names (`rules` and/or
 * `categories`; neither = all findings on the app), or sets the app's `tier` (e.g. let the
 * ML group use an otherwise blocked app). Exactly one of `action` / `tier`.
 */
export const PolicyExceptionSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    reason: z.string().max(500).optional(),
    apps: z.array(HostSchema).max(500).optional(),
    groups: z.array(z.string().min(1).max(200)).max(500).optional(),
    rules: z.array(RuleIdSchema).max(500).optional(),
    categories: z.array(CategorySchema).max(CATEGORIES.length).optional(),
    action: ActionSchema.optional(),
    tier: TierSchema.optional(),
    startsAt: IsoDate.optional(),
    expiresAt: IsoDate,
  })
  .refine((e) => (e.action === undefined) !== (e.tier === undefined), {
    message: 'an exception sets exactly one of "action" or "tier"',
  });
export type PolicyException = z.infer<typeof PolicyExceptionSchema>;

const CoachingText = z.string().min(1).max(2000);

/**
 * Plain-text coaching shown with a decision. The most specific text for the decisive finding
 * wins: rule > category > tier > default.
 */
export const CoachingSchema = z.strictObject({
  default: CoachingText.optional(),
  tiers: z.strictObject(Object.fromEntries(TIERS.map((t) => [t, CoachingText.optional()])) as Record<Tier, z.ZodOptional<typeof CoachingText>>).optional(),
  categories: categoryMap(CoachingText).optional(),
  rules: z.record(RuleIdSchema, CoachingText).optional(),
});
export type Coaching = z.infer<typeof CoachingSchema>;

export const EventSettingsSchema = z.strictObject({
  /** Send metadata events to the org endpoint at all. */
  enabled: z.boolean().default(true),
  /** Event types to send; absent = all. */
  types: z.array(z.string().min(1).max(64)).max(50).optional(),
  batchSize: z.number().int().min(1).max(1000).default(50),
  flushIntervalSeconds: z.number().int().min(5).max(86_400).default(60),
  /** Longest wait between delivery retries (exponential backoff with jitter, capped here). */
  retryMaxSeconds: z.number().int().min(1).max(86_400).default(600),
  // The fields below mirror `EventSettingsSchema` in ./events (same names and defaults; a unit
  // test keeps them in step). Not imported: events → messages → policy would be an import cycle.
  /** Send the user's justification text; off: only that one was given. */
  includeJustification: z.boolean().default(true),
  /** Send the domain of the account signed in to AI apps. */
  includeAccountDomain: z.boolean().default(true),
  /** Send the pseudonymous user hash. */
  includeUser: z.boolean().default(true),
  /** Send rule ids (categories and counts are always sent). */
  includeRuleIds: z.boolean().default(true),
  /** Send usage events at most once per host per this many minutes. */
  usageIntervalMinutes: z.number().int().min(1).max(1440).default(60),
});

export const PolicySettingsSchema = z.strictObject({
  /**
   * When the decisive action is `redact`, may the user send the original anyway if they give a
   * justification? (true = "redact or justify", the built-in default for payment data and
   * national ids; false = redaction is mandatory.)
   */
  redactAllowsJustifiedSend: z.boolean().default(true),
});

/**
 * What to do when the account signed in to an AI app is not a corporate one (issue 7). The
 * account type comes from the page (site adapter `account` hint, domain only) classified against
 * managed `identity.corporateDomains`: `personal` = a consumer mail provider (gmail.com,
 * outlook.com, …), `unknown` = a domain that is neither (another company's, a reseller's). No
 * `redact`: an account cannot be redacted. Unset = `allow`.
 */
export const ACCOUNT_ACTIONS = ['allow', 'monitor', 'warn', 'justify', 'block'] as const;
export const AccountActionSchema = z.enum(ACCOUNT_ACTIONS);
export type AccountAction = z.infer<typeof AccountActionSchema>;

export const AccountRuleSchema = z.strictObject({
  personal: AccountActionSchema.optional(),
  unknown: AccountActionSchema.optional(),
});
export type AccountRule = z.infer<typeof AccountRuleSchema>;

/**
 * Account rules: the longest `apps` host key covering the app's host first, then the app tier's
 * rule, then `default`; per account type (a rule that does not name the type passes to the next).
 * E.g. `{ "sanctioned": { "personal": "block" } }`: a sanctioned app only with the company account.
 */
export const AccountPolicySchema = z.strictObject({
  default: AccountRuleSchema.optional(),
  sanctioned: AccountRuleSchema.optional(),
  tolerated: AccountRuleSchema.optional(),
  unsanctioned: AccountRuleSchema.optional(),
  blocked: AccountRuleSchema.optional(),
  /** Host → rule (a key covers the host and its subdomains; the longest key wins). */
  apps: z.record(HostSchema, AccountRuleSchema).optional(),
  /** Shown to the user when an account rule decides (warn / justify / block). */
  coaching: CoachingText.optional(),
});
export type AccountPolicy = z.infer<typeof AccountPolicySchema>;

/** The policy document (the JSON that is signed). */
export const PolicyDocumentSchema = z.strictObject({
  /** Must increase with every published change; equal versions must be byte-identical. */
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  issuedAt: IsoDate,
  /** Absent = never expires (lint warns). An expired policy is no longer in force. */
  expiresAt: IsoDate.optional(),
  orgId: z.string().min(1).max(100),
  name: z.string().max(200).optional(),
  /** Tier of an AI app that `apps` does not list. */
  defaultTier: TierSchema.default('unsanctioned'),
  /**
   * Host → tier. A key matches the host itself and its subdomains (`openai.com` matches
   * `chat.openai.com`); the longest matching key wins. Hosts not in the built-in catalog are
   * new AI apps the org wants covered.
   */
  apps: z.record(HostSchema, AppEntrySchema).default({}),
  /**
   * `default`: what this policy leaves unsaid (a category or rule no table names) falls back to
   * the built-in default policy's actions and coaching. `none`: unnamed means `allow`.
   */
  baseline: z.enum(['default', 'none']).default('default'),
  /** `default` applies to every tier; a tier's own table is consulted first. */
  actions: z
    .strictObject({
      default: ActionTableSchema.optional(),
      sanctioned: ActionTableSchema.optional(),
      tolerated: ActionTableSchema.optional(),
      unsanctioned: ActionTableSchema.optional(),
      blocked: ActionTableSchema.optional(),
    })
    .default({}),
  detectors: CustomDetectorsSchema.default({ keywords: [], patterns: [], fingerprints: [], markings: [] }),
  coaching: CoachingSchema.default({}),
  exceptions: z.array(PolicyExceptionSchema).max(1000).default([]),
  events: EventSettingsSchema.default(EventSettingsSchema.parse({})),
  settings: PolicySettingsSchema.default({ redactAllowsJustifiedSend: true }),
  /** Account rules (personal / unknown accounts on AI apps); absent = accounts do not matter. */
  accounts: AccountPolicySchema.optional(),
  /** How often browsers poll the endpoint; Chrome alarms fire at most every 30 s. */
  refreshMinutes: z.number().min(0.5).max(10_080).default(60),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;
export type PolicyDocumentInput = z.input<typeof PolicyDocumentSchema>;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/**
 * What the endpoint serves: the exact policy JSON bytes, base64-encoded, and an Ed25519
 * signature over those bytes (so no canonicalisation is involved).
 */
export const SignedPolicyEnvelopeSchema = z.strictObject({
  payload: Base64.min(4),
  kid: z.string().min(1).max(100),
  alg: z.literal('Ed25519'),
  signature: Base64.length(88),
});
export type SignedPolicyEnvelope = z.infer<typeof SignedPolicyEnvelopeSchema>;

/** Why a policy (update) was not taken into force. Closed set; messages are for admins. */
export const POLICY_REFUSAL_REASONS = [
  'bad_signature',
  'unknown_key',
  'older_version',
  'expired',
  'not_yet_valid',
  'malformed',
  'oversized',
  'wrong_content_type',
  'wrong_org',
  'http_error',
  'network_error',
] as const;
export const PolicyRefusalReasonSchema = z.enum(POLICY_REFUSAL_REASONS);
export type PolicyRefusalReason = z.infer<typeof PolicyRefusalReasonSchema>;

/** Where the policy in force came from (see engine `choosePolicy`). */
export const POLICY_SOURCES = ['managed-inline', 'endpoint', 'cache', 'default', 'fail-closed'] as const;
export const PolicySourceSchema = z.enum(POLICY_SOURCES);
export type PolicySource = z.infer<typeof PolicySourceSchema>;

/** What the background reports about policy (popup, options page, diagnostics). */
export const PolicyStatusSchema = z.object({
  source: PolicySourceSchema,
  version: z.number().int().nullable(),
  orgId: z.string().nullable(),
  /** ISO time of the last successful contact with the endpoint (200 or 304). */
  lastSync: z.string().nullable(),
  lastError: z
    .object({
      reason: z.union([PolicyRefusalReasonSchema, z.literal('managed_config_invalid')]),
      message: z.string(),
      at: z.string(),
    })
    .nullable(),
  endpoint: z.string().nullable(),
  /** Whether the last attempt reached the endpoint (null = never tried). */
  reachable: z.boolean().nullable(),
  expiresAt: z.string().nullable(),
  /** Key ids pinned in managed config (`signingKeys[].kid`). */
  pinnedKeyIds: z.array(z.string()),
  /** How often the endpoint is polled, in minutes (null: no endpoint configured). */
  refreshMinutes: z.number().nullable(),
  /** Higher-precedence sources passed over, and why (e.g. the cached policy expired). */
  skipped: z.array(
    z.object({
      source: z.enum(['endpoint', 'managed-inline']),
      reason: PolicyRefusalReasonSchema,
      message: z.string(),
    }),
  ),
});
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;
