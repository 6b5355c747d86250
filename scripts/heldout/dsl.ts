/**
 * Authoring format for the held-out corpus (tests/corpus-heldout).
 *
 * Records are written by hand as tagged template literals; sensitive values are interpolated
 * through `v(rule, value)` (or `amb(rule, value)` for ambiguous spans), which records the label at
 * insertion time, so nobody counts offsets by hand:
 *
 *   rec('chat', f`my key is ${v('credential.openai_api_key', KEY)} — why 401?`)
 *
 * Fragments nest (`v('source_code.snippet', f`…${v('credential.password_assignment', pw)}…`)`),
 * and label offsets are shifted as fragments are concatenated. Plain strings and numbers are
 * inserted as unlabelled text.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Category } from '../../src/contracts/findings';
import type { CorpusRecord, Label } from '../corpus/doc';

/** Engine rule ids (docs/detectors.md) — typed so a typo fails `tsc`. */
export const RULE_IDS = [
  'credential.aws_access_key_id', 'credential.aws_secret_access_key', 'credential.aws_session_token', 'credential.github_pat', 'credential.github_fine_grained_pat',
  'credential.github_oauth_token', 'credential.github_user_to_server_token', 'credential.github_server_to_server_token', 'credential.github_refresh_token',
  'credential.gitlab_pat', 'credential.gitlab_token', 'credential.slack_bot_token', 'credential.slack_user_token', 'credential.slack_token', 'credential.slack_app_token',
  'credential.slack_webhook_url', 'credential.stripe_secret_key', 'credential.stripe_restricted_key', 'credential.stripe_webhook_secret', 'credential.openai_api_key',
  'credential.openai_admin_key', 'credential.anthropic_api_key', 'credential.anthropic_admin_key', 'credential.groq_api_key', 'credential.replicate_api_token',
  'credential.huggingface_token', 'credential.perplexity_api_key', 'credential.xai_api_key', 'credential.langsmith_api_key', 'credential.mistral_api_key',
  'credential.cohere_api_key', 'credential.google_api_key', 'credential.google_oauth_client_secret', 'credential.google_oauth_access_token',
  'credential.gcp_service_account_key', 'credential.azure_storage_key', 'credential.azure_sas_token', 'credential.azure_client_secret', 'credential.azure_devops_pat',
  'credential.twilio_api_key', 'credential.twilio_account_sid', 'credential.twilio_auth_token', 'credential.sendgrid_api_key', 'credential.mailgun_api_key',
  'credential.mailchimp_api_key', 'credential.brevo_api_key', 'credential.telegram_bot_token', 'credential.discord_bot_token', 'credential.discord_webhook_url',
  'credential.teams_webhook_url', 'credential.npm_token', 'credential.npmrc_auth_token', 'credential.pypi_token', 'credential.dockerhub_pat',
  'credential.docker_config_auth', 'credential.jfrog_api_key', 'credential.shopify_access_token', 'credential.shopify_shared_secret', 'credential.postman_api_key',
  'credential.atlassian_api_token', 'credential.bitbucket_app_password', 'credential.linear_api_key', 'credential.notion_token', 'credential.figma_token',
  'credential.airtable_pat', 'credential.sentry_auth_token', 'credential.sentry_dsn', 'credential.grafana_cloud_token', 'credential.grafana_service_account_token',
  'credential.grafana_api_key', 'credential.newrelic_key', 'credential.datadog_api_key', 'credential.datadog_app_key', 'credential.doppler_token',
  'credential.pulumi_token', 'credential.terraform_cloud_token', 'credential.vault_token', 'credential.age_secret_key', 'credential.databricks_token',
  'credential.planetscale_token', 'credential.supabase_token', 'credential.vercel_token', 'credential.netlify_token', 'credential.digitalocean_token',
  'credential.heroku_api_key', 'credential.heroku_api_key_legacy', 'credential.cloudflare_api_token', 'credential.cloudflare_origin_ca_key', 'credential.okta_api_token',
  'credential.alibaba_access_key_id', 'credential.tencent_secret_id', 'credential.square_access_token', 'credential.square_oauth_secret',
  'credential.braintree_access_token', 'credential.facebook_access_token', 'credential.firebase_fcm_server_key', 'credential.dropbox_access_token',
  'credential.mapbox_secret_token', 'credential.twitter_bearer_token', 'credential.jwt', 'credential.bearer_token', 'credential.basic_auth_header',
  'credential.private_key', 'credential.openssh_private_key', 'credential.pgp_private_key', 'credential.putty_private_key', 'credential.base64_private_key',
  'credential.base64_encoded_token', 'credential.database_url_password', 'credential.url_password', 'credential.connection_string_password',
  'credential.password_assignment', 'credential.password_in_prose', 'credential.cli_password', 'credential.mysql_cli_password', 'credential.generic_secret_assignment',
  'credential.user_password_pair', 'credential.network_device_secret',
  'financial.payment_card', 'financial.iban', 'financial.swift_bic', 'financial.aba_routing',
  'pii.email', 'pii.phone', 'pii.us_ssn', 'pii.uk_nino', 'pii.uk_nhs_number', 'pii.de_steuer_id', 'pii.fr_nir', 'pii.es_dni', 'pii.es_nie',
  'pii.it_codice_fiscale', 'pii.nl_bsn', 'pii.in_aadhaar', 'pii.br_cpf', 'pii.ca_sin', 'pii.passport', 'pii.date_of_birth', 'pii.ip_address',
  'source_code.snippet', 'confidential.marking',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A label while authoring: `region` is the libphonenumber default country for national phone formats. */
export interface DraftLabel extends Label {
  region?: CountryCode;
}

export interface Frag {
  readonly text: string;
  readonly labels: readonly DraftLabel[];
}

export type Part = string | number | Frag;

const isFrag = (p: Part): p is Frag => typeof p === 'object';

function concat(parts: readonly Part[]): Frag {
  let text = '';
  const labels: DraftLabel[] = [];
  for (const p of parts) {
    if (isFrag(p)) {
      for (const l of p.labels) labels.push({ ...l, start: l.start + text.length, end: l.end + text.length });
      text += p.text;
    } else text += String(p);
  }
  return { text, labels };
}

/** Tagged template: text with interpolated values / fragments. */
export function f(strings: TemplateStringsArray, ...parts: Part[]): Frag {
  const all: Part[] = [];
  strings.forEach((s, i) => {
    all.push(s);
    if (i < parts.length) all.push(parts[i] as Part);
  });
  return concat(all);
}

/** Concatenate fragments/strings (e.g. lines built in a loop). */
export function cat(...parts: Part[]): Frag {
  return concat(parts);
}

function label(rule: RuleId, value: Part, ambiguous: boolean, region?: CountryCode): Frag {
  const body = concat([value]);
  if (!body.text.trim()) throw new Error(`empty labelled value for ${rule}`);
  const l: DraftLabel = { category: rule.split('.')[0] as Category, rule, start: 0, end: body.text.length };
  if (ambiguous) l.ambiguous = true;
  if (region) l.region = region;
  return { text: body.text, labels: [l, ...body.labels] };
}

/** A sensitive value (or a whole block, for source_code / a marking phrase), labelled. */
export function v(rule: RuleId, value: Part): Frag {
  return label(rule, value, false);
}

/** A phone number in national format: `region` tells the independent validity check how to parse it. */
export function phone(value: string, region?: CountryCode): Frag {
  return label('pii.phone', value, false, region);
}

/** A genuinely debatable span (tests/corpus/README.md, "Ambiguous"). */
export function amb(rule: RuleId, value: Part): Frag {
  return label(rule, value, true);
}

/**
 * Ambiguous span of a category that has no engine rule for it (e.g. a US bank account number next
 * to its routing number): sensitive, but outside what any built-in rule claims to find.
 */
export function ambCat(category: Category, value: Part): Frag {
  const body = concat([value]);
  return { text: body.text, labels: [{ category, start: 0, end: body.text.length, ambiguous: true }, ...body.labels] };
}

export interface DraftRecord {
  kind: string;
  text: string;
  labels: DraftLabel[];
  note?: string;
}

export function rec(kind: string, body: Frag, note?: string): DraftRecord {
  const r: DraftRecord = { kind, text: body.text, labels: [...body.labels] };
  if (note) r.note = note;
  return r;
}

/** Final record: ids assigned per group, labels sorted, authoring hints stripped. */
export function finalize(prefix: string, drafts: readonly DraftRecord[]): CorpusRecord[] {
  return drafts.map((d, i) => {
    const labels: Label[] = d.labels
      .map(({ region: _region, ...l }) => l)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const r: CorpusRecord = { id: `${prefix}-${String(i + 1).padStart(3, '0')}`, kind: d.kind, text: d.text, labels };
    if (d.note) r.note = d.note;
    return r;
  });
}
