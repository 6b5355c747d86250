/**
 * Held-out batch 121: credentials pasted by a printing and packaging plant's prepress and order
 * desk, an animal shelter and adoption network, a fire department's fleet and training office, a
 * diamond and jewellery wholesaler's compliance team, a leather tannery and shoe factory's export
 * office and a university's student-housing and international-admissions office. Hand-written,
 * many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const TWILIO_SID = tok('AC', fill('b121-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b121-twtok', HEX, 32);
const SENDGRID = tok('SG.', fill('b121-sg1', B64URL, 22), '.', fill('b121-sg2', B64URL, 43));
const SENDGRID_BE = tok('SG.', fill('b121-sgbe1', B64URL, 22), '.', fill('b121-sgbe2', B64URL, 43));
const ALI_ID = tok('LTAI', '5t', fill('b121-ltai', B62, 18));
const ALI_SECRET = fill('b121-alisec', B62, 30);
const SLACK_BOT = tok('xoxb-', '7213409852', '6-', '7390218456173-', fill('b121-xoxb', B62, 24));
const JWT_ORDER = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ord-2025-02' }, { sub: 'prepress-bot', aud: 'orders.hollmann-printpack.de', scope: 'jobs:write proofs:read', iat: 1738831200, exp: 1738917600 }, 'b121-jwtord');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b121-stripe', B62, 97));
const AWS_ID = tok('AKIA', fill('b121-akia', B32, 16));
const AWS_SECRET = fill('b121-awssec', B64, 40);
const TELEGRAM = tok('7482019365', ':', 'AA', fill('b121-tg', B64URL, 33));
const GHP = gh('ghp', 'Vn4Qs8Lt2Xw6Rb1Mk9Jd3Hf7Pz5Cy0');
const GLPAT = tok('glpat-', fill('b121-glpat', B62 + '-_', 20));
const AZ_STORAGE = `${fill('b121-azst', B64, 86)}==`;
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b121-gapi', B64URL, 33));
const OPENAI = tok('sk-', 'proj-', fill('b121-oai', B64URL, 120), 'T3Blbk', 'FJ', fill('b121-oai2', B64URL, 20));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b121-ant', B64URL, 93), 'AA');
const TEAMS = tok('https://brandvaesendet.webhook.office.com/webhookb2/', '6a2d91c4-3e07-4b58-9f1a-d84c27e6b093@1c7f4e28-9a53-4d16-b8e0-5f3a92c1d746/IncomingWebhook/', fill('b121-teams1', HEX, 32), '/', '8e3b5d17-2c94-4f0a-a671-3d9e5b0c8f24/', 'V2', fill('b121-teams2', B64URL, 43));
const DD_API = fill('b121-ddapi', HEX, 32);
const SENTRY_KEY = fill('b121-sentry', HEX, 32);
const MAILCHIMP = tok(fill('b121-mc', HEX, 32), '-us14');
const TRACKER_KEY = pem('EC PRIVATE KEY', 'b121-ectrack', 121);
const SFTP_KEY = pem('OPENSSH PRIVATE KEY', 'b121-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b121-gcppk', 1216).replace(/\n/g, '\\n');
const NPM = gh('npm', 'Kq3Wz7Pd1Lm5Tx9Rb2Hn6Fv4Cs8Jy0');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b121-rklive', B62, 97));
const TWILIO_SK = tok('SK', fill('b121-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b121-twsksec', B62, 32);
const DCKR = tok('dckr_', 'pat_', fill('b121-dckr', B64URL, 27));
const AIRTABLE = tok('pat', fill('b121-at1', B62, 14), '.', fill('b121-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b121-ntn1', DIGITS, 11), fill('b121-ntn2', B62, 35));
const VAULT = tok('hvs.', 'CAESI', fill('b121-hvs', B64URL, 90));
const SHPAT = tok('shpat_', fill('b121-shpat', HEX, 32));
const HF = tok('hf_', fill('b121-hf', UPPER + LOWER, 34));
const FB = tok('EAA', 'Jx9ZBq', fill('b121-fb', B62, 150));
const AZ_CLIENT = tok(fill('b121-azc1', B62, 3), '8Q~', fill('b121-azc2', B62 + '-_.~', 34));
const DO_TOKEN = tok('dop_v1_', fill('b121-do', HEX, 64));
const CF_TOKEN = fill('b121-cftok', B62 + '-_', 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T06', fill('b121-shT', UPPER + DIGITS, 8), '/B07', fill('b121-shB', UPPER + DIGITS, 8), '/', fill('b121-shX', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374610298374651', '/', fill('b121-dchook', B64URL, 68));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b121-atl', B64URL, 171), '=', fill('b121-atl2', HEX.toUpperCase(), 8));
const BASIC = b64('exportbg:Obuvki#Sofia77');
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kzqwrtplmvbnhdxaeyfs', role: 'service_role', iat: 1735689600, exp: 2051222400 }, 'b121-supa');

export const BATCH121_CREDENTIALS: DraftRecord[] = [
  rec('chat_de', f`Kannst du mir eine kurze Mail an die Agentur Brandl schreiben? Inhalt: Ab Montag laden sie ihre Druckdaten nicht mehr per WeTransfer hoch, sondern in unseren FTP-Hotfolder. Zugang: ftp.hollmann-printpack.de, Benutzer brandl_upload, das Passwort ist ${v('credential.password_in_prose', 'Falzbogen!4471')}. PDF/X-4, Beschnitt 3 mm, bitte keine RGB-Bilder.`),

  rec('chat_gsw', f`Hoi zäme, chasch mer bi dem Mail hälfe, es söll es bitzli förmlicher töne? "Grüezi Herr Wyss, s'Passwort fürs Chundeportal vo de Druckerei isch ${v('credential.password_in_prose', 'Chäschueche-2025')}, Benutzername isch wyss.optik. Bitte bim erschte Login ändere. Merci vilmal!"`),

  rec('env_file', f`our adoption-reminder service stopped sending texts to adopters after we moved it to the new VPS. Here's the env, anything obviously wrong?

${cfg(f`# pawbridge-notify/.env
NODE_ENV=production
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+1 512 739 4186')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'adoptions@pawbridge.org')}
REMINDER_CRON=0 9 * * *`)}`),

  rec('chat_fr_ca', f`Salut! Peux-tu m'aider à rédiger une note pour les mécanos du garage municipal? Le portail de télématique des camions a changé. Le nouvel identifiant c'est flotte.garage3 pis le mot de passe c'est ${v('credential.password_in_prose', 'Pompier-Echelle53')}. Faut qu'ils se reconnectent sur les tablettes avant la tournée de lundi matin, sinon les heures moteur remontent pas.`),

  rec('code_python', f`Dit script moet elke nacht onze klantenlijst tegen de sanctielijsten screenen, maar hij geeft een 401. Zie jij wat er mis is?

\`\`\`python
${code(f`import requests

SCREENING_URL = "https://api.screening-vendor.eu/v2/searches"
API_KEY = "${v('credential.generic_secret_assignment', fill('b121-kyckey', B62, 40))}"

def screen(name: str, country: str) -> dict:
    r = requests.post(
        SCREENING_URL,
        headers={"Authorization": f"Token {API_KEY}"},
        json={"search_term": name, "filters": {"country_codes": [country]}, "fuzziness": 0.6},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()`)}
\`\`\``),

  rec('chat_ta', f`வணக்கம், ஏற்றுமதி அலுவலகத்தின் புதிய ERP கணக்கு பற்றி ஒரு சிறிய ஆங்கில மின்னஞ்சல் எழுதித் தர முடியுமா? பயனர் பெயர்: export.ambur2, கடவுச்சொல்: ${v('credential.password_in_prose', 'Thol@Ambur2025')}. முதல் முறை உள்நுழைந்ததும் மாற்றச் சொல்லுங்கள். Buyer-க்கு invoice PDF அனுப்ப இந்தக் கணக்கு தேவை.`),

  rec('code_python', f`我们用阿里云 OSS 存留学生上传的成绩单和护照扫描件，下面这段上传代码在服务器上报 SignatureDoesNotMatch，本地却正常，帮我看看：

${code(f`import oss2

auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-hangzhou.aliyuncs.com", "intl-admissions-docs")

def upload(applicant_id: str, path: str) -> str:
    key = f"2025/{applicant_id}/{path.rsplit('/', 1)[-1]}"
    bucket.put_object_from_file(key, path)
    return key`)}`),

  rec('code_js', f`기숙사 입주 안내 봇인데 채널에 메시지가 안 올라가요. 토큰 문제일까요?

${code(f`const { WebClient } = require('@slack/web-api');
const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

async function announceMoveIn(building, date) {
  await slack.chat.postMessage({
    channel: '#housing-ops',
    text: \`\${building} 입주 일정: \${date} 09:00–17:00, 열쇠 수령은 관리사무소\`,
  });
}`)}`),

  rec('curl', f`受注APIに校正データを投げると 403 が返ってきます。トークンの scope が足りないのでしょうか？

${cfg(f`curl -X POST https://orders.hollmann-printpack.de/api/v3/jobs/HP-25-04418/proofs \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_ORDER)}" \\
  -F "file=@proof_v2.pdf" -F "approved=false"`)}`),

  rec('code_js', f`Hola, el formulario de donaciones del refugio cobra bien en local pero en producción tira "No such customer". ¿Me ayudas a revisar?

${code(f`// api/donate.js
const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

module.exports = async (req, res) => {
  const { amount, email, monthly } = req.body;
  const customer = await stripe.customers.create({ email });
  const session = await stripe.checkout.sessions.create({
    mode: monthly ? 'subscription' : 'payment',
    customer: customer.id,
    line_items: [{ price: monthly ? 'price_mensual_refugio' : 'price_unico', quantity: Math.round(amount / 50) }],
    success_url: 'https://huellasamigas.mx/gracias',
  });
  res.json({ url: session.url });
};`)}`),

  rec('docker_compose', f`Oi, o contêiner do banco sobe mas a aplicação de pedidos de couro não conecta. Alguém vê o erro?

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: curtume
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Vaqueta#Franca88')}
  app:
    image: curtume/pedidos:1.9.2
    environment:
      DATABASE_URL: postgresql://curtume:${v('credential.database_url_password', 'Vaqueta#Franca88')}@db:5432/pedidos
    depends_on: [db]`)}

O log diz "password authentication failed for user curtume".`),

  rec('ini', f`אני מנסה להריץ את סקריפט הדיווח של הציות מהמחשב החדש ו-boto3 אומר InvalidClientTokenId. זה הקובץ:

${cfg(f`# ~/.aws/credentials
[compliance-reports]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

צריך להגדיר גם session token?`),

  rec('chat_ar', f`مرحباً، أحتاج مساعدة في صياغة رسالة رسمية لمسؤول الامتثال في فرع دبي. المضمون: تم إنشاء حساب له على بوابة فحص العملاء (KYC). اسم المستخدم: dmcc.compliance4 وكلمة المرور المؤقتة هي ${v('credential.password_in_prose', 'Almas#Dubai2025')} ويجب تغييرها عند أول تسجيل دخول. الرجاء أن تكون الرسالة قصيرة ومهذبة.`),

  rec('code_php', f`Moodle после переезда на новый сервер не видит базу: «Error: Database connection failed». Вот config.php, подскажите, что не так:

${code(f`<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'db-uchebny.pozhar.local';
$CFG->dbname    = 'moodle_training';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '${v('credential.password_assignment', 'Rukav-Pozharny_61')}';
$CFG->wwwroot   = 'https://learn.pozhar-uchebka.ru';
$CFG->dataroot  = '/var/moodledata';
require_once(__DIR__ . '/lib/setup.php');`)}`),

  rec('code_python', f`Бот для притулку має відповідати людям, які хочуть взяти собаку, але він мовчить. Подивіться, будь ласка:

${code(f`from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"

async def start(update, context):
    await update.message.reply_text("Привіт! Напишіть, яку тваринку ви хочете прихистити 🐾")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()`)}`),

  rec('shell', f`Cześć, po zmianie hasła w GitHubie nie mogę wypchnąć zmian w repo z szablonami impozycji:

${cfg(f`$ git remote -v
origin  https://drukarnia-bot:${v('credential.github_pat', GHP)}@github.com/drukarnia-opak/impozycja-szablony.git (fetch)
origin  https://drukarnia-bot:${v('credential.github_pat', GHP)}@github.com/drukarnia-opak/impozycja-szablony.git (push)
$ git push
remote: Permission to drukarnia-opak/impozycja-szablony.git denied to drukarnia-bot.`)}

Co mam zrobić?`),

  rec('ci_yaml', f`Ahoj, pipeline pro generování PDF náhledů krabiček padá na kroku s nahráváním do registru:

${cfg(f`variables:
  REGISTRY_USER: ci-prepress
  REGISTRY_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

build-preview:
  image: docker:27
  script:
    - echo "$REGISTRY_TOKEN" | docker login registry.tiskarna-obaly.cz -u "$REGISTRY_USER" --password-stdin
    - docker build -t registry.tiskarna-obaly.cz/prepress/nahledy:$CI_COMMIT_SHORT_SHA .
    - docker push registry.tiskarna-obaly.cz/prepress/nahledy:$CI_COMMIT_SHORT_SHA`)}

Chyba je "HTTP Basic: Access denied".`),

  rec('config', f`Szia! Az exportrendelések PDF-jeit Azure Blobba mentjük, de a feltöltés 403-mal elszáll. Ez a connection string az appsettingsben:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=cipogyarexport;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "export-szamlak"
  }
}`)}

Lejárhatott a kulcs?`),

  rec('code_js', f`Bună, harta cu adăposturile partenere nu se mai încarcă pe site ("This page can't load Google Maps correctly"). Codul e ăsta:

${code(f`const script = document.createElement('script');
script.src = 'https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initMap';
script.async = true;
document.head.appendChild(script);

function initMap() {
  const map = new google.maps.Map(document.getElementById('harta'), { center: { lat: 45.76, lng: 21.23 }, zoom: 7 });
  adaposturi.forEach((a) => new google.maps.Marker({ position: a.coord, map, title: a.nume }));
}`)}`),

  rec('email_el', f`Μπορείς να διορθώσεις αυτό το email προς τους νέους φοιτητές της εστίας;

«Καλώς ήρθατε στην Εστία Β'! Το Wi-Fi του κτιρίου είναι το ESTIA-B-STUDENTS και ο κωδικός είναι ${v('credential.password_in_prose', 'Foitites_2025!')}. Για βλάβες στα δωμάτια γράψτε στο ${v('pii.email', 'estia-b@housing.uni-patras-demo.gr')} ή καλέστε στο ${phone('+30 2610 984 317')}.»`),

  rec('config', f`Merhaba, deri sipariş uygulaması yeni SQL Server'a bağlanmıyor, "Login failed for user 'tabakhane_app'" diyor. Bağlantı cümlesi şöyle:

${cfg(f`<connectionStrings>
  <add name="Siparis" connectionString="Data Source=sql-tuzla-01;Initial Catalog=DeriSiparis;User ID=tabakhane_app;Password=${v('credential.connection_string_password', 'Sepi-Tuzla!2025')};TrustServerCertificate=True" providerName="System.Data.SqlClient" />
</connectionStrings>`)}`),

  rec('code_python', f`Chào bạn, mình viết script dịch bảng điểm của thí sinh từ tiếng Việt sang tiếng Anh, nhưng chạy tới trang thứ 3 thì bị lỗi 429. Có cách nào giới hạn tốc độ không?

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def dich(trang: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Translate this Vietnamese academic transcript to English, keep grades."},
                  {"role": "user", "content": trang}],
    )
    return r.choices[0].message.content`)}`),

  rec('env_file', f`Halo, aplikasi chatbot pendaftaran mahasiswa internasional kami tidak mau jalan di server. Ini file .env-nya:

${cfg(f`APP_NAME=admisi-bot
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-3-5-haiku-latest
ALLOWED_ORIGINS=https://admisi.univ-nusantara-demo.ac.id`)}

Errornya "authentication_error". Apakah key-nya salah format?`),

  rec('chat_bn', f`আমাকে একটা ছোট ইংরেজি নোট লিখে দিন, বায়ারের QC টিমের জন্য। ট্যানারির শিপমেন্ট পোর্টালে তাদের লগইন: ইউজারনেম qc.buyer.savar, পাসওয়ার্ড ${v('credential.password_in_prose', 'Chamra!Savar55')}। পোর্টালে লট নম্বর দিয়ে ল্যাব রিপোর্ট (Cr VI টেস্ট) ডাউনলোড করা যাবে।`),

  rec('chat_ka', f`გამარჯობა, მიმღებ კომისიას ვწერ. აპლიკანტის პორტალზე ვერ შევდივარ. ჩემი მომხმარებელი არის n.beridze2025, პაროლი ${v('credential.password_in_prose', 'Tbilisi#Mtkvari7')} — იქნებ შეამოწმოთ, დაბლოკილი ხომ არ არის? განაცხადის ნომერი INT-25-30817.`),

  rec('chat_hy', f`Բարև, օգնեք անգլերեն նամակ գրել մեր Անտվերպենի գործընկերոջը. «Ադամանդների հաշվառման համակարգում ձեզ համար ստեղծվել է հաշիվ։ Մուտքանուն՝ antwerp.partner, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Almast-Yerevan24')}։ Խնդրում ենք առաջին մուտքից հետո փոխել։»`),

  rec('chat_am', f`ሰላም፣ ለገዢያችን አጭር የእንግሊዝኛ ኢሜይል ጻፍልኝ። የቆዳ ፋብሪካችን የኤክስፖርት ፖርታል መግቢያ፦ የተጠቃሚ ስም modjo.buyer3፣ የይለፍ ቃል ${v('credential.password_in_prose', 'Koda#Modjo2017')} ነው። የመጫኛ ሰነዶችን (packing list, certificate of origin) ከዚያ ማውረድ ይችላሉ።`),

  rec('powershell', f`Hej! Larmet till Teams-kanalen för fordonsverkstaden kommer inte fram längre sedan i fredags. Skriptet:

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$fordon = Import-Csv .\\besiktning.csv | Where-Object { [datetime]$_.Besiktning -lt (Get-Date).AddDays(14) }
foreach ($f in $fordon) {
  $body = @{ text = "Besiktning snart: $($f.Fordon) ($($f.Regnr)) – $($f.Besiktning)" } | ConvertTo-Json
  Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body
}`)}

Behöver vi byta till Workflows?`),

  rec('yaml', f`Hei, vi sender motordata fra utrykningskjøretøyene til Datadog, men ingenting kommer inn. Konfigurasjonen på gatewayen:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: brann-gw-verksted-02
logs_enabled: true
tags:
  - avdeling:materiell
  - stasjon:sentrum`)}

Er det site-innstillingen som er feil?`),

  rec('code_ts', f`Moi, harjoitusrekisterin React-sovellus ei lähetä virheitä Sentryyn tuotannossa. Mikä tässä on pielessä?

${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508812.ingest.de.sentry.io/4508812337152`)}',
  environment: 'tuotanto',
  release: 'harjoitusrekisteri@2.4.0',
  tracesSampleRate: 0.1,
});`)}`),

  rec('chat_da', f`Hej, kan du hjælpe med et Python-script, der henter alle abonnenter fra vores nyhedsbrev om hunde til adoption og laver en CSV? Mailchimp-nøglen er ${v('credential.mailchimp_api_key', MAILCHIMP)} og listen hedder "Hundevenner Aarhus".`),

  rec('chat', f`The GPS trackers in the pump appliances authenticate to our MQTT broker with client certificates. One of the engineers pasted me the key from appliance P12 to check if it's the right format — is this usable by mosquitto?

${v('credential.private_key', TRACKER_KEY)}

Broker is at ${amb('pii.ip_address', '172.20.14.6')}:8883, TLS 1.2 only.`),

  rec('chat_en_in', f`Sir, shipping line asked us to upload the EDI files to their SFTP with key based login. IT gave me this key file, please tell me how to add it in WinSCP, it is asking for .ppk:

${v('credential.openssh_private_key', SFTP_KEY)}

Host is edi.shipline-demo.com port 2222, user ambur_tannery.`),

  rec('json_config', f`We export StarRez room assignments to BigQuery every night; the job started failing with "invalid_grant". Service account key we use:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "uni-housing-analytics",
  "private_key_id": "${fill('b121-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}\\n",
  "client_email": "${amb('pii.email', 'starrez-export@uni-housing-analytics.iam.gserviceaccount.com')}",
  "client_id": "108273645019283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'starrez-export%40uni-housing-analytics.iam.gserviceaccount.com')}"
}`))}

Could the server clock be off?`),

  rec('npmrc', f`Servus, unser Web-to-Print-Frontend baut lokal, aber in der Pipeline kommt "401 Unauthorized" beim Installieren vom internen Paket @druckerei/falzschema:

${cfg(f`@druckerei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Token is a Granular Access Token, läuft erst im Herbst ab.`),

  rec('code_python', f`Che, ¿me ayudás con esto? El panel de adopciones en Django no levanta en el servidor nuevo, tira "FATAL: password authentication failed".

${code(f`DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "adopciones",
        "USER": "refugio",
        "PASSWORD": "${v('credential.password_assignment', 'Perrito-Palermo#12')}",
        "HOST": "db.refugiopatitas.org.ar",
        "PORT": "5432",
    }
}`)}`),

  rec('chat_fr', f`Bonjour, on a créé une clé restreinte Stripe pour que le prestataire du site bijoux B2B puisse seulement lire les paiements : ${v('credential.stripe_restricted_key', RK_LIVE)}. Est-ce qu'il peut quand même faire des remboursements avec ? Je veux être sûre avant de lui envoyer.`),

  rec('code_python', f`Bonjour, les rappels automatiques pour les documents KYC manquants (copie de passeport, preuve d'adresse) partent en spam chez les clients de la bourse. On utilise ceci :

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID_BE)}")

def rappel(client_email, nom, docs):
    msg = Mail(from_email="${v('pii.email', 'kyc@vanaelst-diamonds.be')}", to_emails=client_email,
               subject="Documents KYC manquants / Ontbrekende KYC-documenten",
               html_content=f"<p>Cher/Chère {nom},</p><p>Il nous manque : {', '.join(docs)}</p>")
    return sg.send(msg)`)}

Faut-il configurer DKIM sur le domaine ?`),

  rec('code_python', f`Hola! Volem enviar SMS als estudiants internacionals quan se'ls assigna habitació a la residència. El codi fa servir una API key de Twilio, però diu "Authenticate":

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_api_key', TWILIO_SK)}", "${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}", "${v('credential.twilio_account_sid', tok('AC', fill('b121-twsid2', HEX, 32)))}")

def avisa(telefon, residencia, habitacio):
    client.messages.create(to=telefon, from_=os.environ["TWILIO_FROM"],
                           body=f"Residència {residencia}: tens assignada l'habitació {habitacio}. Benvingut/da!")`)}`),

  rec('shell', f`Sveiki, CI serveris nebegali įkelti naujo spaudos paruošimo konteinerio į Docker Hub:

${cfg(f`$ echo ${v('credential.dockerhub_pat', DCKR)} | docker login -u spaustuve --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`)}

Ar token'as galioja tik skaitymui?`),

  rec('chat_lv', f`Sveiki! Vai vari uzrakstīt skriptu, kas no mūsu Airtable bāzes "Dzīvnieku adopcijas" paņem visus suņus ar statusu "gatavs adopcijai" un izveido CSV? Tokens: ${v('credential.airtable_pat', AIRTABLE)}, bāze appK4mTq82VxLr9Wz.`),

  rec('env_file', f`Tere! Ühiselamu majutustaotlused tulevad Notionist, aga sünkroonimine katkes. .env:

${cfg(f`NOTION_TOKEN=${v('credential.notion_token', NOTION)}
NOTION_DB_TAOTLUSED=3c9e1f7a5b2d4e80a6c1d9f35e7b2a04
SYNC_INTERVAL_MIN=10`)}

Kas integratsioon peab olema andmebaasiga eraldi jagatud?`),

  rec('shell', f`Ahoj, potrebujem pomôcť so skriptom na zálohu databázy vozového parku hasičov, cron ho spustí, ale skončí chybou:

${code(f`#!/bin/bash
DATUM=$(date +%Y%m%d)
mysqldump -u vozovy_park -p'${v('credential.mysql_cli_password', 'Hasici#Trnava2025')}' --single-transaction vozidla > /zaloha/vozidla_$DATUM.sql
gzip /zaloha/vozidla_$DATUM.sql`)}

Chyba: "mysqldump: Got error: 1045: Access denied".`),

  rec('curl', f`Здравейте, API-то на куриерската фирма връща 401 за експортните пратки обувки. Заявката:

${cfg(f`curl -X POST https://api.kurier-demo.bg/v1/shipments \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"sender":"Obuvki Export OOD","parcels":3,"weight_kg":42.5}'`)}

Какво не е наред?`),

  rec('config', f`Здраво, после замене свича у штампарији не могу да се улогујем на њега са новим налогом. Ево дела конфигурације:

${cfg(f`hostname SW-PREPRESS-01
username stamparija privilege 15 password 0 ${v('credential.network_device_secret', 'Offset#Beograd42')}
enable password 0 ${v('credential.network_device_secret', 'Ploca-CTP-2025')}
interface Vlan20
 ip address ${amb('pii.ip_address', '10.20.0.2')} ${amb('pii.ip_address', '255.255.255.0')}`)}

Да ли треба "secret" уместо "password"?`),

  rec('shell', f`Bok, pokušavam iz skripte pročitati lozinke za sustav za održavanje vatrogasnih vozila iz Vaulta, ali dobivam "permission denied":

${cfg(f`$ export VAULT_ADDR=https://vault.vatrogasci-demo.hr:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/vozni-park/odrzavanje
Error reading secret/data/vozni-park/odrzavanje: Code: 403`)}

Koja politika nedostaje?`),

  rec('chat_zh_tw', f`你好，我們珠寶批發的 B2B 網店要串接 ERP 庫存，Shopify 給的 Admin API token 是 ${v('credential.shopify_access_token', SHPAT)}，可以直接放在 ERP 的設定檔裡嗎？還是要用環境變數比較安全？`),

  rec('code_python', f`Salam, saya guna Hugging Face untuk model terjemahan dokumen pelajar antarabangsa, tetapi muat turun model gagal dengan 401:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
terjemah = pipeline("translation", model="unimalaya-demo/ms-en-transkrip")
print(terjemah("Sijil Pelajaran Malaysia, keputusan: 8A 1B"))`)}

Model itu private dalam organisasi kami.`),

  rec('chat_tl', f`Hi po! Yung auto-post ng mga aso for adoption sa FB page namin, ayaw na gumana since last week. Ito yung page access token na gamit namin: ${v('credential.facebook_access_token', FB)} — expired na kaya? Paano po gumawa ng long-lived token?`),

  rec('chat_fa', f`سلام، لطفاً این پیام را به انگلیسی رسمی ترجمه کنید تا برای دفتر پذیرش بین‌الملل بفرستم: «نام کاربری من در پورتال متقاضیان s.karimi.1404 است و رمز عبور ${v('credential.password_in_prose', 'Esfahan#Zayande7')} را وارد می‌کنم ولی خطای "account locked" می‌دهد. شماره پرونده: PG-2025-11842.»`),

  rec('chat_ur', f`براہ کرم اس پیغام کو انگریزی میں ای میل بنا دیں: "سیالکوٹ فیکٹری کے نئے ایکسپورٹ اسسٹنٹ کے لیے کسٹمز پورٹل کا اکاؤنٹ بن گیا ہے۔ یوزر نیم skt.export5 اور پاس ورڈ ${v('credential.password_in_prose', 'Chamra@Sialkot21')} ہے۔ پہلی لاگ ان پر تبدیل کر لیں۔"`),

  rec('chat_mr', f`नमस्कार, कोल्हापुरी चप्पल निर्यातीसाठी नवीन ऑर्डर पोर्टलचा ईमेल इंग्रजीत लिहून द्या: युजरनेम kop.export1, पासवर्ड ${v('credential.password_in_prose', 'Chappal#Kop2025')}. पहिल्या लॉगिननंतर पासवर्ड बदलायला सांगा.`),

  rec('chat_sw', f`Habari, naomba unisaidie kuandika barua pepe fupi kwa Kiingereza kwa mnunuzi wetu wa ngozi kutoka Italia. Ujumbe: akaunti yake kwenye tovuti ya oda imefunguliwa; jina la mtumiaji ni buyer.firenze na nenosiri ni ${v('credential.password_in_prose', 'Ngozi#Nairobi24')}. Abadilishe baada ya kuingia mara ya kwanza.`),

  rec('chat_is', f`Hæ, geturðu hjálpað mér að skrifa stuttan tölvupóst til slökkviliðsmannanna? Nýja þjálfunarkerfið er komið upp: notandanafn er kennitala þeirra án bandstriks og fyrsta lykilorðið er ${v('credential.password_in_prose', 'Eldvarnir-2025!')} sem þarf að breyta strax.`),

  rec('ci_yaml', f`${cfg(f`# .github/workflows/deploy-proofing.yml
name: deploy-proofing
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: doctl apps create-deployment 4f1c9e2a --wait
        env:
          DIGITALOCEAN_ACCESS_TOKEN: ${v('credential.digitalocean_token', DO_TOKEN)}
      - run: curl -s -X POST "${v('credential.slack_webhook_url', SLACK_HOOK)}" -d '{"text":"proofing portal deployed"}'`)}

The online proofing portal for packaging customers deploys fine but the Slack message never shows up. The webhook was made by someone who left.`),

  rec('chat', f`Azure AD app for the housing portal SSO: login fails with AADSTS7000215 "Invalid client secret provided". The secret we put in the portal config is ${v('credential.azure_client_secret', AZ_CLIENT)} (tenant uni-housing-demo.onmicrosoft.com). Did I paste the secret ID instead of the value?`),

  rec('chat', f`Cloudflare DNS for the packaging plant's customer portal: certbot's dns-cloudflare plugin says "Invalid request headers". My cloudflare.ini has dns_cloudflare_api_token = ${v('credential.cloudflare_api_token', CF_TOKEN)} — scoped to Zone:DNS:Edit for hollmann-printpack.de only.`),

  rec('chat', f`We post new intake photos to the volunteers' Discord with ${v('credential.discord_webhook_url', DISCORD_HOOK)} — someone spammed the channel through it last night. How do I rotate it without breaking the Zapier flow?`),

  rec('curl', f`${cfg(f`curl -u ${v('pii.email', 'd.mertens@vanaelst-diamonds.be')}:${v('credential.atlassian_api_token', ATLASSIAN)} -H "Accept: application/json" "https://vanaelst-compliance.atlassian.net/rest/api/3/search?jql=project=AML+AND+status=%22Waiting+for+docs%22"`)}

returns an empty list, but the board shows 17 tickets in that column. JQL issue?`),

  rec('env_file', f`${cfg(f`# shelter-intake/.env.production
SUPABASE_URL=https://kzqwrtplmvbnhdxaeyfs.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
PHOTO_BUCKET=intake-photos`)}

Is it a problem that this key is also in the volunteers' mobile app build? Someone found it in the APK.`),

];
