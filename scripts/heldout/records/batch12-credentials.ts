/**
 * Held-out batch 12 (representative mix, fourth sample): credentials as employees paste them —
 * .env files, CI configs, scripts, curl calls and chat. Hand-written by a fourth author.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const OPENAI = tok('sk-proj-', fill('b12-oai1', B64URL, 74), 'T3BlbkFJ', fill('b12-oai2', B64URL, 74));
const AKIA = tok('AKIA', fill('b12-akia', B32, 16));
const AWS_SECRET = fill('b12-awssec', B64, 40);
const GHP = gh('ghp', 'Tq8Wm3Zr6Ky1Nc4Vb9Hx2Ld7Pj5Fs0');
const GH_FINE = tok('github_pat_', '11BQ7XKTA0', fill('b12-ghfg1', B62, 12), '_', fill('b12-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b12-glpat', B62 + '-_', 20));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b12-slkT', UPPER + DIGITS, 8), '/B07', fill('b12-slkB', UPPER + DIGITS, 8), '/', fill('b12-slkH', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b12-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b12-rk', B62, 97));
const SENDGRID = tok('SG.', fill('b12-sg1', B64URL, 22), '.', fill('b12-sg2', B64URL, 43));
const AZ_CLIENT_SECRET = tok(fill('b12-azcs0', B62, 3), '8Q~', fill('b12-azcs', B62 + '_.~-', 34));
const HF = tok('hf_', fill('b12-hf', UPPER + LOWER, 34));
const TELEGRAM = tok('7139284056', ':AA', fill('b12-tg', B64URL, 33));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b12-ant', B64URL, 93), 'AA');
const AZ_STORAGE = `${fill('b12-azst', B64, 86)}==`;
const TWILIO_SID = tok('AC', fill('b12-twsid', HEX, 32));
const TWILIO_AUTH = fill('b12-twauth', HEX, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b12-atl', B64URL, 171), '=', fill('b12-atl2', HEX.toUpperCase(), 8));
const DOCKER_AUTH = b64('gitlab-ci-token:Lx9-vPq2-Rk77-Wd31');
const DD_API = fill('b12-ddapi', HEX, 32);
const TEAMS_HOOK = tok('https://ostararetail.webhook.office.com/webhookb2/', '7d2e9a14-3c6b-4f81-a05e-b9c43d17e268@2a6f0c93-8e15-4d7b-9c24-f51b6e08a3d7/IncomingWebhook/', fill('b12-teams1', HEX, 32), '/', 'c83b15e2-49a7-4d06-b1f8-6e2d905a7c41/', 'V2', fill('b12-teams2', B64URL, 43));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b12-rsa', 1190, '\n', 'MIIEpAIBAAKCAQEA');
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b12-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GOOGLE = tok('AIza', 'Sy', fill('b12-gapi', B64URL, 33));
const NPM = gh('npm', 'Jc4Xv7Bn2Mq9Lr5Wt1Ks8Hd3Gf6Pz0');
const JWT_ACCESS = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'k2024-09' },
  { sub: '8c1f2b47-5d9e-4a03-b6c2-71e9f0a4d853', iss: 'https://auth.corvid-analytics.io/', aud: 'reports-api', scope: 'reports:read reports:export', iat: 1731412800, exp: 1731416400 },
  'b12-jwtsig',
);
const BASIC = b64('svc_reporting:Fj4!wqT9-nB2e');
const GCP_PEM = pem('PRIVATE KEY', 'b12-gcp', 1218, '\n', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC').replace(/\n/g, '\\n');
const GCP_KEY_ID = fill('b12-gcpkid', HEX, 40);
const GCP_JSON = `{
  "type": "service_account",
  "project_id": "kestrel-foods-bi",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH12_CREDENTIALS: DraftRecord[] = [
  rec('code_python', f`getting RateLimitError even tho we're on tier 3, is it my retry logic?

\`\`\`python
${code(f`from openai import OpenAI
import time

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarize(text, retries=3):
    for attempt in range(retries):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Summarize:\\n{text}"}],
            )
            return resp.choices[0].message.content
        except Exception as e:
            print("retry", attempt, e)
            time.sleep(1)`)}
\`\`\``),

  rec('env_file', f`can you tell me which of these I still need to set on the prod server? moving from heroku to a VPS

${cfg(f`NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://shopapi:${v('credential.database_url_password', 'wQ7rT2zLx9pV')}@db-prod-1.internal:5432/shop
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=${v('credential.generic_secret_assignment', fill('b12-jwtsecret', B62, 48))}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=
LOG_LEVEL=info`)}`),

  rec('ini', f`boto3 keeps saying SignatureDoesNotMatch but the aws cli works fine with the same profile?? here's my ~/.aws/credentials

${cfg(f`[default]
region = eu-west-2

[harbourline-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-west-2`)}

and in python I do boto3.Session(profile_name="harbourline-prod")`),

  rec('slack', f`hey @here the deploy bot stopped posting to #releases since friday. webhook it uses is ${v('credential.slack_webhook_url', SLACK_HOOK)} — anyone know if it got revoked when we removed the old app?`),

  rec('ci_yaml_de', f`Kannst du mir sagen, warum der Workflow beim Push auf das Paket-Registry mit 403 abbricht?

${cfg(f`name: publish
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://npm.pkg.github.com
      - run: npm ci && npm publish`)}

Der Token hat eigentlich write:packages.`),

  rec('curl', f`why does this return 403 "insufficient_scope"? the token is from the login flow

curl -X POST https://api.corvid-analytics.io/v2/reports/export \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_ACCESS)}" \\
  -H "Content-Type: application/json" \\
  -d '{"report_id": "rpt_88213", "format": "xlsx"}'`),

  rec('docker_compose', f`${cfg(f`version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Br1ghtHarbour!24')}
      POSTGRES_DB: wiki
    volumes:
      - dbdata:/var/lib/postgresql/data
  wiki:
    image: ghcr.io/requarks/wiki:2
    depends_on: [db]
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_USER: wiki
      DB_PASS: ${v('credential.password_assignment', 'Br1ghtHarbour!24')}
    ports:
      - "80:3000"
volumes:
  dbdata:`)}

wiki container restarts in a loop with "connect ECONNREFUSED", db is up though`),

  rec('chat_es', f`hola! me sale "Access denied for user 'admin'@'${amb('pii.ip_address', '10.2.0.31')}'" cuando ejecuto esto desde el servidor de informes:

mysql -h ${amb('pii.ip_address', '10.2.0.14')} -u admin -p${v('credential.mysql_cli_password', 'Nortada#2023')} ventas < cierre_mensual.sql

desde mi portátil funciona. ¿qué puede ser?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: billing-worker
  namespace: billing
type: Opaque
stringData:
  DB_PASSWORD: "${v('credential.password_assignment', 'q8Vn!2sKx7Lm')}"
  SENDGRID_API_KEY: "${v('credential.sendgrid_api_key', SENDGRID)}"
  FEATURE_FLAGS: "invoices_v2,dunning"`)}

is stringData ok for prod or should i base64 it myself? the pod gets the values fine`),

  rec('terraform', f`terraform plan fails with AADSTS7000215 invalid client secret, but I copied it from the portal this morning:

${cfg(f`provider "azurerm" {
  features {}
  subscription_id = "3b7e2c91-6d48-4f0a-a215-9c8e4d1f7b60"
  tenant_id       = "e41d8a27-0b3c-4e96-8f71-2a5c9d06b3e8"
  client_id       = "9f2c6e14-7a3b-48d5-b0e9-61c4a8f2d375"
  client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}`),

  rec('chat_fr', f`Bonjour, tu peux m'aider à écrire un mail au support informatique ? Je n'arrive plus à me connecter au VPN depuis la mise à jour. Mon identifiant c'est j.martin et mon mot de passe est ${v('credential.password_in_prose', 'Lumiere2024!')}, je l'ai changé la semaine dernière. Le message d'erreur dit "authentification échouée".`),

  rec('ci_yaml', f`${cfg(f`stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.com/ostara-retail/shared-ui.git vendor/shared-ui
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]`)}

clone step works locally but in the pipeline it says "HTTP Basic: Access denied"`),

  rec('yaml', f`Spring Boot won't start: "Failed to configure a DataSource". application-prod.yml:

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://pg-prod.veldmark.internal:5432/orders
    username: orders_app
    password: ${v('credential.password_assignment', 'Vm!orders_2024')}
  mail:
    host: smtp.office365.com
    port: 587
    username: ${v('pii.email', 'noreply@veldmark.de')}
    password: ${v('credential.password_assignment', 'Kx7#mailRelay')}
server:
  port: 8443`)}`),

  rec('chat_hi_en', f`bhai staging DB ka password kya hai? DBeaver se connect nahi ho raha
> arre wahi purana hai, user app_ro aur password ${v('credential.password_in_prose', 'Stg@Pune2024')} hai
ok thanks, ab bhi "FATAL: no pg_hba.conf entry" aa raha hai, iska kya matlab hai?`),

  rec('notebook', f`In [1]:
${code(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
clf = pipeline("text-classification", model="kestrel-foods/review-sentiment-v2")`)}

OSError: You are trying to access a gated repo. — the repo is our own private one, why?`),

  rec('postman', f`Exported our Postman environment, can you turn it into a .env file for the node script?

${cfg(f`{
  "id": "4d7e2b19-8c3a-4f60-a5d1-0e9b7c2f6a84",
  "name": "Stripe reporting (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://api.stripe.com/v1", "enabled": true },
    { "key": "stripeKey", "value": "${v('credential.stripe_restricted_key', STRIPE_RK)}", "enabled": true },
    { "key": "accountId", "value": "acct_1OqK8sLd4F2xYz9B", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}`)}`),

  rec('json', f`BigQuery client says "invalid_grant: Invalid JWT Signature". This is the key file I downloaded:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`${GCP_JSON}${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'looker-export@kestrel-foods-bi.iam.gserviceaccount.com')}",
  "client_id": "104829361750284917362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat', f`ssh keeps saying "Load key: invalid format" with our deploy key. I pasted it from 1Password into ~/.ssh/deploy_ed25519:

${v('credential.openssh_private_key', OSSH_KEY)}

permissions are 600. what's wrong with it?`),

  rec('curl', f`curl -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" "https://reports.pinecrestdental.com/api/v1/appointments?from=2024-11-01&to=2024-11-30"

returns html login page instead of json, is basic auth even supported on that endpoint?`),

  rec('chat_pt', f`Oi, o script de backup parou de mandar e-mail desde ontem. Será que é a senha do SMTP? O .env é esse:

${cfg(f`BACKUP_DIR=/mnt/nas/backups
SMTP_HOST=smtp.gmail.com
SMTP_PORT=587
SMTP_USER=${v('pii.email', 'backups.brisa@gmail.com')}
SMTP_PASSWORD=${v('credential.password_assignment', 'ozqv mtlk pwhe arcd')}
ALERT_TO=${v('pii.email', 'ti@brisatelecom.pt')}`)}

O erro é "535-5.7.8 Username and Password not accepted".`),

  rec('chat_it', f`Ciao, sto provando a chiamare l'API di Jenkins da uno script ma ricevo 401:

curl -u admin:${v('credential.cli_password', 'Tessaro-Jk!19')} -X POST "https://jenkins.tessaro.local/job/build-erp/buildWithParameters?BRANCH=release"

Devo usare un API token invece della password?`),

  rec('config', f`${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=qsclaimsdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "claim-attachments"
  }
}`)}

Uploads over 100 MB fail with a timeout from the claims portal. Do I need to use block blobs with chunking?`),

  rec('code_js', f`${code(f`const twilio = require('twilio');

const client = twilio('${amb('credential.twilio_account_sid', TWILIO_SID)}', '${v('credential.twilio_auth_token', TWILIO_AUTH)}');

async function remindPatient(phone, when) {
  return client.messages.create({
    from: process.env.TWILIO_FROM,
    to: phone,
    body: \`Reminder: your appointment at Pinecrest Dental is on \${when}. Reply C to confirm.\`,
  });
}

module.exports = { remindPatient };`)}

add retry with exponential backoff pls, and only for 5xx`, 'the account SID identifies the account and is not secret on its own: ambiguous'),

  rec('code_python_nl', f`Kun je dit script uitbreiden zodat het ook de sub-taken meeneemt?

${code(f`import requests

JIRA = "https://ostara.atlassian.net"
AUTH = ("${v('pii.email', 'd.vandijk@ostararetail.nl')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")

def open_issues(project):
    r = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": f"project={project} AND statusCategory != Done"}, auth=AUTH)
    r.raise_for_status()
    return [i["key"] for i in r.json()["issues"]]

print(open_issues("WMS"))`)}`),

  rec('code_python', f`${code(f`import logging
from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

async def status(update, context):
    await update.message.reply_text("warehouse sync OK")

app = ApplicationBuilder().token("${v('credential.telegram_bot_token', TELEGRAM)}").build()
app.add_handler(CommandHandler("status", status))
app.run_polling()`)}

how do i make it only answer in our ops group and ignore DMs?`),

  rec('code_python', f`LangChain keeps using the wrong model, I think the env var is overriding?

${code(f`import os
from langchain_anthropic import ChatAnthropic

os.environ["ANTHROPIC_API_KEY"] = "${v('credential.anthropic_api_key', ANTHROPIC)}"

llm = ChatAnthropic(model="claude-3-5-haiku-latest", temperature=0.2, max_tokens=1024)
print(llm.invoke("Classify this support ticket: 'parcel arrived damaged'").content)`)}`),

  rec('chat_pl', f`Cześć, czemu docker login w pipeline nie działa, a lokalnie tak? Wrzuciłem do zmiennej CI zawartość ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.gitlab.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Błąd: "unauthorized: HTTP Basic: Access denied".`),

  rec('helm_values', f`${cfg(f`datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
clusterAgent:
  enabled: true`)}

agent pods are running but no logs show up in the UI. what am i missing?`),

  rec('powershell', f`Script that posts the nightly backup status to our Teams channel, can you add the job duration to the message?

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$job = Get-VBRJob -Name "Nightly-FS"
$session = $job.FindLastSession()
$payload = @{
    text = "Backup $($job.Name): $($session.Result) at $($session.EndTime)"
} | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $payload -ContentType "application/json"`)}`),

  rec('chat', f`nginx won't start after I renewed the cert: "SSL_CTX_use_PrivateKey_file ... key values mismatch". This is the key file on the server, is it the wrong one?

${v('credential.private_key', RSA_KEY)}

the cert is from the new CSR we generated last week`),

  rec('npmrc', f`npm install in the Docker build fails with 401 for our private scope:

${cfg(f`@corvid:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}`)}

Dockerfile does COPY .npmrc before npm ci, so it should be there?`),

  rec('email', f`Hi Sam,

Welcome aboard! Your laptop is ready for pickup at the IT desk on Monday.

Your login for the first day:
Username: sam.okoro
Temporary password: ${v('credential.password_in_prose', 'Welcome-Harbour-47')}

You'll be asked to change it and set up MFA on first login.

Cheers,
IT Service Desk

--> can you make this onboarding mail more friendly and add a line about the Wi-Fi?`),

  rec('chat', f`I created a fine-grained token for the release script but it can't read the private submodule: ${v('credential.github_fine_grained_pat', GH_FINE)} — repo access is set to "only select repositories", do I need to add the submodule repo too?`),

  rec('config_cs', f`EF Core migration says "Login failed for user 'erp_app'", but I can log in with SSMS using the same password. appsettings.Production.json:

${cfg(f`{
  "ConnectionStrings": {
    "Erp": "Server=sql-erp-01.veldmark.internal;Database=ERP;User Id=erp_app;Password=${v('credential.connection_string_password', 'Erp$Veld2024')};TrustServerCertificate=True"
  }
}`)}`),

  rec('code_ts', f`${code(f`// map-picker.ts
import { Loader } from '@googlemaps/js-api-loader';

const loader = new Loader({
  apiKey: '${v('credential.google_api_key', GOOGLE)}',
  version: 'weekly',
  libraries: ['places'],
});

export async function initPicker(el: HTMLElement) {
  const { Map } = await loader.importLibrary('maps');
  return new Map(el, { center: { lat: 51.5072, lng: -0.1276 }, zoom: 11 });
}`)}

map shows "For development purposes only" watermark, billing is enabled tho`),
];
