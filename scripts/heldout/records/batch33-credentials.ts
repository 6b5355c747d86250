/**
 * Held-out batch 33: credentials pasted by staff of a cinema chain / ticketing platform, a textile
 * mill and garment exporter, a medical-device startup, a REIT's property-management arm, a rail
 * freight and logistics-park operator and a university hospital's research data office. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b33-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b33-rk', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b33-whsec', B62, 32));
const TW_SID = tok('AC', fill('b33-twsid', HEX, 32));
const TW_TOKEN = fill('b33-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b33-sg1', B64URL, 22), '.', fill('b33-sg2', B64URL, 43));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b33-gapi', B64URL, 33));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b33-slt', UPPER + DIGITS, 8), '/B07', fill('b33-slb', UPPER + DIGITS, 8), '/', fill('b33-slh', B62, 24));
const SQUARE = tok('EAAA', fill('b33-square', B64URL, 60));
const MAILCHIMP = tok(fill('b33-mc', HEX, 32), '-us14');
const TEAMS_HOOK = tok('https://padmatex.webhook.office.com/webhookb2/', '7c21e9a4-3b6f-4d18-9e02-b5a8f1c4d736@2f8b6c19-4e7a-4d3b-8c50-91d2e7a3f6b4/IncomingWebhook/', fill('b33-teams1', HEX, 32), '/', 'e4a19c3b-72d8-4f50-a6e1-3b9c8d2f7a05/', 'V2', fill('b33-teams2', B64URL, 43));
const TELEGRAM = tok('7318290456', ':AA', fill('b33-tg', B64URL, 33));
const AZ_STORAGE = `${fill('b33-azsk', B64, 86)}==`;
const AWS_ID = tok('AKIA', fill('b33-akia', B32, 16));
const AWS_SECRET = fill('b33-awssec', B64, 40);
const GHP = gh('ghp', 'Vk7Qm2Tz9Rb4Nc8Lw1Hy6Xs3Jd5Fp0');
const GLPAT = tok('glpat-', fill('b33-glpat', B62 + '-_', 20));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b33-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_KEY = pem('EC PRIVATE KEY', 'b33-ecfw', 121);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b33-ant', B64URL, 93), 'AA');
const OPENAI = tok('sk-proj-', fill('b33-oai1', B64URL, 74), 'T3BlbkFJ', fill('b33-oai2', B64URL, 74));
const HF = tok('hf_', fill('b33-hf', UPPER + LOWER, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b33-atl', B64URL, 171), '=', fill('b33-atl2', HEX.toUpperCase(), 8));
const SENTRY_DSN = tok('https://', fill('b33-sentry', HEX, 32), '@o4507318.ingest.de.sentry.io/4507329184620544');
const MAILGUN = tok('key-', fill('b33-mg', HEX, 32));
const GOCSPX = tok('GOCSPX-', fill('b33-gocspx', B64URL, 28));
const AZ_CLIENT = tok(fill('b33-azc1', B62, 3), '8Q~', fill('b33-azc2', B62 + '_~.-', 31));
const BASIC = b64('bms_integration:Kaiserwiese#7741');
const NOTION = tok('ntn_', fill('b33-ntn1', DIGITS, 11), fill('b33-ntn2', B62, 35));
const VAULT = tok('hvs.', fill('b33-vault', B62 + '_-', 91));
const DD_API = fill('b33-ddapi', HEX, 32);
const TFC = tok(fill('b33-tfc1', B62, 14), '.atlasv1.', fill('b33-tfc2', B62, 67));
const DOCKER_AUTH = b64('ferrolink-ci:Wagonbay!2290');
const CF_TOKEN = fill('b33-cftok', B62 + '-_', 40);
const SLACK_BOT = tok('xoxb-', '5820493716', '4-', '7391046258173-', fill('b33-xoxb', B62, 24));
const DO_TOKEN = tok('dop_', 'v1_', fill('b33-dop', HEX, 64));
const BEARER = fill('b33-bearer', B62 + '-._', 72);
const REDCAP = fill('b33-redcap', HEX, 32).toUpperCase();
const DATABRICKS = tok('dapi', fill('b33-dapi', HEX, 32), '-2');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b33-age', BECH32, 58));
const GCP_PEM = pem('PRIVATE KEY', 'b33-gcp', 1218);
const LINEAR = tok('lin_api_', fill('b33-linear', B62, 40));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b33-pypi', B64URL, 150));
const NPM = gh('npm', 'Tq4Wn8Bv2Kx6Mz1Rc9Ly3Hp7Gd5Fs0');
const SHPAT = tok('shpat_', fill('b33-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b33-pmak1', HEX, 24), '-', fill('b33-pmak2', HEX, 34));
const OKTA = tok('00', fill('b33-okta', B64URL, 40));
const GLSA = tok('glsa_', fill('b33-glsa1', B62, 32), '_', fill('b33-glsa2', HEX, 8));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249183720561839104', '/', fill('b33-dischook', B64URL, 68));
const GROQ = tok('gsk_', fill('b33-groq', B62, 52));
const ADO_PAT = fill('b33-ado', B32LOWER, 52);
const JWT_TICKET = jwt({ alg: 'RS256', typ: 'JWT', kid: 'seatspark-2024-11' }, { sub: 'svc-boxoffice-leeds', aud: 'ticketing-api', scope: 'orders:write refunds:write', iat: 1731667200, exp: 1731753600 }, 'b33-jwtsig');
const B64_DBPASS = b64('Yardmaster-Rotterdam-58');
const TWILIO_KEY = tok('SK', fill('b33-twsk', HEX, 32));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH33_CREDENTIALS: DraftRecord[] = [
  // ── cinema chain / ticketing platform ─────────────────────────────────────────────
  rec('env_file', f`Loyalty app backend won't start in staging after the Stripe SDK bump, it complains about the webhook secret. .env from the box (UK region):

${amb('source_code.snippet', f`# seatspark-loyalty/.env.production
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
LOYALTY_POINTS_PER_GBP=10
REDIS_URL=redis://cache-01.internal:6379/2`)}

Is the whsec_ tied to the endpoint URL? We moved the webhook to /v2/stripe.`),

  rec('chat', f`Our finance guy created a restricted key for the refunds dashboard: ${v('credential.stripe_restricted_key', STRIPE_RK)} — which permissions does it need to list refunds and charges but nothing else? Don't want it to be able to create payouts.`),

  rec('code_python', f`Ticket SMS not going out for Friday screenings, Twilio returns 20003. Script from the box office tools repo:

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def send_ticket(to: str, film: str, screen: int, seat: str, code: str) -> str:
    body = f"Lumora: {film}, Screen {screen}, seat {seat}. Show this code at the door: {code}"
    msg = client.messages.create(to=to, messaging_service_sid="MG7d1e0c9b4a2f", body=body)
    return msg.sid`)}
\`\`\``),

  rec('chat', f`booking confirmation mails bounce since this morning. sendgrid key in the mailer config is ${v('credential.sendgrid_api_key', SENDGRID)} — can you tell from the error "The provided authorization grant is invalid, expired, or revoked" if someone rotated it?`),

  rec('xml_config', f`Android build for the Lumora app: Maps on the "find a cinema" screen is blank in release only.

${amb('source_code.snippet', f`<!-- app/src/main/res/values/google_maps_api.xml -->
<resources>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${v('credential.google_api_key', GOOGLE_KEY)}</string>
</resources>`)}

Do I need to add the release SHA-1 to the key restriction?`),

  rec('chat', f`Box office alert bot: we post "screen 4 projector lamp hours > 90%" to #ops-projection via ${v('credential.slack_webhook_url', SLACK_HOOK)}. Can you write a small bash loop that reads lamp_hours.csv and posts one message per screen over threshold?`),

  rec('chat', f`Concession stands at the Singapore sites use Square. The integrator left us the production token ${v('credential.square_access_token', SQUARE)} in a Word doc. Where should this actually live? We have AWS Secrets Manager.`),

  rec('curl', f`ticketing API gives 403 for refunds but 200 for orders, same token:

curl -X POST https://api.seatspark.io/v3/refunds \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_TICKET)}" \\
  -H "Content-Type: application/json" \\
  -d '{"order_ref":"LUM-LDS-8841203","reason":"screen_failure","amount_pence":2390}'

decoded it says scope orders:write refunds:write so why?`),

  rec('chat_th', f`ช่วยแปลข้อความนี้เป็นภาษาอังกฤษให้หน่อยค่ะ จะส่งให้ผู้จัดการสาขาใหม่ที่ Central World: "เครื่อง POS ห้องขายตั๋ว ล็อกอินด้วย user boxoffice_cw รหัสผ่านคือ ${v('credential.password_in_prose', 'Popcorn#Siam2024')} กรุณาเปลี่ยนรหัสหลังเข้าใช้ครั้งแรก"`),

  rec('chat', f`Marketing wants the member newsletter exported before we leave Mailchimp. API key ${v('credential.mailchimp_api_key', MAILCHIMP)}, list "Lumora Members UK". Give me a python script that dumps all members with merge fields to CSV, paging 1000 at a time.`),

  rec('yaml', f`Payment terminal middleware config for the new Leeds site, terminals won't pair:

${amb('source_code.snippet', f`terminal_gateway:
  provider: adyen
  environment: live
  merchant_account: LumoraCinemasGB_POS
  api_key: ${v('credential.generic_secret_assignment', tok('AQE', fill('b33-adyen', B62 + '+/', 117)))}
  terminals:
    - id: V400m-347218904
      location: LDS-BOXOFFICE-1
    - id: V400m-347218917
      location: LDS-BOXOFFICE-2`)}`),

  // ── textile mill / garment exporter ─────────────────────────────────────────────────
  rec('config', f`EDI to the German buyer stopped sending ASNs (DESADV) yesterday. This is the partner profile from our EDI box:

${amb('source_code.snippet', f`[partner.hohenlinde_retail]
protocol = sftp
inbound  = sftp://padma_edi:${v('credential.url_password', 'Jute&Loom-5521')}@edi.hohenlinde-retail.de:22/inbox/DESADV
outbound = /srv/edi/out/hohenlinde
format   = EDIFACT D96A
retry    = 3`)}

They said they changed firewall rules, but the error is "Permission denied (password)".`),

  rec('chat_bn', f`ভাই, ফ্যাক্টরি HR সফটওয়্যারের অ্যাডমিন লগইন কাজ করছে না। ইউজারনেম hr_admin_gazipur, পাসওয়ার্ড ${v('credential.password_in_prose', 'Shapla@2291')} দিয়েছি, "account locked" দেখাচ্ছে। ভেন্ডরকে ইংরেজিতে একটা ইমেইল লিখে দিতে পারবেন?`),

  rec('shell', f`nightly backup of the ERP from the Narayanganj server fails, cron mails this:

$ mysqldump -h 127.0.0.1 -u erp_backup -p${v('credential.mysql_cli_password', 'Indigo72Dye')} --single-transaction padma_erp > /backup/erp_$(date +%F).sql
mysqldump: Got error: 1045: Access denied for user 'erp_backup'@'localhost' (using password: YES)

password works in the mysql client though`),

  rec('json_config', f`Azure Function for buyer compliance docs can't reach the storage account:

${amb('source_code.snippet', f`{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=padmacompliance;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AUDIT_CONTAINER": "bsci-audits-2024"
  }
}`)}

local.settings.json works on my PC but not on the deployed app`),

  rec('powershell', f`${amb('source_code.snippet', f`$uri = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$card = @{ text = "Cutting room: order PO-HL-24-0918 delayed, fabric shade band rejected (lot 4471)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $card -ContentType 'application/json'`)}

how do I make this an adaptive card with a red title? merchandisers don't notice the plain text`),

  rec('code_python', f`Our floor supervisors get loom stoppage alerts via Telegram. The bot sometimes sends duplicates:

${code(f`import requests, time

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002147839201

def alert(loom_id, reason):
    text = f"Loom {loom_id} stopped: {reason}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=5)

while True:
    for loom in poll_plc():
        if loom.stopped:
            alert(loom.id, loom.reason)
    time.sleep(10)`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# audit-tracker/.env
DATABASE_URL=postgresql://audit_app:${v('credential.database_url_password', 'Cotton$Field88')}@${amb('pii.ip_address', '10.20.4.15')}:5432/audit_tracker
SEDEX_EXPORT_DIR=/data/sedex
WRAP_CERT_REMINDER_DAYS=60`)}

Django says "password authentication failed" but only when the password has the dollar sign? Do I need to URL-encode it?`),

  rec('chat', f`Compliance portal for the buyer audits — login for the Dhaka team: user padma.qa / pass ${v('credential.user_password_pair', 'Khadi!Weave19')} — can you write a short mail telling Rupa to use it and reset it after, in simple English?`, 'a user / pass pair written in prose'),

  rec('cisco_config', f`Can you check if this switch config for the dyeing unit is OK before I push it? Mainly the VLANs.

${amb('source_code.snippet', f`hostname DYE-SW-02
!
enable secret ${v('credential.network_device_secret', 'Madder$Root#44')}
!
username netadmin privilege 15 secret ${v('credential.network_device_secret', 'Loomline-9031')}
!
snmp-server community ${v('credential.network_device_secret', 'padmaRO2024')} RO
!
vlan 30
 name DYE-PLC
vlan 40
 name CCTV
!
interface GigabitEthernet1/0/1
 switchport access vlan 30`)}`),

  rec('shopify', f`Our B2C outlet store on Shopify: stock sync from the ERP returns 401. App token ${v('credential.shopify_access_token', SHPAT)}, store padma-outlet.myshopify.com. Is it the API version (2023-01)?`),

  // ── medical-device startup ──────────────────────────────────────────────────────────────
  rec('ini', f`aws s3 sync of the technical file to the regulatory bucket says SignatureDoesNotMatch:

${amb('source_code.snippet', f`# ~/.aws/credentials
[corvane-regulatory]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

command: aws s3 sync ./TD-ECGPatch-v3 s3://corvane-reg-submissions/MDR/ --profile corvane-regulatory`),

  rec('git', f`Firmware repo clone fails on the build VM:

$ git remote -v
origin  https://corvane-build:${v('credential.github_pat', GHP)}@github.com/corvane-medical/ecg-patch-firmware.git (fetch)
origin  https://corvane-build:${v('credential.github_pat', GHP)}@github.com/corvane-medical/ecg-patch-firmware.git (push)

remote: Support for password authentication was removed. Can a classic PAT still be used like this?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (firmware)
variables:
  ZEPHYR_SDK: "0.16.8"
  GITLAB_API_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

release:
  stage: deploy
  script:
    - west build -b nrf5340dk_nrf5340_cpuapp app
    - python tools/upload_release.py --token "$GITLAB_API_TOKEN" --tag "$CI_COMMIT_TAG"`)}

auditor asked why a token is in the repo. how do I move it to masked CI variables without breaking old tags?`),

  rec('chat', f`Build server deploy key stopped working after the VM migration. Is this key still in OpenSSH format or did someone convert it?

${v('credential.openssh_private_key', OSSH)}`),

  rec('chat', f`Firmware signing for the DFU images — our script loads the ECDSA key from this file. Why does imgtool say "Unsupported key format"?

${v('credential.private_key', EC_KEY)}

imgtool sign --key fw-signing.pem --header-size 0x200 --align 4 --version 3.2.1 --slot-size 0x67000 zephyr.bin signed.bin`),

  rec('code_python', f`I'm building a helper that summarises clinical investigation deviation reports. Can you add retry with backoff?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(report_text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system="Summarise the protocol deviation for the CIP deviation log. No patient identifiers.",
        messages=[{"role": "user", "content": report_text}],
    )
    return msg.content[0].text`)}`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
resp = client.embeddings.create(model="text-embedding-3-small", input=sections)`)}

RateLimitError on 2,000 sections of the IFU — how do I batch this properly?`),

  rec('chat', f`pulling the arrhythmia model from our private HF repo in the docker build: \`huggingface-cli login --token ${v('credential.huggingface_token', HF)}\` works locally but in docker it says 401. we use buildkit`),

  rec('curl', f`Trying to automate CAPA tickets in Jira from the QMS export:

curl -s -u ${v('pii.email', 'l.ferreira@corvane-medical.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://corvane.atlassian.net/rest/api/3/issue \\
  -d @capa-0147.json

returns 400 "Field 'customfield_10043' cannot be set"`),

  rec('kotlin', f`Crash reports from the companion app don't show up in Sentry for Android 14 devices:

${code(f`class CorvaneApp : Application() {
    override fun onCreate() {
        super.onCreate()
        SentryAndroid.init(this) { options ->
            options.dsn = "${v('credential.sentry_dsn', SENTRY_DSN)}"
            options.environment = BuildConfig.FLAVOR
            options.isEnableNdk = true
            options.tracesSampleRate = 0.2
        }
    }
}`)}`),

  rec('chat', f`Our QMS is on Azure DevOps. I need a PAT for the document-control sync, is Work Items (Read) enough? I currently use ${v('credential.azure_devops_pat', ADO_PAT)} with full access which the auditor flagged.`),

  rec('chat', f`For the regulatory team's doc classifier I switched to Groq for speed. GROQ_API_KEY=${v('credential.groq_api_key', GROQ)} — is llama-3.1-70b ok for German IFU text?`),

  // ── REIT property management ────────────────────────────────────────────────────────────
  rec('chat_de_at', f`Kannst du mir bitte ein kurzes Mail an den Haustechniker formulieren? Inhalt: Die Gebäudeleittechnik im Objekt Wienerbergstraße ist wieder erreichbar, Login für das Web-Panel ist "ghl-technik", das Kennwort lautet ${v('credential.password_in_prose', 'Schoenbrunn!2024')}. Er soll es bitte beim nächsten Login ändern und die Lüftungsanlage im 3. OG prüfen.`),

  rec('code_js', f`Tenant notice mailer sends to the wrong mailing list sometimes. Anything obvious?

${code(f`const formData = require('form-data');
const Mailgun = require('mailgun.js');
const mg = new Mailgun(formData).client({ username: 'api', key: '${v('credential.mailgun_api_key', MAILGUN)}', url: 'https://api.eu.mailgun.net' });

async function sendNotice(buildingId, subject, html) {
  const list = \`tenants-\${buildingId}@notices.harrowgate-pm.co.uk\`;
  return mg.messages.create('notices.harrowgate-pm.co.uk', { from: 'Harrowgate Property Management <${v('pii.email', 'no-reply@notices.harrowgate-pm.co.uk')}>', to: list, subject, html });
}`)}`),

  rec('json_config', f`Tenant portal Google sign-in fails with redirect_uri_mismatch:

${amb('source_code.snippet', f`{"web":{"client_id":"803192746518-k4p8s2v7d1m9q3t6w0x5z8b2n4h7j1c3.apps.googleusercontent.com","project_id":"harrowgate-tenant-portal","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://tenants.harrowgate-pm.co.uk/auth/callback"]}}`)}`),

  rec('appsettings', f`Lease document sync to SharePoint: Graph returns AADSTS7000215 invalid client secret.

${amb('source_code.snippet', f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5e8c21a7-94d3-4b6f-a0e2-7c19d4b83f60",
    "ClientId": "b7319e2c-40a8-4d5f-9c16-e28a73d4f1b9",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "SharePoint": { "Site": "harrowgate.sharepoint.com/sites/Leases" }
}`)}

The secret was created last week, so it can't be expired?`),

  rec('http', f`Access-control system (door readers) API, I'm trying to deactivate fobs for a tenant who moved out:

${amb('source_code.snippet', f`POST /api/v2/credentials/deactivate HTTP/1.1
Host: acs.harrowgate-pm.local
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"holder_group":"UNIT-4B-NORTHGATE","reason":"lease_end"}`)}

returns 405, is it PUT instead?`),

  rec('config', f`${amb('source_code.snippet', f`<connectionStrings>
  <add name="PropertyDb" connectionString="Data Source=sql-pm-01.harrowgate.local;Initial Catalog=PropMgmt;User ID=lease_svc;Password=${v('credential.connection_string_password', 'Lease!Roll-2025')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}

rent roll report times out at month end. which index would help for ~40k lease lines?`),

  rec('chat_nl_be', f`Kan je dit wat vriendelijker herschrijven voor de conciërge in Antwerpen? "De nieuwe code van het parkeerbeheersysteem: gebruiker parking_zuid, wachtwoord ${v('credential.password_in_prose', 'Schelde-Kaai-38')}. Niet doorgeven aan huurders."`),

  rec('chat', f`Leasing team wiki sync script: NOTION_TOKEN=${v('credential.notion_token', NOTION)}, database "Lease renewals 2025". How do I filter pages where break_clause_date is in the next 90 days?`),

  rec('shell', f`building-systems secrets are in Vault now, but the BMS gateway pod can't read them:

$ export VAULT_ADDR=https://vault.harrowgate.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/bms/bacnet-gateway
Error making API request. Code: 403. Errors: * permission denied`),

  rec('chat', f`Okta clean-up for leavers at the property management office: I'm calling /api/v1/users with SSWS ${v('credential.okta_api_token', OKTA)} but deactivated users still show. How do I filter status eq "DEPROVISIONED"?`),

  // ── rail freight / logistics parks ─────────────────────────────────────────────────────────
  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: yard-planner-db
  namespace: yard
type: Opaque
data:
  DB_USER: eWFyZF9wbGFubmVy
  DB_PASSWORD: ${v('credential.base64_encoded_token', B64_DBPASS)}`)}

Yard planner pod can't log in after I edited the secret by hand. Did I mess up the base64?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  wagon-tracker:
    image: ferrolink/wagon-tracker:5.3.2
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_SERVICE: wagon-tracker
      RFID_GATE_HOSTS: gate-n1,gate-n2,gate-s1`)}

Datadog shows no traces from the wagon tracker, only host metrics. What am I missing?`),

  rec('hcl', f`terraform plan for the logistics-park network works on my laptop but not in the runner:

${amb('source_code.snippet', f`terraform {
  cloud {
    organization = "ferrolink"
    workspaces { name = "lp-network-prod" }
    token = "${v('credential.terraform_cloud_token', TFC)}"
  }
}`)}`),

  rec('json_config', f`Jenkins agent can't pull from our private registry, ~/.docker/config.json on the agent:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.ferrolink.eu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/dns.yml
jobs:
  update-dns:
    runs-on: ubuntu-latest
    env:
      CLOUDFLARE_API_TOKEN: ${v('credential.cloudflare_api_token', CF_TOKEN)}
      ZONE: ferrolink.eu
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/set-record.sh driver-portal A ${amb('pii.ip_address', '203.0.113.40')}`)}

Want to split this per environment, how?`),

  rec('chat_pt', f`Podes escrever um email ao despachante aduaneiro a explicar que o acesso ao portal de manifestos foi reposto? Utilizador: ferrolink.sines, a palavra-passe é ${v('credential.password_in_prose', 'Contentor#Sines77')} e deve ser alterada no primeiro login. Obrigado!`),

  rec('chat_el', f`Μπορείς να μεταφράσεις στα αγγλικά; "Γεια σου Νίκο, για την εφαρμογή οδηγών στο Θριάσιο ο κωδικός πρόσβασης είναι ${v('credential.password_in_prose', 'Thriasio!Rail52')} και το όνομα χρήστη dispatch_thr. Άλλαξέ τον μόλις μπεις."`),

  rec('code_ts', f`Slack bot for the yard control room posts train arrivals twice:

${code(f`import { App } from '@slack/bolt';

const app = new App({
  token: '${v('credential.slack_bot_token', SLACK_BOT)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
});

export async function postArrival(trainNo: string, track: string, eta: string) {
  await app.client.chat.postMessage({ channel: '#yard-control-duisburg', text: \`Train \${trainNo} → track \${track}, ETA \${eta}\` });
}`)}`),

  rec('chat', f`The driver-portal staging droplet: doctl auth init with ${v('credential.digitalocean_token', DO_TOKEN)} says "unable to use default access token". Is it because it's a scoped token?`),

  rec('log', f`Customs broker API integration — the request log from our side, they claim we never sent the token:

${amb('source_code.snippet', f`2024-11-19 06:14:22.908 DEBUG c.f.customs.BrokerClient - >> POST https://api.brokerlink-douane.be/v1/declarations
2024-11-19 06:14:22.908 DEBUG c.f.customs.BrokerClient - >> Authorization: Bearer ${v('credential.bearer_token', BEARER)}
2024-11-19 06:14:22.909 DEBUG c.f.customs.BrokerClient - >> {"mrn":null,"container":"FLXU4821937","procedure":"4000"}
2024-11-19 06:14:23.411 DEBUG c.f.customs.BrokerClient - << 401 Unauthorized`)}`),

  rec('chat', f`gate camera OCR alerts go to our discord (ops contractors use it): ${v('credential.discord_webhook_url', DISCORD_HOOK)} — can you give me a curl that posts an embed with the wagon number and a thumbnail?`),

  // ── university hospital research data office ──────────────────────────────────────────────────
  rec('curl', f`REDCap API export for the cardiology registry returns an empty array — what's wrong with the call?

curl -X POST https://redcap.staldric-research.ac.uk/api/ \\
  -d token=${v('credential.generic_secret_assignment', REDCAP)} \\
  -d content=record -d format=csv -d type=flat \\
  -d "forms[0]=baseline" -d rawOrLabel=raw`),

  rec('code_python', f`${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-7318294056172839.9.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f3a21c9d7e4b605",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
with conn.cursor() as cur:
    cur.execute("SELECT study_id, COUNT(*) FROM biobank.samples GROUP BY study_id")
    print(cur.fetchall())`)}

Data-sharing agreement says the partner can only see aggregate counts — is a SQL warehouse token the right way to give them access?`),

  rec('chat', f`We encrypt the biobank extract with age before it goes to the partner university. My colleague left and this was in her handover notes, is it the private one?

# created: 2024-09-11T10:02:44+01:00
# public key: age1k3v9x7q2m8r4t6w0y5z1c8n3b7d2f6h9j4l0p5s8u2e6g1a3q7zq8x4
${v('credential.age_secret_key', AGE)}`),

  rec('chat_ko', f`바이오뱅크 LIMS 관리자 계정 정보를 공동연구 기관에 전달해야 해서 영어 메일로 바꿔 주세요. "LIMS 접속 계정은 kr_collab01 이고 비밀번호는 ${v('credential.password_in_prose', 'Hangang#Bio2024')} 입니다. 첫 로그인 후 반드시 변경해 주세요."`),

  rec('chat_de_ch', f`Chönd Sie mir bitte es churzes Mail uf Hochdeutsch schriibe? Inhalt: De Zuegang zum SFTP für de Datentransfer mit em Universitätsspital isch ufgschaltet, Benutzer dto_transfer, Passwort ${v('credential.password_in_prose', 'Limmat-Quai-4729')}, bitte nach em erschte Login ändere.`),

  rec('json_config', f`The pipeline that pushes de-identified imaging to the partner's GCS bucket fails with invalid_grant. Service account file (from the partner):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "staldric-imaging-share",
  "private_key_id": "${fill('b33-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${v('pii.email', 'dsa-transfer@staldric-imaging-share.iam.gserviceaccount.com')}",
  "client_id": "108273946512837465019",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Is the clock on our server the problem?`),

  rec('chat', f`Research ethics tracker integration with Linear: LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}. Can you write a GraphQL query that lists issues with label "REC amendment" and state not Done?`),

  rec('pypirc', f`uploading our de-identification package to PyPI (public, no data in it) fails:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

403 Forbidden — the project name is "staldric-deid"`),

  rec('npmrc', f`${amb('source_code.snippet', f`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

consent-form web component won't publish, npm says the OTP is required. it's an automation token?`),

  rec('chat', f`Postman collection for the biobank sample-request API — I want to share the collection with the data office but not my key. Currently it's in the collection variables: ${v('credential.postman_api_key', POSTMAN)}. How do I move it to an environment that isn't shared?`),

  rec('yaml', f`${amb('source_code.snippet', f`# grafana provisioning for the trusted research environment
apiVersion: 1
datasources:
  - name: TRE-Prometheus
    type: prometheus
    url: http://prometheus.tre.local:9090
    secureJsonData:
      httpHeaderValue1: "Bearer ${v('credential.grafana_service_account_token', GLSA)}"`)}

dashboards load but alert rules say "datasource not found"`),

  rec('code_python', f`Twilio reminders for biobank donors (appointment SMS). API key/secret pair instead of the auth token:

${code(f`client = Client("${v('credential.twilio_api_key', TWILIO_KEY)}", os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])
for donor in due_tomorrow():
    client.messages.create(to=donor.mobile, from_="StAldricBB", body=render(donor))`)}

is an alphanumeric sender allowed in the UK?`),
];
