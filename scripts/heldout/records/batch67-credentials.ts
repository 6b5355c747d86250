/**
 * Held-out batch 67: credentials pasted by staff of a ferry operator's booking office, a dermatology
 * clinic chain, a semiconductor fab's equipment-maintenance team, a municipal water utility, a talent
 * agency and an insurance broker's cyber desk, in some thirty languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b67-akia', B32, 16));
const AWS_SECRET = fill('b67-akias', B64, 40);
const GHP = gh('ghp', 'Tq6Wm2Hx9Ks4Bv7Lr1Nc8Pz3Jd5Gy0');
const SLACK_BOT = tok('xoxb-', '2748193650', '4-', '6829137405518-', fill('b67-xoxb', B62, 24));
const GRAFANA_SA = tok('glsa_', fill('b67-glsa1', B62, 32), '_', fill('b67-glsa2', HEX, 8));
const DD_API = fill('b67-ddapi', HEX, 32);
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b67-ossh', 398, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AZ_STORAGE = `${fill('b67-azst', B64, 86)}==`;
const TELEGRAM = tok('68', fill('b67-tgid', DIGITS, 8), ':AA', fill('b67-tg', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b67-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b67-twtok', HEX, 32);
const CISCO_9 = tok('$9$', fill('b67-c9salt', B62 + './', 14), '$', fill('b67-c9hash', B62 + './', 43));
const GCP_PEM = pem('PRIVATE KEY', 'b67-gcp', 1217, '\\n');
const SENDGRID = tok('SG.', fill('b67-sg1', B64URL, 22), '.', fill('b67-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b67-stripe', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b67-whsec', B62, 32));
const GMAPS = tok('AIza', 'Sy', fill('b67-gmaps', B64URL, 33));
const BOOKING_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'bk-2025-03' }, { sub: 'agent:0412', name: 'Rini Wulandari', role: 'booking_agent', office: 'MRK', iat: 1741839200, exp: 1741925600 }, 'b67-bkjwt');
const MAILGUN = tok('key-', fill('b67-mailgun', HEX, 32));
const TICKETING_BASIC = b64('saltwind-ie:Currach!Dock27');
const GLPAT = tok('glpat-', fill('b67-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-', 'proj-', fill('b67-oa1', B64URL, 74), 'T3BlbkFJ', fill('b67-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b67-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b67-hf', UPPER + LOWER, 34));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b67-rsa', 1190);
const AZ_CLIENT_SECRET = tok(fill('b67-azcs1', B62, 3), '8Q~', fill('b67-azcs2', B62 + '~._-', 34));
const WA_TOKEN = tok('EAA', 'Jb7ZC', fill('b67-wa', B62, 180));
const SENTRY_KEY = fill('b67-sentry', HEX, 32);
const AIRTABLE = tok('pat', fill('b67-at1', B62, 14), '.', fill('b67-at2', HEX, 64));
const NOTION = tok('secret_', fill('b67-notion', B62, 43));
const MAILCHIMP = tok(fill('b67-mc', HEX, 32), '-us14');
const SHOPIFY = tok('shpat_', fill('b67-shpat', HEX, 32));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1296', fill('b67-dwid', DIGITS, 15), '/', fill('b67-dw', B64URL, 68));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b67-shT', UPPER + DIGITS, 6), '/B07', fill('b67-shB', UPPER + DIGITS, 8), '/', fill('b67-sh', B62, 24));
const ALI_ID = tok('LTAI', fill('b67-ltai', B62, 20));
const ALI_SECRET = fill('b67-alisec', B62, 30);
const VAULT = tok('hvs.', 'CAESI', fill('b67-hvs', B64URL, 86));
const TEAMS_HOOK = tok('https://harrowgate.webhook.office.com/webhookb2/', 'a71c93e2-4d08-4b5f-9e2a-63f1c8d7b049@5e2b8f14-90c3-4a76-b1d8-2f47e9a03c65/IncomingWebhook/', fill('b67-teams1', HEX, 32), '/', '0c8e4f27-b613-4d92-a5e0-18f7d3b92c41/', 'V2', fill('b67-teams2', B64URL, 43));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b67-atl', B64URL, 171), '=', fill('b67-atl2', HEX.toUpperCase(), 8));
const DO_TOKEN = tok('dop_', 'v1_', fill('b67-do', HEX, 64));
const CF_TOKEN = fill('b67-cf', B64URL, 40);
const DATABRICKS = tok('dapi', fill('b67-dapi', HEX, 32), '-3');
const NPM = gh('npm', 'Kd3Rw8Qz1Vm6Yt4Hn9Bx2Lc7Fs5Pj0');
const DOCKER_AUTH = b64('harrowgate-ci:Brokerage#Tide2025');
const K8S_TOKEN_B64 = b64(tok('glpat-', fill('b67-k8sglpat', B62 + '-_', 20)));
const BEARER = fill('b67-bearer', B62 + '-._~', 72);
const DATADOG_APP = fill('b67-ddapp', HEX, 40);
const GH_FINE = tok('github_', 'pat_', '11B', fill('b67-ghfg1', UPPER + DIGITS, 19), '_', fill('b67-ghfg2', B62, 59));
const EC_KEY = pem('EC PRIVATE KEY', 'b67-ec', 121);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH67_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Tool-log uploader on the PVD cluster stopped pushing to S3 after the IT migration. This is the .env on the tool PC (EQ-PVD-07), can you see anything obviously wrong?

${amb('source_code.snippet', f`# /opt/norvale/toollog-uploader/.env
TOOL_ID=EQ-PVD-07
LOG_GLOB=/data/secs/*.log
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
S3_BUCKET=norvale-fab2-toollogs
UPLOAD_INTERVAL_SEC=300`)}

The error is "SignatureDoesNotMatch" only on this one tool.`),

  rec('chat_ko', f`장비 PM 스크립트 저장소를 새 노트북에 클론하려는데 인증 오류가 납니다. 예전 PC의 .git/config 에는 원격 URL이 이렇게 되어 있었어요:

[remote "origin"]
    url = https://${v('credential.github_pat', GHP)}@github.com/norvale-fab/pm-scripts.git
    fetch = +refs/heads/*:refs/remotes/origin/*

토큰이 만료된 건지, 아니면 SSO 승인이 필요한 건지 어떻게 확인하나요?`),

  rec('code_python_ja', f`装置アラームをSlackに通知するスクリプトですが、たまに同じアラームが二重送信されます。原因わかりますか？

\`\`\`python
${code(f`import time
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")
CHANNEL = "#fab2-etch-alarms"
_last = {}

def notify(tool_id: str, alid: int, text: str) -> None:
    key = (tool_id, alid)
    now = time.time()
    # 同一アラームは60秒以内なら送らない
    if key in _last and now - _last[key] < 60:
        return
    client.chat_postMessage(channel=CHANNEL, text=f"[{tool_id}] ALID {alid}: {text}")
    _last[key] = now`)}
\`\`\``),

  rec('json_config_zh', f`MES 的连接字符串如下，部署到新服务器后一直报"Login failed for user 'mes_app'"，帮我看看哪里不对：

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "MesDb": "Server=fab2-mes-sql01.norvale.local,1433;Database=MES_FAB2;User Id=mes_app;Password=${v('credential.connection_string_password', 'Jingyuan#Wafer88')};TrustServerCertificate=True;",
    "Spc": "Server=fab2-spc01.norvale.local;Database=SPC;Integrated Security=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

旧服务器上同样的配置是可以用的。`),

  rec('docker_compose_de', f`Hallo, der Kälteanlagen-Monitor für die Chiller in Halle B zeigt seit gestern keine Daten mehr. Hier unser docker-compose:

${amb('source_code.snippet', f`services:
  chiller-exporter:
    image: norvale/chiller-exporter:1.8.2
    environment:
      MODBUS_HOST: ${amb('pii.ip_address', '172.20.14.31')}
      MODBUS_PORT: "502"
  grafana-provisioner:
    image: norvale/dash-provisioner:0.4
    environment:
      GRAFANA_URL: https://grafana.fab2.norvale.local
      GRAFANA_TOKEN: ${v('credential.grafana_service_account_token', GRAFANA_SA)}
  dd-agent:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu`)}

Muss ich den Exporter neu starten oder liegt es am Token?`),

  rec('chat', f`ssh from the maintenance jump host to the CMP tool PC says "Permission denied (publickey)". I copied the key from the old laptop, maybe the format is wrong?

${v('credential.openssh_private_key', SSH_KEY)}

Tool PC is Windows 10 with OpenSSH server, user is "pmtech".`),

  rec('chat_he', f`היי, ההעלאה של מפות הוופרים ל-Blob Storage נכשלת עם 403 מאז שהחלפנו את ה-storage account. זה ה-connection string שמוגדר בשירות:

DefaultEndpointsProtocol=https;AccountName=norvalewafermaps;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

צריך גם לעדכן משהו ב-firewall?`),

  rec('chat_lt', f`Sveiki, ar galite išversti į anglų kalbą? Tekstas skirtas naujam rangovui:

„FDC serverio administratoriaus slaptažodis pakeistas po auditų, naujas slaptažodis: ${v('credential.password_in_prose', 'Gintaras-Vakuum41')}. Prašau jo niekam neperduoti ir neišsaugoti naršyklėje.“`),

  rec('env_file_ka', f`გამარჯობა, SCADA ისტორიანის ბაზასთან დაკავშირება ახალი სერვერიდან ვერ ხერხდება. აი ჩვენი .env ფაილი:

${amb('source_code.snippet', f`HISTORIAN_DATABASE_URL=postgresql://historian_rw:${v('credential.database_url_password', 'Mtkvari_2024!tbs')}@${amb('pii.ip_address', '10.12.40.8')}:5432/scada_hist
RETENTION_DAYS=730
PUMP_STATIONS=ST01,ST02,ST05,ST09`)}

შეცდომა: "no pg_hba.conf entry for host". რა უნდა შევცვალო?`),

  rec('code_python_hy', f`Բարև, գրել եմ Telegram բոտ, որը ջրի վթարների մասին ծանուցումներ է ուղարկում դիսպետչերներին։ Ինչու՞ է այն երբեմն նույն հաղորդագրությունը երկու անգամ ուղարկում։

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183749201

def send_alert(district: str, text: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    for attempt in range(3):
        r = requests.post(url, json={"chat_id": CHAT_ID, "text": f"{district}: {text}"}, timeout=5)
        if r.ok:
            break`)}`),

  rec('env_file_az', f`Salam, kəsinti bildirişləri üçün SMS göndərmə dünəndən işləmir, Twilio 20003 xətası verir. .env faylı belədir:

${amb('source_code.snippet', f`SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=SuKanal
OUTAGE_TEMPLATE=az_outage_v3`)}

Hesabda balans var. Problem nədir?`),

  rec('cisco_config_kk', f`Сорғы станциясындағы маршрутизатордың конфигурациясы. SNMP мониторингі неге жұмыс істемейді? Zabbix сервері ${amb('pii.ip_address', '10.30.0.15')} мекенжайында.

${amb('source_code.snippet', f`hostname PS-ALMATY-07
!
enable secret 9 ${amb('credential.network_device_secret', CISCO_9)}
username scada privilege 15 password 0 ${v('credential.network_device_secret', 'Alatau#Su2024')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.30.7.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'vodokanal-ro-77')} RO 10
access-list 10 permit ${amb('pii.ip_address', '10.30.0.0')} ${amb('pii.ip_address', '0.0.0.255')}`)}`, 'enable secret 9 is a scrypt hash: ambiguous; the plaintext local password and the SNMP community are labelled'),

  rec('chat_ky', f`Саламатсызбы! Жаңы кызматкерге кат жазып бериңизчи. Ал эсеп-биллинг системасына биринчи жолу кирет. Логин: b.asanova, убактылуу сырсөз: ${v('credential.password_in_prose', 'Ysykkol_Suu_19')}. Кирген соң сырсөздү алмаштырышы керек. Кат расмий жана кыска болсун.`),

  rec('shell_tg', f`Салом! Ин фармон хато медиҳад: "ERROR 1045 (28000): Access denied". Чаро?

${amb('source_code.snippet', f`$ mysql -u hisobot -p${v('credential.mysql_cli_password', 'Dushanbe_Ob2025')} -h db-billing.obdush.local obhisob -e "SELECT COUNT(*) FROM mizojon WHERE qarz > 0;"`)}

Корбар дар сервери нав сохта шудааст.`),

  rec('chat_ps', f`سلام، د اوبو میټر لوستلو ټابلیټ لپاره د نوي کارکوونکي د ننوتلو معلومات لاندې دي. مهرباني وکړئ دا په انګلیسي وژباړئ:

کارن نوم: meter.kabul.14
پټنوم: ${v('credential.password_assignment', 'Kabul-Aw-7731')}
ساحه: د کارته پروان څلورم سکتور`),

  rec('gcp_sa_json', f`The telemetry uploader to BigQuery fails with "invalid_grant: Invalid JWT Signature". Key file we deployed on the RTU gateway:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "riverbend-water-telemetry",
  "private_key_id": "${fill('b67-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'rtu-uploader@riverbend-water-telemetry.iam.gserviceaccount.com')}",
  "client_id": "108347261950283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`))}

Clock on the gateway is correct (NTP synced).`),

  rec('code_php_prs', f`سلام، ایمیل‌های بل آب مشتریان از دیروز ارسال نمی‌شوند. کد PHP ما این است، لطفاً ببینید مشکل کجاست:

${code(f`<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'billing@abrasani-kabul.af')}", "Abrasani Kabul");
$email->setSubject("بل آب ماه حمل");
$email->addTo($customer['email'], $customer['name']);
$email->addContent("text/html", render_bill($customer));

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$response = $sendgrid->send($email);
echo $response->statusCode();`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# booking-api/.env.production
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
CURRENCY=EUR
SAILING_CACHE_TTL=120`)}

After moving the booking API to the new host, every webhook from Stripe returns 400 "No signatures found matching the expected signature". Same .env as before. Ideas?`),

  rec('chat_tl', f`Pakitulungan akong isulat ang email para sa bagong staff ng booking office sa Batangas port. Sabihin mo na ang username niya sa reservation system ay j.dimaculangan at ang pansamantalang password ay ${v('credential.password_in_prose', 'Bangka2025!Batangas')}. Kailangan niyang palitan ito pagkatapos ng unang login. Gawing pormal pero magiliw.`),

  rec('chat_ceb', f`Palihug tabangi ko og himo og mubo nga mensahe para sa mga tiket ahente sa Pier 1. Ang bag-ong login sa POS terminal: user ${v('credential.user_password_pair', 'pier1-pos / Sugbo#4482')}. Ayaw ni ipakita sa mga pasahero.`),

  rec('code_js_ms', f`Boleh tolong semak kod ni? Peta kedudukan kapal tak keluar, console kata "ApiNotActivatedMapError".

${code(f`const map = new google.maps.Map(document.getElementById('peta'), { center: { lat: 5.4164, lng: 100.3327 }, zoom: 10 });

async function muatKapal() {
  const res = await fetch('/api/kapal/kedudukan');
  const senarai = await res.json();
  senarai.forEach((k) => new google.maps.Marker({ position: { lat: k.lat, lng: k.lng }, map, title: k.nama }));
}

const s = document.createElement('script');
s.src = 'https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=muatKapal';
document.head.appendChild(s);`)}`),

  rec('curl_id', f`Tolong cek kenapa request ini balik 401 padahal token baru saja dibuat dari portal agen:

${amb('source_code.snippet', f`curl -X GET "https://api.saltwind-ferries.com/v2/sailings?route=MRK-GLM&date=2025-03-14" \\
  -H "Authorization: Bearer ${v('credential.jwt', BOOKING_JWT)}" \\
  -H "Accept: application/json"`)}

Jam server kami WIB.`),

  rec('chat_vi', f`Chào bạn, mình không kết nối được MongoDB Atlas từ server đặt vé mới. Chuỗi kết nối đang dùng:

mongodb+srv://datve_app:${v('credential.database_url_password', 'Halong-Tau2025')}@cluster-datve.x7kqp.mongodb.net/bookings?retryWrites=true&w=majority

Lỗi: "MongoServerSelectionError: connection timed out". Có phải do IP chưa được whitelist không?`),

  rec('code_python_mt', f`Bongu, il-konfermi tal-bookings mhux qed jintbagħtu lill-passiġġieri minn dalgħodu. Dan hu l-kodiċi:

${code(f`import requests

MAILGUN_DOMAIN = "mg.saltwind-ferries.com"
MAILGUN_KEY = "${v('credential.mailgun_api_key', MAILGUN)}"

def ibgħat_konferma(email: str, ref: str, vapur: str) -> int:
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Bookings <${v('pii.email', 'bookings@mg.saltwind-ferries.com')}>", "to": email,
              "subject": f"Konferma {ref}", "text": f"Il-booking tiegħek fuq {vapur} huwa kkonfermat."},
    )
    return r.status_code`)}

Jirritorna 401.`),

  rec('chat_cy', f`Helo, allwch chi gyfieithu hwn i'r Saesneg os gwelwch yn dda? Mae'n mynd at y staff newydd yn swyddfa archebu Caergybi:

"Mae'r cyfrinair newydd ar gyfer y system archebu yn ${v('credential.password_in_prose', 'Mon-Menai-1826')}. Peidiwch â'i rannu gyda neb a pheidiwch â'i ysgrifennu ar bapur."`),

  rec('http_ga', f`Dia dhuit, tá API an chomhpháirtí ticéadaithe ag tabhairt 401 dúinn ó mhaidin. Seo an t-iarratas:

${amb('source_code.snippet', f`POST /partner/v1/holds HTTP/1.1
Host: tickets.portpartner.ie
Authorization: Basic ${v('credential.basic_auth_header', TICKETING_BASIC)}
Content-Type: application/json

{"sailing":"DUB-HLY-0805","date":"2025-04-02","vehicles":1,"pax":3}`)}

An bhfuil an fhormáid mícheart?`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (booking-web)
variables:
  DEPLOY_HOST: web01.saltwind-ferries.com
  GITLAB_API_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

release:
  stage: deploy
  script:
    - 'curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" --data "tag_name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  rules:
    - if: $CI_COMMIT_TAG`)}

Can you rewrite this so the token comes from a masked CI/CD variable instead?`),

  rec('config_sw', f`Habari, naomba msaada. Malipo ya M-Pesa kwa tiketi za feri ya Dar–Unguja yanashindwa tangu jana usiku. Hii ni config yetu:

${amb('source_code.snippet', f`mpesa:
  environment: production
  shortcode: "174903"
  consumer_key: ${v('credential.generic_secret_assignment', fill('b67-mpkey', B62, 32))}
  consumer_secret: ${v('credential.generic_secret_assignment', fill('b67-mpsec', B62, 16))}
  callback_url: https://tiketi.saltwind-ferries.com/mpesa/callback`)}

Kosa ni "Invalid Access Token". Tatizo ni nini?`),

  rec('code_python_pt', f`Olá! Este script resume as notas das consultas de dermatologia para a carta ao médico de família, mas dá erro 429 logo ao primeiro pedido. Podes ver?

\`\`\`python
${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def resumir(notas: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Resume notas clínicas de dermatologia em português europeu."},
            {"role": "user", "content": notas},
        ],
    )
    return resp.choices[0].message.content`)}
\`\`\``),

  rec('env_file_fr', f`Bonjour, notre assistant de prise de rendez-vous ne démarre plus depuis la mise à jour. Voici le .env :

${amb('source_code.snippet', f`ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MODEL=claude-3-5-haiku-latest
DB_HOST=pg-rdv.dermavita.local
DB_USER=rdv_bot
DB_PASSWORD=${v('credential.password_assignment', 'Mistral@Lyon69')}
CLINIQUES=lyon-part-dieu,villeurbanne,caluire`)}

Le log dit "authentication_error". C'est la clé ou la base ?`),

  rec('chat_ca', f`Em pots ajudar a redactar un correu per a la nova recepcionista de la clínica de Girona? Li he de dir que l'usuari de l'agenda és recepcio.girona i que la contrasenya provisional és ${v('credential.password_in_prose', 'Onyar#Pell2025')}, que l'haurà de canviar el primer dia. To amable però professional.`),

  rec('code_python_gl', f`Ola! Estou a probar un modelo de clasificación de lesións cutáneas para o piloto da clínica da Coruña e non me deixa descargalo de Hugging Face ("401 Unauthorized"). O código:

${code(f`from huggingface_hub import login
from transformers import AutoImageProcessor, AutoModelForImageClassification

login(token="${v('credential.huggingface_token', HF)}")
repo = "dermavita/lesion-cls-vit-base"
proc = AutoImageProcessor.from_pretrained(repo)
model = AutoModelForImageClassification.from_pretrained(repo)`)}

O repo é privado da organización.`),

  rec('ini_eu', f`Kaixo, konfigurazio fitxategi hau berrikusi dezakezu? Klinikako txosten-zerbitzariak ez du datu-basearekin konektatzen Gasteizko zentroan.

${amb('source_code.snippet', f`; txostenak.ini — DermaVita Gasteiz
[datubasea]
host = sql-gasteiz.dermavita.local
port = 3306
erabiltzailea = txosten_app
password = ${v('credential.password_assignment', 'Zadorra-Azala_58')}

[txostenak]
irteera = /srv/txostenak/pdf`)}`),

  rec('chat_af', f`Hallo, die e-voorskrif diens sê die handtekening is ongeldig sedert ons die nuwe sertifikaat gekry het. Hier is die sleutel wat ons op die bediener gebruik:

${v('credential.private_key', RSA_KEY)}

Moet die sleutel in PKCS#8 formaat wees?`),

  rec('appsettings_lv', f`Sveiki! Mūsu pierakstu sistēma nevar piekļūt klīniku Microsoft 365 kalendāriem. Kļūda AADSTS7000215 "Invalid client secret provided". Konfigurācija:

${amb('source_code.snippet', f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "3c1e8f42-7b09-4d6a-a2e5-91f0b7c4d368",
  "ClientId": "e4b27d90-1c53-48fa-9e61-0a8f3d2c7b15",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}

Noslēpums izveidots vakar portālā.`),

  rec('curl_bn', f`হ্যালো, আমাদের কলকাতা ক্লিনিকের WhatsApp Business API দিয়ে অ্যাপয়েন্টমেন্ট রিমাইন্ডার যাচ্ছে না। এই কমান্ডটা চালালে "Error validating access token" আসে:

${amb('source_code.snippet', f`curl -X POST "https://graph.facebook.com/v20.0/318204957162734/messages" \\
  -H "Authorization: Bearer ${v('credential.facebook_access_token', WA_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  -d '{"messaging_product":"whatsapp","to":"${phone('+919831048273')}","type":"template","template":{"name":"appt_reminder_bn","language":{"code":"bn"}}}'`)}

টোকেনটা কি অস্থায়ী?`),

  rec('code_ts_si', f`ආයුබෝවන්, අපේ React Native ඇප් එකේ crash වාර්තා Sentry එකට එන්නේ නැහැ. මෙන්න init කරන කේතය:

${code(f`import * as Sentry from '@sentry/react-native';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508213.ingest.de.sentry.io/4508213947261953`)}',
  environment: __DEV__ ? 'dev' : 'prod',
  tracesSampleRate: 0.2,
  beforeSend(event) {
    // රෝගීන්ගේ නම් යවන්න එපා
    delete event.user;
    return event;
  },
});`)}`),

  rec('env_file', f`Casting team wants the Airtable base synced to the website every night. Current env on the little VPS:

${amb('source_code.snippet', f`AIRTABLE_PAT=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR4kT9wQ2mX7vB1
TABLE_TALENT=Talent
TABLE_AVAILABILITY=Availability
SITE_EXPORT_DIR=/var/www/bluefinch/roster`)}

Write me a Python script that exports only talent with "public_profile = true".`),

  rec('code_python_ne', f`नमस्ते, कलाकारहरूको विवरण Notion बाट Google Sheet मा सार्ने script लेखिदिनुहोस्। अहिलेको code यो हो, तर pagination काम गर्दैन:

${code(f`import requests

NOTION_TOKEN = "${v('credential.notion_token', NOTION)}"
DB_ID = "4f2a9c71e83b4d06a5c2b917e0d84f63"
HEADERS = {"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"}

def kalakar_haru():
    r = requests.post(f"https://api.notion.com/v1/databases/{DB_ID}/query", headers=HEADERS, json={})
    return r.json()["results"]`)}`),

  rec('chat_my', f`မင်္ဂလာပါ။ ဒီစာကို အင်္ဂလိပ်လို ပြန်ပေးပါ - "ကုမ္ပဏီ Instagram အကောင့်ရဲ့ password အသစ်က ${v('credential.password_in_prose', 'Yangon*Stage2025')} ဖြစ်ပါတယ်။ ဒီ password ကို အနုပညာရှင်တွေကို မပေးပါနဲ့။"`),

  rec('chat_rw', f`Muraho, ndashaka kohereza newsletter ku bayobozi ba casting buri kwezi. Mailchimp API key yacu ni ${v('credential.mailchimp_api_key', MAILCHIMP)}. Mfasha kwandika script ya Python yohereza campaign kuri audience "Casting Directors".`),

  rec('chat_ig', f`Ndewo, biko nyere m aka tụgharịa ozi a n'asụsụ Bekee: "Okwuntughe ọhụrụ maka akaụntụ YouTube nke ụlọ ọrụ anyị bụ ${v('credential.password_in_prose', 'Enugu#Egwu2025')}. Ejila ya kesaa onye ọ bụla na-anọghị n'otu anyị."`),

  rec('code_js_sq', f`Përshëndetje, dyqani online i merch-it për turneun nuk sinkronizon porositë me magazinën. Ja kodi:

${code(f`const SHOP = 'bluefinch-merch.myshopify.com';
const TOKEN = '${v('credential.shopify_access_token', SHOPIFY)}';

async function porositeEReja(since) {
  const url = \`https://\${SHOP}/admin/api/2024-10/orders.json?status=any&created_at_min=\${since}\`;
  const res = await fetch(url, { headers: { 'X-Shopify-Access-Token': TOKEN } });
  if (!res.ok) throw new Error('Shopify: ' + res.status);
  return (await res.json()).orders;
}`)}

Kthen 403 vetëm për porositë.`),

  rec('code_python_bs', f`Zdravo, webhook za Discord kanal turneje ne šalje poruke od jučer. Evo skripte:

${code(f`import requests

WEBHOOK = "${v('credential.discord_webhook_url', DISCORD_HOOK)}"

def obavijesti(grad: str, datum: str, napomena: str) -> None:
    poruka = {"content": f"**{grad}** ({datum}) – {napomena}"}
    r = requests.post(WEBHOOK, json=poruka, timeout=10)
    r.raise_for_status()`)}

Greška je 404 Unknown Webhook.`),

  rec('chat_ja', f`オーディション結果をSlackのチャンネルに自動投稿したいです。Incoming Webhook のURLはこれです：${v('credential.slack_webhook_url', SLACK_HOOK)}
GASから送るサンプルコードを書いてください。`),

  rec('code_java_zh', f`艺人试镜视频上传到OSS总是报 "InvalidAccessKeyId.NotFound"，帮我看下代码：

${code(f`public class OssUploader {
    private static final String ENDPOINT = "https://oss-cn-beijing.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";

    public void upload(String objectKey, File video) {
        OSS client = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        try {
            client.putObject("bluefinch-audition", objectKey, video);
        } finally {
            client.shutdown();
        }
    }
}`)}`),

  rec('email', f`Hi team, can you tighten the wording of this claim notification before it goes to the carrier?

"On 11 March our insured (Kellerman Logistics) detected unauthorised access to their VPN. The attacker logged in with the shared service account vpn-svc, whose password ${v('credential.password_in_prose', 'Kellerman2019!')} had not been changed since 2019. The password was rotated on 12 March at 08:40 and MFA enforced."

Thanks, Priya — Cyber Desk`),

  rec('shell', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.harrowgate-risk.com:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get -field=api_key secret/quoting/carrier-beazley
Error reading secret/data/quoting/carrier-beazley: Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

The policy has read on secret/data/quoting/*. Why 403?`),

  rec('code_python_fr', f`Bonjour, ce script doit poster une carte dans le canal Teams "Sinistres cyber" à chaque nouveau dossier, mais rien ne s'affiche et le code retour est 200 :

${code(f`import csv
import requests

WEBHOOK = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"

def carte(d: dict) -> dict:
    return {"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"type": "AdaptiveCard", "version": "1.4", "body": [
            {"type": "TextBlock", "weight": "Bolder", "text": f"Nouveau sinistre : {d['assure']}"},
            {"type": "TextBlock", "text": f"{d['type']} – déclaré le {d['date']}"},
        ]},
    }]}

with open("nouveaux_sinistres.csv", encoding="utf-8") as fh:
    for ligne in csv.DictReader(fh, delimiter=";"):
        requests.post(WEBHOOK, json=carte(ligne), timeout=10)`)}

Est-ce que le connecteur est déprécié ?`),

  rec('code_python_he', f`צריך עזרה עם ה-API של Jira. הסקריפט אמור למשוך את כל התביעות הפתוחות של לקוחות הסייבר, אבל מקבל 401:

${code(f`from atlassian import Jira

jira = Jira(
    url="https://harrowgate.atlassian.net",
    username="${v('pii.email', 'noa.friedman@harrowgate-risk.com')}",
    password="${v('credential.atlassian_api_token', ATLASSIAN)}",
    cloud=True,
)
for issue in jira.jql("project = CLM AND labels = cyber AND status != Closed", limit=200)["issues"]:
    print(issue["key"], issue["fields"]["summary"])`)}

הטוקן נוצר היום מחשבון השירות.`),

  rec('tfvars_pt', f`Olá, o Terraform do portal de cotações dá "Unable to authenticate you" no DigitalOcean. O terraform.tfvars:

${amb('source_code.snippet', f`do_token          = "${v('credential.digitalocean_token', DO_TOKEN)}"
cloudflare_token  = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
region            = "fra1"
droplet_size      = "s-2vcpu-4gb"
dominio           = "cotacoes.harrowgate-risk.pt"`)}

Também quero tirar os tokens deste ficheiro. Como faço com variáveis de ambiente?`),

  rec('notebook_ko', f`사이버보험 손해율 모델 노트북인데, 클러스터 연결이 안 됩니다. 토큰 문제인가요?

${amb('source_code.snippet', f`In [1]:
from databricks import sql
conn = sql.connect(
    server_hostname="adb-4827193650218437.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f3a21c7d94e06b5",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)`)}

Out[1]: Error during request to server: 403 Invalid access token`),

  rec('yarnrc_lt', f`Sveiki, CI negali parsisiųsti mūsų privataus paketo @harrowgate/quote-ui su Yarn 4. .yarnrc.yml faile:

${amb('source_code.snippet', f`nodeLinker: node-modules
npmScopes:
  harrowgate:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAlwaysAuth: true
    npmAuthToken: "${v('credential.npm_token', NPM)}"`)}

Lokaliai veikia. Kodėl CI gauna 404?`),

  rec('json_id', f`Halo, runner CI tidak bisa pull image dari registry privat. Isi ~/.docker/config.json di runner:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.harrowgate-risk.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Error: "unauthorized: incorrect username or password". Apakah formatnya salah?`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: pm-scheduler-git
  namespace: fab-maint
type: Opaque
data:
  GIT_USERNAME: cG0tc2NoZWR1bGVy
  GIT_TOKEN: ${v('credential.base64_encoded_token', K8S_TOKEN_B64)}`)}

The pm-scheduler pod in the fab-maint namespace can't clone from GitLab since Monday. Is the secret encoded wrong?`),

  rec('log_vi', f`Log của dịch vụ tính phí bảo hiểm in ra cả header Authorization, có nguy hiểm không? Làm sao tắt?

${amb('source_code.snippet', f`2025-03-12 09:14:27,118 DEBUG httpx: HTTP Request: POST https://api.carrier-gateway.com/v3/quotes "HTTP/1.1 200 OK"
2025-03-12 09:14:27,119 DEBUG quote.client: headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Broker-Id': 'HGR-0192'}
2025-03-12 09:14:27,402 INFO  quote.client: premium=18420.00 currency=USD`)}`),

  rec('env_file', f`${amb('source_code.snippet', f`# spc-dashboard/.env
DD_API_KEY=${v('credential.datadog_api_key', fill('b67-ddapi2', HEX, 32))}
DD_APP_KEY=${v('credential.datadog_app_key', DATADOG_APP)}
GITHUB_TOKEN=${v('credential.github_fine_grained_pat', GH_FINE)}
DASHBOARD_REPO=norvale-fab/spc-dashboards`)}

which scopes does the GitHub fine-grained token need to open PRs against the dashboards repo?`),

  rec('yaml_ja', f`ウエハ搬送ロボットの監視エージェントの設定です。mTLS用の鍵がここに直接書かれているのはまずいですよね？どう直せばいいですか？

${amb('source_code.snippet', f`agent:
  tool_id: EFEM-12
  server: https://fdc-collector.norvale.local:8443
  tls:
    cert_file: /etc/agent/efem12.crt
    key_pem: |
      ${v('credential.private_key', EC_KEY.split('\n').map((l, i) => (i === 0 ? l : `      ${l}`)).join('\n'))}`)}`),
];
