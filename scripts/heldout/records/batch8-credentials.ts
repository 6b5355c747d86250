/**
 * Held-out batch 8: credentials in prompts, shell sessions, tool configs, CI logs, infrastructure
 * files and programs. Hand-written after batches 1–7 were measured; measured once on the frozen
 * engine (tests/corpus-heldout/README.md, "Eighth batch").
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b8-akia', B32, 16));
const AKIA_SECRET = fill('b8-akias', B64, 40);
const GHP = gh('ghp', 'Lm4Qz8Rt1Wv6Kc9Xb3Nd7Hj2Fs5Py0');
const GLPAT = tok('glpat-', fill('b8-glpat', B62 + '-_', 20));
const XOXP = tok('xoxp-', '5820193746', '2-', '5831029475610-', '5840192837465-', fill('b8-xoxp', HEX, 32));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b8-sh1', UPPER + DIGITS, 7), '/B09', fill('b8-sh2', UPPER + DIGITS, 8), '/', fill('b8-sh3', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b8-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b8-whsec', B62, 32));
const OA_PROJ = tok('sk-', 'proj-', fill('b8-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b8-oaproj2', B64URL, 74));
const ANT_API = tok('sk-ant-', 'api03-', fill('b8-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b8-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b8-groq', B62, 52));
const R8 = tok('r8_', fill('b8-r8', B62, 37));
const GOCSPX = tok('GOCSPX-', fill('b8-gocspx', B64URL, 28));
const GOOGLE_REFRESH = tok('1//0', 'g', fill('b8-grefresh', B64URL, 98));
const AZ_CLIENT_SECRET = tok(fill('b8-azcs1', B62, 3), '8Q~', fill('b8-azcs2', B62 + '-_.~', 34));
const SAS_SIG = encodeURIComponent(b64Bytes('b8-sas', 32));
const TW_SID = tok('AC', fill('b8-twsid', HEX, 32));
const TW_TOKEN = fill('b8-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b8-sg1', B64URL, 22), '.', fill('b8-sg2', B64URL, 43));
const MAILGUN = tok(fill('b8-mg1', HEX, 32), '-', fill('b8-mg2', HEX, 8), '-', fill('b8-mg3', HEX, 8));
const BREVO = tok('xkeysib-', fill('b8-brevo1', HEX, 64), '-', fill('b8-brevo2', B62, 16));
const TELEGRAM = tok('8041927365', ':AA', fill('b8-tg', B64URL, 33));
const TEAMS_HOOK = tok('https://corvidcycles.webhook.office.com/webhookb2/', '6e1d9a42-3b70-4c85-a2f9-81d4c0b7e365@0f93b2c7-5a14-4e68-9d21-c7b3e8a05f49/IncomingWebhook/', fill('b8-teams1', HEX, 32), '/', 'b42c7e19-05a3-4d8f-9e61-2f7a0c3d8b54/', 'V2', fill('b8-teams2', B64URL, 43));
const NPM = gh('npm', 'Qw7Es2Rd9Tf4Yg1Uh6Ij3Ok8Pl5Az0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b8-pypi', B64URL, 160));
const DOCKER_AUTH = b64('gitlab-ci-token-puller:Bramble#Lantern-5517');
const JFROG_REF = tok('cmVmdGtuOjAxOjE3', fill('b8-jfref', B62, 48));
const SHPAT = tok('shpat_', fill('b8-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b8-atl', B64URL, 171), '=', fill('b8-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b8-ntn1', DIGITS, 11), fill('b8-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b8-at1', B62, 14), '.', fill('b8-at2', HEX, 64));
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1764720000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'corvid-cycles' })).replace(/=+$/, ''), '_', fill('b8-sntrys', B64URL, 43));
const GLSA = tok('glsa_', fill('b8-glsa1', B62, 32), '_', fill('b8-glsa2', HEX, 8));
const DD_API = fill('b8-ddapi', HEX, 32);
const DAPI = tok('dapi', fill('b8-dapi', HEX, 32));
const CF_TOKEN = fill('b8-cftok', B62 + '-_', 40);
const LTAI = tok('LTAI', '5t', fill('b8-ltai', B62, 18));
const ALI_SECRET = fill('b8-alisec', B62, 30);
const SQUARE = tok('EAAA', fill('b8-square', B64URL, 60));
const BRAINTREE = tok('access_token$', 'production$', fill('b8-bt1', LOWER + DIGITS, 16), '$', fill('b8-bt2', HEX, 32));
const DBX = tok('sl.', 'B', fill('b8-dbx', B64URL, 138));
const TW_BEARER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b8-tw1', B62, 24), '%3D', fill('b8-tw2', B62, 50));
const JWT_COOKIE = jwt({ alg: 'RS256', kid: 'tarnwood-2026-10', typ: 'JWT' }, { sub: 'u_30418', email_verified: true, roles: ['observer', 'scheduler'], iss: 'https://auth.tarnwood-observatory.org', exp: 1765065600 }, 'b8-jwtcookie');
const BEARER_OPAQUE = fill('b8-bearer', B62 + '-._~', 72);
const BASIC = b64('metrics-reader:Quartz!Heather-2291');
const P8 = pem('PRIVATE KEY', 'b8-p8', 138);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b8-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const PGP_BODY = `lQdGBGj${fill('b8-pgp0', B64, 57)}\n${(b64Bytes('b8-pgp', 900).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b8-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const B64_TLS_KEY = b64(`${pem('RSA PRIVATE KEY', 'b8-tlskey', 1190)}\n`);
const B64_OPENAI = b64(OA_PROJ);
const APP_SECRET = fill('b8-symfony', HEX, 32);
const STRAPI_JWT = fill('b8-strapijwt', B64, 22) + '==';
const STRAPI_SALT = fill('b8-strapisalt', B64, 22) + '==';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const email = (s: string) => v('pii.email', s);

export const BATCH8_CREDENTIALS: DraftRecord[] = [
  rec('packer_hcl', f`Packer build fails with "NoCredentialProviders" even though the keys are right there:

${cfg(f`source "amazon-ebs" "tarnwood-base" {
  access_key    = "${v('credential.aws_access_key_id', AKIA)}"
  secret_key    = "${v('credential.aws_secret_access_key', AKIA_SECRET)}"
  region        = "eu-west-1"
  instance_type = "t3.small"
  source_ami_filter {
    filters = { name = "debian-12-amd64-*" }
    owners  = ["136693071363"]
  }
  ssh_username = "admin"
}`)}

packer 1.11.2 on macOS.`, 'Packer HCL template: ambiguous source code (config)'),

  rec('authinfo', f`Magit Forge keeps asking for my token. This is my ~/.authinfo (not encrypted yet, I know):

machine api.github.com login mira-okafor^forge password ${v('credential.github_pat', GHP)}
machine smtp.fastmail.com login ${email('mira@okafor.me')} port 465 password ${v('credential.password_assignment', 'Juniper-Kettle-88')}

Why would Forge not pick it up? Emacs 29.4.`, 'an Emacs authinfo file: GitHub PAT and an SMTP password after "password"'),

  rec('glab', f`$ glab auth login --hostname gitlab.corvidcycles.dev --token ${v('credential.gitlab_pat', GLPAT)}
- glab config set -h gitlab.corvidcycles.dev git_protocol https
✓ Logged in to gitlab.corvidcycles.dev as k.brennan

then \`glab mr list\` says 403. The token has read_api. What scope is missing?`),

  rec('apps_script', f`${code(f`function postDailyOccupancy() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Tonight');
  const rooms = sheet.getRange('B2').getValue();
  const res = UrlFetchApp.fetch('https://slack.com/api/chat.postMessage', {
    method: 'post',
    headers: { Authorization: 'Bearer ${v('credential.slack_user_token', XOXP)}' },
    payload: { channel: '#front-desk', text: 'Rooms occupied tonight: ' + rooms },
  });
  Logger.log(res.getContentText());
}`)}

It posts as me instead of as the bot. How do I make it post as "Vantage Quay Bot"?`, 'Apps Script with a Slack user token'),

  rec('jenkinsfile', f`${code(f`post {
    failure {
        slackSend(channel: '#builds', color: 'danger', message: "Build failed: \${env.JOB_NAME} #\${env.BUILD_NUMBER}",
                  baseUrl: '${v('credential.slack_webhook_url', SLACK_HOOK)}')
        office365ConnectorSend webhookUrl: '${v('credential.teams_webhook_url', TEAMS_HOOK)}',
                               message: "Build failed: \${env.BUILD_URL}", status: 'Failure'
    }
}`)}

We are moving off Slack; can I drop the slackSend line safely, or does the Teams plugin depend on it?`, 'a Jenkinsfile post block with Slack and Teams webhook URLs'),

  rec('dj_stripe', f`${cfg(f`# settings/production.py
STRIPE_LIVE_SECRET_KEY = "${v('credential.stripe_secret_key', SK_LIVE)}"
STRIPE_LIVE_MODE = True
DJSTRIPE_WEBHOOK_SECRET = "${v('credential.stripe_webhook_secret', WHSEC)}"
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"`)}

dj-stripe 2.9: webhooks arrive but are marked "invalid signature". Anything wrong here?`, 'Django settings module: ambiguous source code (config)'),

  rec('aider', f`tried aider for the first time:

$ aider --model gpt-4o --openai-api-key ${v('credential.openai_api_key', OA_PROJ)} src/booking.py
Aider v0.72.1
Main model: gpt-4o with diff edit format
Git repo: .git with 214 files

it edits fine but ignores my .aider.conf.yml. which one wins?`, 'an OpenAI key on the aider command line'),

  rec('litellm_yaml', f`${cfg(f`model_list:
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-sonnet-4-5
      api_key: ${v('credential.anthropic_api_key', ANT_API)}
  - model_name: llama-fast
    litellm_params:
      model: groq/llama-3.3-70b-versatile
      api_key: ${v('credential.groq_api_key', GROQ)}
general_settings:
  master_key: sk-1234`)}

LiteLLM proxy returns 400 for the groq model only. Config above.`, 'LiteLLM config: ambiguous source code; sk-1234 is the documentation placeholder master key (unlabelled)'),

  rec('hf_cache', f`$ cat ~/.cache/huggingface/token
${v('credential.huggingface_token', HF)}
$ huggingface-cli whoami
Not logged in

why does whoami say not logged in if the token file is there? HF_HOME is set to /data/hf in my .bashrc.`),

  rec('replicate_go', f`${code(f`package main

import (
	"context"
	"fmt"

	replicate "github.com/replicate/replicate-go"
)

func main() {
	r8, err := replicate.NewClient(replicate.WithToken("${v('credential.replicate_api_token', R8)}"))
	if err != nil {
		panic(err)
	}
	out, err := r8.Run(context.Background(), "black-forest-labs/flux-schnell", replicate.PredictionInput{"prompt": "a bicycle made of copper"}, nil)
	fmt.Println(out, err)
}`)}

compiles, but Run returns "invalid version". Do I need owner/model:version?`),

  rec('adc_json', f`My laptop's gcloud ADC file, from ~/.config/gcloud/application_default_credentials.json — the Python client says "invalid_grant":

${cfg(f`{
  "account": "",
  "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
  "client_secret": "${v('credential.google_oauth_client_secret', GOCSPX)}",
  "quota_project_id": "tarnwood-scheduling",
  "refresh_token": "${ambCat('credential', GOOGLE_REFRESH)}",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}`)}`, 'ADC JSON: the client secret is labelled; the Google refresh token has no rule of its own (ambiguous credential span without a rule id)'),

  rec('az_sp', f`$ az ad sp create-for-rbac --name gh-deploy-corvid --role contributor --scopes /subscriptions/0b7e2c41-9d58-4a36-b1f0-7c2e94d8a513/resourceGroups/rg-shop
Creating 'contributor' role assignment under scope '/subscriptions/0b7e2c41-9d58-4a36-b1f0-7c2e94d8a513/resourceGroups/rg-shop'
${cfg(f`{
  "appId": "5e9d21a7-3c84-4b0f-a16e-92d7c3b58f04",
  "displayName": "gh-deploy-corvid",
  "password": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
  "tenant": "c8f14a27-6d90-4e3b-85a1-0f2d7b9c6e43"
}`)}

How do I turn this into the AZURE_CREDENTIALS secret for azure/login?`, 'az CLI output: the service principal password is an Azure client secret'),

  rec('az_blob', f`az storage blob upload --account-name corvidassets --container-name catalogue --name 2027/frames.pdf --file frames.pdf --sas-token "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T18:00:00Z&st=2026-12-01T09:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}"

→ "AuthorizationPermissionMismatch". The SAS has w and c, so why?`, 'a SAS token on the az command line: the signature is the secret'),

  rec('spring_twilio', f`${cfg(f`twilio:
  account-sid: ${v('credential.twilio_account_sid', TW_SID)}
  auth-token: ${v('credential.twilio_auth_token', TW_TOKEN)}
  from-number: "${amb('pii.phone', '+15017122661')}"
spring:
  application:
    name: appointment-reminders`)}

Spring Boot 3 can't bind twilio.auth-token to my @ConfigurationProperties class (field authToken). Why?`, 'Spring application.yml: ambiguous source code; +15017122661 is Twilio\'s documentation number (ambiguous phone, like 555-01xx)'),

  rec('laravel_env', f`Laravel mail through SendGrid SMTP doesn't send, no error:

${cfg(f`MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM_ADDRESS="${email('bookings@ochrevalleywines.com.au')}"`)}

queue worker is running.`, 'a SendGrid key used as the SMTP password'),

  rec('ghost_config', f`${cfg(f`"mail": {
  "transport": "SMTP",
  "options": {
    "service": "Mailgun",
    "host": "smtp.eu.mailgun.org",
    "port": 465,
    "secure": true,
    "auth": {
      "user": "${email('postmaster@news.tarnwood-observatory.org')}",
      "pass": "${v('credential.password_assignment', 'Perseid-Lantern-4417')}"
    }
  }
},
"bulkEmail": { "mailgun": { "apiKey": "${v('credential.mailgun_api_key', MAILGUN)}", "domain": "news.tarnwood-observatory.org", "baseUrl": "https://api.eu.mailgun.net/v3" } }`)}

Ghost newsletter: transactional mails go out, newsletters don't. From config.production.json.`, 'Ghost config: SMTP pass and Mailgun API key'),

  rec('symfony_env', f`${cfg(f`###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=${v('credential.generic_secret_assignment', APP_SECRET)}
###< symfony/framework-bundle ###
###> symfony/brevo-mailer ###
MAILER_DSN=brevo+api://${v('credential.brevo_api_key', BREVO)}@default
###< symfony/brevo-mailer ###`)}

After deploying, the reset-password mail throws "Unable to send an email: Key not found". .env.local above.`, 'Symfony .env: APP_SECRET and a Brevo key inside a mailer DSN'),

  rec('aiogram', f`${code(f`import asyncio
from aiogram import Bot, Dispatcher
from aiogram.filters import CommandStart
from aiogram.types import Message

bot = Bot(token="${v('credential.telegram_bot_token', TELEGRAM)}")
dp = Dispatcher()

@dp.message(CommandStart())
async def start(m: Message):
    await m.answer("Салют! Я покажу расписание наблюдений.")

asyncio.run(dp.start_polling(bot))`)}

aiogram 3: the bot doesn't answer in groups, only in private chat. Privacy mode?`),

  rec('docker_history', f`Found this in our base image, is that bad?

$ docker history --no-trunc corvid/web-base:2026.11 | grep npmrc
<missing>  3 weeks ago  RUN /bin/sh -c echo "//registry.npmjs.org/:_authToken=${v('credential.npm_token', v('credential.npmrc_auth_token', NPM))}" > /root/.npmrc && npm ci && rm /root/.npmrc   412MB

we rm the file in the same layer, so it's fine?`, 'npm token in a docker history line: two labels on one span (npm_token and npmrc_auth_token), batch 2 convention'),

  rec('hatch', f`hatch publish -u __token__ -a ${v('credential.pypi_token', PYPI)}

gives "403 Invalid or non-existent authentication information". The token is project-scoped to tarnwood-ephem. First upload of the project — is that the problem?`),

  rec('gitlab_ci_dac', f`${cfg(f`variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"harbor.corvidcycles.dev":{"auth":"${v('credential.docker_config_auth', DOCKER_AUTH)}"}}}'

build:
  image: harbor.corvidcycles.dev/base/node:22
  script:
    - npm ci && npm run build`)}

the runner still pulls anonymously. Does DOCKER_AUTH_CONFIG work when set in the yml, or only as a CI/CD variable?`),

  rec('conan', f`conan remote login artifactory ci-conan -p ${v('credential.jfrog_api_key', JFROG_REF)}
ERROR: Wrong user or password. [Remote: artifactory]

It's a reference token from the JFrog UI, not my password. Is -p the right flag for tokens in Conan 2?`, 'a JFrog reference token on the conan command line'),

  rec('shopify_py', f`${code(f`import shopify

session = shopify.Session("corvid-cycles.myshopify.com", "2025-01", "${v('credential.shopify_access_token', SHPAT)}")
shopify.ShopifyResource.activate_session(session)

for p in shopify.Product.find(limit=250, status="active"):
    if not p.variants[0].sku:
        print(p.id, p.title)`)}

only returns 50 products although limit=250. Pagination?`),

  rec('gojira', f`${cfg(f`# ~/.jira.d/config.yml
endpoint: https://pembertonhale.atlassian.net
user: ${email('t.achebe@pembertonhale.co.uk')}
password-source: none
password: ${v('credential.atlassian_api_token', ATLASSIAN)}
project: SURV`)}

go-jira says "401 Unauthorized" since Atlassian removed basic auth with passwords. Isn't this an API token though?`, 'go-jira YAML config: ambiguous source code'),

  rec('n8n_export', f`Exported the credential from n8n to move it to the new instance (n8n export:credentials --decrypted):

${cfg(f`[{"id":"7","name":"Notion – Observing log","type":"notionApi","data":{"apiKey":"${v('credential.notion_token', NOTION)}"}},
 {"id":"9","name":"Airtable – Members","type":"airtableTokenApi","data":{"accessToken":"${v('credential.airtable_pat', AIRTABLE)}"}}]`)}

import:credentials on the new box says "credentials could not be decrypted". Why, if I exported them decrypted?`),

  rec('next_sentry', f`${code(f`// next.config.mjs
import { withSentryConfig } from "@sentry/nextjs";

const nextConfig = { output: "standalone" };

export default withSentryConfig(nextConfig, {
  org: "corvid-cycles",
  project: "storefront",
  authToken: "${v('credential.sentry_auth_token', SNTRYS)}",
  silent: !process.env.CI,
});`)}

source maps upload but stack traces stay minified in Sentry.`, 'a Sentry org token in next.config.mjs'),

  rec('grafana_curl', f`curl -s -X POST https://grafana.bluewhistle.net/api/dashboards/db \\
  -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  -H "Content-Type: application/json" \\
  -d @noc-overview.json

→ {"message":"Dashboard not found","status":"not-found"} — I'm creating, not updating. uid clash?`),

  rec('vector_toml', f`${cfg(f`[sinks.datadog]
type = "datadog_logs"
inputs = ["parse_nginx"]
default_api_key = "${v('credential.datadog_api_key', DD_API)}"
site = "datadoghq.eu"
compression = "gzip"`)}

Vector 0.43: logs appear in DD with service "unknown". How do I map a field to service?`),

  rec('airflow_conn', f`export AIRFLOW_CONN_DATABRICKS_DEFAULT='databricks://token:${v('credential.databricks_token', DAPI)}@adb-4829173650281946.6.azuredatabricks.net'

DatabricksSubmitRunOperator fails with "Invalid access token". Do I need host in the extra JSON instead?`, 'a Databricks token as the password of an Airflow connection URI (token rule; batch 3 convention: the rule that names the token)'),

  rec('certbot_cf', f`$ sudo cat /etc/letsencrypt/cloudflare.ini
# Cloudflare API token used by Certbot
dns_cloudflare_api_token = ${v('credential.cloudflare_api_token', CF_TOKEN)}
$ sudo certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini -d '*.ochrevalleywines.com.au'
Unsafe permissions on credentials configuration file

chmod 600 fixed the warning, but the challenge still times out. Propagation seconds?`),

  rec('ossutil', f`${cfg(f`[Credentials]
language=CH
endpoint=oss-cn-hangzhou.aliyuncs.com
accessKeyID=${v('credential.alibaba_access_key_id', LTAI)}
accessKeySecret=${v('credential.generic_secret_assignment', ALI_SECRET)}`)}

这是 ~/.ossutilconfig。ossutil cp 报 "InvalidAccessKeyId"，但控制台里这个 AccessKey 是启用的。怎么回事？`, 'ossutil config: the AccessKey secret sits under a secret key name here (not positional), so it is a generic secret assignment'),

  rec('square_braintree', f`${cfg(f`<?php
// config/payments.php
return [
    'square' => [
        'access_token' => '${v('credential.square_access_token', SQUARE)}',
        'location_id'  => 'L8Q2R4XKZ7N1V',
        'environment'  => 'production',
    ],
    'braintree' => [
        'access_token' => '${v('credential.braintree_access_token', BRAINTREE)}',
    ],
];`)}

Laravel config cache picks up the old Square token after rotation. php artisan config:clear didn't help.`, 'a PHP config array: ambiguous source code'),

  rec('dropbox_py', f`${code(f`import dropbox

dbx = dropbox.Dropbox("${v('credential.dropbox_access_token', DBX)}")
for entry in dbx.files_list_folder("/Survey scans/2026").entries:
    if entry.name.endswith(".pdf"):
        with open(entry.name, "wb") as fh:
            _, resp = dbx.files_download(entry.path_lower)
            fh.write(resp.content)`)}

works for a few hours then "expired_access_token". Should I use a refresh token?`),

  rec('tweepy', f`${code(f`import tweepy

client = tweepy.Client(bearer_token="${v('credential.twitter_bearer_token', TW_BEARER)}")
resp = client.search_recent_tweets("#perseids lang:en -is:retweet", max_results=50)
for t in resp.data or []:
    print(t.id, t.text[:80])`)}

429 after two runs. Is the free tier really that low now?`),

  rec('cookie_jwt', f`Copied from the network tab when the scheduler page 401s:

Cookie: _ga=GA1.1.1750392184.1764431260; tw_session=${v('credential.jwt', JWT_COOKIE)}; theme=dark

Why would a non-expired token be rejected? exp is tomorrow.`, 'a JWT in a Cookie header'),

  rec('rest_client', f`${cfg(f`### list open work orders
GET https://api.pembertonhale.co.uk/v2/work-orders?status=open
Authorization: Bearer ${v('credential.bearer_token', BEARER_OPAQUE)}
Accept: application/json`)}

VS Code REST Client: this works, but how do I move the token to a variable in settings.json so it's not in the .http file?`, 'a REST Client .http file: ambiguous source code'),

  rec('postman_collection', f`${cfg(f`"request": {
  "method": "GET",
  "header": [
    { "key": "Authorization", "value": "Basic ${v('credential.basic_auth_header', BASIC)}", "type": "text" }
  ],
  "url": { "raw": "https://metrics.bluewhistle.net/api/v1/query?query=up" }
}`)}

exported Postman collection fragment — when I import it in Bruno the header is dropped.`),

  rec('apns_p8', f`Our iOS push stopped. This is the AuthKey_7QK2M9XZ4B.p8 from the Apple developer portal, team id R4T8W2N6Q1:

${v('credential.private_key', P8)}

Node apn library says "InvalidProviderToken". Is the key wrong or the key id?`, 'an APNs .p8 key (PKCS#8 EC)'),

  rec('win_ssh', f`Windows OpenSSH says "Load key C:\\Users\\akua\\.ssh\\id_ed25519: invalid format". File content:

${v('credential.openssh_private_key', OPENSSH)}

Notepad saved it with CRLF maybe?`),

  rec('reprepro', f`Our apt repo signing key expired, I exported it to re-sign. Is this the right format for reprepro's SignWith?

${v('credential.pgp_private_key', PGP)}`),

  rec('k8s_tls', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: storefront
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t...
  tls.key: ${v('credential.base64_private_key', B64_TLS_KEY)}`)}

ingress-nginx serves the default fake certificate instead. Secret is in the same namespace.`, 'a TLS Secret: base64 PEM private key; tls.crt is truncated by the user'),

  rec('gh_issue_b64', f`Bug report for our CLI (please don't judge): the config file stores the key "obfuscated":

~/.tarnwood/config
provider=openai
key_b64=${v('credential.base64_encoded_token', B64_OPENAI)}

Users can decode it trivially. What would be a proper way to store API keys in a desktop CLI?`, 'a base64-encoded OpenAI key in a config file'),

  rec('superset', f`${cfg(f`# superset_config.py
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:${v('credential.database_url_password', 'Marigold_Tide_7731')}@pg-meta.internal:5432/superset"
SECRET_KEY = "${v('credential.generic_secret_assignment', fill('b8-superset', B64, 42))}"
FEATURE_FLAGS = {"DASHBOARD_RBAC": True}`)}

Superset 4.1 upgrade: "Invalid decryption key" on every chart. Did the SECRET_KEY change?`, 'Superset config (Python config file): ambiguous source code'),

  rec('sidekiq', f`REDIS_URL=redis://:${v('credential.database_url_password', 'Wren7-Copper-Spindle')}@${ip('10.42.8.17')}:6379/2 bundle exec sidekiq -C config/sidekiq.yml

Sidekiq 7 logs "NOAUTH Authentication required". The password is right (redis-cli works with it). Empty user before the colon a problem?`, 'a Redis URL with an empty user; a private IP (ambiguous)'),

  rec('rtsp', f`VLC opens the warehouse camera but ffmpeg doesn't:

ffmpeg -rtsp_transport tcp -i "rtsp://admin:${v('credential.url_password', 'Hikv!sion-Bay4')}@${ip('192.168.40.64')}:554/Streaming/Channels/101" -c copy -t 60 test.mp4

→ "401 Unauthorized". Special characters in the password?`, 'an RTSP URL password; a private IP (ambiguous)'),

  rec('ef_scaffold', f`dotnet ef dbcontext scaffold "Host=pg-reporting.pembertonhale.local;Port=5432;Database=surveys;Username=scaffold;Password=${v('credential.connection_string_password', 'Theodolite#2026')}" Npgsql.EntityFrameworkCore.PostgreSQL -o Models

generates entities for the views too. How do I exclude views?`),

  rec('nextcloud_php', f`${cfg(f`<?php
$CONFIG = array (
  'instanceid' => 'oc8r2kq7zx4m',
  'passwordsalt' => '${ambCat('credential', fill('b8-ncsalt', B62 + '+/', 30))}',
  'secret' => '${v('credential.generic_secret_assignment', fill('b8-ncsecret', B62 + '+/', 48))}',
  'dbtype' => 'mysql',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '${v('credential.password_assignment', 'Fieldfare-Oak-19')}',
  'overwrite.cli.url' => 'https://cloud.ochrevalleywines.com.au',
);`)}

Nextcloud 30 after restore from backup: "Internal Server Error". Which values must match the old install?`, 'Nextcloud config.php: dbpassword and secret labelled; passwordsalt is a salt (ambiguous credential without a rule id)'),

  rec('wpa', f`Raspberry Pi in the observatory dome doesn't join Wi-Fi. /etc/wpa_supplicant/wpa_supplicant.conf:

${cfg(f`country=GB
network={
    ssid="Tarnwood-Dome"
    psk="${v('credential.password_assignment', 'Andromeda-Cold-Night-31')}"
    key_mgmt=WPA-PSK
}`)}

Bookworm uses NetworkManager now — is this file even read?`, 'a Wi-Fi passphrase in psk= (a literal password, labelled; see label decisions)'),

  rec('keytool', f`keytool -importkeystore -srckeystore ferries-api.p12 -srcstoretype PKCS12 -srcstorepass ${v('credential.cli_password', 'Oresund-Bridge-55')} -destkeystore ferries-api.jks -deststorepass ${v('credential.cli_password', 'Kattegat!Wind-08')}

"keystore password was incorrect" — for which one, source or destination?`, 'two keytool password flags'),

  rec('openssl_p12', f`openssl pkcs12 -export -in portal.crt -inkey portal.key -out portal.pfx -passout pass:${v('credential.cli_password', 'Vantage-Quay-4471')}

IIS import says the password is wrong, though I type exactly that. OpenSSL 3 legacy algorithms?`),

  rec('zip_p', f`Payroll export gets zipped every Friday by this line in our cron script:

zip -P ${v('credential.cli_password', 'Fr1day-Payroll-Lock')} /srv/exports/payroll-$(date +%F).zip /srv/exports/payroll.csv

Our auditor says zip -P is weak. What should I use instead that the accountant can still open on Windows?`, 'an archive password on the zip command line'),

  rec('mysql_subprocess', f`${code(f`import subprocess

def dump(db: str) -> None:
    with open(f"/backups/{db}.sql", "wb") as out:
        subprocess.run(
            ["mysqldump", "-uroot", "-p${v('credential.mysql_cli_password', 'Quern-Stone-612')}", "--single-transaction", db],
            stdout=out, check=True,
        )

for name in ("orders", "customers", "bakery_stock"):
    dump(name)`)}

Kestle Mill's backup script. mysqldump warns "Using a password on the command line interface can be insecure". How do I use an option file from Python?`, 'a glued -p password in an argv list'),

  rec('strapi_env', f`${cfg(f`HOST=0.0.0.0
PORT=1337
APP_KEYS=${v('credential.generic_secret_assignment', `${fill('b8-appk1', B64, 22)}==,${fill('b8-appk2', B64, 22)}==`)}
API_TOKEN_SALT=${v('credential.generic_secret_assignment', STRAPI_SALT)}
ADMIN_JWT_SECRET=${v('credential.generic_secret_assignment', STRAPI_JWT)}
DATABASE_CLIENT=sqlite`)}

Strapi 5 admin: "Missing admin.auth.secret configuration". Isn't that ADMIN_JWT_SECRET?`, 'Strapi .env: keys, salt and JWT secret (each a secret assignment)'),

  rec('prose_ja', f`新しいNASの管理画面に入れません。ユーザー名は admin、パスワードは ${v('credential.password_in_prose', 'Sakura-Yama-2026')} です。工場出荷時の設定に戻すべきですか？英語で手順を教えてください。`, 'Japanese "パスワードは … です"'),

  rec('prose_he', f`תרגם לאנגלית בבקשה: "שלום דנה, פתחתי לך משתמש במערכת השכר. שם המשתמש: dana.levi והסיסמה היא ${v('credential.password_in_prose', 'Hadar!Tamar-73')} — תחליפי אותה בכניסה הראשונה."`, 'Hebrew "הסיסמה היא …" (RTL text)'),

  rec('prose_th', f`ช่วยแปลเป็นภาษาอังกฤษให้หน่อย: "บัญชีของคุณพร้อมแล้ว ชื่อผู้ใช้ somchai.k รหัสผ่าน ${v('credential.password_in_prose', 'Chaophraya#88')} กรุณาเปลี่ยนรหัสผ่านหลังเข้าสู่ระบบครั้งแรก"`, 'Thai "รหัสผ่าน …"'),

  rec('prose_ar', f`أرجو ترجمة هذه الرسالة إلى الإنجليزية: "مرحبًا خالد، تم إنشاء حسابك في نظام الحجوزات. اسم المستخدم: khaled.m وكلمة المرور: ${v('credential.password_in_prose', 'Nakhla-Sabah-62')}. يرجى تغييرها فورًا."`, 'Arabic "كلمة المرور: …"'),

  rec('prose_is', f`Geturðu þýtt þetta á ensku? "Hæ Sigga, notandanafnið þitt er sigga.jons og lykilorðið er ${v('credential.password_in_prose', 'Hekla-Eldur-19')}. Breyttu því við fyrstu innskráningu."`, 'Icelandic "lykilorðið er …"'),

  rec('prose_af', f`Kan jy dit in Engels vertaal? "Hallo Pieter, jou gebruikersnaam vir die kantoor-wifi is pieter.b en die wagwoord is ${v('credential.password_in_prose', 'Fynbos-Wind-47')}. Moet dit asseblief met niemand deel nie."`, 'Afrikaans "die wagwoord is …"'),

  rec('prose_sl', f`Prevedi v angleščino: "Živjo Maja, tvoje uporabniško ime je maja.kovac, geslo je ${v('credential.password_in_prose', 'Triglav!Sneg-24')}. Ob prvi prijavi ga spremeni."`, 'Slovenian "geslo je …"'),

  rec('prose_mk', f`Преведи на англиски: „Здраво Марко, корисничкото име е marko.p, а лозинката е ${v('credential.password_in_prose', 'Ohrid-Ezero-58')}. Те молам смени ја по првото најавување.“`, 'Macedonian "лозинката е …" (Cyrillic)'),

  rec('prose_az', f`Bunu ingilis dilinə tərcümə et: "Salam Elvin, sistemə giriş üçün istifadəçi adı elvin.m, şifrə ${v('credential.password_in_prose', 'Xezer-Kulek-36')}. İlk girişdən sonra dəyişin."`, 'Azerbaijani "şifrə …"'),

  rec('prose_da', f`Kan du oversætte til engelsk? "Hej Mads, dit brugernavn er mads.holm og adgangskoden er ${v('credential.password_in_prose', 'Lillebaelt-Fyr-41')}. Skift den venligst ved første login."`, 'Danish "adgangskoden er …"'),

  rec('prose_cy', f`Translate this Welsh note for the new caretaker please: "Bore da Gareth, enw defnyddiwr y system larwm yw gareth.w a'r cyfrinair yw ${v('credential.password_in_prose', 'Eryri-Glaw-63')}. Peidiwch â'i rannu."`, 'Welsh "a\'r cyfrinair yw …"'),

  rec('prose_uz', f`Inglizchaga tarjima qiling: "Salom Dilshod, login: dilshod.r, parol: ${v('credential.password_in_prose', 'Samarqand-Kok-27')}. Birinchi kirishda parolni almashtiring."`, 'Uzbek "parol: …"'),

  rec('prose_en_creds', f`hey can you rewrite this so it sounds less sloppy, it goes to the new freelancer: "creds for the staging wp admin are ${email('freelance@corvidcycles.dev')} / ${v('credential.password_in_prose', 'Chainring-Grit-29')} , dont share pls"`, 'English "creds are <user> / <password>"'),

];
