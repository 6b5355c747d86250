/**
 * Held-out batch 43: credentials pasted by a regional newspaper, a greenhouse tomato grower, a private
 * ambulance service, a chip-equipment spare-parts distributor, a language school for migrants and a
 * municipal water utility — configs, CI, climate computers, SCADA, dispatch and chat. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b43-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b43-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b43-whsec', B62, 32));
const MAILCHIMP = tok(fill('b43-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b43-brevo1', HEX, 64), '-', fill('b43-brevo2', B62, 16));
const SENDGRID = tok('SG.', fill('b43-sg1', B64URL, 22), '.', fill('b43-sg2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '7719304826153-', fill('b43-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7Q2M9', '/', 'B07H3N8R2VX', '/', fill('b43-slhook', B62, 24));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b43-gapi', B64URL, 33));
const GOOGLE_KEY2 = tok('AIza', 'Sy', fill('b43-gapi2', B64URL, 33));
const SENTRY_KEY = fill('b43-sentry', HEX, 32);
const OPENAI = tok('sk-', 'proj-', fill('b43-oai1', B64URL, 58), 'T3BlbkFJ', fill('b43-oai2', B64URL, 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b43-ant', B64URL, 93), 'AA');
const TWILIO_SID = tok('AC', fill('b43-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b43-twtok', HEX, 32);
const TWILIO_SK = tok('SK', fill('b43-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b43-twsks', B62, 32);
const TELEGRAM = tok('7304918265', ':AA', fill('b43-tg', B64URL, 33));
const GRAFANA_SA = tok('glsa_', fill('b43-glsa1', B62, 32), '_', fill('b43-glsa2', HEX, 8));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'pohjolan-ensihoito', a: fill('b43-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b43-mbx', B64URL, 22));
const AZURE_CLIENT_SECRET = tok(fill('b43-azcs0', B62, 3), '8Q~', fill('b43-azcs', B62 + '_.-', 31));
const AZURE_STORAGE = `${fill('b43-azst', B64, 86)}==`;
const AWS_ID = tok('AKIA', fill('b43-akia', UPPER + '234567', 16));
const AWS_SECRET = fill('b43-awssec', B64, 40);
const GHP = gh('ghp', 'Tk4Vb8Nm2Qx6Rz1Lc9Wp3Hy7Jd5Fs0');
const GLPAT = tok('glpat-', fill('b43-glpat', B62 + '-_', 20));
const NPM = gh('npm', 'Yh3Gt7Kb1Mz5Qw9Nc2Lx6Vr8Ps4Dj0');
const DCKR = tok('dckr_', 'pat_', fill('b43-dckr', B64URL, 27));
const JFROG = tok('AKCp', fill('b43-jfrog', B62, 69));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b43-atl', B64URL, 171), '=', fill('b43-atl2', HEX.toUpperCase(), 8));
const OKTA = tok('00', fill('b43-okta', B64URL, 40));
const NOTION = tok('ntn_', fill('b43-ntn1', DIGITS, 11), fill('b43-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b43-at1', B62, 14), '.', fill('b43-at2', HEX, 64));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1219384756201938475', '/', fill('b43-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://vodarna-trebovice.webhook.office.com/webhookb2/', '6e2b9c14-8f03-4d7a-b5e1-29c4a7f0d386@0c7d5e21-94ab-4f38-a6e2-71b9d3c05f48/IncomingWebhook/', fill('b43-teams1', HEX, 32), '/', '8a4f2c61-d73e-4b09-9c15-e26b8f4a0d73/', 'V2', fill('b43-teams2', B64URL, 43));
const VAULT = tok('hvs.', fill('b43-vault', B64URL, 91));
const TFC = tok(fill('b43-tfc1', B62, 14), '.atlasv1.', fill('b43-tfc2', B62, 67));
const DD_API = fill('b43-ddapi', HEX, 32);
const DD_APP = fill('b43-ddapp', HEX, 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b43-dop', HEX, 64));
const CF_TOKEN = fill('b43-cftok', B62 + '_-', 40);
const HF = tok('hf_', fill('b43-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b43-groq', B62, 52));
const LINEAR = tok('lin_', 'api_', fill('b43-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b43-pm1', HEX, 24), '-', fill('b43-pm2', HEX, 34));
const SUPABASE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'mkqzhtvrwplbnxdyfacs', role: 'service_role', iat: 1733820415, exp: 2049396415 }, 'b43-supa');
const DISPATCH_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'disp-2025-01' }, { sub: 'unit-EH-231', aud: 'dispatch-api', scope: 'status:write position:write', iat: 1736150400, exp: 1767686400 }, 'b43-dispjwt');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b43-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b43-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EC_KEY = pem('EC PRIVATE KEY', 'b43-ec', 121);
const GCP_PEM = pem('PRIVATE KEY', 'b43-gcp', 1216, '\\n');
const DOCKER_AUTH = b64('kestrel-ci:' + fill('b43-dockpw', B62, 24));
const BASIC = b64('meterapp:' + 'Vodomer#Leto2024');
const BEARER = fill('b43-bearer', B62, 48);
const INFLUX = `${fill('b43-influx', B64URL, 86)}==`;
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b43-pypi', B64URL, 160));
const SHOPIFY = tok('shpat_', fill('b43-shpat', HEX, 32));
const NEWRELIC = tok('NRAK-', fill('b43-nrak', UPPER + DIGITS, 27));
const PULUMI = tok('pul-', fill('b43-pulumi', HEX, 40));

export const BATCH43_CREDENTIALS: DraftRecord[] = [
  // ── regional newspaper (Elbe-Kurier, Lüneburg) ──
  rec('wp_config', f`Nach dem Umzug auf den neuen Server zeigt die Seite nur "Error establishing a database connection". Hier die wp-config.php (Ausschnitt):

${amb('source_code.snippet', f`define( 'DB_NAME', 'ekurier_wp' );
define( 'DB_USER', 'ekurier_web' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Heide-Blick!2019')}' );
define( 'DB_HOST', 'db02.elbe-kurier.intern:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ek_';`)}

Was muss ich beim DB_HOST mit Port beachten?`),

  rec('env_file', f`Subscriptions desk: the renewal webhook stopped firing after we rotated keys. Our .env on the abo-service:

${amb('source_code.snippet', f`NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_PRICE_DIGITAL_MONTHLY=price_1QbX7mLkq2Rz9Tn4Vd8Hc3Ws
ABO_DB_URL=postgres://abo_app:${v('credential.database_url_password', 'Zeitungsjunge_77')}@pg-abo.elbe-kurier.intern:5432/abo`)}

Do I need to re-create the endpoint in the dashboard or just update the secret?`),

  rec('chat', f`kurze Frage: der Praktikant braucht für das Reporting nur Lesezugriff auf Zahlungen. Reicht der Restricted Key ${v('credential.stripe_restricted_key', STRIPE_RK)} oder sieht er damit auch Kundendaten?`),

  rec('chat_de', f`Newsletter-Umzug von Mailchimp zu Brevo: alter Key ${v('credential.mailchimp_api_key', MAILCHIMP)}, neuer Key ${v('credential.brevo_api_key', BREVO)}. Schreib mir bitte ein Python-Skript, das die Liste "Morgenlage" mit allen Tags rüberkopiert.`),

  rec('code_python', f`Das Skript für die Todesanzeigen-Bestätigungen verschickt nichts mehr, SendGrid antwortet 403:

\`\`\`python
${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def confirm(order):
    msg = Mail(
        from_email="${v('pii.email', 'anzeigen@elbe-kurier.de')}",
        to_emails=order.email,
        subject=f"Ihre Traueranzeige Nr. {order.id}",
        html_content=render("confirm.html", order=order),
    )
    return sg.send(msg)`)}
\`\`\``),

  rec('slack_bot', f`Our "Blaulicht" bot posts police reports from the RSS feed into #lokales. After the Slack app reinstall it says not_in_channel. Config:

${amb('source_code.snippet', f`feeds:
  - url: https://www.presseportal.de/blaulicht/r/L%C3%BCneburg.rss2
    channel: C05LKQ9T2HX
slack:
  bot_token: "${v('credential.slack_bot_token', SLACK_BOT)}"
  alert_webhook: "${v('credential.slack_webhook_url', SLACK_HOOK)}"
poll_seconds: 120`)}`),

  rec('chat', f`Die Wahlkarte auf der Website zeigt "This page can't load Google Maps correctly". Der Key im Embed ist ${v('credential.google_api_key', GOOGLE_KEY)}, Referrer ist *.elbe-kurier.de/*. Fehlt da die Maps JavaScript API?`),

  rec('js_config', f`Sentry bekommt seit dem Relaunch keine Fehler mehr aus dem Paywall-Frontend:

${amb('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508112.ingest.de.sentry.io/4508112739950672`)}",
  release: "paywall@3.8.1",
  tracesSampleRate: 0.1,
  environment: "production",
});`)}`),

  rec('chat', f`I want to auto-summarise the council meeting transcripts for the Lokalteil. Can you fix this call? It gives 401.
curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ${v('credential.openai_api_key', OPENAI)}" -H "Content-Type: application/json" -d @ratssitzung.json`),

  rec('ftp_prose', f`Hi, can you write a short how-to for the freelance photographers? They upload to our FTP: host upload.elbe-kurier.de, user "foto_frei", Passwort ${v('credential.password_in_prose', 'Ilmenau_Kran_58')}. Folder per day, name files with date and place.`),

  // ── greenhouse tomato grower (De Zonnehoek, Westland + Jalisco) ──
  rec('climate_gw', f`De klimaatcomputer-gateway stuurt geen data meer naar Grafana. Dit is de config van de Modbus-naar-MQTT bridge in kas 4:

${amb('source_code.snippet', f`[modbus]
host = ${amb('pii.ip_address', '192.168.40.21')}
port = 502
unit_id = 3
poll_ms = 5000

[mqtt]
broker = mqtt.zonnehoek.local
port = 8883
username = kas4-bridge
password = ${v('credential.password_assignment', 'Trostomaat#4Kas')}
topic_prefix = kassen/kas4/klimaat`)}

Broker log zegt "not authorised". Ligt het aan de TLS-poort?`),

  rec('influx', f`Telegraf on the boiler-house PC fails to write to InfluxDB 2, "unauthorized access". telegraf.conf:

${amb('source_code.snippet', f`[[outputs.influxdb_v2]]
  urls = ["http://${amb('pii.ip_address', '10.40.0.15')}:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "zonnehoek"
  bucket = "ketelhuis"

[[inputs.modbus]]
  name = "wkk"
  controller = "tcp://${amb('pii.ip_address', '10.40.0.30')}:502"`)}`),

  rec('chat', f`Grafana service account token for the kas dashboards on the TV in the packing hall: ${v('credential.grafana_service_account_token', GRAFANA_SA)} — does it expire? The screen went black over the weekend.`),

  rec('code_python', f`This sends the shift SMS to the seasonal workers. Twilio says "Authenticate" error since Monday:

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def send_shift(worker, shift):
    body = f"{worker.first_name}, morgen {shift.start:%H:%M} kas {shift.greenhouse}, rij {shift.rows}"
    return client.messages.create(to=worker.phone, from_="${phone('+3197010259344')}", body=body)`)}`),

  rec('chat_es_mx', f`Oye, el bot de Telegram que manda las alarmas de temperatura del invernadero 2 en Tlajomulco ya no contesta. El token es ${v('credential.telegram_bot_token', TELEGRAM)} y el chat_id -1002194837615. ¿Cómo reviso si el webhook sigue activo?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  nodered:
    image: nodered/node-red:4.0
    environment:
      - TZ=Europe/Amsterdam
      - PRIVA_API_USER=zonnehoek-nr
      - PRIVA_API_PASSWORD=${v('credential.password_assignment', 'Kas12-Lichtsom')}
    volumes: ["./data:/data"]
    ports: ["1880:1880"]
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Gietwater_2024')}`)}
Kun je hier een .env-variant van maken zodat de wachtwoorden niet in git komen?`),

  rec('azure_iot', f`Irrigation controllers push to Azure. Connection string from the portal, is the format right for the Python SDK?
HostName=zonnehoek-iot.azure-devices.net;DeviceId=gietunit-07;SharedAccessKey=${v('credential.connection_string_password', `${fill('b43-iotkey', B64, 43)}=`)}`),

  rec('chat_nl', f`Ik heb voor de nieuwe oogstregistratie-app een Supabase service key gekregen van de bouwer: ${v('credential.jwt', SUPABASE_JWT)}. Mag die gewoon in de Android-app of moet dat anders?`),

  rec('storage', f`Camera snapshots of the trusses go to blob storage for the ripeness model. The upload fails with 403:

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=zhkascamera;AccountKey=${v('credential.azure_storage_key', AZURE_STORAGE)};EndpointSuffix=core.windows.net`)}`),

  // ── private ambulance service (Pohjolan Ensihoito, Vaasa) ──
  rec('code_ts', f`Ajoneuvopäätteet lähettävät sijainnin tällä, mutta kartta-API palauttaa 401:

${code(f`const MAPBOX_TOKEN = '${v('credential.mapbox_secret_token', MAPBOX)}';

export async function routeTo(dest: LngLat, from: LngLat): Promise<Route> {
  const url = \`https://api.mapbox.com/directions/v5/mapbox/driving-traffic/\${from.lng},\${from.lat};\${dest.lng},\${dest.lat}?access_token=\${MAPBOX_TOKEN}&overview=full\`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`mapbox \${res.status}\`);
  return (await res.json()).routes[0];
}`)}`),

  rec('http', f`Status updates from unit EH-231 get rejected by the dispatch API with "invalid_token". Request from the MDT log:

${amb('source_code.snippet', f`POST /api/v2/units/EH-231/status HTTP/1.1
Host: dispatch.pohjolan-ensihoito.fi
Authorization: Bearer ${v('credential.jwt', DISPATCH_JWT)}
Content-Type: application/json

{"status":"AT_HOSPITAL","ts":"2025-01-14T09:42:11+02:00"}`)}`),

  rec('router_cfg', f`Ambulanssin 4G-reitittimen konfiguraatio, VPN ei nouse. Tässä ote:

${amb('source_code.snippet', f`hostname EH-231-RTR
!
username servicetech privilege 15 password 0 ${v('credential.network_device_secret', 'Ambu!Vaasa2023')}
!
crypto isakmp key ${v('credential.network_device_secret', 'Pohjola-VPN-psk-88')} address 0.0.0.0
crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
!
interface Cellular0/1/0
 ip address negotiated`)}`),

  rec('chat_sv', f`Kan du skriva en kort instruktion till de nya ambulansvårdarna i Jakobstad? Surfplattan i bilen loggar in på journalsystemet med användaren "ensihoito.jbs" och lösenordet ${v('credential.password_in_prose', 'Blåljus#Jbs24')}, det byts varje kvartal.`),

  rec('azure_app', f`Teams-integraatio vuorolistoille, Graph API palauttaa AADSTS7000215. Sovelluksen asetukset:

${amb('source_code.snippet', f`{
  "TenantId": "4b7e2a91-0c3d-4f56-8e21-a9d07c3b5f64",
  "ClientId": "c93f1e07-5a2b-48d6-b0e4-7f61a2c8d935",
  "ClientSecret": "${v('credential.azure_client_secret', AZURE_CLIENT_SECRET)}",
  "Scopes": ["https://graph.microsoft.com/.default"]
}`)}`),

  rec('chat', f`The patient-transport booking page uses Google Places autocomplete, key ${v('credential.google_api_key', GOOGLE_KEY2)}. Finance says we got a 900 € bill last month. How do I restrict it to our domain and to Finland?`),

  rec('twilio', f`Callback SMS to patients ("ambulance arriving in 10 min") goes through Twilio API keys now, not the account token. Is this right?
TWILIO_API_KEY=${v('credential.twilio_api_key', TWILIO_SK)}
TWILIO_API_SECRET=${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', tok('AC', fill('b43-twsid2', HEX, 32)))}`),

  // ── semiconductor-equipment spare-parts distributor (Kestrel Wafer Parts) ──
  rec('aws_creds', f`재고 동기화 스크립트가 화성 창고 서버에서만 실패합니다. ~/.aws/credentials 내용:

${amb('source_code.snippet', f`[kestrel-inventory]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-northeast-2`)}

SignatureDoesNotMatch 오류가 나요. 시간 동기화 문제일까요?`),

  rec('ci_yaml', f`GitHub Actions can't pull our private parts-catalog package:

${amb('source_code.snippet', f`- name: Install
  run: |
    echo "//npm.pkg.github.com/:_authToken=${v('credential.github_pat', GHP)}" > ~/.npmrc
    echo "@kestrel:registry=https://npm.pkg.github.com" >> ~/.npmrc
    npm ci`)}

I know, hard-coded. Just tell me why it 403s.`),

  rec('gitlab', f`git push to the RMA-portal repo asks for a password every time. I set the remote like this:
git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.kestrelparts.com/rma/portal.git
still prompts. Windows credential manager interfering?`),

  rec('npmrc', f`${amb('source_code.snippet', f`registry=https://registry.npmjs.org/
@kestrel-parts:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}
npm publish says "You must be logged in to publish packages" with this .npmrc — what's wrong?`),

  rec('docker_config', f`Jenkins agent in Kiryat Gat can't pull from Docker Hub, rate-limited as anonymous. ~/.docker/config.json:

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

and in Jenkins we also tried docker login -u kestrelci -p ${v('credential.dockerhub_pat', DCKR)}`),

  rec('chat', f`Artifactory in Veldhoven: my API key ${v('credential.jfrog_api_key', JFROG)} is deprecated they say. What's the curl to create an access token from it before it's disabled?`),

  rec('curl', f`Jira automation for RMA tickets, returns 401:

curl -u "${v('pii.email', 'it-integrations@kestrelparts.com')}:${v('credential.atlassian_api_token', ATLASSIAN)}" \\
  -H "Content-Type: application/json" \\
  https://kestrelparts.atlassian.net/rest/api/3/search?jql=project%3DRMA`),

  rec('sap_rfc', f`Kết nối RFC từ script Python tới SAP bị lỗi "Name or password is incorrect". File cấu hình:

${amb('source_code.snippet', f`[SAP_PRD]
ashost = sap-prd.kestrelparts.com
sysnr = 00
client = 300
user = RFC_VN_STOCK
passwd = ${v('credential.password_assignment', 'Saigon#Rfc2025')}
lang = EN`)}

Tài khoản này có bị khóa sau 3 lần sai không?`),

  rec('ssh_key', f`New Batam warehouse scanner server: I pasted my deploy key but ssh still says "invalid format". This is the file:

${v('credential.openssh_private_key', OSSH)}

Maybe Windows line endings?`),

  rec('okta', f`SCIM sync from Okta to the parts portal stopped. Using this to debug:
curl -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" https://kestrelparts.okta.com/api/v1/groups?q=portal-kr`),

  rec('shopify', f`Our B2B spare-parts webshop (Shopify Plus) — inventory push from ERP fails with 401:
X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHOPIFY)}
Is it because the custom app was reinstalled?`),

  rec('chat_he', f`אני מנסה לחבר את הסקריפט של מחירונים ל-Claude, מקבל authentication_error. המפתח: ${v('credential.anthropic_api_key', ANTHROPIC)} — אולי הוא של ארגון אחר?`),

  rec('pem_chat', f`Certificate for the customer portal expires Friday. The hosting company asks for the key in PEM format, is this the right one?

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_id', f`Halo, mau tanya. Script laporan stok gudang Batam pakai token Airtable ${v('credential.airtable_pat', AIRTABLE)} tapi error 403 INVALID_PERMISSIONS. Apakah scope-nya kurang?`),

  // ── language school for migrants (Escola Ponte, Lisboa) ──
  rec('moodle', f`O Moodle da escola mostra "Error reading from database" desde a atualização. config.php:

${amb('source_code.snippet', f`<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'mariadb';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle_ponte';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '${v('credential.password_assignment', 'Tejo-Ponte#2022')}';
$CFG->wwwroot   = 'https://aprender.escolaponte.pt';`)}`),

  rec('gcp_sa', f`Service account for the Google Classroom sync, the library says "invalid_grant". Key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "escolaponte-classroom",
  "private_key_id": "${fill('b43-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'classroom-sync@escolaponte-classroom.iam.gserviceaccount.com')}",
  "client_id": "104837261950382716493",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}`),

  rec('chat_pt', f`Podes escrever um e-mail para os voluntários? O acesso à plataforma de presenças é: utilizador voluntarios.ponte, palavra-passe ${v('credential.password_in_prose', 'Andorinha!73')}. Pedir para não partilharem com os alunos.`),

  rec('chat_uk', f`Допоможіть, будь ласка: бот у Discord для україномовної групи не публікує розклад. Вебхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — він ще дійсний?`),

  rec('notion', f`Integration to copy the class waitlist from Notion into the spreadsheet, error "API token is invalid": ${v('credential.notion_token', NOTION)}. I shared the database with the integration already.`),

  rec('smtp_it', f`Ciao, per la sede di Milano abbiamo configurato l'invio degli attestati così, ma Gmail li rifiuta:

${amb('source_code.snippet', f`MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=${v('pii.email', 'attestati@escolaponte.it')}
MAIL_PASSWORD=${v('credential.password_assignment', 'Navigli*Corso19')}
MAIL_ENCRYPTION=tls`)}`),

  rec('chat_hi', f`भाई, HuggingFace से translation model डाउनलोड नहीं हो रहा, token ${v('credential.huggingface_token', HF)} डाला है फिर भी 401 आ रहा है। gated model है क्या?`),

  rec('chat', f`We're testing Groq for fast feedback on students' written exercises. Key ${v('credential.groq_api_key', GROQ)} works in curl but the LangChain wrapper says missing key. Which env var name does it read?`),

  // ── municipal water utility (Městská vodárna Třebovice) ──
  rec('scada_conn', f`Historian SCADA se nepřipojí k SQL serveru po výměně certifikátu. Connection string z konfigurace:

Server=tcp:hist01.vodarna.local,1433;Database=WinCC_Hist;User Id=hist_reader;Password=${v('credential.connection_string_password', 'Cerpadlo#Sever7')};Encrypt=True;TrustServerCertificate=False

Chyba: "The certificate chain was issued by an authority that is not trusted."`),

  rec('sftp_bank', f`The nightly billing export to the bank (SIPO/inkaso) fails. Cron line:
0 2 * * * /opt/billing/push.sh sftp://vodarna_inkaso:${v('credential.url_password', 'Vodovod-Jaro2025')}@sftp.banka-partner.cz:22/in/
It worked until the password change on Friday — do special chars need escaping in the URL?`),

  rec('vault', f`Terraform plan for the meter-reading backend fails reading secrets:

export VAULT_ADDR=https://vault.vodarna.local:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get secret/odecty/api

"permission denied" — is the token's policy missing kv/data?`),

  rec('tfc', f`${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}
Terraform Cloud says "unauthorized" from the CI runner but works on my laptop.`),

  rec('teams', f`Alarmy z čerpací stanice chceme posílat do Teams. Funguje to z PowerShellu, ale ne z Node-RED. URL webhooku: ${v('credential.teams_webhook_url', TEAMS_HOOK)}`),

  rec('datadog', f`Datadog agent on the billing VM: I put api_key: ${v('credential.datadog_api_key', DD_API)} and app_key: ${v('credential.datadog_app_key', DD_APP)} into datadog.yaml, but the host shows up without tags. Where do tags go in agent 7?`),

  rec('basic_auth', f`Mobilní aplikace odečtů posílá data takhle a server vrací 401. Je ta hlavička správně?

POST /odecty/v1/readings HTTP/1.1
Host: api.vodarna-trebovice.cz
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json`),

  rec('hu_chat', f`Szia! A vízmérő-leolvasó tabletek Wi-Fi jelszavát kellene lefordítani egy angol nyelvű útmutatóba: hálózat "Vizmu-Terep", jelszó ${v('credential.password_in_prose', 'Vizora_Terep!42')}. Kérlek fogalmazd meg röviden.`),

  rec('do', f`Staging of the customer self-service portal runs on DigitalOcean. doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)} — and then "Unable to initialize DigitalOcean API client". Proxy?`),

  rec('cloudflare', f`Caddy DNS challenge for portal.vodarna-trebovice.cz, using:
CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
fails with "Invalid request headers". Does the token need Zone:Read too?`),

  rec('mysql_cli', f`Export odběrných míst pro GIS: spouštím
mysql -h billing-db.vodarna.local -u gis_export -p${v('credential.mysql_cli_password', 'Hydrant22!')} odberatele -e "SELECT * FROM odberna_mista" > om.tsv
a výstup má rozbitou diakritiku. Jak nastavit utf8mb4?`),

  rec('ec_key', f`MQTT TLS client cert for the new reservoir level sensors — the vendor sent this key, the broker rejects the handshake:

${v('credential.private_key', EC_KEY)}`),

  rec('bearer', f`Mám volání na API dodavatele dálkových odečtů (wM-Bus gateway), vrací 403:
curl -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" https://gw.meterlink.eu/api/readings?site=TRB-04`),

  // ── misc ──
  rec('chat', f`New Relic license vs user key confusion. In the dispatch app's newrelic.yml I put ${v('credential.newrelic_key', NEWRELIC)} as license_key and the agent logs "Invalid license key". Is NRAK the wrong type?`),

  rec('pypirc', f`${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}
Twine still prompts for a password with this .pypirc when I publish the Modbus helper lib. Why?`),

  rec('pulumi', f`PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)} pulumi up — in the Lisbon office's CI, error: "invalid access token". Same token works for me.`),

  rec('linear_postman', f`Moving the newsroom's bug tracking: Linear key ${v('credential.linear_api_key', LINEAR)} for the import, and the Postman collection with the CMS API uses ${v('credential.postman_api_key', POSTMAN)}. Can you write the script that reads Postman issues and creates Linear tickets?`),
];
