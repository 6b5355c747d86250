/**
 * Held-out batch 63: credentials pasted by the staff of a zoo and wildlife park, a crowdfunding
 * platform's trust & safety team, a precision-optics manufacturer, a prison health service, a
 * regional airline's crew scheduling and a cybersecurity consultancy's incident-response team.
 * Configs, shell history, code, chats and mails in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b63-awsid', B32, 16));
const AWS_SECRET = fill('b63-awssec', B64, 40);
const SENDGRID = tok('SG.', fill('b63-sg1', B64URL, 22), '.', fill('b63-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b63-twsid', HEX, 32));
const TW_TOKEN = fill('b63-twtok', HEX, 32);
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b63-rk', B62, 97));
const STRIPE_SK = tok('sk_', 'live_', '51', fill('b63-sk', B62, 97));
const CISCO9 = tok('$9$', fill('b63-c9s', B62 + './', 14), '$', fill('b63-c9h', B62 + './', 43));
const GHP = gh('ghp', fill('b63-ghp', B62, 30));
const JWT_IR = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'k3-2024-09' },
  { sub: 'svc-backup-reader', iss: 'https://sso.halvard-logistics.eu', aud: 'files-api', role: 'files:admin', iat: 1727861402, exp: 1727947802 },
  'b63-jwt-ir',
);
const SENTRY_KEY = fill('b63-sentry', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b63-slT', UPPER + DIGITS, 8), '/B0', fill('b63-slB', UPPER + DIGITS, 8), '/', fill('b63-slH', B62, 24));
const SLACK_BOT = tok('xoxb-', '2817364051', '9-', '6624810397215-', fill('b63-xoxb', B62, 24));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b63-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const MAILGUN = tok('key-', fill('b63-mg', HEX, 32));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b63-gapi', B64URL, 33));
const ALI_ID = tok('LTAI', '5t', fill('b63-ltai', B62, 18));
const ALI_SECRET = fill('b63-alisec', B62, 30);
const AZ_SECRET = tok(fill('b63-azs1', B62, 3), '8Q~', fill('b63-azs2', B62 + '-_.~', 34));
const TELEGRAM = tok('6849213705', ':AA', fill('b63-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1204857391620384756', '/', fill('b63-dwh', B64URL, 68));
const GOCSPX = tok('GOCSPX-', fill('b63-gocspx', B64URL, 28));
const BASIC = b64(tok('crewsync', ':', 'Ziema!Ventspils-77'));
const OKTA = tok('00', fill('b63-okta', B64URL, 40));
const DD_API = fill('b63-ddapi', HEX, 32);
const GLPAT = tok('glpat-', fill('b63-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-proj-', fill('b63-oa1', B64URL, 74), 'T3BlbkFJ', fill('b63-oa2', B64URL, 74));
const PPK_PRIV = b64Bytes('b63-ppk', 48);
const BEARER = fill('b63-bearer', B62 + '-._~', 64);
const MAILCHIMP = tok(fill('b63-mc', HEX, 32), '-us14');
const VAULT = tok('hvs.', 'CAESI', fill('b63-vault', B64URL, 86));
const SHPAT = tok('shpat_', fill('b63-shpat', HEX, 32));
const AZ_STORAGE = `${fill('b63-azst', B64, 86)}==`;
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b63-atl', B64URL, 171), '=', fill('b63-atl2', HEX.toUpperCase(), 8));
const RSA = pem('RSA PRIVATE KEY', 'b63-rsa', 1190);
const GH_FINE = tok('github_pat_', '11B', fill('b63-ghf1', UPPER + DIGITS, 19), '_', fill('b63-ghf2', B62, 59));
const HF = tok('hf_', fill('b63-hf', UPPER + LOWER, 34));
const CF_TOKEN = fill('b63-cft', B62 + '-_', 40);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b63-ant', B64URL, 93), 'AA');
const DO_TOKEN = tok('dop_v1_', fill('b63-do', HEX, 64));
const NPM = gh('npm', fill('b63-npm', B62, 30));
const TEAMS = tok('https://blackthorncyber.webhook.office.com/webhookb2/', '7c1e4a92-3d58-4b0f-9e27-b6a14c8d3f51@2f9d6b13-84a7-4e2c-a05b-d1c37e9f4a68/IncomingWebhook/', fill('b63-teams1', HEX, 32), '/', 'a4b81f2c-69d3-4e57-8c0a-3f7e2d19b645/', 'V2', fill('b63-teams2', B64URL, 43));
const WHSEC = tok('whsec_', fill('b63-whsec', B62, 32));
const DOCKER_AUTH = b64(tok('vitrell-ci', ':', 'Diafragme-f/2.8-ok'));
const GCP_PEM = pem('PRIVATE KEY', 'b63-gcp', 1216).replace(/\n/g, '\\n');
const SLACK_USER = tok('xoxp-', '4720193856', '1-', '5830291746382-', '6019283746510-', fill('b63-xoxp', HEX, 32));
const SLACK_BOT_LT = tok('xoxb-', '3391028475', '6-', '7028193746501-', fill('b63-xoxb2', B62, 24));
const DATABRICKS = tok('dapi', fill('b63-dapi', HEX, 32));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH63_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Doing triage on a contractor laptop for case BTC-IR-2291. This was in C:\\Users\\jhale\\.aws\\credentials, last modified 02:14 on the night of the intrusion:

${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-east-2`)}

Give me a CloudTrail Lake query that lists everything this key id did in the last 14 days, grouped by eventName.`),

  rec('env_file', f`Hej! Vores vagtplan-app til kabinepersonalet kan ikke forbinde til databasen efter flytningen til den nye server. Her er .env-filen fra containeren, kan du se hvad der er galt?

${amb('source_code.snippet', f`NODE_ENV=production
DATABASE_URL=postgres://roster_svc:${v('credential.database_url_password', 'Kobenhavn-Kastrup#19')}@pg-crew-01.skerryair.internal:5432/rostering?sslmode=require
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
ROSTER_PUBLISH_HOUR=17
FTL_RULESET=EASA-ORO.FTL`)}

Fejlen er "no pg_hba.conf entry for host". Tak!`),

  rec('code_python', f`Dit script moet de dierverzorgers een sms sturen als de temperatuur in het reptielenhuis onder de 22 graden zakt. Ik krijg foutcode 20003 van Twilio. Wat doe ik fout?

\`\`\`python
${code(f`import time
from twilio.rest import Client
from sensors import lees_temperatuur

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"
DIENST = ["${phone('+31 6 2194 7730')}", "${phone('+31 6 5308 1146')}"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)

while True:
    t = lees_temperatuur("reptielenhuis-terrarium-4")
    if t < 22.0:
        for nr in DIENST:
            client.messages.create(to=nr, from_="HarrowZoo", body=f"Terrarium 4: {t:.1f} °C!")
    time.sleep(300)`)}
\`\`\``),

  rec('chat', f`Che, el webhook de reembolsos tira 401 desde que rotamos las claves el viernes. En el dashboard figura la restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} y la secreta ${v('credential.stripe_secret_key', STRIPE_SK)}. ¿Cuál tengo que usar para devolver los aportes de las campañas que dimos de baja por fraude? No quiero darle permisos de más.`),

  rec('network_config', f`Unser Netzwerkdienstleister hat uns die Konfiguration vom Switch in der Schleiferei geschickt. Kannst du prüfen, ob die Messmaschinen (VLAN 20) sauber vom Büro-VLAN getrennt sind?

${amb('source_code.snippet', f`hostname SW-SCHLEIF-02
!
enable secret 9 ${ambCat('credential', CISCO9)}
username wartung privilege 15 password 0 ${v('credential.network_device_secret', 'Linse#Prisma2024')}
snmp-server community ${v('credential.network_device_secret', 'vitr3ll-ro-mess')} RO
!
interface Vlan20
 description MESSRAUM-KMG
 ip address ${amb('pii.ip_address', '10.20.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
interface Vlan30
 description BUERO
 ip address ${amb('pii.ip_address', '10.30.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '10.30.0.254')}`)}

Es gibt keine ACL zwischen den VLANs, oder?`, 'netmasks marked ambiguous like the addresses; the type-9 hash ambiguous (password hash)'),

  rec('chat', f`Can you write a short welcome email for our locum GP who starts Monday in the healthcare unit at the prison? Include these login details for the clinical system so she has them on day one: username LOCUM.DR.AMARA, the temporary password is ${v('credential.password_in_prose', 'Wardrobe-Kettle-58')} and she'll be asked to change it at first logon. Also remind her that smartcards are collected from reception, not the gate.`),

  rec('chat', f`Jag försöker pusha ändringar i crew-pairing-repot men får 403 sedan i går. \`git remote -v\` visar:

origin  https://oauth2:${v('credential.github_pat', GHP)}@github.com/skerryair/crew-pairing.git (fetch)
origin  https://oauth2:${v('credential.github_pat', GHP)}@github.com/skerryair/crew-pairing.git (push)

Har token gått ut eller är det SSO som spökar? Vi har SAML på organisationen.`),

  rec('http_request', f`Это запрос из логов прокси клиента: атакующий ходил к файловому API с украденным токеном сервисной учётки.

${amb('source_code.snippet', f`GET /api/v2/shares/finance/export?recursive=true HTTP/1.1
Host: files.halvard-logistics.eu
User-Agent: python-requests/2.31.0
Authorization: Bearer ${v('credential.jwt', JWT_IR)}
Accept: */*
X-Forwarded-For: ${amb('pii.ip_address', '185.243.115.72')}`)}

Расшифруй payload, скажи какие права у этой роли и до какого времени токен был действителен. Отзывать его уже поздно?`),

  rec('code_js', f`Alguém commitou isso no repositório público do front das campanhas ontem à noite. O que precisamos revogar primeiro e em que ordem?

${code(f`// src/lib/monitoring.js
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.sentry.io/4506218830118912`)}',
  environment: 'production',
  tracesSampleRate: 0.1,
});

const SLACK_TS_ALERTS = '${v('credential.slack_webhook_url', SLACK_HOOK)}';

export async function alertaDenuncia(campanhaId, motivo) {
  await fetch(SLACK_TS_ALERTS, {
    method: 'POST',
    body: JSON.stringify({ text: \`Campanha \${campanhaId} denunciada: \${motivo}\` }),
  });
}`)}`),

  rec('code_python', f`G'day, this little bot is meant to post feeding reminders to #keepers-carnivores but nothing shows up in the channel. No error either.

