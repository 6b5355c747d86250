/**
 * Held-out batch 26: credentials pasted by staff of an online education platform, a food-delivery
 * app, a fitness-club chain, an asset manager, a music label / streaming service and a car dealer
 * network — chats, configs, CI files, shells and code, in English, Austrian and Swiss German,
 * Flemish, European Portuguese, Norwegian, Slovak, Hungarian, Thai, Traditional Chinese and Swahili.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const OPENAI = tok('sk-proj-', fill('b26-oa1', B62 + '-_', 74), 'T3BlbkFJ', fill('b26-oa2', B62 + '-_', 74));
const OPENAI_2 = tok('sk-proj-', fill('b26-oa3', B62 + '-_', 74), 'T3BlbkFJ', fill('b26-oa4', B62 + '-_', 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b26-ant', B64URL, 93), 'AA');
const ANTHROPIC_2 = tok('sk-ant-', 'api03-', fill('b26-ant2', B64URL, 93), 'AA');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b26-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b26-rk', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b26-whsec', B62, 32));
const SENDGRID = tok('SG.', fill('b26-sg1', B64URL, 22), '.', fill('b26-sg2', B64URL, 43));
const HF = tok('hf_', fill('b26-hf', UPPER + LOWER, 34));
const CF_TOKEN = fill('b26-cftok', B62 + '-_', 40);
const GH_FINE = tok('github_pat_', '11', fill('b26-ghf1', UPPER + DIGITS, 20), '_', fill('b26-ghf2', B62, 59));
const SENTRY_KEY = fill('b26-sentry', HEX, 32);
const GOOGLE = tok('AIza', 'Sy', fill('b26-gapi', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b26-twsid', HEX, 32));
const TWILIO_AUTH = fill('b26-twauth', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b26-slt', UPPER + DIGITS, 8), '/B07', fill('b26-slb', UPPER + DIGITS, 8), '/', fill('b26-slh', B62, 24));
const AWS_ID = tok('AKIA', fill('b26-akia', B32, 16));
const AWS_SECRET = fill('b26-awssec', B64, 40);
const DARAJA_KEY = fill('b26-darkey', B62, 48);
const DARAJA_SECRET = fill('b26-darsec', B62, 64);
const DARAJA_PASSKEY = fill('b26-darpass', HEX, 64);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'snackr-riders', a: fill('b26-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b26-mbx', B64URL, 22));
const DD_API = fill('b26-ddapi', HEX, 32);
const DD_APP = fill('b26-ddapp', HEX, 40);
const RIDER_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'rider-2024-10' }, { sub: 'rider_88412', role: 'rider', city: 'LIS', iat: 1731412800, exp: 1731499200 }, 'b26-riderjwt');
const MAILCHIMP = tok(fill('b26-mc', HEX, 32), '-us14');
const AZ_STORAGE = `${fill('b26-azst', B64, 86)}==`;
const SHOPIFY = tok('shpat_', fill('b26-shpat', HEX, 32));
const BREVO = tok('xkeysib-', fill('b26-brevo1', HEX, 64), '-', fill('b26-brevo2', B62, 16));
const DATABRICKS = tok('dapi', fill('b26-dapi', HEX, 32));
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGV${fill('b26-pgp0', B64, 57)}\n${(fill('b26-pgp1', B64, 640).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b26-pgpcrc', B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const OSSH = pem('OPENSSH PRIVATE KEY', 'b26-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const VAULT = tok('hvs.', fill('b26-hvs', B62, 24));
const AZ_CLIENT = tok(fill('b26-azc1', B62, 3), '8Q~', fill('b26-azc2', B62 + '_-.~', 34));
const GLPAT = tok('glpat-', fill('b26-glpat', B62 + '-_', 20));
const DISCORD_BOT = tok(b64('1209384756102938475').replace(/=+$/, ''), '.', fill('b26-disc1', B64URL, 6), '.', fill('b26-disc2', B64URL, 38));
const TELEGRAM = tok('7283910456', ':AA', fill('b26-tg', B64URL, 33));
const NPM = gh('npm', 'Tq8Vb3Nm6Lk1Jh4Gf7Ds2Ap9Zx5Cw0');
const SA_PEM = pem('PRIVATE KEY', 'b26-sapem', 1216).replace(/\n/g, '\\n');
const LINEAR = tok('lin_api_', fill('b26-linear', B62, 40));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248391027364851920', '/', fill('b26-dhook', B64URL, 68));
const TEAMS_HOOK = tok('https://brennerauto.webhook.office.com/webhookb2/', '7c2e9a14-3b68-4d0f-8e21-a5c9f3b7d046@2f8b1d63-9e47-4a5c-b3d0-6e1f8a2c7b95/IncomingWebhook/', fill('b26-teams1', HEX, 32), '/', '4a9d2e71-6c08-4b3f-9e15-8d7a3c0b2f64/', 'V2', fill('b26-teams2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b26-atl', B64URL, 171), '=', fill('b26-atl2', HEX.toUpperCase(), 8));
const RSA = pem('RSA PRIVATE KEY', 'b26-rsa', 1190);
const DO_TOKEN = tok('dop_v1_', fill('b26-dop', HEX, 64));
const OKTA = tok('00', fill('b26-okta', B64URL, 40));
const GOCSPX = tok('GOCSPX-', fill('b26-gocspx', B64URL, 28));
const ADO_PAT = fill('b26-ado', B32LOWER, 52);
const GROQ = tok('gsk_', fill('b26-groq', B62, 52));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'pxqmhtlkzwrdvbnejcya', role: 'service_role', iat: 1722470400, exp: 2038046400 }, 'b26-supa');
const BEARER = fill('b26-bearer', B62 + '-._~', 72);
const GHP = gh('ghp', 'Mk7Pq2Wx9Rt4Yz1Lc6Nv3Hb8Jd5Fs0');
const DOCKER_AUTH = b64('sonaro-ci:dckr_pat_' + fill('b26-dckrauth', B64URL, 27));
const BASIC = b64('sonaro_ddex:' + 'Koekoek-Zomer-2024!');
const NOTION = tok('ntn_', fill('b26-ntn1', DIGITS, 11), fill('b26-ntn2', B62, 35));
const GCP_CLIENT = '104829371650293847162';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH26_CREDENTIALS: DraftRecord[] = [
  // ── online education platform (Kursio) ───────────────────────────────────
  rec('env_file', f`Our AI tutor feature throws 429s since Monday. Here is the env of the tutor service, which limits apply per key?

${amb('source_code.snippet', f`# services/tutor/.env.production
NODE_ENV=production
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_MODEL=gpt-4o-mini
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
TUTOR_MAX_TURNS=24
REDIS_URL=redis://tutor-cache.kursio.internal:6379/2`)}`),

  rec('chat_de_at', f`Servus! Kannst du mir kurz erklären, warum bei uns die Abo-Verlängerungen im Jänner doppelt abgebucht wurden? Ich hab im Webhook-Handler den Live-Key noch fix drinnen: ${v('credential.stripe_secret_key', STRIPE_LIVE)} – ist das eh okay so oder muss der ins Secret?`),

  rec('code_php', f`Moodle-Plugin für die Zertifikate schreibt nix in die DB, config.php vom Staging:

${code(f`<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'db-staging.kursio.at';
$CFG->dbname    = 'moodle_stg';
$CFG->dbuser    = 'moodle_app';
$CFG->dbpass    = '${v('credential.password_assignment', 'Kaiserschmarrn#2024')}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://lernen-stg.kursio.at';
$CFG->dataroot  = '/var/moodledata';

require_once(__DIR__ . '/lib/setup.php');`)}

Logs sagen "Database connection failed", aber psql vom gleichen Host geht.`),

  rec('chat_zh_tw', f`請幫我看一下為什麼課程通知信都進垃圾郵件匣？我們用 SendGrid，金鑰是 ${v('credential.sendgrid_api_key', SENDGRID)}，寄件網域 mail.kursio.tw 已經做過 SPF 了。DKIM 要怎麼設定？`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
grader = pipeline("text-classification", model="kursio/essay-grader-v2")`)}

Out[3]: OSError: kursio/essay-grader-v2 is not a local folder and is not a valid model identifier

The repo is private — does the token need write access to just read it?`),

  rec('curl', f`Upload der Kursvideos zu Cloudflare Stream bricht bei grossen Dateien ab:

curl -X POST \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -F file=@modul-07-statistik.mp4 \\
  https://api.cloudflare.com/client/v4/accounts/3f8a2c91d7e64b05a1c8e9f2d4b7a6c3/stream

Ab ca. 200 MB kommt 413. Brauch ich tus-Upload?`),

  rec('chat_de_at', f`Hallo, unser GitHub Action für die Lernplattform pusht nicht mehr ins Content-Repo. Ich hab einen fine-grained Token angelegt (${v('credential.github_fine_grained_pat', GH_FINE)}), Contents: Read and write. Fehler: "Resource not accessible by personal access token". Was fehlt da noch?`),

  rec('code_ts', f`Sentry zeigt bei uns im Frontend nur die Hälfte der Fehler an, passt die Config?

${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4506218337452032`)}',
  environment: import.meta.env.MODE,
  release: \`kursio-web@\${__APP_VERSION__}\`,
  sampleRate: 0.5,
  tracesSampleRate: 0.1,
});`)}`),

  rec('chat_th', f`ช่วยดูหน่อยค่ะ ระบบล็อกอินด้วย Google ของแพลตฟอร์มเรียนออนไลน์ขึ้น error "redirect_uri_mismatch" ตลอด client id คือ 731940285163-k3m8q2v7n1x5c9z4b6h0j2p8r4t6w1y3.apps.googleusercontent.com และ client secret ${v('credential.google_oauth_client_secret', GOCSPX)} ต้องไปแก้ตรงไหนใน Google Cloud Console คะ`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# azure-pipelines.yml (kursio-mobile)
trigger:
  branches: { include: [ main ] }
pool: { vmImage: macos-14 }
steps:
- script: |
    git clone https://kursio-build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/kursio/mobile/_git/shared-assets assets
    npm ci && npx expo prebuild
  displayName: Fetch shared assets`)}

Build bricht ab mit "TF401019: The Git repository … does not exist" – Tippfehler oder Rechte?`),

  rec('chat', f`For the "explain my mistake" feature we call two providers. Prod key for the fallback is ${v('credential.anthropic_api_key', ANTHROPIC_2)}. Can you write a small retry wrapper in TypeScript that switches provider after two 529s?`),

  // ── food-delivery app (Snackr) ───────────────────────────────────────────
  rec('android_xml', f`A app dos estafetas não mostra o mapa em Lisboa, só cinzento. strings.xml:

${amb('source_code.snippet', f`<resources>
    <string name="app_name">Snackr Rider</string>
    <string name="google_maps_key" translatable="false">${v('credential.google_api_key', GOOGLE)}</string>
    <string name="support_url">https://ajuda.snackr.pt</string>
</resources>`)}

A chave tem restrição por package name. Pode ser isso?`),

  rec('chat_pt', f`Olá! Os SMS de confirmação de encomenda deixaram de sair ontem à noite. Estou a usar a Twilio com a conta ${v('credential.twilio_account_sid', TWILIO_SID)} e o auth token ${v('credential.twilio_auth_token', TWILIO_AUTH)}. O erro é 20003. Consegues dizer-me o que significa?`),

  rec('chat_th', f`อยากให้ช่วยเขียนสคริปต์ Python ส่งแจ้งเตือนเข้า Slack เวลามีออเดอร์ค้างเกิน 15 นาทีที่สาขาสีลม webhook ของทีมคือ ${v('credential.slack_webhook_url', SLACK_HOOK)} ขอบคุณครับ`),

  rec('env_file', f`${amb('source_code.snippet', f`# payments-gateway/.env (prod, copied from the vault export)
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
PAYOUT_CURRENCY=EUR
TIP_SPLIT_RIDER=1.0`)}

Webhook signature verification fails only for payout.paid events. Anything obvious?`),

  rec('aws_credentials', f`Ahoj, prečo mi aws cli hlási "SignatureDoesNotMatch"? Súbor ~/.aws/credentials mám takto:

${amb('source_code.snippet', f`[snackr-bratislava]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Hodiny na notebooku sedia, kontroloval som to.`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  orders-api:
    image: registry.snackr.io/orders-api:3.41.0
    environment:
      DATABASE_URL: postgres://orders:${v('credential.database_url_password', 'Pastel-de-Nata-77')}@orders-db:5432/orders
      KAFKA_BROKERS: kafka-1:9092,kafka-2:9092
    depends_on: [orders-db]
  orders-db:
    image: postgres:16
    volumes: [ "pgdata:/var/lib/postgresql/data" ]`)}

After upgrading to postgres 16 the API says "password authentication failed for user orders". Same password as before.`),

  rec('chat_sw', f`Habari, naomba msaada na M-Pesa STK push kwa app yetu ya chakula Nairobi. Nimeweka hizi kwenye config:

${amb('source_code.snippet', f`MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', DARAJA_KEY)}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', DARAJA_SECRET)}
MPESA_SHORTCODE=174379
MPESA_PASSKEY=${v('credential.generic_secret_assignment', DARAJA_PASSKEY)}
MPESA_CALLBACK_URL=https://api.snackr.co.ke/mpesa/callback`)}

Inarudisha "Invalid Access Token" kila mara. Je, token inaisha baada ya saa moja?`),

  rec('chat', f`Rider app offline tiles: I put the Mapbox secret token ${v('credential.mapbox_secret_token', MAPBOX)} into ~/.gradle/gradle.properties as MAPBOX_DOWNLOADS_TOKEN but the SDK download still 401s. Does the token need another scope?`),

  rec('helm_values', f`${amb('source_code.snippet', f`datadog:
  site: datadoghq.eu
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
clusterAgent:
  enabled: true`)}

Which of these values should move to an existing secret? We use the official chart 3.70.`),

  rec('curl', f`Rider shift endpoint returns 403 only for Lisbon riders:

curl -s https://rider-api.snackr.io/v2/shifts/current \\
  -H "Authorization: Bearer ${v('credential.jwt', RIDER_JWT)}" \\
  -H "X-City: LIS"

{"error":"forbidden","detail":"rider not assigned to zone"}`),

  rec('code_python', f`Quero traduzir os menus automaticamente com a Groq, o script está lento demais:

${code(f`from groq import Groq

client = Groq(api_key="${v('credential.groq_api_key', GROQ)}")

def traduzir(prato: str, lingua: str = "en") -> str:
    r = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": f"Traduz para {lingua}: {prato}"}],
    )
    return r.choices[0].message.content

for prato in menu:
    print(traduzir(prato))`)}`),

  // ── fitness-club chain (PulseHall) ───────────────────────────────────────
  rec('chat_de_ch', f`Grüezi, chönd Sie mir hälfe? Mir wänd de Newsletter vo Mailchimp zu Brevo migriere. De alt Mailchimp-Key isch ${v('credential.mailchimp_api_key', MAILCHIMP)}, de neu Brevo-Key ${v('credential.brevo_api_key', BREVO)}. Chönd Sie es Python-Skript schriibe, wo d Mitglieder-Liste "Studio Oerlikon" mit de Tags übernimmt?`),

  rec('router_config', f`Filiale Linz: Türsteuerung und Kassen hängen am neuen Router, aber das VLAN 30 kommt nicht hoch. Config-Auszug:

${amb('source_code.snippet', f`hostname PH-LNZ-RTR01
!
enable secret 0 ${v('credential.network_device_secret', 'Hantelbank!Linz24')}
username pulseadmin privilege 15 secret 0 ${v('credential.network_device_secret', 'Kettlebell-77-Rtr')}
!
interface GigabitEthernet0/0.30
 encapsulation dot1Q 30
 ip address ${amb('pii.ip_address', '10.30.30.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'ph-lnz-monitor')} RO`)}`),

  rec('chat_hu', f`Szia! Le tudnád fordítani angolra? "A budaörsi klub beléptető kioszkjának admin felülete: felhasználó: kiosk_admin, a jelszó ${v('credential.password_in_prose', 'Zsiroskenyer!88')} — kérlek, első belépés után változtasd meg."`),

  rec('config', f`${amb('source_code.snippet', f`{
  "Storage": {
    "ProgressPhotos": "DefaultEndpointsProtocol=https;AccountName=pulsehallmedia;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "member-progress"
  }
}`)}

Uploads from the member app work but the thumbnails function can't read the blobs — same connection string. Why?`),

  rec('chat', f`Merch shop sync: our Shopify admin token ${v('credential.shopify_access_token', SHOPIFY)} is used by the PulseHall app to pull product stock. Since the API version bump to 2024-10 it returns 406. What changed?`),

  rec('chat_de_ch', f`Chan mer öpper säge, werum d Azure-App fürs Power-BI-Reporting nüme aamäldet? Tenant: pulsehall.ch, Client Secret: ${v('credential.azure_client_secret', AZ_CLIENT)}. Fehler AADSTS7000215. Isch de Secret abgloffe?`),

  rec('env_file', f`${amb('source_code.snippet', f`# booking-app/.env.local
NEXT_PUBLIC_SUPABASE_URL=https://pxqmhtlkzwrdvbnejcya.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=<anon key from dashboard>
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
CLASS_CAPACITY_DEFAULT=22`)}

Kurse buchen geht lokal, auf Vercel kommt "permission denied for table bookings". RLS?`),

  rec('chat_hu', f`A terem kamerarendszerének NVR-jét reseteltük, és most nem enged be. Ez volt a régi belépés: admin / ${v('credential.password_in_prose', 'Kardio-Terem-2023')} — a gyári alapértelmezett jelszó mi lehet egy Hikvision NVR-en?`),

  // ── asset manager / hedge fund (Fjordlight Capital) ─────────────────────
  rec('config', f`${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "RiskDb": "Server=tcp:fjl-risk-sql.database.windows.net,1433;Database=risk;User ID=risk_batch;Password=${v('credential.connection_string_password', 'Nordlys#Hedge2024')};Encrypt=True;TrustServerCertificate=False;",
    "MarketData": "Server=md-01.fjordlight.local;Database=ticks;Integrated Security=true;"
  },
  "VaR": { "Confidence": 0.99, "HorizonDays": 10 }
}`)}

The nightly VaR job times out on RiskDb after the move to Azure SQL. Connection or query?`),

  rec('notebook', f`In [2]:
${amb('source_code.snippet', f`from databricks import sql
conn = sql.connect(
    server_hostname="adb-5827391046281537.17.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9c41e7b2d83f5a06",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
df = conn.cursor().execute("select * from pm.positions where book = 'MACRO-2'").fetchall_arrow().to_pandas()`)}

Out[2]: ServerOperationError: [TABLE_OR_VIEW_NOT_FOUND]

It exists in Unity Catalog under fjl_prod.pm.positions — do I need the catalog in the query?`),

  rec('chat_no', f`Hei, vi har byttet prime broker og må sende posisjonsfilene kryptert. Kan du forklare hvorfor gpg klager på denne nøkkelen? Den ligger på SFTP-serveren i dag:

${v('credential.pgp_private_key', PGP)}

Feilen er "gpg: key ... secret key not available".`),

  rec('runbook_no', f`Rutine for oppgjørsfiler til depotbanken (utkast — gjør den tydeligere):

1. Logg inn på sftp-gw01 som fjl_settle.
2. Nøkkelen ligger foreløpig her, skal flyttes til Vault neste uke:

${v('credential.openssh_private_key', OSSH)}

3. Last opp MT54x-filene til /inbound før kl. 16:30 CET.`),

  rec('shell', f`vault kv get fails from the research box but works from my laptop:

$ export VAULT_ADDR=https://vault.fjordlight.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/pm/bloomberg
Error making API request.
Code: 403. Errors: * permission denied`),

  rec('code_python', f`${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', tok('sk-ant-', 'api03-', fill('b26-ant3', B64URL, 93), 'AA'))}")

def summarise_filing(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system="You summarise 10-K risk factors for a PM. Bullet points, no advice.",
        messages=[{"role": "user", "content": text[:150_000]}],
    )
    return msg.content[0].text`)}

Research wants this over 400 filings a night — how do I batch it cheaply?`),

  rec('fix_config', f`QuickFIX/J session won't log on to the broker's UAT:

${amb('source_code.snippet', f`[DEFAULT]
ConnectionType=initiator
HeartBtInt=30
FileStorePath=store
StartTime=00:00:00
EndTime=23:59:59

[SESSION]
BeginString=FIX.4.4
SenderCompID=FJORDLIGHT_UAT
TargetCompID=PBX_UAT
SocketConnectHost=fix-uat.pbx-markets.com
SocketConnectPort=9878
Password=${v('credential.password_assignment', 'Skrei-Lofoten-19')}`)}

Logon gets rejected with "Invalid password" — does QFJ even send the Password tag (554) from the settings?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (risk-models)
variables:
  PIP_INDEX_URL: https://__token__:${v('credential.gitlab_pat', GLPAT)}@gitlab.fjordlight.local/api/v4/projects/112/packages/pypi/simple
test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q tests/`)}

pip can't find our internal package fjl-curves. Is the URL right?`),

  rec('log', f`${amb('source_code.snippet', f`2024-11-14 06:02:11,417 DEBUG httpx: HTTP Request: GET https://api.fjl-datahub.local/v3/prices?isin=NO0010096985&from=2024-11-13 "HTTP/1.1 200 OK"
2024-11-14 06:02:11,418 DEBUG datahub.client: headers={'authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'accept': 'application/json'}
2024-11-14 06:02:11,980 INFO  pricing: 1 843 prices loaded`)}

Can you make our logging config mask the authorization header?`),

  // ── music label & streaming (Sonaro) ────────────────────────────────────
  rec('chat_nl_be', f`Hey, kunt ge eens kijken waarom onze Discord-bot voor de fanclub om de paar uur offline gaat? Token staat hardcoded in bot.js: ${v('credential.discord_bot_token', DISCORD_BOT)}. Amai, 't is al de derde keer deze week.`),

  rec('code_python', f`${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183947561

def announce_release(artist: str, title: str, url: str) -> None:
    text = f"🎧 Nieuw van {artist}: {title}\\n{url}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)`)}

Berichten komen dubbel binnen in het kanaal. Waarom?`),

  rec('npmrc', f`Web player build on CI can't install @sonaro/player-core:

${amb('source_code.snippet', f`@sonaro:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

npm ERR! 404 Not Found - GET https://registry.npmjs.org/@sonaro%2fplayer-core`, 'npm token that is also the .npmrc _authToken value: two labels on one span'),

  rec('gcp_sa', f`BigQuery royalty job fails with "invalid_grant: Invalid JWT Signature". Service account file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "sonaro-royalties",
  "private_key_id": "${fill('b26-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${v('pii.email', 'royalty-batch@sonaro-royalties.iam.gserviceaccount.com')}",
  "client_id": "${GCP_CLIENT}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('http', f`De distributeur wil dat we de DDEX-feed zo ophalen, maar we krijgen 401:

${amb('source_code.snippet', f`GET /ddex/ern/4.3/deliveries?since=2024-11-01 HTTP/1.1
Host: feeds.distrib-benelux.eu
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/xml`)}

Klopt dat header-formaat?`),

  rec('docker_config', f`${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

This is ~/.docker/config.json on the transcoding runner. Pulls of sonaro/transcoder are rate-limited as if anonymous. Why?`),

  rec('chat', f`Can you write a script that creates a Linear issue for every failed ingestion in our catalogue pipeline? API key: ${v('credential.linear_api_key', LINEAR)}, team "CAT".`),

  rec('chat_nl_be', f`Zet da eens om naar een proper Python-script: bij elke nieuwe release een bericht naar ${v('credential.discord_webhook_url', DISCORD_HOOK)} met artiest, titel en de Spotify-link.`),

  rec('chat_sw', f`Samahani, naomba unisaidie kuandika barua pepe kwa msanii wetu wa Dar es Salaam. Anahitaji kuingia kwenye dashibodi ya takwimu za streaming: jina la mtumiaji ni zuhura.studio na nenosiri ni ${v('credential.password_in_prose', 'Bongo-Flava#2024')}. Aambiwe abadilishe nenosiri mara moja.`),

  // ── car dealer network (Brenner Auto Gruppe) ─────────────────────────────
  rec('chat_sk', f`Ahoj, potrebujem pomôcť s e-mailom pre nového predajcu v pobočke Trnava. Prístup do DMS: používateľ m.kovac, heslo je ${v('credential.password_in_prose', 'Tatra-Octavia-55')}, pri prvom prihlásení ho musí zmeniť. Napíš to slušne a krátko.`),

  rec('shell', f`Nightly export of the used-car stock to the portals hangs:

${code(f`#!/bin/bash
set -euo pipefail
OUT=/srv/export/bestand-$(date +%Y%m%d).csv
mysql -h dms-db.brenner.local -u export_job -p'${v('credential.mysql_cli_password', 'Gebrauchtwagen!2024')}' dms \\
  -e "SELECT vin, marke, modell, km, preis FROM fahrzeuge WHERE status='verfuegbar'" \\
  --batch > "$OUT"
curl -sf -T "$OUT" sftp://portal-upload.willhaben.at/inbound/`)}`),

  rec('powershell', f`Die Werkstatt-Benachrichtigung in Teams kommt seit gestern nicht mehr an:

${amb('source_code.snippet', f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "Fahrzeug W-48213K fertig zur Abholung – Filiale Wien-Liesing" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -Body $msg -ContentType 'application/json; charset=utf-8'`)}

Fehler 400 "Webhook Bad Request – Invalid webhook URL". Haben die das umgestellt?`),

  rec('curl', f`Jira Service Management: Tickets aus dem Werkstatt-Portal anlegen klappt nicht.

curl -u ${v('pii.email', 'it.service@brenner-auto.at')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://brenner-auto.atlassian.net/rest/servicedeskapi/request \\
  -d '{"serviceDeskId":"4","requestTypeId":"27","requestFieldValues":{"summary":"Hebebühne 3 defekt"}}'

Antwort: 401 Unauthorized`),

  rec('chat_hu', f`Sziasztok, a szegedi kereskedés új webes autókeresőjét DigitalOceanre tennénk. A token: ${v('credential.digitalocean_token', DO_TOKEN)}. Írnál egy Terraform konfigot egy 2 GB-os droplethez Frankfurtba?`),

  rec('pem', f`The OEM vehicle-data API wants us to sign requests with this key. Is it PKCS#1 or PKCS#8, and how do I convert it for Java?

${v('credential.private_key', RSA)}`),

  rec('code_ts', f`${code(f`// sync-dealers.ts — provisions Okta users for new sales staff
const OKTA_ORG = 'https://brenner-auto.okta-emea.com';
const OKTA_TOKEN = '${v('credential.okta_api_token', OKTA)}';

export async function createUser(u: { first: string; last: string; email: string; branch: string }) {
  const res = await fetch(\`\${OKTA_ORG}/api/v1/users?activate=true\`, {
    method: 'POST',
    headers: { Authorization: \`SSWS \${OKTA_TOKEN}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ profile: { firstName: u.first, lastName: u.last, email: u.email, login: u.email, branch: u.branch } }),
  });
  if (!res.ok) throw new Error(\`Okta \${res.status}\`);
}`)}

Why do users from the Slovak branches get "login: Username must be unique"?`),

  rec('chat_de_at', f`Hallo, für die Probefahrt-App brauch ich einen GitHub-Token im Build. Hab den hier genommen: ${v('credential.github_pat', GHP)} – classic, repo-Scope. Is des gscheit oder soll ich einen fine-grained nehmen?`),

  rec('chat', f`Notion sync for the dealer handbook stopped: integration token ${v('credential.notion_token', NOTION)}, page shared with the integration. The API says "object_not_found". Is it the page ID format?`),

  rec('chat_no', f`Kan du lage en kort e-post til den nye analytikeren? Hun skal logge inn på Bloomberg-terminalen i Oslo med brukernavn FJL_ANALYST3 og midlertidig passord ${v('credential.password_in_prose', 'Fiskesuppe-2024!')}, og må bytte det første gang.`),

  rec('chat_zh_tw', f`我們的直播課程平台要接 OpenAI，後端同事把金鑰直接寫在前端了：${v('credential.openai_api_key', OPENAI_2)}。這樣有什麼風險？要怎麼改成走後端代理？`),
];
