import { z } from 'zod';

/**
 * Types of the GenAI app catalog (see docs/catalog.md). Pure data: the content script, the
 * background, the server and the CLI all read the same catalog.
 */

/** What an app is mostly used for. Display and inventory grouping only; policy acts on tiers. */
export const APP_CATEGORIES = [
  'chat',
  'coding',
  'writing',
  'image',
  'video',
  'audio',
  'meeting_notes',
  'search',
  'agents',
  'productivity',
  'translation',
  'data_analysis',
  'design',
  'presentation',
  'research',
  'other',
] as const;
export type AppCategory = (typeof APP_CATEGORIES)[number];

/**
 * Policy tiers, from most to least trusted. The catalog only ships a default; sanctioning is the
 * org's decision, so no built-in app defaults to `sanctioned`.
 */
export const APP_TIERS = ['sanctioned', 'tolerated', 'unsanctioned', 'blocked'] as const;
export type AppTier = (typeof APP_TIERS)[number];

/** One GenAI app. */
export interface CatalogApp {
  /** Stable kebab-case id; events and policies reference it, so never rename a shipped id. */
  id: string;
  /** Display name, e.g. "ChatGPT". */
  name: string;
  /** Company behind it, e.g. "OpenAI". */
  vendor: string;
  /**
   * Hosts where the app runs. A registrable domain (`claude.ai`) covers itself and every
   * subdomain; a specific host (`gemini.google.com`) covers itself and its own subdomains. On a
   * shared platform (google.com, microsoft.com, github.com, …) only specific hosts or `paths`.
   * Lower case, no scheme, no port, no trailing dot.
   */
  domains: readonly string[];
  /**
   * Path prefixes (each starting with `/`) the app is limited to, on every one of its `domains`:
   * `huggingface.co` + `/chat` is HuggingChat, the rest of huggingface.co is not. Matched by
   * whole segments: `/chat` matches `/chat` and `/chat/x`, not `/chatter`.
   */
  paths?: readonly string[];
  category: AppCategory;
  /** Tier that applies when the org's policy does not say otherwise. */
  defaultTier: AppTier;
  /** True where the content script protects a prompt composer (see src/engine/sites/ai-hosts.ts). */
  composer?: boolean;
}

/** An app as it applies after policy: `tier` is the tier in force. */
export interface ResolvedApp extends CatalogApp {
  tier: AppTier;
  /** `catalog` for built-in entries (possibly overridden), `policy` for apps policy added. */
  source: 'catalog' | 'policy';
}

// ─── Policy input ────────────────────────────────────────────────────────────────────────────

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A lower-case DNS host name with at least one dot (syntax only; lintCatalog checks the rest). */
const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const PATH_RE = /^\/[^\s?#]*$/;

export const AppCategorySchema = z.enum(APP_CATEGORIES);
export const AppTierSchema = z.enum(APP_TIERS);

/** Change to one app, keyed by app id or by host (see applyOverrides for host keys). */
export const AppOverrideSchema = z
  .object({
    tier: AppTierSchema.optional(),
    name: z.string().min(1).max(100).optional(),
    category: AppCategorySchema.optional(),
  })
  .strict();
export type AppOverride = z.infer<typeof AppOverrideSchema>;

/** An app the org adds through policy (an internal assistant, a vendor the catalog lacks). */
export const CustomAppSchema = z
  .object({
    id: z.string().regex(ID_RE, 'kebab-case id').max(80),
    name: z.string().min(1).max(100),
    vendor: z.string().min(1).max(100).default('Unknown'),
    domains: z.array(z.string().toLowerCase().regex(HOST_RE, 'host name')).min(1).max(50),
    paths: z.array(z.string().regex(PATH_RE, 'path starting with /').max(200)).min(1).max(20).optional(),
    category: AppCategorySchema.default('other'),
    defaultTier: AppTierSchema.default('unsanctioned'),
    composer: z.boolean().optional(),
  })
  .strict();
export type CustomApp = z.input<typeof CustomAppSchema>;

/**
 * The catalog part of an org policy: `apps` overrides by app id or host, `add` extra apps.
 * Meant to be embedded in the policy schema (src/contracts) as is.
 */
export const CatalogPolicySchema = z
  .object({
    apps: z
      .record(z.string().min(1).max(253), AppOverrideSchema)
      .refine((r) => Object.keys(r).length <= 2000, 'at most 2000 overrides')
      .optional(),
    add: z.array(CustomAppSchema).max(500).optional(),
  })
  .strict();
export type CatalogPolicy = z.input<typeof CatalogPolicySchema>;