${code(f`import schedule, time
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

FEEDS = {
    "08:30": "Tasmanian devils – carcass feed, enclosure D2",
    "11:00": "Dingoes – scatter feed, check Kira's weight",
    "15:45": "Saltwater croc – Tuesdays/Fridays only",
}

def post(msg):
    client.chat_postMessage(channel="#keepers-carnivores", text=msg)

for at, msg in FEEDS.items():
    schedule.every().day.at(at).do(post, msg)

while True:
    schedule.run_pending()
    time.sleep(30)`)}

Bot's been invited to the channel, I checked.`),

  rec('shell', f`検査データを抽出するときに使っているコマンドです。結果をCSVで出したいのですが、どうすればいいですか？区切りがタブになってしまいます。

${amb('source_code.snippet', f`$ mysql -h ${amb('pii.ip_address', '10.3.1.20')} -u qc_reader -p${v('credential.mysql_cli_password', 'Kensa_2024!lens')} qc_lens -e "SELECT lot_no, surface, pv_nm, rms_nm FROM interferometry WHERE measured_at >= '2024-10-01'" > lens_oct.txt`)}

レンズのロットごとにPVの平均も出したいです。`),

  rec('docker_compose', f`Miehistön työvuorolistapalvelu ei käynnisty uudella palvelimella, Redis-kontti kaatuu heti. Tässä compose-tiedosto:

${amb('source_code.snippet', f`services:
  roster-api:
    image: registry.skerryair.fi/roster-api:3.8.1
    environment:
      POSTGRES_HOST: db
      POSTGRES_USER: roster
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Revontuli-Kittila-2209')}
      REDIS_URL: redis://:${v('credential.url_password', 'lumi5ade_varaus')}@cache:6379/0
  cache:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "${v('credential.cli_password', 'lumi5ade_varaus')}"]
  db:
    image: postgres:16`)}

Lokissa lukee "Bad file format reading the append only file". Mitä teen?`),

  rec('chat', f`מצאנו את המפתח הזה בשרת ה-staging של התוקף (VPS אצל ספק זול בליטא), בתוך ~/.ssh של המשתמש deploy:

${v('credential.openssh_private_key', OSSH)}

אפשר לחלץ ממנו את המפתח הציבורי כדי לחפש אותו ב-authorized_keys אצל הלקוח? תן לי את הפקודה המדויקת.`),

  rec('shell', f`Les mails de confirmation aux contributeurs ne partent plus depuis ce matin. Voici l'appel que fait notre worker, je l'ai rejoué à la main :

${amb('source_code.snippet', f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.fundlark.com/messages \\
  -F from='Fundlark <${v('pii.email', 'noreply@mg.fundlark.com')}>' \\
  -F to='${v('pii.email', 'claire.vasseur@laposte.net')}' \\
  -F subject='Merci pour votre contribution' \\
  -F template='pledge-confirmation'`)}

