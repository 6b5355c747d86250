import { PolicyDocumentSchema, type PolicyDocument } from '../../contracts/policy';

/** Rule ids of national identifiers: treated like payment data by the built-in default. */
export const NATIONAL_ID_RULES = [
  'pii.us_ssn',
  'pii.uk_nino',
  'pii.de_steuer_id',
  'pii.fr_nir',
  'pii.es_dni',
  'pii.es_nie',
  'pii.it_codice_fiscale',
  'pii.nl_bsn',
  'pii.in_aadhaar',
  'pii.br_cpf',
  'pii.ca_sin',
  'pii.passport',
] as const;

/**
 * The built-in default policy, in force when nothing is configured (and, as the `baseline`, for
 * whatever an org policy leaves unsaid, see `decide`):
 *
 * | data | action | the user may |
 * |---|---|---|
 * | credentials (`credential.*`) | block | edit, cancel |
 * | payment data (`financial.*`) and national ids ({@link NATIONAL_ID_RULES}) | redact | redact, edit, cancel, or send anyway with a justification |
 * | other personal data (email, phone, IP, date of birth, …) | warn | send anyway, redact, edit, cancel |
 * | confidential markings | warn | same |
 * | source code | monitor | (nothing is shown; the event is recorded) |
 * | custom | (none configured) | |
 *
 * "Redact or justify" is `redact` plus `settings.redactAllowsJustifiedSend: true`.
 * Its `version` is never compared with org policies (the status reports it as source `default`).
 */
export const DEFAULT_POLICY: PolicyDocument = Object.freeze(
  PolicyDocumentSchema.parse({
    version: 1,
    issuedAt: '2025-01-01T00:00:00Z',
    orgId: 'builtin',
    name: 'Built-in default policy',
    defaultTier: 'unsanctioned',
    actions: {
      default: {
        categories: {
          credential: 'block',
          financial: 'redact',
          pii: 'warn',
          source_code: 'monitor',
          confidential: 'warn',
          custom: 'warn',
        },
        rules: Object.fromEntries(NATIONAL_ID_RULES.map((r) => [r, 'redact'])),
      },
    },
    coaching: {
      default: 'This looks like sensitive information. Check your organisation\'s AI usage policy before sharing it with an AI app.',
      tiers: { blocked: 'Your organisation does not allow this AI app.' },
      categories: {
        credential: 'Secrets such as passwords, API keys and tokens must never be pasted into AI apps. Remove it, and rotate it if it was already shared.',
        financial: 'Payment and bank details should not be shared with AI apps. Redact them, or explain why they are needed.',
        pii: 'This contains personal data. Share it only if the AI app is approved for it and it is really needed.',
        source_code: 'Source code was detected. Make sure it may be shared with this AI app.',
        confidential: 'This text is marked confidential. Make sure it may be shared with this AI app.',
      },
      rules: Object.fromEntries(
        NATIONAL_ID_RULES.map((r) => [r, 'National identification numbers should not be shared with AI apps. Redact them, or explain why they are needed.']),
      ),
    },
    settings: { redactAllowsJustifiedSend: true },
    refreshMinutes: 60,
  }),
);

/** Explanation shown when policy fails closed (endpoint configured, no valid policy). */
export const FAIL_CLOSED_MESSAGE =
  'AI apps are blocked until your organisation\'s policy can be loaded. Try again later or contact your IT team.';

/** The policy in force when failing closed: every AI app is blocked, with an explanation. */
export const FAIL_CLOSED_POLICY: PolicyDocument = Object.freeze(
  PolicyDocumentSchema.parse({
    version: 1,
    issuedAt: '2025-01-01T00:00:00Z',
    orgId: 'builtin',
    name: 'Fail closed: no valid organisation policy',
    defaultTier: 'blocked',
    coaching: { default: FAIL_CLOSED_MESSAGE, tiers: { blocked: FAIL_CLOSED_MESSAGE } },
  }),
);
