/**
 * Held-out batch 44: credentials pasted by staff of a children's hospital, a container-terminal
 * operator, an independent record label and publisher, a forestry and timber-certification company,
 * a credit union and a co-working chain: configs, scripts, chats and tickets. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA_GATE = tok('AKIA', fill('b44-akia-gate', B32, 16));
const AKIA_GATE_SECRET = fill('b44-akia-gate-s', B62 + '/+', 40);
const AKIA_FOREST = tok('AKIA', fill('b44-akia-forest', B32, 16));
const AKIA_FOREST_SECRET = fill('b44-akia-forest-s', B62 + '/+', 40);
const SLACK_BOT = tok('xoxb-', '4827193056', '2-', '6039182746153-', fill('b44-xoxb', B62, 24));
const TEAMS_HOOK = tok(
  'https://harbourgate.webhook.office.com/webhookb2/',
  '7c2e9a14-3b8d-4f61-a0c5-92d7e4b1f836@2a9f4c71-e6d3-4b08-91a5-c3f7d2e8b640/IncomingWebhook/',
  fill('b44-teams1', HEX, 32),
  '/',
  'e4b7c1d9-62a5-4f38-9d0e-7a3c5b1f8e26/',
  'V2',
  fill('b44-teams2', B64URL, 43),
);
const TWILIO_SID = tok('AC', fill('b44-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b44-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b44-sg1', B64URL, 22), '.', fill('b44-sg2', B64URL, 43));
const REDCAP = fill('b44-redcap', HEX.toUpperCase(), 32);
const AZ_STORAGE = b64Bytes('b44-azstor', 64);
const AZ_CLIENT = tok(fill('b44-azc0', B62, 3), '8Q~', fill('b44-azc1', B62 + '-_.~', 34));
const FHIR_JWT = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'fhir-2024-09' },
  { iss: 'https://sso.stwilfrids-childrens.nhs.uk', sub: 'svc-parents-portal', aud: 'fhir-r4', scope: 'patient/*.read', iat: 1727262000, exp: 1727265600 },
  'b44-fhirjwt',
);
const HF = tok('hf_', fill('b44-hf', UPPER + LOWER, 34));
const SHOPIFY = tok('shpat_', fill('b44-shpat', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b44-stripe', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b44-whsec', B62, 32));
const DROPBOX = tok('sl.', 'B', fill('b44-dbx', B64URL, 138));
const AIRTABLE = tok('pat', fill('b44-at1', B62, 14), '.', fill('b44-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b44-ntn1', DIGITS, 11), fill('b44-ntn2', B62, 35));
const MAILCHIMP = tok(fill('b44-mc', HEX, 32), '-us14');
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'nordskog-gis', a: fill('b44-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b44-mbx', B64URL, 22));
const GOOGLE = tok('AIza', 'Sy', fill('b44-gapi', B64URL, 33));
const GLPAT = tok('glpat-', fill('b44-glpat', B62 + '-_', 20));
const OKTA = tok('00', fill('b44-okta', B64URL, 40));
const VAULT = tok('hvs.', 'CAESI', fill('b44-vault', B64URL, 86));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b44-rsa-sftp', 1190);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b44-ossh-cu', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DD_API = fill('b44-ddapi', HEX, 32);
const OPENAI = tok('sk-proj-', fill('b44-oai1', B64URL, 58), 'T3BlbkFJ', fill('b44-oai2', B64URL, 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b44-ant', B64URL, 93), 'AA');
const GHP = gh('ghp', 'Tw8Kc3Nv6Bx1Qm9Lr4Hz7Pd2Fy5Js0');
const GH_FINE = tok('github_pat_', '11B7QXKPA0', fill('b44-ghfg1', B62, 12), '_', fill('b44-ghfg2', B62, 59));
const TELEGRAM = tok('7419283650', ':AA', fill('b44-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1293847561029384756', '/', fill('b44-dischook', B64URL, 68));
const NPM = gh('npm', 'Lp4Vx9Qc2Mk7Rn1Ws6Hb3Zt8Gd5Yf0');
const ADO_PAT = fill('b44-ado', B32LOWER, 52);
const CF_TOKEN = fill('b44-cftok', B64URL, 40);
const DO_TOKEN = tok('dop_v1_', fill('b44-dop', HEX, 64));
const GLSA = tok('glsa_', fill('b44-glsa1', B62, 32), '_', fill('b44-glsa2', HEX, 8));
const SENTRY_KEY = fill('b44-sentry', HEX, 32);
const KISI_KEY = fill('b44-kisi', HEX, 32);
const SALTO_SECRET = fill('b44-salto', B62, 40);
const BASIC_B64 = b64('cu-batch:Érable!Gatineau-2291');
const DOCKER_AUTH = b64('harbourgate-ci:Kranfahrer#7730');
const SQUARE = tok('EAAA', fill('b44-square', B64URL, 60));
const PGP_BODY = `lQVYBGX${fill('b44-pgp0', B62, 57)}\n${(b64Bytes('b44-pgp', 640).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b44-pgpcrc', B62, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH44_CREDENTIALS: DraftRecord[] = [
  // --- container terminal ---
  rec('env_file', f`The gate OCR service can't upload plate crops to S3 since Monday, "SignatureDoesNotMatch". This is the .env on the lane-3 box:

${amb('source_code.snippet', f`# /opt/gate-ocr/.env  (lane 3, in-gate)
OCR_CAMERA_URLS=rtsp://cam-l3a.gate.local/stream1,rtsp://cam-l3b.gate.local/stream1
S3_BUCKET=hgt-gate-crops-prod
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA_GATE)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_GATE_SECRET)}
CONFIDENCE_MIN=0.82`)}

Clock on the box is 3 minutes behind, could that be it?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`version: "3.8"
services:
  tos-api:
    image: registry.harbourgate.eu/tos/api:5.12.3
    environment:
      TOS_DB_URL: postgresql://tos_app:${v('credential.database_url_password', 'Reefer-Plug-4412!')}@tos-db-01.hgt.local:5432/tos
      YARD_PLANNER_URL: http://yard-planner:8080
    ports: ["8443:8443"]
  yard-planner:
    image: registry.harbourgate.eu/tos/yard-planner:2.7.0`)}

After moving the DB to the new VM the API restarts in a loop with "password authentication failed". Password is the same, I checked twice.`),

  rec('chat', f`Customs broker can't pick up the CODECO files anymore. The job uses this URL: sftp://hgt_codeco:${v('credential.url_password', 'Zollamt-Waltershof-19')}@edi.hafenzoll-broker.de:2222/outbound — do I need to URL-encode the dash? Their server log says "auth fail".`),

  rec('code_python', f`Our crane alert bot posts twice for each twistlock fault. Can you spot why?

${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
CHANNEL = "#sts-cranes-ops"

def on_fault(event):
    text = f"STS {event['crane']}: {event['code']} {event['desc']}"
    client.chat_postMessage(channel=CHANNEL, text=text)
    if event.get("severity") == "high":
        client.chat_postMessage(channel=CHANNEL, text=text, reply_broadcast=True)`)}`),

  rec('powershell', f`${amb('source_code.snippet', f`$uri = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$queue = (Invoke-RestMethod http://gate-mon.hgt.local/api/queue).trucksWaiting
if ($queue -gt 40) {
  $body = @{ text = "Gate queue: $queue trucks waiting at in-gate" } | ConvertTo-Json
  Invoke-RestMethod -Uri $uri -Method Post -ContentType 'application/json' -Body $body
}`)}

Scheduled task runs every 5 min but Teams says the connector is retiring. What's the replacement?`),

  rec('chat_de', f`Kannst du mir eine kurze Übergabenotiz für die Nachtschicht formulieren? Inhalt: Kran 7 (STS) steht wegen Spreader-Störung, Wartung kommt um 6 Uhr. Das Service-Passwort für das Kran-HMI ist ${v('credential.password_in_prose', 'Spreader#Wal7-2024')}, bitte nur für den Reset verwenden und danach Schichtleiter informieren.`),

  rec('chat_lt', f`Sveiki, padėk išversti į anglų kalbą: „Vartų kiosko administratoriaus prisijungimas: vartotojas kiosk_admin, slaptažodis ${v('credential.password_in_prose', 'Kopa-Smiltyne!58')}. Po vizito prašome pakeisti.“ Tai siunčiame tiekėjo technikui.`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อยครับ: "ช่างจากบริษัทเครนจะมาวันพฤหัส ให้ใช้บัญชี plc_service รหัสผ่าน ${v('credential.password_in_prose', 'LaemChabang@2567')} เข้าระบบ HMI ที่ห้องควบคุม RTG หลังเสร็จงานให้เปลี่ยนรหัสทันที"`),

  rec('chat_ru', f`Переведи, пожалуйста, на английский для подрядчика: «Доступ к инженерной станции крана: логин eng_crane3, пароль ${v('credential.password_in_prose', 'Portal-Kran_3391')}. Пароль действует до пятницы.»`),

  rec('ini', f`PLC gateway config for RTG 12 — the OPC UA client connects but every read returns BadUserAccessDenied:

${amb('source_code.snippet', f`[opcua]
endpoint = opc.tcp://${amb('pii.ip_address', '10.42.12.20')}:4840
security_policy = Basic256Sha256
security_mode = SignAndEncrypt
username = rtg12_reader
password = ${v('credential.password_assignment', 'Hoist-Trolley-88')}

[polling]
interval_ms = 500
nodes = ns=3;s="DB_Hoist"."LoadCell",ns=3;s="DB_Gantry"."Position"`)}`),

  rec('helm_values', f`${amb('source_code.snippet', f`grafana:
  sidecar:
    dashboards:
      enabled: true
  provisioning:
    crane-telemetry:
      url: https://grafana.harbourgate.eu
      serviceAccountToken: ${v('credential.grafana_service_account_token', GLSA)}
      folder: "STS / RTG"`)}

The crane-telemetry dashboards don't show up after helm upgrade, folder stays empty.`),

  rec('code_ts', f`${code(f`import * as Sentry from '@sentry/node';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127391846400`)}',
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.1,
});

export function reportVgmMismatch(containerNo: string, declared: number, weighed: number) {
  Sentry.captureMessage(\`VGM mismatch \${containerNo}: \${declared} vs \${weighed}\`, 'warning');
}`)}

Is it ok to send the container number in the message or should it be a tag?`),

  rec('docker_config', f`Jenkins on the yard server can't pull from our registry anymore:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.harbourgate.eu": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

That's /var/lib/jenkins/.docker/config.json. Error: unauthorized: authentication required.`),

  // --- children's hospital ---
  rec('config', f`Mirth channel for ADT feeds fails to connect to the reporting DB after the SQL Server patch. appsettings:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "WardReporting": "Server=sql-rpt-02.stwilfrids.local;Database=WardReporting;User Id=mirth_adt;Password=${v('credential.connection_string_password', 'Paddington-Ward4!')};Encrypt=True;TrustServerCertificate=False;"
  }
}`)}

Error is "The certificate chain was issued by an authority that is not trusted".`),

  rec('code_python', f`Parents' portal sends appointment reminders by SMS. Some parents get the message 3 times:

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def send_reminder(appt):
    for number in appt.guardian_numbers:
        client.messages.create(
            to=number,
            from_="StWilfrids",
            body=f"Reminder: {appt.child_first_name} has an appointment on {appt.when:%d %b at %H:%M} in {appt.clinic}.",
        )`)}`),

  rec('chat', f`For the portal's password reset mails we use SendGrid, key is ${v('credential.sendgrid_api_key', SENDGRID)}. Bounces went up to 8% this week. How do I pull the bounce list via API so I can check if it's the NHS.net addresses?`),

  rec('code_r', f`Research nurses' export script from REDCap, works in RStudio but not as a scheduled job:

${code(f`library(REDCapR)
uri   <- "https://redcap.stwilfrids.nhs.uk/api/"
token <- "${v('credential.generic_secret_assignment', REDCAP)}"

ds <- redcap_read(redcap_uri = uri, token = token,
                  forms = c("enrolment", "visit_1", "adverse_events"))$data
write.csv(ds, sprintf("/data/asthma_trial/export_%s.csv", Sys.Date()), row.names = FALSE)`)}

The task scheduler log says "SSL certificate problem".`),

  rec('conn_string', f`The imaging archive exports to blob storage, and the nightly job throws 403. Connection string from the config:

DefaultEndpointsProtocol=https;AccountName=stwpacsarchive;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Do I need a SAS instead for the new firewall rules?`),

  rec('chat', f`App registration for the bed-board app: tenant 5c91e2a7-44b0-4d3e-8f16-a9273b0c4e58, client id 0b6f3d82-91c4-47ae-b5d0-6e2a8c91f347, secret ${v('credential.azure_client_secret', AZ_CLIENT)}. Getting AADSTS7000215 "invalid client secret provided". It's only 2 weeks old.`),

  rec('http', f`FHIR request from the parents' portal returns 403 for one ward only:

${amb('source_code.snippet', f`GET /fhir/r4/Encounter?patient=Patient/8812044&status=in-progress HTTP/1.1
Host: fhir.stwilfrids.local
Authorization: Bearer ${v('credential.jwt', FHIR_JWT)}
Accept: application/fhir+json`)}

The scope looks right to me, is patient/*.read enough for Encounter?`),

  rec('shell', f`Trying to restore the vaccination-schedule tables on the test server:

$ mysql -h db-test-03 -u vacc_admin -p${v('credential.mysql_cli_password', 'Measles-Rubella-12')} vacc_test < vacc_2024-09-30.sql
ERROR 1118 (42000) at line 2231: Row size too large (> 8126)

How do I fix this without changing the production schema?`),

  rec('chat', f`Research team wants to run a de-identification model on discharge letters. I set HF_TOKEN=${v('credential.huggingface_token', HF)} on the GPU box but snapshot_download still says 401 for the gated model. Do I need to accept the licence with the same account?`),

  rec('chat_ur', f`براہ کرم اس پیغام کو انگریزی میں لکھ دیں: "وارڈ 6 کے نئے کمپیوٹر کا لاگ ان: صارف nurse.ward6، پاس ورڈ ${v('credential.password_in_prose', 'Chinar-Ward6#21')}۔ پہلی بار لاگ ان کے بعد تبدیل کریں۔"`),

  // --- record label / publisher ---
  rec('chat', f`Merch store sync script stopped importing new vinyl pre-orders. Admin API token is ${v('credential.shopify_access_token', SHOPIFY)} on mareaalta-records.myshopify.com. Did the API version 2023-07 get removed?`),

  rec('env_file', f`${amb('source_code.snippet', f`# royalties-portal/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
STATEMENTS_BUCKET=ma-royalty-statements
PAYOUT_CURRENCY=EUR`)}

Artists get "Payment failed" when they try to pay back an advance by card. Which logs should I look at first?`),

  rec('chat_es_ar', f`Che, el script que sube los stems a la carpeta compartida con el productor dejó de andar. Uso este token de Dropbox: ${v('credential.dropbox_access_token', DROPBOX)}. ¿Hay que pasar a refresh tokens? Te copio el error: expired_access_token.`),

  rec('code_js', f`Catalogue sync from Airtable to Notion, it duplicates every release with more than one ISRC:

${code(f`const Airtable = require('airtable');
const { Client } = require('@notionhq/client');

const base = new Airtable({ apiKey: '${v('credential.airtable_pat', AIRTABLE)}' }).base('appR7kLm2Qx9Vt4Zp');
const notion = new Client({ auth: '${v('credential.notion_token', NOTION)}' });

base('Releases').select({ view: 'Grid view' }).eachPage(async (records, next) => {
  for (const r of records) {
    for (const isrc of (r.get('ISRC') || '').split(',')) {
      await notion.pages.create({ parent: { database_id: DB_ID }, properties: toProps(r, isrc.trim()) });
    }
  }
  next();
});`)}`),

  rec('chat', f`Newsletter for the Lucía Brandt tour: can you write a Python snippet that adds tags "BA-show" to everybody who opened the last campaign? Mailchimp key: ${v('credential.mailchimp_api_key', MAILCHIMP)}, audience "Fans AR/ES".`),

  rec('chat_fr', f`Tu peux reformuler ce message pour l'éditeur partenaire ? « Bonjour Sophie, voici l'accès au portail des relevés de droits : identifiant editions.lumiere, mot de passe ${v('credential.password_in_prose', 'Solfege!Pigalle-77')}. Merci de le changer dès la première connexion. »`),

  rec('pgp', f`Our distributor wants statements encrypted. I exported the label's key to send them the public part, but I think I exported the wrong thing?

${v('credential.pgp_private_key', PGP)}

How do I export only the public key with gpg?`),

  // --- forestry ---
  rec('code_js', f`Mapbox GL won't load our private stand-boundary tileset in the field app:

${code(f`mapboxgl.accessToken = 'pk.placeholder-public';
const TILES_TOKEN = '${v('credential.mapbox_secret_token', MAPBOX)}';

async function fetchStandTiles(z, x, y) {
  const url = \`https://api.mapbox.com/v4/nordskog.stands-2024/\${z}/\${x}/\${y}.mvt?access_token=\${TILES_TOKEN}\`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`tiles \${res.status}\`);
  return res.arrayBuffer();
}`)}`),

  rec('chat', f`Static Maps calls from the harvest-planning tool fail with REQUEST_DENIED since the billing account change. Key: ${v('credential.google_api_key', GOOGLE)}. Do I have to re-enable the Static Maps API on the new project?`),

  rec('python', f`${code(f`import geopandas as gpd
from sqlalchemy import create_engine

engine = create_engine("postgresql://gis_writer:${v('credential.database_url_password', 'Granskog-Hogst!23')}@postgis.nordskog.no:5432/forest")
stands = gpd.read_file("/mnt/field/2024/hogstfelt_innlandet.gpkg")
stands.to_crs(25833).to_postgis("stands_2024", engine, if_exists="append", index=False)`)}

to_postgis says geometry type mismatch (MultiPolygon vs Polygon). How do I force multi?`),

  rec('chat_no', f`Kan du skrive en kort melding til den nye skogbrukslederen? Innhold: brukernavnet til drivverktøyet er ole.haugen og passordet er ${v('credential.password_in_prose', 'Furu-Gran#2024')}. Han må bytte det første gang han logger inn, og ringe IT hvis det ikke går.`),

  rec('chat_sk', f`Prelož mi prosím do angličtiny: „Prístup do systému evidencie ťažby: meno lesnik.zvolen, heslo ${v('credential.password_in_prose', 'Smrek-Buk!4471')}. Heslo si zmeňte po prvom prihlásení.“`),

  rec('aws_credentials', f`Sentinel-2 download script uses the wrong profile on the analysis VM. ~/.aws/credentials:

${amb('source_code.snippet', f`[default]
region = eu-north-1

[forest-sentinel]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_FOREST)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_FOREST_SECRET)}`)}

AWS_PROFILE=forest-sentinel is set in .bashrc but cron ignores it.`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`stages: [test, deploy]

deploy_field_app:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache git
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.nordskog.no/gis/field-config.git
    - ./deploy.sh
  only: [main]`)}

Works on main but the tag pipeline can't clone field-config. Why?`),

  // --- credit union ---
  rec('curl', f`Offboarding script returns 0 users for the tellers group:

curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" "https://caisse-riviere.okta.com/api/v1/groups/00g9x2kqLm4Tz7R1a0h8/users?limit=200" | jq '.[].profile.login'

But the admin console shows 23 members.`),

  rec('shell', f`Vault agent on the loan-origination server keeps failing renewals. I logged in by hand to test:

$ export VAULT_ADDR=https://vault.cu-riviere.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault token lookup
Error looking up token: Code: 403. Errors: * permission denied

Is the token expired or is it the policy?`),

  rec('chat', f`Core banking vendor wants our SFTP key again because theirs got corrupted. I'm about to paste it in the ticket, it's this one right?

${v('credential.private_key', RSA_KEY)}

Is RSA 2048 still acceptable or should I generate ed25519?`),

  rec('runbook', f`Update the DR runbook step 4 so it's clearer:

4. On the standby host, place the replication key in /home/repl/.ssh/id_ed25519 (chmod 600):

${v('credential.openssh_private_key', OSSH_KEY)}

5. Start pg_receivewal as user repl.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.com
      DD_LOGS_ENABLED: "true"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

We only want logs from the ATM-monitoring container, not all of them. How?`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel à la directrice de la succursale de Gatineau? Je dois lui dire que le compte temporaire pour le guichet de service est prêt: utilisateur gat.caisse02 et le mot de passe est ${v('credential.password_in_prose', 'Outaouais-2024!cq')}. Elle doit le changer à la première connexion.`),

  rec('http', f`Batch upload to the card processor's endpoint returns 401, but the same creds work in Postman:

${amb('source_code.snippet', f`POST /v2/batches/ach HTTP/1.1
Host: api.cardproc-partner.ca
Authorization: Basic ${v('credential.basic_auth_header', BASIC_B64)}
Content-Type: application/xml
Content-Length: 48213`)}

Does the é in the password break basic auth?`),

  rec('cisco', f`Branch router in Hull lost its config after a power cut, I restored from backup. Does this look sane?

${amb('source_code.snippet', f`hostname CU-HULL-RTR01
!
enable secret 9 ${ambCat('credential', tok('$9$', fill('b44-cisco9a', B62 + './', 14), '$', fill('b44-cisco9b', B62 + './', 43)))}
!
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Caisse-Hull#Rtr1')}
!
snmp-server community ${v('credential.network_device_secret', 'rivRO-snmp-7731')} RO 10
interface GigabitEthernet0/0
 ip address ${amb('pii.ip_address', '172.20.14.1')} 255.255.255.0`)}`, 'enable secret 9 hash is ambiguous (a password hash), the cleartext user password and community string are labelled'),

  rec('code_python', f`${code(f`from square.client import Client

client = Client(access_token="${v('credential.square_access_token', SQUARE)}", environment="production")

def charge_event_fee(member_id: str, cents: int, nonce: str):
    return client.payments.create_payment(body={
        "source_id": nonce,
        "idempotency_key": f"agm-{member_id}",
        "amount_money": {"amount": cents, "currency": "CAD"},
    })`)}

The AGM dinner ticket page works for members, but some cards fail with CVV_FAILURE even though members swear it's right.`),

  rec('npmrc', f`${amb('source_code.snippet', f`@cu-riviere:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

The member-app build in Azure Pipelines says 404 for @cu-riviere/ui-kit but it works locally.`, 'npm token as the .npmrc _authToken value: two labels on one span'),

  rec('shell', f`git push to the Azure repo for the loan calculator keeps prompting:

git remote set-url origin https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/cu-riviere/lending/_git/loan-calc
git push origin release/2024.10

fatal: Authentication failed. The PAT has Code read/write. What else?`),

  // --- co-working ---
  rec('hostapd', f`Guests at the Nørrebro space can't join the member network after the AP swap:

${amb('source_code.snippet', f`interface=wlan0
ssid=Hive-Members
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=${v('credential.password_assignment', 'Honeycomb-Norrebro-2024')}
ieee80211w=1`)}

Older Android phones fail, newer ones are fine.`),

  rec('code_go', f`${code(f`package doors

const (
	kisiBase   = "https://api.kisi.io"
	kisiAPIKey = "${v('credential.generic_secret_assignment', KISI_KEY)}"
)

func Unlock(lockID int) error {
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/locks/%d/unlock", kisiBase, lockID), nil)
	req.Header.Set("Authorization", "KISI-LOGIN "+kisiAPIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("unlock %d: %s", lockID, resp.Status)
	}
	return nil
}`)}

Is it fine to unlock from the member app directly like this or should it go through our backend?`),

  rec('yaml', f`${amb('source_code.snippet', f`# door-sync/config.yml  (Milano Isola site)
salto:
  host: https://salto-ks.hive-isola.local
  client_id: hive-sync
  client_secret: ${v('credential.generic_secret_assignment', SALTO_SECRET)}
members_api: https://billing.hivecowork.com/api/members?site=MIL-ISO`)}

The sync gives "invalid_client" every night at 02:00 but works when I run it manually.`),

  rec('chat_da', f`Kan du hjælpe mig med et opslag til opslagstavlen? "Nyt Wi-Fi til gæster fra mandag: netværket hedder Hive-Guest og adgangskoden er ${v('credential.password_in_prose', 'Bikube-Gaest-77')}. Medlemmer bruger stadig Hive-Members." Gerne på både dansk og engelsk.`),

  rec('chat_zh_tw', f`請幫我把這段翻成英文給新的社群經理：「信義館的會議室平板管理帳號是 admin_xinyi，密碼是 ${v('credential.password_in_prose', 'Fengchao-Xinyi88')}，第一次登入後請更改。」`),

  rec('chat', f`The member-FAQ chatbot on our site suddenly returns 429 for every question. We call the API with ${v('credential.openai_api_key', OPENAI)} from the Next.js route. Is that a rate limit or quota?`),

  rec('env_file', f`${amb('source_code.snippet', f`# hive-concierge/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
GITHUB_TOKEN=${v('credential.github_pat', GHP)}
TELEGRAM_BOT_TOKEN=${v('credential.telegram_bot_token', TELEGRAM)}
DOOR_ALERT_CHAT_ID=-1002218374659`)}

Please write a README section describing each variable (without the values).`),

  rec('chat', f`community-manager here: I want every new Discord member in #welcome to get a post in our staff channel. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — what's the simplest bot to relay joins to it?`),

  rec('chat', f`Our fine-grained token for the booking-widget repo (${v('credential.github_fine_grained_pat', GH_FINE)}) can read but Actions still can't create releases. Which permission is missing?`),

  rec('tf_vars', f`${amb('source_code.snippet', f`# terraform.tfvars — sites DNS + droplets
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
do_token             = "${v('credential.digitalocean_token', DO_TOKEN)}"
sites = ["cph-norrebro", "mil-isola", "mad-chamberi", "tpe-xinyi", "bkk-ari"]`)}

terraform plan wants to recreate all five records every time. Why?`),

  rec('chat_es', f`Necesito un mensaje para el portero de Chamberí: el código de la cerradura del almacén ya no sirve, ahora entra con la app. Y el PIN de administrador del panel de alarma es ${ambCat('credential', '4827')}, que no lo comparta. ¿Lo redactas más formal?`, 'a 4-digit alarm PIN in prose: a secret, but no rule claims it (ambiguous, no rule id)'),
];
