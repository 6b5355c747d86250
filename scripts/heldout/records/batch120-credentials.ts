/**
 * Held-out batch 120: credentials pasted by a staffing agency, an offshore platform's HSE/logistics
 * office, a telecom porting & fraud desk, a wedding venue, a tax firm's payroll team and a
 * university hospital biobank, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const OPENAI = tok('sk-', 'proj-', fill('b120-oai1', B64URL, 58), 'T3Blbk', 'FJ', fill('b120-oai2', B64URL, 58));
const SLACK_BOT = tok('xoxb-', '4829103756', '2-', '7719264830152-', fill('b120-xoxb', B62, 24));
const TW_SID = tok('AC', fill('b120-twsid', HEX, 32));
const TW_AUTH = fill('b120-twauth', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b120-stripe', B62, 97));
const SENDGRID = tok('SG.', fill('b120-sg1', B64URL, 22), '.', fill('b120-sg2', B64URL, 43));
const GHP = gh('ghp', 'Kq7Vb2Nx9Lm4Tr8Wc1Hz6Pj3Fd5Sy0');
const AKIA = tok('AKIA', fill('b120-akia-id', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b120-akias', B64, 40);
const AZ_STORAGE = `${fill('b120-azst', B64, 86)}==`;
const ALI_ID = tok('LTAI', '5t', fill('b120-ltai', B62, 18));
const ALI_SECRET = fill('b120-alisec', B62, 30);
const TELEGRAM = `${fill('b120-tgid', DIGITS, 10).replace(/^0/, '7')}:AA${fill('b120-tg', B64URL, 33)}`;
const GLSA = tok('glsa_', fill('b120-glsa1', B62, 32), '_', fill('b120-glsa2', HEX, 8));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b120-rsa', 1190);
const JWT_BIOBANK = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lh-bb-2025-02' }, { sub: 'svc-biobank-lims', iss: 'https://auth.umc-lindenhof.example/realms/research', aud: 'sample-registry', scope: 'samples:read samples:write', iat: 1739954211, exp: 1739957811 }, 'b120-jwt1');
const FB_TOKEN = tok('EAA', 'Jm3Tq', fill('b120-fb', B62, 160));
const AZ_CLIENT_SECRET = tok(fill('b120-azcs1', B62, 3), '8Q~', fill('b120-azcs2', B62 + '-_.~', 31));
const REDCAP = fill('b120-redcap', HEX, 32).toUpperCase();
const TEAMS_HOOK = tok('https://brightwell.webhook.office.com/webhookb2/', '7c2e9b14-3a58-4f06-9d21-b8e47a0c5f92@4a91d7e3-2b6c-48f0-a5e9-71c3d8b2f604/IncomingWebhook/', fill('b120-teams1', HEX, 32), '/', 'e83b5c27-91d4-4a6f-b0e2-5c7d19f38a41/', 'V2', fill('b120-teams2', B64URL, 43));
const VAULT = tok('hvs.', 'CAESI', fill('b120-vault', B64URL, 90));
const BASIC = b64('payroll-sync:Kekfesto!Duna2025');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b120-atl', B64URL, 171), '=', fill('b120-atl2', HEX.toUpperCase(), 8));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b120-gapi', B64URL, 33));
const FCM = tok('AAAA', fill('b120-fcm1', B64URL, 7), ':APA91b', fill('b120-fcm2', B64URL, 134));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04BW7RQ2KD/', 'B07MX3LT9PA/', fill('b120-slhook', B62, 24));
const GLPAT = tok('glpat-', fill('b120-glpat', B62 + '-_', 20));
const HF = tok('hf_', fill('b120-hf', B62, 34));
const SMS_SECRET = fill('b120-smsgw', B62, 40);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b120-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DD_API = fill('b120-ddapi', HEX, 32);
const DD_APP = fill('b120-ddapp', HEX, 40);
const SHPAT = tok('shpat_', fill('b120-shpat', HEX, 32));
const DOCKER_AUTH = b64(`biobank-ci:${tok('dckr_', 'pat_', fill('b120-dckr', B64URL, 27))}`);
const NPM = gh('npm', 'Rt5Yh8Ju2Ik6Ol9Pz3Xc7Vb1Nm4Qa0');
const GCP_PEM = pem('PRIVATE KEY', 'b120-gcp', 1216);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b120-ant', B64URL, 93), 'AA');
const RK_LIVE = tok('rk_', 'live_', '51', fill('b120-rklive', B62, 97));
const PGP_BODY = `lQcYBGX${fill('b120-pgp0', B64, 57)}\n${(b64Bytes('b120-pgp', 840).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b120-pgpcrc', B64, 4)}`;
const PGP = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;
const CF_TOKEN = fill('b120-cftok', B62 + '_-', 40);
const MAILCHIMP = tok(fill('b120-mc', HEX, 32), '-us14');
const BREVO = tok('xkeysib-', fill('b120-brevo1', HEX, 64), '-', fill('b120-brevo2', B62, 16));
const OKTA = tok('00', fill('b120-okta', B64URL, 40));
const SENTRY_DSN_KEY = fill('b120-sentry', HEX, 32);
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b120-age', BECH32, 58));
const AIRTABLE = tok('pat', fill('b120-at1', B62, 14), '.', fill('b120-at2', HEX, 64));
const TW_SK = tok('SK', fill('b120-twsk', HEX, 32));
const TW_SK_SECRET = fill('b120-twsksec', B62, 32);
const ADO_PAT = fill('b120-ado', B32LOWER, 52);
const NOTION = tok('ntn_', fill('b120-ntn1', DIGITS, 11), fill('b120-ntn2', B62, 35));
const BEARER = fill('b120-bearer', B62 + '-._~', 56);
const SAS_SIG = `${fill('b120-sas1', B62, 16)}%2F${fill('b120-sas2', B62, 14)}%2B${fill('b120-sas3', B62, 11)}%3D`;
const GROQ = tok('gsk_', fill('b120-groq', B62, 52));
const DOP = tok('dop_', 'v1_', fill('b120-dop', HEX, 64));
const LINEAR = tok('lin_', 'api_', fill('b120-linear', B62, 40));
const POSTMAN = tok('PMAK-', fill('b120-pmak1', HEX, 24), '-', fill('b120-pmak2', HEX, 34));
const GH_FINE = tok('github_pat_', fill('b120-ghfg1', B62, 22), '_', fill('b120-ghfg2', B62, 59));
const JWT_PORTAL = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '41877', role: 'payroll_admin', tenant: 'berghammer', exp: 1741780800 }, 'b120-jwt2');
const MAILGUN = tok('key-', fill('b120-mailgun', HEX, 32));
const DATABRICKS = tok('dapi', fill('b120-dbx', HEX, 32));
const WHSEC = tok('whsec_', fill('b120-whsec', B62, 32));
const MISTRAL = fill('b120-mistral', B62, 32);

export const BATCH120_CREDENTIALS: DraftRecord[] = [
  // 1 en — staffing agency ATS integration
  rec('env_file', f`We're wiring our ATS (Bullhorn export) into a CV-summariser. Can you tell me which of these vars the worker actually needs?

${cfg(f`# cv-summariser/.env.prod
NODE_ENV=production
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_MODEL=gpt-4o-mini
DATABASE_URL=postgres://ats_reader:${v('credential.database_url_password', 'Placement!Q3-2025')}@db-ats.brightwell.internal:5432/ats
MAX_CVS_PER_BATCH=40
LOG_LEVEL=info`)}`),

  // 2 gsw — platform: historian password in prose (Swiss German chat)
  rec('chat_gsw', f`Grüezi, ich han es Problem mit em PI-Historian uf de Plattform. Dä Service-User isch "svc_hse_read" und s Passwort isch ${v('credential.password_in_prose', 'Nordsee#Bohr77')} – sit em Update vo geschter chunnt immer "login failed". Chasch mer säge, was ich im Connector muess umstelle?`),

  // 3 nb — platform logistics Slack bot
  rec('code_python', f`Hei! Boten vår som poster helikopterlister (POB) i #logistikk-alpha har sluttet å virke. Koden:

\`\`\`python
${code(f`import os
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def post_pob(flight_no: str, pax: list[str]) -> None:
    text = f"*{flight_no}* – {len(pax)} pax\\n" + "\\n".join(pax)
    client.chat_postMessage(channel="#logistikk-alpha", text=text)`)}
\`\`\`

Feilmelding: not_in_channel. Hva betyr det?`),

  // 4 fr-QC — telecom porting desk Twilio
  rec('curl', f`Salut, faque j'essaie d'envoyer un texto de confirmation de portabilité pis ça me retourne 20003. Ma commande :

${cfg(f`curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${v('credential.twilio_account_sid', TW_SID)}/Messages.json" \\
  --data-urlencode "To=${phone('+1 514 827 3916')}" \\
  --data-urlencode "From=${phone('+1 438 201 7745')}" \\
  --data-urlencode "Body=Votre transfert de numéro est confirmé pour le 14 mars." \\
  -u ${v('credential.twilio_account_sid', TW_SID)}:${v('credential.twilio_auth_token', TW_AUTH)}`)}

C'tu mon token qui est expiré, tu penses?`),

  // 5 es-MX — wedding venue Stripe live key
  rec('code_php', f`Oye, el formulario de anticipo para bodas truena con "No such customer". Este es el archivo:

\`\`\`php
${code(f`<?php
require 'vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

function cobrarAnticipo(string $clienteId, int $montoCentavos): string {
    $intent = \\Stripe\\PaymentIntent::create([
        'amount' => $montoCentavos,
        'currency' => 'mxn',
        'customer' => $clienteId,
        'description' => 'Anticipo boda – Hacienda Los Tilos',
    ]);
    return $intent->client_secret;
}`)}
\`\`\`

¿Qué estoy haciendo mal?`),

  // 6 pt-BR — wedding: SendGrid
  rec('code_js', f`Gente, o e-mail de confirmação de degustação não sai. Alguém vê o erro?

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function enviarConfirmacao(noivos, data) {
  await sgMail.send({
    to: noivos.email,
    from: '${v('pii.email', 'eventos@quintadostilos.com.br')}',
    subject: \`Degustação confirmada – \${data}\`,
    html: templateDegustacao(noivos, data),
  });
}`)}

log: "Forbidden" 403`),

  // 7 it — tax firm payroll: password in prose
  rec('chat_it', f`Ciao, mi serve una mail per il cliente Pasticceria Bellotti: devo dirgli che il cedolino di febbraio è pronto sul portale. Username il loro codice cliente 00412, la password provvisoria è ${v('credential.password_in_prose', 'Cedolino!Feb25')} e al primo accesso devono cambiarla. Tono cordiale ma breve.`),

  // 8 nl — biobank: DB URL in chat
  rec('chat_nl', f`Mijn R-script kan niet verbinden met de biobank-catalogus. Ik gebruik deze string: postgresql://bb_analist:${v('credential.database_url_password', 'Vriezer-80graden!')}@pg-biobank.lindenhof.local:5432/catalogus — krijg "SSL required". Moet ik sslmode=require toevoegen?`),

  // 9 pl — staffing: GitHub PAT in git remote
  rec('terminal', f`Cześć, push do repo z generatorem umów nie działa:

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/brightwell-pl/generator-umow.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/brightwell-pl/generator-umow.git (push)
$ git push origin main
remote: Permission to brightwell-pl/generator-umow.git denied to rekrutacja-bot.`)}

Token ma zakres repo, więc o co chodzi?`),

  // 10 ja — telecom: AWS credentials file
  rec('ini', f`番号ポータビリティのバッチがS3にアップロードできません。~/.aws/credentials はこうなっています：

${cfg(f`[mnp-batch]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = ap-northeast-1`)}

エラーは SignatureDoesNotMatch です。時刻ずれが原因でしょうか？`),

  // 11 ko — biobank: Azure storage connection string
  rec('json_config', f`바이오뱅크 이미지 업로드 함수가 로컬에서는 되는데 배포하면 403이 나요. local.settings.json 입니다:

${cfg(f`{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "BiobankStorage": "DefaultEndpointsProtocol=https;AccountName=lhbiobankimg;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "ContainerName": "histology-slides"
  }
}`)}`),

  // 12 zh-CN — telecom fraud: Alibaba
  rec('code_python', f`我们反诈骗组用这个脚本从OSS拉携号转网的日志，最近老是报 InvalidAccessKeyId，帮我看看：

\`\`\`python
${code(f`import oss2

auth = oss2.Auth('${v('credential.alibaba_access_key_id', ALI_ID)}', '${v('credential.generic_secret_assignment', ALI_SECRET)}')
bucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'telvio-port-logs')

for obj in oss2.ObjectIterator(bucket, prefix='2025/02/'):
    print(obj.key, obj.size)`)}
\`\`\``),

  // 13 zh-TW — wedding: Telegram bot
  rec('yaml', f`婚宴場地的訂位通知機器人突然不回訊息了，設定檔如下，可以幫我看哪裡有問題嗎？

${cfg(f`# notify-bot/config.yaml
telegram:
  bot_token: "${v('credential.telegram_bot_token', TELEGRAM)}"
  chat_id: -1002284719365
venue: 林蔭莊園
reminders:
  - days_before: 30
  - days_before: 7`)}`),

  // 14 ru — platform: Grafana service account token
  rec('curl', f`Коллеги, не могу выгрузить дашборд по газоанализаторам с платформы. Запрос:

${cfg(f`curl -s -H "Authorization: Bearer ${v('credential.grafana_service_account_token', GLSA)}" \\
  https://grafana.nordvarg-offshore.no/api/dashboards/uid/gas-detect-alpha | jq .dashboard.title`)}

Ответ: {"message":"Unauthorized"}. Токен создавал вчера.`),

  // 15 uk — telecom: RSA private key
  rec('chat_uk', f`Привіт! Партнер з перенесення номерів просить підписувати запити нашим ключем. Ось ключ, який мені дав адмін, — як з нього отримати публічну частину для них?

${v('credential.private_key', RSA_KEY)}`),

  // 16 ar — tax firm: user/password pair
  rec('chat_ar', f`مرحباً، أريد صياغة رسالة للعميل لتسجيل الدخول إلى بوابة الرواتب الجديدة. بيانات الدخول:
اسم المستخدم: alnoor.trading
كلمة المرور: ${v('credential.password_in_prose', 'Rawatib@2025')}
الرجاء كتابة الرسالة بالعربية مع خطوات تغيير كلمة المرور.`),

  // 17 he — biobank: JWT
  rec('http', f`הבקשה ל-API של רישום הדגימות מחזירה 401 למרות שהטוקן חדש. הנה הבקשה:

${cfg(f`GET /api/v2/samples?freezer=F-12&status=available HTTP/1.1
Host: registry.umc-lindenhof.example
Authorization: Bearer ${v('credential.jwt', JWT_BIOBANK)}
Accept: application/json`)}

מה לא בסדר?`),

  // 18 hi — staffing: password in prose (Hindi)
  rec('chat_hi', f`नमस्ते, नए रिक्रूटर के लिए स्वागत ईमेल लिखनी है। उसका जॉब-पोर्टल लॉगिन: rahul.k@brightwell-in, पासवर्ड ${v('credential.password_in_prose', 'Naukri@Pune#81')} है, पहली बार लॉगिन पर बदलना होगा। ईमेल हिंदी और अंग्रेज़ी दोनों में चाहिए।`),

  // 19 th — wedding: Facebook page token
  rec('code_js', f`ช่วยดูโค้ดโพสต์รูปงานแต่งขึ้นเพจหน่อยค่ะ มันขึ้น error 190

${code(f`const PAGE_ID = '104827391562048';
const PAGE_TOKEN = '${v('credential.facebook_access_token', FB_TOKEN)}';

async function postAlbum(photos) {
  for (const url of photos) {
    await fetch(\`https://graph.facebook.com/v19.0/\${PAGE_ID}/photos?access_token=\${PAGE_TOKEN}\`, {
      method: 'POST',
      body: new URLSearchParams({ url, published: 'false' }),
    });
  }
}`)}`),

  // 20 tr — telecom: mysql CLI
  rec('terminal', f`Numara taşıma tablosunu dump almaya çalışıyorum ama hata veriyor:

${cfg(f`$ mysql -h ${amb('pii.ip_address', '10.44.7.21')} -u tasima_rapor -p${v('credential.mysql_cli_password', 'Tasima2025!x')} tnp_db -e "SELECT COUNT(*) FROM port_requests WHERE durum='BEKLEMEDE'"
ERROR 1045 (28000): Access denied for user 'tasima_rapor'@'${amb('pii.ip_address', '10.44.9.130')}' (using password: YES)`)}

Şifre doğru, emin miyim bilmiyorum. Ne kontrol etmeliyim?`),

  // 21 el — platform: network device secret
  rec('config', f`Στην πλατφόρμα αλλάξαμε τον switch της αίθουσας ελέγχου. Μπορείς να μου εξηγήσεις τι κάνει κάθε γραμμή;

${cfg(f`hostname SW-CCR-01
!
enable secret 0 ${v('credential.network_device_secret', 'Platforma!Enable24')}
username hseops privilege 15 password 0 ${v('credential.network_device_secret', 'Kyma#Thalassa9')}
!
interface Vlan20
 description HSE-CCTV
 ip address ${amb('pii.ip_address', '10.20.0.2')} 255.255.255.0
!
snmp-server community ${v('credential.network_device_secret', 'Hse7ccr-RO-2024')} RO`)}`, 'SNMP community string labelled as a device secret'),

  // 22 sv — tax payroll: Azure client secret in appsettings
  rec('json_config', f`Hej! Vår lönekörnings-app loggar in mot Entra ID men får AADSTS7000215. appsettings.Production.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5e7a1c93-2d48-4b6f-8e01-c4f9a2b7d356",
    "ClientId": "a9c3e718-4b25-4d0f-97e6-1f8b3d5c2a40",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Lon": { "Korning": "2025-03-25", "Bolag": 14 }
}`)}`),

  // 23 da — biobank: REDCap token
  rec('code_r', f`Hej, kan du hjælpe med at hente data fra REDCap i R? Jeg får "You do not have permissions to use the API".

\`\`\`r
${code(f`library(REDCapR)

uri   <- "https://redcap.umc-lindenhof.example/api/"
token <- "${v('credential.generic_secret_assignment', REDCAP)}"

ds <- redcap_read(redcap_uri = uri, token = token,
                  fields = c("record_id", "sample_type", "consent_date"))$data
table(ds$sample_type)`)}
\`\`\``),

  // 24 fi — staffing: Teams webhook
  rec('chat_fi', f`Moi, haluaisin että uusista keikkatyöpaikoista tulee ilmoitus Teamsiin. Tässä webhook jonka tein: ${v('credential.teams_webhook_url', TEAMS_HOOK)}
Miten teen PowerAutomate-flown, joka lähettää Excel-rivin siihen?`),

  // 25 cs — telecom: Vault token
  rec('terminal', f`Ahoj, potřebuju vytáhnout heslo k SMS bráně z Vaultu, ale CLI hlásí permission denied:

${cfg(f`$ export VAULT_ADDR=https://vault.telvio.cz:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=password kv/fraud/sms-gateway
Error reading kv/data/fraud/sms-gateway: Code: 403. Errors: * permission denied`)}

Jakou policy potřebuju?`),

  // 26 hu — tax: Basic auth header
  rec('http', f`Szia! A bérszámfejtő rendszer szinkronja 401-et ad a NAV-os exportnál. Ez megy ki:

${cfg(f`POST /api/v1/export/berjegyzek HTTP/1.1
Host: sync.berghammer-payroll.hu
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"honap":"2025-02","ceg":"Dunakanyar Kft."}`)}`),

  // 27 ro — staffing: Atlassian token
  rec('curl', f`Salut, vreau să creez automat tichete în Jira pentru fiecare candidat plasat. Comanda mea:

${cfg(f`curl -u ${v('pii.email', 'ana.popescu@brightwell.ro')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://brightwell-ro.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"PLAS"},"summary":"Plasare nouă – operator CNC Pitești","issuetype":{"name":"Task"}}}'`)}

Primesc 400 "Field 'reporter' cannot be set". Ce fac?`),

  // 28 vi — wedding: Google Maps key
  rec('code_html', f`Bản đồ chỉ đường tới nhà hàng tiệc cưới trên web không hiện, chỉ thấy "For development purposes only". Đây là đoạn nhúng:

\`\`\`html
${code(f`<div id="map" style="height:360px"></div>
<script>
  function initMap() {
    const venue = { lat: 10.7769, lng: 106.7009 };
    const map = new google.maps.Map(document.getElementById('map'), { zoom: 15, center: venue });
    new google.maps.Marker({ position: venue, map, title: 'Nhà hàng tiệc cưới Hoa Sứ' });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GOOGLE_KEY)}&callback=initMap"></script>`)}
\`\`\``),

  // 29 id — telecom: FCM server key
  rec('chat_id', f`Mas, notifikasi OTP untuk pindah operator gagal terkirim sejak kemarin. Di server kita masih pakai legacy key ini: ${v('credential.firebase_fcm_server_key', FCM)}
Apakah memang sudah dimatikan Google? Harus migrasi ke HTTP v1?`),

  // 30 tl — staffing: Slack webhook (Taglish)
  rec('chat_tl', f`Hi po, pwede po bang tulungan ako gumawa ng Google Apps Script na magpo-post sa Slack kapag may bagong applicant sa form? Eto yung webhook namin: ${v('credential.slack_webhook_url', SLACK_HOOK)} — salamat po!`),

  // 31 ka — telecom: GitLab PAT
  rec('chat_ka', f`გამარჯობა! CI-ში ნომრის გადატანის სერვისის build ვერ აკეთებს clone-ს. .gitlab-ci.yml-ში ჩავწერე:
git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.telvio.ge/porting/mnp-core.git
შეცდომა: "HTTP Basic: Access denied". რა შეიძლება იყოს?`),

  // 32 hy — biobank: HuggingFace token
  rec('code_python', f`Բարև, ուզում եմ պաթոլոգիայի պատկերների մոդելը ներբեռնել, բայց 401 է տալիս։

\`\`\`python
${code(f`from huggingface_hub import login, snapshot_download

login(token="${v('credential.huggingface_token', HF)}")
path = snapshot_download("lindenhof-biobank/histo-tiles-vit", revision="v0.3")
print(path)`)}
\`\`\``),

  // 33 am — staffing: Wi-Fi/office password prose
  rec('chat_am', f`ሰላም፣ ለአዲሶቹ ሰራተኞች የመግቢያ መመሪያ መጻፍ እፈልጋለሁ። የቢሮ ኮምፒውተር መግቢያ፦ የተጠቃሚ ስም brightwell\\intake02፣ የይለፍ ቃል ${v('credential.password_in_prose', 'Addis#Ketema2025')} ነው። በአማርኛ እና በእንግሊዝኛ አጭር መመሪያ አዘጋጅልኝ።`),

  // 34 bn — telecom: SMS gateway secret
  rec('env_file', f`ভাই, আমাদের এসএমএস গেটওয়ে থেকে পোর্টিং OTP যাচ্ছে না। .env ফাইলটা দেখো:

${cfg(f`SMS_GATEWAY_URL=https://api.smsbd-gw.example/v2/send
SMS_SENDER_ID=TELVIO
SMS_API_SECRET=${v('credential.generic_secret_assignment', SMS_SECRET)}
OTP_TTL_SECONDS=300`)}

রেসপন্স আসছে "invalid signature"।`),

  // 35 ta — tax payroll: JDBC properties
  rec('properties', f`வணக்கம், சம்பளப் பட்டியல் சேவை Oracle DB-க்கு இணைக்க முடியவில்லை. application.properties இதோ:

${cfg(f`spring.datasource.url=jdbc:oracle:thin:@//ora-payroll.berghammer.in:1521/PAYPDB
spring.datasource.username=payroll_app
spring.datasource.password=${v('credential.password_assignment', 'Sambalam#2025ch')}
spring.jpa.hibernate.ddl-auto=validate`)}

பிழை: ORA-01017 invalid username/password.`),

  // 36 fa — platform: OpenSSH key
  rec('chat_fa', f`سلام، برای اتصال به سرور لاگ سکوی دریایی این کلید را از همکارم گرفتم ولی ssh می‌گوید invalid format. مشکل کجاست؟

${v('credential.openssh_private_key', OSSH)}`),

  // 37 ur — tax: sqlcmd
  rec('terminal', f`السلام علیکم، پے رول ڈیٹا بیس کا بیک اپ اسکرپٹ رات کو فیل ہو رہا ہے۔ یہ کمانڈ ہے:

${cfg(f`sqlcmd -S payroll-sql01.berghammer.pk -U backup_op -P ${v('credential.cli_password', 'Tankhwah!2025pk')} -Q "BACKUP DATABASE PayrollPK TO DISK='D:\\bak\\PayrollPK.bak'"`)}

لاگ میں "Login failed for user" آ رہا ہے۔`),

  // 38 de-AT — tax: Datadog keys
  rec('yaml', f`Servus, unser Lohnverrechnungs-Cluster schickt keine Logs mehr an Datadog. Das Helm-Values-File:

${cfg(f`datadog:
  site: datadoghq.eu
  apiKey: ${v('credential.datadog_api_key', DD_API)}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  logs:
    enabled: true
    containerCollectAll: true
clusterName: lohn-prod-wien`)}

Agent-Status sagt "API Key invalid". Passt da was nicht?`),

  // 39 es-AR — wedding: Shopify token
  rec('chat_es_ar', f`Che, armé una tiendita para vender souvenirs de casamiento y quiero sincronizar el stock con una planilla. Tengo este token de la app privada: ${v('credential.shopify_access_token', SHPAT)}. ¿Me armás un script en Python que lea los productos y los vuelque a un CSV?`),

  // 40 pt-PT — biobank: docker config.json
  rec('json_config', f`Olá, o runner do laboratório não consegue fazer pull da imagem do pipeline de sequenciação. O ficheiro ~/.docker/config.json é este:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Dá "unauthorized: incorrect username or password". Está mal codificado?`),

  // 41 fr-BE — tax: .npmrc
  rec('npmrc', f`Bonjour, notre portail de fiches de paie n'arrive plus à installer le paquet privé @berghammer/ui. Voici le .npmrc du projet :

${cfg(f`@berghammer:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
always-auth=true`)}

L'erreur c'est E404, alors que le paquet existe bien. Une idée, s'il vous plaît ?`),

  // 42 en-GB — platform: GCP service account key
  rec('json_config', f`The HSE dashboard's BigQuery export broke after someone rotated keys. This is the key file the job uses – is anything obviously wrong with it?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "nordvarg-hse-analytics",
  "private_key_id": "${fill('b120-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'hse-export@nordvarg-hse-analytics.iam.gserviceaccount.com')}",
  "client_id": "108274619350284716239",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'hse-export%40nordvarg-hse-analytics.iam.gserviceaccount.com')}"
}`))}`),

  // 43 en-IN — staffing: Anthropic key
  rec('code_python', f`Hi, I'm using Claude to rank resumes for our bulk hiring drive in Chennai. Getting a 400 "prompt is too long" — how do I chunk this properly?

\`\`\`python
${code(f`import anthropic, glob

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

for path in glob.glob("resumes/*.txt"):
    text = open(path, encoding="utf-8").read()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": f"Score this resume for a warehouse supervisor role:\\n{text}"}],
    )
    print(path, msg.content[0].text[:80])`)}
\`\`\``),

  // 44 en-US — telecom: Stripe restricted key
  rec('chat', f`Fraud desk here. We want a read-only Stripe key so the analysts can look up chargebacks on prepaid top-ups without being able to refund. Is this restricted key scoped right? ${v('credential.stripe_restricted_key', RK_LIVE)} — it shows "charges: read, disputes: read" in the dashboard.`),

  // 45 en — biobank: PGP private key
  rec('chat', f`Our partner lab sends pseudonymised genotype files encrypted to our biobank key. gpg --decrypt says "No secret key". I exported it from the old laptop like this, can you tell if the export is complete?

${v('credential.pgp_private_key', PGP)}`),

  // 46 sk — platform: Cloudflare API token
  rec('terminal', f`Ahoj, potrebujem cez API pridať DNS záznam pre nový portál dodávateľov plošiny:

${cfg(f`curl -X POST "https://api.cloudflare.com/client/v4/zones/3b9f0c27e84d41a6b5c2d7e8f9013a64/dns_records" \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  --data '{"type":"CNAME","name":"dodavatelia","content":"portal.nordvarg-offshore.no","proxied":true}'`)}

Vracia 10000 Authentication error.`),

  // 47 hr — wedding: Mailchimp
  rec('chat_hr', f`Bok! Trebam skriptu koja dodaje mladence iz našeg upitnika u Mailchimp listu "Vjenčanja 2025". API ključ: ${v('credential.mailchimp_api_key', MAILCHIMP)}, lista ID 4f82c91d7a. Može u Pythonu?`),

  // 48 sl — staffing: Brevo
  rec('code_js', f`Živjo, zakaj se e-pošta kandidatom ne pošlje? Koda:

${code(f`import * as Brevo from '@getbrevo/brevo';

const api = new Brevo.TransactionalEmailsApi();
api.setApiKey(Brevo.TransactionalEmailsApiApiKeys.apiKey, '${v('credential.brevo_api_key', BREVO)}');

export async function povabiloNaRazgovor(kandidat, termin) {
  return api.sendTransacEmail({
    templateId: 17,
    to: [{ email: kandidat.email, name: kandidat.ime }],
    params: { termin },
  });
}`)}`),

  // 49 lt — telecom: Okta
  rec('chat_lt', f`Labas, noriu automatiškai išjungti sukčiavimo skyriaus darbuotojų paskyras, kai jie išeina. Okta API tokenas: ${v('credential.okta_api_token', OKTA)}. Kaip parašyti užklausą, kuri deaktyvuoja vartotoją pagal el. paštą?`),

  // 50 lv — tax: Sentry DSN
  rec('code_js', f`Sveiki! Algu kalkulatora frontendā Sentry nesaņem kļūdas. Inicializācija:

${code(f`import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o482193.ingest.de.sentry.io/4508231947`)}',
  environment: 'production',
  tracesSampleRate: 0.2,
});`)}

Vai DSN formāts ir pareizs?`),

  // 51 et — biobank: age key
  rec('chat_et', f`Tere! Biopanga varukoopiad krüpteeritakse age'iga. Kolleeg saatis mulle võtmefaili sisu, et saaksin vana arhiivi taastada:
${v('credential.age_secret_key', AGE)}
Kuidas seda käsureal kasutada, et .tar.age lahti teha?`),

  // 52 is — platform: SFTP URL password
  rec('chat_is', f`Halló, ég þarf að sækja veðurgögn fyrir borpallinn á hverri nóttu. Slóðin sem birgirinn gaf: sftp://nordvarg:${v('credential.url_password', 'Vedur-Alpha!2025')}@sftp.metocean-data.example/daily/ — geturðu skrifað cron-skriftu sem sækir skrána?`),

  // 53 ms — wedding: Airtable
  rec('chat_ms', f`Hai, saya guna Airtable untuk senarai tetamu majlis perkahwinan. Boleh tolong tulis skrip Python untuk tarik semua rekod dari jadual "Tetamu"? Token saya ${v('credential.airtable_pat', AIRTABLE)}, base appR7kT2mQ9xLw4Ze.`),

  // 54 sw — telecom: Twilio API key pair
  rec('code_python', f`Habari, tunataka kutuma SMS za onyo la udanganyifu kwa wateja. Nimeandika hivi lakini inakataa:

\`\`\`python
${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_api_key', TW_SK)}", "${v('credential.generic_secret_assignment', TW_SK_SECRET)}", "${v('credential.twilio_account_sid', TW_SID)}")

client.messages.create(
    to="${phone('+254 712 847 391')}",
    from_="TELVIO",
    body="Onyo: mtu ameomba kuhamisha namba yako. Kama si wewe, piga 100.",
)`)}
\`\`\``),

  // 55 nn/no — platform: Azure DevOps PAT
  rec('chat_no', f`Pipeline for vedlikeholdsplan-appen feiler på "TF400813". Jeg satt PAT-en i variabelgruppen som ${v('credential.azure_devops_pat', ADO_PAT)} – er det feil format, eller mangler den scope "Code (Read)"?`),

  // 56 yue — wedding: Notion
  rec('chat_yue', f`唔該幫手睇睇，我想用 Notion API 將婚禮場地嘅預約表同步落 Google Sheet，但係佢成日彈 "unauthorized"。我個 integration token 係 ${v('credential.notion_token', NOTION)}，database 已經 share 咗俾個 integration。`),

  // 57 en — staffing: bearer token in Postman
  rec('chat', f`Postman collection for the job-board partner API works for me but not for my colleague. The Authorization header I copied is "Bearer ${v('credential.bearer_token', BEARER)}". Is that tied to my user? How do we each get our own?`),

  // 58 bg — tax: SAS URL
  rec('chat_bg', f`Здравей, клиентът не може да свали фишовете за заплати от линка, който му пратихме: https://bhpayrollbg.blob.core.windows.net/fishove/2025-02.zip?sv=2023-11-03&sr=b&sp=r&se=2025-03-20T18:00:00Z&sig=${v('credential.azure_sas_token', SAS_SIG)}
Грешката е AuthorizationFailure. Може ли да е изтекъл?`),

  // 59 en — biobank: Groq + DigitalOcean
  rec('env_file', f`${cfg(f`# consent-form-ocr/.env  (pilot, do not commit)
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
DO_TOKEN=${v('credential.digitalocean_token', DOP)}
SPACES_BUCKET=lh-consent-scans-pilot`)}

Which of these should go into the CI secrets vs. a vault?`),

  // 60 de — tax: Linear + Postman keys (German)
  rec('chat_de', f`Kannst du mir ein kleines Node-Skript schreiben, das offene Lohn-Tickets aus Linear holt und als Postman-Monitor läuft? Linear-Key: ${v('credential.linear_api_key', LINEAR)}, Postman-API-Key: ${v('credential.postman_api_key', POSTMAN)}. Team heißt "Lohnbuchhaltung".`),

  // 61 en — telecom: fine-grained PAT
  rec('chat', f`My fine-grained token for the porting-rules repo can read but not open PRs. ${v('credential.github_fine_grained_pat', GH_FINE)} — permissions say "Contents: read and write, Pull requests: read". Is it the PR permission?`),

  // 62 es — tax: JWT in localStorage
  rec('chat_es', f`Tengo el portal de nóminas abierto y en las DevTools veo que en localStorage hay "auth" = ${v('credential.jwt', JWT_PORTAL)}. ¿Es un riesgo guardar ahí el token? ¿Qué alternativa recomiendas?`),

  // 63 en — wedding: Mailgun + webhook secret
  rec('env_file', f`Venue booking site, staging .env. Which secrets can stay the same between staging and prod?

${cfg(f`MAILGUN_DOMAIN=mg.tilleul-weddings.co.uk
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
BOOKING_ADMIN_EMAIL=${v('pii.email', 'bookings@tilleul-weddings.co.uk')}`)}`),

  // 64 fr — biobank: Databricks + Mistral
  rec('code_python', f`Bonjour, je veux résumer les comptes rendus anatomopathologiques pseudonymisés avec Mistral depuis un notebook Databricks. Ça plante à la connexion :

\`\`\`python
${code(f`from databricks import sql
from mistralai import Mistral

conn = sql.connect(server_hostname="adb-4829173650284.12.azuredatabricks.net",
                   http_path="/sql/1.0/warehouses/8f3c2a91d7e4b065",
                   access_token="${v('credential.databricks_token', DATABRICKS)}")
client = Mistral(api_key="${v('credential.mistral_api_key', MISTRAL)}")`)}
\`\`\``),
];
