/**
 * Held-out batch 109: credentials pasted by a car-rental claims and telematics team, a blood-donation
 * centre, a sovereign bond settlement back office, a newspaper investigations desk, a greenhouse
 * irrigation automation team and an NGO cash-transfer programme. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA_CLAIMS = tok('AKIA', fill('b109-akia1', B32, 16));
const AWS_SECRET_CLAIMS = fill('b109-awss1', B64, 40);
const AKIA_NGO = tok('AKIA', fill('b109-akia2', B32, 16));
const AWS_SECRET_NGO = fill('b109-awss2', B64, 40);
const GMAPS = tok('AIza', 'Sy', fill('b109-gmaps', B64URL, 33));
const TW_SID = tok('AC', fill('b109-twsid', HEX, 32));
const TW_TOKEN = fill('b109-twtok', HEX, 32);
const TW_SID2 = tok('AC', fill('b109-twsid2', HEX, 32));
const TW_TOKEN2 = fill('b109-twtok2', HEX, 32);
const SENTRY_KEY = fill('b109-sentry', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b109-slt', UPPER + DIGITS, 8), '/B07', fill('b109-slb', UPPER + DIGITS, 8), '/', fill('b109-slh', B62, 24));
const DD_API = fill('b109-ddapi', HEX, 32);
const SENDGRID = tok('SG.', fill('b109-sg1', B64URL, 22), '.', fill('b109-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b109-mc', HEX, 32), '-us14');
const OPENAI = tok('sk-proj-', fill('b109-oai1', B64URL, 58), 'T3BlbkFJ', fill('b109-oai2', B64URL, 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b109-ant', B64URL, 93), 'AA');
const FCM = tok('AAAA', fill('b109-fcm1', B64URL, 7), ':APA91b', fill('b109-fcm2', B64URL, 134));
const AZ_STORAGE = tok(fill('b109-azst', B64, 86), '==');
const AZ_CLIENT_SECRET = tok(fill('b109-azcs1', B62, 3), '8Q~', fill('b109-azcs2', B62 + '_-.', 31));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b109-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const PGP_BODY = `lQVYBGa${fill('b109-pgp0', B64, 57)}\n${(b64Bytes('b109-pgp', 760).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b109-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const VAULT = tok('hvs.', 'CAESI', fill('b109-vault', B64URL, 86));
const DROPBOX = tok('sl.', 'B', fill('b109-dbx', B64URL, 138));
const NOTION = tok('ntn_', fill('b109-ntn1', DIGITS, 11), fill('b109-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b109-at1', B62, 14), '.', fill('b109-at2', HEX, 64));
const TELEGRAM = tok('7481936205', ':AAH', fill('b109-tg', B64URL, 32));
const GOCSPX = tok('GOCSPX-', fill('b109-gocspx', B64URL, 28));
const HF = tok('hf_', fill('b109-hf', LOWER + UPPER, 34));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b109-age', BECH32, 58));
const GLSA = tok('glsa_', fill('b109-glsa1', B62, 32), '_', fill('b109-glsa2', HEX, 8));
const HASS = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: '5e1c07a2b9d84f3e8a6c1d0b7f2e9a43', iat: 1727683200, exp: 2043043200 }, 'b109-hass');
const GHP = gh('ghp', 'Tq7Wm2Xc9Lp4Nd8Rf1Bv6Hs3Gk5Zj0');
const CF_TOKEN = fill('b109-cft', B64URL, 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b109-do', HEX, 64));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b109-stripe', B62, 97));
const GLPAT = tok('glpat-', fill('b109-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Kc4Vb8Nm2Qw6Er1Ty5Ui9Op3As7Df0');
const SENTRY_AUTH = tok('sntryu_', fill('b109-sntryu', HEX, 64));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hxqmvtrzkdlwpbnacyeg', role: 'service_role', iat: 1719878400, exp: 2035454400 }, 'b109-supa');
const ADO_PAT = fill('b109-ado', B32LOWER, 52);
const DOCKER_AUTH = b64('svc-greenhouse-ci:Tomaat!Kas2024#west');
const GCP_PEM = pem('PRIVATE KEY', 'b109-gcp', 1216, '\\n');
const RSA_PEM = pem('RSA PRIVATE KEY', 'b109-rsa', 1190);
const BOOKING_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'donor-2024-09' }, { sub: 'donor:0847193', scope: 'appointments:write', iat: 1730112000, exp: 1730115600 }, 'b109-bookjwt');
const DATABRICKS = tok('dapi', fill('b109-dapi', HEX, 32));
const LINEAR = tok('lin_api_', fill('b109-lin', B62, 40));
const POSTMAN = tok('PMAK-', fill('b109-pm1', HEX, 24), '-', fill('b109-pm2', HEX, 34));
const NRAK = tok('NRAK-', fill('b109-nrak', UPPER + DIGITS, 27));
const TFC = tok(fill('b109-tfc1', B62, 14), '.atlasv1.', fill('b109-tfc2', B62, 67));
const OKTA = tok('00', fill('b109-okta', B64URL, 40));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'fleetmap-ops', a: fill('b109-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b109-mbx', B64URL, 22));
const BEARER_FLEET = fill('b109-bearer', B62 + '-._~', 64);
const MAILGUN = tok('key-', fill('b109-mg', HEX, 32));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374651029384756', '/', fill('b109-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://ngoaid.webhook.office.com/webhookb2/', '7b2e4c91-3a5d-4f80-9c16-e4d8a2b7f350@1c9e5a73-6b28-4d4f-a0e1-3f7b92c8d615/IncomingWebhook/', fill('b109-teams1', HEX, 32), '/', '9a4c2e71-5d3b-4f86-8e02-6b1f7c3a9d54/', 'V2', fill('b109-teams2', B64URL, 43));
const PPK_PRIV = b64Bytes('b109-ppk', 48);

export const BATCH109_CREDENTIALS: DraftRecord[] = [
  // ── car rental: damage claims & telematics ──
  rec('env_file', f`Can you tell me which of these the telematics ingest actually needs? I'm trimming the .env before handing the repo to the new contractor.

${cfg(f`# fleet-ingest/.env.production
NODE_ENV=production
MQTT_URL=mqtts://telematics.rentwheel.eu:8883
MQTT_USER=ingest-prod
MQTT_PASSWORD=${v('credential.password_assignment', 'Kz7!tracker-Fleet#2024')}
GOOGLE_MAPS_KEY=${v('credential.google_api_key', GMAPS)}
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218.ingest.de.sentry.io/4507219934`)}
GEOFENCE_REFRESH_MIN=15
LOG_LEVEL=info`)}`),

  rec('code_python', f`Script uploads damage photos from the branch tablets to S3 but half of them arrive with 0 bytes. Any idea?

\`\`\`python
${code(f`import boto3, pathlib

s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA_CLAIMS)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET_CLAIMS)}",
    region_name="eu-central-1",
)

def upload_claim_photos(claim_id: str, folder: pathlib.Path) -> int:
    n = 0
    for p in sorted(folder.glob("*.jpg")):
        with p.open("rb") as fh:
            s3.upload_fileobj(fh, "rw-damage-claims", f"{claim_id}/{p.name}")
        n += 1
    return n`)}
\`\`\``),

  rec('chat_de', f`Hallo, das Geotab-Portal sperrt unseren Export-User nach drei Versuchen. Zugang für den Flottenbericht ist Benutzer: fuhrpark-export / pw: ${v('credential.password_in_prose', 'Flotte_Q3!m7x')} – kannst du mir sagen, wie ich den Lockout-Timer per API abfrage?`),

  rec('curl', f`Der Endpunkt für Kilometerstände liefert 403 seit dem Update:

${cfg(f`curl -s https://api.fleetlink-telematics.com/v2/vehicles/WVWZZZAWZNU047318/odometer \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER_FLEET)}" \\
  -H "Accept: application/json"`)}

Token ist laut Portal noch 20 Tage gültig.`),

  rec('properties', f`Notre appli Java de gestion des sinistres n'arrive plus à se connecter à la base après la migration, voici le fichier :

${cfg(f`# sinistres-app/application.properties
spring.datasource.url=jdbc:postgresql://${amb('pii.ip_address', '10.40.12.7')}:5432/sinistres
spring.datasource.username=sinistres_app
spring.datasource.password=${v('credential.password_assignment', 'Carrosserie#2024!nord')}
spring.jpa.hibernate.ddl-auto=validate
expertise.api.base-url=https://expertise.loc-auto.fr/api`)}

Erreur : FATAL: no pg_hba.conf entry for host.`),

  rec('docker_compose', f`${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=datadoghq.eu
      - DD_LOGS_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  telematics-decoder:
    image: registry.rentwheel.eu/telematics-decoder:2.14.1`)}

this is the compose for the CAN-bus decoder box in the Eindhoven depot — dd agent shows no logs, what am I missing?`),

  rec('code_bash', f`Quick review of our nightly check that posts overdue returns to Slack?

${code(f`#!/usr/bin/env bash
set -euo pipefail
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
overdue=$(psql -Atc "select count(*) from rentals where due_at < now() - interval '6 hours' and returned_at is null")
if [ "$overdue" -gt 0 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"$overdue vehicles overdue > 6h\\"}" "$WEBHOOK"
fi`)}`),

  rec('chat_tr', f`Mapbox haritası filo panelinde açılmıyor, konsolda "401 Unauthorized" var. Kullandığım token: ${v('credential.mapbox_secret_token', MAPBOX)} — bu secret token mı, frontend'de kullanılabilir mi?`),

  rec('chat_pl', f`Hej, Postman przestał synchronizować kolekcję "Szkody API". Klucz w ustawieniach zespołu: ${v('credential.postman_api_key', POSTMAN)}. Czy trzeba go odnowić po zmianie planu?`),

  // ── blood donation centre ──
  rec('code_js', f`Our SMS reminder for donors 56 days after their last whole-blood donation sends twice. Code:

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

async function remindEligibleDonors(db) {
  const rows = await db.query(
    "SELECT id, mobile FROM donors WHERE last_donation::date = current_date - 56 AND sms_opt_in"
  );
  for (const d of rows) {
    await client.messages.create({ from: 'BloodBank', to: d.mobile, body: 'You can donate again from today. Book: https://give.bloodcentre.example/book' });
  }
}
module.exports = { remindEligibleDonors };`)}

The cron runs at 08:00 in two containers, could that be it?`),

  rec('env_file', f`${cfg(f`# donor-portal/.env
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
SENDGRID_FROM=${v('pii.email', 'donors@bloodcentre.example')}
DATABASE_URL=postgres://portal:${v('credential.database_url_password', 'Pl@sma-Rh+2024')}@db.donors.internal:5432/portal
APPOINTMENT_SLOTS_PER_CHAIR=4`)}

Explain why the "Thank you for donating" mails go to spam — is it the FROM?`),

  rec('chat_nl', f`Mailchimp-campagne "Word donor in de zomer" staat klaar, maar de API-sync met ons donorbestand faalt. Key: ${v('credential.mailchimp_api_key', MAILCHIMP)}. Welke endpoint moet ik gebruiken om een segment op bloedgroep O-negatief te maken?`),

  rec('connection_string', f`Scans of the donor consent forms go into blob storage; the function app logs "Server failed to authenticate the request". Connection string from the portal:

${cfg(f`DefaultEndpointsProtocol=https;AccountName=donorconsentscans;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}`),

  rec('code_python', f`Prototype chatbot that answers "can I donate after a tattoo?" questions — the deferral rules are in the system prompt. Why does it ignore them?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

RULES = open("deferral_rules_2024.md", encoding="utf-8").read()

def answer(question: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": RULES}, {"role": "user", "content": question}],
        temperature=0,
    )
    return r.choices[0].message.content`)}`),

  rec('log', f`Booking app 401s since this morning, here's the gateway log line:

${cfg(f`2024-10-28T10:41:07.220Z WARN  gw  POST /api/appointments 401 token_expired
  authorization="Bearer ${v('credential.jwt', BOOKING_JWT)}"
  client=donor-app/3.8.1 (Android 14)`)}

is the exp in the token really expired? decode it pls`),

  rec('json_config', f`Firebase push für die Spender-App (Erinnerung an Termine) geht nicht mehr. Aus der alten Config:

${cfg(f`{
  "push": {
    "provider": "fcm-legacy",
    "server_key": "${v('credential.firebase_fcm_server_key', FCM)}",
    "topic_prefix": "blutspende-"
  }
}`)}

Müssen wir auf HTTP v1 umstellen?`),

  rec('chat_fi', f`Verenluovutuspalvelun tekstiviestipalvelussa vaihdettiin tili. Uudet tunnukset: Account SID ${v('credential.twilio_account_sid', TW_SID2)} ja Auth Token ${v('credential.twilio_auth_token', TW_TOKEN2)}. Miten päivitän nämä Azure Key Vaultiin komentoriviltä?`),

  // ── sovereign bond desk back office ──
  rec('fix_cfg', f`QuickFIX/J session to the settlement platform drops at logon, reason "Invalid password". Config:

${cfg(f`[DEFAULT]
ConnectionType=initiator
HeartBtInt=30
FileStorePath=store
StartTime=06:00:00
EndTime=22:00:00

[SESSION]
BeginString=FIXT.1.1
DefaultApplVerID=FIX.5.0SP2
SenderCompID=SOVBO_SETTLE
TargetCompID=TRIPARTY_GW
SocketConnectHost=${amb('pii.ip_address', '172.21.40.18')}
SocketConnectPort=9876
Username=sovbo_settle01
Password=${v('credential.password_assignment', 'Gilt$Coupon-1125')}`)}`),

  rec('shell', f`Die SFTP-Übertragung der Abwicklungsdateien an die Depotbank bricht ab. Ich rufe das so auf:

${cfg(f`sshpass -p '${v('credential.cli_password', 'Bund10J!depot77')}' sftp -oBatchMode=no -P 2222 ${amb('pii.email', 'sovsettle@sftp.custody-partner.example')} <<EOF
put MT540_20241104.txt /inbound/
bye
EOF`)}

Bitte eine sicherere Variante vorschlagen.`),

  rec('private_key', f`This is the key our batch server uses for the Euroclear-style SFTP drop; ssh -v says "invalid format". Is it corrupted?

${v('credential.openssh_private_key', OPENSSH)}`),

  rec('pgp', f`Custodian wants settlement instructions PGP-encrypted. I exported our signing key to test gpg --import on the new server, it says "no valid OpenPGP data found":

${v('credential.pgp_private_key', PGP)}`),

  rec('shell', f`${cfg(f`$ export VAULT_ADDR=https://vault.treasury-ops.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/settlement/swift-alliance
Error reading secret/data/settlement/swift-alliance: permission denied`)}

Which policy do I need to read that path?`),

  rec('yaml', f`Power BI refresh of the "Sovereign holdings by ISIN" dataset fails. Service principal config from our deploy repo:

${cfg(f`powerbi:
  tenant_id: 3e9b1c47-2a5d-4f08-b6e3-91c7d0a4f582
  client_id: 8f2a6d13-47bc-4e91-a0d5-2c7b9e3f1a64
  client_secret: ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}
  workspace: Treasury-BackOffice
  dataset: sov_holdings_daily`)}`),

  rec('connection_string', f`C# reconciliation job, SQL Server login failed for the recon user:

${cfg(f`"ConnectionStrings": {
  "Recon": "Server=sqlrecon01.bo.internal,1433;Database=BondRecon;User Id=recon_svc;Password=${v('credential.connection_string_password', 'C0upon!Strip#98')};TrustServerCertificate=True"
}`)}

Is it the comma before the port?`),

  rec('chat_it', f`Ciao, il job Oracle che scarica i prezzi BTP dal fornitore non parte. Nel crontab c'è: sqlplus bo_prices/${v('credential.cli_password', 'Btp2034_rend')}@//oradb-bo.tesoreria.local:1521/PRICES @load_btp.sql. Come posso evitare la password in chiaro nel crontab?`),

  rec('code_r', f`R script for the duration report, the Bloomberg-like vendor API rejects the call:

\`\`\`r
${code(f`library(httr2)

api_key <- "${v('credential.generic_secret_assignment', fill('b109-pxkey', B62, 40))}"

get_curve <- function(ccy = "EUR") {
  request("https://api.rates-vendor.example/v3/curves") |>
    req_url_query(currency = ccy, tenor = "1Y,2Y,5Y,10Y,30Y") |>
    req_headers(\`X-Api-Key\` = api_key) |>
    req_perform() |>
    resp_body_json()
}`)}
\`\`\``),

  rec('chat_ja', f`決済バックオフィスのDatabricksジョブが失敗します。トークンは ${v('credential.databricks_token', DATABRICKS)} で、ワークスペースは国債ポジション用です。有効期限の確認方法を教えてください。`),

  // ── newspaper investigations desk ──
  rec('code_python', f`Small script that mirrors the leaked PDFs from our shared Dropbox folder into the local archive for OCR. It stops after 2000 files:

${code(f`import dropbox

dbx = dropbox.Dropbox("${v('credential.dropbox_access_token', DROPBOX)}")

def mirror(path="/investigations/harbour-contracts"):
    res = dbx.files_list_folder(path, recursive=True)
    while True:
        for e in res.entries:
            if isinstance(e, dropbox.files.FileMetadata):
                dbx.files_download_to_file(f"./archive/{e.name}", e.path_lower)
        if not res.has_more:
            break
        res = dbx.files_list_folder_continue(res.cursor)`)}`),

  rec('chat', f`hey, the Notion integration for the tips board won't see the new "Harbour contracts" database. integration secret is ${v('credential.notion_token', NOTION)} — do I need to share the page with the integration again?`),

  rec('chat_es', f`Hola, la base de Airtable donde registramos las pistas de lectores devuelve 403. El token personal es ${v('credential.airtable_pat', AIRTABLE)}. ¿Qué scopes necesita para leer y escribir registros?`),

  rec('code_ts', f`Transcript summariser for interview recordings (sources anonymised before this step). Anthropic call keeps timing out:

${code(f`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summarise(transcript: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 1500,
    messages: [{ role: 'user', content: \`Summarise the claims made, with timestamps:\\n\\n\${transcript}\` }],
  });
  return msg.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}`)}`),

  rec('chat_ar', f`مرحباً، بوت تلغرام الخاص باستقبال البلاغات من القراء توقف عن الرد. رمز البوت هو ${v('credential.telegram_bot_token', TELEGRAM)} — هل يمكن أن يكون قد أُلغي بعد تغيير كلمة مرور الحساب؟`),

  rec('json_config', f`OAuth for the newsroom's Google Drive importer fails with redirect_uri_mismatch:

${cfg(f`{"web":{"client_id":"602817394551-k3d9q7m2v8x1b5n4c6z0p2r8t1y7u3w9.apps.googleusercontent.com","project_id":"newsroom-drive-importer","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://cms.dailycourier.example/oauth/callback"]}}`)}`),

  rec('http', f`WordPress REST call from our CMS bridge returns 401 "rest_not_logged_in":

${cfg(f`POST /wp-json/wp/v2/posts HTTP/1.1
Host: www.dailycourier.example
Authorization: Basic ${v('credential.basic_auth_header', b64('investigations-bot:Xq4r Lm8t Zp2w Nc7k Hy3v Bd6s'))}
Content-Type: application/json

{"title":"Draft: harbour dredging contracts","status":"draft"}`)}`),

  rec('chat_hi', f`भाई, Whisper से इंटरव्यू की ट्रांसक्रिप्शन के लिए Hugging Face का token डाला था: ${v('credential.huggingface_token', HF)} — अब "401 Client Error" आ रहा है। क्या token को read access चाहिए या write?`),

  rec('chat', f`I encrypt the raw source interviews with age before they go to the shared drive. Lost the laptop's key file, but I had copied the identity into my notes: ${v('credential.age_secret_key', AGE)} — how do I recreate key.txt from this so I can decrypt the archive?`),

  rec('chat_sv', f`Hej! Vi har en Linear-integration för grävgruppens uppgifter. API-nyckeln ${v('credential.linear_api_key', LINEAR)} fungerar i Postman men inte i vår GitHub Action. Vad kan skilja?`),

  // ── greenhouse irrigation automation ──
  rec('mosquitto', f`Mosquitto on the greenhouse gateway refuses our fertigation PLC after I turned on auth:

${cfg(f`# /etc/mosquitto/conf.d/kas-west.conf
listener 1883 ${amb('pii.ip_address', '192.168.50.2')}
allow_anonymous false
password_file /etc/mosquitto/passwd

# bridge to cloud
connection cloud-bridge
address mqtt.kasdata.example:8883
remote_username kas-west-gw
remote_password ${v('credential.password_assignment', 'Komkommer-Druppel!19')}
topic irrigation/# out 1`)}`),

  rec('code_js', f`Node-RED settings.js — flows_cred.json can't be decrypted on the new Pi:

${code(f`module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: "${v('credential.generic_secret_assignment', 'tomaat-afdeling7-Druppel2023')}",
    adminAuth: {
        type: "credentials",
        users: [{ username: "teler", password: "${amb('credential.password_assignment', tok('$2b$08$', fill('b109-nrhash', B62 + './', 53)))}", permissions: "*" }]
    },
    functionGlobalContext: { valveCount: 24 },
}`)}`, 'the adminAuth password is a bcrypt hash: ambiguous per the conventions'),

  rec('chat_nl', f`Grafana-dashboard met de EC- en pH-waarden per afdeling laadt niet meer in de kantine-tv. Service account token: ${v('credential.grafana_service_account_token', GLSA)}. Kan ik die read-only maken?`),

  rec('yaml', f`${cfg(f`# telegraf.d/influx.conf (converted to yaml for our ansible role)
outputs:
  influxdb_v2:
    urls: ["http://${amb('pii.ip_address', '10.8.0.14')}:8086"]
    token: "${v('credential.generic_secret_assignment', tok(fill('b109-influx', B64URL, 86), '=='))}"
    organization: "kwekerij"
    bucket: "irrigatie"
inputs:
  modbus:
    name: "drip-controller-afd3"
    controller: "tcp://${amb('pii.ip_address', '10.8.0.31')}:502"`)}

ansible zegt dat de yaml ongeldig is op regel 5, wat is er mis?`),

  rec('chat', f`Home Assistant in the propagation house: the REST sensor for the drip counter needs a long-lived token, I put ${v('credential.jwt', HASS)} in secrets.yaml but it still shows 401. Do I need "Bearer " in front?`),

  rec('chat_es_mx', f`Oye, la pantalla táctil del controlador de riego (Priva-like) tiene usuario "tecnico" y la contraseña es ${v('credential.password_in_prose', 'Riego#Invernadero5')}. ¿Cómo la cambio desde el menú sin perder los programas de fertirrigación?`),

  rec('router_cfg', f`Switch in the pump house, someone set this up years ago. Can I drop the type-7 line?

${cfg(f`hostname SW-POMPHUIS-01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b109-c9a', B62 + './', 14), '$', fill('b109-c9b', B62 + './', 43)))}
username beheer privilege 15 password 7 ${v('credential.network_device_secret', '0835495D1D0A1606')}
!
interface Vlan20
 description irrigatie-plc
 ip address ${amb('pii.ip_address', '10.20.0.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`, 'type 9 secret is a hash (ambiguous); type 7 is reversible, so labelled'),

  rec('git', f`Pushing the PLC export scripts fails after I changed my password:

${cfg(f`$ git remote -v
origin  https://kaswest-bot:${v('credential.github_pat', GHP)}@github.com/kaswest/irrigation-plc-export.git (fetch)
origin  https://kaswest-bot:${v('credential.github_pat', GHP)}@github.com/kaswest/irrigation-plc-export.git (push)`)}`),

  rec('terraform', f`${cfg(f`provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "cloudflare_record" "climate" {
  zone_id = var.zone_id
  name    = "climate"
  type    = "A"
  value   = digitalocean_droplet.climate.ipv4_address
  proxied = true
}`)}

Terraform plan wants to recreate the droplet every time, why?`),

  rec('docker_config', f`CI on the greenhouse repo can't pull our private images. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "registry.kaswest.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  // ── NGO cash transfer programme ──
  rec('env_file', f`${cfg(f`# cash-transfer-api/.env.staging
MPESA_ENV=production
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', fill('b109-mpk', B62, 48))}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', fill('b109-mps', B62, 64))}
MPESA_SHORTCODE=600981
MPESA_INITIATOR_PASSWORD=${v('credential.password_assignment', 'Msaada#Familia2024')}
CALLBACK_URL=https://cash.relief-ngo.example/mpesa/b2c/result`)}

B2C payouts to displaced households in Dadaab return "Invalid Initiator" — which value is wrong? (also it says staging but MPESA_ENV is production, oops)`),

  rec('chat_uk', f`Привіт! Скрипт, який тягне анкети з KoboToolbox, повертає 401. У заголовку передаю Authorization: Token ${v('credential.generic_secret_assignment', fill('b109-kobo', HEX, 40))}. Токен від мого акаунта, чи треба окремий сервісний?`),

  rec('code_python', f`Donation page for the winter cash appeal — is this webhook handler safe?

${code(f`import stripe
from flask import Flask, request

stripe.api_key = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
app = Flask(__name__)

@app.post("/webhooks/stripe")
def handle():
    event = stripe.Event.construct_from(request.get_json(), stripe.api_key)
    if event.type == "checkout.session.completed":
        record_gift(event.data.object.amount_total, event.data.object.currency)
    return "", 204`)}`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml — ODK form sync
variables:
  GITLAB_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  ODK_CENTRAL_URL: "https://odk.relief-ngo.example"

sync_forms:
  image: python:3.12-slim
  script:
    - pip install pyodk
    - python sync_forms.py --project 7 --push`)}

Ce pipeline échoue avec "403 Forbidden" quand il pousse le tag. Le token a le scope write_repository.`),

  rec('shell', f`Bu komut çalışıyor ama geçmişte şifre görünüyor, nasıl gizlerim?

${cfg(f`mysql -h cashdb.relief-ngo.internal -u payouts_ro -p${v('credential.mysql_cli_password', 'Goc2024!Hatay')} -e "SELECT count(*) FROM transfers WHERE status='PENDING'"`)}`),

  rec('gcp_key', f`BigQuery export of the beneficiary dashboard fails with "invalid_grant". Key file our M&E officer gave me:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "cash-transfer-me",
  "private_key_id": "${fill('b109-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', `${GCP_PEM}\\n`)}",
  "client_email": "${amb('pii.email', 'bq-exporter@cash-transfer-me.iam.gserviceaccount.com')}",
  "client_id": "104829375610283746519",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-exporter%40cash-transfer-me.iam.gserviceaccount.com')}"
}`))}`),

  rec('npmrc', f`${cfg(f`; beneficiary-app/.npmrc
@relief-ngo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
save-exact=true`)}

npm publish says 403 for @relief-ngo/id-verify, but I'm a member of the org.`),

  rec('chat_sw', f`Habari, mfumo wa kufuatilia makosa (Sentry) wa programu ya malipo haupakii source maps. Nimeweka SENTRY_AUTH_TOKEN=${v('credential.sentry_auth_token', SENTRY_AUTH)} kwenye build. Tatizo linaweza kuwa nini?`),

  rec('chat_fa', f`سلام، برای داشبورد ثبت‌نام خانواده‌های آواره از Supabase استفاده می‌کنیم. کلید service_role را در کد فرانت‌اند گذاشتم: ${v('credential.supabase_token', SUPA_JWT)} — آیا این خطرناک است؟`),

  rec('chat_pt_br', f`Oi! O pipeline do Azure DevOps do app de cadastro de famílias parou de clonar o repositório de formulários. PAT usado: ${v('credential.azure_devops_pat', ADO_PAT)}. Expira em 30 dias, então não deveria ser isso, né?`),

  rec('private_key', f`Field laptops connect to the payments VPN with this key. After reinstalling Windows the client says "unable to load private key". Checking if it's the line endings:

${v('credential.private_key', RSA_PEM)}`),

  rec('chat_ko', f`현금 지원 프로그램 알림용 Teams 웹훅이 갑자기 400을 반환합니다. URL: ${v('credential.teams_webhook_url', TEAMS_HOOK)} — 커넥터 정책이 바뀐 걸까요?`),

  rec('chat_id', f`Halo, kami kirim notifikasi pencairan dana ke kanal Discord relawan lewat webhook ${v('credential.discord_webhook_url', DISCORD_HOOK)} tapi pesannya tidak muncul. Apakah ada batasan ukuran embed?`),

  rec('env_file', f`${cfg(f`MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_DOMAIN=mg.relief-ngo.example
NEW_RELIC_LICENSE_KEY=${v('credential.newrelic_key', NRAK)}
OKTA_API_TOKEN=${v('credential.okta_api_token', OKTA)}
TF_TOKEN_app_terraform_io=${v('credential.terraform_cloud_token', TFC)}`)}

Ovo je .env za portal za isplate (srpski tim). Koji od ovih ključeva ne bi smio biti u repozitoriju?`),

  rec('ppk', f`WinSCP on the finance laptop asks for the passphrase of this PuTTY key, but we never set one?

${cfg(f`PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: ngo-finance-sftp
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b109-ppkpub', B64, 43)}
${fill('b109-ppkpub2', B64, 8)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b109-ppkmac', HEX, 64)}`)}`),

  rec('chat_ka', f`გამარჯობა, ფულადი დახმარების პროგრამის მონაცემთა ბაზაზე წვდომა დაიკარგა. connection string: postgresql://cash_admin:${v('credential.database_url_password', 'Tbilisi!Daxmareba24')}@pg-cash.relief-ngo.internal:5432/transfers — რატომ წერს "password authentication failed"?`),

  rec('chat_vi', f`Chào anh, script Python gửi báo cáo giải ngân cho nhà tài trợ dùng AWS SES. Key: ${v('credential.aws_access_key_id', AKIA_NGO)} / secret ${v('credential.aws_secret_access_key', AWS_SECRET_NGO)}. Bị lỗi "SignatureDoesNotMatch", có phải do đồng hồ máy lệch không?`),

  rec('sms_signature', f`For the helpline poster, is this wording OK? "Call the cash-assistance hotline ${phone('+254 712 483 906')} or WhatsApp us." Also, the SMS gateway login is admin / ${v('credential.password_in_prose', 'Nairobi-Msaada!88')} — should I change it before the poster goes out?`),
];
