/**
 * Held-out batch 3: credentials in prompts, shell sessions, configs, CI files and code. Hand-written
 * after batches 1 and 2 were fitted; measured once before any rule change
 * (tests/corpus-heldout/README.md, "Third batch").
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';


const AKIA = tok('AKIA', fill('b3-akia', B32, 16));
const AKIA_SECRET = fill('b3-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b3-akia2', B32, 16));
const AKIA2_SECRET = fill('b3-akia2s', B64, 40);
const FG_PAT = tok('github_pat_', '11B', fill('b3-fg1', UPPER + DIGITS, 19), '_', fill('b3-fg2', B62, 59));
const GHP = gh('ghp', 'Tn5Rb8Kc2Wq7Lm4Xv9Hd1Zs6Fj3Gy0');
const GHO = gh('gho', 'Pa6Md3Vk9Xr2Qt7Bn1Cw5Ly8Je4Hs0');
const GHS = gh('ghs', 'Uz2Fk7Np4Rc9Wm1Td6Xb3Qh8Lv5Ej0');
const GLPAT = tok('glpat-', fill('b3-glpat', B62 + '-_', 20));
const GLPTT = tok('glptt-', fill('b3-glptt', HEX, 40));
const SLACK_BOT = tok('xoxb-', '2873019465', '1-', '7391028465302-', fill('b3-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b3-sh1', UPPER + DIGITS, 7), '/B07', fill('b3-sh2', UPPER + DIGITS, 8), '/', fill('b3-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b3-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b3-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b3-whsec', B62, 32));
const OPENAI_PROJ = tok('sk-', 'proj-', fill('b3-oaproj1', B64URL, 74), 'T3Blbk', 'FJ', fill('b3-oaproj2', B64URL, 74));
const OPENAI_SVC = tok('sk-', 'svcacct-', fill('b3-oasvc1', B64URL, 74), 'T3Blbk', 'FJ', fill('b3-oasvc2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b3-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b3-groq', B62, 52));
const HF = tok('hf_', fill('b3-hf', UPPER + LOWER, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b3-aiza', B62 + '-_', 33));
const AZ_ACCOUNT_KEY = fill('b3-azkey', B64, 86) + '==';
const AZ_CLIENT_SECRET = tok(fill('b3-azcs1', B62, 3), '8Q~', fill('b3-azcs2', B62 + '-_.~', 34));
const ADO_PAT = fill('b3-ado', B32LOWER, 52);
const TW_SID = tok('AC', fill('b3-twsid', HEX, 32));
const TW_TOKEN = fill('b3-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b3-sg1', B64URL, 22), '.', fill('b3-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b3-mailgun', HEX, 32));
const TELEGRAM = tok('7418230956', ':AA', fill('b3-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374650192837465', '/', fill('b3-dh', B64URL, 68));
const NPM = gh('npm', 'Kd8Fs2Jh6Lq1Wp9Xr4Tz7Mb3Nc5Vy0');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b3-pypi', B64URL, 150));
const DOCKER_AUTH = b64('harbor-push:Velvet#Otter-2291');
const POSTMAN = tok('PMAK-', fill('b3-pm1', HEX, 24), '-', fill('b3-pm2', HEX, 34));
const LINEAR = tok('lin_', 'api_', fill('b3-linear', B62, 40));
const SENTRY_DSN = tok('https://', fill('b3-sdsn', HEX, 32), '@o482913.ingest.de.sentry.io/4507192834');
const SENTRY_ORG = tok('sntrys_', b64(JSON.stringify({ iat: 1729000000, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'copperleaf' })).replace(/=+$/, ''), '_', fill('b3-sntrys', B64URL, 43));
const DD_API = fill('b3-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b3-vault', B64URL, 86));
const DATABRICKS = tok('dapi', fill('b3-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b3-dop', HEX, 64));
const CF_TOKEN = fill('b3-cftok', B62 + '-_', 40);
const JWT_API = jwt({ alg: 'RS256', typ: 'JWT', kid: 'k-2024-10' }, { sub: 'svc-billing', aud: 'ledger-api', scope: 'ledger:write', iat: 1732100000, exp: 1732103600 }, 'b3-jwt1');
const BASIC = b64('ops-readonly:Marigold_Fern_83');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b3-rsa', 1190);
const OPENSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b3-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SHOPIFY = tok('shpat_', fill('b3-shpat', HEX, 32));
const SQ_LEGACY = tok('sq0atp-', fill('b3-sq0atp', B64URL, 22));
const ALIBABA_ID = tok('LTAI', '5t', fill('b3-ltai', B62, 18));
const ALIBABA_SECRET = fill('b3-alisec', B62, 30);
const NR_LICENSE = tok(fill('b3-nrl', HEX, 36), 'NRAL');
const SB_SECRET = tok('sb_', 'secret_', fill('b3-sbsec', B64URL, 31));
const DOPPLER_PT = tok('dp.', 'pt.', fill('b3-dppt', B62, 43));
const HEROKU = tok('HRKU-', 'AA', fill('b3-hrku', B64URL, 58));
const JFROG_REF = tok('cmVmdGtuOjAxOjE3', fill('b3-jfref', B62, 48));
const B64_GLPAT = b64(tok('glpat-', fill('b3-glpat2', B62, 20)));
const B64_PKEY = b64(`${pem('PRIVATE KEY', 'b3-ci-key', 1216)}\n`);
const DJANGO_SECRET = fill('b3-django', B62 + '!@#%^&*(-_=+)', 50);
const KEYCLOAK_SECRET = fill('b3-kc', B62, 32);
const FLASK_SECRET = fill('b3-flask', HEX, 48);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH3_CREDENTIALS: DraftRecord[] = [
  rec('shell', f`ran this on the new laptop and now every aws command says "SignatureDoesNotMatch":

$ aws configure --profile tidewell-prod
AWS Access Key ID [None]: ${v('credential.aws_access_key_id', AKIA)}
AWS Secret Access Key [None]: ${v('credential.aws_secret_access_key', AKIA_SECRET)}
Default region name [None]: eu-north-1
Default output format [None]: json

did I paste something wrong?`),

  rec('code_python', f`Refactor this so it reads the keys from the environment instead:

${code(f`import boto3

def archive_client():
    return boto3.client(
        "s3",
        aws_access_key_id="${v('credential.aws_access_key_id', AKIA2)}",
        aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA2_SECRET)}",
        region_name="eu-central-1",
    )

def move_to_glacier(bucket: str, prefix: str) -> int:
    s3 = archive_client()
    moved = 0
    for obj in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", []):
        s3.copy_object(Bucket=bucket, Key=obj["Key"], CopySource={"Bucket": bucket, "Key": obj["Key"]}, StorageClass="GLACIER")
        moved += 1
    return moved`)}`),

  rec('shell', f`gh keeps asking me to log in inside the devcontainer. I put this in postCreateCommand:

echo "${v('credential.github_fine_grained_pat', FG_PAT)}" | gh auth login --with-token

it works once then forgets. where does gh store it?`),

  rec('dotfile', f`my .zshrc got long, can you sort it into sections (paths, aliases, tokens)?

export PATH="$HOME/.local/bin:$PATH"
alias k=kubectl
alias gs='git status -sb'
export HOMEBREW_GITHUB_API_TOKEN=${v('credential.github_pat', GHP)}
export EDITOR=nvim
eval "$(starship init zsh)"`),

  rec('yaml', f`${amb('source_code.snippet', f`# ~/.config/gh/hosts.yml
github.com:
    user: ines-quillfeather
    oauth_token: ${v('credential.github_oauth_token', GHO)}
    git_protocol: ssh`)}

I copied this file from my old Mac. Safe to keep it in my dotfiles repo (private)?`),

  rec('ci_log', f`The release job fails on the tag push. Log excerpt:

${amb('source_code.snippet', f`2024-11-19T08:41:12.0046127Z ##[group]Run git push origin v3.8.0
2024-11-19T08:41:12.0051883Z git -c http.extraheader="AUTHORIZATION: bearer ${v('credential.github_server_to_server_token', GHS)}" push origin v3.8.0
2024-11-19T08:41:13.2209541Z remote: Permission to copperleaf/render-farm.git denied to copperleaf-release[bot].
2024-11-19T08:41:13.2217710Z ##[error]Process completed with exit code 128.`)}`),

  rec('code_python', f`python-gitlab: why does \`projects.list()\` only return 20 projects?

${code(f`import gitlab

gl = gitlab.Gitlab("https://gitlab.kestrelridge.dev", private_token="${v('credential.gitlab_pat', GLPAT)}")
gl.auth()

for p in gl.projects.list(membership=True):
    print(p.path_with_namespace, p.last_activity_at)`)}`),

  rec('curl', f`Trying to trigger the downstream pipeline from Jenkins:

curl -X POST --fail -F token=${v('credential.gitlab_token', GLPTT)} -F ref=main -F "variables[DEPLOY_ENV]=staging" https://gitlab.kestrelridge.dev/api/v4/projects/412/trigger/pipeline

it says 404 project not found but the id is right`),

  rec('code_go', f`${code(f`package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
)

func main() {
	api := slack.New("${v('credential.slack_bot_token', SLACK_BOT)}")
	_, _, err := api.PostMessage("C05QW2LMT9R", slack.MsgOptionText(os.Args[1], false))
	if err != nil {
		log.Fatalf("post failed: %v", err)
	}
}`)}

how do I make this reply in a thread instead of the channel?`),

  rec('shell_script', f`Small alert script from our NAS, it posts twice every time. Why?

${code(f`#!/usr/bin/env bash
set -euo pipefail
USAGE=$(df -h /volume1 | awk 'NR==2 {print $5}' | tr -d '%')
if [ "$USAGE" -gt 85 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"NAS volume1 at \${USAGE}%\\"}" \\
    ${v('credential.slack_webhook_url', SLACK_HOOK)}
fi`)}`),

  rec('code_php', f`Laravel config, the payouts job says "No such customer" in production only:

${code(f`<?php

return [
    'stripe' => [
        'secret' => env('STRIPE_SECRET', '${v('credential.stripe_secret_key', STRIPE_LIVE)}'),
        'currency' => 'eur',
        'payout_schedule' => 'weekly',
    ],
    'webhooks' => [
        'tolerance' => 300,
    ],
];`)}`),

  rec('chat', f`finance wants a read-only key for their dashboard, I created ${v('credential.stripe_restricted_key', STRIPE_RK)} with "Charges: read" only — is that enough to list balance transactions too?`),

  rec('code_js', f`Signature verification always fails, body parser issue?

${code(f`const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_KEY);
const app = express();

app.post('/hooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], '${v('credential.stripe_webhook_secret', WHSEC)}');
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  res.json({ received: true, type: event.type });
});`)}`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI_PROJ)}")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
print(resp.choices[0].message.content)`)}

Out[3]: RateLimitError: Error code: 429 - insufficient_quota

we have credits on the org, why 429?`),

  rec('chat', f`Our nightly eval runner uses a service account key (${v('credential.openai_api_key', OPENAI_SVC)}). If the person who created it leaves the org, does the key stop working?`),

  rec('curl', f`Getting "overloaded_error" a lot today, is my request wrong?

curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${v('credential.anthropic_api_key', ANTHROPIC)}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model":"claude-3-5-haiku-20241022","max_tokens":256,"messages":[{"role":"user","content":"Summarise: ..."}]}'`),

  rec('env_file', f`${amb('source_code.snippet', f`# voice-agent/.env
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
WHISPER_MODEL=whisper-large-v3-turbo
SAMPLE_RATE=16000
VAD_THRESHOLD=0.6`)}

latency is ~900 ms per turn, what can I tune first?`),

  rec('code_python', f`Colab can't download the gated model even though I accepted the licence:

${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.2-1B")`)}

OSError: You are trying to access a gated repo.`),

  rec('code_python', f`${code(f`import requests

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
API_KEY = "${v('credential.google_api_key', GOOGLE)}"

def geocode(address: str) -> tuple[float, float] | None:
    r = requests.get(GEOCODE_URL, params={"address": address, "key": API_KEY}, timeout=10)
    r.raise_for_status()
    results = r.json().get("results", [])
    if not results:
        return None
    loc = results[0]["geometry"]["location"]
    return loc["lat"], loc["lng"]`)}

This runs on our server for the delivery planner. Should I restrict the key by IP or by API?`),

  rec('json_config', f`Function app can't read the queue after we moved regions, appsettings:

${amb('source_code.snippet', f`{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=tidewellfuncsne;AccountKey=${v('credential.azure_storage_key', AZ_ACCOUNT_KEY)};EndpointSuffix=core.windows.net",
    "QueueName": "meter-readings"
  }
}`)}`),

  rec('terraform', f`${amb('source_code.snippet', f`provider "azuread" {
  tenant_id     = "5c1f8e27-93a4-4d60-b718-2e94c0a6f351"
  client_id     = "a7d03b92-1e6f-4c85-9b24-7f18e5c3d960"
  client_secret = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}

terraform plan works locally but not in the pipeline, "AADSTS7000215: Invalid client secret provided". Expired?`),

  rec('shell', f`az devops keeps prompting even though I set the variable:

PS> $env:AZURE_DEVOPS_EXT_PAT = "${v('credential.azure_devops_pat', ADO_PAT)}"
PS> az devops project list --org https://dev.azure.com/tidewell-energy
Before you can run Azure DevOps commands, you need to run the login command...`),

  rec('code_ruby', f`${code(f`require 'twilio-ruby'

ACCOUNT_SID = '${v('credential.twilio_account_sid', TW_SID)}'
AUTH_TOKEN  = '${v('credential.twilio_auth_token', TW_TOKEN)}'

client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)

def remind(client, to, slot)
  client.messages.create(from: '${amb('pii.phone', '+13055550142')}', to: to, body: "Reminder: your appointment is at #{slot}. Reply C to cancel.")
end`)}

Twilio says the from number is not SMS-capable. Which number type do I need?`, 'the sender is a fictional 555-01xx number: ambiguous phone (tests/corpus convention)'),

  rec('django_settings', f`${amb('source_code.snippet', f`# settings/production.py
DEBUG = False
ALLOWED_HOSTS = ["bookings.saffronmile.co.uk"]
SECRET_KEY = "${v('credential.generic_secret_assignment', DJANGO_SECRET)}"
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "${v('credential.sendgrid_api_key', SENDGRID)}"
EMAIL_PORT = 587`)}

Password reset e-mails are not arriving. Anything obviously wrong?`, 'the SendGrid key is also a password value; one label with the more specific rule'),

  rec('code_python', f`${code(f`import os
import requests

MAILGUN_KEY = os.getenv("MAILGUN_KEY", "${v('credential.mailgun_api_key', MAILGUN)}")

def send_invoice(to: str, pdf_path: str) -> None:
    with open(pdf_path, "rb") as fh:
        requests.post(
            "https://api.eu.mailgun.net/v3/mg.bramblecote.co.uk/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", fh)],
            data={"from": "Bramblecote <${v('pii.email', 'billing@mg.bramblecote.co.uk')}>", "to": to, "subject": "Your invoice"},
            timeout=20,
        )`)}

is the default value in getenv a bad idea?`),

  rec('code_python', f`Bot doesn't answer in groups, only in private chat:

${code(f`from telegram.ext import Application, CommandHandler

async def start(update, context):
    await update.message.reply_text("Hei! Send /status for the sauna booking status.")

app = Application.builder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("start", start))
app.run_polling()`)}`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`- name: Notify release channel
  if: success()
  run: |
    curl -H "Content-Type: application/json" \\
      -d "{\\"content\\": \\"Build \${GITHUB_SHA::7} deployed to prod\\"}" \\
      ${v('credential.discord_webhook_url', DISCORD_HOOK)}`)}

the message shows up but the sha is empty`),

  rec('yaml', f`Yarn Berry can't install from our private scope, 401:

${amb('source_code.snippet', f`# .yarnrc.yml
nodeLinker: node-modules
npmScopes:
  kestrel:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "${v('credential.npm_token', NPM)}"`)}`),

  rec('shell', f`release script for the CLI, is the order right?

python -m build
twine check dist/*
twine upload -u __token__ -p ${v('credential.pypi_token', PYPI)} dist/*
git tag v0.9.2 && git push --tags`),

  rec('json_config', f`Pushing to Harbor works from my shell but not from the build VM, this is the VM's ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "harbor.copperleaf.studio": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}`),

  rec('shell', f`newman run collections/billing.json --env-var "baseUrl=https://staging.api.quillfeather.io" --postman-api-key ${v('credential.postman_api_key', POSTMAN)} --reporters cli,junit

^ this is from our Jenkinsfile. the junit report is empty, any idea?`),

  rec('code_python', f`${code(f`import httpx

LINEAR_KEY = "${v('credential.linear_api_key', LINEAR)}"
QUERY = """
query { issues(filter: { state: { name: { eq: "In Review" } } }) { nodes { identifier title assignee { name } } } }
"""

def in_review():
    r = httpx.post("https://api.linear.app/graphql", json={"query": QUERY}, headers={"Authorization": LINEAR_KEY})
    return r.json()["data"]["issues"]["nodes"]`)}

turn this into a daily Slack digest please`),

  rec('code_ts', f`Sentry shows no events from the worker, only from the web app:

${code(f`import * as Sentry from '@sentry/node';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', SENTRY_DSN)}',
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.2,
});

export async function handleJob(job: Job): Promise<void> {
  await Sentry.startSpan({ name: \`job:\${job.name}\` }, () => process(job));
}`)}`),

  rec('ini', f`${amb('source_code.snippet', f`# .sentryclirc
[defaults]
org = copperleaf
project = render-ui

[auth]
token = ${v('credential.sentry_auth_token', SENTRY_ORG)}`)}

sentry-cli releases finalize says "project not found". The slug is right.`),

  rec('yaml', f`${amb('source_code.snippet', f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
logs_enabled: true
process_config:
  process_collection:
    enabled: true
tags:
  - env:prod
  - team:grid`)}

agent status shows "API Key invalid" but it works on the other hosts`),

  rec('shell', f`vault kv get fails with permission denied after I re-logged in:

$ export VAULT_ADDR=https://vault.tidewell.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -mount=secret grid/scada-gateway
Error reading secret/data/grid/scada-gateway: Code: 403. Errors: * permission denied`),

  rec('ini', f`databricks-cli can't find the profile:

${amb('source_code.snippet', f`[DEFAULT]
host  = https://adb-7391028465301927.14.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}

[staging]
host  = https://adb-2018374659201834.9.azuredatabricks.net`)}`),

  rec('terraform', f`${amb('source_code.snippet', f`# terraform.tfvars
do_token     = "${v('credential.digitalocean_token', DO_TOKEN)}"
region       = "ams3"
droplet_size = "s-2vcpu-4gb"
ssh_key_ids  = [41928374]`)}

should tfvars be in .gitignore or is it fine for a private repo?`),

  rec('shell', f`wrangler deploy in CI fails with "Authentication error [code: 10000]":

export CLOUDFLARE_ACCOUNT_ID=3f8a1c92e047b5d61a2e9f70c48b3d15
export CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
npx wrangler deploy --env production`),

  rec('http', f`Why does the ledger API answer 403 "insufficient_scope" here? The token has ledger:write.

${amb('source_code.snippet', f`POST /v2/ledgers/eu-retail/entries HTTP/1.1
Host: ledger.internal.bramblecote.co.uk
Authorization: Bearer ${v('credential.jwt', JWT_API)}
Content-Type: application/json

{"account":"4100-SALES","amount":"1250.00","currency":"GBP","memo":"Q4 accrual"}`)}`),

  rec('http', f`${amb('source_code.snippet', f`GET /api/v1/query?query=up%7Bjob%3D%22node%22%7D HTTP/1.1
Host: prometheus.ops.saffronmile.co.uk
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Grafana shows the datasource as working but this returns 401 from my laptop, what's different?`),

  rec('chat', f`Is this key still OK to use or should I regenerate it with ed25519? The vendor sent it by mail:

${v('credential.private_key', RSA_KEY)}`),

  rec('chat', f`Can I turn this into a .ppk for WinSCP? It's the deploy key for the Marisol booking server.

${v('credential.openssh_private_key', OPENSSH_KEY)}`),

  rec('yaml', f`${amb('source_code.snippet', f`spring:
  datasource:
    url: jdbc:postgresql://pg-ledger.tidewell.internal:5432/ledger
    username: ledger_app
    password: ${v('credential.password_assignment', 'Kjolen-Ridge!2024')}
  jpa:
    hibernate:
      ddl-auto: validate`)}

Hikari says "Connection is not available, request timed out after 30000ms" under load.`),

  rec('php', f`WordPress white screen after moving hosts. wp-config.php:

${code(f`define( 'DB_NAME', 'marisol_wp' );
define( 'DB_USER', 'marisol_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'tR8#wq!Lupine55')}' );
define( 'DB_HOST', 'localhost:/var/run/mysqld/mysqld.sock' );
define( 'WP_DEBUG', false );
$table_prefix = 'mdg_';`)}`),

  rec('chat', f`For the offsite demo: the password for the Grafana admin account is ${v('credential.password_in_prose', 'Heron&Quay77')} — please don't change it before Friday, three teams share it.`),

  rec('chat_de', f`Hallo zusammen, das WLAN im Besprechungsraum 3 heißt "KR-Gast", das Kennwort lautet ${v('credential.password_in_prose', 'Birkenweg#2025')}. Bitte nicht an Externe weitergeben. Kannst du das als freundliche Teams-Nachricht formulieren?`),

  rec('chat_fi', f`Käännä englanniksi: "Hei Mikko, uuden VPN-tunnuksen käyttäjätunnus on mikko.h ja salasana on ${v('credential.password_in_prose', 'Lumihiutale!39')}. Vaihda se ensimmäisellä kirjautumisella."`, 'Finnish "salasana on …": a password in a sentence (labelled like batch 2\'s Italian/Swedish)'),

  rec('chat_no', f`Oversett til engelsk: "Hei Sigrid, brukeren din på lønnssystemet er opprettet. Brukernavn: sigrid.a, passordet er ${v('credential.password_in_prose', 'Fjellbekk-4471')}. Du må bytte det innen 7 dager."`, 'Norwegian "passordet er …"'),

  rec('code_js', f`Atlas connection drops every few minutes in the Lambda:

${code(f`const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://orders_rw:${v('credential.database_url_password', 'p3ngu1n-Harbor')}@cluster-eu.x7k2q.mongodb.net/orders?retryWrites=true&w=majority';
let cached = null;

exports.handler = async (event) => {
  if (!cached) cached = await new MongoClient(uri, { maxPoolSize: 5 }).connect();
  const orders = cached.db('orders').collection('open');
  return orders.countDocuments({ region: event.region });
};`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`CACHE_URL=rediss://default:${v('credential.database_url_password', 'Wq3nZ8vLp2Tr6Ks')}@eu1-quiet-heron-38211.upstash.io:6379
QUEUE_PREFIX=qf
QUEUE_CONCURRENCY=8`)}

bull queue keeps reconnecting with ECONNRESET, TLS issue?`),

  rec('properties', f`${amb('source_code.snippet', f`# application-prod.properties
spring.datasource.url=jdbc:sqlserver://sql-quill-prod.database.windows.net:1433;database=dispatch;user=dispatch_svc@sql-quill-prod;password=${v('credential.connection_string_password', 'Rk7!vB2q-Tern')};encrypt=true;loginTimeout=30
spring.jpa.show-sql=false`)}

Login failed for user 'dispatch_svc' — do I need the @server suffix?`),

  rec('shell', f`history from the jump host, what did the contractor do exactly?

  412  cd /var/backups
  413  mysqldump -h db-rw.internal -u root -p${v('credential.mysql_cli_password', 'Cedar!Lake2020')} --all-databases | gzip > all-2024-11-18.sql.gz
  414  ls -lh
  415  scp all-2024-11-18.sql.gz ext-audit:/tmp/
  416  exit`),

  rec('shell', f`curl -u admin:${v('credential.cli_password', 'Saffron#Mile-19')} -X POST "https://jenkins.saffronmile.co.uk/job/pos-sync/buildWithParameters?STORE=ldn-04"

returns 403 "No valid crumb" — do I need the crumb with an API user too?`),

  rec('shell', f`pip can't reach our index from the new runner:

pip install --index-url https://ci-reader:${v('credential.url_password', 'mV9xQ2pL7rT4')}@pypi.kestrelridge.dev/simple/ kestrel-geo==2.3.1
ERROR: Could not find a version that satisfies the requirement kestrel-geo==2.3.1`),

  rec('yaml', f`${amb('source_code.snippet', f`# keycloak realm export (excerpt)
clients:
  - clientId: grid-portal
    protocol: openid-connect
    publicClient: false
    secret: ${v('credential.generic_secret_assignment', KEYCLOAK_SECRET)}
    redirectUris:
      - https://portal.tidewell.energy/*`)}

After importing into the new Keycloak the login loops. Is it the redirect URI?`),

  rec('code_python', f`${code(f`from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "${v('credential.generic_secret_assignment', FLASK_SECRET)}"
app.config["SESSION_COOKIE_SECURE"] = True

@app.get("/cart")
def cart():
    return {"items": session.get("items", [])}`)}

Sessions are lost after every deploy on Render. Why?`),

  rec('code_python', f`${code(f`import shopify

shop_url = "marisol-dental-supplies.myshopify.com"
session = shopify.Session(shop_url, "2024-10", "${v('credential.shopify_access_token', SHOPIFY)}")
shopify.ShopifyResource.activate_session(session)

low = [v for p in shopify.Product.find(limit=250) for v in p.variants if v.inventory_quantity < 5]
print(len(low), "variants low on stock")`)}`),

  rec('chat', f`old integration from 2019 still uses a Square token ${v('credential.square_access_token', SQ_LEGACY)} — will it break when they sunset v1 endpoints or is it only the endpoint?`),

  rec('code_python', f`${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALIBABA_ID)}", "${ambCat('credential', ALIBABA_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-shanghai.aliyuncs.com", "quill-cn-exports")

for obj in oss2.ObjectIterator(bucket, prefix="2024/11/"):
    print(obj.key, obj.size)`)}

上传很慢 — uploads from Frankfurt to Shanghai are very slow, should I use transfer acceleration?`, 'the Alibaba AccessKey secret is sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('yaml', f`${amb('source_code.snippet', f`# newrelic.yml
common: &default_settings
  license_key: ${v('credential.newrelic_key', NR_LICENSE)}
  app_name: Dispatch API (prod)
  distributed_tracing:
    enabled: true
  log_level: info`)}

the app shows up twice in APM since we renamed it`),

  rec('env_file', f`${amb('source_code.snippet', f`NEXT_PUBLIC_SUPABASE_URL=https://qmzvtrwkxhbnlpasdfye.supabase.co
NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_kR2m8WqT4zL9nV3c
SUPABASE_SECRET_KEY=${v('credential.supabase_token', SB_SECRET)}`)}

which of these can go into the Vercel "client" env and which must stay server-only?`, 'the sb_publishable_ key is public by design (like Stripe pk_), unlabelled'),

  rec('shell', f`$ doppler configure get token --plain
${v('credential.doppler_token', DOPPLER_PT)}
$ doppler run -- npm start
Doppler Error: You do not have access to the requested project

why does the CLI token not see the project I created yesterday?`),

  rec('netrc', f`${amb('source_code.snippet', f`machine api.heroku.com
  login ${v('pii.email', 'ops@saffronmile.co.uk')}
  password ${v('credential.heroku_api_key', HEROKU)}
machine git.heroku.com
  login ${v('pii.email', 'ops@saffronmile.co.uk')}
  password ${v('credential.heroku_api_key', HEROKU)}`)}

heroku CLI says "Invalid credentials provided" since this morning`, 'role address labelled pii.email, as in batches 1-2'),

  rec('env_file', f`${amb('source_code.snippet', f`ARTIFACTORY_URL=https://quillfeather.jfrog.io/artifactory
ARTIFACTORY_USER=ci-maven
ARTIFACTORY_ACCESS_TOKEN=${v('credential.jfrog_api_key', JFROG_REF)}`)}

mvn deploy gets 401 with this, curl with the same token works. settings.xml issue?`),

  rec('k8s_secret', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: renovate-bot
  namespace: tooling
type: Opaque
data:
  RENOVATE_TOKEN: ${v('credential.base64_encoded_token', B64_GLPAT)}
  RENOVATE_PLATFORM: Z2l0bGFi`)}

Renovate logs "Authentication failure" — is the base64 wrong?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`variables:
  SIGNING_KEY_B64: "${v('credential.base64_private_key', B64_PKEY)}"

sign:
  stage: release
  script:
    - echo "$SIGNING_KEY_B64" | base64 -d > signing.pem
    - openssl dgst -sha256 -sign signing.pem -out dist/app.sig dist/app.tar.gz`)}

is it ok to keep it in .gitlab-ci.yml if the repo is internal?`),

  rec('pgpass', f`psql still asks for a password although I created ~/.pgpass:

${amb('source_code.snippet', f`pg-reporting.quill.internal:5432:reporting:analyst:${ambCat('credential', 'Gl4cier_Moss_61')}`)}

permissions are 0644, is that the problem?`, '.pgpass password: sensitive, no rule claims the colon-separated format (ambiguous, no rule id)'),
];
