/**
 * Held-out batch 50: credentials pasted by staff of a cruise line, a parking and towing authority,
 * a seed bank, an orthodontics chain, a demining NGO and a regional stock exchange: configs, chats,
 * scripts, logs and prose in twenty languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TWILIO_SID = tok('AC', fill('b50-twsid', HEX, 32));
const TWILIO_AUTH = fill('b50-twauth', HEX, 32);
const SG_KEY = tok('SG.', fill('b50-sg1', B64URL, 22), '.', fill('b50-sg2', B64URL, 43));
const JWT_EXC = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'shore-2025-03' },
  { sub: 'agent-4471', iss: 'https://auth.meridianblue-cruises.com', aud: 'excursions-api', scope: 'bookings:write', iat: 1741852800, exp: 1741896000 },
  'b50-jwtexc',
);
const TG_BOT = tok('7318204956', ':AA', fill('b50-tg', B64URL, 33));
const BASIC_HR = b64('svc_crewsync:Marlin#Deck7-2025');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b50-slt', UPPER + DIGITS, 8), '/B0', fill('b50-slb', UPPER + DIGITS, 9), '/', fill('b50-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b50-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b50-whsec', B62, 32));
const GMAPS = tok('AIza', 'Sy', fill('b50-gmaps', B64URL, 33));
const FCM = tok('AAAA', fill('b50-fcm1', B64URL, 7), ':APA91b', fill('b50-fcm2', B64URL, 134));
const GHP = gh('ghp', fill('b50-ghp', B62, 30));
const TW_SK = tok('SK', fill('b50-twsk', HEX, 32));
const TW_SK_SECRET = fill('b50-twsks', B62, 32);
const AKIA = tok('AKIA', fill('b50-akia', B32, 16));
const AWS_SECRET = fill('b50-awssec', B64, 40);
const HF = tok('hf_', fill('b50-hf', UPPER + LOWER, 34));
const OPENAI = tok('sk-proj-', fill('b50-oai1', B64URL, 74), 'T3BlbkFJ', fill('b50-oai2', B64URL, 74));
const SA_PEM = pem('PRIVATE KEY', 'b50-sapem', 1218);
const AZ_KEY = `${fill('b50-azkey', B64, 86)}==`;
const GLPAT = tok('glpat-', fill('b50-glpat', B62 + '-_', 20));
const DAPI = tok('dapi', fill('b50-dapi', HEX, 32));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b50-rklive', B62, 97));
const MAILGUN = tok('key-', fill('b50-mg', HEX, 32));
const AIRTABLE = tok('pat', fill('b50-at1', B62, 14), '.', fill('b50-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b50-ntn1', DIGITS, 11), fill('b50-ntn2', B62, 35));
const XOXB = tok('xoxb-', '5820417396', '2-', '8014729365821-', fill('b50-xoxb', B62, 24));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b50-ant', B64URL, 93), 'AA');
const OSSH = pem('OPENSSH PRIVATE KEY', 'b50-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const KOBO = fill('b50-kobo', HEX, 40);
const WG_PRIV = `${fill('b50-wg', B64, 43)}=`;
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'clearpath-gis', a: fill('b50-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b50-mbx', B64URL, 22));
const DO_TOKEN = tok('dop_v1_', fill('b50-do', HEX, 64));
const SENTRY_KEY = fill('b50-sentry', HEX, 32);
const TEAMS = tok(
  'https://clearpathma.webhook.office.com/webhookb2/',
  '7c41e9a2-0d38-4b6f-9e25-83f1a6c0d7b4@e2a95f17-4c80-4d3b-a6f9-1b07c5e8d243/IncomingWebhook/',
  fill('b50-teams1', HEX, 32),
  '/',
  'a93d0c6e-51f2-4e87-b1c4-6d2e7f90a8b5/',
  'V2',
  fill('b50-teams2', B64URL, 43),
);
const DD_API = fill('b50-ddapi', HEX, 32);
const DD_APP = fill('b50-ddapp', HEX, 40);
const AZ_CLIENT = tok(fill('b50-azc1', B62, 3), '8Q~', fill('b50-azc2', B62 + '_~.-', 34));
const JWT_MSE = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'listings-ops', role: 'issuer_admin', tenant: 'mse-listings', iat: 1742202000, exp: 1742245200 },
  'b50-jwtmse',
);
const VAULT = tok('hvs.', fill('b50-vault', B62 + '_-', 90));
const GH_FG = tok('github_pat_', '11A', fill('b50-ghfg1', UPPER + DIGITS, 19), '_', fill('b50-ghfg2', B62, 59));
const GLSA = tok('glsa_', fill('b50-glsa1', B62, 32), '_', fill('b50-glsa2', HEX, 8));
const PMAK = tok('PMAK-', fill('b50-pmak1', HEX, 24), '-', fill('b50-pmak2', HEX, 34));
const CF_TOKEN = fill('b50-cft', B62 + '_-', 40);
const NPM = gh('npm', fill('b50-npm', B62, 30));
const RSA = pem('RSA PRIVATE KEY', 'b50-rsa', 1190);
const DOCKER_AUTH = b64('seedlab-ci:Ryegrass!Vault-62');
const GROQ = tok('gsk_', fill('b50-groq', B62, 52));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b50-atl', B64URL, 171), '=', fill('b50-atl2', HEX.toUpperCase(), 8));
const GCP_SA_ID = '104738291650384729163';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH50_CREDENTIALS: DraftRecord[] = [
  // --- cruise line: guest services and crew HR ---
  rec('env_file', f`The folio sync between the onboard PMS and the shore CRM stopped after we moved it to the new container host. Here's the env, can you spot anything odd?

${amb('source_code.snippet', f`# folio-sync/.env  (MS Coral Meridian)
SHIP_CODE=CRM
PMS_DB_URL=postgresql://folio_sync:${v('credential.database_url_password', 'Starboard!Gal1ey-88')}@${amb('pii.ip_address', '10.12.4.20')}:5432/fidelio_mirror
CRM_BASE_URL=https://crm.meridianblue-cruises.com/api/v2
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}
SMS_SENDER=MERIDIAN
SYNC_INTERVAL_SEC=300`)}`),

  rec('chat_es', f`Hola, ¿me ayudas a redactar un aviso corto para el tablón de la tripulación? Tiene que decir que desde el lunes la red wifi de tripulación cambia a CREW-NET-5G y que la contraseña nueva es ${v('credential.password_in_prose', 'Ancla#Proa2025')}. Que no la compartan con pasajeros, por favor, y que el acceso de oficiales sigue igual.`),

  rec('chat_tl', f`Pa-help naman po. Hindi ako maka-login sa crew portal para makita yung contract ko at yung sign-off date. Username ko ay rdelacruz.galley tapos yung password ko ay ${v('credential.password_in_prose', 'Sampaguita@1987')} — tama naman po yung tinype ko pero laging "account locked". Ano po ang dapat kong gawin, sino ang tatawagan ko sa HR?`),

  rec('code_python', f`Embarkation reminder mails go out twice for guests with two cabins. Script below, can you fix the dedup?

\`\`\`python
${code(f`import csv
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "${v('credential.sendgrid_api_key', SG_KEY)}"
sg = SendGridAPIClient(SENDGRID_API_KEY)

def send_reminders(manifest_path: str, sailing: str) -> int:
    sent = 0
    with open(manifest_path, newline="") as fh:
        for row in csv.DictReader(fh):
            msg = Mail(
                from_email="${v('pii.email', 'embark@meridianblue-cruises.com')}",
                to_emails=row["email"],
                subject=f"Your embarkation time for {sailing}",
                html_content=render(row),
            )
            sg.send(msg)
            sent += 1
    return sent`)}
\`\`\``),

  rec('chat_ja', f`寄港地ツアーの予約APIが急に401を返すようになりました。昨日まで同じトークンで動いていたのですが、有効期限の問題でしょうか？

${amb('source_code.snippet', f`curl -X POST https://excursions.meridianblue-cruises.com/v1/bookings \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_EXC)}" \\
  -H "Content-Type: application/json" \\
  -d '{"tour":"NAG-04","cabin":"7142","pax":2}'`)}

レスポンスは {"error":"token_expired"} です。リフレッシュの方法を教えてください。`),

  rec('chat_ms', f`Bot Telegram untuk jadual kru tak hantar mesej sejak pagi tadi. Token bot ialah ${v('credential.telegram_bot_token', TG_BOT)} dan chat ID kumpulan -1002184736519. Saya dah cuba getUpdates, keluar {"ok":false,"error_code":401}. Adakah token ni dah dibatalkan? Macam mana nak semak tanpa buat bot baru?`),

  rec('log', f`Crew HR sync to the payroll provider fails every night at 02:00 ship time. Debug log:

${amb('source_code.snippet', f`2025-03-11T02:00:04.118Z DEBUG crewsync.http POST https://api.payroll-partner.example.net/v3/employees/bulk
2025-03-11T02:00:04.119Z DEBUG crewsync.http headers: {"Content-Type": "application/json", "Authorization": "Basic ${v('credential.basic_auth_header', BASIC_HR)}", "X-Ship": "NMR"}
2025-03-11T02:00:09.502Z ERROR crewsync.http 413 Payload Too Large (body 18.4 MB, 2214 records)
2025-03-11T02:00:09.503Z INFO  crewsync.job retry 1/3 in 60s`)}

Should I batch the records? What's a sane chunk size?`),

  rec('chat_is', f`Getur þú hjálpað mér að skrifa einfalt Python-forrit sem sendir skilaboð á Slack þegar skipið leggst að bryggju á Ísafirði? Ég er með webhook-slóðina: ${v('credential.slack_webhook_url', SLACK_HOOK)} — skilaboðin eiga að innihalda komutíma og fjölda farþega sem fara í land.`),

  rec('chat_ne', f`मलाई क्रु इमेल खोल्न समस्या भयो। जहाजको इन्टरनेटबाट लगइन गर्दा "wrong password" भन्छ। मेरो इमेल खाताको पासवर्ड ${v('credential.password_in_prose', 'Himal@Kathmandu77')} हो, मैले कुनै परिवर्तन गरेको छैन। IT डेस्कलाई अंग्रेजीमा छोटो सन्देश लेखिदिनुहोस्, म केबिन स्टेवर्ड हुँ, डेक ५ मा।`),

  rec('code_js', f`Guest-services chatbot prototype, answers from the FAQ. It works but answers are slow, how do I stream?

${code(f`import Groq from "groq-sdk";

const groq = new Groq({ apiKey: "${v('credential.groq_api_key', GROQ)}" });

export async function answer(question, faqChunks) {
  const res = await groq.chat.completions.create({
    model: "llama-3.3-70b-versatile",
    messages: [
      { role: "system", content: "You are the guest services assistant of Meridian Blue Cruises. Answer only from the context." },
      { role: "user", content: \`Context:\\n\${faqChunks.join("\\n---\\n")}\\n\\nQuestion: \${question}\` },
    ],
  });
  return res.choices[0].message.content;
}`)}`),

  // --- parking and towing authority ---
  rec('ini', f`ANPR camera at the Harbour Road car park drops the stream every few minutes. Config from the edge box:

${amb('source_code.snippet', f`[camera]
id = HRB-ENTRY-02
stream = rtsp://anpr_reader:${v('credential.url_password', 'Kerb5ide!Lane')}@${amb('pii.ip_address', '172.20.31.14')}:554/Streaming/Channels/101
fps = 12
roi = 220,140,1180,620

[backend]
url = https://enforcement.parkcity-ops.net/api/reads
device_password = ${v('credential.password_assignment', 'Bay-Warden-4410')}
queue_dir = /var/spool/anpr`)}

Is 12 fps too much for the uplink?`),

  rec('chat_cy', f`Alli di fy helpu i ysgrifennu e-bost at y tîm gorfodi? Mae angen dweud wrthynt fod y porth gweinyddu ar gyfer y peiriannau talu ac arddangos wedi newid. Yr enw defnyddiwr yw gorfodi.canol a'r cyfrinair newydd yw ${v('credential.password_in_prose', 'Draig-Goch!2025')}. Rhaid iddynt ei newid y tro cyntaf y byddant yn mewngofnodi.`),

  rec('env_file', f`Ola! A app de pagamento do estacionamento regulado non confirma os pagamentos. Este é o .env de produción, podes revisar se falta algo para os webhooks?

${amb('source_code.snippet', f`APP_ENV=production
APP_URL=https://zonaazul.vigo-mobilidade.gal
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_CURRENCY=eur
TARIFA_MINUTO=0.025`)}

O endpoint é /webhooks/stripe e no panel aparece "400 signature verification failed".`),

  rec('gradle', f`Kaixo, Donostiako aparkaleku-aplikazioaren Android bertsioak ez ditu jakinarazpenak jasotzen. Hau da gradle.properties fitxategia:

${amb('source_code.snippet', f`# gradle.properties — OTA Donostia app
android.useAndroidX=true
MAPS_API_KEY=${v('credential.google_api_key', GMAPS)}
FCM_SERVER_KEY=${v('credential.firebase_fcm_server_key', FCM)}
versionName=4.2.1`)}

Legacy FCM APIa itzali dutela irakurri dut. Zer aldatu behar dut HTTP v1-era pasatzeko?`),

  rec('docker_compose', f`Ahoj, potrebujem poradiť s docker-compose pre systém parkovacích povolení. Po reštarte sa backend nevie pripojiť na Redis:

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: povolenky
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Dunaj-Petrzalka#31')}
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${v('credential.cli_password', 'RzTx8!vq-Nivy')}"]
  api:
    image: registry.paas-ba.sk/povolenky-api:2.8.0
    environment:
      REDIS_URL: redis://cache:6379/0`)}

Chyba je "NOAUTH Authentication required".`),

  rec('ci_yaml', f`The tow-dispatch repo's nightly job texts the on-call driver. Why does the SMS step fail with 20003?

${amb('source_code.snippet', f`name: nightly-impound-report
on:
  schedule: [{ cron: "15 6 * * *" }]
jobs:
  report:
    runs-on: ubuntu-24.04
    env:
      GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
      TWILIO_API_KEY: ${v('credential.twilio_api_key', TW_SK)}
      TWILIO_API_SECRET: ${v('credential.generic_secret_assignment', TW_SK_SECRET)}
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/impound_report.py --yard north --yard east
      - run: python scripts/notify_oncall.py`)}`),

  rec('shell', f`Kolega mi je poslao ovu komandu za izvoz SMS parking uplata, ali mi vraća grešku "Access denied". Da li je problem u tome što nema razmaka posle -p?

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.40.2.11')} -u smsparking_ro -p${v('credential.mysql_cli_password', 'Kalemegdan!2024')} smsparking -e "SELECT zona, COUNT(*) FROM uplate WHERE datum >= '2025-03-01' GROUP BY zona"`)}

Treba mi izveštaj po zonama za mart.`),

  rec('cisco_config', f`Здравей, трябва ми помощ с конфигурацията на рутера в паркинга на бул. Витоша. Камерите за синя зона не се свързват към сървъра след рестарт:

${amb('source_code.snippet', f`hostname PARK-VITOSHA-RTR1
!
username admin privilege 15 password 0 ${v('credential.network_device_secret', 'SinyaZona!88')}
enable password ${v('credential.network_device_secret', 'Vitosha#Enable7')}
!
interface GigabitEthernet0/1
 description CAMERAS-VLAN30
 ip address ${amb('pii.ip_address', '10.30.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'parkmon-rw-5521')} RW
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '10.255.0.1')}`)}

Какво липсва за VLAN 30?`),

  rec('curl', f`Hola, el servicio de grúa municipal tiene una API para consultar si un coche está en el depósito. Me devuelve 403 con esta llamada, ¿está mal la cabecera?

${amb('source_code.snippet', f`curl -s https://grua.ayto-movilidad.es/api/v1/depositos/vehiculo?matricula=4821KLM \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('atencion_ciudadana:Deposito-Norte!19'))}" \\
  -H "Accept: application/json"`)}

El usuario es el de atención ciudadana, ¿necesita otro rol?`),

  // --- seed bank and plant-breeding lab ---
  rec('code_python', f`Uploads of the genotyping plates to S3 are slow, 40 minutes for 12 GB. Any way to parallelise?

${code(f`import boto3
from pathlib import Path

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET)}",
)

def upload_run(run_dir: Path, bucket: str = "halden-genotyping-raw") -> None:
    for p in sorted(run_dir.glob("*.idat")):
        s3.upload_file(str(p), bucket, f"{run_dir.name}/{p.name}")
        print("uploaded", p.name)`)}`),

  rec('notebook', f`In [3]:
${amb('source_code.snippet', f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import AutoImageProcessor, AutoModelForImageClassification
proc = AutoImageProcessor.from_pretrained("halden-lab/seed-viability-vit")
model = AutoModelForImageClassification.from_pretrained("halden-lab/seed-viability-vit")`)}

OSError: halden-lab/seed-viability-vit is not a local folder and is not a valid model identifier

The repo is private in our org. Is the token scope wrong?`),

  rec('chat_ne', f`बीउ बैंकको LIMS मा नयाँ प्रयोगकर्ता थप्नुपर्‍यो। प्रशासक खाता "limsadmin" हो र पासवर्ड ${v('credential.password_in_prose', 'Dhaan#Bij2081')} हो। नयाँ सहायकका लागि "read-only" भूमिका कसरी बनाउने भनेर चरणबद्ध निर्देशन लेखिदिनुहोस्।`),

  rec('code_python', f`మా బ్రీడింగ్ ట్రయల్ రిపోర్టులను సంక్షిప్తం చేయడానికి ఈ స్క్రిప్ట్ రాశాను. ప్రతి ఫైల్‌కు ఒకే సారాంశం వస్తోంది, ఎందుకు?

${code(f`from openai import OpenAI
import glob

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

summary = None
for path in glob.glob("trials/kharif_2024/*.txt"):
    text = open(path, encoding="utf-8").read()
    if summary is None:
        summary = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Summarise this sorghum trial report:\\n" + text}],
        ).choices[0].message.content
    print(path, summary[:200])`)}`),

  rec('json_config', f`গুগল শিটে জার্মিনেশন টেস্টের ফলাফল লেখার জন্য সার্ভিস অ্যাকাউন্ট বানিয়েছি, কিন্তু "PERMISSION_DENIED" আসছে। কী ভুল হচ্ছে?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "rice-genebank-sheets",
  "private_key_id": "${fill('b50-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'germination-writer@rice-genebank-sheets.iam.gserviceaccount.com')}",
  "client_id": "${GCP_SA_ID}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

শিটটা আমার ব্যক্তিগত ড্রাইভে আছে।`, 'whole key file labelled as the service-account key, the PEM inside as a private key, the JSON around them ambiguous code'),

  rec('chat_he', f`היי, סקריפט הגיבוי של תמונות הפנוטייפינג מהחממה ל-Azure נכשל. זה ה-connection string שאני משתמשת בו:

DefaultEndpointsProtocol=https;AccountName=volcphenostore;AccountKey=${v('credential.azure_storage_key', AZ_KEY)};EndpointSuffix=core.windows.net

השגיאה היא "AuthorizationPermissionMismatch". האם זה קשור להרשאות ה-container או למפתח עצמו?`),

  rec('git', f`سلام، وقتی می‌خواهم تغییرات را به مخزن GitLab آزمایشگاه بفرستم این خطا را می‌گیرم:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.seedlab-karaj.ir/breeding/wheat-qtl.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.seedlab-karaj.ir/breeding/wheat-qtl.git (push)
$ git push origin main
remote: HTTP Basic: Access denied`)}

آیا توکن منقضی شده یا باید scope آن را عوض کنم؟`),

  rec('yaml', f`Databricks job for the marker-assisted selection pipeline can't authenticate from the lab's Airflow. Connection config:

${amb('source_code.snippet', f`connections:
  databricks_mas:
    conn_type: databricks
    host: https://adb-4829173650192837.12.azuredatabricks.net
    extra:
      token: ${v('credential.databricks_token', DAPI)}
      http_path: /sql/1.0/warehouses/8f2c41a97d3e05b6`)}

The error is "Invalid access token" but I generated it yesterday.`),

  rec('chat_gl', f`Bos días, son a nova bolseira do banco de xermoplasma. Para entrar na base de datos de accesións déronme isto nun papel: usuario: bolseira_mbg / contrasinal: ${v('credential.user_password_pair', 'Millo-Galego#23')}. Podes axudarme a redactar unha mensaxe á informática pedindo que me cambien o contrasinal e me dean permisos de escritura?`, 'user name next to its password: the password labelled'),

  rec('chat_eu', f`Kaixo, hazi-bankuaren webgunearen DNSa Cloudflare-ra eraman dugu eta certbot-ek ez du ziurtagiria berritzen. Hau da erabiltzen dudan API tokena: ${v('credential.cloudflare_api_token', CF_TOKEN)}. "Zone:DNS:Edit" baimena behar du, ezta? Idatzi iezadazu cloudflare.ini fitxategia, mesedez.`),

  rec('npmrc', f`మా ల్యాబ్ డాష్‌బోర్డ్ బిల్డ్ CI లో మాత్రమే ఫెయిల్ అవుతోంది, లోకల్‌గా పని చేస్తోంది. .npmrc ఇది:

${amb('source_code.snippet', f`@seedlab:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

ఎర్రర్: npm ERR! 404 Not Found - GET https://registry.npmjs.org/@seedlab%2fcharts`, 'npm token as the .npmrc _authToken: two labels on one span'),

  rec('docker_config', f`Our lab's CI runner can't pull the phenotyping image since the registry moved. ~/.docker/config.json on the runner:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.haldenseeds.org": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Do I need to log in again or just change the hostname?`),

  // --- orthodontics clinic chain ---
  rec('config', f`The imaging export tool at the Riverside clinic times out connecting to the practice-management database. appsettings.json:

${amb('source_code.snippet', f`{
  "ConnectionStrings": {
    "PracticeDb": "Server=BB-RIVERSIDE-SQL\\\\PMS;Database=OrthoPractice;User Id=imaging_export;Password=${v('credential.connection_string_password', 'Bracket$Wire-0819')};TrustServerCertificate=True;Connect Timeout=15"
  },
  "Export": { "Folder": "D:\\\\CephExports", "Format": "DICOM" }
}`)}

Other clinics use the same file and work fine.`),

  rec('code_php', f`Hola, la web de citas de la clínica da "Error establishing a database connection" desde que cambiamos de hosting. El wp-config.php:

${code(f`<?php
define( 'DB_NAME', 'sonrisa_citas' );
define( 'DB_USER', 'sonrisa_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Ortodoncia!Madrid2024')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'sc_';
define( 'WP_DEBUG', false );`)}

¿Puede ser el puerto?`),

  rec('chat_th', f`ช่วยดูหน่อยค่ะ ระบบรับมัดจำจัดฟันออนไลน์ของคลินิกสร้างลิงก์ชำระเงินไม่ได้ ใช้คีย์นี้อยู่ ${v('credential.stripe_restricted_key', RK_LIVE)} ขึ้น error ว่า "The provided key does not have the required permissions" ต้องเปิดสิทธิ์อะไรเพิ่มบ้างคะ`),

  rec('env_file', f`Përshëndetje, aplikacioni i rezervimeve të klinikës nuk dërgon më email-e konfirmimi. Ky është skedari .env i Laravel:

${amb('source_code.snippet', f`APP_NAME="Ortodonti Buzeqeshja"
APP_KEY=base64:${v('credential.generic_secret_assignment', fill('b50-appkey', B64, 43) + '=')}
MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=${v('pii.email', 'rezervime@ortodonti-buzeqeshja.al')}
MAIL_PASSWORD=${v('credential.password_assignment', 'Tirana#Dhembe55')}
MAIL_ENCRYPTION=tls`)}

Gabimi është "535 5.7.3 Authentication unsuccessful".`),

  rec('chat_mk', f`Здраво, потсетниците за термини по SMS и е-пошта престанаа да се праќаат. Користиме Mailgun, клучот е ${v('credential.mailgun_api_key', MAILGUN)}, доменот е mg.ortosmile.mk. Во логовите пишува "Forbidden". Дали е до регионот (EU) или до клучот?`),

  rec('code_python', f`${code(f`import requests

AIRTABLE_TOKEN = "${v('credential.airtable_pat', AIRTABLE)}"
NOTION_TOKEN = "${v('credential.notion_token', NOTION)}"
BASE = "appR7k2Wq9Lm4Xz1"

def aligner_batches_due(week: str):
    r = requests.get(
        f"https://api.airtable.com/v0/{BASE}/Batches",
        headers={"Authorization": f"Bearer {AIRTABLE_TOKEN}"},
        params={"filterByFormula": f"{{Ship week}}='{week}'"},
    )
    r.raise_for_status()
    return r.json()["records"]`)}

This pulls aligner batches from Airtable; next I want to create one Notion page per batch for the lab techs. Can you add that part?`),

  rec('yaml', f`予約リマインダーのSlackボットが「not_in_channel」エラーになります。設定ファイルはこれです：

${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', XOXB)}
  channel: "#shibuya-clinic-reminders"
schedule:
  cron: "0 18 * * *"
  lookahead_days: 1`)}

チャンネルにボットを招待する必要がありますか？`),

  rec('code_ts', f`שלום, בניתי כלי שמסכם הערות טיפול של אורתודונט למכתב להורים. זה עובד לוקלית אבל בשרת מקבלים 401:

${code(f`import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ apiKey: "${v('credential.anthropic_api_key', ANTHROPIC)}" });

export async function parentLetter(notes: string): Promise<string> {
  const msg = await client.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: \`כתוב מכתב קצר וברור להורים על סמך ההערות:\\n\${notes}\` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}`)}`),

  rec('chat_cy', f`Mae'r cyfrif e-bost a rennir ar gyfer derbynfa'r clinig yn Abertawe wedi'i gloi. Manylion mewngofnodi: derbynfa.abertawe / ${v('credential.user_password_pair', 'Gwen-Wen!Dannedd4')}. Allwch chi ysgrifennu cais byr i'r ddesg gymorth yn Saesneg i'w ddatgloi?`, 'user name next to its password: the password labelled'),

  // --- humanitarian demining NGO ---
  rec('env_file', f`${amb('source_code.snippet', f`# imsma-sync/.env — country programme server
IMSMA_DB=postgres://imsma_sync:${v('credential.database_url_password', 'Flail-Tiller#2291')}@imsma-core.clearpath.local:5432/imsma_ng
KOBO_SERVER=https://kf.kobotoolbox.org
SYNC_FORMS=hazard_report,eod_spot_task,mre_session
TZ=Asia/Kabul`)}

Sync job runs but writes nothing; the logs show "relation hazard_report does not exist". Did the schema change in the new IMSMA version?`),

  rec('runbook', f`# Field tablet MDM: re-enrolling a tablet after a wipe

1. Connect the tablet to the office Wi-Fi (not the field hotspot).
2. From the ops laptop, push the enrolment profile over SSH to the MDM relay (user \`mdmrelay\`). Key used by the relay:

${v('credential.openssh_private_key', OSSH)}

3. Confirm the tablet shows up under "Field / Survey teams" within 10 minutes.

Please rewrite this as a one-page checklist for team leaders, and tell me whether the key should be in here at all.`),

  rec('chat_fa', f`سلام، لطفاً یک ایمیل رسمی به انگلیسی برای دفتر مرکزی بنویس. موضوع: دسترسی تیم نقشه‌برداری به سرور نقشه‌ها. نام کاربری مشترک تیم «survey_herat» است و رمز عبور آن ${v('credential.password_in_prose', 'Minaret!Herat1403')} است. باید بگوییم که این رمز پس از پایان مأموریت تغییر خواهد کرد.`),

  rec('code_python', f`Skripti për shkarkimin e raporteve të rreziqeve nga KoBo jep gabim 401. Çfarë nuk shkon?

${code(f`import requests

KOBO_TOKEN = "${v('credential.generic_secret_assignment', KOBO)}"
ASSET = "aQ8vPz3LmR7kWx2NtY5bH4"

def fetch_hazard_reports():
    url = f"https://kf.kobotoolbox.org/api/v2/assets/{ASSET}/data.json"
    r = requests.get(url, headers={"Authorization": f"Token {KOBO_TOKEN}"}, timeout=60)
    r.raise_for_status()
    return r.json()["results"]`)}`),

  rec('wireguard', f`Тим на терену не може да се повеже на VPN из канцеларије у Бихаћу. Ово је конфигурација на лаптопу вође тима:

${amb('source_code.snippet', f`[Interface]
PrivateKey = ${v('credential.generic_secret_assignment', WG_PRIV)}
Address = ${amb('pii.ip_address', '10.66.0.14')}/32
DNS = ${amb('pii.ip_address', '10.66.0.1')}

[Peer]
PublicKey = ${fill('b50-wgpub', B64, 43)}=
Endpoint = vpn.clearpath-ma.org:51820
AllowedIPs = ${amb('pii.ip_address', '10.66.0.0')}/16
PersistentKeepalive = 25`)}

Handshake никада не успе. Да ли је до порта или до кључа?`),

  rec('code_python', f`Drone orthomosaic pipeline: tiles upload fine but the droplet resize call fails.

${code(f`import requests

MAPBOX_TOKEN = "${v('credential.mapbox_secret_token', MAPBOX)}"
DO_TOKEN = "${v('credential.digitalocean_token', DO_TOKEN)}"

def upload_tileset(path, name):
    creds = requests.post(
        f"https://api.mapbox.com/uploads/v1/clearpath-gis/credentials?access_token={MAPBOX_TOKEN}"
    ).json()
    ...

def resize_worker(droplet_id, size="c-8"):
    return requests.post(
        f"https://api.digitalocean.com/v2/droplets/{droplet_id}/actions",
        headers={"Authorization": f"Bearer {DO_TOKEN}"},
        json={"type": "resize", "size": size},
    )`)}`),

  rec('code_kotlin', f`Pakitingnan po, hindi lumalabas sa Sentry yung crash ng survey app namin sa Mindanao kahit nagka-crash sa field:

${code(f`class SurveyApp : Application() {
    override fun onCreate() {
        super.onCreate()
        SentryAndroid.init(this) { options ->
            options.dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127390211072`)}"
            options.environment = "field-mindanao"
            options.isEnableAutoSessionTracking = true
        }
    }
}`)}

Offline kasi madalas yung tablets, kailangan ba ng cache?`),

  rec('powershell', f`สวัสดีครับ สคริปต์นี้ส่งรายงานประจำวันของทีมเคลียร์พื้นที่ไปที่ Teams แต่ช่วงนี้ไม่มีข้อความขึ้นเลย

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$report = Import-Csv "C:\\Reports\\daily_clearance.csv"
$total = ($report | Measure-Object -Property SquareMetres -Sum).Sum
$body = @{ text = "Cleared today: $total m2, teams: $($report.Count)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body $body`)}

Microsoft เลิกใช้ connector แบบนี้แล้วใช่ไหมครับ ต้องย้ายไป Workflows อย่างไร`),

  // --- regional stock exchange: listings and surveillance ---
  rec('properties', f`Surveillance consumer can't join the market-data topic after the broker upgrade. client.properties:

${amb('source_code.snippet', f`bootstrap.servers=kafka-md-1.nrx.internal:9093,kafka-md-2.nrx.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="surv-alerts" password="${v('credential.password_assignment', 'Tape-Reader!7731')}";
group.id=surveillance-alerts-v2
auto.offset.reset=latest`)}

Error: "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512".`),

  rec('shell', f`I'm moving the order-book latency dashboards to Datadog. Is this enough to get the agent running on the gateway hosts?

${amb('source_code.snippet', f`export DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
export DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
export DD_SITE=datadoghq.eu
DD_AGENT_MAJOR_VERSION=7 bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"`)}`),

  rec('code_python', f`Здравейте, скриптът за публикуване на съобщения за емитенти в SharePoint връща "AADSTS7000215: Invalid client secret". Ето кода:

${code(f`import msal

TENANT = "bse-listings.onmicrosoft.com"
CLIENT_ID = "3b7d9e21-6a4f-4c58-8e0b-f12a5c9d7e36"
CLIENT_SECRET = "${v('credential.azure_client_secret', AZ_CLIENT)}"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential=CLIENT_SECRET,
)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])`)}

Секретът е създаден миналия месец.`),

  rec('curl', f`Здраво, повикот до API-то за котации на нови издавачи враќа 401 иако токенот е нов:

${amb('source_code.snippet', f`curl -X POST https://api.mse-listings.mk/v2/issuers/ALKB/documents \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_MSE)}" \\
  -F "type=annual_report" -F "file=@godisen_izvestaj_2024.pdf"`)}

Дали треба да го ставам токенот без "Bearer"?`),

  rec('shell', f`Ahoj, potrebujem prečítať certifikát pre SFTP s emitentmi z Vaultu, ale príkaz padá:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.bcpb-ops.sk:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/listings/sftp-issuers
Error making API request. Code: 403. Errors: * permission denied`)}

Aký policy potrebujem?`),

  rec('chat_is', f`Ég bjó til fínkornaðan aðgangslykil á GitHub fyrir skráningarkerfið: ${v('credential.github_fine_grained_pat', GH_FG)}. Hann á að geta lesið "issuer-filings" geymsluna en ég fæ 404. Þarf ég að biðja stjórnanda stofnunarinnar að samþykkja lykilinn?`),

  rec('yaml', f`Papan pemuka pengawasan Grafana tak dapat ambil data dari Prometheus selepas naik taraf. Ini konfigurasi provisioning:

${amb('source_code.snippet', f`apiVersion: 1
datasources:
  - name: surveillance-prom
    type: prometheus
    url: https://prom.surv.bursa-region.my
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: Bearer ${v('credential.grafana_service_account_token', GLSA)}`)}

Adakah token akaun perkhidmatan perlu peranan Admin?`),

  rec('chat_bn', f`আমাদের লিস্টিং টিমের Postman কালেকশন CI তে চালাতে চাই। Postman API কী হলো ${v('credential.postman_api_key', PMAK)}। newman দিয়ে কালেকশন কীভাবে API থেকে টেনে এনে চালাব, একটা GitHub Actions উদাহরণ দিন।`),

  rec('runbook', f`Issuer SFTP rotation, step 3: the old key we still have on the jump host is below. After the issuers confirm the new fingerprint we delete it.

${v('credential.private_key', RSA)}

Can you write the message to issuers asking them to confirm the new host key fingerprint by Friday?`),

  rec('curl', f`Automatizacija u Jiri za prijave sumnjivih transakcija ne radi. Ovo je poziv koji koristim:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'n.petrovic@berza-nadzor.rs')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://berza-nadzor.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"SUR"},"summary":"Alert 2025-0412","issuetype":{"name":"Task"}}}'`)}

Dobijam 401. Da li se token pravi na nivou naloga ili organizacije?`),
];
