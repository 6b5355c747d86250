import { z } from 'zod';
import { PolicyDocumentSchema } from './policy';

/**
 * What an admin pushes through enterprise policy (`chrome.storage.managed`; Firefox
 * `policies.json` → `3rdparty.Extensions`). `public/managed_schema.json` is generated from this
 * schema (`npm run gen:schema`), so Chrome validates the same shape before we see it.
 *
 * Every field is optional: an admin may set only `failMode`, or only an inline policy.
 * Parse with {@link parseManagedConfig}, which keeps the valid fields of a partly invalid config.
 */

const isLoopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

/** https only; plain http only for a loopback endpoint (development). No credentials, query or fragment. */
export const EndpointUrlSchema = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      let u: URL;
      try {
        u = new URL(s);
      } catch {
        return false;
      }
      if (u.username || u.password || u.search || u.hash) return false;
      return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u.hostname));
    },
    { message: 'endpoint must be an https:// URL (http:// only for 127.0.0.1 or localhost), without credentials, query or fragment' },
  );

/** A pinned Ed25519 public key: raw 32 bytes, base64 (44 characters). */
export const SigningKeySchema = z.strictObject({
  kid: z.string().min(1).max(100).describe('Key id; the signed policy names the key it was signed with.'),
  publicKey: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'base64 of a raw 32-byte Ed25519 public key (44 characters)')
    .describe('Base64 of the raw 32-byte Ed25519 public key.'),
});
export type SigningKey = z.infer<typeof SigningKeySchema>;

export const IdentitySchema = z.strictObject({
  /**
   * Secret salt for pseudonymous user ids: events carry HMAC-SHA-256(salt, account email)
   * instead of the email. Absent = no user id in events.
   */
  userIdSalt: z.string().min(16).max(200).meta({ sensitiveValue: true }).describe('Secret salt for pseudonymous user ids (HMAC of the account email).').optional(),
  /** Domains whose accounts are corporate accounts (account domain is reported as corporate/personal). */
  corporateDomains: z.array(z.string().min(1).max(253)).max(200).describe('Domains of corporate accounts, e.g. example.com.').optional(),
  /** Groups this browser's user belongs to (set per OU / group by the admin); policy exceptions target them. */
  groups: z.array(z.string().min(1).max(200)).max(200).describe('Groups of this user, for policy exceptions.').optional(),
});

export const FAIL_MODES = ['open', 'closed'] as const;

export const ManagedConfigSchema = z.object({
  endpoint: EndpointUrlSchema.describe('Org endpoint base URL, e.g. https://guard.example.com').optional(),
  orgId: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash, underscore').describe('Org id; the policy must name the same org.').optional(),
  signingKeys: z.array(SigningKeySchema).min(1).max(10).describe('Pinned policy signing keys (several during a rotation).').optional(),
  enrollmentToken: z.string().min(8).max(500).meta({ sensitiveValue: true }).describe('Bearer token the extension presents to the endpoint.').optional(),
  inlinePolicy: PolicyDocumentSchema.describe('A policy document pushed directly (unsigned: managed storage is admin-controlled).').optional(),
  identity: IdentitySchema.describe('Identity options.').optional(),
  failMode: z.enum(FAIL_MODES).describe('When an endpoint is configured but no valid policy is available: closed = block AI apps, open = built-in default policy.').optional(),
  otlpEndpoint: EndpointUrlSchema.describe('Optional OpenTelemetry Collector base URL; events are also sent there as OTLP/HTTP logs (POST {url}/v1/logs).').optional(),
  policyRefreshMinutes: z.number().min(0.5).max(10_080).describe('Overrides the policy refreshMinutes (minimum 0.5: Chrome alarms fire at most every 30 s).').optional(),
});
export type ManagedConfig = z.infer<typeof ManagedConfigSchema>;

export interface ManagedConfigIssue {
  /** Dotted path, e.g. `signingKeys.0.publicKey`. */
  path: string;
  message: string;
}

/**
 * Parses whatever managed storage holds. A field that fails validation is dropped (and reported),
 * the rest is kept: a typo in `policyRefreshMinutes` must not also discard the pinned keys.
 * Unknown top-level keys are reported and ignored.
 */
export function parseManagedConfig(raw: unknown): { config: ManagedConfig; issues: ManagedConfigIssue[] } {
  const issues: ManagedConfigIssue[] = [];
  if (raw === undefined || raw === null) return { config: {}, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, issues: [{ path: '', message: 'managed configuration is not an object' }] };
  }
  const shape = ManagedConfigSchema.shape;
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in shape)) {
      issues.push({ path: key, message: 'unknown setting, ignored' });
      continue;
    }
    const parsed = shape[key as keyof typeof shape].safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        issues.push({ path: [key, ...issue.path.map(String)].join('.'), message: issue.message });
      }
  }
  return { config: config as ManagedConfig, issues };
}