Réponse : {"message":"Domain not found"}. Le domaine est pourtant vérifié dans le dashboard.`),

  rec('json_config', f`Morning all. The pharmacy dispensing module at the correctional centre keeps timing out since the server was moved to the new rack. This is appsettings.Production.json from the app server:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Dispensing": "Server=CCH-SQL02\\\\PHARM;Database=Dispensing;User Id=disp_app;Password=${v('credential.connection_string_password', 'Rooibos!Pollsmoor7')};TrustServerCertificate=True;Connect Timeout=15"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Is 15 seconds too short, or is it something with the instance name?`),

  rec('json_config', f`L'app per i visitatori mostra la mappa tutta grigia da quando abbiamo cambiato progetto su Google Cloud. Questo è il file di configurazione che carica all'avvio:

${amb('source_code.snippet', f`{
  "parkName": "Parco Faunistico Harrowmere – sede di Verona",
  "mapsApiKey": "${v('credential.google_api_key', GOOGLE_KEY)}",
  "defaultCenter": { "lat": 45.4384, "lng": 10.9916 },
  "zoom": 17,
  "layers": ["percorsi", "aree-ristoro", "orari-pasti"]
}`)}

Devo abilitare qualche API in più oltre a Maps JavaScript API?`),

  rec('code_python', f`这个脚本是把检测车间的镜片图片上传到OSS的，最近总是报 InvalidAccessKeyId，但是控制台里这个AccessKey显示是启用状态。帮我看看哪里有问题？

${code(f`import oss2
from pathlib import Path

auth = oss2.Auth('${v('credential.alibaba_access_key_id', ALI_ID)}', '${v('credential.generic_secret_assignment', ALI_SECRET)}')
bucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'vitrell-lens-inspection')

