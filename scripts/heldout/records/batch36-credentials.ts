/**
 * Held-out batch 36: credentials pasted by staff of a theme park and resort operator, an agricultural
 * drone startup, a national blood and organ donation service, a stock exchange's market-surveillance
 * desk, a ferry shipyard and a chain of driving schools — chats, configs, shells, code and mails in
 * English (IE, ZA, HK, TT), Portuguese, French, Dutch, Polish, Bulgarian, Albanian, Azerbaijani,
 * Uzbek, Filipino/Cebuano and Japanese. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b36-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b36-whsec', B62, 32));
const TW_SID = tok('AC', fill('b36-twsid', HEX, 32));
const TW_AUTH = fill('b36-twauth', HEX, 32);
const SHPAT = tok('shpat_', fill('b36-shpat', HEX, 32));
const AKIA = tok('AKIA', fill('b36-akia', B32, 16));
const AWS_SECRET = fill('b36-awssec', B64, 40);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'agrovoo-maps', a: fill('b36-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b36-mbx', B64URL, 22));
const HF = tok('hf_', fill('b36-hf', UPPER + LOWER, 34));
const GMAPS = tok('AIza', 'Sy', fill('b36-gmaps', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b36-gcp', 1216);
const SENDGRID = tok('SG.', fill('b36-sg1', B64URL, 22), '.', fill('b36-sg2', B64URL, 43));
const DONOR_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'donor-api-2025-02' }, { sub: 'staff:tt-0417', iss: 'https://id.bloodtt.org', aud: 'donor-api', scope: 'appointments:write donors:read', iat: 1740043200, exp: 1740046800 }, 'b36-jwt-donor');
const FHIR_BASIC = b64('fhir-integration:Kr0vodar1tel!2025');
const AZ_STORAGE = `${fill('b36-azst', B64, 86)}==`;
const OPENAI = tok('sk-proj-', fill('b36-oai1', B64URL, 74), 'T3BlbkFJ', fill('b36-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b36-ant', B64URL, 93), 'AA');
const VAULT = tok('hvs.', 'CAESI', fill('b36-vault', B64URL, 86));
const GLPAT = tok('glpat-', fill('b36-glpat', B62 + '-_', 20));
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'xmqbvtrkpzlnwhdjaeco', role: 'service_role', iat: 1729500000, exp: 2045076000 }, 'b36-supa');
const SUPA_PAT = tok('sbp_', fill('b36-sbp', HEX, 40));
const TELEGRAM = tok('7031948265', ':', 'AA', fill('b36-tg', B64URL, 33));
const WA_TOKEN = tok('EAA', 'J', fill('b36-wa', B62, 190));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b36-slh1', UPPER + DIGITS, 8), '/', 'B08', fill('b36-slh2', UPPER + DIGITS, 8), '/', fill('b36-slh3', B62, 24));
const SLACK_BOT = tok('xoxb-', '4820193746', '1-', '6917302845519-', fill('b36-xoxb', B62, 24));
const NPM = gh('npm', 'Pk4Rw8Tz1Vn6Yb3Hc9Ld2Mf7Qs5Xg0');
const GHP = gh('ghp', 'Ua7Kc2Wm9Pe4Rx1Tn8Bq3Vy6Hd0Lz5');
const DOCKER_AUTH = b64('svc-build:Gq8vL2rTzW4nXe7c');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b36-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const IOT_RSA = pem('RSA PRIVATE KEY', 'b36-iotrsa', 1190);
const SENTRY_KEY = fill('b36-sentry', HEX, 32);
const OKTA = tok('00', fill('b36-okta', B64URL, 40));
const AZ_CLIENT = tok(fill('b36-azc1', B62, 3), '8Q~', fill('b36-azc2', B62 + '_-.~', 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b36-atl', B64URL, 171), '=', fill('b36-atl2', HEX.toUpperCase(), 8));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b36-rklive', B62, 97));
const MAILGUN = tok('key-', fill('b36-mailgun', HEX, 32));
const CLOUDFLARE = fill('b36-cf', B62 + '-_', 40);
const DO_TOKEN = tok('dop_', 'v1_', fill('b36-do', HEX, 64));
const DATABRICKS = tok('dapi', fill('b36-dbx', HEX, 32));
const GLSA = tok('glsa_', fill('b36-glsa1', B62, 32), '_', fill('b36-glsa2', HEX, 8));
const ALI_ID = tok('LTAI', '5t', fill('b36-ltai', B62, 18));
const ALI_SECRET = fill('b36-alisec', B62, 30);
const LINE_SECRET = fill('b36-linesec', HEX, 32);
const LINE_TOKEN = `${fill('b36-linetok', B64, 171)}=`;
const AIRTABLE = tok('pat', fill('b36-at1', B62, 14), '.', fill('b36-at2', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b36-pmak1', HEX, 24), '-', fill('b36-pmak2', HEX, 34));
const NOTION = tok('ntn_', fill('b36-ntn1', DIGITS, 11), fill('b36-ntn2', B62, 35));
const TFC = tok(fill('b36-tfc1', B62, 14), '.atlasv1.', fill('b36-tfc2', B62, 67));
const DD_API = fill('b36-ddapi', HEX, 32);
const GH_FINE = tok('github_pat_', '11B', fill('b36-ghfg1', UPPER + DIGITS, 19), '_', fill('b36-ghfg2', B62, 59));
const TEAMS_FLOW = tok('https://prod-41.westeurope.logic.azure.com:443/workflows/', fill('b36-teamswf', HEX, 32), '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', fill('b36-teamssig', B64URL, 43));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b36-pypi', B64URL, 150));
const TWILIO_SK = tok('SK', fill('b36-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b36-twsks', B62, 32);
const TYPE7 = tok('05', fill('b36-type7', '0123456789ABCDEF', 22));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH36_CREDENTIALS: DraftRecord[] = [
  // ── theme park and resort operator ──
  rec('env_file', f`Howya — the Halloween Nights ticket shop is throwing "No such customer" on about one in twenty checkouts since Friday. Here's the .env off the box, can you see anything wrong before I ring the payments lads?

${cfg(f`# marivale-tickets / production (Kildare)
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_ACCOUNT_COUNTRY=IE
EVENT_CAPACITY_PER_SLOT=1800
SESSION_TTL_MIN=20`)}`),

  rec('code_python', f`Queue-busting SMS for the Gqeberha park. It sends fine from my laptop but on the kiosk it says 20003 "Authenticate". Same code, eish.

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
SENDER = "${phone('+27 82 447 1936')}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def notify_ride_ready(mobile: str, ride: str, minutes: int) -> str:
    body = f"Your {ride} slot opens in {minutes} min. Please head to the Fast Lane entrance."
    return client.messages.create(to=mobile, from_=SENDER, body=body).sid`)}
\`\`\``),

  rec('curl', f`Merch store sync for the Lantau park keeps returning 401 after we reinstalled the custom app. This was the call from the ops runbook:

${cfg(f`curl -s -X GET "https://marivale-hk.myshopify.com/admin/api/2024-10/inventory_levels.json?location_ids=71830294561" \\
  -H "X-Shopify-Access-Token: ${v('credential.shopify_access_token', SHPAT)}" \\
  -H "Content-Type: application/json"`)}

Did reinstalling rotate the token, or is it the scope?`),

  rec('yaml', f`${cfg(f`# ride-ops-bot/config.yaml
slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel_ops: C06RIDEOPS1
  channel_maint: C06MAINTKIL
alerts:
  downtime_minutes: 15
  rides: [corkscrew, log-flume, bumper-boats, tea-cups]`)}

the bot posts downtime alerts grand but the /ride-status slash command just times out. Socket mode isn't on — do I need an app token as well?`),

  rec('yarnrc', f`Building the park app in the HK office CI gives "Response Code: 401" on our private design-system package, locally it's fine. .yarnrc.yml:

${cfg(f`nodeLinker: node-modules
npmScopes:
  marivale:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAlwaysAuth: true
    npmAuthToken: "${v('credential.npm_token', NPM)}"
yarnPath: .yarn/releases/yarn-4.5.3.cjs`)}

Is it because the token is the "publish" type and CI needs "automation"?`),

  rec('shell', f`Why does push still ask me for a password? I thought the token in the URL would sort it.

${cfg(f`$ git remote -v
origin  https://mthembu-marivale:${v('credential.github_pat', GHP)}@github.com/marivale-parks/wait-times.git (fetch)
origin  https://mthembu-marivale:${v('credential.github_pat', GHP)}@github.com/marivale-parks/wait-times.git (push)
$ git push origin feature/gqeberha-zones
remote: Permission to marivale-parks/wait-times.git denied to mthembu-marivale.`)}`),

  rec('json_config', f`Bonjour, notre runner GitLab à Wavre n'arrive plus à tirer l'image depuis notre registre privé. Voici le ~/.docker/config.json du runner :

${cfg(f`{
  "auths": {
    "registry.marivale-parks.be": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Erreur : "unauthorized: authentication required". Le compte svc-build existe toujours.`),

  rec('tfvars', f`Terraform plan for the resort booking site fails on the Cloudflare provider with "Invalid request headers". terraform.tfvars:

${cfg(f`zone_name            = "stay.marivale-parks.com"
cloudflare_api_token = "${v('credential.cloudflare_api_token', CLOUDFLARE)}"
waf_mode             = "block"
cache_ttl_static     = 86400`)}

Token was created with Zone:Edit for that zone only.`),

  rec('env_file', f`LINE公式アカウントのWebhookが「署名検証に失敗」と出ます。設定は以下です。どこが間違っていますか？

${cfg(f`# osaka-resort-line-bot/.env
LINE_CHANNEL_ID=2006318842
LINE_CHANNEL_SECRET=${v('credential.generic_secret_assignment', LINE_SECRET)}
LINE_CHANNEL_ACCESS_TOKEN=${v('credential.generic_secret_assignment', LINE_TOKEN)}
RESORT_CODE=OSK01
TZ=Asia/Tokyo`)}`),

  rec('yaml', f`Datadog agent on the ride-control gateway (Kildare) isn't shipping logs, metrics are fine. datadog.yaml, trimmed:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: kil-ridegw-02
logs_enabled: false
process_config:
  process_collection:
    enabled: true`)}

Ah wait, is it just logs_enabled? Still, explain what else needs to be set for the journald source.`),

  // ── agricultural drone / precision farming ──
  rec('ini', f`Field laptop in Limpopo won't upload the orthomosaics to S3 — "SignatureDoesNotMatch". ~/.aws/credentials:

${cfg(f`[default]
region = af-south-1

[agrovoo-field]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = af-south-1`)}

We're running \`aws s3 sync ./ortho s3://agrovoo-za-ortho/2025-02/ --profile agrovoo-field\`. Clock on the laptop might be off, the Starlink keeps dropping.`),

  rec('yaml_pt', f`Bom dia! O gateway da machamba em Chókwè não liga ao broker MQTT desde ontem. A configuração do serviço é esta:

${cfg(f`mqtt:
  host: mqtt.agrovoo.io
  port: 8883
  client_id: gw-chokwe-03
  username: gw-chokwe
  password: "${v('credential.password_assignment', 'Mandioca#Chokwe2025')}"
  tls: true
telemetria:
  intervalo_s: 30
  sensores: [humidade_solo, temperatura, bateria]`)}

No log aparece "connection refused: not authorised". Alguém mudou a senha no broker?`),

  rec('gradle', f`Olá, o build Android da app de mapas de parcelas falha a descarregar o SDK da Mapbox (401). No gradle.properties tenho:

${cfg(f`org.gradle.jvmargs=-Xmx3g
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}`)}

e no settings.gradle o repositório maven com authentication basic. O token tem o scope DOWNLOADS:READ. O que falta?`),

  rec('notebook_tl', f`Pa-check naman ng Colab ko, ayaw mag-download ng model para sa rice blast detection:

${code(f`from huggingface_hub import login
from transformers import AutoImageProcessor, AutoModelForImageClassification

login(token="${v('credential.huggingface_token', HF)}")

repo = "agrovoo/riceblast-vit-ph"
processor = AutoImageProcessor.from_pretrained(repo)
model = AutoModelForImageClassification.from_pretrained(repo)`)}

Error: 403 "Access to model agrovoo/riceblast-vit-ph is restricted". Private repo siya ng org namin.`),

  rec('xml_uz', f`Salom! Ilovada xarita ko'rinmayapti, faqat kulrang ekran. AndroidManifest.xml dagi kalit:

${cfg(f`<application
    android:name=".AgrovooApp"
    android:label="Agrovoo Dala">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="${v('credential.google_api_key', GMAPS)}" />
    <activity android:name=".map.FieldMapActivity" android:exported="true" />
</application>`)}

Google Cloud konsolida Maps SDK for Android yoqilgan. Sababi nima bo'lishi mumkin?`),

  rec('json_config', f`Yield dashboard can't query BigQuery from the Stellenbosch server, error "invalid_grant: Invalid JWT Signature". Key file we downloaded last month:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "agrovoo-yield-za",
  "private_key_id": "${fill('b36-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', `${GCP_PEM.replace(/\n/g, '\\n')}\\n`)}",
  "client_email": "${amb('pii.email', 'yield-dashboard@agrovoo-yield-za.iam.gserviceaccount.com')}",
  "client_id": "108274619305517294038",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}

Was the key maybe deleted in IAM when Pieter left?`),

  rec('chat_pt', f`Preciso de ajuda urgente: perdemos acesso ao Jetson do drone de pulverização em Manica. Tenho só esta chave que estava no portátil do técnico, serve para entrar por SSH como user "agro"?

${v('credential.openssh_private_key', OSSH)}

Ele diz que pede passphrase mas ninguém sabe qual é.`),

  rec('chat_ja', f`AWS IoT Coreにドローンの機体（FH-07）が接続できません。デバイス証明書と一緒に発行された秘密鍵はこれです。形式が正しいか見てもらえますか？

${v('credential.private_key', IOT_RSA)}

mosquitto_pub で --key に指定すると「unable to load private key」と出ます。`),

  rec('code_dart', f`A app de campo em Flutter não manda erros para o Sentry quando está offline e depois volta a ter rede. main.dart:

${code(f`Future<void> main() async {
  await SentryFlutter.init(
    (options) {
      options.dsn = '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506182.ingest.de.sentry.io/4506182734118912`)}';
      options.environment = 'campo-pt';
      options.tracesSampleRate = 0.1;
      options.maxCacheItems = 60;
    },
    appRunner: () => runApp(const AgrovooCampoApp()),
  );
}`)}

É preciso ativar alguma opção para guardar os eventos em cache?`),

  rec('ini', f`Databricks CLI dan notebooklarni ko'chirmoqchiman, lekin "Invalid access token" chiqyapti. ~/.databrickscfg:

${cfg(f`[DEFAULT]
host  = https://adb-4129873301125508.8.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}

[paxta-dev]
host  = https://adb-4129873301125508.8.azuredatabricks.net
token = ${v('credential.databricks_token', tok('dapi', fill('b36-dbx2', HEX, 32)))}`)}

Token 90 kunlik edi, muddati o'tgan bo'lishi mumkinmi?`),

  rec('shell', f`Terraform Cloud run triggers aren't picking up the new workspace. I set the token like this on the build agent in Pretoria:

${cfg(f`export TF_TOKEN_app_terraform_io="${v('credential.terraform_cloud_token', TFC)}"
terraform -chdir=infra/za init -upgrade
terraform -chdir=infra/za plan -var-file=za.tfvars`)}

init works, plan says "no workspace configured". Shot.`),

  // ── national blood and organ donation service ──
  rec('yaml_pl', f`Cześć, po migracji na nowy serwer aplikacja rejestracji dawców nie wstaje. Fragment application.yml:

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://db-krew-02.rckik.local:5432/rejestr_dawcow
    username: rejestr_app
    password: ${v('credential.password_assignment', 'Krwiodawca!2025-Lb')}
  jpa:
    hibernate:
      ddl-auto: validate`)}

W logu: "FATAL: password authentication failed for user rejestr_app". Hasło kopiowałam z KeePassa.`),

  rec('code_js', f`Donor appointment reminders stopped going out on Monday. Could you look at the sender module? We're on the Dublin cluster.

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function sendReminder(donor, slot) {
  const msg = {
    to: donor.email,
    from: { name: 'Blood Donation Clinics', email: process.env.FROM_ADDRESS },
    templateId: 'd-7f3a1c9e2b4d4f5a8c6e0b1d2f3a4c5e',
    dynamicTemplateData: { first_name: donor.firstName, clinic: slot.clinic, time: slot.start },
  };
  return sgMail.send(msg);
}`)}`),

  rec('curl', f`Morning — the drive-booking API in Port of Spain gives 403 when I try to create an appointment from Postman, but the same token works for GET. Here's the request as cURL:

${cfg(f`curl -X POST https://api.bloodtt.org/v2/appointments \\
  -H "Authorization: Bearer ${v('credential.jwt', DONOR_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d '{"drive_id":"CHG-2025-03-08","slot":"09:40","donor_ref":"D-118402"}'`)}

Is the scope in the token wrong?`),

  rec('http_bg', f`Здравейте, FHIR сървърът на трансфузионния център връща 401 на тази заявка от интеграцията с болниците. Какво може да е грешно?

${cfg(f`GET /fhir/R4/Patient?_lastUpdated=gt2025-02-01&_count=50 HTTP/1.1
Host: fhir.ncth-bg.local
Accept: application/fhir+json
Authorization: Basic ${v('credential.basic_auth_header', FHIR_BASIC)}`)}

Потребителят fhir-integration е активен, паролата я сменихме миналата седмица.`),

  rec('json_config', f`O arquivo de imagens do programa de transplantes deixou de carregar no portal depois da migração. appsettings.Production.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=ipstransplimg;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "imagiologia-dadores"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

O erro é 403 "Server failed to authenticate the request". Alguém rodou as chaves da conta?`),

  rec('mail_pl', f`Popraw mi proszę tego maila, żeby brzmiał bardziej profesjonalnie:

"Pani Doroto, konto do systemu rejestru dawców szpiku dla koordynatorki w Szpitalu Wojewódzkim jest gotowe. Login: d.zielinska.koord, hasło tymczasowe to ${v('credential.password_in_prose', 'Szpik-Lublin-4471')} — przy pierwszym logowaniu system poprosi o zmianę. Proszę nie przesyłać go dalej."`),

  rec('powershell', f`Offboarding script for the clinics — deactivating the Okta user works but the group removal loop errors out. Can you fix it?

${code(f`$OktaOrg = "https://ibts-donors.okta.com"
$Headers = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }

function Remove-LeaverGroups([string]$UserId) {
    $groups = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$UserId/groups" -Headers $Headers
    foreach ($g in $groups) {
        Invoke-RestMethod -Method Delete -Uri "$OktaOrg/api/v1/groups/$($g.id)/users/$UserId" -Headers $Headers
    }
}`)}`),

  rec('handover_bg', f`Направи ми от това кратък чеклист за смяната в мобилния пункт (утре в Пловдив):
- лаптопът за регистрация: потребител mobilen-punkt, парола ${v('credential.password_in_prose', 'Kruv-Plovdiv-88')}, да се смени след акцията
- хладилната чанта с термометъра е в бус 2
- анкетите за донорите — 120 броя, в синята папка
- ако принтерът за етикети откаже, рестарт и после калибриране от менюто`),

  rec('ini_fr', f`Bonsoir, le SIGL du centre de transfusion d'Abidjan ne se connecte plus à la base après la coupure de courant. Voici le fichier de config :

${cfg(f`[base_de_donnees]
hote = ${amb('pii.ip_address', '10.20.4.15')}
port = 1433
nom = SIGL_CNTS
utilisateur = sigl_app
mot_de_passe = ${v('credential.password_assignment', 'Sang-Abj@2024!')}

[etiquettes]
imprimante = ZEBRA-LABO-2`)}

Message : "Login failed for user 'sigl_app'". On a rien changé pourtant.`),

  rec('chat_pl', f`Mamy wewnętrzną bibliotekę do walidacji kodów ISBT 128 i CI w GitHub Actions nie może pobrać drugiego repo. Dodałam do sekretów fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} z dostępem "Contents: read" tylko do repo isbt-utils. Czy checkout potrzebuje jeszcze jakichś uprawnień?`),

  rec('code_js', f`Trinidad blood drive volunteer sign-ups go into Airtable. The script that pulls tomorrow's volunteers returns an empty array, any idea?

${code(f`const AIRTABLE_TOKEN = '${v('credential.airtable_pat', AIRTABLE)}';
const BASE = 'appK7qT2vX9mR4wLp';

export async function volunteersFor(date) {
  const formula = encodeURIComponent(\`IS_SAME({Drive date}, '\${date}', 'day')\`);
  const res = await fetch(\`https://api.airtable.com/v0/\${BASE}/Volunteers?filterByFormula=\${formula}\`, {
    headers: { Authorization: \`Bearer \${AIRTABLE_TOKEN}\` },
  });
  const body = await res.json();
  return body.records ?? [];
}`)}`),

  // ── stock exchange market surveillance ──
  rec('config_fr', f`Bonjour, le tableau de bord de surveillance des ordres (bourse de Casablanca, équipe Surveillance des marchés) ne se rafraîchit plus. La chaîne de connexion ODBC du rapport :

${cfg(f`Driver={ODBC Driver 18 for SQL Server};Server=tcp:surv-sql01.marche.local,1433;Database=SURV_ORDRES;Uid=surv_lecture;Pwd=${v('credential.connection_string_password', 'Atlas#Bourse2025')};Encrypt=yes;TrustServerCertificate=no;`)}

Erreur : "SSL Provider: The certificate chain was issued by an authority that is not trusted". Est-ce lié au mot de passe ou seulement au certificat ?`),

  rec('chat', f`Quick one — our news-summariser for surveillance alerts keeps hitting 429 even though we send like 40 requests an hour. Key is ${v('credential.openai_api_key', OPENAI)}, project "surv-news-hk". Is there a per-project limit separate from the org?`),

  rec('code_python_ja', f`監視アラートの要約スクリプトで、たまに「overloaded_error」が返ってきます。リトライ処理をどう書けばいいですか？

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarize_alert(alert_text: str) -> str:
    # 見せ玉（spoofing）疑いアラートを日本語で3行に要約
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"次の売買審査アラートを3行で要約:\\n{alert_text}"}],
    )
    return msg.content[0].text`)}`),

  rec('shell', f`Vault keeps saying permission denied on the kdb creds path, but I'm in the surveillance-ops group. Session:

${cfg(f`$ export VAULT_ADDR=https://vault.ttse-surv.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/surveillance/kdb-hdb
Error reading secret/data/surveillance/kdb-hdb: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Policy issue or am I on the wrong mount?`),

  rec('appsettings', f`Power BI export for the surveillance committee fails with AADSTS7000215 "Invalid client secret provided". appsettings.json of the exporter:

${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "5c2f8e41-9a07-4d3b-b6e1-0f48c2a9d713",
  "ClientId": "e8a14d27-3f6c-4b95-8d02-71c9f4e3b6a5",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
}`)}

We copied the secret "Value" not the "Secret ID", I'm pretty sure.`),

  rec('shell', f`Ran this on the old surveillance jump box before decommissioning it — are the droplets gone for sure? Output looked odd.

${cfg(f`$ export DIGITALOCEAN_ACCESS_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
$ doctl compute droplet list --format ID,Name,Status
ID           Name                  Status
381920475    surv-replay-tt-01     off
$ doctl compute droplet delete 381920475 --force`)}`),

  rec('yaml_ja', f`売買審査ダッシュボードのGrafanaプロビジョニングで、データソースが作成されません。

${cfg(f`apiVersion: 1
datasources:
  - name: kdb-surveillance
    type: grafana-kdb-datasource
    url: http://kdb-gw.surv.local:5010
    jsonData:
      timeout: 30
notifiers:
  exporter:
    grafana_url: https://grafana.surv.local
    service_account_token: ${v('credential.grafana_service_account_token', GLSA)}`)}

サービスアカウントの権限はEditorにしています。`),

  rec('code_python', f`We archive end-of-day order books to Alibaba OSS for the HK replica. Upload works for small files but multipart uploads of the 6 GB books fail. Help?

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-hongkong.aliyuncs.com", "hkx-surv-orderbooks")

def archive(path: str, trade_date: str) -> None:
    key = f"eod/{trade_date}/{path.rsplit('/', 1)[-1]}"
    oss2.resumable_upload(bucket, key, path, part_size=100 * 1024 * 1024, num_threads=4)`)}`, 'the OSS secret is a positional argument, not an assignment: generic_secret_assignment is the nearest rule id'),

  rec('shell_pt', f`O pipeline de testes da API de alertas corre o Newman assim e falha logo no primeiro pedido com 401:

${cfg(f`newman run "https://api.getpostman.com/collections/28411930-7c1e4f2a-9b3d-4e58-a061-d2f7b8c9e304?apikey=${v('credential.postman_api_key', POSTMAN)}" \\
  --environment env/surv-uat.json --reporters cli,junit`)}

A coleção é da workspace da equipa de Supervisão de Mercado. A chave é minha, pessoal. Devia usar outra?`),

  rec('chat', f`Twilio voice alerts for the surveillance duty phone: I created an API key ${v('credential.twilio_api_key', TWILIO_SK)} with secret ${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)} in the Port of Spain sub-account, but calls fail with 20003. Do API keys have to live in the parent account?`),

  // ── ferry shipyard ──
  rec('config_ceb', f`Boss, wala na ma-access ang core switch sa Hull Shop 2 gikan sa management VLAN. Mao ni ang running-config nga na-save sa tech:

${cfg(f`hostname HULL2-CORE
!
enable secret 0 ${v('credential.network_device_secret', 'Lantaw#Barko2024')}
!
username netadmin privilege 15 password 7 ${v('credential.network_device_secret', TYPE7)}
!
interface Vlan20
 description MGMT
 ip address ${amb('pii.ip_address', '10.20.0.2')} 255.255.255.0
!
line vty 0 4
 transport input ssh
 login local`)}

Unsa kaha ang problema, ACL ba o ang ssh?`),

  rec('chat_pl', f`Cześć, towarzystwo klasyfikacyjne prosi o dokumentację kadłuba promu nr budowy 318 przez FTP. Dostałem taki link: ftp://stocznia_rega:${v('credential.url_password', 'Kadlub318!Pz')}@upload.classdocs.example.org/projekty/318/ — czy mogę go wkleić do FileZilli tak jak jest, czy trzeba rozdzielić login i hasło?`),

  rec('code_powershell_ja', f`溶接検査の結果をTeamsに通知するスクリプトです。Office 365コネクタ廃止でWorkflowsのURLに変えたら、カードが表示されなくなりました。

${code(f`$FlowUrl = "${v('credential.teams_webhook_url', TEAMS_FLOW)}"

function Send-WeldReport([string]$Block, [int]$Ng) {
    $card = @{
        type = "message"
        attachments = @(@{
            contentType = "application/vnd.microsoft.card.adaptive"
            content = @{ type = "AdaptiveCard"; version = "1.4"; body = @(@{ type = "TextBlock"; text = "ブロック $Block : 不合格 $Ng 件" }) }
        })
    }
    Invoke-RestMethod -Method Post -Uri $FlowUrl -ContentType "application/json; charset=utf-8" -Body ($card | ConvertTo-Json -Depth 8)
}`)}`, 'Power Automate workflow URL with its sig: labelled as a whole, teams_webhook_url the nearest rule id'),

  rec('shell_bg', f`Опитвам се да клонирам репото с чертежите на фериботите на новия CAD сървър, но git връща "HTTP Basic: Access denied":

${cfg(f`git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.korabostroene-varna.bg/konstrukcii/ferry-f42.git`)}

Токенът е с read_repository. Трябва ли ми и read_api?`),

  rec('code_python', f`Script that creates a Jira issue for each non-conformity from the block inspection sheet. It worked in Gdańsk, but from the Varna office it returns 401:

${code(f`import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://baltyk-yard.atlassian.net"
AUTH = HTTPBasicAuth("${v('pii.email', 'k.nowicki@baltyk-yard.pl')}", "${v('credential.atlassian_api_token', ATLASSIAN)}")

def open_ncr(block: str, summary: str) -> str:
    payload = {"fields": {"project": {"key": "NCR"}, "issuetype": {"name": "Non-conformity"},
                          "summary": f"[{block}] {summary}"}}
    r = requests.post(f"{JIRA}/rest/api/2/issue", json=payload, auth=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["key"]`)}`),

  rec('chat_ceb', f`Pwede nimo ayohon ni nga message para sa mga QC inspector sa Block 7? Gamay ra og formal, English lang:
"Ang tablet para sa QC app naa sa opisina ni Sir Ramon. Login: qc_block7, password: ${v('credential.password_in_prose', 'Pantalan-2025!')}. Ayaw i-share sa subcontractor, ug i-logout pirmi human sa inspection."`),

  rec('batch', f`Drawing office mapping script fails on the new PCs — "System error 86 has occurred". What does that mean?

${code(f`@echo off
net use Z: /delete /y >nul 2>&1
net use Z: \\\\fs01.yard.local\\drawings ${v('credential.cli_password', 'Rudder!Plate77')} /user:YARD\\cad_station /persistent:no
if errorlevel 1 (
  echo Mapping failed >> %TEMP%\\map.log
  exit /b 1
)
start "" "Z:\\F42\\index.pdf"`)}`),

  rec('chat_ja', f`協力会社に渡すVPNアカウントの案内文を丁寧な日本語に直してください。
「ユーザー名/パスワード：kyoryoku_yamato / ${v('credential.user_password_pair', 'Funa!Dock2025')}\u3000初回ログイン後に必ず変更してください。利用期間は3月末まで。」`),

  // ── driving-school chain ──
  rec('env_file', f`Salam! Sürücülük məktəbinin dərs cədvəli tətbiqini Supabase-ə köçürürük. CI-də hansı dəyişənlər lazımdır, hansını silə bilərəm?

${cfg(f`SUPABASE_URL=https://xmqbvtrkpzlnwhdjaeco.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPA_PAT)}
DEFAULT_BRANCH=baki-merkez
LESSON_LENGTH_MIN=90`)}`),

  rec('code_python_uz', f`Avtomaktab o'quvchilariga imtihon kunini eslatuvchi Telegram bot ishlamay qoldi. Kod:

${code(f`import asyncio
from aiogram import Bot, Dispatcher
from aiogram.filters import CommandStart
from aiogram.types import Message

bot = Bot(token="${v('credential.telegram_bot_token', TELEGRAM)}")
dp = Dispatcher()

@dp.message(CommandStart())
async def start(m: Message):
    await m.answer("Assalomu alaykum! Imtihon sanangizni bilish uchun ID raqamingizni yuboring.")

asyncio.run(dp.start_polling(bot))`)}

Xato: "TelegramUnauthorizedError: Unauthorized". BotFather'da token o'zgarmagan.`),

  rec('curl', f`Hi po! Yung WhatsApp reminder ng driving school namin sa Cebu hindi na nagse-send since kahapon. Eto yung test ko:

${cfg(f`curl -X POST "https://graph.facebook.com/v21.0/318204957761142/messages" \\
  -H "Authorization: Bearer ${v('credential.facebook_access_token', WA_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  -d '{"messaging_product":"whatsapp","to":"${phone('639178423310', 'PH')}","type":"template","template":{"name":"lesson_reminder","language":{"code":"fil"}}}'`)}

Sagot: "Error validating access token: Session has expired". Paano gawing permanent yung token?`, 'the WhatsApp recipient is written as bare E.164 digits without "+"'),

  rec('shell_sq', f`Përshëndetje, dua të importoj backup-in e databazës së autoshkollës në serverin e ri por më del gabim:

${cfg(f`$ mysql -u root -p'${v('credential.mysql_cli_password', 'Autoshkolla#Tr2025')}' autoshkolla_db < backup_2025-02-14.sql
ERROR 1273 (HY000) at line 47: Unknown collation: 'utf8mb4_0900_ai_ci'`)}

Serveri i ri ka MariaDB 10.6. Si ta rregulloj?`),

  rec('code_bash_fr', f`Script cron qui envoie les résultats de l'examen du code à la direction sur Slack. Depuis le passage à la nouvelle version de jq il plante. Vous voyez pourquoi ?

${code(f`#!/usr/bin/env bash
set -euo pipefail
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
CSV="/srv/autoecole/exports/resultats_$(date +%F).csv"

admis=$(awk -F';' 'NR>1 && $5=="ADMIS"' "$CSV" | wc -l)
total=$(($(wc -l < "$CSV") - 1))
payload=$(jq -n --arg t "Code de la route — Cocody : $admis admis sur $total" '{text: $t}')
curl -s -X POST -H 'Content-Type: application/json' -d "$payload" "$WEBHOOK"`)}`),

  rec('env_file', f`Bonjour, pour le paiement des forfaits de conduite en ligne (auto-école, agences de Liège et Namur), on utilise une clé restreinte Stripe. Est-ce qu'elle a besoin du droit "PaymentIntents: write" pour créer les sessions Checkout ?

${cfg(f`APP_NAME="AutoEcole Meuse"
APP_ENV=production
STRIPE_KEY=pk_live_51Nq
STRIPE_SECRET=${v('credential.stripe_restricted_key', RK_LIVE)}
CASHIER_CURRENCY=eur`)}`, 'a truncated pk_live_ prefix stays unlabelled (publishable)'),

  rec('code_php_nl', f`Goedemorgen, de herinneringsmails voor praktijkexamens (rijschool, vestiging Paramaribo-Noord) komen niet meer aan. Mailgun-code in ons boekingssysteem:

${code(f`<?php
$mg = Mailgun\\Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');

function stuurExamenHerinnering($mg, $leerling, $datum) {
    return $mg->messages()->send('mg.rijschool-zonnebloem.sr', [
        'from'    => 'Rijschool Zonnebloem <${v('pii.email', 'noreply@mg.rijschool-zonnebloem.sr')}>',
        'to'      => $leerling['email'],
        'subject' => 'Herinnering praktijkexamen ' . $datum,
        'text'    => "Beste {$leerling['naam']}, uw examen is op $datum om 08:30.",
    ]);
}`)}

Het domein staat op de US-regio, maakt dat uit?`),

  rec('code_python_sq', f`Ky skript duhet të kopjojë orarin e orëve praktike nga Notion në Google Calendar çdo mbrëmje, por del "object_not_found":

${code(f`from notion_client import Client

notion = Client(auth="${v('credential.notion_token', NOTION)}")
DB_ORARI = "9c41e2a7d03b4f6e8a15c72d0b9e3f48"

def oret_e_neser(data: str):
    res = notion.databases.query(database_id=DB_ORARI, filter={"property": "Data", "date": {"equals": data}})
    return [(p["properties"]["Kandidati"]["title"][0]["plain_text"], p["properties"]["Instruktori"]["select"]["name"]) for p in res["results"]]`)}`),

  rec('env_file', f`Avtomaktab filiallari uchun yangi server. Ilova bazaga ulanmayapti, .env:

${cfg(f`APP_ENV=production
DATABASE_URL=postgres://avtomaktab:${v('credential.database_url_password', 'Yulduz-Toshkent!91')}@${amb('pii.ip_address', '10.0.3.12')}:5432/avtomaktab_prod
REDIS_URL=redis://${amb('pii.ip_address', '10.0.3.14')}:6379/2
SMS_PROVIDER=eskiz`)}

Xato: "password authentication failed". Parolda undov belgisi bor, URL'da kodlash kerakmi?`),

  rec('mail_az', f`Bu məktubu daha rəsmi et, zəhmət olmasa:

"Salam Rəşad müəllim, təlimatçı portalına girişiniz açıldı. İstifadəçi adı: r.aliyev, şifrə isə ${v('credential.password_in_prose', 'Gence-Surucu77')}. İlk girişdən sonra şifrəni dəyişin. Sumqayıt filialının cədvəli artıq portaldadır."`),

  rec('shell', f`Trying to publish our internal theory-test question-bank parser (driving schools, Tirana team) to PyPI with Poetry, and it fails with 403:

${cfg(f`$ poetry config pypi-token.pypi ${v('credential.pypi_token', PYPI)}
$ poetry publish --build
Building pyetjet-teori (0.3.1)
Publishing pyetjet-teori (0.3.1) to PyPI
HTTP Error 403: Invalid or non-existent authentication information.`)}

The token was scoped to the project before the project existed — is that the problem?`),
];
