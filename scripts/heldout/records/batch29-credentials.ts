/**
 * Held-out batch 29: credentials pasted by staff of a refugee-services agency, a commercial
 * real-estate broker, a craft brewery, a satellite-imagery startup, a school admissions office and
 * a container-leasing company — configs, scripts, chats and shell sessions. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b29-akia', B32, 16));
const AKIA_SECRET = fill('b29-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b29-akia2', B32, 16));
const AKIA2_SECRET = fill('b29-akias2', B64, 40);
const OPENAI = tok('sk-proj-', fill('b29-oai1', B64URL, 74), 'T3BlbkFJ', fill('b29-oai2', B64URL, 74));
const OPENAI2 = tok('sk-proj-', fill('b29-oai3', B64URL, 74), 'T3BlbkFJ', fill('b29-oai4', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b29-ant', B64URL, 93), 'AA');
const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7719304826551-', fill('b29-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b29-sh1', UPPER + DIGITS, 8), '/B07', fill('b29-sh2', UPPER + DIGITS, 8), '/', fill('b29-sh3', B62, 24));
const TWILIO_SID = tok('AC', fill('b29-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b29-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b29-sg1', B64URL, 22), '.', fill('b29-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b29-stripe', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b29-whsec', B62, 32));
const SHOPIFY = tok('shpat_', fill('b29-shpat', HEX, 32));
const GHP = gh('ghp', 'Vn3Ko8Tr5Wq1Bz7Lm4Xa9Ds2Hy6Cf0');
const GH_FINE = tok('github_pat_', '11B', fill('b29-ghfg1', UPPER + DIGITS, 19), '_', fill('b29-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b29-glpat', B62 + '-_', 20));
const AZ_STORAGE = `${fill('b29-azst', B64, 86)}==`;
const AZ_SAS_SIG = `${fill('b29-sas1', B62, 16)}%2F${fill('b29-sas2', B62, 11)}%2B${fill('b29-sas3', B62, 14)}%3D`;
const AZ_CLIENT = tok(fill('b29-azc1', B62, 3), '8Q~', fill('b29-azc2', B62 + '._~', 34));
const GOOGLE = tok('AIza', 'Sy', fill('b29-gapi', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b29-gcp', 1218, '\n');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b29-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b29-rsa', 1190);
const JWT_CASE = jwt({ alg: 'RS256', typ: 'JWT', kid: 'shrs-2024-09' }, { sub: 'caseworker:1187', org: 'shrs-amman', roles: ['intake', 'protection'], iat: 1731919200, exp: 1731948000 }, 'b29-jwt1');
const JWT_ADM = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 'adm-0419', school: 'st-aldhelms-sg', scope: 'applications:read applications:write', iat: 1732520000 }, 'b29-jwt2');
const BEARER = fill('b29-bearer', B62, 48);
const MAILCHIMP = tok(fill('b29-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b29-brevo1', HEX, 64), '-', fill('b29-brevo2', B62, 16));
const TELEGRAM = tok('7318204956', ':AA', fill('b29-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290418837265093712', '/', fill('b29-dhook', B64URL, 68));
const TEAMS_HOOK = tok('https://kestrelwhitmore.webhook.office.com/webhookb2/', '7c1e94a0-3b2f-4d68-9a51-e08f2c6b7d13@4f2a9c81-6e0d-4b37-a5c2-91d8e3f0b6a4/IncomingWebhook/', fill('b29-teams1', HEX, 32), '/', 'a3d07f52-91c8-4e6b-b204-5f7e1c9a3d86/', 'V2', fill('b29-teams2', B64URL, 43));
const HF = tok('hf_', fill('b29-hf', B62, 34));
const DD_API = fill('b29-ddapi', HEX, 32);
const DD_APP = fill('b29-ddapp', HEX, 40);
const SENTRY_KEY = fill('b29-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b29-hvs', B64URL, 86));
const TFC = tok(fill('b29-tfc1', B62, 14), '.atlasv1.', fill('b29-tfc2', B62, 67));
const CLOUDFLARE = fill('b29-cf', B64URL, 40);
const DO_TOKEN = tok('dop_v1_', fill('b29-dop', HEX, 64));
const NPM = gh('npm', 'Pe4Wj7Nc2Rx9Lt5Gb1Kd8Qs3Mv6Za0');
const DOCKER_AUTH = b64('meridianbox-ci:Rtm!Kade7-Waalhaven');
const OKTA = tok('00', fill('b29-okta', B64URL, 40));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b29-atl', B64URL, 171), '=', fill('b29-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b29-ntn1', DIGITS, 11), fill('b29-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b29-at1', B62, 14), '.', fill('b29-at2', HEX, 64));
const GOCSPX = tok('GOCSPX-', fill('b29-gocspx', B64URL, 28));
const LINEAR = tok('lin_api_', fill('b29-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b29-pmak1', HEX, 24), '-', fill('b29-pmak2', HEX, 34));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'orbitane', a: fill('b29-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b29-mbx', B64URL, 22));
const DATABRICKS = tok('dapi', fill('b29-dapi', HEX, 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b29-age', BECH32, 58));
const GROQ = tok('gsk_', fill('b29-groq', B62, 52));
const DCKR = tok('dckr_', 'pat_', fill('b29-dckr', B64URL, 27));
const ADO_PAT = fill('b29-ado', B32LOWER, 52);

export const BATCH29_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Orbitane tasking service won't start on the new box in Bengaluru, it says "missing region". Here's the .env, what's wrong?

${amb('source_code.snippet', f`# orbitane-tasking/.env (prod)
APP_ENV=production
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=orb-l1c-scenes-aps1
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
TASKING_MAX_CLOUD=0.35`)}`),

  rec('code_python', f`our case-alert bot keeps posting to #general instead of #protection-urgent. any idea?

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
CHANNEL = os.getenv("ALERT_CHANNEL", "general")

def flag_case(case_ref: str, reason: str) -> None:
    client.chat_postMessage(
        channel=CHANNEL,
        text=f":rotating_light: Case {case_ref} flagged — {reason}",
    )`)}
\`\`\``),

  rec('k8s_secret', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: admissions-portal-db
  namespace: admissions
type: Opaque
stringData:
  DB_HOST: pg-admissions.internal
  DB_USER: portal_rw
  DB_PASSWORD: ${v('credential.password_assignment', 'Aldhelm-Quad!2031')}`)}

ArgoCD says the secret is OutOfSync every 3 minutes. Is stringData the reason?`),

  rec('chat_nl', f`Hoi, kun je me helpen een mail te schrijven naar onze EDI-partner in Antwerpen? Onze SFTP-koppeling werkt niet meer sinds vrijdag. Ik log in als mbl_edi_out op sftp.portconnect.be, het wachtwoord is ${v('credential.password_in_prose', 'Haven2024!Kraan')} en dat is volgens mij nog steeds goed. Ze moeten even checken of ons IP nog op de whitelist staat.`),

  rec('chat_ar', f`مرحبا، بدي ساعدة بسيطة. عم نربط KoBoToolbox مع الداشبورد تبعنا بس الطلب بيرجع 403. هاد الإعداد اللي حاطينو:

${amb('source_code.snippet', f`KOBO_SERVER=https://kf.kobo.shrs-jo.org
KOBO_API_TOKEN=${v('credential.generic_secret_assignment', fill('b29-kobo', HEX, 40))}
KOBO_ASSET_UID=aQx7Lm2RvB9kTfP4nW8cYd`)}

شو ممكن يكون السبب؟ التوكن جبناه من صفحة الحساب مبارح.`),

  rec('code_php', f`Our admissions enquiry form stopped sending confirmation mails after the SendGrid migration:

\`\`\`php
${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'admissions@staldhelms.edu.sg')}", "St Aldhelm's Admissions");
$email->setSubject("We have received your enquiry");
$email->addTo($_POST['parent_email'], $_POST['parent_name']);
$email->addContent("text/html", render_template('enquiry_ack', $_POST));

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
error_log('sendgrid status ' . $response->statusCode());`)}
\`\`\`

status code is 202 but nothing arrives`),

  rec('code_js', f`Brewery webshop: refunds for cancelled pre-orders of the Jólabjór fail with "No such charge". Node:

${code(f`const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function refundPreorder(order) {
  const intent = await stripe.paymentIntents.retrieve(order.paymentIntentId);
  return stripe.refunds.create({
    charge: intent.latest_charge,
    amount: Math.round(order.totalIsk),
    reason: 'requested_by_customer',
  });
}`)}

We charge in ISK, is the amount wrong?`),

  rec('chat', f`Merch store sync script broke after Shopify's API version bump. Headers we send:
X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHOPIFY)}
Content-Type: application/json
Endpoint is /admin/api/2023-07/products.json, do I just bump the version?`),

  rec('shell', f`git push keeps asking for a password on the build server, even though I put the token in the remote:

${amb('source_code.snippet', f`$ git remote -v
origin  https://orbitane-ci:${v('credential.github_pat', GHP)}@github.com/orbitane/scene-tiler.git (fetch)
origin  https://orbitane-ci:${v('credential.github_pat', GHP)}@github.com/orbitane/scene-tiler.git (push)
$ git push origin main
remote: Permission to orbitane/scene-tiler.git denied to orbitane-ci.`)}`),

  rec('chat', f`I made a fine-grained token for the release workflow, scoped to the admissions-portal repo only, but actions/checkout still fails on the submodule. Token: ${v('credential.github_fine_grained_pat', GH_FINE)} — does it need access to the submodule repo too?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (brewery-erp)
variables:
  GIT_DEPTH: "10"
  ERP_DEPLOY_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

deploy_staging:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $ERP_DEPLOY_TOKEN" "https://gitlab.northfold.is/api/v4/projects/42/deployments"
  only:
    - develop`)}
why does the pipeline print the token in the job log?`),

  rec('chat', f`Stock levels on the distributor dashboard are a day behind. The sync job uses DATABASE_URL=postgresql://erp_sync:${v('credential.database_url_password', 'Humall.Gerjun-88')}@db.northfold.is:5432/erp — can you write me a query to see when each table was last vacuumed?`),

  rec('config_json', f`${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "FleetDb": "Server=tcp:mbl-fleet.database.windows.net,1433;Initial Catalog=fleet;User ID=fleet_app;Password=${v('credential.connection_string_password', 'Teu40HC#Rdam')};Encrypt=True;"
  },
  "Leasing": { "DefaultPerDiemUsd": 1.15 }
}`)}
Getting "Login failed for user 'fleet_app'" only from the Singapore app service. Same appsettings everywhere.`),

  rec('chat', f`Can you explain why this Mongo URI fails with "bad auth"? mongodb+srv://caseapp:${v('credential.database_url_password', 'Zaatar%40Jabal7')}@cluster0.x7kqa.mongodb.net/cases?retryWrites=true — the password has an @ in it that I percent-encoded.`),

  rec('code_python', f`Upload of the GeoTIFF mosaics to Azure is slow, is there a way to parallelise?

\`\`\`python
${code(f`from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=orbmosaicssea;"
    "AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};"
    "EndpointSuffix=core.windows.net"
)
svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("mosaics-2024q4")

for path in tiles:
    with open(path, "rb") as fh:
        container.upload_blob(name=path.name, data=fh, overwrite=True)`)}
\`\`\``),

  rec('chat', f`Client wants to download the floor plans directly. I generated this link from Storage Explorer: https://kwcdocs.blob.core.windows.net/deals/Canary-Wharf-Tower3/plans.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-20T18:00:00Z&st=2024-12-06T09:00:00Z&spr=https&sig=${v('credential.azure_sas_token', AZ_SAS_SIG)} — is it safe to send in an email?`),

  rec('config_json', f`${amb('source_code.snippet', f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "b6e3f1a2-8c47-4d09-a3e5-7f21c0d9b486",
  "ClientId": "19d4a7e2-6b03-4c8f-91e5-d2a0c3f7b816",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
}`)}

Kestrel Whitmore CRM login: AADSTS7000215 invalid client secret. It was created last week.`),

  rec('code_js', f`Map on the listings page shows "For development purposes only":

${code(f`<script>
  const loader = new google.maps.plugins.loader.Loader({
    apiKey: "${v('credential.google_api_key', GOOGLE)}",
    version: "weekly",
    libraries: ["places"],
  });
  loader.load().then(() => initListingsMap(document.getElementById('map')));
</script>`)}`),

  rec('gcp_key', f`Earth Engine auth fails for the service account on the GPU node, says invalid_grant. This is the key file (I know, I'll rotate it after):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "orbitane-ee-prod",
  "private_key_id": "${fill('b29-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'ee-runner@orbitane-ee-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650284917362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Clock on the node is fine.`),

  rec('ssh_key', f`The ground-station uplink box in Svalbard rejects this key with "invalid format". It was converted with puttygen from the old .ppk:

${v('credential.openssh_private_key', OSSH)}

does it need a newline at the end?`),

  rec('tls', f`nginx on the admissions portal: "SSL_CTX_use_PrivateKey_file failed (key values mismatch)". Key file content:

${v('credential.private_key', RSA)}

and the cert is the one from Sectigo renewed on 3 Dec.`),

  rec('shell', f`Calling our case-management API from the Amman office works in Postman but not from curl:

${amb('source_code.snippet', f`curl -s https://api.cms.shrs-jo.org/v2/cases?status=open \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_CASE)}" \\
  -H "Accept: application/json"`)}

returns {"error":"invalid_audience"}`),

  rec('http', f`${amb('source_code.snippet', f`POST /api/v1/exports/applications HTTP/1.1
Host: admissions-api.staldhelms.edu.sg
Authorization: Bearer ${v('credential.jwt', JWT_ADM)}
Content-Type: application/json

{"intake":"2025-Aug","grade":"Y7","format":"xlsx"}`)}
export returns empty file for Y7 only. other grades fine.`),

  rec('http', f`The container tracking partner says our webhook calls are unauthenticated. We send:

${amb('source_code.snippet', f`POST /hooks/gate-events HTTP/1.1
Host: track.boxline-partners.sg
Authorization: Basic ${v('credential.basic_auth_header', b64('mbl_gate:Pasir-Panjang-T4!'))}
Content-Type: application/json`)}

they want OAuth2 now, how do I migrate?`),

  rec('chat', f`The valuation data vendor gave us a static token, Authorization: Bearer ${v('credential.bearer_token', BEARER)} — can you write a Python function that pulls comparables for a postcode and retries on 429?`),

  rec('chat', f`Newsletter for prospective parents: Mailchimp API returns 401 since the school changed account owners. Key in the CMS plugin settings is ${v('credential.mailchimp_api_key', MAILCHIMP)}. Do keys die when the owner changes?`),

  rec('chat_is', f`Hæ, getur þú hjálpað mér? Fréttabréfið frá brugghúsinu fer ekki út. Við notum Brevo og lykillinn í stillingunum er ${v('credential.brevo_api_key', BREVO)}. Villan er "unauthorized". Ég held að Gunnar hafi búið til nýjan lykil í síðustu viku.`),

  rec('chat_uk', f`Привіт! Наш телеграм-бот для українських родин перестав відповідати після переїзду на новий сервер. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}. Вебхук стоїть на https://bot.shrs-nl.org/tg. Як перевірити, чи Telegram взагалі доходить до сервера?`),

  rec('chat', f`Taproom events bot: posting to Discord works from my laptop but not from the Raspberry Pi behind the bar. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — Pi gets a 429 immediately. Rate limit per IP?`),

  rec('code_powershell', f`${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{
  text = "New instruction: Unit 4, Thames Valley Park - 18,500 sq ft, Grade A. Viewing Tue 10:00."
} | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -Body $body -ContentType 'application/json'`)}

This worked until last month. Now Teams says the connector is retired?`),

  rec('yaml', f`${amb('source_code.snippet', f`# alertmanager.yml — depot reefer monitoring
receivers:
  - name: reefer-ops
    slack_configs:
      - api_url: ${v('credential.slack_webhook_url', SLACK_HOOK)}
        channel: '#reefer-alarms-sgp'
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.depot }}'`)}
reefer power alarms arrive 15 min late, is group_wait the cause?`),

  rec('code_python', f`Can you add retry with backoff to this? It scores personal statements for the admissions team, just a first-pass summary for the reader.

\`\`\`python
${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise_statement(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise for an admissions reader:\\n{text}"}],
    )
    return msg.content[0].text`)}
\`\`\``),

  rec('shell', f`${amb('source_code.snippet', f`ubuntu@gpu-blr-03:~$ export HF_TOKEN=${v('credential.huggingface_token', HF)}
ubuntu@gpu-blr-03:~$ huggingface-cli download orbitane/cloudmask-s2-v3 --local-dir ./models
401 Client Error: Unauthorized for url: https://huggingface.co/api/models/orbitane/cloudmask-s2-v3/revision/main`)}
the repo is private in our org, token has read access. what else?`),

  rec('yaml', f`${amb('source_code.snippet', f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: ap1.datadoghq.com
logs_enabled: true
tags:
  - service:scene-ingest
  - env:prod`)}
Agent shows "API Key invalid, dropping transaction" but the key works in curl.`),

  rec('code_kotlin', f`Crash reports from the Ukrainian-language build of the family app don't show up in Sentry:

${code(f`class ShrsApp : Application() {
    override fun onCreate() {
        super.onCreate()
        SentryAndroid.init(this) { options ->
            options.dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507182.ingest.de.sentry.io/4507719203`)}"
            options.environment = BuildConfig.FLAVOR
            options.isSendDefaultPii = false
        }
    }
}`)}`),

  rec('shell', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.meridianbox.nl:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/depots/rotterdam
Error making API request.
Code: 403. Errors:
* permission denied`)}
token was created by the root policy an hour ago, why 403?`),

  rec('config_hcl', f`${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}
terraform login keeps overwriting this file on the CI runner, how do I pin it?`),

  rec('env_file', f`${amb('source_code.snippet', f`# wrangler / deploy env for brewery site
CLOUDFLARE_ACCOUNT_ID=9c2e71f4b08a3d65e1f7c4a2b9d03e58
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CLOUDFLARE)}
DIGITALOCEAN_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}`)}

The Pages deploy fails with "Authentication error [code: 10000]". Token has Pages:Edit.`),

  rec('npmrc', f`${amb('source_code.snippet', f`# .npmrc in the monorepo root
@orbitane:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
save-exact=true`)}
npm publish says 404 for @orbitane/tile-utils, the scope exists.`),

  rec('docker_config', f`Our depot gate-camera images pull fine on my PC but the edge device says unauthorized:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.meridianbox.nl": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('shell', f`Backup of the brewery's old WooCommerce DB before we migrate:

${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '10.4.0.12')} -u shop_admin -p${v('credential.mysql_cli_password', 'Stout&Rye1916')} --single-transaction wp_shop > wp_shop_2024-12-06.sql`)}

It hangs at wp_postmeta. 2 GB table. Options?`),

  rec('router_config', f`Depot Cát Lái router config, can you check why the site-to-site VPN drops every night?

${amb('source_code.snippet', f`hostname MBL-CATLAI-RTR01
!
username netops privilege 15 secret 0 ${v('credential.network_device_secret', 'CatLai#Reefer2024')}
!
crypto isakmp key ${v('credential.network_device_secret', 'Vn-Sg-Tunnel-77x')} address ${amb('pii.ip_address', '203.0.113.45')}
!
interface GigabitEthernet0/1
 ip address dhcp
 crypto map VPN-SGP`)}`),

  rec('chat_vi', f`Chị ơi, em cần gửi cho bên giám định tài khoản xem ảnh container trên hệ thống. Em ghi vậy được không: "Tài khoản: surveyor.vinacontrol / Mật khẩu: ${v('credential.password_assignment', 'Kho2@CatLai')}". Nhờ chị dịch sang tiếng Anh giúp em để gửi bên Singapore luôn.`),

  rec('chat_hr', f`Možeš mi napisati kratki mail za kolegu u skladištu u Splitu? Treba mu pristup narudžbama distributera. Korisničko ime je skladiste.split, a lozinka je ${v('credential.password_in_prose', 'Bura-Pivo-2024')}. Neka je promijeni odmah nakon prve prijave.`),

  rec('chat_fa', f`سلام، لطفاً این پیام رو برای همکار جدیدمون توی دفتر لاهه ترجمه کن به انگلیسی:
«برای ورود به سامانه پرونده‌ها از نام کاربری m.rahimi استفاده کن. رمز عبور موقتت ${v('credential.password_in_prose', 'Golestan!4815')} هست و بعد از اولین ورود باید عوضش کنی.»`),

  rec('chat_zh', f`帮我看一下这个配置为什么上海堆场的系统连不上数据库：

${amb('source_code.snippet', f`[database]
host = ${amb('pii.ip_address', '10.20.8.15')}
port = 3306
user = depot_sh
密码 = ${v('credential.password_assignment', 'Yangshan#2024tx')}
charset = utf8mb4`)}

报错是 Access denied for user 'depot_sh'@'10.20.8.%'`),

  rec('chat_pt', f`Oi! Preciso de ajuda com o acesso do depósito de Santos ao portal de leasing. Os dados que o pessoal de Roterdã mandou:
usuário: santos.gate
senha: ${v('credential.password_assignment', 'Cais#Santos93')}
Dá erro "conta bloqueada" logo no primeiro login. Pode me ajudar a escrever um e-mail pro suporte em inglês?`),

  rec('aws_credentials', f`${amb('source_code.snippet', f`[default]
region = ap-southeast-1

[mbl-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-west-1`)}
aws s3 ls --profile mbl-prod gives "SignatureDoesNotMatch", others work`),

  rec('config_yaml', f`${amb('source_code.snippet', f`# okta-sync.yaml (admissions SIS → Okta)
okta:
  org_url: https://staldhelms.okta.com
  api_token: ${v('credential.okta_api_token', OKTA)}
sis:
  base_url: https://sis.staldhelms.edu.sg/api
  page_size: 200`)}
new staff accounts are created twice when the job reruns. How to make it idempotent?`),

  rec('chat', f`Jira automation to create a ticket per new warehouse instruction. I'm calling the REST API with my email and an API token ${v('credential.atlassian_api_token', ATLASSIAN)}, but the description field comes out empty — ADF format problem?`),

  rec('code_python', f`${code(f`from notion_client import Client

notion = Client(auth="${v('credential.notion_token', NOTION)}")
DEALS_DB = "3b7e2c19a04f4d8c9e51f6a20d7b8c43"

def add_deal(name, sqft, asking_psf):
    notion.pages.create(
        parent={"database_id": DEALS_DB},
        properties={
            "Name": {"title": [{"text": {"content": name}}]},
            "Sq ft": {"number": sqft},
            "Asking £/sq ft": {"number": asking_psf},
        },
    )`)}

"body failed validation: properties.Asking £/sq ft should be defined" — the column exists in Notion.`),

  rec('chat', f`Small script question for the distributor tracker. Airtable token ${v('credential.airtable_pat', AIRTABLE)}, base appR7kZ2mQ9xLp3, table "Kegs out". I need all rows where "Returned" is empty and "Sent" is older than 30 days.`),

  rec('client_secret', f`${amb('source_code.snippet', f`{"web":{"client_id":"588203716492-k3v9q1m7r2t8b5n0x4c6z2w1e7d3f9ha.apps.googleusercontent.com","project_id":"shrs-forms","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://forms.shrs-jo.org/oauth/callback"]}}`)}
redirect_uri_mismatch although the URL is exactly this one`),

  rec('chat', f`linear + github integration: I want a cron that closes Linear issues labelled "scene-reprocess" once the reprocessing job finishes. LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}. Can you write it in TypeScript with the @linear/sdk?`),

  rec('chat', f`Postman monitor for the gate API keeps failing from the Singapore region. I exported the collection with the API, using key ${v('credential.postman_api_key', POSTMAN)}. Is there a way to pin the monitor to eu-central?`),

  rec('code_js', f`${code(f`mapboxgl.accessToken = 'pk.eyJ1Ijoib3JiaXRhbmUiLCJhIjoiY2x4MDEifQ.public';
// server-side tileset upload
const uploads = new MapboxUploads({ accessToken: '${v('credential.mapbox_secret_token', MAPBOX)}' });
await uploads.createUpload({ tileset: 'orbitane.flood-extent-2024-11', url: stagedS3Url, name: 'Flood extent Nov' });`)}
upload finishes but the tileset stays empty, the GeoJSON is 900 MB`),

  rec('chat', f`Databricks job that builds the NDVI time series fails only when triggered from Airflow. Connection extra: {"host": "https://adb-6084715203948.12.azuredatabricks.net", "token": "${v('credential.databricks_token', DATABRICKS)}"}. Manual runs are fine.`),

  rec('chat', f`we keep the ops secrets in a sops file encrypted with age. for the new laptop I copied the identity: ${v('credential.age_secret_key', AGE)} — but sops -d says "no identity matched any of the recipients". wrong key?`),

  rec('env_file', f`${amb('source_code.snippet', f`# translation-helper/.env
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI2)}
DEFAULT_TARGET_LANGS=ar,fa,uk,en`)}
Translations of the intake leaflet into Farsi come back cut off at ~600 words. Which limit is that?`),

  rec('chat', f`Docker Hub pull limit hit on the build agents again. I created an access token for the org account: ${v('credential.dockerhub_pat', DCKR)}. Where do I put it so all agents use it? docker login on each one?`),

  rec('chat', f`Azure DevOps pipeline for the fleet portal can't clone the shared templates repo. I used a PAT as a variable: ${v('credential.azure_devops_pat', ADO_PAT)} (Code: Read). "TF401019: The Git repository does not exist or you do not have permissions".`),

  rec('chat_en_in', f`Sir, the Stripe webhook for the satellite-archive checkout is failing signature verification. In settings we have STRIPE_WEBHOOK_SECRET = ${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}. Express is using bodyParser.json() before the route, could that be it?`),

  rec('chat', f`Twilio SMS to beneficiaries in Lebanon fail with 21408. Our config: account ${v('credential.twilio_account_sid', TWILIO_SID)}, auth token ${v('credential.twilio_auth_token', TWILIO_TOKEN)}, sender "SHRS". Is alphanumeric sender ID allowed for +961?`),
];