for img in Path('/data/aoi/2024-11').glob('*.png'):
    key = f"aoi/{img.parent.name}/{img.name}"
    bucket.put_object_from_file(key, str(img))
    print('uploaded', key)`)}`),

  rec('shell', f`Ég er að reyna að keyra þetta í CI fyrir áhafnaskipulagið en fæ alltaf AADSTS7000215: Invalid client secret. Er secret-ið útrunnið eða er ég að nota rangt gildi?

${amb('source_code.snippet', f`az login --service-principal \\
  -u 4b7e29d1-8c36-4f0a-a915-63d2e8b1c047 \\
  -p '${v('credential.azure_client_secret', AZ_SECRET)}' \\
  --tenant skerryair.onmicrosoft.com
az webapp deploy --resource-group rg-crew-prod --name crew-roster-is --src-path dist.zip`)}`),

  rec('malware_strings', f`این رشته‌ها را با strings از نمونه‌ی بدافزاری که روی سرور مشتری پیدا کردیم بیرون کشیدم. به نظر می‌رسد از ربات تلگرام به عنوان C2 استفاده می‌کند:

/usr/lib/.cache/kworkerd
https://api.telegram.org/bot${v('credential.telegram_bot_token', TELEGRAM)}/sendDocument
chat_id=-1002183746509
Mozilla/5.0 (X11; Linux x86_64)
/etc/shadow

چطور می‌توانیم این ربات را به تلگرام گزارش کنیم؟ و آیا با همین توکن می‌شود فهمید چه چیزهایی ارسال شده؟`),

  rec('code_js', f`Dolandırıcılık uyarılarını Discord kanalına gönderen küçük bir servis yazdım, ama mesajlar bazen iki kere düşüyor. Sorun nerede?

${code(f`const axios = require('axios');

const WEBHOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';

async function uyar(kampanya) {
  if (kampanya.riskSkoru < 0.8) return;
  await axios.post(WEBHOOK, {
    content: \`⚠️ Şüpheli kampanya: \${kampanya.baslik} (\${kampanya.id}) – skor \${kampanya.riskSkoru}\`,
  });
}

module.exports = { uyar };`)}`),

  rec('code_powershell', f`Skrypt mapuje dysk z dokumentacją medyczną na komputerach w ambulatorium zakładu karnego. Od wczoraj wyskakuje "Odmowa dostępu". Hasło konta serwisowego jest wpisane na sztywno, wiem, że to źle:

${code(f`$uzytkownik = "AMBULATORIUM\\svc_dokumentacja"
$haslo = ConvertTo-SecureString '${v('credential.password_assignment', 'Wrzesien#Kartoteka31')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($uzytkownik, $haslo)

New-PSDrive -Name "M" -PSProvider FileSystem -Root "\\\\ZK-FS01\\Medyczne" -Credential $cred -Persist
Write-Host "Dysk M: zamapowany"`)}

Jak to przepisać, żeby hasło nie było w pliku?`),

  rec('json_config', f`입양 후원자 로그인에 구글 계정 연동을 붙이려고 하는데 "redirect_uri_mismatch"가 계속 떠요. 다운받은 client_secret 파일은 이렇습니다.

${amb('source_code.snippet', f`{"web":{"client_id":"603918274451-h2k8q0v5n3m7c1x9z4b6p2r8t0w5y3s1.apps.googleusercontent.com","project_id":"harrowmere-adopt","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://adopt.harrowmere-zoo.org/auth/callback"]}}`)}

로컬 테스트할 때는 http://localhost:5173 을 쓰는데 그것도 추가해야 하나요?`),

  rec('shell', f`Sveiki! Mēģinu no apkalpes plānošanas sistēmas izvilkt nākamās nedēļas dežūras, bet API atgriež 403. Lūdzu, paskaties, vai galvene ir pareiza:

${amb('source_code.snippet', f`curl -s https://crewapi.skerryair.lv/v1/duties?from=2024-12-02&to=2024-12-08 \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Accept: application/json"`)}

Lietotājam crewsync ir lasīšanas tiesības, to pārbaudīju.`),

  rec('code_python', f`Eh can help check this script? We're using it to kill sessions and deactivate the accounts that showed up in the phishing logs for the client. It runs but only the first 200 users get processed leh.

${code(f`import requests

OKTA = "https://meranti-holdings.okta.com"
HEADERS = {"Authorization": "SSWS ${v('credential.okta_api_token', OKTA)}", "Accept": "application/json"}
DD_API_KEY = "${v('credential.datadog_api_key', DD_API)}"

def compromised():
    r = requests.get(f"{OKTA}/api/v1/users", headers=HEADERS, params={"filter": 'profile.department eq "Finance"'})
    return r.json()

for u in compromised():
    requests.delete(f"{OKTA}/api/v1/users/{u['id']}/sessions", headers=HEADERS)
    requests.post(f"{OKTA}/api/v1/users/{u['id']}/lifecycle/suspend", headers=HEADERS)
    requests.post("https://http-intake.logs.datadoghq.com/api/v2/logs",
                  headers={"DD-API-KEY": DD_API_KEY}, json={"message": f"suspended {u['profile']['login']}", "service": "ir-btc-2291"})`)}`),

  rec('code_js', f`Mình đang viết job gửi email cho người ủng hộ khi chiến dịch bị tạm khóa để điều tra. SendGrid trả về 403 Forbidden, mình đã kiểm tra sender rồi. Nhờ xem giúp:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', tok('SG.', fill('b63-sg3', B64URL, 22), '.', fill('b63-sg4', B64URL, 43)))}');

async function thongBaoTamKhoa(backers, campaign) {
  const msgs = backers.map((b) => ({
    to: b.email,
    from: '${v('pii.email', 'safety@fundlark.com')}',
    templateId: 'd-4f1c2a7b9e3d4c58a6b0e7f2d1c3b9a4',
    dynamicTemplateData: { name: b.name, campaign: campaign.title },
  }));
  await sgMail.send(msgs);
}`)}`),

  rec('shell', f`Ahoj, potřebuju naklonovat repozitář s firmwarem pro interferometr na novou měřicí stanici, ale git pořád chce heslo. Co dělám špatně?

${amb('source_code.snippet', f`$ git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.vitrell.local/metrologie/interferometr-fw.git
Cloning into 'interferometr-fw'...
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled
fatal: Authentication failed for 'https://gitlab.vitrell.local/metrologie/interferometr-fw.git/'`)}

Token jsem vytvářel včera, scope read_repository.`),

  rec('chat', f`Sawubona! Ngicela ungibhalele isaziso esifushane sezivakashi esizonamathiselwa emnyango wesikhungo sezivakashi: igama le-Wi-Fi ngu-Harrowmere-Guest, iphasiwedi ngu-${v('credential.password_in_prose', 'Ndlovu2024!Kwazi')}. I-Wi-Fi ivulekile kusukela ngo-8 ekuseni kuya ku-5 ntambama. Ngiyabonga.`),

  rec('k8s', f`Sveiki, įgulos pranešimų botas po atnaujinimo nebeprisijungia prie Slack. Štai Secret, kurį pritaikėm:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: crew-notify
  namespace: crew-ops
type: Opaque
data:
  SLACK_BOT_TOKEN: ${v('credential.base64_encoded_token', b64(SLACK_BOT_LT))}
  ROSTER_CHANNEL: I2NyZXctdmlsbml1cw==`)}

