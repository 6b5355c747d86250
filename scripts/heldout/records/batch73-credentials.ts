/**
 * Held-out batch 73: credentials pasted by staff of a home-care agency, a wind-turbine maintenance
 * contractor, a regional prosecutor's office, a craft-beer and spirits distributor, a dating app's
 * trust-and-safety team and a university hospital pharmacy, in about 35 languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b73-akia', B32, 16));
const AKIA_SECRET = fill('b73-akias', B64, 40);
const TW_SID = tok('AC', fill('b73-twsid', HEX, 32));
const TW_TOKEN = fill('b73-twtok', HEX, 32);
const SHPAT = tok('shpat_', fill('b73-shpat', HEX, 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b73-sklive', B62, 97));
const XOXB = tok('xoxb-', '5830194726', '3-', '6482019375028-', fill('b73-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05UQ3K8N2M/', 'B07H4R2X9LP/', fill('b73-slhook', B62, 24));
const OPENAI = tok('sk-', 'proj-', fill('b73-oai1', B64URL, 74), 'T3BlbkFJ', fill('b73-oai2', B64URL, 74));
const GMAPS = tok('AIza', 'Sy', fill('b73-gmaps', B64URL, 33));
const GHP = gh('ghp', 'Vn2Qr8Ls4Xk7Tb1Hw9Mc3Jd6Pf5Gz0');
const AZ_STORAGE = `${fill('b73-azst', B64, 86)}==`;
const SENDGRID = tok('SG.', fill('b73-sg1', B64URL, 22), '.', fill('b73-sg2', B64URL, 43));
const INFLUX = `${fill('b73-influx', B64URL, 86)}==`;
const JWT_STOCK = jwt({ alg: 'RS256', typ: 'JWT', kid: 'raktar-2024-09' }, { sub: 'gyogyszertar-kiadas-03', aud: 'stock-api', scope: 'stock:read stock:write', iat: 1727856000, exp: 1727899200 }, 'b73-jwtstock');
const SENTRY_KEY = fill('b73-sentry', HEX, 32);
const DD_API = fill('b73-ddapi', HEX, 32);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b73-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('7418206395', ':AA', fill('b73-tg', B64URL, 33));
const MAILGUN = tok('key-', fill('b73-mg', HEX, 32));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b73-ant', B64URL, 93), 'AA');
const GLPAT = tok('glpat-', fill('b73-glpat', B62 + '-_', 20));
const AZ_CLIENT_SECRET = tok(fill('b73-azcs1', B62, 3), '8Q~', fill('b73-azcs2', B62 + '_.~-', 34));
const HF = tok('hf_', fill('b73-hf', UPPER + LOWER, 34));
const RZP_SECRET = fill('b73-rzp', B62, 24);
const GLSA = tok('glsa_', fill('b73-glsa1', B62, 32), '_', fill('b73-glsa2', HEX, 8));
const LINE_SECRET = fill('b73-linesec', HEX, 32);
const LINE_TOKEN = `${fill('b73-linetok', B64, 171)}=`;
const GOCSPX = tok('GOCSPX-', fill('b73-gocspx', B64URL, 28));
const DO_TOKEN = tok('dop_', 'v1_', fill('b73-dop', HEX, 64));
const ALI_ID = tok('LTAI', '5t', fill('b73-ltai', B62, 18));
const ALI_SECRET = fill('b73-alisec', B62, 30);
const NPM = gh('npm', 'Kd7Wn2Rq9Tz4Lb8Xv1Mh5Jc3Fs6Gp0');
const MPESA_KEY = fill('b73-mpkey', B62, 48);
const MPESA_SECRET = fill('b73-mpsec', B62, 64);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b73-rklive', B62, 97));
const ADO_PAT = fill('b73-ado', B32LOWER, 52);
const POSTMAN = tok('PMAK-', fill('b73-pmak1', HEX, 24), '-', fill('b73-pmak2', HEX, 34));
const DAPI = tok('dapi', fill('b73-dapi', HEX, 32));
const RSA_SFTP = pem('RSA PRIVATE KEY', 'b73-rsasftp', 1190);
const KC_SECRET = fill('b73-kcsec', B62, 32);
const LINEAR = tok('lin_', 'api_', fill('b73-linear', B62, 40));
const DOCKER_AUTH = b64('ci-procura:' + 'Aq7!dPm2#Lr9wXs');
const GCP_PEM = pem('PRIVATE KEY', 'b73-gcp', 1217).replace(/\n/g, '\\n');
const GCP_KEY_ID = fill('b73-gcpkid', HEX, 40);
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'wqnhzrtkcyaplmdxbvje', role: 'service_role', iat: 1719835200, exp: 2035411200 }, 'b73-supa');
const SBP = tok('sbp_', fill('b73-sbp', HEX, 40));
const ATATT = tok('ATATT', '3xFfGF0', fill('b73-atl', B64URL, 171), '=', fill('b73-atl2', HEX.toUpperCase(), 8));
const VAULT = tok('hvs.', 'CAESI', fill('b73-hvs', B64URL, 86));
const TEAMS_HOOK = tok('https://vindkraftservice.webhook.office.com/webhookb2/', '7b2e4c91-0d35-4a8f-9c61-e48a2f7d3b50@2c8f5e14-9a73-4d06-b1e2-83f0c6d4a917/IncomingWebhook/', fill('b73-teams1', HEX, 32), '/', 'a04d6e83-5f21-4b9c-8d37-6e1f0b92c5a8/', 'V2', fill('b73-teams2', B64URL, 43));
const GROQ = tok('gsk_', fill('b73-groq', B62, 52));
const MAILCHIMP = tok(fill('b73-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b73-brevo1', HEX, 64), '-', fill('b73-brevo2', B62, 16));
const OKTA = tok('00', fill('b73-okta', B64URL, 40));
const PPK_PUB = (`AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64Bytes('b73-ppkpub', 256)}`.match(/.{1,64}/g) ?? []).join('\n');
const PPK_PRIV = (b64Bytes('b73-ppk', 660).match(/.{1,64}/g) ?? []).join('\n');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1268417302958473216/', fill('b73-dischook', B64URL, 68));
const DCKR = tok('dckr_', 'pat_', fill('b73-dckr', B64URL, 27));
const GH_FINE = tok('github_pat_', '11B', fill('b73-ghfg1', UPPER + DIGITS, 19), '_', fill('b73-ghfg2', B62, 59));
const BASIC_EFATURA = b64('entegrasyon_hopdukkan' + ':' + 'Kv8!mRz4#Tq2');

export const BATCH73_CREDENTIALS: DraftRecord[] = [
  rec('chat_de', f`Hallo, unser Upload-Skript für die 10-Minuten-SCADA-Daten vom Windpark Hohe Geest bricht seit heute früh mit "SignatureDoesNotMatch" ab. Auf dem Servicelaptop liegt folgende Datei:

${cfg(f`# C:\\Users\\service\\.aws\\credentials
[scada-upload]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

Kann das an der Uhrzeit vom Laptop liegen? Der hängt offline im Umspannwerk und geht 7 Minuten nach.`),

  rec('code_js', f`Our pharmacy refill-reminder job sends the SMS twice to some patients. Can you spot why?

\`\`\`js
${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

async function remind(rows) {
  for (const r of rows) {
    if (!r.mobile || r.opted_out) continue;
    await client.messages.create({
      from: 'AIIMSPHARM',
      to: r.mobile,
      body: \`Your medicines (Rx \${r.rx_no}) are ready at counter 4. Collect before \${r.due}.\`,
    });
    await db.query('UPDATE refill_queue SET reminded_at = now() WHERE rx_no = $1', [r.rx_no]);
  }
}

cron.schedule('0 9 * * *', async () => remind(await db.pending()));
cron.schedule('0 9 * * 1-6', async () => remind(await db.pending()));`)}
\`\`\`
(the second cron line was added by someone last week for "Saturday coverage")`),

  rec('email_fr', f`Objet : accès provisoire – application scellés

Bonjour Mathilde,

Suite à ton arrivée au service de l'exécution des peines, ton compte sur l'application de gestion des scellés a été créé par la DSI. Identifiant : m.leroux-parquet. Le mot de passe provisoire est ${v('credential.password_in_prose', 'Greffe@Nimes2024')} ; il faudra le changer à la première connexion (12 caractères minimum).

Bonne journée,
Karim

→ Peux-tu reformuler ce mail de façon plus formelle ? C'est pour le parquet.`),

  rec('env_file', f`Oye, ¿me ayudas a entender por qué el webhook de pedidos de Shopify no llega al ERP? Este es el .env del conector (servidor de la bodega en Guadalajara):

${cfg(f`SHOP_DOMAIN=cerveceria-cuatro-vientos.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
SHOPIFY_API_VERSION=2024-07
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
ERP_URL=http://${amb('pii.ip_address', '192.168.20.14')}:8069
ERP_DB=bodega_prod
LOG_LEVEL=debug`)}

En los logs del conector sale "401 Unauthorized" pero el token lo generé ayer.`),

  rec('code_python', f`通報が入ったら #trust-safety-alerts に流すボットです。メンションが効かないのですが、何が悪いでしょうか？

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

SLACK_TOKEN = "${v('credential.slack_bot_token', XOXB)}"
FALLBACK_WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"
client = WebClient(token=SLACK_TOKEN)

def notify(report):
    # 重大度が高い通報だけ当番にメンション
    mention = "@ts-oncall" if report["severity"] >= 3 else ""
    client.chat_postMessage(
        channel="#trust-safety-alerts",
        text=f"{mention} 新しい通報 {report['id']}: {report['reason']} (対象ユーザー {report['target_uid']})",
    )`)}
\`\`\``),

  rec('code_python', f`신고된 프로필 사진 설명을 분류하는 스크립트인데, 가끔 429 에러가 나요. 재시도 로직 좀 넣어 주세요.

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def classify(bio: str) -> str:
    r = client.moderations.create(model="omni-moderation-latest", input=bio)
    cats = r.results[0].categories
    if cats.sexual_minors or cats.violence:
        return "즉시차단"
    return "검토대기" if r.results[0].flagged else "통과"`)}`),

  rec('gradle_props', f`O app dos cuidadores não mostra o mapa das visitas no build de release, só no debug. Meu local.properties:

${cfg(f`sdk.dir=/Users/renata/Library/Android/sdk
MAPS_API_KEY=${v('credential.google_api_key', GMAPS)}
VISITAS_API_URL=https://api.cuidarbem.com.br/v2`)}

No build.gradle eu leio com manifestPlaceholders. Precisa cadastrar o SHA-1 de release no console do Google?`),

  rec('json_config', f`Kun je kijken waarom de koppeling met de medicatierobot in de apotheek na de update niet meer verbindt? appsettings.Production.json:

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Robot": "Server=umc-sql-apo01\\\\ROBOT;Database=RowaInterface;User Id=rowa_koppeling;Password=${v('credential.connection_string_password', 'Tulp3n!Apotheek#7')};TrustServerCertificate=True"
  },
  "Robot": { "Host": "${amb('pii.ip_address', '10.112.40.21')}", "Port": 6050 }
}`)}

Foutmelding: "A connection was successfully established with the server, but then an error occurred during the login process."`),

  rec('shell_session', f`Jeg kan ikke pushe til vores repo med turbinescripts længere. Det her er hvad jeg har:

${cfg(f`PS C:\\repos\\fleet-scripts> git remote -v
origin  https://mh-vindservice:${v('credential.github_pat', GHP)}@github.com/nordvind-service/fleet-scripts.git (fetch)
origin  https://mh-vindservice:${v('credential.github_pat', GHP)}@github.com/nordvind-service/fleet-scripts.git (push)
PS C:\\repos\\fleet-scripts> git push
remote: Permission to nordvind-service/fleet-scripts.git denied to mh-vindservice.`)}

Er det fordi organisationen har slået SSO til?`),

  rec('chat_no', f`Hei! Power Automate-flyten som legger ordrefilene fra bryggeriene i blob storage har sluttet å virke. Koblingsstrengen vi bruker er
DefaultEndpointsProtocol=https;AccountName=stordrikkeordre;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Feilen er "AuthorizationPermissionMismatch". Må vi bytte til SAS?`),

  rec('bat_script', f`Hej, kan du göra om det här till PowerShell? Det körs vid inloggning på åklagarkammarens datorer.

${code(f`@echo off
REM mappa gemensamma akter
net use P: \\\\aklfil02\\akter$ /user:AKL\\svc_mappning ${v('credential.cli_password', 'Vinterek#2291')} /persistent:no
net use S: \\\\aklfil02\\skanning$ /persistent:no
if exist P:\\mallar\\ copy /Y P:\\mallar\\*.dotx "%APPDATA%\\Microsoft\\Templates\\"
exit /b 0`)}`),

  rec('code_php', f`Moi! Asiakkaille lähtevät käyntivahvistukset eivät enää mene perille. Tässä lähetyskoodi:

${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'kaynnit@kotihoivaseniori.fi')}", "Kotihoiva Seniori");
$email->setSubject("Käyntivahvistus " . $kaynti['pvm']);
$email->addTo($asiakas['sahkoposti'], $asiakas['nimi']);
$email->addContent("text/plain", "Hoitajanne " . $kaynti['hoitaja'] . " saapuu klo " . $kaynti['klo'] . ".");

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
error_log("sendgrid " . $response->statusCode());`)}

Lokissa lukee "sendgrid 403".`),

  rec('toml_config', f`Cześć, telegraf na bramce w farmie Kęsowo nie wysyła danych z falowników do Influxa. Konfiguracja:

${cfg(f`[[inputs.mqtt_consumer]]
  servers = ["tcp://${amb('pii.ip_address', '172.16.8.2')}:1883"]
  topics = ["kesowo/wtg/+/converter/#"]
  username = "telegraf_kesowo"
  password = "${v('credential.password_assignment', 'Wiatrak-Kesowo!58')}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://influx.serwis-wiatr.pl"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "serwis"
  bucket = "kesowo_raw"`)}

W logu: "Error in plugin: not authorized". Który z dwóch loginów jest zły?`),

  rec('shell', f`Ahoj, zálohu skladové databáze spouštím ručně takhle a v cronu to nefunguje, prý chybí heslo:

${cfg(f`mysqldump -u sklad_zaloha -p'${v('credential.mysql_cli_password', 'Pivovar#Hlinsko7')}' -h ${amb('pii.ip_address', '10.0.5.30')} --single-transaction sklad > /zalohy/sklad_$(date +%F).sql`)}

V crontabu mám stejný řádek. Je problém v tom % v datu?`),

  rec('http', f`A kiadó gyógyszertári alkalmazás készletlekérdezése 401-et ad vissza, pedig a token még érvényes. Ez a kérés megy ki:

${cfg(f`GET /api/v2/stock/items?ward=ONKO-3&atc=L01XC HTTP/1.1
Host: raktar.klinika-gyogyszertar.hu
Authorization: Bearer ${v('credential.jwt', JWT_STOCK)}
Accept: application/json`)}

Mi lehet a gond? Az exp szerint délután 4-ig jó.`),

  rec('helm_values', f`Salut, poți să-mi spui de ce Sentry nu primește erorile din serviciul de moderare după mutarea în Kubernetes? values-productie.yaml:

${cfg(f`moderationApi:
  image:
    repository: registry.intern/trust-safety/moderation-api
    tag: 3.2.1
  env:
    SENTRY_DSN: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4506218830741504`)}"
    SENTRY_ENVIRONMENT: productie
datadog:
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  site: datadoghq.eu`)}

Logurile podului arată că evenimentele sunt trimise, dar în UI nu apare nimic.`),

  rec('chat_hr', f`Pozdrav, ssh na konverterski PC na vjetroelektrani Vrataruša javlja "Permissions 0644 for 'servis_key' are too open". Ovo je ključ koji nam je poslao proizvođač:

${v('credential.openssh_private_key', OSSH)}

Radim na Windowsima, kako da promijenim prava na datoteci?`),

  rec('chat_sr', f`Можеш ли ово да преточиш у кратко упутство за новог приправника? „За портал електронског подношења: корисничко име tuzilastvo.ns.pisarnica, лозинка ${v('credential.password_in_prose', 'Sremska!Kapija44')}. Лозинку не записивати на папир.”`),

  rec('code_python', f`Здравей, ботът за поръчки в Телеграм спира да отговаря след около час. Ето кода:

${code(f`import telebot

bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")

@bot.message_handler(commands=["porachka"])
def nova_porachka(msg):
    # клиентът пише: /porachka IPA-330 12 каси
    _, sku, qty, *_ = msg.text.split()
    zapishi_porachka(msg.chat.id, sku, int(qty))
    bot.reply_to(msg, f"Приета поръчка: {qty} x {sku}")

bot.polling()`)}`),

  rec('shell', f`Γεια, προσπαθώ να στείλω δοκιμαστικό email υπενθύμισης επίσκεψης με το Mailgun από τερματικό και παίρνω "Forbidden":

${cfg(f`curl -s --user 'api:${v('credential.mailgun_api_key', MAILGUN)}' \\
  https://api.eu.mailgun.net/v3/mg.frontida-spiti.gr/messages \\
  -F from='Φροντίδα στο Σπίτι <${v('pii.email', 'noreply@mg.frontida-spiti.gr')}>' \\
  -F to=${v('pii.email', 'dimitra.kalogeropoulou@gmail.com')} \\
  -F subject='Υπενθύμιση επίσκεψης' \\
  -F text='Η νοσηλεύτρια θα έρθει αύριο στις 10:00.'`)}

Μήπως ο λογαριασμός είναι στην περιοχή US;`),

  rec('shell', f`Merhaba, e-Fatura entegratörünün test ortamı çalışıyor ama canlıda 401 alıyoruz. Gönderdiğim istek:

${cfg(f`curl -X POST https://efatura.entegrator.com.tr/api/v1/invoices \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_EFATURA)}" \\
  -H "Content-Type: application/xml" \\
  --data-binary @fatura_HOP2024000812.xml`)}

Kullanıcı adı ve şifre portaldakiyle aynı. Canlı ortam için ayrı kullanıcı mı gerekiyor?`),

  rec('code_ts', f`הכלי שלנו לסיכום דיווחים על הטרדה מחזיר תשובות חתוכות. מה לא בסדר?

${code(f`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summariseReport(chatLog: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 256,
    system: 'Summarise the harassment report for a trust & safety reviewer. Hebrew output.',
    messages: [{ role: 'user', content: chatLog }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`)}`),

  rec('chat_ar_eg', f`لو سمحت اكتبلي رسالة واتساب رسمية شوية لزميلي في الصيدلية الجديدة: إن حسابه على سيستم صرف الأدوية اتعمل، اليوزر ph.mahmoud.adel والباسورد ${v('credential.password_in_prose', 'Kasr3l3ini@2024')}، وإن السيستم بيقفل الحساب بعد 3 محاولات غلط، فلو اتقفل يكلم الـ IT على تحويلة 4417.`),

  rec('chat_ar_lev', f`مرحبا، فيك تساعدني أكتب ورقة صغيرة بدنا نعلقها بمكتب الممرضات؟: الواي فاي اسمه Raaya-Staff وكلمة السر ${v('credential.password_in_prose', 'Yasmine_2024!dar')}، وما حدا يعطيها لأهالي المرضى أو الزوار. بدي ياها بالعربي والإنجليزي.`),

  rec('ci_yaml', f`سلام، پایپلاین گیت‌لب برای اسکریپت‌های آنالیز لرزش توربین‌ها خطای 403 موقع clone کردن ساب‌ماژول می‌دهد. این بخش از ‎.gitlab-ci.yml است:

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: none

before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.badsanat.ir/".insteadOf "https://gitlab.badsanat.ir/"
  - git submodule update --init --recursive

vibration:
  image: python:3.11
  script:
    - python -m vibration.fft --site manjil --since 2024-09-01`)}

توکن را از حساب شخصی خودم ساختم، scope آن read_repository است.`),

  rec('code_python', f`السلام علیکم، جینگو ایپ میں ڈیٹا بیس سے کنکشن نہیں بن رہا۔ settings.py کا یہ حصہ دیکھ لیں:

${code(f`DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "distribution_orders",
        "USER": "orders_app",
        "PASSWORD": "${v('credential.password_assignment', 'Lahore#Brew2291')}",
        "HOST": "db.qandeel-beverages.internal",
        "PORT": "5432",
    }
}`)}

ایرر: FATAL: password authentication failed for user "orders_app"۔ پاس ورڈ وہی ہے جو سرور پر سیٹ کیا تھا۔`),

  rec('json_config', f`नमस्ते, फार्मेसी पोर्टल में Azure AD से लॉगिन पर "AADSTS7000215: Invalid client secret" आ रहा है। appsettings.json का हिस्सा:

${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "5f1c2a84-7e39-4b06-a9d2-c81e3f6b4075",
  "ClientId": "e3a94d17-2b58-4c6f-8e01-9d7c3b5a2f46",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}",
  "CallbackPath": "/signin-oidc"
}`)}

सीक्रेट पिछले हफ्ते ही बनाया था, क्या इसकी वैल्यू की जगह ID डाल दी गई है?`),

  rec('notebook', f`প্রোফাইল ছবির NSFW মডেল লোড হচ্ছে না, নোটবুকটা দেখবেন?

In [1]:
${cfg(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
clf = pipeline("image-classification", model="tns-internal/profile-nsfw-v4")`)}

OSError: You are trying to access a gated repo. কিন্তু আমি তো অর্গানাইজেশনের মেম্বার।`),

  rec('env_file', f`வணக்கம், முதியோர் பராமரிப்பு கட்டண லிங்க் வேலை செய்யவில்லை. சர்வரில் உள்ள .env:

${cfg(f`RAZORPAY_KEY_ID=${ambCat('credential', tok('rzp_', 'live_', fill('b73-rzpid', B62, 14)))}
RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', RZP_SECRET)}
PAYMENT_CALLBACK=https://anbu-care.in/pay/done`)}

"Authentication failed" என்று வருகிறது. key id மற்றும் secret இரண்டும் live mode தான்.`, 'Razorpay key id: used in the browser checkout, so half public; ambiguous credential without a rule'),

  rec('yaml', f`హాయ్, గ్రాఫానా డాష్‌బోర్డ్ ప్రొవిజనింగ్ పని చేయడం లేదు. టర్బైన్ అలారాల కోసం ఈ కాన్ఫిగ్ వాడుతున్నాం:

${cfg(f`apiVersion: 1
contactPoints:
  - orgId: 1
    name: turbine-alarms
grafana:
  url: https://grafana.pavan-wind.in
  service_account_token: ${v('credential.grafana_service_account_token', GLSA)}
  folder: "Anantapur WTG"`)}

లాగ్‌లో "invalid API key" అని వస్తోంది.`),

  rec('yaml', f`สวัสดีครับ บอท LINE แจ้งสถานะออร์เดอร์ให้ร้านอาหารลูกค้าไม่ตอบเลย ไฟล์ config ตามนี้ครับ:

${cfg(f`line:
  channel_id: "2004819273"
  channel_secret: "${v('credential.generic_secret_assignment', LINE_SECRET)}"
  channel_access_token: "${v('credential.generic_secret_assignment', LINE_TOKEN)}"
webhook_path: /line/callback
erp_base_url: https://erp.craftbrew-th.co.th/api`)}

ตอน verify webhook ขึ้น 401 ครับ`),

  rec('env_file', f`Chào bạn, đăng nhập bằng Google trên bản web của app hẹn hò báo "redirect_uri_mismatch" sau khi đổi sang tên miền mới. File .env.production của Next.js:

${cfg(f`NEXTAUTH_URL=https://henho.vn
NEXTAUTH_SECRET=${v('credential.generic_secret_assignment', fill('b73-nextauth', B64, 44))}
GOOGLE_CLIENT_ID=604182739501-k4q8v2n6m1t9s3r7p5x0z2w8y4u6e1a3.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=${v('credential.google_oauth_client_secret', GOCSPX)}`)}

Trong Google Cloud Console mình mới chỉ thêm https://www.henho.vn/api/auth/callback/google. Thiếu gì nữa vậy?`),

  rec('shell', f`Halo, saya mau pindahkan server gudang ke droplet baru tapi doctl selalu minta login ulang:

${cfg(f`$ doctl auth init --context gudang-bir -t ${v('credential.digitalocean_token', DO_TOKEN)}
Validating token... OK
$ doctl compute droplet list
Error: Unable to initialize DigitalOcean API client: access token is required.`)}

Kenapa ya? Token-nya scope read/write.`),

  rec('chat_tl', f`Pa-translate naman sa English, ipapadala ko sa bagong caregiver: "Hi Joy! Yung tablet ni Lola Remedios para sa video call sa mga apo niya sa Canada ay naka-lock. Ang password ay ${v('credential.password_in_prose', 'Kalinga#Lola2024')}. Huwag mong ibigay sa ibang bisita, at i-charge mo tuwing gabi."`),

  rec('code_python', f`风机SCADA数据上传到阿里云OSS时，偶尔报 "RequestTimeTooSkewed"。代码如下：

${code(f`import oss2

# 风场：张北二期，每10分钟上传一次
auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-zhangjiakou.aliyuncs.com", "wind-scada-raw")

def upload(path: str, key: str) -> None:
    with open(path, "rb") as fh:
        bucket.put_object(key, fh)`)}

风机控制柜里的工控机时间是不是要同步？`),

  rec('ini_config', f`Привет! МФУ в канцелярии прокуратуры перестало сохранять сканы на сервер. В веб-интерфейсе в поле «Адрес назначения» стоит:

${cfg(f`[scan_to_ftp]
destination = ftp://scan_kanc:${v('credential.url_password', 'Pechat!Ural73')}@${amb('pii.ip_address', '10.44.1.15')}/scans/kanc
passive_mode = on
file_format = PDF`)}

Сервер поменяли на прошлой неделе. Что проверить в первую очередь?`),

  rec('npmrc', f`Привіт! CI для дашборда вітрових турбін не може встановити наш внутрішній пакет @vitropark/charts — 401. Ось .npmrc у репозиторії:

${cfg(f`@vitropark:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
save-exact=true`)}

Токен створював я, тип "Automation".`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('ini_config', f`Сәлем! 1С мен қойма жүйесі арасындағы алмасу тоқтап қалды. Конфигурация файлы:

${cfg(f`[Обмен]
Сервер=1c-app01.sholpan-drinks.kz
База=Торговля_Алматы
Пользователь=obmen_sklad
Пароль=${v('credential.password_assignment', 'Almaty*Sklad2024')}
Интервал=300`)}

Журналда "Неверный пароль" деп жазады. Құпиясөзді кім өзгертуі мүмкін?`),

  rec('chat_ka', f`გამარჯობა, Stripe-ის restricted key გავაკეთე, რომ ჩვენმა ანალიტიკის სკრიპტმა მხოლოდ გამოწერები წაიკითხოს: ${v('credential.stripe_restricted_key', RK_LIVE)} — მაგრამ "permission_error" მოდის subscriptions endpoint-ზე. რა უფლებები უნდა ჩავრთო?`),

  rec('env_file', f`Habari, malipo ya M-Pesa kwa wateja wa huduma ya wazee nyumbani yanakataliwa kwenye production. Faili la .env ni hili:

${cfg(f`MPESA_ENV=production
MPESA_SHORTCODE=4172093
MPESA_CONSUMER_KEY=${v('credential.generic_secret_assignment', MPESA_KEY)}
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', MPESA_SECRET)}
MPESA_CALLBACK_URL=https://malipo.tunzawazee.co.ke/mpesa/callback`)}

Kosa ni "Invalid Access Token". Sandbox ilikuwa inafanya kazi vizuri.`),

  rec('chat_am', f`እባክህ ይህን ማስታወሻ በአማርኛ በትህትና አስተካክልልኝ፤ በፋርማሲው መድኃኒት ማቀዝቀዣ ላይ ይለጠፋል: "የሙቀት መቆጣጠሪያው ታብሌት የይለፍ ቃል ${v('credential.password_in_prose', 'Tikur_Anbessa#19')} ነው። ማንቂያ ሲሰማ ተረኛውን ፋርማሲስት ወዲያውኑ ጥሩ።"`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ẹ bá mi kọ ìfiránṣẹ́ kúkúrú sí Tunde ní English àti Yorùbá: password tuntun fún dashboard àwọn oníbàárà ọtí wa ni ${v('credential.password_in_prose', 'Ogogoro!Ibadan77')}, kò gbọdọ̀ fi ránṣẹ́ sí ẹnikẹ́ni lórí WhatsApp group.`),

  rec('powershell', f`This script pulls the case-tracking repo for the DA's office nightly. It started failing with 203 Non-Authoritative Information after IT rotated something. Can you make it fail loudly instead of silently?

${code(f`$org = "county-da-it"
$pat = "${v('credential.azure_devops_pat', ADO_PAT)}"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
$headers = @{ Authorization = "Basic $auth" }

$repos = Invoke-RestMethod -Uri "https://dev.azure.com/$org/CaseTracker/_apis/git/repositories?api-version=7.1" -Headers $headers
foreach ($r in $repos.value) {
    git -C "D:\\mirror\\$($r.name)" pull --quiet
}`)}`),

  rec('chat', f`Morning! The rota team's Postman workspace keeps getting "API key not valid" when the scheduled monitor runs. I generated this one under my own account yesterday: ${v('credential.postman_api_key', POSTMAN)}. Does a monitor need a team-level key, or is it because I'm on a free seat? Care coordinator here, not a developer, so please keep it simple.`),

  rec('ini_config', f`G'day — the vibration analytics notebook on the Databricks workspace for our Bald Hills crew won't authenticate from my laptop. ~/.databrickscfg:

${cfg(f`[DEFAULT]
host  = https://adb-4827193650284716.16.azuredatabricks.net
token = ${v('credential.databricks_token', DAPI)}

[bald-hills]
host  = https://adb-4827193650284716.16.azuredatabricks.net
cluster_id = 0912-034518-k7x2m9q4`)}

databricks clusters list → "Error: default auth: cannot configure default credentials". Profile issue?`),

  rec('chat', f`Howzit, our bank wants us to upload the debit-order files for the Cape Town bottle stores via SFTP with key auth. The developer left and I found this key in the shared drive, is this the private one I must give to the new guy or the public one?

${v('credential.private_key', RSA_SFTP)}`),

  rec('yaml', f`Servus! Das Medikationsmodul der Anstaltsapotheke startet nach dem Keycloak-Upgrade nicht mehr. application-prod.yml:

${cfg(f`spring:
  datasource:
    url: jdbc:postgresql://apo-db01.khgraz.local:5432/medikation
    username: medikation_app
    password: ${v('credential.password_assignment', 'Murinsel!Apo2024')}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: apotheke-medikation
            client-secret: ${v('credential.generic_secret_assignment', KC_SECRET)}
            scope: openid,profile`)}

Fehlermeldung: "unauthorized_client". Muss man den Client nach dem Upgrade neu anlegen?`),

  rec('chat_fr_qc', f`Allo! Je veux brancher notre outil de signalements sur Linear pour créer un ticket à chaque profil banni. J'ai généré une clé API personnelle : ${v('credential.linear_api_key', LINEAR)}. Est-ce qu'il faudrait plutôt une application OAuth pour que ce soit pas lié à mon compte à moi? Je pars en congé de maternité en mars.`),

  rec('json_config', f`Ciao, sul server delle intercettazioni il pull delle immagini dal registry interno fallisce con "unauthorized". Il file ~/.docker/config.json è questo:

${cfg(f`{
  "auths": {
    "registry.procura.local:5000": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}`)}

La password dell'utente ci-procura è stata cambiata venerdì, basta rifare docker login?`),

  rec('json_config', f`Hola, el job que carga los datos SCADA de los parques eólicos a BigQuery falla desde que cambiamos de proyecto. ¿Está bien la cuenta de servicio?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "eolica-scada-prod",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'scada-loader@eolica-scada-prod.iam.gserviceaccount.com')}",
  "client_id": "104829173650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'scada-loader%40eolica-scada-prod.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

El error es "Permission bigquery.tables.updateData denied on table eolica-scada-prod:scada.diezmin".`, 'service-account e-mail ambiguous, its URL-encoded copy too'),

  rec('cisco_config', f`Hallo, kannst du mir erklären, was die Zeilen in der Konfiguration des Etagenswitches der Staatsanwaltschaft bedeuten? Ich soll sie für die Revision dokumentieren.

${cfg(f`hostname sta-sw-og2
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b73-cisco9a', B62 + './', 14), '$', fill('b73-cisco9b', B62 + './', 43)))}
!
username netadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Justitia#Og2-2023')}
!
interface Vlan20
 description Geschaeftsstelle
 ip address ${amb('pii.ip_address', '10.20.2.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
line vty 0 4
 login local
 transport input ssh`)}

Ist "password 0" eigentlich schlimm? Der Kollege meinte, das sei nur intern.`, 'type-9 hash: ambiguous; type-0 clear text: labelled'),

  rec('code_ts', f`Oi! Estamos migrando as funções de denúncia do app de encontros para o Supabase. Essa edge function deveria gravar a denúncia e subir o print da conversa, mas o upload dá "new row violates row-level security policy". Por quê, se estou usando a service role?

${code(f`import { createClient } from 'npm:@supabase/supabase-js@2';

const supabase = createClient(
  'https://wqnhzrtkcyaplmdxbvje.supabase.co',
  '${v('credential.jwt', SUPA_JWT)}',
);

Deno.serve(async (req) => {
  const form = await req.formData();
  const print = form.get('print') as File;
  const { data, error } = await supabase.storage.from('evidencias').upload(\`\${crypto.randomUUID()}.png\`, print);
  if (error) return new Response(error.message, { status: 400 });
  await supabase.from('denuncias').insert({ alvo: form.get('alvo'), motivo: form.get('motivo'), print_path: data.path });
  return new Response('ok');
});`)}

Pra fazer o deploy uso ${amb('source_code.snippet', f`supabase login --token ${v('credential.supabase_token', SBP)}`)} no CI.`),

  rec('code_python', f`Hi, this script should pull the open excise-return tickets for the Pune and Nagpur depots from Jira into a sheet, but it keeps getting 401. What am I doing wrong?

${code(f`import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://sahyadribrews.atlassian.net"
auth = HTTPBasicAuth("${v('pii.email', 'rohit.kulkarni@sahyadribrews.in')}", "${v('credential.atlassian_api_token', ATATT)}")

r = requests.get(
    f"{JIRA}/rest/api/3/search",
    params={"jql": "project = EXC AND statusCategory != Done", "maxResults": 100},
    auth=auth,
)
print(r.status_code, len(r.json().get("issues", [])))`)}

Token I created today only. We log in to Jira through Google SSO, does that matter?`),

  rec('yaml', f`注文確認メールが一部の酒販店に届きません。送信設定は以下です。

${cfg(f`mail:
  host: smtp.kurabito-shuhan.co.jp
  port: 587
  starttls: true
  username: order-notify
  password: ${v('credential.password_assignment', 'Sakagura!2024nov')}
  from: "蔵人酒販 受注センター <${v('pii.email', 'order-notify@kurabito-shuhan.co.jp')}>"`)}

届かないのはGmailの宛先だけです。SPFの問題でしょうか？`, 'the From address sits in a config value and is a role mailbox: labelled as an e-mail like any other'),

  rec('shell_session', f`Cześć, skrypt do rotacji haseł w bazie apteki szpitalnej nie widzi sekretów w Vaulcie. Sesja z terminala:

${cfg(f`$ export VAULT_ADDR=https://vault.szpital-apteka.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/apteka/cytostatyki
Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Polityka ma "read" na secret/data/apteka/*. Co jest nie tak?`),

  rec('code_python', f`Hej! Vi vill att larmen från turbinerna i Markbygden går till Teams-kanalen för jourteknikerna. Det här skriptet körs på SCADA-servern, men inget kommer fram:

${code(f`import requests

TEAMS_URL = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"

def skicka_larm(turbin: str, kod: int, text: str) -> None:
    payload = {"text": f"⚠️ {turbin}: larm {kod} – {text}"}
    r = requests.post(TEAMS_URL, json=payload, timeout=10)
    r.raise_for_status()

skicka_larm("MBY-T114", 3120, "Pitch-avvikelse blad B")`)}`),

  rec('chat_vi', f`Mình đang thử dùng Groq để tóm tắt tờ hướng dẫn sử dụng thuốc cho khoa dược. Key là ${v('credential.groq_api_key', GROQ)}, gọi model llama-3.1-70b thì báo "model_decommissioned". Giờ nên chuyển sang model nào?`),

  rec('chat_fr', f`Bonjour, le formulaire d'inscription aux dégustations sur notre site WordPress n'envoie plus les contacts vers Brevo depuis lundi. Dans les réglages de l'extension, j'ai le champ « Clé API v3 » rempli avec ${v('credential.brevo_api_key', BREVO)}, et dans « Ancien fournisseur (fallback) » il y a encore l'ancienne clé Mailchimp ${v('credential.mailchimp_api_key', MAILCHIMP)}. Est-ce que je peux vider le champ Mailchimp sans risque, ou c'est peut-être lui qui bloque ?`),

  rec('chat_nl', f`Kun je een nette mail schrijven naar onze IT-leverancier? Kern: mijn account in de moderatietool is gisteren geblokkeerd. Mijn oude wachtwoord was ${v('credential.password_in_prose', 'Grachtenpand!88')} maar dat heb ik vorige week al gewijzigd, dus het kan niet dat iemand anders het heeft gebruikt. Ik wil dat ze de inloglogs nakijken.`, 'an old password is still a password: labelled'),

  rec('powershell', f`Need help from someone who knows Okta. We're offboarding an investigator at the DA's office and this should suspend her account, but it throws a 403:

${amb('source_code.snippet', f`PS> $h = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }
PS> Invoke-RestMethod -Method Post -Headers $h -Uri "https://countyda.okta.com/api/v1/users/00u8k2x7qLm4Tz9Rd5d7/lifecycle/suspend"
Invoke-RestMethod: {"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}`)}

The token was created by our former admin. Does it die with his account?`),

  rec('ppk', f`Szia! A gyártótól kaptuk ezt a PuTTY-kulcsot a szélerőmű-park SCADA szerveréhez, de az új Linuxos jump hostról OpenSSH-val kellene használnom. Hogyan konvertálom át, és kell-e utána a .ppk fájl?

PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: scada-szerviz@bukkabrany
Public-Lines: 6
${PPK_PUB}
Private-Lines: 14
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b73-ppkmac', HEX, 64)}`),

  rec('code_js', f`We post every auto-ban to the moderators' Discord so volunteers can appeal-check them. Sometimes two bans arrive in the same second and one gets lost. Fix?

${code(f`const HOOK = '${v('credential.discord_webhook_url', DISCORD_HOOK)}';

export async function announceBan(ban) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'SafetyBot',
      content: \`Auto-ban \${ban.caseId}: \${ban.rule} (score \${ban.score.toFixed(2)})\`,
    }),
  });
}`)}`),

  rec('shell', f`Ahoj, na serveru lékárny běží Watchtower, který má stahovat nové verze naší interní aplikace z privátního repozitáře na Docker Hubu. Spouštěl jsem ho takhle:

${amb('source_code.snippet', f`docker run -d --name watchtower \\
  -v /var/run/docker.sock:/var/run/docker.sock \\
  -e REPO_USER=fnlekarna \\
  -e REPO_PASS=${v('credential.dockerhub_pat', DCKR)} \\
  containrrr/watchtower --interval 3600 cytostatika-kalkulator`)}

V logu je "unauthorized: incorrect username or password". Token má jen oprávnění Read-only, stačí to?`),

  rec('chat_tr', f`Merhaba, GitHub'da bira dağıtım rotalarını hesaplayan repo için fine-grained token oluşturdum: ${v('credential.github_fine_grained_pat', GH_FINE)}. Actions içinden başka bir private repo'yu (rota-verileri) checkout etmeye çalışınca "Repository not found" diyor. Token'a hangi izinleri vermeliyim?`),
];
