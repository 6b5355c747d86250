/**
 * Secret "slots" that config-style templates (.env, YAML, JSON, INI, compose, k8s) draw from:
 * a key name in each style plus a generator and the label kind.
 */
import type { Rng } from './prng';
import type { Kind } from './doc';
import * as V from './values';

export interface SecretSlot {
  env: string;
  key: string;
  kind: Kind;
  gen: (rng: Rng) => string;
  weight: number;
}

export const SECRET_SLOTS: SecretSlot[] = [
  { env: 'OPENAI_API_KEY', key: 'openai_api_key', kind: 'openai_api_key', gen: V.openaiKey, weight: 8 },
  { env: 'ANTHROPIC_API_KEY', key: 'anthropic_api_key', kind: 'anthropic_api_key', gen: V.anthropicKey, weight: 6 },
  { env: 'AWS_ACCESS_KEY_ID', key: 'aws_access_key_id', kind: 'aws_access_key_id', gen: V.awsAccessKeyId, weight: 8 },
  { env: 'AWS_SECRET_ACCESS_KEY', key: 'aws_secret_access_key', kind: 'aws_secret_access_key', gen: V.awsSecretKey, weight: 6 },
  { env: 'STRIPE_SECRET_KEY', key: 'stripe_secret_key', kind: 'stripe_secret_key', gen: V.stripeLive, weight: 6 },
  { env: 'GITHUB_TOKEN', key: 'github_token', kind: 'github_pat', gen: V.githubClassic, weight: 7 },
  { env: 'GH_PAT', key: 'github_pat', kind: 'github_fine_grained_pat', gen: V.githubFineGrained, weight: 3 },
  { env: 'GITLAB_TOKEN', key: 'gitlab_token', kind: 'gitlab_pat', gen: V.gitlabPat, weight: 3 },
  { env: 'NPM_TOKEN', key: 'npm_token', kind: 'npm_token', gen: V.npmToken, weight: 3 },
  { env: 'SLACK_BOT_TOKEN', key: 'slack_bot_token', kind: 'slack_token', gen: V.slackToken, weight: 5 },
  { env: 'SLACK_WEBHOOK_URL', key: 'slack_webhook_url', kind: 'slack_webhook', gen: V.slackWebhook, weight: 3 },
  { env: 'GOOGLE_API_KEY', key: 'google_api_key', kind: 'google_api_key', gen: V.googleApiKey, weight: 5 },
  { env: 'HF_TOKEN', key: 'huggingface_token', kind: 'huggingface_token', gen: V.huggingFace, weight: 3 },
  { env: 'SENDGRID_API_KEY', key: 'sendgrid_api_key', kind: 'sendgrid_api_key', gen: V.sendgrid, weight: 3 },
  { env: 'TWILIO_API_KEY', key: 'twilio_api_key', kind: 'twilio_api_key', gen: V.twilioApiKey, weight: 2 },
  { env: 'DIGITALOCEAN_TOKEN', key: 'do_token', kind: 'digitalocean_token', gen: V.digitalOcean, weight: 2 },
  { env: 'SHOPIFY_ACCESS_TOKEN', key: 'shopify_access_token', kind: 'shopify_token', gen: V.shopify, weight: 2 },
  { env: 'TELEGRAM_BOT_TOKEN', key: 'telegram_bot_token', kind: 'telegram_bot_token', gen: V.telegramBot, weight: 2 },
  { env: 'DB_PASSWORD', key: 'password', kind: 'password_assignment', gen: V.strongPassword, weight: 8 },
  { env: 'REDIS_PASSWORD', key: 'redis_password', kind: 'password_assignment', gen: V.strongPassword, weight: 3 },
  { env: 'JWT_SECRET', key: 'jwt_secret', kind: 'generic_secret', gen: (r) => V.hexSecret(r, 64), weight: 4 },
  { env: 'SESSION_SECRET', key: 'session_secret', kind: 'generic_secret', gen: (r) => V.b64Secret(r), weight: 3 },
  { env: 'CLIENT_SECRET', key: 'client_secret', kind: 'generic_secret', gen: (r) => V.mixed(r, V.ALNUM + '-_~.', 34), weight: 3 },
  { env: 'API_KEY', key: 'api_key', kind: 'generic_secret', gen: (r) => V.mixed(r, V.ALNUM, 32), weight: 3 },
];

/** Non-secret settings that sit next to secrets in config files. */
export function benignSetting(rng: Rng): [string, string, string] {
  return rng.pick<[string, string, string]>([
    ['NODE_ENV', 'node_env', 'production'],
    ['PORT', 'port', String(rng.pick([3000, 8080, 8000, 5000]))],
    ['LOG_LEVEL', 'log_level', rng.pick(['info', 'debug', 'warn'])],
    ['API_BASE_URL', 'api_base_url', `https://api.${V.company(rng).domain}/v${rng.int(1, 3)}`],
    ['REDIS_HOST', 'redis_host', 'redis'],
    ['FEATURE_NEW_CHECKOUT', 'feature_new_checkout', rng.pick(['true', 'false'])],
    ['AWS_REGION', 'aws_region', rng.pick(['us-east-1', 'eu-central-1', 'ap-southeast-2'])],
    ['S3_BUCKET', 's3_bucket', `${V.WORDS[rng.int(0, 19)]}-assets-prod`],
    ['MAX_UPLOAD_MB', 'max_upload_mb', String(rng.int(5, 500))],
    ['TZ', 'timezone', rng.pick(['UTC', 'Europe/Berlin', 'America/New_York'])],
    ['SENTRY_ENVIRONMENT', 'sentry_environment', 'staging'],
    ['CACHE_TTL_SECONDS', 'cache_ttl_seconds', String(rng.pick([60, 300, 3600]))],
    ['WORKERS', 'workers', String(rng.int(1, 16))],
    ['DB_HOST', 'db_host', `db.${rng.pick(['internal', 'svc.cluster.local'])}`],
    ['DB_USER', 'db_user', rng.pick(['app', 'postgres', 'svc_api'])],
    ['OTEL_SERVICE_NAME', 'otel_service_name', `${V.WORDS[rng.int(0, 19)]}-api`],
    ['BUILD_SHA', 'build_sha', V.sha(rng, 40)],
    ['REQUEST_ID_HEADER', 'request_id_header', 'X-Request-Id'],
  ]);
}

export function pickSlot(rng: Rng): SecretSlot {
  return rng.weighted(SECRET_SLOTS.map((s) => [s.weight, s] as const));
}
