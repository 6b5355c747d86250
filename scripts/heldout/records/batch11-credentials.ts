/**
 * Held-out batch 11: credentials, third representative sample (a third author, different companies
 * and scenarios from batches 9 and 10). Mainstream providers and formats as employees paste them:
 * .env files, CI configs, Helm/compose/Terraform, everyday code, shell sessions, passwords in
 * sentences. Hand-written; not measured yet (tests/corpus-heldout/README.md).
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, fill, gh, jwt, pem, tok } from '../tokens';

const OA_PROJ = tok('sk-', 'proj-', fill('b11-oa1', B64URL, 74), 'T3Blbk', 'FJ', fill('b11-oa2', B64URL, 74));
const OA_PROJ2 = tok('sk-', 'proj-', fill('b11-oa3', B64URL, 74), 'T3Blbk', 'FJ', fill('b11-oa4', B64URL, 74));
const NEXTAUTH = fill('b11-nextauth', B64URL, 43);
const AKIA = tok('AKIA', fill('b11-akia', B32, 16));
const AKIA_SECRET = fill('b11-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b11-akia2', B32, 16));
const AKIA2_SECRET = fill('b11-akia2s', B64, 40);
const GHP = gh('ghp', 'Lp7Vd2Mx9Qa4Kt1Wr6Zn3Hb8Cs5Fj0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b11-sh1', UPPER + DIGITS, 7), '/B06', fill('b11-sh2', UPPER + DIGITS, 8), '/', fill('b11-sh3', B62, 24));
const SLACK_BOT = tok('xoxb-', '7291046385', '1-', '8264017395520-', fill('b11-xoxb', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b11-sklive', B62, 97));
const ANT_API = tok('sk-ant-', 'api03-', fill('b11-ant', B64URL, 93), 'AA');
const JWT_PORTAL = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'mdl-2027-01' },
  { sub: 'u_40918', email_verified: true, roles: ['claims.read', 'claims.write'], iss: 'https://auth.meridale-insurance.com', aud: 'claims-portal', iat: 1768471200, exp: 1768474800 },
  'b11-jwt1',
);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b11-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SAML_KEY = pem('PRIVATE KEY', 'b11-saml', 1216);
const SONAR = tok('squ_', fill('b11-sonar', HEX, 40));
const AZ_KEY = fill('b11-azkey', B64, 86) + '==';
const AZ_CLIENT_SECRET = tok(fill('b11-azcs1', B62, 3), '8Q~', fill('b11-azcs2', B62 + '-_.~', 34));
const SENDGRID = tok('SG.', fill('b11-sendgrid1', B64URL, 22), '.', fill('b11-sendgrid2', B64URL, 43));
const TW_SID = tok('AC', fill('b11-twsid', HEX, 32));
const TW_TOKEN = fill('b11-twtok', HEX, 32);
const DD_API = fill('b11-ddapi', HEX, 32);
const NPM = gh('npm', 'Wd4Kr8Zp1Ts6Mq3Bv9Lx2Hn7Gc5Fy0');
const DCKR = tok('dckr_', 'pat_', fill('b11-dckr', B64URL, 27));
const SENTRY_DSN = tok('https://', fill('b11-sdsn', HEX, 32), '@o', fill('b11-sorg', DIGITS, 6), '.ingest.de.sentry.io/', fill('b11-sproj', DIGITS, 10));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b11-atl', B64URL, 171), '=', fill('b11-atl2', HEX.toUpperCase(), 8));
const BEARER = fill('b11-bearer', B62 + '-._~', 64);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const email = (s: string) => v('pii.email', s);

export const BATCH11_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Prisma can't reach the database from the Vercel preview deployment but it works locally. This is my .env.local:

${cfg(f`NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=${v('credential.generic_secret_assignment', NEXTAUTH)}
DATABASE_URL=postgresql://hb_app:${v('credential.database_url_password', 'Otter-Lantern-5817')}@db.hollowbrook.internal:5432/hollowbrook?schema=public
OPENAI_API_KEY=${v('credential.openai_api_key', OA_PROJ)}`)}

Which of these do I have to add in the Vercel project settings, and does the internal hostname even resolve from there?`),

  rec('shell', f`Trying to list the claims archive from my laptop:

$ docker run --rm -e AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)} -e AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)} -e AWS_DEFAULT_REGION=eu-central-1 amazon/aws-cli s3 ls s3://meridale-claims-archive/2026/
An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied

The IAM user has AmazonS3ReadOnlyAccess. Is there a bucket policy that could block it?`, 'a shell session: unlabelled as code'),

  rec('dockerfile', f`Build fails at the clone step with "fatal: could not read Username":

${cfg(f`FROM node:20-alpine AS build
WORKDIR /src
RUN apk add --no-cache git
RUN git clone https://x-access-token:${v('credential.url_password', v('credential.github_pat', GHP))}@github.com/hollowbrook/design-tokens.git packages/design-tokens
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build`)}

Is there a cleaner way to pull a private repo during docker build?`, 'GitHub PAT as the password of a clone URL: two labels (the batch 3/10 GitLab convention); Dockerfile ambiguous'),

  rec('bash_script', f`${code(f`#!/usr/bin/env bash
set -euo pipefail

WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
BACKUP_DIR=/srv/backups/$(date +%F)

if ! pg_dump -Fc -f "$BACKUP_DIR/crm.dump" crm; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"CRM backup failed on $(hostname)\\"}" "$WEBHOOK"
  exit 1
fi`)}

The Slack message never arrives when the backup fails. I think set -e kills the script first?`),

  rec('node_stripe', f`${code(f`const express = require('express');
const stripe = require('stripe')('${v('credential.stripe_secret_key', SK_LIVE)}');

const router = express.Router();

router.post('/orders/:id/refund', async (req, res) => {
  const order = await Orders.findById(req.params.id);
  const refund = await stripe.refunds.create({
    payment_intent: order.paymentIntentId,
    amount: Math.round(req.body.amount * 100),
  });
  res.json({ status: refund.status });
});

module.exports = router;`)}

Partial refunds in GBP come out 1p short sometimes. Is it the Math.round?`),

  rec('python_openai', f`Warum bekomme ich hier ständig "RateLimitError: Error code: 429"? Wir haben genug Guthaben.

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OA_PROJ2)}")

def zusammenfassen(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Fasse zusammen: {text}"}],
    )
    return resp.choices[0].message.content

for ticket in tickets:
    print(zusammenfassen(ticket))`)}`),

  rec('postman_env', f`Exported our Postman environment for the new QA colleague — can you tell me which fields she needs to change for her own account?

${cfg(f`{
  "name": "Claude – staging",
  "values": [
    { "key": "base_url", "value": "https://api.anthropic.com/v1", "enabled": true },
    { "key": "anthropic_api_key", "value": "${v('credential.anthropic_api_key', ANT_API)}", "enabled": true },
    { "key": "model", "value": "claude-sonnet-4-5", "enabled": true }
  ]
}`)}`),

  rec('devtools_headers', f`The claims portal logs me out every few minutes. Copied from Chrome DevTools → Network → Request Headers:

${cfg(f`GET /api/v2/claims?status=open HTTP/2
Host: portal.meridale-insurance.com
accept: application/json
authorization: Bearer ${v('credential.jwt', JWT_PORTAL)}
x-request-id: 5b1e2c7a-0f93-4d28-a6e4-3c8f71d0b952`)}

Does the token lifetime look too short?`, 'an HTTP request: ambiguous source code'),

  rec('ssh_key', f`ssh-add keeps asking for a passphrase I never set. This is the key file I got from the old build server:

${v('credential.openssh_private_key', OPENSSH)}

Can I tell from the header if it's encrypted?`),

  rec('helm_values', f`${cfg(f`postgresql:
  enabled: true
  auth:
    username: quayside
    database: storefront
    postgresPassword: ${v('credential.password_assignment', 'Harbour-Kelp-7730')}
  primary:
    persistence:
      size: 20Gi`)}

helm upgrade fails with "PASSWORDS ERROR: you must provide your current passwords when upgrading the release". What does it want?`),

  rec('gitlab_ci', f`${cfg(f`sonarqube-check:
  stage: test
  image: sonarsource/sonar-scanner-cli:latest
  variables:
    SONAR_HOST_URL: "https://sonar.arkwright-freight.com"
    SONAR_TOKEN: "${v('credential.generic_secret_assignment', SONAR)}"
  script:
    - sonar-scanner -Dsonar.qualitygate.wait=true
  allow_failure: true`)}

The job passes even when the quality gate fails. Is allow_failure the reason?`),

  rec('csharp_blob', f`${code(f`using Azure.Storage.Blobs;

var conn = "DefaultEndpointsProtocol=https;AccountName=fernleadocs;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "lab-reports");

await foreach (var blob in container.GetBlobsAsync(prefix: "2027/01/"))
{
    Console.WriteLine($"{blob.Name} {blob.Properties.ContentLength}");
}`)}

How do I only list blobs modified in the last 24 hours?`),

  rec('appsettings', f`${cfg(f`{
  "SendGrid": {
    "ApiKey": "${v('credential.sendgrid_api_key', SENDGRID)}",
    "FromAddress": "${email('no-reply@fernlea-bio.com')}",
    "FromName": "Fernlea Bio"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Emails from the .NET app land in spam at Outlook. Is this a DNS thing or something in the config?`),

  rec('node_twilio', f`${code(f`const twilio = require('twilio');

const accountSid = '${v('credential.twilio_account_sid', TW_SID)}';
const authToken = '${v('credential.twilio_auth_token', TW_TOKEN)}';
const client = twilio(accountSid, authToken);

async function sendDeliveryWindow(to, window) {
  return client.messages.create({
    to,
    messagingServiceSid: process.env.TWILIO_MSG_SERVICE,
    body: \`Your Quayside order arrives between \${window}.\`,
  });
}`)}

Some customers get the SMS twice. Where could the duplicate come from?`),

  rec('docker_compose', f`${cfg(f`services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.com
      - DD_APM_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro`)}

APM traces from the Java service don't show up. Which port does the agent listen on?`),

  rec('github_actions', f`${cfg(f`- name: Publish package
  run: |
    echo "//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}" > ~/.npmrc
    npm publish --access restricted`)}

The publish step says "You cannot publish over the previously published versions". How do I bump automatically?`, '.npmrc line written in a workflow: two labels on the token (batch 2/10 convention)'),

  rec('github_actions', f`Docker login in our workflow started failing today:

${cfg(f`- uses: docker/login-action@v3
  with:
    username: arkwrightci
    password: ${v('credential.dockerhub_pat', DCKR)}
- uses: docker/build-push-action@v6
  with:
    push: true
    tags: arkwrightci/rate-engine:latest`)}

Error: "unauthorized: incorrect username or password".`, 'a Docker Hub PAT as password: the token rule only (batch 8/9 convention)'),

  rec('flask_sentry', f`${code(f`import sentry_sdk
from flask import Flask

sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', SENTRY_DSN)}",
    traces_sample_rate=0.1,
    environment="production",
)

app = Flask(__name__)

@app.route("/health")
def health():
    return {"ok": True}`)}

We get thousands of /health transactions in Sentry. How do I exclude that route from tracing?`),

  rec('crontab', f`Our nightly backup stopped producing files. crontab -l on the shop DB server:

30 2 * * * mysqldump -u backup -p'${v('credential.mysql_cli_password', 'Cobble#Stone-448')}' --single-transaction shop | gzip > /var/backups/shop_$(date +\\%F).sql.gz

The gz files are 20 bytes. What's wrong?`, 'crontab line: the password after -p'),

  rec('python_sqlalchemy', f`¿Por qué esto tarda 10 minutos? La tabla tiene 2 millones de filas.

${code(f`import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("mysql+pymysql://reporting:${v('credential.database_url_password', 'Sierra_Naranja_83')}@mysql-bi.palomar-hoteles.es:3306/reservas")
df = pd.read_sql("SELECT * FROM reservas WHERE fecha_entrada >= '2026-01-01'", engine)
resumen = df.groupby("hotel")["importe"].sum()
print(resumen)`)}`),

  rec('spring_yaml', f`Bonjour, l'application Spring Boot ne démarre plus après la migration vers PostgreSQL 16 :

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://pg-prod.clairmont-conseil.fr:5432/facturation
    username: facturation_app
    password: ${v('credential.password_assignment', 'Brume!Garonne-2291')}
  flyway:
    enabled: true`)}

Erreur : "FATAL: password authentication failed". Est-ce lié au scram-sha-256 ?`),

  rec('csharp_sql', f`${code(f`public async Task<int> CountOpenOrdersAsync()
{
    const string connStr = "Server=sql-erp-02;Database=Quayside_ERP;User Id=erp_reader;Password=${v('credential.connection_string_password', 'Pebble_Moor_6642')};TrustServerCertificate=True";
    await using var conn = new SqlConnection(connStr);
    await conn.OpenAsync();
    var cmd = new SqlCommand("SELECT COUNT(*) FROM Orders WHERE Status = 'OPEN'", conn);
    return (int)await cmd.ExecuteScalarAsync();
}`)}

Should I be using Dapper for something this small?`),

  rec('curl_jira', f`curl -s -u ${email('tom.haverford@quayside-outdoor.co.uk')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://quayside.atlassian.net/rest/api/3/search?jql=project=OPS+AND+status=Open&maxResults=100" | jq '.issues | length'

Always returns 100 even though there are 340 open issues. How do I page through?`, 'an Atlassian API token as the curl -u password: the token rule only'),

  rec('python_bearer', f`${code(f`import requests

BASE = "https://api.arkwright-freight.com/v2"
HEADERS = {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}"}

def shipments(status="IN_TRANSIT"):
    r = requests.get(f"{BASE}/shipments", params={"status": status}, headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()["data"]

print(len(shipments()))`)}

The API team says we should switch to client credentials. What would change in this script?`),

  rec('terraform', f`${cfg(f`provider "aws" {
  region     = "eu-west-2"
  access_key = "${v('credential.aws_access_key_id', AKIA2)}"
  secret_key = "${v('credential.aws_secret_access_key', AKIA2_SECRET)}"
}

resource "aws_s3_bucket" "exports" {
  bucket = "quayside-bi-exports"
}`)}

terraform plan works for me but my colleague gets "InvalidClientTokenId". We use the same file.`),

  rec('saml_key', f`Okta rejects our SAML responses with "Invalid signature". This is the SP signing key configured in the app, is it in the right format?

${v('credential.private_key', SAML_KEY)}`),

  rec('python_slack', f`${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def post_standup(channel: str, text: str) -> None:
    client.chat_postMessage(channel=channel, text=text, unfurl_links=False)

post_standup("#team-logistics", "Stand-up in 5 minutes :coffee:")`)}

Getting "not_in_channel". Do I need to invite the bot or add a scope?`),

  rec('az_cli', f`PS> az login --service-principal -u 3e8b1f47-92c6-4d0a-b5e1-7a24c9d08f63 -p ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)} --tenant 0d7c2a95-41e8-4b3f-9c62-58f1e3a7b204
AADSTS7000222: The provided client secret keys for app '3e8b1f47-…' are expired.

How do I create a new secret without breaking the pipeline that still uses this one?`, 'app and tenant ids are not secrets'),

  rec('prose', f`Can you write a short welcome e-mail for our new contractor? Include: VPN username j.okafor, temporary password ${v('credential.password_in_prose', 'Maple!Fjord-2209')}, must be changed at first login, and the IT hotline number is on the intranet.`),

  rec('prose_de', f`Bitte formuliere eine kurze Info für das Lagerteam: Das neue Passwort für das Scanner-Tablet lautet ${v('credential.password_in_prose', 'Hafenkran#58')} und gilt ab Montag. Das alte funktioniert dann nicht mehr.`),

  rec('prose_fr', f`Tu peux traduire ça en anglais pour le prestataire ? « Votre compte sur l'extranet a été créé. Identifiant : prestataire.ops, mot de passe provisoire : ${v('credential.password_in_prose', 'Cigale-Vaucluse-71')}. Merci de le modifier dès la première connexion. »`),

  rec('prose_es', f`Hazme un mensaje corto para recepción: el usuario del ordenador de la entrada es recepcion2 y la contraseña es ${v('credential.password_in_prose', 'Palmera.Azul.62')}, que no la apunten en post-its.`),

  rec('prose_pt', f`Pode deixar essa mensagem mais formal? "Pessoal, o login do painel da transportadora é logistica.ribeira e a senha é ${v('credential.password_in_prose', 'Tejo#Cais2027')}. Não mandem por WhatsApp."`),

  rec('prose_pl', f`Popraw proszę ten komunikat: "Hasło do drukarki sieciowej na 3. piętrze to ${v('credential.password_in_prose', 'Gdynia_Port19')}, proszę nie zmieniać ustawień."`),

  rec('prose_ja', f`来客用Wi-Fiの案内文を英語で作ってください。SSIDは Kaigi-Guest、パスワードは ${v('credential.password_in_prose', 'Hinoki-Mori-5531')} です。毎月変更します。`, 'Japanese "パスワードは … です"'),
];