Pod'o loguose: "invalid_auth". Gal neteisingai užkodavau?`),

  rec('pentest_note', f`يا شباب، في فحص الاختراق لفرع العميل في دبي لقينا إن لوحة تحكم كاميرات المراقبة لسه على بيانات الدخول اللي جات من المورّد:

الرابط: https://${amb('pii.ip_address', '10.44.8.15')}:8443/login
بيانات الدخول: ${v('credential.user_password_pair', 'admin / Dvr@2019admin')}

أبغى صياغة رسمية للملاحظة بالعربي والإنجليزي مع درجة الخطورة والتوصية.`),

  rec('code_python', f`Halo, kami pakai skrip ini untuk memoderasi deskripsi kampanye penggalangan dana sebelum tayang. Sejak minggu lalu selalu error 429 padahal volumenya kecil. Kenapa ya?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def cek_kampanye(teks: str) -> bool:
    hasil = client.moderations.create(model="omni-moderation-latest", input=teks)
    return not hasil.results[0].flagged

for k in ambil_kampanye_baru(limit=500):
    if not cek_kampanye(k.deskripsi):
        tandai_untuk_review(k.id)`)}`),

  rec('yaml', f`Bună, transferul automat al rezultatelor de laborator către infirmeria penitenciarului nu mai merge de luni. Fișierul de configurare al jobului:

