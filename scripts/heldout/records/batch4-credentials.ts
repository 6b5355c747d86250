/**
 * Held-out batch 4: credentials in prompts, shell sessions, configs of many kinds, CI files and code
 * in several languages. Hand-written after batches 1–3 were fitted; measured once on the frozen
 * engine (tests/corpus-heldout/README.md, "Fourth batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';


const AKIA = tok('AKIA', fill('b4-akia', B32, 16));
const AKIA_SECRET = fill('b4-akias', B64, 40);
const ASIA = tok('ASIA', fill('b4-asia', B32, 16));
const ASIA_SECRET = fill('b4-asias', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2VjE', fill('b4-awssess', B64, 300));
const GHP = gh('ghp', 'Qb4Nx7Lw1Rk9Tc3Vz6Hm2Jd8Fs5Pa0');
const GHO = gh('gho', 'Wm3Kp8Zr1Xt6Nd4Hc9Lb2Vq7Sj5Fy0');
const GHS = gh('ghs', 'Lc8Rt2Vn6Bq1Xm9Zd4Kw7Hs3Pf5Ja0');
const GLPAT = tok('glpat-', fill('b4-glpat', B62 + '-_', 20));
const GLDT = tok('gldt-', fill('b4-gldt', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '3409182756', '3-', '6619204837152-', fill('b4-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b4-sh1', UPPER + DIGITS, 7), '/B08', fill('b4-sh2', UPPER + DIGITS, 8), '/', fill('b4-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b4-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b4-rklive', B62, 97));
const OPENAI_PROJ = tok('sk-', 'proj-', fill('b4-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b4-oaproj2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b4-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b4-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b4-aiza', B62 + '-_', 33));
const GOCSPX = tok('GOCSPX-', fill('b4-gocspx', B64URL, 28));
const AZ_ACCOUNT_KEY = fill('b4-azkey', B64, 86) + '==';
const SAS_SIG = `${fill('b4-sas1', B62, 15)}%2F${fill('b4-sas2', B62, 13)}%2B${fill('b4-sas3', B62, 12)}%3D`;
const TW_SID = tok('AC', fill('b4-twsid', HEX, 32));
const TW_TOKEN = fill('b4-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b4-sg1', B64URL, 22), '.', fill('b4-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b4-mc', HEX, 32), '-us14');
const TELEGRAM = tok('6502918374', ':AA', fill('b4-tg', B64URL, 33));
const DISCORD_BOT = tok(b64('1204938571620394817').replace(/=+$/, ''), '.', fill('b4-disc1', B64URL, 6), '.', fill('b4-disc2', B64URL, 38));
const TEAMS_HOOK = tok('https://pellucidfreight.webhook.office.com/webhookb2/', '8a41c3e7-2f90-4d6b-b15a-0e73c9d2a814@5c2e9f17-a803-4b6d-9e42-71d0b3f8c656/IncomingWebhook/', fill('b4-teams1', HEX, 32), '/', 'e07b4d29-61c3-48fa-a9d5-3b28f0e6c171/', 'V2', fill('b4-teams2', B64URL, 43));
const NPM = gh('npm', 'Xr6Lq1Mz8Wd3Hv5Nt9Kb2Jf7Pc4Sg0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b4-pypi', B64URL, 140));
const DCKR = tok('dckr_', 'pat_', fill('b4-dckr', B64URL, 27));
const POSTMAN = tok('PMAK-', fill('b4-pm1', HEX, 24), '-', fill('b4-pm2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b4-atl', B64URL, 171), '=', fill('b4-atl2', HEX.toUpperCase(), 8));
const NOTION_LEGACY = tok('secret_', fill('b4-notion', B62, 43));
const AIRTABLE = tok('pat', fill('b4-at1', B62, 14), '.', fill('b4-at2', HEX, 64));
const SENTRY_DSN = tok('https://', fill('b4-sdsn', HEX, 32), '@o917364.ingest.us.sentry.io/4508273619');
const GLSA = tok('glsa_', fill('b4-glsa1', B62, 32), '_', fill('b4-glsa2', HEX, 8));
const NRII = tok('NRII-', fill('b4-nrii', B64URL, 32));
const DD_API = fill('b4-ddapi', HEX, 32);
const DD_APP = fill('b4-ddapp', HEX, 40);
const PULUMI = tok('pul-', fill('b4-pulumi', HEX, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b4-vault', B64URL, 86));
const TFC = tok(fill('b4-tfc1', B62, 14), '.atlasv1.', fill('b4-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b4-age', BECH32, 58));
const SUPABASE = tok('sbp_', fill('b4-sbp', HEX, 40));
const NETLIFY = tok('nfp_', fill('b4-nfp', B62, 36));
const DO_TOKEN = tok('dop_', 'v1_', fill('b4-dop', HEX, 64));
const CF_TOKEN = fill('b4-cftok', B62 + '-_', 40);
const OKTA = tok('00', fill('b4-okta', B64URL, 40));
const TENCENT_ID = tok('AKID', fill('b4-akid', B62, 32));
const SQUARE = tok('EAAA', fill('b4-square', B64URL, 60));
const BRAINTREE = tok('access_token$', 'production$', fill('b4-bt1', LOWER + DIGITS, 16), '$', fill('b4-bt2', HEX, 32));
const FACEBOOK = tok('EAA', 'Jm0ZB', fill('b4-fb', B62, 160));
const DROPBOX = tok('sl.', 'B', fill('b4-dbx', B64URL, 140));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'ashgrove-geo', a: fill('b4-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b4-mbx', B64URL, 22));
const MISTRAL = fill('b4-mistral', B62, 32);
const COHERE = fill('b4-cohere', B62, 40);
const XAI = tok('xai-', fill('b4-xai', B62, 80));
const JWT_WS = jwt({ alg: 'ES256', typ: 'JWT' }, { sub: 'driver-20931', fleet: 'pellucid-nl', iat: 1733900000, exp: 1733986400 }, 'b4-jwt1');
const BASIC = b64('grafana-proxy:Kelpie!Moor-4471');
const BEARER = fill('b4-bearer', B62 + '-._~', 56);
const EC_KEY = pem('EC PRIVATE KEY', 'b4-ec', 121);
const OPENSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b4-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const B64_TLS_KEY = b64(`${pem('PRIVATE KEY', 'b4-tlskey', 1216)}\n`);
const B64_OPENAI = b64(tok('sk-', 'proj-', fill('b4-oab1', B64URL, 74), 'T3Blbk', 'FJ', fill('b4-oab2', B64URL, 74)));
const JWT_SECRET = fill('b4-jwtsecret', B62, 48);
const OIDC_SECRET = fill('b4-oidc', B62 + '-_', 40);
const LINEAR = tok('lin_', 'api_', fill('b4-linear', B62, 40));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH4_CREDENTIALS: DraftRecord[] = [
  rec('properties', f`Spring Cloud AWS won't pick up the region, what's wrong with my application.properties?

${amb('source_code.snippet', f`spring.application.name=freight-docs
cloud.aws.credentials.access-key=${v('credential.aws_access_key_id', AKIA)}
cloud.aws.credentials.secret-key=${v('credential.aws_secret_access_key', AKIA_SECRET)}
cloud.aws.region.auto=false
cloud.aws.stack.auto=false
server.port=8084`)}`),

  rec('shell', f`why does terraform say the token expired when I just ran sso login 5 min ago??

ops@jump-02:~$ env | grep ^AWS
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}
AWS_DEFAULT_REGION=ap-southeast-2
ops@jump-02:~$ terraform plan
Error: error configuring Terraform AWS Provider: ExpiredToken`),

  rec('shell', f`Is it bad that I did this on the shared build box? Everyone's go get for private modules works now lol

git config --global url."https://${v('credential.github_pat', GHP)}:x-oauth-basic@github.com/".insteadOf "https://github.com/"`),

  rec('code_python', f`Small script to list open PRs across our org; it 401s for repos in the other org:

${code(f`import requests

HEADERS = {"Authorization": "token ${v('credential.github_oauth_token', GHO)}",
           "Accept": "application/vnd.github+json"}

def open_prs(org: str) -> list[dict]:
    repos = requests.get(f"https://api.github.com/orgs/{org}/repos", headers=HEADERS, timeout=10).json()
    out = []
    for r in repos:
        prs = requests.get(r["pulls_url"].replace("{/number}", ""), headers=HEADERS, timeout=10).json()
        out.extend(p for p in prs if not p["draft"])
    return out`)}`),

  rec('ci_log', f`Release job log, step "Publish release notes" — why does the second call 403?

2024-12-03T09:14:27.118Z  Fetching installation token for app 418273 … ok
2024-12-03T09:14:27.402Z  token=${v('credential.github_server_to_server_token', GHS)} expires_at=2024-12-03T10:14:27Z
2024-12-03T09:14:28.930Z  POST /repos/pellucid/tariffs/releases → 201
2024-12-03T09:14:29.311Z  POST /repos/pellucid/tariffs-internal/releases → 403 Resource not accessible by integration`),

  rec('js_config', f`Renovate on our self-hosted GitLab ignores the packageRules, config below:

${amb('source_code.snippet', f`module.exports = {
  platform: 'gitlab',
  endpoint: 'https://git.ashgrove-robotics.de/api/v4/',
  token: '${v('credential.gitlab_pat', GLPAT)}',
  autodiscover: true,
  packageRules: [{ matchUpdateTypes: ['patch'], automerge: true }],
};`)}`),

  rec('shell', f`helm registry login keeps failing with 401 on the GitLab package registry:

$ helm registry login registry.ashgrove-robotics.de -u gitlab+deploy-token-88 -p ${v('credential.gitlab_token', GLDT)}
Error: login attempt to https://registry.ashgrove-robotics.de/v2/ failed with status: 401 Unauthorized`),

  rec('code_elixir', f`${amb('source_code.snippet', f`import Config

config :harbourmaster, Harbourmaster.Notifier,
  slack_token: "${v('credential.slack_bot_token', SLACK_BOT)}",
  channel: "#berth-alerts",
  enabled: true

config :logger, level: :info`)}

This is config/runtime.exs — the notifier crashes with :invalid_auth only in prod. Why?`, 'an Elixir config file (config/runtime.exs): ambiguous source code, like other config files (label changed after the first run, see README)'),

  rec('yaml', f`Grafana provisioning: alert contact point isn't showing up in the UI. File:

${amb('source_code.snippet', f`apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops-slack
    receivers:
      - uid: ops_slack_01
        type: slack
        settings:
          url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
          title: '{{ template "slack.title" . }}'`)}`),

  rec('code_go', f`${code(f`package billing

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/refund"
)

func init() {
	stripe.Key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
}

func RefundCharge(chargeID string, cents int64) (*stripe.Refund, error) {
	return refund.New(&stripe.RefundParams{Charge: stripe.String(chargeID), Amount: stripe.Int64(cents)})
}`)}

partial refunds come back as "amount_too_large" even for 1 cent, any idea?`),

  rec('chat', f`Our accountant wants read-only access to payouts in Stripe, so I created a restricted key with "Payouts: read" and "Balance: read" only: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Is it safe to paste that into her spreadsheet add-on or should I do something else?`),

  rec('toml', f`streamlit says "No secrets found" on Community Cloud but locally it works. .streamlit/secrets.toml:

${amb('source_code.snippet', f`[openai]
api_key = "${v('credential.openai_api_key', OPENAI_PROJ)}"
model = "gpt-4o-mini"

[app]
max_tokens = 800`)}`),

  rec('json', f`Continue extension for VS Code ignores my Claude model, here's ~/.continue/config.json:

${amb('source_code.snippet', f`{
  "models": [
    {
      "title": "Claude (work)",
      "provider": "anthropic",
      "model": "claude-3-5-sonnet-latest",
      "apiKey": "${v('credential.anthropic_api_key', ANTHROPIC)}"
    }
  ],
  "allowAnonymousTelemetry": false
}`)}`),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM python:3.12-slim
WORKDIR /srv
ENV HF_TOKEN=${v('credential.huggingface_token', HF)}
RUN pip install --no-cache-dir transformers==4.46.3 torch --index-url https://download.pytorch.org/whl/cpu
COPY serve.py .
CMD ["python", "serve.py"]`)}

build is 9 GB, how do I make the image smaller? (and yes I know about the token, it's a read token)`),

  rec('xml', f`Maps fragment shows grey tiles on release builds only. Manifest excerpt:

${amb('source_code.snippet', f`<application android:name=".TannerApp" android:label="@string/app_name">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="${v('credential.google_api_key', GOOGLE)}" />
    <activity android:name=".MapActivity" android:exported="true" />
</application>`)}`),

  rec('env', f`NextAuth keeps redirecting to /api/auth/error?error=OAuthCallback. .env.local:

${amb('source_code.snippet', f`NEXTAUTH_URL=http://localhost:3000
GOOGLE_CLIENT_ID=804719263518-k3v9q2m7p1r8s4t6u0w5x2y9z3a7b1c4.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=${v('credential.google_oauth_client_secret', GOCSPX)}
NEXTAUTH_SECRET=${v('credential.generic_secret_assignment', JWT_SECRET)}`)}`),

  rec('code_csharp', f`${code(f`using Azure.Storage.Blobs;

var conn = "DefaultEndpointsProtocol=https;AccountName=tannerylanemedia;AccountKey=${v('credential.azure_storage_key', AZ_ACCOUNT_KEY)};EndpointSuffix=core.windows.net";
var container = new BlobServiceClient(conn).GetBlobContainerClient("menus");
await foreach (var blob in container.GetBlobsAsync(prefix: "2024/"))
{
    Console.WriteLine($"{blob.Name}\\t{blob.Properties.ContentLength}");
}`)}

how do I switch this to managed identity?`),

  rec('shell_ps', f`PS C:\\exports> azcopy copy ".\\weekly\\*.parquet" "https://tannerylanedata.blob.core.windows.net/landing?sv=2023-11-03&ss=b&srt=co&sp=rwlc&se=2025-01-31T18:00:00Z&st=2024-12-01T08:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}" --recursive
INFO: Scanning...
failed to perform copy command due to error: cannot start job due to error: 403 AuthorizationPermissionMismatch

— which permission is missing in the SAS?`),

  rec('code_php', f`${code(f`<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$twilio = new Client('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');
foreach ($reminders as $r) {
    $twilio->messages->create($r['mobile'], ['from' => 'TANNERY', 'body' => "Your table is booked for {$r['time']}"]);
}`)}

Alphanumeric sender works in UK but not in the US — expected?`),

  rec('code_go', f`Refactor so the key comes from Secret Manager:

${code(f`func sendReceipt(to, html string) error {
	from := mail.NewEmail("Vireo Clinics", "${v('pii.email', 'noreply@mail.vireo-clinics.com')}")
	msg := mail.NewSingleEmail(from, "Your receipt", mail.NewEmail("", to), "", html)
	client := sendgrid.NewSendClient("${v('credential.sendgrid_api_key', SENDGRID)}")
	resp, err := client.Send(msg)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sendgrid: %d", resp.StatusCode)
	}
	return nil
}`)}`),

  rec('chat', f`WP plugin "MC4WP" says "API key invalid" but I copied it straight from Mailchimp account > Extras > API keys: ${v('credential.mailchimp_api_key', MAILCHIMP)} — does the -us14 bit need to go somewhere else?`),

  rec('yaml', f`Home Assistant won't start after I moved the bot token into secrets.yaml:

${amb('source_code.snippet', f`# secrets.yaml
telegram_bot_token: "${v('credential.telegram_bot_token', TELEGRAM)}"
telegram_chat_id: -1002187364519
latitude_home: 52.37`)}

and configuration.yaml has api_key: !secret telegram_bot_token`),

  rec('code_python', f`${code(f`import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

@bot.command()
async def shift(ctx, day: str):
    await ctx.send(f"Rota for {day}: see #rota-pins")

bot.run("${v('credential.discord_bot_token', DISCORD_BOT)}")`)}

the bot shows online but !shift does nothing`),

  rec('shell', f`${amb('source_code.snippet', f`#!/usr/bin/env bash
# nightly-backup-alert.sh — posts to the Teams "Ops" channel when restic fails
if ! restic -r sftp:backup@nas01:/restic backup /srv/data; then
  curl -s -H 'Content-Type: application/json' -d '{"text":"restic backup FAILED on '"$(hostname)"'"}' \\
    "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
fi`)}

Teams says the O365 connectors are being retired — what do I replace this with?`, 'a five-line shell script: ambiguous source code, like batch 2\'s three-line PowerShell webhook call (label added after the first run, see README)'),

  rec('gha', f`${amb('source_code.snippet', f`name: publish
on:
  push:
    tags: ['v*']
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${v('credential.npm_token', NPM)}`)}

Publishing works, but provenance is missing on the npm page. What am I missing?`),

  rec('shell', f`$ poetry config pypi-token.pypi ${v('credential.pypi_token', PYPI)}
$ poetry publish --build
Publishing halvard-tides (0.4.2) to PyPI
 - Uploading halvard_tides-0.4.2-py3-none-any.whl FAILED
HTTP Error 403: Invalid or non-existent authentication information.

the token is project-scoped to halvard-tides, why 403?`),

  rec('shell', f`CI runner output, why is docker warning me?

+ docker login -u pellucidci -p ${v('credential.dockerhub_pat', DCKR)}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded`, 'a Docker Hub token given with -p: labelled as the token (dockerhub_pat)'),

  rec('http', f`Trying to back up all our Postman collections via the API, 401 every time:

GET https://api.getpostman.com/collections
X-Api-Key: ${v('credential.postman_api_key', POSTMAN)}
Accept: application/json`),

  rec('code_python', f`${code(f`from jira import JIRA

jira = JIRA(
    server="https://morrowvance.atlassian.net",
    basic_auth=("${v('pii.email', 'ines.caldeira@morrowvance.com')}", "${v('credential.atlassian_api_token', ATLASSIAN)}"),
)
for issue in jira.search_issues('project = LIT AND status = "Waiting for client"', maxResults=200):
    print(issue.key, issue.fields.summary)`)}

How do I also get the last comment date?`),

  rec('code_ts', f`Deno script that dumps our Notion roadmap DB to CSV — pagination stops at 100:

${code(f`const NOTION = "${v('credential.notion_token', NOTION_LEGACY)}";
const db = "4f1c8e2a7b9d4e6f8a0b1c2d3e4f5a6b";

const res = await fetch(\`https://api.notion.com/v1/databases/\${db}/query\`, {
  method: "POST",
  headers: { Authorization: \`Bearer \${NOTION}\`, "Notion-Version": "2022-06-28" },
});
const { results } = await res.json();
console.log(results.length);`)}`),

  rec('chat', f`Make.com scenario: "Airtable › Search records" fails with INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND. The connection uses this personal access token ${v('credential.airtable_pat', AIRTABLE)} with data.records:read on the "Volunteers" base. What scope am I missing?`),

  rec('env', f`${amb('source_code.snippet', f`# .env.production (vite)
VITE_API_BASE=https://api.glenrock.ac.uk/timetable
VITE_SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
VITE_RELEASE=timetable-web@3.8.1`)}

Source maps aren't applied to the errors in Sentry. Is it the release name format?`),

  rec('hcl', f`${amb('source_code.snippet', f`provider "grafana" {
  url  = "https://grafana.halvard-ship.no"
  auth = "${v('credential.grafana_service_account_token', GLSA)}"
}

resource "grafana_folder" "vessels" {
  title = "Vessel telemetry"
}`)}

terraform plan wants to recreate the folder every run, why?`),

  rec('ini', f`fluent-bit drops everything with "400 Bad Request" from New Relic. output section:

${amb('source_code.snippet', f`[OUTPUT]
    Name        nrlogs
    Match       kube.*
    license_key ${v('credential.newrelic_key', NRII)}
    base_uri    https://log-api.eu.newrelic.com/log/v1`)}`),

  rec('shell', f`curl -X GET "https://api.datadoghq.eu/api/v1/monitor?group_states=alert" \\
  -H "DD-API-KEY: ${v('credential.datadog_api_key', DD_API)}" \\
  -H "DD-APPLICATION-KEY: ${v('credential.datadog_app_key', DD_APP)}"

returns [] although two monitors are red in the UI. EU site, so the host should be right?`),

  rec('shell', f`$ export PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)}
$ pulumi stack select ashgrove/infra/prod
error: [403] Forbidden: You do not have access to stack ashgrove/infra/prod`),

  rec('hcl', f`Nomad job can't read from Vault, template renders empty:

${amb('source_code.snippet', f`job "ledger-sync" {
  datacenters = ["fra1"]
  vault {
    policies = ["ledger-read"]
  }
  group "sync" {
    task "run" {
      driver = "docker"
      env {
        VAULT_ADDR  = "https://vault.sundial-payroll.internal:8200"
        VAULT_TOKEN = "${v('credential.vault_token', VAULT)}"
      }
    }
  }
}`)}`),

  rec('shell', f`Atlantis can't init: "Required token could not be found". I set it in the pod env like this:

TF_TOKEN_app_terraform_io=${v('credential.terraform_cloud_token', TFC)}

do dots in the hostname need to be underscores everywhere?`),

  rec('text', f`sops decrypt works on my laptop but not in CI. ~/.config/sops/age/keys.txt on the laptop is:

# created: 2024-10-02T11:48:09+02:00
# public key: age1qz8w3x5t7v9n2m4k6j8h0g2f4d6s8a0p3o5i7u9y1t3r5e7w9q2z4x6c
${v('credential.age_secret_key', AGE)}

what do I put in CI?`),

  rec('shell', f`❯ supabase login --token ${v('credential.supabase_token', SUPABASE)}
You are now logged in. Happy coding!
❯ supabase db push
Error: failed to connect to postgres: password authentication failed for user "postgres"`),

  rec('gitlab_ci', f`${amb('source_code.snippet', f`deploy_preview:
  stage: deploy
  image: node:20
  variables:
    NETLIFY_SITE_ID: "c3e91f07-52ab-4d18-9e6c-7a08b4f2d513"
    NETLIFY_AUTH_TOKEN: "${v('credential.netlify_token', NETLIFY)}"
  script:
    - npx netlify-cli deploy --dir=dist --alias=mr-$CI_MERGE_REQUEST_IID`)}

how do I post the preview URL back to the merge request?`),

  rec('shell', f`$ doctl auth init --context tannery
Please authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens

❯ Enter your access token:  ${v('credential.digitalocean_token', DO_TOKEN)}
Validating token... ✔

(pasted from my terminal history) — how do I remove that context again?`),

  rec('caddyfile', f`Caddy DNS challenge fails: "expected 1 zone, got 0". Caddyfile:

${amb('source_code.snippet', f`{
	acme_dns cloudflare ${v('credential.cloudflare_api_token', CF_TOKEN)}
}

*.lab.halvard-ship.no {
	reverse_proxy ${amb('pii.ip_address', '10.20.0.14')}:8080
}`)}`),

  rec('hcl', f`${amb('source_code.snippet', f`provider "okta" {
  org_name  = "morrowvance"
  base_url  = "okta.com"
  api_token = "${v('credential.okta_api_token', OKTA)}"
}`)}

Should this be an OAuth service app instead of an API token? Pros/cons please.`),

  rec('code_python', f`腾讯云 COS 上传一直报 SignatureDoesNotMatch, code below (SecretKey removed):

${code(f`from qcloud_cos import CosConfig, CosS3Client

config = CosConfig(Region="ap-guangzhou",
                   SecretId="${v('credential.tencent_secret_id', TENCENT_ID)}",
                   SecretKey=os.environ["COS_SECRET_KEY"])
client = CosS3Client(config)
client.upload_file(Bucket="menus-1318273645", LocalFilePath="menu.pdf", Key="2024/12/menu.pdf")`)}`),

  rec('code_js', f`${code(f`const { Client, Environment } = require('square');

const square = new Client({
  accessToken: '${v('credential.square_access_token', SQUARE)}',
  environment: Environment.Production,
});

async function todaysOrders(locationId) {
  const { result } = await square.ordersApi.searchOrders({ locationIds: [locationId] });
  return result.orders ?? [];
}`)}

searchOrders returns orders from last year too, how to filter to today?`),

  rec('java', f`${code(f`@Configuration
public class BraintreeConfig {
    @Bean
    public BraintreeGateway gateway() {
        return new BraintreeGateway("${v('credential.braintree_access_token', BRAINTREE)}");
    }
}`)}

Is the access-token constructor deprecated? We want to switch to merchant id/public/private keys.`),

  rec('shell', f`curl -G "https://graph.facebook.com/v21.0/me/accounts" \\
  --data-urlencode "access_token=${v('credential.facebook_access_token', FACEBOOK)}"

returns {"data": []} even though I'm admin of the Tannery Lane page. what permission?`),

  rec('ini', f`rclone dropbox remote stopped working after a month, config:

${amb('source_code.snippet', f`[dbx-archive]
type = dropbox
token = {"access_token":"${v('credential.dropbox_access_token', DROPBOX)}","token_type":"bearer","expiry":"2024-12-04T17:22:41.118+01:00"}`)}`, 'an rclone config without refresh_token: the short-lived access token is the secret'),

  rec('chat', f`QGIS can't load the Mapbox style with my secret token ${v('credential.mapbox_secret_token', MAPBOX)} — "401 Not Authorized - Invalid Token". It works in curl. Should I use the public pk. token in QGIS instead?`),

  rec('code_python', f`${code(f`from mistralai import Mistral

client = Mistral(api_key="${v('credential.mistral_api_key', MISTRAL)}")
resp = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Résume ce PV en trois points."}],
)
print(resp.choices[0].message.content)`)}

comment faire du streaming avec ce client ?`),

  rec('code_r', f`${code(f`library(httr2)
Sys.setenv(CO_API_KEY = "${v('credential.cohere_api_key', COHERE)}")

rerank <- function(query, docs) {
  request("https://api.cohere.com/v2/rerank") |>
    req_auth_bearer_token(Sys.getenv("CO_API_KEY")) |>
    req_body_json(list(model = "rerank-v3.5", query = query, documents = docs)) |>
    req_perform() |>
    resp_body_json()
}`)}

How do I get the scores back into a tibble?`),

  rec('chat', f`I'm evaluating Grok for our support bot. Test key ${v('credential.xai_api_key', XAI)} — it gives 403 "team is blocked". Is that billing or something else?`),

  rec('js_console', f`Browser console while debugging the driver app (websocket keeps reconnecting):

WebSocket connection to 'wss://live.pellucidfreight.nl/v2/stream?token=${v('credential.jwt', JWT_WS)}' failed: Error during WebSocket handshake: Unexpected response code: 401`),

  rec('nginx', f`${amb('source_code.snippet', f`location /grafana/ {
    proxy_pass http://127.0.0.1:3000/;
    proxy_set_header Host $host;
    proxy_set_header Authorization "Basic ${v('credential.basic_auth_header', BASIC)}";
}`)}

Grafana still shows the login page behind nginx. Should auth.proxy be used instead?`),

  rec('shell', f`$ http GET https://api.sundial-payroll.example/v3/runs/2024-11 "Authorization: Bearer ${v('credential.bearer_token', BEARER)}"
HTTP/1.1 409 Conflict
{"error":"run_locked","detail":"payroll run is being finalised"}`, 'HTTPie request; reserved .example host'),

  rec('chat', f`Is this key encrypted or not? openssl asks for no passphrase:

${v('credential.private_key', EC_KEY)}

need it for the MQTT client on the forklift terminals`),

  rec('yaml', f`${amb('source_code.snippet', f`# group_vars/bastion.yml
bastion_user: deploy
bastion_ssh_key: |
  ${v('credential.openssh_private_key', OPENSSH_KEY.split('\n').join('\n  '))}`)}

ansible-lint complains about this file. what's the proper way — vault?`),

  rec('yaml', f`${amb('source_code.snippet', f`ingress:
  enabled: true
  hosts: [ "portal.glenrock.ac.uk" ]
  tls:
    crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
    key: ${v('credential.base64_private_key', B64_TLS_KEY)}`)}

helm upgrade says "tls: failed to find any PEM data in certificate input" — the crt is cut, I know, but is the key fine?`, 'the truncated crt value is a certificate fragment, not a secret'),

  rec('shell', f`what does this decode to? found it in the ArgoCD app's plain Secret:

echo ${v('credential.base64_encoded_token', B64_OPENAI)} | base64 -d`),

  rec('env', f`${amb('source_code.snippet', f`# prisma/.env
DATABASE_URL="postgresql://tannery_app:${v('credential.database_url_password', 'Brisket&Rye-2291')}@free-tier14.aws-eu-central-1.cockroachlabs.cloud:26257/tannery?sslmode=verify-full"`)}

prisma migrate dev says "prepared statement already exists" on Cockroach.`),

  rec('code_python', f`${code(f`from celery import Celery

app = Celery(
    "imaging",
    broker="amqps://vireo_worker:${v('credential.database_url_password', 'Quokka-Lantern-73')}@mq.vireo-clinics.internal:5671/imaging",
    backend="rpc://",
)

@app.task(bind=True, max_retries=5)
def render_thumbnail(self, study_id: str) -> str:
    return f"thumb/{study_id}.png"`)}

tasks stay PENDING forever, what do I check first?`),

  rec('shell', f`lftp keeps saying "Login incorrect" but FileZilla works:

lftp ftp://halvard_edi:${v('credential.url_password', 'Sk4gerrak!Net')}@edi.halvard-ship.no/inbound -e "mirror --only-newer; bye"`),

  rec('vba', f`${code(f`Sub RefreshTimesheets()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql-sundial.database.windows.net,1433;Database=timesheets;Uid=excel_reader;Pwd=${v('credential.connection_string_password', 'Gherkin#Vault-58')};Encrypt=yes;"
    Sheets("Data").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM dbo.v_week")
    cn.Close
End Sub`)}

Macro is slow on 40k rows, how to speed up?`),

  rec('redis_conf', f`${amb('source_code.snippet', f`bind ${amb('pii.ip_address', '10.30.1.12')}
port 6379
protected-mode yes
requirepass ${v('credential.password_assignment', 'Parsnip-Quarry-8812')}
maxmemory 2gb
maxmemory-policy allkeys-lru`)}

redis-cli says NOAUTH even with -a. Is requirepass applied without a restart?`, 'redis.conf requirepass: a literal password in a config key; labelled password_assignment'),

  rec('chat_cs', f`Ahoj, potřebuju napsat e-mail kolegovi. Přístup do administrace e-shopu: uživatel "sklad2", heslo je ${v('credential.password_in_prose', 'Kopretina*2024')}. Můžeš to formulovat slušně a stručně?`, 'Czech "heslo je …": labelled password_in_prose (batches 2–3 labelled other languages the docs did not list)'),

  rec('chat_tr', f`Muhasebe ekranına giremiyorum. Kullanıcı adı: ayse.demir, şifre: ${v('credential.password_in_prose', 'Lale!Bahce73')} — sistem "hesap kilitli" diyor. IT'ye ne yazayım?`, 'Turkish "şifre:" — labelled password_in_prose'),

  rec('chat_hi_en', f`Bhai wifi ka password kya tha office ka? Reception wale ne bola tha password hai ${v('credential.password_in_prose', 'Chai@Tapri2024')} par connect nahi ho raha, guest network pe try karun kya?`, 'Hindi-English "password hai …"'),

  rec('chat', f`Can you write a handover note for the weekend cover? The CCTV NVR login is admin and the pw is ${v('credential.password_in_prose', 'Otter$Bridge19')}, firmware update is due but don't do it remotely.`, 'English "the pw is …" (abbreviation): labelled password_in_prose'),

  rec('shell', f`ldapsearch returns "Invalid credentials (49)":

ldapsearch -x -H ldaps://dc01.glenrock.ac.uk -D "CN=svc-timetable,OU=Service,DC=glenrock,DC=ac,DC=uk" -w ${v('credential.cli_password', 'Thistle_Cairn42')} -b "OU=Staff,DC=glenrock,DC=ac,DC=uk" "(sAMAccountName=mkerr)"`, 'ldapsearch -w <password>: a password on a command line'),

  rec('dockerfile', f`${amb('source_code.snippet', f`services:
  db:
    image: mariadb:11.4
    environment:
      MARIADB_DATABASE: shifts
    healthcheck:
      test: ["CMD-SHELL", "mariadb -uroot -p${v('credential.mysql_cli_password', 'Rhubarb!Crumble7')} -e 'SELECT 1'"]
      interval: 10s`)}

healthcheck is always "starting", what's wrong?`),

  rec('yaml', f`${amb('source_code.snippet', f`# oauth2-proxy values
config:
  clientID: "timetable-web"
  clientSecret: "${v('credential.generic_secret_assignment', OIDC_SECRET)}"
  cookieSecret: "${v('credential.generic_secret_assignment', fill('b4-cookie', B64URL, 32))}"
extraArgs:
  provider: keycloak-oidc
  oidc-issuer-url: https://sso.glenrock.ac.uk/realms/staff`)}

users get a 500 after login: "invalid_client"`),

  rec('linear_gql', f`GraphQL playground: how do I fetch all issues in cycle 42 with their estimates?

POST https://api.linear.app/graphql
Authorization: ${v('credential.linear_api_key', LINEAR)}
Content-Type: application/json

{"query":"{ viewer { id name } }"}`),
];
