/**
 * Held-out batch 52: credentials pasted by staff of an international school's admissions and bursary
 * office, a freight-rail signalling contractor, a fashion resale marketplace (trust & safety, payouts),
 * a veterinary hospital group, a regional newspaper's subscriptions desk and a geothermal driller —
 * configs, scripts, shells, logs and chat in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b52-sklive', B62, 97));
const STRIPE_WHSEC = tok('whsec_', fill('b52-whsec', B62, 32));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b52-rklive', B62, 97));
const ADYEN = tok('AQE', 'yhmfxK', fill('b52-adyen1', B64, 58), '=-', fill('b52-adyen2', B64, 43), '=-', fill('b52-adyen3', B62, 16));
const SNMP_RO = 'Sp0rveksel!Ofot';
const ISAKMP = 'Narvik-Bjornfjell-2291';
const T7_ENC = '073B33184D020A0C13174A2302253F';
const CISCO_HASH = tok('$9$', fill('b52-c9salt', B62 + './', 14), '$', fill('b52-c9hash', B62 + './', 43));
const OPENAPPLY = fill('b52-openapply', B62, 40);
const TWILIO_SID = tok('AC', fill('b52-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b52-twtok', HEX, 32);
const INFLUX = tok(fill('b52-influx', B64URL, 86), '==');
const AZ_STORAGE = tok(fill('b52-azsa', B64, 86), '==');
const SAS_SIG = `${fill('b52-sas1', B62, 18)}%2F${fill('b52-sas2', B62, 11)}%2B${fill('b52-sas3', B62, 12)}%3D`;
const GLPAT = tok('glpat-', fill('b52-glpat', B62 + '-_', 20));
const LAB_BASIC = b64('veterra-hki:Kissankello#2024');
const OPENAI = tok('sk-', 'proj-', fill('b52-oai1', B64URL, 74), 'T3BlbkFJ', fill('b52-oai2', B64URL, 74));
const HF = tok('hf_', fill('b52-hf', B62, 34));
const SG = tok('SG.', fill('b52-sg1', B64URL, 22), '.', fill('b52-sg2', B64URL, 43));
const AKIA_S3 = tok('AKIA', fill('b52-akia1', B32, 16));
const AWS_SECRET_S3 = fill('b52-awss1', B64, 40);
const SA_KEY_ID = fill('b52-sakid', HEX, 40);
const SA_PEM = pem('PRIVATE KEY', 'b52-sapem', 1218);
const DD_API = fill('b52-ddapi', HEX, 32);
const GLSA = tok('glsa_', fill('b52-glsa1', B62, 32), '_', fill('b52-glsa2', HEX, 8));
const SLACK_BOT = tok('xoxb-', '5820417394', '1-', '7492018365407-', fill('b52-xoxb', B62, 24));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b52-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('7184920365', ':AA', fill('b52-tg', B64URL, 33));
const WA_TOKEN = tok('EAA', 'Lz4kQb', fill('b52-wa', B62, 176));
const RZP_SECRET = fill('b52-rzp', B62, 24);
const ZENDESK = fill('b52-zd', B62, 40);
const BREVO = tok('xkeysib-', fill('b52-brevo1', HEX, 64), '-', fill('b52-brevo2', B62, 16));
const MAILCHIMP = tok(fill('b52-mc', HEX, 32), '-us14');
const PIANO_SECRET = fill('b52-piano', B62, 48);
const TEAMS_HOOK = tok(
  'https://veterra.webhook.office.com/webhookb2/',
  '8c2e41f7-3b90-4d6a-a518-7e0c92d4b361@4f1a9c82-6d37-4e05-b2c8-91d7e3a06f54/IncomingWebhook/',
  fill('b52-teams1', HEX, 32),
  '/',
  'a41d07c3-92e8-4b5f-8c16-3d70f2b9e845/',
  'V2',
  fill('b52-teams2', B64URL, 43),
);
const AKIA_IT = tok('AKIA', fill('b52-akia2', B32, 16));
const AWS_SECRET_IT = fill('b52-awss2', B64, 40);
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'hverfell-mx', a: fill('b52-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b52-mbx', B64URL, 22));
const MP_TOKEN = tok('APP_USR-', fill('b52-mp1', DIGITS, 16), '-', fill('b52-mp2', DIGITS, 6), '-', fill('b52-mp3', HEX, 32), '-', fill('b52-mp4', DIGITS, 9));
const GH_FINE = tok('github_pat_', '11B', fill('b52-ghfg1', B62, 19), '_', fill('b52-ghfg2', B62, 59));
const JFROG = tok('AKCp', fill('b52-jfrog', B62, 69));
const SIS_JWT = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'ps-2024-09' },
  { iss: 'https://alpenrand.powerschool.com', sub: 'plugin:admissions-sync', aud: 'ps-api', scope: 'students.read students.write', iat: 1737367200, exp: 1737453600 },
  'b52-sisjwt',
);
const STRIPE_VET = tok('sk_', 'live_', '51', fill('b52-skvet', B62, 97));
const SENTRY_ORG = tok('sntrys_', b64(JSON.stringify({ iat: 1736942871.5, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'veterra' })).replace(/=+$/, ''), '_', fill('b52-sntrys', B64URL, 43));
const TFC = tok(fill('b52-tfc1', B62, 14), '.atlasv1.', fill('b52-tfc2', B62, 67));
const AZ_CLIENT_SECRET = tok(fill('b52-azcs1', B62, 3), '8Q~', fill('b52-azcs2', B62 + '_.-', 34));
const DAPI = tok('dapi', fill('b52-dapi', HEX, 32));
const CF_TOKEN = fill('b52-cftok', B62 + '_-', 40);
const SENTRY_KEY = fill('b52-sentrykey', HEX, 32);
const MAILGUN = tok('key-', fill('b52-mailgun', HEX, 32));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b52-pypi', B64URL, 164));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K8QW2M', '/', 'B07H3N9P1LZ', '/', fill('b52-slhook', B62, 24));
const DOCKER_AUTH = b64('hverfell-ci:Vinarskogur#Wien24');
const GHP = gh('ghp', 'Tq8Vn2Kx5Rb9Lm3Hc7Wd1Zp4Fs6Gy0');
const ADO_PAT = fill('b52-ado', B32LOWER, 52);
const IYZICO_KEY = fill('b52-iyzk', B62, 32);
const IYZICO_SECRET = fill('b52-iyzs', B62, 32);
const PPK_PRIV = b64Bytes('b52-ppk', 36);
const GOCSPX = tok('GOCSPX-', fill('b52-gocspx', B64URL, 28));
const YA29 = tok('ya29.', 'a0AcM612', fill('b52-ya29', B64URL, 170));
const BEARER_LOG = fill('b52-bearer', B62 + '-._~', 56);
const VAULT = tok('hvs.', 'CAESI', fill('b52-vault', B64URL, 86));
const SES_USER = tok('AKIA', fill('b52-akia3', B32, 16));
const SES_PASS = tok('B', fill('b52-sespw', B64, 43));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b52-ant', B64URL, 93), 'AA');
const GLC = tok('glc_', b64(JSON.stringify({ o: '917365', n: 'hverfell-ru-metrics', k: fill('b52-glck', B62, 24), m: { r: 'prod-eu-north-0' } })).replace(/=+$/, ''));
const GROQ = tok('gsk_', fill('b52-groq', B62, 52));
const NOTION = tok('ntn_', fill('b52-ntn1', DIGITS, 11), fill('b52-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b52-at1', B62, 14), '.', fill('b52-at2', HEX, 64));
const EC_PEM = pem('EC PRIVATE KEY', 'b52-ecrbc', 121);
const DOP = tok('dop_', 'v1_', fill('b52-dop', HEX, 64));
const LINEAR = tok('lin_', 'api_', fill('b52-linear', B62, 40));
const NPM = gh('npm', 'Pk3Wz8Qm1Vt6Ry9Ln4Bx7Hc2Jd5Fs0');

export const BATCH52_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Webhook signature verification fails on staging but works locally. Same .env on both (payouts service):

${amb('source_code.snippet', f`# payouts-svc/.env
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WHSEC)}
ADYEN_API_KEY=${v('credential.generic_secret_assignment', ADYEN)}
ADYEN_MERCHANT_ACCOUNT=RevestaEU_Payouts
PAYOUT_DB_URL=postgres://payouts:${v('credential.database_url_password', 'Cortica-Lisboa-58')}@pg-payouts.internal.revesta.eu:5432/payouts
PAYOUT_CUTOFF_UTC=14:00`)}

Is it because nginx on staging re-encodes the body before it hits express.raw()?`),

  rec('network_config_no', f`Hei, kan du forklare hva denne konfigurasjonen gjør, linje for linje? Det er fra svitsjen i teknisk rom på Bjørnfjell (Ofotbanen), vi skal bytte den ut i mars.

${amb('source_code.snippet', f`hostname SW-BJF-TR01
!
username drift privilege 15 secret 9 ${ambCat('credential', CISCO_HASH)}
enable secret 9 ${ambCat('credential', tok('$9$', fill('b52-c9salt2', B62 + './', 14), '$', fill('b52-c9hash2', B62 + './', 43)))}
!
snmp-server community ${v('credential.network_device_secret', SNMP_RO)} RO 10
snmp-server location Bjornfjell teknisk rom km 39,8
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share
crypto isakmp key ${v('credential.network_device_secret', ISAKMP)} address ${amb('pii.ip_address', '10.114.0.1')}
!
line vty 0 4
 password 7 ${v('credential.network_device_secret', T7_ENC)}
 transport input ssh`)}

Spesielt: hvorfor står det "password 7" på vty-linjene når vi har ssh?`, 'Cisco type-9 hashes ambiguous (README); community, PSK and reversible type-7 password labelled'),

  rec('code_python_de_at', f`Servus, kannst du mir bei dem Skript helfen? Es soll jeden Morgen die neuen Bewerbungen aus OpenApply holen und ans Aufnahmeteam mailen, aber es bricht mit "401 Unauthorized" ab.

\`\`\`python
${code(f`import requests, smtplib
from email.message import EmailMessage

OPENAPPLY_URL = "https://alpenrand.openapply.com/api/v3/students"
OPENAPPLY_TOKEN = "${v('credential.generic_secret_assignment', OPENAPPLY)}"
SMTP_USER = "aufnahme-bot"
SMTP_PASSWORD = "${v('credential.password_assignment', 'Mozartkugel!Lehen7')}"

def neue_bewerbungen(seit):
    r = requests.get(OPENAPPLY_URL, params={"status": "applied", "since": seit},
                     headers={"Authorization": f"Bearer {OPENAPPLY_TOKEN}"})
    r.raise_for_status()
    return r.json()["students"]

def sende_liste(studenten):
    msg = EmailMessage()
    msg["Subject"] = f"{len(studenten)} neue Bewerbungen"
    msg.set_content("\\n".join(f"{s['first_name']} {s['last_name']} – Grade {s['grade']}" for s in studenten))
    with smtplib.SMTP("mail.alpenrand-school.at", 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASSWORD)
        s.send_message(msg)`)}
\`\`\`

Das Token hab ich gestern neu erstellt.`),

  rec('code_php_fr_ch', f`Bonjour, les rappels de vaccination par SMS ne partent plus depuis lundi (clinique de Morges). Voici le bout de code du cron, tu vois ce qui cloche ?

${code(f`<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$client = new Client($sid, $token);

foreach (rappelsDuJour($pdo) as $r) {
    $client->messages->create($r['telephone'], [
        'from' => 'VETERRA',
        'body' => sprintf("Rappel : vaccin de %s le %s à %s. Répondez STOP pour ne plus recevoir de SMS.", $r['animal'], $r['date'], $r['heure']),
    ]);
}`)}

L'erreur dans les logs : "[HTTP 400] Unable to create record: Alphanumeric Sender ID is not supported".`),

  rec('curl', f`Our subscriber-sync bot posts a WordPress draft every night when the print edition is closed. Since the host switched to PHP 8.3 it gets 401. Command from the cron:

${amb('source_code.snippet', f`curl -s -X POST https://www.rheintaler-bote.ch/wp-json/wp/v2/posts \\
  -u "abo-sync:${v('credential.cli_password', 'xK4p 9TnR mW2q Lz7v Hb3s Qe8d')}" \\
  -H "Content-Type: application/json" \\
  -d '{"title":"Abo-Statistik KW 3","status":"draft"}'`)}

Do application passwords need the spaces removed?`),

  rec('telegraf_is', f`Hæ, Telegraf á borplaninum við Hengil sendir ekkert inn í InfluxDB síðan í gær. Getur þú séð hvað er að?

${amb('source_code.snippet', f`[[outputs.influxdb_v2]]
  urls = ["https://influx.hverfell.is:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "hverfell"
  bucket = "bor-HE-58"

[[inputs.mqtt_consumer]]
  servers = ["tcp://rigmqtt:${v('credential.url_password', 'Hengill.Bor58!')}@${amb('pii.ip_address', '172.20.8.14')}:1883"]
  topics = ["rig/HE-58/#"]
  data_format = "json"`)}

Villan í loggnum er "401 Unauthorized: read:orgs/… is unauthorized".`),

  rec('chat', f`Quick one — the well-log uploader for the Bavarian sites uses this connection string and started throwing AuthorizationFailure after the storage account was moved to the new subscription:

DefaultEndpointsProtocol=https;AccountName=hverfellwelllogs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

The mud-logging contractor also has a read link: https://hverfellwelllogs.blob.core.windows.net/logs/GEN-2/?sv=2022-11-02&sr=c&sp=rl&se=2025-03-31T00:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Do I need to regenerate both?`),

  rec('git_sv', f`Hej! Jag får "HTTP Basic: Access denied" när jag pushar ändringarna i ställverksdata för Malmbanan. Remote ser ut så här:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.nordspor.no/signal/malmbanan-stallverk.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.nordspor.no/signal/malmbanan-stallverk.git (push)`)}

Tokenet skapades i november med scope write_repository. Har det gått ut?`),

  rec('code_python_fi', f`Moi, tämä skripti hakee laboratoriotulokset Helsingin klinikalle, mutta nyt tulee 403. Mikä on vialla?

${code(f`import requests

LAB_API = "https://api.vetlab-partner.fi/v2/results"
HEADERS = {
    "Authorization": "Basic ${v('credential.basic_auth_header', LAB_BASIC)}",
    "Accept": "application/json",
}

def hae_tulokset(klinikka_id, pvm):
    r = requests.get(LAB_API, headers=HEADERS, params={"clinic": klinikka_id, "date": pvm}, timeout=20)
    r.raise_for_status()
    return [t for t in r.json()["items"] if t["status"] == "final"]`)}

Kumppani sanoi että IP-rajaus on päällä, voiko se johtua siitä?`),

  rec('code_python', f`T&S triage prototype. It should label incoming counterfeit reports before a human looks at them. Works on my laptop, times out on the worker:

\`\`\`python
${code(f`from openai import OpenAI
from huggingface_hub import InferenceClient

llm = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
vision = InferenceClient(model="revesta/logo-authenticity-v3", token="${v('credential.huggingface_token', HF)}")

PROMPT = """You are a trust & safety assistant for a fashion resale marketplace.
Classify the report as one of: counterfeit, misdescribed, prohibited_item, not_an_issue."""

def triage(report):
    logo = vision.image_classification(report["photo_url"])
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT},
                  {"role": "user", "content": f"{report['text']}\\nlogo model: {logo[0]}"}],
    )
    return out.choices[0].message.content`)}
\`\`\``),

  rec('chat_pt', f`Olá! Podes ajudar-me a perceber porque é que os e-mails de "pagamento enviado" aos vendedores deixaram de sair? No painel da SendGrid aparece "Authentication failed". A chave que está no config é ${v('credential.sendgrid_api_key', SG)} — foi criada pelo colega que saiu em dezembro. Tenho de criar uma nova com a minha conta?`),

  rec('docker_compose_pl', f`Cześć, mam docker-compose do lokalnego środowiska moderacji zdjęć. Po aktualizacji MinIO nie mogę się zalogować do S3. Zobacz proszę:

${amb('source_code.snippet', f`services:
  moderation-api:
    image: registry.revesta.eu/moderation-api:4.2.1
    environment:
      DATABASE_URL: postgresql://moderacja:${v('credential.database_url_password', 'Kasztan-Wawel-31')}@db:5432/moderation
      REDIS_PASSWORD: ${v('credential.password_assignment', 'r3d1s-Poznan!')}
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA_S3)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_SECRET_S3)}
      S3_BUCKET: revesta-listing-photos-eu
  db:
    image: postgres:16`)}

Czy klucze AWS zadziałają też z MinIO, czy muszę tam mieć osobne?`),

  rec('json_config', f`Sheets sync for the admissions pipeline stopped on Friday ("invalid_grant: Invalid JWT Signature"). This is the key file the script loads — did someone rotate it?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "ais-admissions-sync",
  "private_key_id": "${SA_KEY_ID}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'sheets-sync@ais-admissions-sync.iam.gserviceaccount.com')}",
  "client_id": "104827391650284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}`, 'service-account e-mail is a machine identity: ambiguous'),

  rec('yaml_ja', f`九州の地熱現場のダッシュボードが昨日から表示されません。Grafanaのデータソース設定とDatadogエージェントの設定を貼ります。どこがおかしいか教えてください。

${amb('source_code.snippet', f`# grafana/provisioning/datasources/kyushu.yaml
apiVersion: 1
datasources:
  - name: Datadog-Kyushu
    type: grafana-datadog-datasource
    jsonData:
      site: ap1.datadoghq.com
    secureJsonData:
      apiKey: ${v('credential.datadog_api_key', DD_API)}
  - name: Grafana-Admin
    type: grafana
    secureJsonData:
      token: ${v('credential.grafana_service_account_token', GLSA)}`)}

エラーは「403 Forbidden」です。APIキーは先月作り直しました。`),

  rec('code_python_ko', f`안녕하세요, 모더레이션 알림 봇이 슬랙 채널에 메시지를 못 보내고 있어요. "not_in_channel" 에러가 납니다. 코드 한번 봐주실 수 있나요?

${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def alert_counterfeit(listing_id: str, score: float) -> None:
    client.chat_postMessage(
        channel="#ts-위조품-알림",
        text=f"위조 의심 상품 {listing_id} (score {score:.2f}) 검토 필요",
    )`)}

봇은 워크스페이스에 설치되어 있는데 채널에 초대를 따로 해야 하나요?`),

  rec('conn_string_tr', f`Merhaba, Kızıldere sahasındaki SCADA historian'a bağlanan raporlama servisi "Login failed for user 'rapor_okuyucu'" hatası veriyor. appsettings dosyası şöyle:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "Historian": "Server=${amb('pii.ip_address', '10.42.6.20')},1433;Database=PI_Kizildere;User Id=rapor_okuyucu;Password=${v('credential.connection_string_password', 'Buhar+Kuyu2024')};TrustServerCertificate=True;"
  },
  "Raporlama": { "Saat": "06:00", "Kuyular": ["KD-21", "KD-34", "R-3"] }
}`)}

Şifreyi geçen hafta BT değiştirdi, ama bize yenisini söylemediler galiba.`),

  rec('chat_ru', f`Привет! Не могу зайти по ssh на шлюз объекта в Экибастузе, пишет "Load key: invalid format". Вот ключ, который мне прислали в почте:

${v('credential.openssh_private_key', OPENSSH)}

Может, он испортился при копировании из Outlook?`),

  rec('chat_kk', f`Сәлеметсіз бе! Ата-аналардың сұрақтарына жауап беретін Telegram ботымыз кеше кешке дейін жұмыс істеді, енді жауап бермейді. Токен мынау: ${v('credential.telegram_bot_token', TELEGRAM)}
Webhook-ті қайта орнату керек пе, әлде токенді жаңарту керек пе? Алматыдағы өкілдік бөлімі.`),

  rec('chat_ar', f`السلام عليكم، عندنا مشكلة في رسائل واتساب اللي ترسلها إدارة القبول لأولياء الأمور في دبي. الرسائل ما توصل من أمس، والخطأ "Error validating access token". هذا التوكن اللي في الإعدادات:
${v('credential.facebook_access_token', WA_TOKEN)}
هل لازم نسوي System User token بدل التوكن المؤقت؟ مشكورين`),

  rec('code_hi', f`नमस्ते, पेमेंट वेरिफ़िकेशन वाला यह कोड हमेशा "signature mismatch" देता है। Razorpay से सेलर फ़ीस ले रहे हैं, बेंगलुरु टीम से हूँ। कोड देख लीजिए:

${code(f`const crypto = require('crypto');

const RAZORPAY_KEY_ID = 'rzp_live_Q8mTz2LkVr4Hn7';
const RAZORPAY_KEY_SECRET = '${v('credential.generic_secret_assignment', RZP_SECRET)}';

function verify(orderId, paymentId, signature) {
  const expected = crypto
    .createHmac('sha256', RAZORPAY_KEY_SECRET)
    .update(paymentId + '|' + orderId)
    .digest('hex');
  return expected === signature;
}`)}

क्या order_id और payment_id का क्रम गलत है?`, 'the Razorpay key id is public-ish and stays unlabelled; the key secret is labelled'),

  rec('curl_tl', f`Hi po! Sinusubukan kong kunin ang mga ticket ng subscribers galing Zendesk para sa report ng Rheintaler Bote, pero 401 ang lumalabas. Ito po yung command ko:

${amb('source_code.snippet', f`curl -s "https://rheintalerbote.zendesk.com/api/v2/search.json?query=type:ticket%20tags:kuendigung" \\
  -u ${v('pii.email', 'm.dizon@cx-partner.ph')}/token:${v('credential.cli_password', ZENDESK)}`)}

Tama po ba yung format ng /token? Salamat!`),

  rec('chat_el', f`Γεια σου! Στέλνουμε SMS στους πωλητές στην Ελλάδα όταν γίνεται η πληρωμή τους, μέσω Brevo. Από χθες παίρνουμε "Key not found". Το κλειδί στο config είναι ${v('credential.brevo_api_key', BREVO)}. Μήπως πρέπει να ενεργοποιήσω κάτι στον λογαριασμό για SMS;`),

  rec('chat_hr', f`Bok, trebam pomoć s porukom za novog kolegu na projektu Rijeka – Zagreb. Neka zvuči profesionalnije: "VPN za pristup poligonu za testiranje SS-a je aktiviran, korisničko ime ivan.peric, lozinka je ${v('credential.password_in_prose', 'Kvarner#Signal88')}, promijeni je odmah nakon prve prijave. Certifikat ti šaljem posebno."`),

  rec('chat_sl', f`Živjo, lahko mi pomagaš prevesti to v angleščino za podizvajalca? "Dostop do strežnika za diagnostiko števcev osi na progi Koper–Divača: uporabnik diag_ext, geslo ${v('credential.password_in_prose', 'Lipica-Osi-2025!')}. Geslo velja do konca februarja."`),

  rec('shell_nl', f`Hoi, ik wil een export draaien van de afsprakendatabase van de kliniek in Utrecht, maar mysql blijft om een wachtwoord vragen in de cronjob:

${amb('source_code.snippet', f`mysql -h db-utrecht.veterra.local -u vetlink -p'${v('credential.mysql_cli_password', 'Kwispel!Staart44')}' praktijk \\
  -e "SELECT afspraak_id, dier_id, datum FROM afspraken WHERE datum >= CURDATE() - INTERVAL 7 DAY" \\
  > /var/exports/afspraken_week.tsv`)}

Werkt wel als ik het handmatig typ. Heeft het met de quotes te maken?`),

  rec('env_file_de_ch', f`Grüezi, könnten Sie kurz schauen, warum unser Paywall-Sync seit dem Update keine neuen Abos mehr in Mailchimp schreibt?

${amb('source_code.snippet', f`# abo-sync/.env
PIANO_AID=Rb7KqT2mXn
PIANO_API_TOKEN=${v('credential.generic_secret_assignment', PIANO_SECRET)}
MAILCHIMP_API_KEY=${v('credential.mailchimp_api_key', MAILCHIMP)}
MAILCHIMP_LIST_ID=4e1c9a7b20
SYNC_INTERVALL_MIN=15`)}

Im Log steht nur "401 API Key Invalid" beim Mailchimp-Aufruf.`),

  rec('chat_fr_be', f`Salut, l'analyseur sanguin de la clinique de Liège devait poster une alerte dans Teams quand un échantillon est rejeté. Ça ne marche plus depuis la migration. Voici l'URL qu'on utilise dans le script :
${v('credential.teams_webhook_url', TEAMS_HOOK)}
Microsoft parle de « Workflows » maintenant, est-ce que je dois tout refaire ?`),

  rec('ini_it', f`Ciao, da quando ho cambiato portatile la CLI di AWS non trova più il profilo per il bucket delle foto autenticate (team autenticazione Milano). Ho copiato a mano il file:

${amb('source_code.snippet', f`# ~/.aws/credentials
[default]
region = eu-south-1

[revesta-auth]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA_IT)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET_IT)}`)}

Il comando è aws s3 ls s3://revesta-authenticated-items --profile revesta-auth e dice "The config profile could not be found".`),

  rec('code_python_es_mx', f`Oye, ¿me ayudas con este script? Tiene que pintar los pozos de Los Azufres en un mapa y sacar las profundidades de la base, pero el mapa sale en blanco.

${code(f`import psycopg2, requests

MAPBOX_TOKEN = "${v('credential.mapbox_secret_token', MAPBOX)}"
conn = psycopg2.connect("postgresql://geo_lectura:${v('credential.database_url_password', 'Azufres-Mich.2024')}@gis.hverfell.mx:5432/pozos")

def pozos():
    with conn.cursor() as cur:
        cur.execute("SELECT nombre, ST_X(geom), ST_Y(geom), prof_m FROM pozos WHERE campo = 'Los Azufres'")
        return cur.fetchall()

def tile(z, x, y):
    return requests.get(f"https://api.mapbox.com/v4/mapbox.satellite/{z}/{x}/{y}@2x.jpg90",
                        params={"access_token": MAPBOX_TOKEN}).content`)}

¿Será que el token secreto no sirve para tiles?`),

  rec('chat_es_cl', f`Hola, ¿me podís ayudar con esto? En la clínica de Providencia empezamos a cobrar las consultas con Mercado Pago y el access token que me pasaron es ${v('credential.generic_secret_assignment', MP_TOKEN)}, pero al crear la preferencia me tira "invalid_token". ¿Es porque es de producción y estoy probando en local, po?`),

  rec('ci_yaml', f`Firmware build for the axle-counter evaluators can't clone the private submodule any more:

${amb('source_code.snippet', f`name: evaluator-firmware
on: [push]
jobs:
  build:
    runs-on: [self-hosted, arm-cross]
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - run: make -C fw all BOARD=ACE-4
      - run: curl -H "X-JFrog-Art-Api: ${v('credential.jfrog_api_key', JFROG)}" -T fw/build/ace4.bin "https://nordspor.jfrog.io/artifactory/fw-local/ace4/\${GITHUB_SHA}.bin"`)}

The fine-grained token has Contents: read on both repos. What am I missing?`),

  rec('http', f`PowerSchool plugin keeps returning 401 even right after I get a fresh token. Here's the request our admissions sync sends:

${amb('source_code.snippet', f`GET /ws/v1/district/student?expansions=demographics&q=school_enrollment.enroll_status==-1 HTTP/1.1
Host: alpenrand.powerschool.com
Authorization: Bearer ${v('credential.jwt', SIS_JWT)}
Accept: application/json`)}

Token came from /oauth/access_token a minute earlier.`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: veterra-online
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', b64(STRIPE_VET))}
  SENTRY_AUTH_TOKEN: ${v('credential.base64_encoded_token', b64(SENTRY_ORG))}
  APP_ENV: cHJvZHVjdGlvbg==`)}

The online-booking pod keeps crashlooping with "No API key provided". Is something wrong with the encoding here?`),

  rec('hcl', f`Terraform for the drilling-data platform. \`terraform plan\` fails with "AADSTS7000215: Invalid client secret provided":

${amb('source_code.snippet', f`# ~/.terraform.d/credentials.tfrc.json
{ "credentials": { "app.terraform.io": { "token": "${v('credential.terraform_cloud_token', TFC)}" } } }

# envs/prod/terraform.tfvars
tenant_id       = "5e8c1f2a-47b3-4d90-8a16-c3f72e0d9b41"
client_id       = "a2f94d17-6c83-4b05-9e21-7d0b3c58f6a9"
client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
subscription_id = "0c7b3e91-28d4-4f6a-b5e0-94a1d2c76f38"`)}

The service principal was created last week, so it shouldn't have expired.`),

  rec('code_python', f`Churn model notebook for the subscriptions desk. The job fails on the cluster but the same code works in my workspace:

${code(f`from databricks import sql
import pandas as pd

conn = sql.connect(
    server_hostname="adb-4829173650284719.3.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/7f3a91c2b8d4e605",
    access_token="${v('credential.databricks_token', DAPI)}",
)

abos = pd.read_sql("""
    SELECT abo_id, produkt, start_datum, kuendigung_datum, zahlweise, plz
    FROM abo.vertraege
    WHERE produkt IN ('Print+Digital', 'Digital')
""", conn)`)}`),

  rec('toml', f`Worker for the image-moderation queue won't deploy:

${amb('source_code.snippet', f`# wrangler.toml
name = "listing-image-guard"
main = "src/index.ts"
compatibility_date = "2024-11-01"

[vars]
CLOUDFLARE_API_TOKEN = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
SENTRY_DSN = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508217.ingest.de.sentry.io/4508217394061312`)}"`)}

"Authentication error [code: 10000]". The token has Workers Scripts:Edit.`),

  rec('chat_sv', f`Hej, kan du skriva om det här så att det låter vänligare? Det ska till den nya receptionisten på djursjukhuset i Göteborg: "Inloggning till journalsystemet: användarnamn recep.gbg3, lösenordet är ${v('credential.password_in_prose', 'Taxen-Vasastan-19')}. Byt det första gången du loggar in, och skriv inte upp det på en post-it."`),

  rec('chat_fi', f`Hei! Voitko kääntää tämän viestin saksaksi Sveitsin toimitukselle? "Uutiskirjeiden lähetys siirtyy Mailgunille. API-avain on ${v('credential.mailgun_api_key', MAILGUN)}, lähettävä domain mg.rheintaler-bote.ch. Älkää jakako avainta eteenpäin."`),

  rec('pypirc_pl', f`Próbuję opublikować wewnętrzną paczkę balise-tools (generowanie telegramów dla projektu Poznań – Wrocław), ale twine zwraca 403. Mój ~/.pypirc:

${amb('source_code.snippet', f`[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Czy token zakresowy na jeden projekt wystarczy, jeśli paczka jeszcze nie istnieje?`),

  rec('code_js', f`Apps Script that pings the bursary channel when a new financial-aid form arrives. It runs, but nothing shows up in Slack:

${code(f`const SLACK_WEBHOOK = '${v('credential.slack_webhook_url', SLACK_HOOK)}';

function onFormSubmit(e) {
  const r = e.namedValues;
  const text = \`New bursary application: \${r['Student name'][0]} (Grade \${r['Entry grade'][0]}), requested \${r['Requested %'][0]}%\`;
  UrlFetchApp.fetch(SLACK_WEBHOOK, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text }),
  });
}`)}`),

  rec('json_de_at', f`Servus, der Build-Server in Wien kann keine Images mehr aus unserer Registry ziehen ("unauthorized: authentication required"). Das ist die config.json vom Build-User:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.hverfell.at": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Muss ich nach dem Passwortwechsel neu docker login machen?`),

  rec('git_ja', f`GitHubにpushできません。「remote: Support for password authentication was removed」と出ます。リモートURLはこうなっています：

https://tanaka-revesta:${v('credential.github_pat', GHP)}@github.com/revesta/tokyo-kenpin-tools.git

トークンは先週作ったクラシックのものです。何が悪いのでしょうか？`),

  rec('ci_yaml_ko', f`포항 현장 데이터 파이프라인을 Azure DevOps에서 돌리는데, 외부 저장소를 체크아웃하는 단계에서 인증 실패가 납니다.

${amb('source_code.snippet', f`steps:
- script: |
    git clone https://hverfell:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/hverfell/pohang-egs/_git/seismic-monitor
    python seismic-monitor/ingest.py --since "$(date -d '-1 day' +%F)"
  displayName: 미소지진 데이터 수집`)}

PAT 권한은 Code(Read)로 만들었습니다.`),

  rec('code_php_tr', f`Merhaba, İstanbul satıcı ekibi için iyzico ile komisyon tahsilatı yapıyoruz. Canlıya geçince "Geçersiz imza" hatası alıyoruz:

${code(f`<?php
$options = new \\Iyzipay\\Options();
$options->setApiKey('${v('credential.generic_secret_assignment', IYZICO_KEY)}');
$options->setSecretKey('${v('credential.generic_secret_assignment', IYZICO_SECRET)}');
$options->setBaseUrl('https://api.iyzipay.com');

$request = new \\Iyzipay\\Request\\CreatePaymentRequest();
$request->setLocale(\\Iyzipay\\Model\\Locale::TR);
$request->setPrice($komisyon);
$request->setPaidPrice($komisyon);`)}

Sandbox'ta her şey çalışıyordu.`),

  rec('ppk', f`The old Windows box that sends X-ray images to the PACS uses WinSCP with this key. WinSCP now says "Server refused our key". Is the key file broken?

PuTTY-User-Key-File-3: ecdsa-sha2-nistp256
Encryption: none
Comment: pacs-upload@veterra-ams
Public-Lines: 3
AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${fill('b52-ppkpub', B64, 11)}
${fill('b52-ppkpub2', B64, 64)}
${fill('b52-ppkpub3', B64, 12)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b52-ppkmac', HEX, 64)}`),

  rec('json_config', f`Ad Manager report download for the ad-supported free articles stopped working. client_secret.json plus the token our script cached:

${amb('source_code.snippet', f`{"web":{"client_id":"582017394628-k3v9q2m7x4n8b1h6t0r5w2y7z4p9c3s1.apps.googleusercontent.com","project_id":"rb-admanager-reports","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","token_uri":"https://oauth2.googleapis.com/token"}}`)}

cached_token = "${v('credential.google_oauth_access_token', YA29)}"

How do I get a refresh token that doesn't expire after 7 days?`),

  rec('log', f`Interlocking diagnostics gateway started logging 401s after the certificate renewal:

${amb('source_code.snippet', f`2025-01-21 06:14:02.118 INFO  ixl-gw  polling RBC-KIR status
2025-01-21 06:14:02.204 DEBUG ixl-gw  >> GET https://diag.nordspor.no/api/v2/ixl/KIR/alarms Authorization: Bearer ${v('credential.bearer_token', BEARER_LOG)}
2025-01-21 06:14:02.391 WARN  ixl-gw  << 401 Unauthorized (token expired or revoked)
2025-01-21 06:14:07.392 INFO  ixl-gw  retry 1/5`)}

Why would a cert renewal invalidate the bearer token?`),

  rec('chat_is', f`Hæ, getur þú umorðað þetta svo það sé skýrara fyrir nýju borstjórana? "Stjórnborðið (HMI) á bor 3 er með notandann bormadur og lykilorðið er ${v('credential.password_in_prose', 'Krafla!Gufa2025')}. Ekki breyta því nema í samráði við rafvirkjann."`),

  rec('shell_el', f`Γεια, προσπαθώ να διαβάσω τα credentials της βάσης για το έργο στη Μήλο από το Vault, αλλά μου βγάζει "permission denied":

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.hverfell.is:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/milos/geodb
Error reading secret/data/milos/geodb: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Το token μου το έδωσε ο Ólafur χθες.`),

  rec('chat_hi', f`नमस्ते, हम स्कूल की एडमिशन ईमेल्स Amazon SES से भेजते हैं। Mumbai वाले ऑफ़िस में नया सर्वर लगाया है और वहाँ से मेल नहीं जा रही। SMTP सेटिंग्स ये हैं:
host: email-smtp.eu-central-1.amazonaws.com, port 587
username: ${v('credential.aws_access_key_id', SES_USER)}
password: ${v('credential.password_assignment', SES_PASS)}
क्या region अलग होने से दिक्कत है?`, 'SES SMTP username is an IAM access key id; SMTP password labelled as a password'),

  rec('code_python_tl', f`Magandang araw po! Ginagamit namin ito para i-translate ang daily drilling report mula English papuntang Filipino para sa crew sa Leyte. Bakit po kaya "rate_limit_error" palagi?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def isalin(ulat: str) -> str:
    resp = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=2000,
        messages=[{"role": "user", "content": f"Isalin sa Filipino, panatilihin ang mga numero at unit:\\n\\n{ulat}"}],
    )
    return resp.content[0].text

for f in ulat_files:
    print(isalin(open(f).read()))`)}`),

  rec('shell_ru', f`Подскажите, почему psql в скрипте бэкапа не видит пароль? Сервер с данными по скважинам, Казахстан:

${code(f`#!/bin/bash
export PGPASSWORD='${v('credential.password_assignment', 'Tengri-Skvazhina!61')}'
pg_dump -h ${amb('pii.ip_address', '10.8.40.12')} -U backup_ro -d wells -Fc -f /backup/wells_$(date +%F).dump
curl -s -X POST https://graphite-prod-01-eu-west-0.grafana.net/graphite/metrics \\
  -H "Authorization: Bearer ${v('credential.grafana_cloud_token', GLC)}" \\
  -d '[{"name":"backup.wells.ok","value":1,"interval":86400,"time":'$(date +%s)'}]'`)}

Бэкап проходит, а метрика в Grafana не появляется.`),

  rec('chat', f`Bursary deposit refunds: finance wants me to issue them from a script instead of the dashboard. I made a restricted key with refunds:write only — ${v('credential.stripe_restricted_key', STRIPE_RK)} — is that enough to also read the original charge, or do I need charges:read?`),

  rec('code_js_ar', f`مرحبا، نسوي شات بوت لحجز المواعيد في مستشفى الحيوانات في الدوحة، بس الرد يجي فاضي أحياناً. ممكن تشوف الكود؟

${code(f`import Groq from 'groq-sdk';

const groq = new Groq({ apiKey: '${v('credential.groq_api_key', GROQ)}' });

export async function reply(message) {
  const r = await groq.chat.completions.create({
    model: 'llama-3.1-8b-instant',
    messages: [
      { role: 'system', content: 'أنت مساعد حجز مواعيد لعيادة بيطرية. اسأل عن نوع الحيوان والموعد المناسب.' },
      { role: 'user', content: message },
    ],
  });
  return r.choices[0]?.message?.content ?? '';
}`)}`),

  rec('code_python_it', f`Ciao, lo script che copia le domande di ammissione del campus di Lugano da Notion ad Airtable si blocca dopo 100 righe. Mi aiuti?

${code(f`import requests

NOTION_TOKEN = "${v('credential.notion_token', NOTION)}"
AIRTABLE_TOKEN = "${v('credential.airtable_pat', AIRTABLE)}"
DB_ID = "9c41e7a2d83b4f06a5e12c7d90b8f341"

def righe_notion():
    r = requests.post(f"https://api.notion.com/v1/databases/{DB_ID}/query",
                      headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"})
    return r.json()["results"]`)}

Credo che manchi la paginazione ma non so come farla.`),

  rec('yaml_de_ch', f`Für den RBC-Simulator im Testlabor in Olten brauchen wir TLS. Die Kollegen haben mir diese values.yaml geschickt, der Pod startet aber mit "tls: failed to parse private key":

${amb('source_code.snippet', f`rbcSim:
  image: registry.nordspor.no/etcs/rbc-sim:2.8.0
  tls:
    cert: /etc/rbc/tls.crt
    key: |
      ${v('credential.private_key', EC_PEM.replace(/\n/g, '\n      '))}`)}

Ist die Einrückung falsch?`, 'PEM block indented inside a YAML block scalar: one label from BEGIN to END'),

  rec('shell', f`Spinning up a throwaway droplet for the print-edition PDF renderer test and doctl says "Unable to authenticate you":

${amb('source_code.snippet', f`$ doctl auth init --access-token ${v('credential.digitalocean_token', DOP)}
Using token [${DOP.slice(0, 12)}...]
Validating token... Error: Unable to authenticate you

$ curl -H "Authorization: ${v('credential.linear_api_key', LINEAR)}" -H "Content-Type: application/json" -d '{"query":"{ viewer { name } }"}' https://api.linear.app/graphql`)}

The Linear call is just to file the ticket afterwards, that one works.`),

  rec('npmrc', f`Our internal design-system package for the newspaper's subscription pages won't install in CI:

${amb('source_code.snippet', f`@rheintaler:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

"404 Not Found - GET https://registry.npmjs.org/@rheintaler%2fabo-ui". The package is private on npm.`, 'npm token both as the .npmrc _authToken and an npm_ token: two labels on one span'),
];
