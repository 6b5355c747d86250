/**
 * Held-out batch 113: credentials pasted by staff of a ferry operator's booking desk, dialysis-equipment
 * service engineers, a phone-sold microinsurance start-up, an orchestra's touring office, a data-centre
 * construction site's safety and access-control team and a consumer-protection agency. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b113-akia', B32, 16));
const AWS_SECRET = fill('b113-awssec', B64, 40);
const GHP = gh('ghp', fill('b113-ghp', B62, 30));
const GHO = gh('gho', fill('b113-gho', B62, 30));
const GHFG = tok('github_pat_', '11B', fill('b113-ghfg1', UPPER + DIGITS, 19), '_', fill('b113-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b113-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5820194736', '1-', '7391846205183-', fill('b113-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b113-slt', UPPER + DIGITS, 8), '/B07', fill('b113-slb', UPPER + DIGITS, 8), '/', fill('b113-slh', B62, 24));
const SK_LIVE = tok('sk_', 'live_', '51', fill('b113-sklive', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b113-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b113-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b113-oa1', B64URL, 74), 'T3BlbkFJ', fill('b113-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b113-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b113-groq', B62, 52));
const HF = tok('hf_', fill('b113-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b113-gkey', B64URL, 33));
const SA_PEM = pem('PRIVATE KEY', 'b113-sa', 1190).replace(/\n/g, '\\n');
const AZ_STORAGE = `${fill('b113-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b113-azc0', B62, 3), '8Q~', fill('b113-azc', B62 + '_-.~', 31));
const TW_SID = tok('AC', fill('b113-twsid', HEX, 32));
const TW_TOKEN = fill('b113-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b113-sg1', B64URL, 22), '.', fill('b113-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b113-mg', HEX, 32));
const MAILCHIMP = tok(fill('b113-mc', HEX, 32), '-us14');
const TELEGRAM = tok('7294816350', ':AA', fill('b113-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249382716450938172/', fill('b113-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://havnelinjen.webhook.office.com/webhookb2/', '6a2d9f14-3b7c-4e81-9d05-b8c4e1a7f263@0e7b4c91-5d28-4f3a-a6e9-1c3f8b2d7a54/IncomingWebhook/', fill('b113-teams1', HEX, 32), '/', '9c3e7a15-2f84-4b6d-81a9-e5d0c7b3f142/', 'V2', fill('b113-teams2', B64URL, 43));
const NPM = gh('npm', fill('b113-npm', B62, 30));
const DCKR = tok('dckr_', 'pat_', fill('b113-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b113-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b113-pm1', HEX, 24), '-', fill('b113-pm2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b113-lin', B62, 40));
const NOTION = tok('ntn_', fill('b113-ntn1', DIGITS, 11), fill('b113-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b113-sdsn', HEX, 32), '@o4507218.ingest.de.sentry.io/4507218394', '1');
const SENTRY_ORG = tok('sntrys_', fill('b113-sntrys', B64URL, 140));
const DD_API = fill('b113-ddapi', HEX, 32);
const NRAK = tok('NRAK-', fill('b113-nrak', UPPER + DIGITS, 27));
const VAULT = tok('hvs.', 'CAESI', fill('b113-hvs', B64URL, 90));
const DATABRICKS = tok('dapi', fill('b113-dapi', HEX, 32));
const DO_TOKEN = tok('dop_v1_', fill('b113-dop', HEX, 64));
const CF_TOKEN = fill('b113-cft', B62 + '_-', 40);
const OKTA = tok('00', fill('b113-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b113-square', B64URL, 60));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b113-age', BECH32, 58));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b113-atl', B64URL, 171), '=', fill('b113-atl2', HEX.toUpperCase(), 8));
const FIGMA = tok('figd_', fill('b113-figd', B64URL, 40));
const DROPBOX = tok('sl.', 'B', fill('b113-dbx', B64URL, 138));
const AIRTABLE = tok('pat', fill('b113-at1', B62, 14), '.', fill('b113-at2', HEX, 64));
const SUPABASE = tok('sbp_', fill('b113-sbp', HEX, 40));
const RSA = pem('RSA PRIVATE KEY', 'b113-rsa', 1190);
const EC = pem('EC PRIVATE KEY', 'b113-ec', 121);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b113-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ');
const PUTTY = `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: dialyse-svc-laptop-07
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b113-ppkpub1', B64, 39)}
${fill('b113-ppkpub2', B64, 8)}
Private-Lines: 1
AAAAI${fill('b113-ppkpriv', B64, 43)}
Private-MAC: ${fill('b113-ppkmac', HEX, 64)}`;
const K8S_KEY_B64 = b64(`${pem('EC PRIVATE KEY', 'b113-k8sec', 121)}\n`);
const B64_TOKEN = b64(tok('xoxb-', '5820194736', '1-', '6502918374615-', fill('b113-xoxb2', B62, 24)));
const DOCKER_AUTH = b64(`ferrydesk-ci:${fill('b113-dockpw', B62, 18)}`);
const BASIC = b64('orkester-api:Pauke&Horn-7731');
const BEARER = fill('b113-bearer', B62 + '-._~', 56);
const JWT_ACCESS = jwt({ alg: 'RS256', typ: 'JWT', kid: 'acs-2024-09' }, { sub: 'badge-sync', iss: 'https://access.dc-build.example/oauth', scope: 'doors:write cardholders:read', iat: 1727082041, exp: 1758618041 }, 'b113-jwt1');
const JWT_MPESA = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'agent-0417', role: 'field_agent', tenant: 'shamba-cover-ke', iat: 1726142200 }, 'b113-jwt2');
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGZ${fill('b113-pgp0', B64, 57)}\n${(b64Bytes('b113-pgp', 720).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b113-pgpcrc', B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const MPESA_KEY = fill('b113-daraja-k', B62, 48);
const MPESA_SECRET = fill('b113-daraja-s', B62, 64);
const AT_KEY = tok('atsk_', fill('b113-atsk', HEX, 64));
const ADO_PAT = fill('b113-ado', B32LOWER, 52);

export const BATCH113_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Booking engine won't start after I moved it to the new box. Can you tell me which variable is wrong?

${cfg(f`# /opt/ferrybook/.env
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://ferrybook:${v('credential.database_url_password', 'Skagerrak-Tide-4471')}@${amb('pii.ip_address', '10.20.4.17')}:5432/ferrybook
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', SK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
VEHICLE_MAX_LENGTH_CM=1850`)}

Log says "ECONNREFUSED" on the database.`),

  rec('chat_nb', f`Hei! Kan du hjelpe meg å skrive et Python-skript som henter dagens avganger fra bookingsystemet? API-nøkkelen vår er ${v('credential.generic_secret_assignment', fill('b113-ferryapi', B62, 40))} (den står som X-Api-Key i headeren), og endepunktet er https://api.havnelinjen.no/v2/departures?date=i dag.`),

  rec('chat_da', f`Vores billetkontor i Frederikshavn kan ikke logge ind på kasseterminalen. Brugeren er "kasse3" og adgangskoden er ${v('credential.password_in_prose', 'Fyrtaarn#Kattegat9')} — den blev skiftet i går af IT. Hvordan nulstiller man låsen i Windows uden administrator?`),

  rec('yaml', f`Deployment der Fahrzeugbuchung – bitte prüfen, ob die Secrets richtig eingebunden sind:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: vehicle-booking-secrets
  namespace: fähre-prod
type: Opaque
stringData:
  DB_PASSWORD: ${v('credential.password_assignment', 'Fehmarnbelt!2031')}
  SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SENDGRID)}
  TELEGRAM_BOT_TOKEN: ${v('credential.telegram_bot_token', TELEGRAM)}`)}

Der Pod hängt in CrashLoopBackOff.`),

  rec('code_python', f`Bot that warns the port crew on Slack when a sailing is overbooked. It posts twice sometimes, why?

\`\`\`python
${code(f`import requests, time
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', XOXB)}")
ALERT_HOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def check(sailing):
    if sailing["booked_lane_m"] > sailing["capacity_lane_m"]:
        client.chat_postMessage(channel="#port-ops", text=f"Overbooked: {sailing['id']}")
        requests.post(ALERT_HOOK, json={"text": sailing["id"]})

while True:
    for s in fetch_sailings():
        check(s)
    time.sleep(60)`)}
\`\`\``),

  rec('chat_en_ie', f`Ah lads, the kiosk app for the Rosslare terminal is throwing 403s from Google Maps. Key in the config is ${v('credential.google_api_key', GOOGLE_KEY)} — is it restricted to the wrong referrer do ye think?`),

  rec('chat_et', f`Tere! Palun aita mul koostada curl päring, mis tühistab broneeringu. Meie makseliidese piiratud võti on ${v('credential.stripe_restricted_key', RK_LIVE)}, refund peaks minema läbi /v1/refunds.`),

  rec('aws_credentials', f`Our nightly export of ferry manifests to S3 stopped. ~/.aws/credentials on the export VM:

${cfg(f`[default]
region = eu-north-1
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}

[manifests-archive]
role_arn = arn:aws:iam::483920175632:role/manifest-archive-writer
source_profile = default`)}

Error: "SignatureDoesNotMatch". Clock is fine.`),

  rec('chat_fi', f`Huoltoläppärin VPN ei yhdistä. Käyttäjätunnus: huolto.kettunen, salasana: ${v('credential.password_in_prose', 'Dialyysi-Kuopio-27')}. Voitko kertoa miten tarkistan, onko sertifikaatti vanhentunut Windowsissa?`),

  rec('putty', f`Service engineers use this key for the remote support jump host. WinSCP says "unable to use key file". Is the format wrong?

${v('credential.putty_private_key', PUTTY)}`),

  rec('chat_pl', f`Serwisant z Gdańska wysłał mi to w mailu, co robić? „Hasło serwisowe do trybu technicznego aparatów to ${v('credential.password_in_prose', 'Nerka#4482serwis')}, nie udostępniaj pacjentom". Czy mogę to wkleić do naszej bazy wiedzy w Confluence?`),

  rec('ini', f`The tablet app that engineers use to log filter changes can't sync. Config file from one tablet:

${cfg(f`[sync]
endpoint = https://fieldsvc.renalcare-tech.com/api/v3
tenant = nordic
client_id = fieldapp-android
client_secret = ${v('credential.generic_secret_assignment', fill('b113-fieldsec', B62, 36))}

[storage]
azure_connection = DefaultEndpointsProtocol=https;AccountName=rctfieldlogs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}`),

  rec('chat_nl', f`Kun je deze Azure app-registratie controleren? Tenant "RenalTech EU", client id 3c7e91a4-5b28-4d6f-9e13-a84c2f7b0d95, client secret ${v('credential.azure_client_secret', AZ_CLIENT)}. We krijgen AADSTS7000215 bij het ophalen van een token voor de onderhoudsplanning.`),

  rec('chat_sv', f`Vi har en intern GitLab för firmware-skripten till dialysmaskinerna. CI-jobbet misslyckas med 401 när det klonar. Token i variablerna: ${v('credential.gitlab_pat', GLPAT)}. Behöver den read_repository eller api-scope?`),

  rec('ssh', f`Can you explain why ssh refuses this key with "invalid format"? I copied it from the old service laptop:

${v('credential.openssh_private_key', OPENSSH)}

Permissions are 600.`),

  rec('chat_sw', f`Habari, nimeandika programu ya kuwasajili wakulima kwa bima ya mazao kupitia M-Pesa. Consumer key ni ${v('credential.generic_secret_assignment', MPESA_KEY)} na consumer secret ni ${v('credential.generic_secret_assignment', MPESA_SECRET)}. Kwa nini napata "Invalid Access Token" kwenye STK push?`),

  rec('code_js', f`Our USSD callback for policy renewals, Africa's Talking rejects the SMS send. Help?

${code(f`const AfricasTalking = require('africastalking')({
  apiKey: '${v('credential.generic_secret_assignment', AT_KEY)}',
  username: 'shambacover',
});

exports.ussd = async (req, res) => {
  const { phoneNumber, text } = req.body;
  if (text === '1*2') {
    await AfricasTalking.SMS.send({ to: [phoneNumber], message: 'Your maize cover is renewed until 31 March.' });
    return res.send('END Asante! Renewal confirmed.');
  }
  res.send('CON 1. Renew crop cover\\n2. Health cover balance');
};`)}`),

  rec('chat_en_ng', f`Abeg help me check this one. The agents app dey fail with 401 since morning. The JWT wey the backend give agent 0417 na ${v('credential.jwt', JWT_MPESA)} — e don expire or the signature no correct?`),

  rec('env_file', f`${cfg(f`# microcover-api/.env.staging  (copied from prod, will rotate later)
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
HF_TOKEN=${v('credential.huggingface_token', HF)}
CALL_TRANSCRIPTS_BUCKET=mc-transcripts-stg
LANGUAGE_HINTS=sw,yo,ha,am`)}

We transcribe sales calls and summarise them. Can you suggest how to avoid sending the customer's phone number to the LLM?`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ṣe ẹ lè ràn mí lọ́wọ́? Mo fẹ́ kọ script tí yóò fi SMS ránṣẹ́ sí àwọn àgbẹ̀ nígbà tí òjò bá pọ̀ jù. Mailgun key wa ni ${v('credential.mailgun_api_key', MAILGUN)}, ṣùgbọ́n ó sọ pé "Forbidden".`),

  rec('chat_am', f`ሰላም፣ የጤና መድን ጥሪ ማዕከላችን ለሚጠቀመው ዳሽቦርድ የ Airtable ቶከን ${v('credential.airtable_pat', AIRTABLE)} ነው። በፓይተን ውስጥ አዲስ የደንበኛ ጥሪ መዝገብ እንዴት እንደምጨምር አሳየኝ።`),

  rec('gcp_sa', f`Claims photo classifier can't read from the bucket: "invalid_grant: Invalid JWT Signature." Key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "shamba-claims-ml",
  "private_key_id": "${fill('b113-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'claims-vision@shamba-claims-ml.iam.gserviceaccount.com')}",
  "client_id": "104829173650294817362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'claims-vision%40shamba-claims-ml.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_hi', f`भाई, हमारे माइक्रोइंश्योरेंस कॉल सेंटर का डायलर काम नहीं कर रहा। सर्वर पर लॉगिन: user "dialer_admin", पासवर्ड ${v('credential.password_in_prose', 'Fasal@Bima2024')} है। क्या आप बता सकते हैं कि Asterisk में SIP trunk कैसे दोबारा रजिस्टर करें?`),

  rec('chat_it', f`Ciao, per la tournée in Germania usiamo Dropbox per le parti orchestrali. Ho generato un token per lo script di sincronizzazione: ${v('credential.dropbox_access_token', DROPBOX)}. Scade dopo quattro ore, come faccio ad avere un refresh token?`),

  rec('wp_config', f`Our orchestra website (WordPress) shows "Error establishing a database connection" since the hosting migration:

${cfg(f`define( 'DB_NAME', 'sinfonie_wp' );
define( 'DB_USER', 'sinfonie_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Bratsche-Ouvertuere-88')}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'so_';`)}`),

  rec('chat_cs', f`Potřebuji poslat program koncertů všem abonentům. Máme Mailchimp, klíč je ${v('credential.mailchimp_api_key', MAILCHIMP)}. Napiš mi prosím skript v Pythonu, který vytvoří kampaň ze šablony „Sezóna 2025/26".`),

  rec('curl', f`Tessitura-style ticketing API test from the touring office, returns 401:

${cfg(f`curl -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
     "https://tickets.philharmonie-nord.de/api/v1/performances?season=2025"`)}

The user is orkester-api, is the header built right?`),

  rec('chat_fr', f`Bonjour, notre régisseur a mis le token Notion dans le tableur des tournées : ${v('credential.notion_token', NOTION)}. Je voudrais un petit script qui copie les horaires des balances dans la base Notion « Tournée Japon ». Tu peux m'aider ?`),

  rec('chat_ja', f`オーケストラの楽譜データをFigmaで管理しています。次のトークンでAPIを呼ぶと403になります：${v('credential.figma_token', FIGMA)}。ファイルの共有設定が原因でしょうか？`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml — orchestra app (setlists, rehearsal plans)
deploy:
  stage: deploy
  image: node:20
  script:
    - npm ci
    - echo "//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}" > .npmrc
    - npm publish --access restricted
  only:
    - main`)}

npm publish says E404 — is the token in the wrong place?`),

  rec('cisco', f`Site switch config for the data-centre build, temporary network in the site cabin. Can you check the VLAN part?

${cfg(f`hostname SITE-CABIN-SW01
!
username siteadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Kran!Turm-2025')}
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b113-c9a', B64URL.replace('-', '.').replace('_', '/'), 14), '$', fill('b113-c9b', B64URL.replace('-', '.').replace('_', '/'), 43)))}
!
interface Vlan20
 description TURNSTILES
 ip address ${amb('pii.ip_address', '172.16.20.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'baustelle-ro-77')} RO`)}`),

  rec('chat_de', f`Das Zutrittskontrollsystem auf der Baustelle (Drehkreuze, Ausweisleser) hat eine REST-API. Der Dienstleister hat uns folgendes Access Token gegeben: ${v('credential.jwt', JWT_ACCESS)}. Wie lese ich damit alle Ausweise aus, die seit Montag gesperrt wurden?`),

  rec('chat_en_au', f`mate quick one, the CCTV NVR at the Eastern Creek data hall site is on ${amb('pii.ip_address', '10.44.8.12')}, login admin / ${v('credential.user_password_pair', 'Hardhat#2025!')}. Its web UI won't load in Chrome, only IE mode. any ideas?`),

  rec('powershell', f`Script that syncs the contractor induction list from SharePoint to the badge printer, throws "unauthorized":

${code(f`$tenant   = "dcbuild.onmicrosoft.com"
$clientId = "5e81c7a2-49d3-4b06-a2f8-6d31e9c70b45"
$secret   = "${v('credential.azure_client_secret', tok(fill('b113-azc2a', B62, 3), '8Q~', fill('b113-azc2', B62 + '_-.~', 31)))}"

$body = @{ grant_type = "client_credentials"; client_id = $clientId; client_secret = $secret; scope = "https://graph.microsoft.com/.default" }
$tok  = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body
$list = Invoke-RestMethod -Headers @{ Authorization = "Bearer $($tok.access_token)" } -Uri "https://graph.microsoft.com/v1.0/sites/root/lists/Inductions/items?expand=fields"
$list.value | ForEach-Object { Send-ToBadgePrinter $_.fields }`)}`),

  rec('terraform', f`${cfg(f`# providers.tf — temporary cloud for the site monitoring (dust, noise, crane wind sensors)
provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

provider "cloudflare" {
  api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
}

resource "digitalocean_droplet" "sensors" {
  name   = "site-sensors-01"
  region = "fra1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
}`)}

terraform plan works, apply fails on the DNS record. Why?`),

  rec('chat_tr', f`Şantiyede yangın alarm paneli için bir Raspberry Pi kurduk, Grafana'ya veri gönderiyor. Datadog'a da göndermek istiyoruz, API anahtarı: DD_API_KEY=${v('credential.datadog_api_key', DD_API)}. Agent kurulumu için komutları yazar mısın?`),

  rec('chat_pt_pt', f`Olá, o leitor de cartões da portaria da obra liga-se a uma base MySQL. O técnico deixou isto no caderno: ${cfg(f`mysql -h ${amb('pii.ip_address', '192.168.50.10')} -u portaria -p${v('credential.mysql_cli_password', 'Capacete2025')} acessos`)}. Como posso exportar os registos de entrada de ontem para CSV?`),

  rec('chat_ar', f`مرحبًا، نحن فريق السلامة في موقع بناء مركز البيانات. نظام تصاريح العمل يستخدم Okta، ورمز الـ API هو ${v('credential.okta_api_token', OKTA)}. كيف أستخرج قائمة المقاولين الذين لم يكملوا تدريب السلامة؟`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: turnstile-gateway-tls
type: kubernetes.io/tls
data:
  tls.crt: ${b64Bytes('b113-tlscrt', 96)}
  tls.key: ${v('credential.base64_private_key', K8S_KEY_B64)}`)}

The ingress still serves the default certificate. What am I missing?`),

  rec('chat_es_mx', f`Hola, en la procuraduría usamos Zendesk y Jira para las quejas. Para integrar los dos me dieron este token de Atlassian: ${v('credential.atlassian_api_token', ATLASSIAN)}, usuario ${v('pii.email', 'integraciones@quejas-consumidor.gob.example')}. ¿Cómo creo un issue por cada queja nueva?`),

  rec('code_go', f`${code(f`package main

import (
	"database/sql"
	"log"

	_ "github.com/microsoft/go-mssqldb"
)

func main() {
	dsn := "sqlserver://complaints_ro:${v('credential.url_password', 'Verbraucher%21Schutz42')}@${amb('pii.ip_address', '10.12.0.45')}:1433?database=Beschwerden"
	db, err := sql.Open("sqlserver", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	rows, _ := db.Query("SELECT TOP 100 case_id, category FROM cases WHERE status = 'open'")
	_ = rows
}`)}

Login failed for user 'complaints_ro' — I escaped the ! as %21, is that right for sqlserver URLs?`),

  rec('chat_uk', f`Привіт! Ми в управлінні захисту прав споживачів налаштовуємо аналітику скарг у Databricks. Токен: ${v('credential.databricks_token', DATABRICKS)}. Як підключитися з Power BI?`),

  rec('chat_lt', f`Sveiki, mūsų skundų portalas siunčia klaidas į Sentry. DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}. O release'ams CI naudoja organizacijos tokeną ${v('credential.sentry_auth_token', SENTRY_ORG)}. Ar galima tą patį DSN naudoti ir mobiliai programėlei?`),

  rec('vault', f`Why does this return "permission denied"? I logged in this morning.

${cfg(f`$ export VAULT_ADDR=https://vault.cpa-internal.example:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/complaints/smtp`)}`),

  rec('chat_ru', f`Коллеги, в отделе жалоб настроили бота для новых обращений в Discord (для внутренней группы модераторов). Вебхук: ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Как сделать, чтобы в сообщении было видно категорию жалобы?`),

  rec('docker_config', f`${cfg(f`{
  "auths": {
    "registry.gitlab.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

This is ~/.docker/config.json on the ticket-desk build server. Pull still asks for login, why?`),

  rec('chat_el', f`Γεια, στο γραφείο κρατήσεων του λιμανιού θέλουμε να στέλνουμε ειδοποιήσεις καθυστέρησης στο Teams. Το webhook είναι ${v('credential.teams_webhook_url', TEAMS_HOOK)}. Μπορείς να γράψεις ένα μικρό script σε Python;`),

  rec('chat_en_us', f`Setting up the dialysis field service KPI dashboard in New Relic. License/user key from the admin: ${v('credential.newrelic_key', NRAK)}. What NRQL gives me mean time to repair per region?`),

  rec('pgp', f`The tender team encrypts the access-control bid documents with this key. Someone pasted it in our chat; can you tell me if it's the public or the private part?

${v('credential.pgp_private_key', PGP)}`),

  rec('chat_ka', f`გამარჯობა! ჩვენი საორკესტრო ტურის ბილეთების გაყიდვის გვერდი Square-ით მუშაობს. წვდომის ტოკენი: ${v('credential.square_access_token', SQUARE)}. როგორ დავაბრუნო თანხა გაუქმებული კონცერტისთვის?`),

  rec('chat_tl', f`Hi po, yung age key na gamit namin para sa encrypted na backup ng mga policy records ay ${v('credential.age_secret_key', AGE)}. Paano ko ito ilalagay sa sops config nang hindi naka-commit sa repo?`),

  rec('chat_id', f`Halo, aplikasi agen asuransi mikro kami pakai Supabase. Management token-nya ${v('credential.supabase_token', SUPABASE)}. Bagaimana cara membuat branch database baru untuk uji coba produk asuransi kesehatan?`),

  rec('shell', f`git push of the fleet-timetable repo fails after I changed laptops:

${cfg(f`git remote set-url origin https://oauth2:${v('credential.github_oauth_token', GHO)}@github.com/havnelinjen/timetable.git
git push origin main
remote: Invalid username or password.`)}`),

  rec('chat_vi', f`Chào bạn, mình làm ở phòng khiếu nại người tiêu dùng. Mình muốn dùng Claude để phân loại đơn khiếu nại, key là ${v('credential.anthropic_api_key', ANTHROPIC)}. Bạn viết giúp mình đoạn code Python gọi API với tiếng Việt được không?`),

  rec('chat_is', f`Halló, ég þarf að tengja GitHub Actions við ferjubókunarkerfið. Ég bjó til fine-grained token: ${v('credential.github_fine_grained_pat', GHFG)}. Hvaða heimildir þarf hann til að lesa secrets?`),

  rec('chat_sr', f`Здраво, сервисни инжењери користе Postman колекцију за дијагностику апарата. Кључ: ${v('credential.postman_api_key', POSTMAN)}. Како да поделим колекцију са тимом без да делим кључ?`),

  rec('chat_bg', f`Здравейте! Оркестърът продава CD-та и мърчандайз в Shopify. Токенът на приложението е ${v('credential.shopify_access_token', SHPAT)}. Как да експортирам поръчките от последното турне в CSV?`),

  rec('chat_hr', f`Bok, u Lineara vodimo zadatke za turneju. API ključ ${v('credential.linear_api_key', LINEAR)} — kako automatski napraviti zadatak za svaki koncert iz tablice?`),

  rec('shell', f`Pushing the badge-printer image from the site laptop:

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u dcbuildsafety --password-stdin
docker push dcbuildsafety/badge-printer:1.4.2`)}

denied: requested access to the resource is denied`),

  rec('k8s_secret', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: ferry-slack
data:
  SLACK_BOT_TOKEN: ${v('credential.base64_encoded_token', B64_TOKEN)}`)}

How do I check what's inside without printing it in the CI log?`),

  rec('chat_en_in', f`Sir, the claims API for the health cover partner is returning 401. Our header is Authorization: Bearer ${v('credential.bearer_token', BEARER)} and the same works in Postman. Kindly tell, maybe the header name is wrong for their gateway?`),

  rec('chat_lv', f`Labdien! Mūsu GitHub repozitorijā ar pieejas kontroles skriptiem kolēģis ielika tokenu ${v('credential.github_pat', GHP)}. Kā to ātri atsaukt un pārbaudīt, vai kāds to izmantoja?`),

  rec('pem', f`Nginx on the ticket kiosk says "PEM_read_bio_PrivateKey failed". key.pem:

${v('credential.private_key', RSA)}`),

  rec('chat_az', f`Salam, limandakı bilet köşklərinin loqlarını Azure DevOps-a göndəririk. PAT: ${v('credential.azure_devops_pat', ADO_PAT)}. Pipeline-da bunu necə gizli dəyişən kimi saxlayım?`),

  rec('chat_he', f`היי, הטכנאי השאיר את המפתח הזה בקובץ של שרת הניטור של מכונות הדיאליזה. זה מפתח פרטי? צריך להחליף?

${v('credential.private_key', EC)}`),
];