${amb('source_code.snippet', f`lab_sync:
  source: sftp://penit_lab:${v('credential.url_password', 'Analize-Jilava!42')}@sftp.medlab-sud.ro:22/outgoing/rezultate
  target: /srv/infirmerie/import
  schedule: "*/30 * * * *"
  notify: infirmerie-it`)}

Eroarea din log: "Permission denied (publickey,password)". Să fie parola schimbată de laborator?`),

  rec('ppk', f`Pozdravljeni, WinSCP na računalniku ob CNC stroju za brušenje leč zahteva geslo za ta ključ, čeprav ga nismo nastavili. Kaj je narobe?

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: cnc-brusilnica@vitrell
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIH${fill('b63-ppkpub', B64, 43)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b63-ppkmac', HEX, 64)}`),

  rec('log', f`क्रू ऐप का यह लॉग देखिए, रात की शिफ्ट वाले पायलटों की ड्यूटी लिस्ट लोड नहीं हो रही। टोकन सही है या एक्सपायर हो गया?

${amb('source_code.snippet', f`2024-11-28 23:41:07 DEBUG http.client send: GET /v3/pairings?base=DEL&date=2024-11-29 HTTP/1.1
2024-11-28 23:41:07 DEBUG http.client header: Authorization: Bearer ${v('credential.bearer_token', BEARER)}
2024-11-28 23:41:08 WARN  roster.sync response 401 {"error":"token_expired"} in 412 ms`)}

और ये टोकन लॉग में क्यों छप रहा है?`),

  rec('chat', f`Да ли је овај Mailchimp API кључ још увек активан? ${v('credential.mailchimp_api_key', MAILCHIMP)} Треба да пошаљемо децембарски билтен донаторима зоолошког врта, а претходна колегиница је отишла и нико не зна лозинку за налог. Можемо ли преко API-ја да извеземо листу?`),

  rec('shell_history', f`ინციდენტის დროს ჩვენმა ადმინმა ეს ბრძანებები გაუშვა სერვერზე. ვფიქრობ, ტოკენი bash_history-ში დარჩა. რა უნდა გავაკეთოთ?

  ${amb('source_code.snippet', f`501  export VAULT_ADDR=https://vault.kavkaz-pay.ge:8200
  502  export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
  503  vault kv get secret/payments/db
  504  vault token lookup
  505  history -c`)}

history -c ბოლოს გაუშვა, მაგრამ ფაილი მაინც ჩაიწერა.`),

  rec('chat', f`Salam! Kampaniya mükafatları üçün Shopify mağazamız var, inteqrasiya üçün bu access token-i verdilər: ${v('credential.shopify_access_token', SHPAT)}. Sifarişləri API ilə çəkəndə 401 alırıq. Bəlkə scope-lar çatışmır? read_orders verilib.`),

  rec('json_config', f`Здраво, сервисот за контрола на квалитет не може да ги качи сликите од интерферометарот во Azure. Ова е appsettings.json:

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=vitrellqcmk;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "interferogrami"
  }
}`)}

