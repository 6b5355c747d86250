/**
 * Held-out batch 65: credentials pasted by the staff of a children's summer-camp organiser, an industrial
 * laundry for hospitals, a satellite-TV installer network, a notary office, a bike-sharing operations
 * centre and a research-hospital biobank: chats, configs, shell sessions, code, in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b65-stripe', B62, 97));
const TWILIO_SID = tok('AC', fill('b65-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b65-twtok', HEX, 32);
const TWILIO_SID_IS = tok('AC', fill('b65-twsid-is', HEX, 32));
const TWILIO_TOKEN_IS = fill('b65-twtok-is', HEX, 32);
const SENDGRID = tok('SG.', fill('b65-sg1', B64URL, 22), '.', fill('b65-sg2', B64URL, 43));
const SENDGRID_UR = tok('SG.', fill('b65-sgur1', B64URL, 22), '.', fill('b65-sgur2', B64URL, 43));
const AWS_ID = tok('AKIA', fill('b65-akia', B32, 16));
const AWS_SECRET = fill('b65-awssec', B64, 40);
const MAPS_KEY = tok('AIza', 'Sy', fill('b65-gmaps', B64URL, 33));
const FCM = tok('AAAA', fill('b65-fcm1', B64URL, 7), ':APA91b', fill('b65-fcm2', B64URL, 134));
const TELEGRAM = tok('7184920365', ':', 'AA', fill('b65-tg', B64URL, 33));
const PAYOUT_BEARER = fill('b65-payout', B62, 48);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b65-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DOCK_KEY = pem('RSA PRIVATE KEY', 'b65-dockkey', 1190);
const DOCK_CERT = pem('CERTIFICATE', 'b65-dockcert', 860);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'byfyr-drift', a: fill('b65-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b65-mbx', B64URL, 22));
const GLSA = tok('glsa_', fill('b65-glsa1', B62, 32), '_', fill('b65-glsa2', HEX, 8));
const DD_API = fill('b65-ddapi', HEX, 32);
const DD_APP = fill('b65-ddapp', HEX, 40);
const VAULT = tok('hvs.', 'CAESI', fill('b65-vault', B62, 86));
const GHP = gh('ghp', 'Vq7Ln2Kd9Rt4Wx1Mb6Hs3Jc8Pz5Fy0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b65-slt', UPPER + DIGITS, 8), '/B07', fill('b65-slb', UPPER + DIGITS, 8), '/', fill('b65-slh', B62, 24));
const JWT_RIDER = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'rider-2024-09' },
  { sub: 'u_8817302', aud: 'rider-app', scope: 'ride:start ride:end', iat: 1725512400, exp: 1725516000 },
  'b65-jwt-rider',
);
const NPM = gh('npm', 'Hd4Gk8Ws1Qz6Tb3Ny9Lc5Xv2Rm7Jp0');
const GLPAT = tok('glpat-', fill('b65-glpat', B62 + '-_', 20));
const ALI_ID = tok('LTAI', '5t', fill('b65-ltai', B62, 18));
const ALI_SECRET = fill('b65-alisec', B62, 30);
const REDCAP = fill('b65-redcap', HEX.toUpperCase(), 32);
const AZ_KEY = tok(fill('b65-azkey', B64, 86), '==');
const DOCKER_AUTH = b64('seq-ci:Lviv-Registry_2024!');
const HF = tok('hf_', fill('b65-hf', UPPER + LOWER, 34));
const DAPI = tok('dapi', fill('b65-dapi', HEX, 32));
const BASIC_CAS = b64('cas-test:Sputnik!Minsk5');
const MPESA_KEY = fill('b65-mpk', B62, 48);
const MPESA_SECRET = fill('b65-mps', B62, 64);
const OPENAI = tok('sk-proj-', fill('b65-oai1', B64URL, 74), 'T3BlbkFJ', fill('b65-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b65-ant', B64URL, 93), 'AA');
const DO_TOKEN = tok('dop_v1_', fill('b65-do', HEX, 64));
const SENTRY_DSN = `https://${fill('b65-sdsn', HEX, 32)}@o4507283.ingest.de.sentry.io/4507283916`;
const SENTRY_TOKEN = tok('sntryu_', fill('b65-sntryu', HEX, 64));
const GOCSPX = tok('GOCSPX-', fill('b65-gocspx', B64URL, 28));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b65-rk', B62, 97));
const GCP_PEM = pem('PRIVATE KEY', 'b65-gcp', 1216);
const GCP_PEM_JSON = `${GCP_PEM.replace(/\n/g, '\\n')}\\n`;
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b65-age', BECH32, 58));
const AGE_PUB = tok('age1', fill('b65-agepub', BECH32, 58).toLowerCase());
const MOMO_SUB = fill('b65-momosub', HEX, 32);
const MOMO_KEY = fill('b65-momokey', HEX, 32);
const JWT_SECRET_TN = fill('b65-jwtsec', B62, 48);
const AIRTABLE = tok('pat', fill('b65-at1', B62, 14), '.', fill('b65-at2', HEX, 64));
const SHOPIFY = tok('shpat_', fill('b65-shpat', HEX, 32));
const SUPABASE_JWT = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { iss: 'supabase', ref: 'hkqmzvtrbnwplxdyceaj', role: 'service_role', iat: 1719834000, exp: 2035410000 },
  'b65-supa',
);
const CLIENT_ID = `482139057716-${fill('b65-gcid', LOWER + DIGITS, 32)}.apps.googleusercontent.com`;

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH65_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Parents stopped getting the "bus is leaving camp" texts after we moved CampNest to the new host. Here's the .env from the box, anything obviously off?

${cfg(f`# /srv/campnest/.env  (prod)
APP_URL=https://register.pinehollowcamps.org
SESSION_DRIVER=redis
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_MESSAGING_SERVICE=MG4f1e0c7b29d84a6c93b5e2d71a08f36c
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'office@pinehollowcamps.org')}
QUEUE_CONNECTION=sync`)}

The old server had QUEUE_CONNECTION=database if that matters.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas a redactar un mensaje para los coordinadores de cabañas? Tienen que entrar al portal de inscripciones para bajar las listas de alergias antes del domingo.
Usuario: coordinacion.tapalpa / contraseña: ${v('credential.user_password_pair', 'Tlaquepaque#Campa24')}
Que suene amable pero que quede clarísimo que NO se la pasen a los monitores.`),

  rec('json_pt_br', f`Oi! O upload das fotos do acampamento pro S3 tá dando SignatureDoesNotMatch desde ontem. O config.json do app de fotos é esse:

${cfg(f`{
  "bucket": "acampamento-serra-fotos-2024",
  "region": "sa-east-1",
  "accessKeyId": "${v('credential.aws_access_key_id', AWS_ID)}",
  "secretAccessKey": "${v('credential.aws_secret_access_key', AWS_SECRET)}",
  "maxUploadMb": 25,
  "watermark": "Acampamento Serra Azul"
}`)}

Será que é o relógio do notebook? Ele tá uns 20 min atrasado.`),

  rec('email_fr_qc', f`Peux-tu m'aider à reformuler ça plus gentiment? C'est pour les 14 nouveaux moniteurs.

« Bonjour Mathieu, ton compte Google Workspace pour l'été est prêt : ${v('pii.email', 'mathieu.gagnon@campdulacvert.ca')} — mot de passe temporaire : ${v('credential.password_in_prose', 'Huard-Lac7-Matin')}. Tu vas devoir le changer à ta première connexion. Merci de pas le partager avec les campeurs, évidemment. »`),

  rec('yaml_de', f`Der Gateway-Dienst für die Taktwaschanlage 1 verbindet sich seit dem Zertifikatstausch nicht mehr mit dem MQTT-Broker. Hier die config.yaml:

${cfg(f`mqtt:
  host: mqtt.waescherei-nord.local
  port: 8883
  tls: true
  username: twa_gateway
  password: ${v('credential.password_assignment', 'Trommel!Wasch-2024')}
  topic_prefix: halle2/twa1
opcua:
  endpoint: opc.tcp://plc-twa1.waescherei-nord.local:4840
  user: scada_ro
  password: "${v('credential.password_assignment', 'Kg8#Mangel_Ost')}"
  poll_ms: 500`)}

Im Log steht nur "connection refused: not authorised". Liegt das an der CA?`),

  rec('compose_nl', f`Onze RFID-linnenregistratie start niet meer na \`docker compose up\`. Postgres zegt "password authentication failed for user linnen". Dit is het compose-bestand:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: linnen
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'linnen-RFID-98Zw')}
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.wasserij-zorg.nl/linnen-api:2.4.1
    environment:
      DATABASE_URL: postgres://linnen:${v('credential.database_url_password', 'linnen-RFID-98Zw')}@db:5432/linnen
    depends_on: [db]
volumes:
  pgdata:`)}

Ik heb het wachtwoord vorige week aangepast, kan het aan het volume liggen?`),

  rec('shell_pl', f`Co robi ta komenda z historii serwera raportów pralni? Ktoś ją odpalał w nocy i rano był pełny dysk:

  ${cfg(f`511  cd /opt/raporty
  512  ls -la
  513  mysql -u raport -p${v('credential.mysql_cli_password', 'Pralnia_Raport2024')} -h db-raporty.local pralnia < dzienny_raport.sql > /tmp/raport.csv
  514  gzip /tmp/raport.csv
  515  history | tail`)}`),

  rec('gradle_it', f`Ciao, l'app dei tecnici installatori crasha all'avvio da quando ho aggiornato Firebase. Questo è il gradle.properties (sì, lo so che le chiavi non andrebbero qui):

${cfg(f`org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
MAPS_API_KEY=${v('credential.google_api_key', MAPS_KEY)}
FCM_SERVER_KEY=${v('credential.firebase_fcm_server_key', FCM)}
INSTALLER_API_BASE=https://api.parabolaservice.it/v2`)}

Lo stack trace dice "Default FirebaseApp is not initialized".`),

  rec('code_python_tr', f`Kurulum ekiplerine iş emri gönderen Telegram botu bazen aynı mesajı iki kez atıyor. Kod aşağıda, sorun nerede olabilir?

\`\`\`python
${code(f`import telebot
import requests

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")
EKIP_KANALI = -1002198473615

def yeni_is_emirleri():
    r = requests.get("https://panel.uydukurulum.com.tr/api/is-emirleri?durum=yeni", timeout=10)
    return r.json()

@bot.message_handler(commands=["gonder"])
def gonder(message):
    for ie in yeni_is_emirleri():
        bot.send_message(EKIP_KANALI, f"#{ie['no']} {ie['ilce']} – {ie['cihaz']} ({ie['randevu']})")

bot.infinity_polling()`)}
\`\`\``),

  rec('chat_ar_iq', f`هلا، ممكن تساعدني أكتب رسالة للوكيل؟ ما يگدر يدخل على بوابة الوكلاء من البارحة. هاي بياناته:
اسم المستخدم: dealer.karbala07
الباسورد: ${v('credential.user_password_pair', 'Dish@Karbala2024')}
وكل مرة يطلعله "الحساب مقفول مؤقتاً". شنو ممكن يكون السبب؟ وشلون أشرحله يسوي إعادة تعيين؟`),

  rec('shell_hi', f`इंस्टॉलर पेआउट API से 401 आ रहा है, ये curl चला रहा हूँ:

${cfg(f`curl -X POST https://payouts.dishsetu.in/api/v1/installers/INS-2291/settle \\
  -H "Authorization: Bearer ${v('credential.bearer_token', PAYOUT_BEARER)}" \\
  -H "Content-Type: application/json" \\
  -d '{"month":"2024-08","jobs":37,"amount":18450}'`)}

टोकन कल ही डैशबोर्ड से बनाया था। क्या इसकी कोई एक्सपायरी होती है?`),

  rec('email_ro', f`Poți să reformulezi mesajul ăsta mai formal? Îl trimit noii colege de la registratură.

„Bună ziua, vă transmit datele de acces pentru platforma de semnătură electronică: utilizator birou.notarial.popescu, parolă: ${v('credential.user_password_pair', 'Notar!Semnat55')}. Vă rog să o schimbați după prima autentificare și să nu o notați pe hârtie."`),

  rec('json_hr', f`Aplikacija za upisnik ovjera baca SqlException (Login failed) nakon selidbe na novi server. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Upisnik": "Server=SQL-JB01\\\\NOTAR;Database=Upisnik;User Id=upisnik_app;Password=${v('credential.connection_string_password', 'Bilj3z!nik_Zg')};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*"
}`)}

Je li problem u instanci ili u korisniku?`),

  rec('code_powershell_cs', f`Skript, který každé ráno mapuje disk se skeny listin, přestal fungovat – hlásí systémovou chybu 1326. Co je špatně?

\`\`\`powershell
${code(f`$share = "\\\\nas-notar\\skeny"
net use S: $share /user:NOTARSTVI\\skener ${v('credential.cli_password', 'Skener.Listina-71')} /persistent:no
$cil = "D:\\Archiv\\$(Get-Date -Format yyyy-MM)"
New-Item -ItemType Directory -Force -Path $cil | Out-Null
Get-ChildItem S:\\dnes -Filter *.pdf | ForEach-Object {
    Copy-Item $_.FullName -Destination $cil
}
net use S: /delete`)}
\`\`\``),

  rec('chat_es', f`Buenas, exporté el certificado de la notaría (.p12) desde Firefox con la contraseña ${v('credential.password_in_prose', 'Escritura.Madrid#82')} y ahora AutoFirma no lo importa, dice "contraseña incorrecta". ¿Puede ser por el algoritmo de cifrado del PKCS#12?`),

  rec('chat_el', f`Γεια σου, το ssh προς τον server του συμβολαιογραφείου μου βγάζει «invalid format» με αυτό το κλειδί. Το αντέγραψα από το παλιό laptop μέσω email:

${v('credential.openssh_private_key', OSSH)}

Μήπως χάλασαν τα line endings; Πώς το διορθώνω στα Windows;`),

  rec('shell_en_gb', f`The dock controllers at Southbank keep dropping off AWS IoT every few hours. This is what's on dock-0417, can you spot anything wrong with the cert/key pair?

${cfg(f`pi@dock-0417:~ $ cat /etc/dockctl/certs/device.pem.crt
${DOCK_CERT}
pi@dock-0417:~ $ cat /etc/dockctl/certs/private.pem.key
${v('credential.private_key', DOCK_KEY)}
pi@dock-0417:~ $ grep endpoint /etc/dockctl/config.toml
endpoint = "a2kq7xw9t1m4zv-ats.iot.eu-west-2.amazonaws.com"`)}`),

  rec('code_js_da', f`Kortet på driftsskærmen viser ingen stationer efter vi skiftede til den nye Mapbox-stil. Her er koden:

\`\`\`js
${code(f`mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';

const map = new mapboxgl.Map({
  container: 'drift-kort',
  style: 'mapbox://styles/byfyr-drift/clz8k2q0m00ab01qr4x7c9d2e',
  center: [12.5683, 55.6761],
  zoom: 12.5,
});

map.on('load', async () => {
  const res = await fetch('/api/stationer/status');
  const data = await res.json();
  map.addSource('stationer', { type: 'geojson', data });
  map.addLayer({
    id: 'stationer-cirkler',
    type: 'circle',
    source: 'stationer',
    paint: { 'circle-radius': 6, 'circle-color': ['step', ['get', 'ledige'], '#d7263d', 3, '#f4a259', 8, '#2a9d8f'] },
  });
});`)}
\`\`\`

Konsollen siger ikke noget.`),

  rec('shell_no', f`Prøver å hente dashboardet for sykkelstativene via API-et, men får 403:

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  https://bysykkel-drift.grafana.net/api/dashboards/uid/stativ-fyllgrad | jq .`)}

Har service-kontoen feil rolle, eller må jeg bruke en annen URL?`),

  rec('yaml_fi', f`Datadog-agentti ei lähetä lukkojen metriikoita enää. Tässä /etc/datadog-agent/datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: fillari-gw-03
logs_enabled: true
tags:
  - env:prod
  - team:kaupunkipyorat`)}

\`datadog-agent status\` sanoo "API Key invalid". Onko site väärin?`),

  rec('shell_et', f`Miks vault annab "permission denied"? Terminalis on nii:

${cfg(f`$ export VAULT_ADDR=https://vault.rattaringlus.ee:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/rattad/lukud
Error reading secret/data/rattad/lukud: Error making API request.

URL: GET https://vault.rattaringlus.ee:8200/v1/secret/data/rattad/lukud
Code: 403. Errors:

* 1 error occurred:
	* permission denied`)}

Token tehti eile, policy peaks olema "lukud-read".`),

  rec('shell_lv', f`Kāpēc \`git push\` joprojām prasa paroli, ja es jau ieliku tokenu remote adresē?

${cfg(f`$ git remote -v
origin	https://${v('credential.github_pat', GHP)}@github.com/velo-riga/dock-firmware.git (fetch)
origin	https://${v('credential.github_pat', GHP)}@github.com/velo-riga/dock-firmware.git (push)
$ git push origin main
Username for 'https://github.com':`)}`),

  rec('code_bash_lt', f`Gal gali patikrinti šitą skriptą? Jis turėtų siųsti pranešimą į Slack, kai stotelėje lieka mažiau nei 3 dviračiai, bet nieko neateina.

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail

WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
API="https://api.dviraciai-vilnius.lt/v1/stations"

curl -s "$API" | jq -c '.[] | select(.bikes_available < 3)' | while read -r st; do
  name=$(echo "$st" | jq -r .name)
  n=$(echo "$st" | jq -r .bikes_available)
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Stotelėje $name liko $n dviračiai\\"}" "$WEBHOOK"
done`)}
\`\`\``),

  rec('http_ko', f`대여 종료 API가 가끔 409를 돌려줘요. 요청 원문 그대로 붙입니다:

${cfg(f`POST /v2/rentals/RNT-20240905-88123/end HTTP/1.1
Host: api.bikeseoul-ops.kr
Authorization: Bearer ${v('credential.jwt', JWT_RIDER)}
Content-Type: application/json
X-Request-Id: 5f0c2a9e-7d41-4b8a-9e36-12c4f8a0b7d3

{"dockId":"ST-1532-07","lat":37.5572,"lng":126.9245,"battery":41}`)}

같은 요청을 두 번 보내서 그런 걸까요?`),

  rec('npmrc_ja', f`社内パッケージのインストールが CI でだけ 401 になります。ローカルでは通ります。.npmrc はこれです：

${cfg(f`@charinavi:registry=https://gitlab.charinavi.jp/api/v4/projects/412/packages/npm/
//gitlab.charinavi.jp/api/v4/projects/412/packages/npm/:_authToken=${v('credential.gitlab_pat', GLPAT)}
//registry.npmjs.org/:_authToken=${v('credential.npm_token', NPM)}
always-auth=true`)}

CI の Node は 20.11 です。`),

  rec('code_python_zh', f`帮我看看这段把骑行轨迹传到 OSS 的代码，为什么老是超时？晚高峰的时候特别明显。

\`\`\`python
${code(f`import oss2

auth = oss2.Auth('${v('credential.alibaba_access_key_id', ALI_ID)}', '${v('credential.generic_secret_assignment', ALI_SECRET)}')
bucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'danche-guiji')


def upload_track(ride_id: str, path: str) -> None:
    key = f"tracks/{ride_id[:8]}/{ride_id}.gpx"
    bucket.put_object_from_file(key, path)`)}
\`\`\``),

  rec('code_r_en_au', f`G'day, this R script pulls consented donors from REDCap for the freezer audit but it only ever returns 200 rows. Any idea why?

${code(f`library(REDCapR)

uri   <- "https://redcap.sahri-biobank.org.au/api/"
token <- "${v('credential.generic_secret_assignment', REDCAP)}"

ds <- redcap_read_oneshot(
  redcap_uri = uri,
  token      = token,
  fields     = c("record_id", "consent_date", "sample_count", "freezer_rack")
)$data

audit <- subset(ds, !is.na(consent_date) & sample_count > 0)
write.csv(audit, "freezer_audit_2024Q3.csv", row.names = FALSE)`)}`),

  rec('properties_de_at', f`Servus, unsere LIMS-Instanz startet nach dem Tomcat-Update nicht mehr (FATAL: password authentication failed). Auszug aus lims.properties:

${cfg(f`db.url=jdbc:postgresql://lims-db01.biobank.intern:5432/lims?sslmode=require
db.user=lims_app
db.password=${v('credential.password_assignment', 'Probe!Kryo-2024')}
pool.maxSize=20
audit.enabled=true`)}

Das Passwort stimmt laut Kollegin. Kann das ! ein Problem sein?`),

  rec('chat_he', f`האפליקציה שמעלה תמונות של מבחנות ל-Blob נופלת עם 403 מאז אתמול. זה ה-connection string מה-appsettings:

${cfg(f`DefaultEndpointsProtocol=https;AccountName=biobanksamplesil;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net`)}

מה כדאי לבדוק קודם? אולי מישהו סובב את המפתח?`),

  rec('chat_ru', f`Коллеги, помогите переписать сообщение для дежурных лаборантов, чтобы звучало вежливо:

«Пароль от панели мониторинга морозильников −80 °C в корпусе Б сменили, теперь он ${v('credential.password_in_prose', 'Frost-80minus!Lab')}. Логин прежний — biobank_duty. Если сработает тревога ночью, сначала звоните ответственному, потом заходите в панель.»`),

  rec('json_uk', f`Після \`docker login\` CI-раннер не може стягнути образ пайплайна секвенування, пише "unauthorized". Ось ~/.docker/config.json з раннера:

${cfg(f`{
  "auths": {
    "registry.biobank-lviv.org.ua": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Чи треба додавати credHelpers?`),

  rec('code_python_en_in', f`Our histopathology slide classifier notebook fails at the model download step on the Databricks cluster. Cell 3:

\`\`\`python
${code(f`import os
from huggingface_hub import snapshot_download

os.environ["HF_TOKEN"] = "${v('credential.huggingface_token', HF)}"
DATABRICKS_TOKEN = "${v('credential.databricks_token', DAPI)}"

path = snapshot_download("biobank-ai/histo-vit-base", revision="v0.3.1")
print("model at", path)`)}
\`\`\`

Error is "401 Client Error: Unauthorized for url". Same code works on my laptop.`),

  rec('chat_ka', f`გამარჯობა, სამრეცხაოს საწყობში როუტერი გადავტვირთე და ინტერნეტი აღარ მუშაობს. შესვლის მონაცემები: მომხმარებელი admin, პაროლი ${v('credential.user_password_pair', 'Tbilisi_Linen#9')}. მითხარი ნაბიჯ-ნაბიჯ რა შევამოწმო, სანამ პროვაიდერს დავურეკავ.`),

  rec('mikrotik_bg', f`Монтажниците в Пловдив не могат да се вържат към WiFi-то в буса. Ето експорта от MikroTik-а:

${cfg(f`/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=bus-wifi wpa2-pre-shared-key=${v('credential.network_device_secret', 'Kanal_Vitosha88')}
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n mode=ap-bridge security-profile=bus-wifi ssid=Montazh-Bus-07
/user
add group=full name=montazhnik password=${v('credential.network_device_secret', 'SatBG-Ant3na!')}
/ip service
set telnet disabled=yes`)}

Какво да пробвам?`),

  rec('chat_sq', f`Përshëndetje, mund ta përmirësosh këtë mesazh që ta dërgoj te stafi i zyrës noteriale?

"Fjalëkalimi i ri i email-it të zyrës është ${v('credential.password_in_prose', 'Noteria.Tirane2024')} — ju lutem ndryshojeni pas hyrjes së parë dhe mos e ndani me askënd jashtë zyrës."`),

  rec('ini_hu', f`A mosoda SAP-interfésze reggel óta nem kapcsolódik, RFC_LOGON_FAILURE-t kapunk. sapnwrfc.ini:

${cfg(f`DEST=PRD_MOSODA
ASHOST=sap-prd.textilszerviz.hu
SYSNR=00
CLIENT=300
USER=RFC_LINEN
PASSWD=${v('credential.password_assignment', 'Mosoda!SAP_77')}
LANG=HU
TRACE=0`)}

Lehet, hogy lejárt a jelszó?`),

  rec('chat_is', f`Hæ, SMS-in til notenda um að hjól hafi ekki verið skilað fara ekki út síðan í gær. Account SID er ${v('credential.twilio_account_sid', TWILIO_SID_IS)} og auth token er ${v('credential.twilio_auth_token', TWILIO_TOKEN_IS)}. Getur þú séð hvort þetta séu réttu gildin eða hvort ég þurfi að búa til nýjan token?`),

  rec('shell_be', f`Прывітанне! Тэставы сервер CAS вяртае 401 на гэты запыт, хоць лагін правільны:

${cfg(f`curl -v -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_CAS)}" \\
  https://cas-test.sputnik-tv.by/api/smartcards/0412873316/entitlements`)}

Можа, трэба іншы фармат загалоўка?`),

  rec('code_js_sw', f`Habari, naomba msaada. Msimbo huu wa kupata token ya M-Pesa Daraja kwa ajili ya malipo ya kambi ya watoto unarudisha "Invalid Credentials":

\`\`\`js
${code(f`const axios = require('axios');

const consumerKey = '${v('credential.generic_secret_assignment', MPESA_KEY)}';
const consumerSecret = '${v('credential.generic_secret_assignment', MPESA_SECRET)}';

async function getToken() {
  const auth = Buffer.from(\`\${consumerKey}:\${consumerSecret}\`).toString('base64');
  const { data } = await axios.get(
    'https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials',
    { headers: { Authorization: \`Basic \${auth}\` } },
  );
  return data.access_token;
}

module.exports = { getToken };`)}
\`\`\``),

  rec('chat_ha', f`Sannu, don Allah ka taimaka min in rubuta saƙo mai kyau ga ma'aikatan cibiyar kekuna ta Kano. Sunan mai amfani na sabon dashboard shi ne ops.kano, kalmar sirri kuma ${v('credential.password_in_prose', 'Keke-Kano#2024')}. Ina so su canza ta bayan shiga na farko.`),

  rec('code_python_vi', f`Mình viết bot trả lời khách hỏi lịch lắp chảo vệ tinh mà bị lỗi 429 liên tục. Code đây:

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def tra_loi(cau_hoi: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Bạn là trợ lý xếp lịch lắp đặt chảo vệ tinh."},
            {"role": "user", "content": cau_hoi},
        ],
    )
    return r.choices[0].message.content`)}
\`\`\`

Có cần thêm retry không bạn?`),

  rec('env_th', f`ช่วยดูไฟล์ .env ของระบบสรุปรายงานตัวอย่างชีวภาพหน่อย ทำไมถึงขึ้น authentication_error ทุกครั้ง

${cfg(f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-3-5-sonnet-latest
LIMS_EXPORT_DIR=/data/exports
REPORT_LANG=th`)}`),

  rec('terraform_id', f`Terraform untuk server pelacakan linen di DigitalOcean gagal waktu \`plan\`, katanya "Unable to authenticate you". Ini main.tf-nya:

${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "rfid" {
  name   = "linen-rfid-01"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}`)}`),

  rec('code_bash_tl', f`Pakicheck naman itong script na ginagamit namin para kunin ang logs mula sa mga receiver ng mga installer. Bakit "Permission denied, please try again" palagi?

\`\`\`bash
${code(f`#!/bin/bash
mkdir -p ./logs
while read -r host; do
  mkdir -p "./logs/$host"
  sshpass -p '${v('credential.cli_password', 'Tagaytay!Dish88')}' scp -o StrictHostKeyChecking=no \\
    tech@"$host":/var/log/stb/*.log "./logs/$host/"
done < receivers.txt`)}
\`\`\``),

  rec('chat_yue', f`喂，幫手寫個通告俾導師：營地新 Wi-Fi 名係 LantauCamp-Staff，密碼係 ${v('credential.password_in_prose', 'LantauCamp#2024')}，唔好俾營友知。另外 Airtable 個 token 換咗做 ${v('credential.airtable_pat', AIRTABLE)}，同步營友名單嗰個 script 記得更新。唔該晒！`),

  rec('chat_ur', f`السلام علیکم، ہسپتالوں کو لینن ڈیلیوری کی اطلاع والی ای میلز کل سے نہیں جا رہیں۔ SendGrid کی API key یہ ہے: ${v('credential.sendgrid_api_key', SENDGRID_UR)}
کیا یہ key منسوخ ہو گئی ہے؟ چیک کرنے کا آسان طریقہ بتائیں۔`),

  rec('properties_ne', f`साइकल एपको iOS बिल्डमा dSYM अपलोड फेल भयो, "401 Unauthorized" देखाउँछ। sentry.properties यस्तो छ:

${cfg(f`defaults.url=https://sentry.io/
defaults.org=saikal-sewa
defaults.project=rider-ios
auth.token=${v('credential.sentry_auth_token', SENTRY_TOKEN)}`)}

अनि Info.plist मा DSN यो छ: ${v('credential.sentry_dsn', SENTRY_DSN)}
कुन चाहिँ गलत छ होला?`),

  rec('json_bn', f`বায়োব্যাংকের নমুনা-ট্র্যাকিং অ্যাপে Google লগইন কাজ করছে না, "redirect_uri_mismatch" দেখাচ্ছে। client_secret.json এটা:

${cfg(f`{"web":{"client_id":"${CLIENT_ID}","project_id":"biobank-tracker","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://tracker.biobank-dhaka.org/auth/callback"]}}`)}

কনসোলে কোন URI যোগ করতে হবে?`),

  rec('chat_si', f`ආයුබෝවන්, කඳවුරු ලියාපදිංචි පද්ධතියේ database එකට connect වෙන්න බැහැ, "timeout expired" කියලා එනවා. මම පාවිච්චි කරන URL එක මේකයි: postgres://camp_admin:${v('credential.database_url_password', 'Sigiriya_Camp24')}@db.kandawuru.lk:5432/registrations — වැරැද්ද මොකක්ද කියලා කියන්න පුළුවන්ද?`),

  rec('chat_ta', f`வணக்கம், installer payouts-க்காக Stripe-ல ஒரு restricted key உருவாக்கினேன்: ${v('credential.stripe_restricted_key', RK_LIVE)}
இதை எங்கள் Django app-ல எங்கே வைக்கணும்? settings.py-லயா அல்லது environment variable-ஆ? பாதுகாப்பா எப்படி செய்யலாம்?`),

  rec('chat_lo', f`ສະບາຍດີ, ຊ່ວຍຂຽນຂໍ້ຄວາມສັ້ນໆໃຫ້ພະນັກງານໂຮງຊັກລີດແດ່. ແທັບເລັດຢູ່ຈຸດຮັບຜ້າມີລະຫັດຜ່ານໃໝ່ແລ້ວ: ${v('credential.password_in_prose', 'Vientiane#Linen5')} ຢ່າບອກຄົນຂັບລົດສົ່ງຂອງ.`),

  rec('email_fy', f`Kinst dit berjocht wat netter meitsje? It giet nei de nije meiwurkers fan de fytsdielsintrale.

"Hoi Sjoerd, it nije wachtwurd foar it beheardashboard fan de dielfytsen is ${v('credential.password_in_prose', 'Ljouwert-Fyts22!')} — feroarje it asjebleaft nei de earste kear ynlogge en diel it net yn de appgroep."`),

  rec('json_fr_be', f`Bonjour, le service OCR qui numérise les actes renvoie « invalid_grant » depuis ce matin. Voici le fichier du compte de service (je sais, je ne devrais pas le coller ici…) :

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "etude-notariale-ocr",
  "private_key_id": "${fill('b65-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM_JSON)}",
  "client_email": "${amb('pii.email', 'ocr-actes@etude-notariale-ocr.iam.gserviceaccount.com')}",
  "client_id": "104829371650284716392",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}`))}

L'horloge du serveur est à l'heure, j'ai vérifié.`),

  rec('keyfile_pt', f`Olá, estou a configurar backups cifrados com o age para os FASTQ do biobanco. Este é o ficheiro de chave que o age-keygen gerou:

${cfg(f`# created: 2024-09-12T10:41:07+01:00
# public key: ${AGE_PUB}
${v('credential.age_secret_key', AGE)}`)}

Onde é que devo guardar isto no servidor para o cron conseguir ler sem ficar exposto?`),

  rec('postman_en_gh', f`Please help, switching the MTN MoMo collection API from sandbox to production gives 401 for our hospital-linen pickup payments. Postman environment export:

${cfg(f`{
  "name": "MoMo PROD",
  "values": [
    { "key": "baseUrl", "value": "https://proxy.momoapi.mtn.com", "enabled": true },
    { "key": "subscriptionKey", "value": "${v('credential.generic_secret_assignment', MOMO_SUB)}", "enabled": true },
    { "key": "apiUser", "value": "3f1c8e27-94b0-4d6a-b215-7ac90e4d1f58", "enabled": true },
    { "key": "apiKey", "value": "${v('credential.generic_secret_assignment', MOMO_KEY)}", "enabled": true },
    { "key": "targetEnvironment", "value": "mtnghana", "enabled": true }
  ]
}`)}`),

  rec('chat_es_do', f`Klk, configuré el correo del campamento en el celular con la contraseña de aplicación de Gmail, que es ${v('credential.password_in_prose', 'qmtw hzkr bpvn xlea')}, pero me sigue diciendo que es incorrecta. ¿Tengo que quitarle los espacios o qué?`),

  rec('code_js_fr_tn', f`Slm, l'API de réservation des vélos à Tunis refuse tous les tokens après le déploiement d'hier. Voilà config.js :

\`\`\`js
${code(f`module.exports = {
  port: process.env.PORT || 8080,
  jwt: {
    secret: '${v('credential.generic_secret_assignment', JWT_SECRET_TN)}',
    expiresIn: '2h',
  },
  db: {
    host: 'db.velo-tunis.tn',
    user: 'velo_api',
    password: process.env.DB_PASSWORD,
  },
};`)}
\`\`\`

En local ça marche, en prod non.`),

  rec('shell_pt_ao', f`Bom dia, o script de backup da lavandaria deixou de enviar os ficheiros para o servidor FTP. A linha do crontab é esta:

${cfg(f`30 2 * * * tar czf /tmp/rfid-$(date +\\%F).tgz /srv/rfid && curl -T /tmp/rfid-$(date +\\%F).tgz ftp://backup_lav:${v('credential.url_password', 'Luanda#Roupa2024')}@ftp.lavandaria-hosp.co.ao/rfid/`)}

O que pode estar errado?`),

  rec('code_ruby_en_us', f`Our merch store sync job (camp t-shirts, water bottles) started 401-ing. Rake task:

\`\`\`ruby
${code(f`namespace :merch do
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "pinehollow-merch.myshopify.com",
      access_token: "${v('credential.shopify_access_token', SHOPIFY)}"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    client.get(path: "products", query: { limit: 250 }).body["products"].each do |p|
      MerchItem.upsert({ shopify_id: p["id"], title: p["title"] }, unique_by: :shopify_id)
    end
  end
end`)}
\`\`\``),

  rec('env_es_pe', f`Hola, la app de agendamiento de instalaciones (Lima) no lee la tabla de técnicos desde Supabase, devuelve "permission denied for table tecnicos". Este es el .env.local:

${cfg(f`NEXT_PUBLIC_SUPABASE_URL=https://hkqmzvtrbnwplxdyceaj.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPABASE_JWT)}
NEXT_PUBLIC_MAPA_CENTRO=-12.0464,-77.0428`)}

¿Tengo que activar RLS o desactivarlo?`),
];
