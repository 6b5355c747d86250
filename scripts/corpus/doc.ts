/**
 * Record builder: templates append text; sensitive values are appended through `v()` which records
 * the exact UTF-16 offsets, so labels are correct by construction.
 */
import type { Category } from '../../src/contracts/findings';

export interface Label {
  category: Category;
  /** Engine rule id the label is expected to be found by (optional; category decides matching). */
  rule?: string;
  start: number;
  end: number;
  /**
   * Genuinely debatable span: findings of this category overlapping it are neither counted as
   * true nor false positives, and the span does not count towards recall.
   */
  ambiguous?: true;
}

export interface CorpusRecord {
  id: string;
  /** What the text is: chat | code | config | log | csv | email | doc | trace | negative … */
  kind: string;
  text: string;
  labels: Label[];
  /** Why a record/label is a negative or ambiguous, when that is not obvious. */
  note?: string;
}

/** Label kinds: how a generated value is labelled. Rule ids follow src/engine/rules/*.ts. */
export const KINDS = {
  aws_access_key_id: { category: 'credential', rule: 'credential.aws_access_key_id' },
  aws_secret_access_key: { category: 'credential', rule: 'credential.aws_secret_access_key' },
  github_pat: { category: 'credential', rule: 'credential.github_pat' },
  github_fine_grained_pat: { category: 'credential', rule: 'credential.github_fine_grained_pat' },
  gitlab_pat: { category: 'credential', rule: 'credential.gitlab_pat' },
  npm_token: { category: 'credential', rule: 'credential.npm_token' },
  slack_token: { category: 'credential', rule: 'credential.slack_bot_token' },
  slack_webhook: { category: 'credential', rule: 'credential.slack_webhook_url' },
  stripe_secret_key: { category: 'credential', rule: 'credential.stripe_secret_key' },
  openai_api_key: { category: 'credential', rule: 'credential.openai_api_key' },
  anthropic_api_key: { category: 'credential', rule: 'credential.anthropic_api_key' },
  google_api_key: { category: 'credential', rule: 'credential.google_api_key' },
  huggingface_token: { category: 'credential', rule: 'credential.huggingface_token' },
  sendgrid_api_key: { category: 'credential', rule: 'credential.sendgrid_api_key' },
  twilio_api_key: { category: 'credential', rule: 'credential.twilio_api_key' },
  digitalocean_token: { category: 'credential', rule: 'credential.digitalocean_token' },
  shopify_token: { category: 'credential', rule: 'credential.shopify_access_token' },
  telegram_bot_token: { category: 'credential', rule: 'credential.telegram_bot_token' },
  azure_storage_key: { category: 'credential', rule: 'credential.azure_storage_key' },
  jwt: { category: 'credential', rule: 'credential.jwt' },
  private_key: { category: 'credential', rule: 'credential.private_key' },
  gcp_service_account: { category: 'credential', rule: 'credential.gcp_service_account_key' },
  connection_string: { category: 'credential', rule: 'credential.database_url_password' },
  password_assignment: { category: 'credential', rule: 'credential.password_assignment' },
  generic_secret: { category: 'credential', rule: 'credential.generic_secret_assignment' },
  bearer_token: { category: 'credential', rule: 'credential.bearer_token' },
  basic_auth: { category: 'credential', rule: 'credential.basic_auth_header' },
  payment_card: { category: 'financial', rule: 'financial.payment_card' },
  iban: { category: 'financial', rule: 'financial.iban' },
  aba_routing: { category: 'financial', rule: 'financial.aba_routing' },
  email: { category: 'pii', rule: 'pii.email' },
  phone: { category: 'pii', rule: 'pii.phone' },
  us_ssn: { category: 'pii', rule: 'pii.us_ssn' },
  aadhaar: { category: 'pii', rule: 'pii.in_aadhaar' },
  uk_nino: { category: 'pii', rule: 'pii.uk_nino' },
  uk_nhs: { category: 'pii', rule: 'pii.uk_nhs_number' },
  ip_address: { category: 'pii', rule: 'pii.ip_address' },
  date_of_birth: { category: 'pii', rule: 'pii.date_of_birth' },
  passport: { category: 'pii', rule: 'pii.passport' },
  ca_sin: { category: 'pii', rule: 'pii.ca_sin' },
  br_cpf: { category: 'pii', rule: 'pii.br_cpf' },
  es_dni: { category: 'pii', rule: 'pii.es_dni' },
  nl_bsn: { category: 'pii', rule: 'pii.nl_bsn' },
  swift_bic: { category: 'financial', rule: 'financial.swift_bic' },
  source_code: { category: 'source_code', rule: 'source_code.snippet' },
  confidential: { category: 'confidential', rule: 'confidential.marking' },
} as const satisfies Record<string, { category: Category; rule: string }>;
export type Kind = keyof typeof KINDS;

/** Value-dependent rule ids (the engine splits some providers into several rules). */
const RULE_BY_VALUE: Partial<Record<Kind, (value: string) => string | undefined>> = {
  github_pat: (v) =>
    ({ ghp: 'github_pat', gho: 'github_oauth_token', ghu: 'github_user_to_server_token', ghs: 'github_server_to_server_token', ghr: 'github_refresh_token' })[v.slice(0, 3)],
  slack_token: (v) => (v.startsWith('xoxp-') ? 'slack_user_token' : v.startsWith('xapp-') ? 'slack_app_token' : v.startsWith('xoxe') ? 'slack_token' : undefined),
  stripe_secret_key: (v) => (v.startsWith('rk_') ? 'stripe_restricted_key' : undefined),
  anthropic_api_key: (v) => (v.startsWith('sk-ant-admin') ? 'anthropic_admin_key' : undefined),
  shopify_token: (v) => (v.startsWith('shpss_') ? 'shopify_shared_secret' : undefined),
  private_key: (v) => (v.includes('OPENSSH PRIVATE KEY') ? 'openssh_private_key' : undefined),
};

function ruleFor(kind: Kind, value: string): string {
  const byValue = RULE_BY_VALUE[kind]?.(value);
  return byValue ? `${KINDS[kind].category}.${byValue}` : KINDS[kind].rule;
}

export class Doc {
  text = '';
  labels: Label[] = [];

  /** Append literal text (must not itself contain unlabelled sensitive data). */
  t(...parts: string[]): this {
    for (const p of parts) this.text += p;
    return this;
  }

  /** Append a sensitive value and label it. */
  v(kind: Kind, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.push(kind, start, this.text.length, false, value);
    return this;
  }

  /** Append a value whose classification is debatable (see Label.ambiguous). */
  amb(kind: Kind, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.push(kind, start, this.text.length, true, value);
    return this;
  }

  /** Label everything `body` appends (e.g. a pasted code block or a marking line). */
  span(kind: Kind, body: () => void, ambiguous = false): this {
    const start = this.text.length;
    body();
    this.push(kind, start, this.text.length, ambiguous, this.text.slice(start));
    return this;
  }

  /** Label a sub-range [from, to) of `value` and append the whole value. */
  vPart(kind: Kind, value: string, from: number, to: number): this {
    const base = this.text.length;
    this.text += value;
    this.push(kind, base + from, base + to, false, value.slice(from, to));
    return this;
  }

  private push(kind: Kind, start: number, end: number, ambiguous: boolean, value: string): void {
    const label: Label = { category: KINDS[kind].category, rule: ruleFor(kind, value), start, end };
    if (ambiguous) label.ambiguous = true;
    this.labels.push(label);
  }
}
