/**
 * Held-out batch 71: credentials pasted by staff of a hospital radiology department, a scrap-metal
 * trader, a regional TV news desk, a university alumni and fundraising office, an offshore drilling
 * contractor and a mobile operator's customer-care centre — chats, configs, shells and code in
 * many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, BECH32, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b71-akia', B32, 16));
const AWS_SECRET = fill('b71-awssec', B64, 40);
const TELEGRAM = tok('7184', fill('b71-tgid', DIGITS, 6), ':AA', fill('b71-tg', B64URL, 33));
const BSS_BASIC = b64('crc_casa_api:Atlas#Rabat2024');
const TWILIO_SID = tok('AC', fill('b71-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b71-twtok', HEX, 32);
const YT_KEY = [1, 2, 3, 4, 5].map((i) => fill(`b71-ytkey${i}`, LOWER + DIGITS, 4)).join('-');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b71-rklive', B62, 97));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b71-slt', UPPER + DIGITS, 8), '/B0', fill('b71-slb', UPPER + DIGITS, 9), '/', fill('b71-slh', B62, 24));
const AZ_STORAGE = tok(fill('b71-azst', B64, 86), '==');
const GLPAT = tok('glpat-', fill('b71-glpat', B62, 20));
const PMAK = tok('PMAK-', fill('b71-pmak1', HEX, 24), '-', fill('b71-pmak2', HEX, 34));
const DROPBOX = tok('sl.', 'B', fill('b71-dbx', B64URL, 138));
const MAILCHIMP = tok(fill('b71-mc', HEX, 32), '-us14');
const SENDGRID = tok('SG.', fill('b71-sg1', B64URL, 22), '.', fill('b71-sg2', B64URL, 43));
const PI_KEY = pem('OPENSSH PRIVATE KEY', 'b71-piossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const HF = tok('hf_', fill('b71-hf', B62, 34));
const GMAPS = tok('AIza', 'Sy', fill('b71-gmaps', B64URL, 33));
const CARE_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'care-2024-11' }, { sub: 'agent.rini.w', iss: 'https://sso.nusaseluler.co.id', aud: 'sim-swap-api', scope: 'simswap:write customer:read', iat: 1732530114, exp: 1732559000 }, 'b71-carejwt');
const GROQ = tok('gsk_', fill('b71-groq', B62, 52));
const FB_PAGE = tok('EAA', 'Jx4', fill('b71-fbpage', B62, 160));
const MAILGUN = tok('key-', fill('b71-mailgun', HEX, 32));
const WP_APP_PW = [1, 2, 3, 4, 5, 6].map((i) => fill(`b71-wpapp${i}`, B62, 4)).join(' ');
const OKTA = tok('00', fill('b71-okta', B64URL, 40));
const AZ_CLIENT_SECRET = tok(fill('b71-azcs1', B62, 3), '8Q~', fill('b71-azcs2', B62 + '_~.-', 34));
const TWITTER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b71-tw1', B62, 24), '%3D', fill('b71-tw2', B62, 50));
const AIRTABLE = tok('pat', fill('b71-at1', B62, 14), '.', fill('b71-at2', HEX, 64));
const DO_TOKEN = tok('dop_v1_', fill('b71-dop', HEX, 64));
const BREVO = tok('xkeysib-', fill('b71-brevo1', HEX, 64), '-', fill('b71-brevo2', B62, 16));
const OPENAI = tok('sk-proj-', fill('b71-oai1', B64URL, 74), 'T3BlbkFJ', fill('b71-oai2', B64URL, 74));
const FCM = tok('AAAA', fill('b71-fcm1', B64URL, 7), ':APA91b', fill('b71-fcm2', B64URL, 134));
const SENTRY_KEY = fill('b71-sentry', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b71-vault', B64URL, 86));
const DARAJA_KEY = fill('b71-darajak', B62, 48);
const DARAJA_SECRET = fill('b71-darajas', B62, 64);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b71-ant', B64URL, 93), 'AA');
const NOTION = tok('ntn_', fill('b71-ntn1', DIGITS, 11), fill('b71-ntn2', B62, 35));
const DOCKER_AUTH = b64('rtg-ci:Snimka#Kosice88');
const DD_API = fill('b71-ddapi', HEX, 32);
const DD_APP = fill('b71-ddapp', HEX, 40);
const GH_FINE = tok('github_pat_', '11B', fill('b71-ghfg1', UPPER + DIGITS, 19), '_', fill('b71-ghfg2', B62, 59));
const GHP = gh('ghp', 'Vq7Nc2Ld9Ws4Hk1Rf6Jz3Tb8Xm5Gp0');
const CF_TOKEN = fill('b71-cftok', B64URL, 40);
const AT_KEY = tok('atsk_', fill('b71-atsk', HEX, 64));
const SA_KEY = pem('PRIVATE KEY', 'b71-gcpsa', 1218);
const SA_KEY_ID = fill('b71-gcpkid', HEX, 40);
const GOCSPX = tok('GOCSPX-', fill('b71-gocspx', B64URL, 28));
const FRAMEIO = tok('fio-u-', fill('b71-fio', B64URL, 64));
const PPK_PRIV = b64Bytes('b71-ppk', 48);
const RSA_SFTP = pem('RSA PRIVATE KEY', 'b71-rsasftp', 1190);
const NPM = gh('npm', 'Kd3Wq8Zr1Tm6Yb9Hx4Nc7Lf2Pv5Sg0');
const K8S_SLACK = tok('xoxb-', '4820193746', '1-', '8019274635102-', fill('b71-k8sxoxb', B62, 24));
const K8S_SENDGRID = tok('SG.', fill('b71-k8ssg1', B64URL, 22), '.', fill('b71-k8ssg2', B64URL, 43));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1302847561938274615', '/', fill('b71-dischook', B64URL, 68));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b71-age', BECH32, 58));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH71_CREDENTIALS: DraftRecord[] = [
  rec('chat_en_us', f`Our PACS vendor is supposed to push prior studies into our S3 archive bucket overnight. I set up the credentials on the gateway VM like this:

${cfg(f`# ~/.aws/credentials on rad-gw-02
[imaging-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = us-east-2`)}

\`aws s3 ls s3://mercy-rad-archive-prod --profile imaging-archive\` returns AccessDenied. The IAM user has AmazonS3ReadOnlyAccess plus a custom put policy. What am I missing?`),

  rec('chat_nb', f`Hei! Kan du hjelpe meg å skrive et kort overleveringsnotat til neste skift på engelsk? Stikkord:
- VSAT-modemet på Northbar Sentinel ble restartet kl. 03:40, linken var nede i 25 min
- admin-siden til modemet er http://${amb('pii.ip_address', '10.44.0.1')}, bruker vsatadmin, passordet er nå ${v('credential.password_in_prose', 'Stormfugl#7731')} (det gamle var ${v('credential.password_in_prose', 'Havhest2022!')}, ikke bruk det lenger)
- Starlink-backup står på automatisk failover
- ingen alarmer fra DP-systemet`, 'the old password is still a password under its label'),

  rec('code_python_es_cl', f`Hola, el bot del grupo de WhatsApp/Telegram de compradores dejó de mandar el precio del cobre cada mañana. Nos avisó un chatarrero de Rancagua. ¿Me ayudas a ver qué está mal?

\`\`\`python
${code(f`import requests
import schedule
import time

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = "-1001847392015"
URL = f"https://api.telegram.org/bot{TOKEN}/sendMessage"

def precio_cobre():
    r = requests.get("https://api.metales-feed.cl/v1/lme/copper", timeout=10)
    r.raise_for_status()
    usd_lb = r.json()["cash_settlement"] / 2204.62
    texto = f"Cobre LME hoy: US$ {usd_lb:.3f}/lb. Compramos cobre #1 a {usd_lb * 0.82:.3f}/lb en patio."
    requests.post(URL, data={"chat_id": CHAT_ID, "text": texto})

schedule.every().day.at("08:30").do(precio_cobre)
while True:
    schedule.run_pending()
    time.sleep(30)`)}
\`\`\`

El log solo dice "409 Conflict: terminated by other getUpdates request".`),

  rec('json_config_de', f`Unser Orthanc (Mini-PACS für die Teleradiologie-Anbindung der Außenstandorte) lehnt seit dem Update auf 1.12.4 alle Logins aus dem Viewer ab. Hier der relevante Teil der orthanc.json:

${cfg(f`{
  "Name" : "RAD-KLINIKUM-NORD",
  "DicomAet" : "RADNORD_ORTH",
  "DicomPort" : 4242,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "teleradiologie" : "${v('credential.password_assignment', 'Kontrast-Mittel!92')}",
    "befundviewer" : "${v('credential.password_assignment', 'Sono4Lesen_2024')}"
  },
  "DicomModalities" : {
    "CT1" : [ "CT_SOMATOM_1", "${amb('pii.ip_address', '192.168.40.21')}", 104 ],
    "MR2" : [ "MR_VIDA_2", "${amb('pii.ip_address', '192.168.40.35')}", 104 ]
  }
}`)}

Im Log steht nur "Bad credentials". Muss man die Passwörter seit 1.12 anders hinterlegen?`),

  rec('curl_fr_ma', f`Salam, je suis au centre de relation client (plateau de Casablanca). Depuis ce matin l'API du BSS me renvoie 401 quand je veux consulter le solde d'un abonné. Voici exactement ce que je lance :

${cfg(f`curl -s -X GET "https://bss-api.internal.atlastel.ma/v2/subscribers/SUB-0048213377/balance" \\
  -H "Accept: application/json" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BSS_BASIC)}"`)}

Hier ça marchait. Est-ce que c'est le mot de passe du compte technique qui a expiré, ou un problème de format ?`),

  rec('env_file_en_ph', f`Hi! Our outage SMS blast to Visayas subscribers failed last night with error 20003 from Twilio. Staging works. Here's the prod .env of the notifier (I removed the DB lines):

${cfg(f`NOTIFIER_ENV=production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+63 917 824 3190')}
BATCH_SIZE=500
REGION_FILTER=VIS`)}

Is 20003 a wrong token or a suspended account? Need to answer my team lead before the 10am huddle.`),

  rec('json_config_ja', f`夕方ニュースのライブ配信がOBSからYouTubeにつながりません。OBSのservice.jsonはこれです：

${cfg(f`{
  "settings": {
    "bwtest": false,
    "key": "${v('credential.generic_secret_assignment', YT_KEY)}",
    "server": "rtmp://a.rtmp.youtube.com/live2",
    "service": "YouTube - RTMPS",
    "use_auth": false
  },
  "type": "rtmp_common"
}`)}

ストリームキーは昨日報道部の共有アカウントで再発行しました。17時の枠に間に合わせたいので、原因として考えられるものを教えてください。`),

  rec('code_js_ko', f`동문 기부 페이지에서 정기 후원 결제가 가끔 두 번 청구됩니다. 재무팀에서 환불 요청이 계속 와요. 코드 봐 주실 수 있나요?

\`\`\`js
${code(f`const express = require('express');
const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_restricted_key', RK_LIVE)}');
const app = express();
app.use(express.json());

app.post('/api/donations/recurring', async (req, res) => {
  const { customerId, priceId, alumniNo } = req.body;
  const sub = await stripe.subscriptions.create({
    customer: customerId,
    items: [{ price: priceId }],
    metadata: { alumni_no: alumniNo, campaign: '2025-homecoming' },
  });
  res.json({ id: sub.id, status: sub.status });
});

app.listen(8080);`)}
\`\`\`

버튼을 두 번 누르면 구독이 두 개 생기는 것 같아요. idempotency key를 어디에 넣어야 하나요?`),

  rec('code_bash_sv', f`Skriptet som pushar nya TT-telegram till #nyhetsdesk i Slack har slutat fungera efter att vi flyttade till den nya servern. Ser du felet?

${code(f`#!/usr/bin/env bash
set -euo pipefail
HOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
FEED=/srv/wire/incoming
for f in "$FEED"/*.xml; do
  rubrik=$(xmllint --xpath 'string(//headline)' "$f")
  prio=$(xmllint --xpath 'string(//priority)' "$f")
  if [[ "$prio" -le 2 ]]; then
    curl -s -X POST -H 'Content-type: application/json' \\
      --data "{\\"text\\":\\":rotating_light: $rubrik\\"}" "$HOOK"
  fi
  mv "$f" /srv/wire/done/
done`)}

Det kommer inga fel i cron-loggen, men inget dyker upp i kanalen.`),

  rec('config_fi', f`Röntgenkuvien siirto Azureen epäonnistuu yöllä, DICOM-reititin antaa virheen 403 AuthorizationFailure. Päivällä käsin ajettuna toimii. Tässä reitittimen asetukset:

${cfg(f`[archive]
target=azure-blob
container=rtg-arkisto-2024
connection=DefaultEndpointsProtocol=https;AccountName=radkuvatarkisto;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
retry=5
[source]
aet=RTG_REITITIN
port=11112`)}

Voisiko storage accountin palomuuri estää yöajon, kun se tulee eri IP:stä?`),

  rec('config_pl', f`Cześć, program do obsługi wagi samochodowej na placu w Chorzowie nie łączy się z bazą po wymianie serwera. W pliku konfiguracyjnym mam:

${cfg(f`[Baza]
Polaczenie=Data Source=WAGA-SRV\\SQLEXPRESS;Initial Catalog=WagaZlom;User ID=waga_app;Password=${v('credential.connection_string_password', 'Złom!Huta2024')};TrustServerCertificate=True
[Waga]
Port=COM3
Predkosc=9600
Jednostka=kg`)}

Błąd: "Login failed for user 'waga_app'". Czy polskie znaki w haśle mogą być problemem?`),

  rec('shell_cs', f`Kolegyně si naklonovala repo se skripty pro call centrum a push jí padá. Tady je výstup:

${cfg(f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.mobilcz.local/pece-o-zakazniky/skripty.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.mobilcz.local/pece-o-zakazniky/skripty.git (push)
$ git push origin main
remote: HTTP Basic: Access denied.
fatal: Authentication failed for 'https://gitlab.mobilcz.local/pece-o-zakazniky/skripty.git/'`)}

Token má prý scope read_repository. Stačí přidat write_repository, nebo musí vytvořit nový?`),

  rec('chat_tr', f`Merhaba, çağrı merkezi test ekibi olarak Postman koleksiyonlarımızı gece Newman ile koşturuyoruz. Dün akşamdan beri koleksiyonu API'den çekerken 401 alıyoruz. Kullandığımız anahtar ${v('credential.postman_api_key', PMAK)}, hesabı da ekip lideri Emre Bey'in hesabı. Anahtarın süresi mi doldu yoksa takım planıyla mı ilgili? Bir de bu anahtarı Jenkins'te nasıl gizli değişken olarak saklamalıyız?`),

  rec('code_python_he', f`העלאת החומרים מהצלמים בשטח לתיקייה המשותפת בדרופבוקס נכשלת אחרי כמה שעות. הנה הסקריפט שרץ על מחשב העריכה:

${code(f`import dropbox, pathlib

dbx = dropbox.Dropbox("${v('credential.dropbox_access_token', DROPBOX)}")
SRC = pathlib.Path("/Volumes/INGEST/chadashot_erev")

for clip in sorted(SRC.glob("*.mxf")):
    with clip.open("rb") as fh:
        dbx.files_upload(fh.read(), f"/Newsdesk/2024-11/{clip.name}", mode=dropbox.files.WriteMode.overwrite)
    print("uploaded", clip.name)`)}

השגיאה היא expired_access_token. איך עוברים ל-refresh token בלי שמישהו יצטרך להתחבר כל יום?`),

  rec('env_file_ar_sa', f`مرحبا، نحن في مكتب الخريجين وتنمية الموارد بالجامعة. نريد نقل قائمة الخريجين من Mailchimp إلى SendGrid قبل حملة التبرعات الرمضانية. هذا ملف الإعدادات الحالي:

${cfg(f`MAILCHIMP_API_KEY=${v('credential.mailchimp_api_key', MAILCHIMP)}
MAILCHIMP_LIST_ID=4f8e2a91c7
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
FROM_EMAIL=${v('pii.email', 'alumni-giving@kfu-alumni.edu.sa')}
FROM_NAME=مكتب الخريجين`)}

هل يمكنك كتابة سكربت Python ينقل الجمهور مع الوسوم (الدفعة، الكلية، متبرع سابق)؟`),

  rec('chat_ru', f`Не могу подключиться к серверу исторических данных (PI) на буровой установке. Предыдущий инженер перед вахтой оставил мне ключ в заметке:

${v('credential.openssh_private_key', PI_KEY)}

Запускаю так:
${cfg(f`ssh -i ~/.ssh/rig_pi.key piadmin@${amb('pii.ip_address', '10.20.1.15')}`)}
и получаю "Permission denied (publickey)". Права на файл 600. Что ещё проверить?`),

  rec('notebook_uk', f`Модель відтоку абонентів не завантажується з нашого приватного репозиторію на Hugging Face, хоча ще тиждень тому все працювало. Клітинка з ноутбука:

${code(f`from huggingface_hub import login
from transformers import AutoTokenizer, AutoModelForSequenceClassification

login(token="${v('credential.huggingface_token', HF)}")
repo = "kyivmobile-care/churn-uk-ru-v3"
tok = AutoTokenizer.from_pretrained(repo)
model = AutoModelForSequenceClassification.from_pretrained(repo)
print(model.config.id2label)`)}

Помилка: 401 Client Error, Repository Not Found. Токен з правами read.`),

  rec('code_js_vi', f`Em đang làm trang theo dõi xe thu gom phế liệu cho công ty (bãi ở Bình Dương), bản đồ không hiện, chỉ thấy màu xám. Anh/chị xem giúp em đoạn này:

${code(f`<script>
  function initMap() {
    const bai = { lat: 10.9804, lng: 106.6519 };
    const map = new google.maps.Map(document.getElementById('map'), { zoom: 11, center: bai });
    fetch('/api/xe-thu-gom/vi-tri')
      .then((r) => r.json())
      .then((ds) => ds.forEach((xe) => new google.maps.Marker({ position: xe.toaDo, map, title: xe.bienSo })));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap"></script>`)}

Console báo "RefererNotAllowedMapError".`),

  rec('http_id', f`Halo, aplikasi agen CS kami dapat 403 saat memanggil endpoint penggantian kartu SIM (SIM swap). Ini request yang tercatat di log gateway:

${cfg(f`POST /v1/simswap/requests HTTP/1.1
Host: api-internal.nusaseluler.co.id
Authorization: Bearer ${v('credential.jwt', CARE_JWT)}
Content-Type: application/json
X-Agent-Id: CS-JKT-0419

{"msisdn":"${phone('+62 812-4827-3916')}","reason":"kartu hilang","verified_by":"KTP + 3 nomor terakhir"}`)}

Scope-nya sudah simswap:write. Apa mungkin tokennya sudah kedaluwarsa?`),

  rec('chat_hi', f`नमस्ते, हमारे कॉल सेंटर के चैटबॉट (रिचार्ज और बिल की शिकायतें) के लिए मैंने Groq की API key ${v('credential.groq_api_key', GROQ)} .env में डाली है, लेकिन हर कॉल पर "invalid_api_key" आ रहा है। Key कल ही बनाई थी। क्या Groq की key किसी प्रोजेक्ट से बंधी होती है? हिंदी में समझाइए प्लीज़।`),

  rec('chat_el', f`Γεια σας, προσπαθούμε να ανεβάζουμε αυτόματα τα βραδινά δελτία ειδήσεων στη σελίδα Facebook του σταθμού μας (περιφερειακό κανάλι στη Θεσσαλονίκη). Το page access token που πήραμε από το Graph API Explorer είναι:
${v('credential.facebook_access_token', FB_PAGE)}
Λήγει μετά από μία ώρα και το script σταματάει. Πώς παίρνουμε token που δεν λήγει;`),

  rec('config_hu', f`Sziasztok! A radiológián a Mirth Connect (HL7 interfész a RIS és a kórházi rendszer között) újraindítás után nem indul el. A mirth.properties releváns része:

${cfg(f`database = postgres
database.url = jdbc:postgresql://${amb('pii.ip_address', '10.12.0.8')}:5432/mirthdb
database.username = mirth
database.password = ${v('credential.password_assignment', 'Rontgen#Pecs2023')}
database.max-connections = 20
http.port = 8080
https.port = 8443`)}

A logban: "FATAL: password authentication failed for user mirth". A jelszót a DBA tegnap állította át, de szerinte ez az új.`),

  rec('code_php_hr', f`Bok, na otpadu u Sesvetama šaljemo kupcima vagarski list (PDF) mailom nakon svakog vaganja. Od jučer mailovi ne odlaze. Evo koda:

${code(f`<?php
require 'vendor/autoload.php';
use Mailgun\\Mailgun;

$mg = Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$pdf = "/var/vaga/listovi/{$vaganje['broj']}.pdf";
$mg->messages()->send('mg.metalotpad-sesvete.hr', [
  'from'    => 'Vaga <${v('pii.email', 'vaga@mg.metalotpad-sesvete.hr')}>',
  'to'      => $kupac['email'],
  'subject' => "Vagarski list br. {$vaganje['broj']}",
  'text'    => "Poštovani, u privitku je vagarski list. Neto: {$vaganje['neto']} kg.",
  'attachment' => [['filePath' => $pdf]],
]);`)}

Greška je "Forbidden". Domena je na EU regiji.`),

  rec('curl_sr', f`Zdravo, automatski objavljujemo vesti iz našeg sistema za planiranje emisija na sajt (WordPress). Od nadogradnje na 6.7 dobijamo 401. Komanda koju skripta šalje:

${cfg(f`curl -s -X POST https://rtv-vojvodina-vesti.rs/wp-json/wp/v2/posts \\
  -u 'desk-bot:${v('credential.cli_password', WP_APP_PW)}' \\
  -H 'Content-Type: application/json' \\
  -d '{"title":"Novi Sad: radovi na Bulevaru do petka","status":"draft","categories":[12]}'`)}

Lozinka je "application password" napravljena za korisnika desk-bot. Da li Wordfence možda blokira Basic auth?`),

  rec('curl_sq', f`Përshëndetje, në qendrën e kujdesit ndaj klientit po përpiqemi të nxjerrim listën e agjentëve që nuk janë futur në Okta prej 90 ditësh. Kjo komandë kthen listë bosh:

${cfg(f`curl -s -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  "https://albatel.okta.com/api/v1/users?filter=lastLogin+lt+%222024-08-28T00:00:00.000Z%22&limit=200"`)}

Ndërsa në konsolë shoh 37 agjentë të tillë. Ku e kam gabim?`),

  rec('json_config_az', f`Salam, qazma qurğusundakı növbə hesabatlarını Teams kanalına göndərən botumuz Azure-da token ala bilmir. appsettings.json belədir:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5c1e8a4f-93b2-4d70-a6e1-0f28d9c3b741",
    "ClientId": "b83f27d6-1c4e-4a95-8e02-7d6a91f0c3e5",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Teams": { "TeamName": "Xəzər-3 Qazma", "Channel": "Növbə hesabatları" }
}`)}

Xəta: AADSTS7000215 Invalid client secret provided. Secret-i dünən portalda yenilədik.`),

  rec('chat_ka', f`გამარჯობა, ჩვენი რეგიონული ტელეარხის ახალი ამბების სამსახურში გვინდა X-ზე (Twitter) გამოქვეყნებული პოსტების ავტომატური მონიტორინგი. Bearer token არის ${v('credential.twitter_bearer_token', TWITTER)} და უკვე პირველ მოთხოვნაზე 429-ს ვიღებთ. Free პაკეტის ლიმიტია? დაწერე მოკლედ ქართულად.`),

  rec('chat_hy', f`Բարև, համալսարանի շրջանավարտների գրասենյակում նվիրատուների ցուցակը պահում ենք Airtable-ում։ Ուզում եմ Python սկրիպտով ամեն շաբաթ արտահանել նոր նվիրատվությունները։ Իմ personal access token-ն է ${v('credential.airtable_pat', AIRTABLE)}, base-ը՝ appR7kQ2mV9xW4tN1։ Կօգնե՞ս գրել կոդը, որ ֆիլտրի վերջին 7 օրը։`),

  rec('chat_fa', f`سلام، سایت شرکت ما (خرید و فروش ضایعات آهن و مس) روی DigitalOcean است و می‌خواهم با Terraform یک Droplet جدید بسازم. توکنی که از پنل گرفتم این است: ${v('credential.digitalocean_token', DO_TOKEN)} ولی terraform apply خطای 401 Unable to authenticate you می‌دهد. توکن را با دسترسی Read ساخته‌ام، مشکل از همین است؟`),

  rec('shell_ur', f`السلام علیکم، کسٹمر کیئر کے رپورٹنگ سرور پر ڈیٹا بیس سے کال لاگز نکالنے کی کوشش کر رہا ہوں۔ یہ سیشن دیکھیں:

${cfg(f`care@rpt-01:~$ mysql -h ${amb('pii.ip_address', '10.60.8.14')} -u rpt_reader -p'${v('credential.mysql_cli_password', 'Lahore@Care786')}' calllogs -e "SELECT COUNT(*) FROM calls WHERE call_date = CURDATE()"
ERROR 1045 (28000): Access denied for user 'rpt_reader'@'${amb('pii.ip_address', '10.60.8.22')}' (using password: YES)`)}

پاس ورڈ کل ہی ڈی بی اے نے دیا تھا۔ کیا یوزر کو نئے سرور کے IP کی اجازت نہیں؟`),

  rec('chat_bn', f`হ্যালো, আমরা বিশ্ববিদ্যালয়ের অ্যালামনাই অফিস থেকে পুনর্মিলনী অনুষ্ঠানের আমন্ত্রণ ইমেইল Brevo দিয়ে পাঠাই। নতুন API key ${v('credential.brevo_api_key', BREVO)} দিয়ে Python-এ requests.post করলে 401 "Key not found" আসছে। পুরনো key মুছে দিয়েছি। কোন header-এ key দিতে হয় একটু বলবেন?`),

  rec('code_python_ta', f`வணக்கம், எங்கள் மருத்துவமனையின் கதிரியக்கத் துறையில் (radiology) CT அறிக்கைகளை நோயாளிகளுக்கு எளிய தமிழில் சுருக்கித் தர ஒரு சிறிய script எழுதினேன். சில நேரம் 429 பிழை வருகிறது:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def simplify(report_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Explain this radiology report in simple Tamil for the patient. No diagnosis beyond the report."},
            {"role": "user", "content": report_text},
        ],
    )
    return resp.choices[0].message.content`)}

retry எப்படி சேர்ப்பது?`),

  rec('chat_ml', f`ഹായ്, ഞാൻ ഓഫ്‌ഷോർ റിഗ്ഗിലെ ക്രൂ കോഓർഡിനേറ്ററാണ്. പുതിയ റോസ്റ്റർ പോർട്ടലിലേക്ക് ലോഗിൻ ചെയ്യാനുള്ള വിവരങ്ങൾ ടീമിന് അയക്കാൻ ഒരു മെസേജ് ഇംഗ്ലീഷിൽ എഴുതിത്തരാമോ? യൂസർനെയിം ഓരോരുത്തരുടെയും ബാഡ്ജ് നമ്പർ ആണ്, താൽക്കാലിക പാസ്‌വേഡ് ${v('credential.password_in_prose', 'Rig@Kochi2025')} ആണ്, ആദ്യ ലോഗിനിൽ മാറ്റണം. അടുത്ത ക്രൂ ചേഞ്ച് ഡിസംബർ 12-ന്.`),

  rec('code_php_si', f`ආයුබෝවන්, අපේ පාරිභෝගික සේවා app එකෙන් bill ගෙවීම් ගැන push notification යන්නේ නැහැ. Google කියනවා legacy API එක නවත්වලා කියලා. මේ code එක HTTP v1 වලට හරවන්නේ කොහොමද?

${code(f`<?php
$serverKey = '${v('credential.firebase_fcm_server_key', FCM)}';
$msg = [
  'to' => $deviceToken,
  'notification' => ['title' => 'බිල්පත ගෙවීම සාර්ථකයි', 'body' => "රු. {$amount} ගෙවීම ලැබුණා. ස්තූතියි!"],
];
$ch = curl_init('https://fcm.googleapis.com/fcm/send');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($msg));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$res = curl_exec($ch);`)}`),

  rec('chat_tl', f`Hi po! Pakigawa naman ng maikling email sa bagong agent natin sa night shift. Sabihin mo na naka-setup na ang account niya sa CRM: username jdelacruz.care, pansamantalang password ${v('credential.password_in_prose', 'Sampaguita!0419')}, at kailangan niya itong palitan pagka-login. Kung may problema, i-email niya si Ma'am Liza sa ${v('pii.email', 'liza.manalo@bayanmobile.com.ph')}. Salamat!`),

  rec('yaml_mn', f`Сайн байна уу, манай хаягдал металл худалдан авах цэгийн жингийн програмын алдааг Sentry-д илгээхгүй байна. Тохиргооны файл:

${cfg(f`# config/sentry.yml
sentry:
  dsn: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508213.ingest.de.sentry.io/4508213771902976`)}
  environment: production
  release: jin-app@2.3.1
  traces_sample_rate: 0.1`)}

Програм Улаанбаатар дахь сервер дээр ажилладаг, интернэт хязгаартай байж болох уу?`),

  rec('shell_kk', f`Сәлем, бұрғылау қондырғысының телеметрия серверіне Vault-тан құпияларды ала алмай жатырмын. Терминалдағы сессия:

${cfg(f`$ export VAULT_ADDR=https://vault.kaspi-drill.kz:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/rig-07/historian
Error making API request.
Code: 403. Errors:
* permission denied`)}

Токенді кеше ауысым аға инженері берді. Саясатқа (policy) жол қосу керек пе?`),

  rec('env_file_sw', f`Habari, tunajaribu kuunganisha mfumo wa huduma kwa wateja na M-Pesa (Daraja) ili mawakala waweze kuona malipo ya bando moja kwa moja. Faili la .env la mazingira ya production:

${cfg(f`DARAJA_ENV=production
DARAJA_CONSUMER_KEY=${ambCat('credential', DARAJA_KEY)}
DARAJA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', DARAJA_SECRET)}
DARAJA_SHORTCODE=174902
CALLBACK_URL=https://care.mawimbimobile.co.ke/mpesa/callback`)}

Tunapata "Invalid Access Token" tukiomba OAuth. Tatizo linaweza kuwa nini?`, 'the consumer key is half of a key pair: ambiguous, no rule id'),

  rec('chat_am', f`ሰላም፣ በደንበኞች አገልግሎት ማዕከል ለአዲሱ ሠራተኛ የሚላክ አጭር የእንኳን ደህና መጡ መልእክት በአማርኛ ጻፍልኝ። የሲስተም መግቢያ፦ የተጠቃሚ ስም selam.t፣ ጊዜያዊ የይለፍ ቃል ${v('credential.password_in_prose', 'Addis#Tele2017')} ነው፤ በመጀመሪያ ሲገባ መቀየር አለበት። የሥልጠና ቀን ሰኞ ከጠዋቱ 3 ሰዓት።`),

  rec('chat_is', f`Halló, við á myndgreiningardeildinni erum að prófa að láta Claude draga saman eldri rannsóknarsvör fyrir samráðsfundi. API-lykillinn sem tölvudeildin lét okkur fá er ${v('credential.anthropic_api_key', ANTHROPIC)}. Fæ alltaf villuna "credit balance is too low". Er það vegna þess að reikningurinn er enn í prufu? Svaraðu á íslensku takk.`),

  rec('chat_fo', f`Hey, kanst tú hjálpa mær at skriva eina stutta boðini til nýggju manningina á pallinum? Wifi-netið fyri manningina eitur NB-Crew, og loyniorðið er ${v('credential.password_in_prose', 'Grindabod#Hav24')}. Tað verður broytt hvønn mánað. Prentarin í kontrollrúminum riggar ikki enn.`),

  rec('code_js_et', f`Tere! Vilistlaskogu kontoris kogume annetuste kampaania kontakte Notionisse. Skript jookseb iga päev, aga nüüd tuleb viga "API token is invalid":

${code(f`import { Client } from '@notionhq/client';

const notion = new Client({ auth: '${v('credential.notion_token', NOTION)}' });
const DB = '2f9c7a18e4b64d0f93a5c1e87b02d4f6';

export async function lisaAnnetaja(nimi, lend, summa) {
  return notion.pages.create({
    parent: { database_id: DB },
    properties: {
      Nimi: { title: [{ text: { content: nimi } }] },
      Lend: { number: lend },
      Summa: { number: summa },
    },
  });
}`)}

Kas integratsioon tuleb andmebaasiga uuesti jagada?`),

  rec('json_config_sk', f`Ahoj, na rádiológii máme AI nástroj na detekciu zlomenín v kontajneri a po reštarte servera sa neťahá image z nášho registra. ~/.docker/config.json na serveri:

${cfg(f`{
  "auths": {
    "registry.nemocnica-ke.sk": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

docker pull hlási "unauthorized: authentication required". Môže byť problém, že heslo obsahuje mriežku?`),

  rec('docker_compose_it_ch', f`Buongiorno, per il monitoraggio del PACS della radiologia (sede di Lugano) usiamo l'agente Datadog in docker-compose. Da ieri sul dashboard non arriva più niente:

${cfg(f`services:
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_TAGS: "reparto:radiologia sede:lugano"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

Il proxy dell'ospedale è cambiato la settimana scorsa, può essere quello?`),

  rec('chat_nl_be', f`Hallo, op de nieuwsdienst hebben we een GitHub Action die elke avond de ondertitels van het journaal naar de website pusht. Sinds vandaag faalt die met "Resource not accessible by personal access token". Het fine-grained token is ${v('credential.github_fine_grained_pat', GH_FINE)}, met Contents: read. Moet dat read and write zijn? En kan ik dat token gewoon als repository secret zetten?`),

  rec('properties_pt_br', f`Oi! O sistema da balança do nosso ferro-velho em Contagem manda o ticket de pesagem por e-mail, mas desde segunda não sai nada. application.properties:

${cfg(f`spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=${v('pii.email', 'balanca@ferrovelhocontagem.com.br')}
spring.mail.password=${v('credential.password_assignment', 'Sucata@2024mg')}
spring.mail.properties.mail.smtp.starttls.enable=true
balanca.porta-serial=/dev/ttyUSB0`)}

E o repositório é privado, clonei com o token ${v('credential.github_pat', GHP)}, será que ele tem permissão suficiente pro deploy? O erro do SMTP é "535 5.7.139 Authentication unsuccessful".`),

  rec('tfvars_es_co', f`Hola, en el servicio de imágenes diagnósticas queremos publicar el visor web de estudios detrás de Cloudflare. terraform plan falla con "Invalid request headers". Este es el terraform.tfvars:

${cfg(f`cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
zone_id              = "8b1f0c3e92d74a65b0e17c4d9a2f3e81"
subdominio           = "visor-rx"
origen               = "${amb('pii.ip_address', '190.85.214.37')}"`)}

El token lo creé con la plantilla "Edit zone DNS". ¿Le falta algún permiso?`),

  rec('cisco_config_es_ve', f`Buenas, en el centro de atención al cliente de Valencia se cayó la red de los puestos de agentes y el técnico dejó esta config del switch de acceso. ¿Me explicas qué hace cada línea y si hay algo inseguro?

${cfg(f`hostname SW-CAC-VLN-02
enable secret 9 ${ambCat('credential', tok('$9$', fill('b71-cisco9a', B62 + './', 14), '$', fill('b71-cisco9b', B62 + './', 43)))}
username noc privilege 15 password 0 ${v('credential.network_device_secret', 'Carabobo#Noc77')}
snmp-server community ${v('credential.network_device_secret', 'cac-vln-rw-2291')} RW
interface Vlan20
 description AGENTES-PISO-2
 ip address ${amb('pii.ip_address', '10.28.20.1')} ${amb('pii.ip_address', '255.255.255.0')}
line vty 0 4
 transport input telnet ssh`)}`, 'type 9 enable secret is a hash: ambiguous, no rule id'),

  rec('code_python_en_ke', f`Our USSD self-care menu (*544#) stopped sending the SMS confirmation after a bundle purchase. Here's the bit that sends it:

${code(f`import requests

AT_USERNAME = "mawimbi-care"
AT_API_KEY = "${v('credential.generic_secret_assignment', AT_KEY)}"

def send_confirmation(msisdn: str, bundle: str, expiry: str) -> None:
    r = requests.post(
        "https://api.africastalking.com/version1/messaging",
        headers={"apiKey": AT_API_KEY, "Accept": "application/json"},
        data={"username": AT_USERNAME, "to": msisdn, "from": "MAWIMBI",
              "message": f"You have bought {bundle}. Valid until {expiry}. Dial *544# to check balance."},
        timeout=5,
    )
    r.raise_for_status()`)}

The response is 401 but only in production. Same key in the dashboard.`),

  rec('json_en_gb', f`Morning — trying to get the rig telemetry exporter on the Aberdeen shore base to write into BigQuery. The contractor sent this key file and the exporter says "invalid_grant: Invalid JWT Signature". Is the file corrupted?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "northbar-rig-telemetry",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_KEY.replace(/\n/g, '\\n'))}",
  "client_email": "${amb('pii.email', 'telemetry-writer@northbar-rig-telemetry.iam.gserviceaccount.com')}",
  "client_id": "104827391056283746519",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'telemetry-writer%40northbar-rig-telemetry.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Clock on the box is NTP-synced to the platform.`),

  rec('json_en_ca', f`We're syncing gift records from our donor CRM into a Google Sheet for the campaign cabinet. The desktop OAuth flow fails with "invalid_client" on the advancement services laptop. client_secret.json:

${cfg(f`{"installed":{"client_id":"602947183355-k4r8t1m9q2w6e3y7u0i5o8p1a4s2d6f9.apps.googleusercontent.com","project_id":"alumni-giving-sync","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["http://localhost"]}}`)}

Did someone regenerate the secret in the console? How would I even tell?`),

  rec('code_python_en_us', f`Our assignment desk uploads finished packages to Frame.io for the anchors to review. The script worked until Friday, now every call gives 401:

\`\`\`python
${code(f`import requests, sys

FRAMEIO_TOKEN = "${v('credential.bearer_token', FRAMEIO)}"
PROJECT_ROOT = "c3e1a9f4-7b20-4d58-91e6-2fa8d0b4c713"

def upload(path: str) -> None:
    h = {"Authorization": f"Bearer {FRAMEIO_TOKEN}"}
    meta = requests.post(f"https://api.frame.io/v2/assets/{PROJECT_ROOT}/children",
                         headers=h, json={"name": path.split("/")[-1], "type": "file", "filesize": 0}).json()
    print(meta.get("id"), meta.get("message"))

if __name__ == "__main__":
    upload(sys.argv[1])`)}
\`\`\`

Did Frame.io kill developer tokens with the V4 migration?`),

  rec('ppk_de', f`Hallo, für den SFTP-Upload der Bohrberichte an den Betreiber benutze ich WinSCP mit diesem Schlüssel vom Vorgänger. WinSCP meckert "Passphrase für Schlüssel eingeben", aber angeblich hat der keine:

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: bohrbericht@sftp-northbar
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIG${fill('b71-ppkpub', B64, 43)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b71-ppkmac', HEX, 64)}

Kann es sein, dass die Datei beim Kopieren aus der Mail kaputt gegangen ist?`),

  rec('chat_kmr', f`Silav, ez li depoya hurdeyan a li Mêrsînê kar dikim. Ji kerema xwe peyamekê bi tirkî ji bo hevkarê nû binivîse: bernameya kantarê (tartı) bi bikarhênerê "kantar2" vedibe, şîfre ${v('credential.password_in_prose', 'Hurda!Mersin55')} e, divê roja yekem were guhertin. Bila her kamyon berî û piştî barkirinê were kişandin.`),

  rec('chat_ckb', f`سڵاو، لە سەنتەری خزمەتگوزاری کڕیاران لە هەولێر، ڕاوتەری نوێی نووسینگە دانراوە. تکایە نامەیەکی کورت بۆ هاوکاران بنووسە: ناوی تۆڕی وایفای کارمەندان Care-Staff ـە و وشەی نهێنییەکەی ${v('credential.password_in_prose', 'Hawler#Care2024')} ـە. پەڕەی بەڕێوەبردنی ڕاوتەر لە ${amb('pii.ip_address', '192.168.50.1')} ـە و تەنها تیمی IT دەستیان پێی دەگات.`),

  rec('chat_ar_iq', f`هلا بيك، شغلي بشركة الحفر بالبصرة وأرفع تقارير الحفر اليومية على سيرفر SFTP مال الشركة المشغّلة. المهندس اللي قبلي خلّى هذا المفتاح بملف نصي:

${v('credential.private_key', RSA_SFTP)}

لما أجرّبه بـ FileZilla يطلع "Server refused our key". شنو ممكن تكون المشكلة؟ لازم أحوّله لصيغة ppk؟`),

  rec('npmrc_en_us', f`The alumni giving widget build fails in CI but works on my laptop. Our .npmrc:

${cfg(f`@ua-advancement:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

Error is E404 on @ua-advancement/gift-form. The package is private in our org.`, 'the npm token is both the .npmrc value and an npm_ token: two labels on one span'),

  rec('k8s_nb', f`Hei, vi har en liten tjeneste som varsler radiologene i Slack når en akutt CT er ferdig beskrevet, og sender kopi på e-post. Etter at vi flyttet den til nytt cluster kommer ingen varsler. Secret-en ser slik ut:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: ct-varsel
  namespace: radiologi
type: Opaque
data:
  SLACK_BOT_TOKEN: ${v('credential.base64_encoded_token', b64(K8S_SLACK))}
  SENDGRID_API_KEY: ${v('credential.base64_encoded_token', b64(K8S_SENDGRID))}
  LOG_LEVEL: aW5mbw==`)}

Podden starter, men loggen sier "invalid_auth". Har jeg base64-kodet feil?`),

  rec('config_ko', f`보도국 NAS에서 지방 취재팀 영상을 FTP로 받아오는 배치가 있는데, 비밀번호를 바꾼 뒤로 연결이 안 됩니다. 설정 파일입니다:

${cfg(f`[ingest]
source = ftp://busan_crew:${v('credential.url_password', 'Haeundae!2024')}@ftp.newsdesk-region.kr:21/upload
target = /mnt/nas/ingest/busan
schedule = */10 * * * *`)}

비밀번호에 느낌표가 있어서 URL 인코딩을 해야 하나요?`),

  rec('chat_en_gb', f`Quick one — the Discord server we use for the Shetland stringers' tip line stopped getting the automatic "new tip" posts. The webhook in our form tool is ${v('credential.discord_webhook_url', DISCORD_HOOK)}. Do Discord webhooks expire, or did someone delete the channel integration?`),

  rec('sops_fi', f`Moi, porauslautan telemetriapalvelun salaisuudet on salattu sopsilla ja age-avaimella. Uudella läppärillä purku ei toimi. Kopioin avaimen näin:

# created: 2024-09-14T06:12:51+03:00
# public key: age1t4x8q2m9v7k3c6w0z5r1n8p2s4d7f9g3h6j0k2l5m8q1w4e7r9t2y5u8i
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE osoittaa tiedostoon. Virhe: "no identity matched any of the recipients".`),
];