Грешката е "Server failed to authenticate the request". Клучот го копирав од порталот вчера.`),

  rec('shell', f`Jira-ի API-ն ինձ 401 է տալիս, թեև token-ը նոր եմ ստեղծել։ Ահա հրամանը.

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'n.petrosyan@skerryair.am')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Accept: application/json" \\
  "https://skerryair.atlassian.net/rest/api/3/search?jql=project=CREW+AND+labels=swap-request"`)}

Օգնեք, խնդրում եմ։ Ուզում եմ ստանալ հերթափոխի փոխանակման բոլոր հայտերը։`),

  rec('chat', f`Сәлеметсіз бе! Клиенттің веб-серверінен мына кілтті таптық, шабуылдаушы осымен SSH арқылы кірген деп ойлаймыз:

${v('credential.private_key', RSA)}

Осы кілттің fingerprint-ін қалай шығаруға болады? Логтардағы жазбалармен салыстыру керек.`),

  rec('shell', f`I set up the gh CLI on the new T&S jump box like this and now every teammate who logs into it acts as me on GitHub. How do I scope it to the service account instead?

${amb('source_code.snippet', f`$ echo ${v('credential.github_fine_grained_pat', GH_FINE)} | gh auth login --with-token
$ gh auth status
github.com
  ✓ Logged in to github.com account mfoley-fundlark (keyring)
  - Active account: true
  - Token scopes: none (fine-grained)`)}`),

  rec('chat', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਟਿਕਟ ਕਿਓਸਕ ਦਾ ਐਡਮਿਨ ਪੈਨਲ ਲੌਕ ਹੋ ਗਿਆ ਹੈ। ਯੂਜ਼ਰਨੇਮ kiosk_admin ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Sher#Baagh2023')} ਹੈ, ਪਰ ਤਿੰਨ ਵਾਰ ਗਲਤ ਹੋਣ ਤੋਂ ਬਾਅਦ ਖੁੱਲ੍ਹ ਨਹੀਂ ਰਿਹਾ। ਵਿਕਰੇਤਾ ਨੂੰ ਈਮੇਲ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕਰੋ ਜੀ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ।`),

  rec('shell', f`જેલ આરોગ્ય કેન્દ્રના દવાખાનાના રિપોર્ટ માટે આ કમાન્ડ ચલાવું છું, પણ "Login failed for user" આવે છે. પાસવર્ડમાં ! છે એટલે કદાચ shell ગડબડ કરે છે?

${amb('source_code.snippet', f`sqlcmd -S jailhealth-db01.gujarat.local -d Pharmacy -U rpt_user -P ${v('credential.cli_password', 'Davakhana!2024')} -Q "SELECT ward, COUNT(*) FROM dispensed WHERE dt >= '2024-11-01' GROUP BY ward" -o nov.csv -s ","`)}`),

  rec('code_python', f`කාර්ය මණ්ඩල චැට් පණිවිඩ සාරාංශ කරන්න මේ කේතය ලිව්වා, නමුත් 401 Unauthorized එනවා. ටෝකනය වැරදිද?

${code(f`from huggingface_hub import InferenceClient

client = InferenceClient(model="facebook/bart-large-cnn", token="${v('credential.huggingface_token', HF)}")

def saransha(messages):
    text = "\\n".join(m["text"] for m in messages)
    return client.summarization(text).summary_text`)}`),

  rec('hcl', f`ဖောက်သည်ရဲ့ DNS ကို ပြန်ထိန်းချုပ်ဖို့ Terraform ကို သုံးနေပါတယ်။ ဒီ tfvars ဖိုင်ကို repo ထဲ commit လုပ်မိသွားပြီ။ ဘာလုပ်ရမလဲ?

${amb('source_code.snippet', f`# terraform.tfvars
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "9a3f1c7e2b8d4e6f0a1b2c3d4e5f6a7b"
sinkhole_records     = ["update-cdn-mm.com", "mm-cloudsync.net"]`)}`),

  rec('chat', f`សួស្តី! ខ្ញុំកំពុងសាកល្បងប្រើ Claude ដើម្បីពិនិត្យយុទ្ធនាការរៃអង្គាសប្រាក់ដែលគួរឱ្យសង្ស័យ។ API key របស់ខ្ញុំគឺ ${v('credential.anthropic_api_key', ANTHROPIC)} ប៉ុន្តែវាឆ្លើយថា "credit balance too low"។ តើត្រូវបញ្ចូលលុយនៅកន្លែងណា?`),

  rec('chat', f`سڵاو، تکایە یارمەتیم بدە نامەیەک بۆ بەشی IT بنووسم: کۆمپیوتەری ئامێری پێوانەی CMM لە تاقیگەی لێنسەکان قفڵ بووە. ناوی بەکارهێنەر cmm_operator ە و وشەی نهێنی ${v('credential.password_in_prose', 'Roonaki-Lens#77')} بوو، بەڵام ئێستا کار ناکات. دەمەوێت نامەکە بە ئینگلیزی بێت.`),

  rec('chat', f`ሰላም፣ የእንስሳት ፓርኩን የጎብኚዎች ድህረ ገጽ ወደ DigitalOcean እያዘዋወርን ነው። ይሄ token ${v('credential.digitalocean_token', DO_TOKEN)} በ doctl ሲገባ "Unable to authenticate you" ይላል። ምን ላድርግ?`),

  rec('chat', f`Ẹ kú àárọ̀. Ẹ jọ̀wọ́ ẹ bá mi kọ lẹ́tà sí olùpèsè sọ́fítíwè ilé ìtajà òògùn ní ẹ̀wọ̀n. Orúkọ olùlò ni pharm_admin, ọ̀rọ̀ aṣínà rẹ̀ ni ${v('credential.password_in_prose', 'Oogun@Ikoyi2024')}, ṣùgbọ́n kò ṣiṣẹ́ mọ́ láti ọjọ́ Ajé. Ní èdè Gẹ̀ẹ́sì.`),

  rec('npmrc', f`Our crew-app build on the new Jenkins agent can't pull the private design-system package, 404 on @skerry/ui. Local builds are fine. Project .npmrc:

${amb('source_code.snippet', f`@skerry:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Is it because the token's tied to my account and not the org?`, 'npm token as both the _authToken value and an npm_ token'),

  rec('code_powershell', f`Grüezi, mir schicken bei jedem neuen Incident eine Meldung in den Teams-Kanal vom IR-Team. Seit Microsoft die Connectors umstellt, kommt nichts mehr an. Muss ich das ganze Skript umschreiben?

${code(f`param([string]$Fall, [string]$Schweregrad)

$hook = "${v('credential.teams_webhook_url', TEAMS)}"
$karte = @{
  title = "Neuer Fall $Fall"
  text  = "Schweregrad: $Schweregrad – Pikett bitte übernehmen."
} | ConvertTo-Json

Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $karte`)}`),

  rec('code_ts', f`Hoi, de webhook voor terugbetalingen valideert nooit: altijd "No signatures found matching the expected signature". Wat zie ik over het hoofd?

${code(f`import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_KEY!);
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

const app = express();
app.use(express.json());

app.post('/webhooks/stripe', (req, res) => {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'charge.refunded') markeerBijdrageTerugbetaald(event.data.object);
  res.sendStatus(200);
});`)}`),

  rec('json_config', f`Bonjour, sur le PC de la ligne de polissage, docker pull vers notre registre interne répond "unauthorized" alors que le login a réussi hier. Voici ~/.docker/config.json :

${amb('source_code.snippet', f`{
  "auths": {
    "registry.vitrell.be": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Faut-il refaire un docker login après chaque redémarrage du PC ? Ça fait septante minutes que je cherche.`),

  rec('yaml', f`Hola, la integración con el software de fichas de animales (historial veterinario, pesos, partos) devuelve "invalid_client" desde la migración. Este es el fichero de configuración del conector:

${amb('source_code.snippet', f`registros_animales:
  base_url: https://api.zoo-records.example.org/v2
  institucion: HARROWMERE-MAD
  client_id: harrowmere-mad-sync
  client_secret: ${v('credential.generic_secret_assignment', fill('b63-zrsec', B62, 40))}
  sincronizar:
    - pesos
    - tratamientos
    - nacimientos`)}

¿Puede ser que el client_secret tenga que ir entre comillas?`),

  rec('email', f`Bom dia Sr. Chissano,

Conforme combinado por telefone, segue o acesso ao portal de escalas da tripulação para a nova base de Nampula:

Utilizador: chissano.f
Senha: ${v('credential.password_assignment', 'Maputo#Escala2024')}

Por favor altere a senha no primeiro acesso. Qualquer problema contacte o planeamento de tripulações.

Cumprimentos,
Planeamento de Tripulações

--> podes melhorar este email e deixá-lo mais formal?`),

  rec('json_config', f`Found this in a world-readable GCS bucket during the client's cloud review. Before I write it up, is this a full service-account key or just the public part?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kookaburra-analytics-prod",
  "private_key_id": "${fill('b63-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'etl-runner@kookaburra-analytics-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650284619375",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Bucket was gs://kookaburra-etl-tmp, objectViewer for allUsers.`),

  rec('chat', f`Parce, el bot de moderación publica en Slack con mi usuario y no con el del bot. Usé este token que me salió en la página de OAuth: ${v('credential.slack_user_token', SLACK_USER)}. ¿Cuál es el que debería usar para que aparezca como "T&S Bot"?`),

  rec('chat', f`The med-cart vendor's install guide (page 14) lists the service account like this:

Service account: svc_medcart
Password: ${v('credential.password_assignment', 'Cart!Meds-2022')}

That's the old one from the 2022 install, I think IT changed it since. Can you rewrite page 14 as a checklist for the night nurses at the county jail infirmary, without the account details?`, 'a value under a password label stays a password even when the text says it is old'),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`import os
os.environ["DATABRICKS_HOST"] = "https://adb-5829371046281934.14.azuredatabricks.net"
os.environ["DATABRICKS_TOKEN"] = "${v('credential.databricks_token', DATABRICKS)}"

from databricks import sql
conn = sql.connect(server_hostname=os.environ["DATABRICKS_HOST"][8:], http_path="/sql/1.0/warehouses/7e3a91c2d4b8f056")`)}

In [4]: sto analizzando gli scarti per lotto di lenti: lo stesso notebook funziona sul cluster ma dal mio portatile va in timeout, perché?`),
];
