/**
 * Held-out batch 111: credentials pasted by a fertiliser distributor's credit-control and delivery
 * scheduling team, a speech-therapy and audiology group, a reinsurance broker's cat-modelling desk,
 * a parking-enforcement and towing contractor, a mobile-app agency's DevOps / release team and an
 * adoption and foster-care agency. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const MAPS_KEY = tok('AIza', 'Sy', fill('b111-maps', B64URL, 33));
const TW_SID = tok('AC', fill('b111-twsid', HEX, 32));
const TW_AUTH = fill('b111-twauth', HEX, 32);
const PG_PW_AGRI = 'Kali60%Harnstoff!';
const RABBIT_PW = 'Strooi-2024-Dunger';
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b111-slT', UPPER + DIGITS, 8), '/B07', fill('b111-slB', UPPER + DIGITS, 8), '/', fill('b111-slk', B62, 24));
const TEAMS_HOOK = tok('https://verdaflor.webhook.office.com/webhookb2/', 'a71c3e09-5b2d-4f86-9e14-3c7b0d25e8f1@6e2b91d4-08a7-4c3f-b5e6-1d9a7f40c283/IncomingWebhook/', fill('b111-teams1', HEX, 32), '/', '0c5f7a12-94e3-4d8b-a6c1-7b2e9f35d084/', 'V2', fill('b111-teams2', B64URL, 43));
const SENDGRID = tok('SG.', fill('b111-sg1', B64URL, 22), '.', fill('b111-sg2', B64URL, 43));
const MSSQL_PW = 'Audio#Gram2024';
const TW_SK = tok('SK', fill('b111-twsk', HEX, 32));
const TW_SK_SECRET = fill('b111-twsksec', B62, 32);
const AZ_STORAGE = `${fill('b111-azst', B64, 86)}==`;
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hqzvtmrkelwnbpaodcyx', role: 'service_role', iat: 1722384000, exp: 2037960000 }, 'b111-supajwt');
const SUPA_PAT = tok('sbp_', fill('b111-sbp', HEX, 40));
const MAILGUN = tok('key-', fill('b111-mg', HEX, 32));
const OPENAI = tok('sk-proj-', fill('b111-oai1', B64URL, 74), 'T3BlbkFJ', fill('b111-oai2', B64URL, 74));
const MYSQL_PW = 'Hor2023_cihaz';
const TG_BOT = tok('7318', fill('b111-tgid', DIGITS, 6), ':AA', fill('b111-tg', B64URL, 33));
const AKIA = tok('AKIA', fill('b111-akia', B32, 16));
const AKIA_SECRET = fill('b111-akiasec', B64, 40);
const DATABRICKS = tok('dapi', fill('b111-dapi', HEX, 32));
const SNOW_PW = 'Hurrikan!Ida21';
const AZ_CLIENT_SECRET = tok(fill('b111-azcs1', B62, 3), '8Q~', fill('b111-azcs2', B62 + '_~.-', 34));
const VAULT = tok('hvs.', 'CAESI', fill('b111-hvs', B64URL, 86));
const GLSA = tok('glsa_', fill('b111-glsa1', B62, 32), '_', fill('b111-glsa2', HEX, 8));
const RSA_SFTP = pem('RSA PRIVATE KEY', 'b111-rsasftp', 1190);
const DD_API = fill('b111-ddapi', HEX, 32);
const DD_APP = fill('b111-ddapp', HEX, 40);
const CISCO_USER_PW = 'Tow!Cam-Ops77';
const SNMP_COMM = 'pk3nf0rce-rw';
const HEROKU = tok('HRKU-', 'AA', fill('b111-hrku', B64URL, 58));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'grua-despacho', a: fill('b111-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b111-mbx', B64URL, 22));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b111-rklive', B62, 97));
const PDA_BASIC = b64('pda-import:Odtah2024+Brno');
const PG_PW_TICKETS = 'shtraf_Baza_91';
const DO_TOKEN = tok('dop_v1_', fill('b111-dop', HEX, 64));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248', fill('b111-dwid', DIGITS, 15), '/', fill('b111-dwh', B64URL, 68));
const MATCH_PW = 'pf-Match-Certs-2024!';
const APPLE_ASP = 'qxvb-mhtr-zlkw-pfna';
const ASC_P8 = pem('PRIVATE KEY', 'b111-ascp8', 138);
const PLAY_PEM = pem('PRIVATE KEY', 'b111-playsa', 1218, '\\n');
const PLAY_KEY_ID = fill('b111-playkid', HEX, 40);
const GHP = gh('ghp', 'Tm8Qv3Xr6Lk1Wz9Np4Hc7Ys2Bd5Fj0');
const FCM = tok('AAAA', fill('b111-fcm1', B64URL, 7), ':APA91b', fill('b111-fcm2', B64URL, 134));
const NPM = gh('npm', 'Ke7Rb2Wq9Ty4Mp1Zx6Lc3Vn8Hs5Dg0');
const SENTRY_DSN = tok('https://', fill('b111-sdsn', HEX, 32), '@o4507', fill('b111-sorg', DIGITS, 6), '.ingest.de.sentry.io/4507', fill('b111-sproj', DIGITS, 12));
const SENTRY_TOKEN = tok('sntrys_', b64(JSON.stringify({ iat: 1727100000.1, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'pixelfjord' })).replace(/=+$/, ''), '_', fill('b111-sntrys', B64URL, 43));
const CM_STORE_PW = 'Kala-Kaup-7731';
const CM_KEY_PW = 'Kala-Alias-0482';
const GRADLE_STORE = 'Vilnius_Upload#88';
const GRADLE_KEY = 'Vilnius_Alias#19';
const GLPAT = tok('glpat-', fill('b111-glpat', B62 + '-_', 20));
const CF_TOKEN = fill('b111-cftok', B62 + '_-', 40);
const DCKR = tok('dckr_', 'pat_', fill('b111-dckr', B64URL, 27));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b111-sshkz', 390, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const VERCEL = fill('b111-vercel', B62, 24);
const GRAPH_SECRET = tok(fill('b111-grs1', B62, 3), '8Q~', fill('b111-grs2', B62 + '_~.-', 34));
const EGRESS_PW = 'Cartref-Diogel-19';
const DROPBOX = tok('sl.', 'B', fill('b111-dbx', B64URL, 138));
const NOTION = tok('ntn_', fill('b111-ntn1', DIGITS, 11), fill('b111-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b111-at1', B62, 14), '.', fill('b111-at2', HEX, 64));
const LDAP_PW = 'Hranitelj2024!';
const CASE_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'case-api-1' }, { sub: 'sw-4471', name: 'worker portal', scope: 'cases:read placements:read', iat: 1730198400, exp: 1730284800 }, 'b111-casejwt');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b111-ant', B64URL, 93), 'AA');
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b111-atl', B64URL, 171), '=', fill('b111-atl2', HEX.toUpperCase(), 8));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b111-age', BECH32, 58));
const SQUARE = tok('EAAA', fill('b111-square', B64URL, 60));
const SFTP_PW_BANK = 'Zdobrennia#2024';
const GOCSPX = tok('GOCSPX-', fill('b111-gocspx', B64URL, 28));
const SLACK_BOT = tok('xoxb-', '5820', fill('b111-xoxb1', DIGITS, 8), '-', '7391', fill('b111-xoxb2', DIGITS, 9), '-', fill('b111-xoxb3', B62, 24));
const AZDO = fill('b111-azdo', B32LOWER, 52);
const POSTMAN = tok('PMAK-', fill('b111-pmak1', HEX, 24), '-', fill('b111-pmak2', HEX, 34));
const NRAK = tok('NRAK-', fill('b111-nrak', UPPER + DIGITS, 27));
const BEARER = fill('b111-bearer', B62 + '-._~', 56);

export const BATCH111_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Morning — our delivery-scheduling app stopped sending the "your fertiliser is on the way" texts after Friday's deploy. Here's the .env from the box, can you spot anything obviously wrong?

${cfg(f`# routeplanner/.env.production
NODE_ENV=production
DATABASE_URL=postgres://routeplanner:${v('credential.database_url_password', PG_PW_AGRI)}@db-agri-01.internal:5432/deliveries
GOOGLE_MAPS_API_KEY=${v('credential.google_api_key', MAPS_KEY)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_FROM=${phone('+447468219374')}
DEPOT_TZ=Europe/London`)}

Cheers, Gareth (transport planning, Shrewsbury depot)`),

  rec('docker_compose', f`Kannst du mir sagen, warum der Worker für die Tourenplanung nach dem Neustart keine Verbindung zu RabbitMQ bekommt? Compose-Datei:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tourplan
      POSTGRES_PASSWORD: ${v('credential.password_assignment', PG_PW_AGRI)}
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: dispo
      RABBITMQ_DEFAULT_PASS: ${v('credential.password_assignment', RABBIT_PW)}
  worker:
    build: ./worker
    environment:
      AMQP_URL: amqp://dispo:${v('credential.url_password', RABBIT_PW)}@mq:5672/
    depends_on: [db, mq]`)}

Im Log steht nur "ACCESS_REFUSED - Login was refused".`),

  rec('chat_fr', f`Bonjour, je dois écrire une procédure pour l'équipe recouvrement quand je serai en congé. Pour l'assurance-crédit, on se connecte au portail de l'assureur avec l'identifiant VERDA-FR-0192 et le mot de passe ${v('credential.password_in_prose', 'Engrais&Credit2024')} — tu peux rédiger la procédure en 5 étapes sans recopier le mot de passe dans le document final ?`),

  rec('shell_pl', f`Skrypt wysyła powiadomienie o przeterminowanych fakturach na Slacka, ale od wczoraj dostaję "invalid_payload". Wołam to tak:

${cfg(f`curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"Klient ROLMEX sp. z o.o. – 3 faktury po terminie, razem 41 820,00 zł"}' \\
  ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

Czy chodzi o polskie znaki?`),

  rec('code_powershell_nl', f`Dit script moet elke ochtend om 6 uur de geplande leveringen naar het Teams-kanaal van de chauffeurs sturen. Waarom krijg ik een 400?

\`\`\`powershell
${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$ritten = Import-Csv -Path "\\\\fs01\\planning\\ritten_vandaag.csv" -Delimiter ';'
$tekst = ($ritten | ForEach-Object { "$($_.Kenteken) – $($_.Klant) – $($_.Tonnage) t" }) -join "<br>"
$body = @{ text = "Leveringen vandaag:<br>$tekst" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json'`)}
\`\`\``),

  rec('chat_uk', f`Привіт! Банк змінив SFTP для файлів платежів (реєстри від аграрних клієнтів). Старі дані доступу:
сервер: sftp.bank-agro.ua
логін: verdaflor_ar
пароль: ${v('credential.user_password_pair', SFTP_PW_BANK)}
Напиши, будь ласка, листа банку з проханням видати нові облікові дані на нового співробітника.`),

  rec('code_js_es', f`Hola, las cartas de cobranza ya no salen desde el servidor de Monterrey. Este es el módulo, ¿qué está mal?

${code(f`// cobranza/enviarRecordatorio.js
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function enviarRecordatorio(cliente, facturas) {
  const total = facturas.reduce((s, f) => s + f.saldo, 0);
  await sgMail.send({
    to: cliente.correo,
    from: '${v('pii.email', 'cobranza@verdaflor.mx')}',
    subject: \`Recordatorio de pago – \${facturas.length} factura(s) vencida(s)\`,
    text: \`Estimado cliente, su saldo vencido es de $\${total.toFixed(2)} MXN.\`,
  });
}
module.exports = { enviarRecordatorio };`)}`),

  rec('json_config_sv', f`Vår synkningstjänst för audiometrarna (den som hämtar audiogram från klinikerna) kraschar vid start. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Audiogram": "Server=${ip('10.40.12.7')},1433;Database=HorselDB;User Id=sync_svc;Password=${v('credential.connection_string_password', MSSQL_PW)};TrustServerCertificate=True"
  },
  "Sync": { "IntervalMinutes": 15, "Clinics": ["Malmö", "Lund", "Helsingborg"] }
}`)}

Felet är "Login failed for user 'sync_svc'". Behöver jag escapa #-tecknet?`),

  rec('chat_no', f`Hei! Vi bruker Twilio Video for logopedtimer på nett. Utvikleren sluttet, og jeg fant dette i notatene hans:
API Key SID: ${v('credential.twilio_api_key', TW_SK)}
API Key Secret: ${v('credential.twilio_auth_token', TW_SK_SECRET)}
Kan du forklare forskjellen på API-nøkkel og auth token, og om vi bør lage en ny nøkkel nå som han har sluttet?`),

  rec('chat_ja', f`聴力検査のPDFをAzure Blobに保存するバッチがエラーになります。接続文字列はこれです：

${cfg(f`DefaultEndpointsProtocol=https;AccountName=choryokukensa;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

エラーは「AuthorizationPermissionMismatch」です。キーが間違っているのか、ロールの問題なのか教えてください。`),

  rec('env_ko', f`언어치료 예약 앱에서 관리자 화면만 403이 납니다. 서버 쪽 환경변수 보여드릴게요:

${cfg(f`SUPABASE_URL=https://hqzvtmrkelwnbpaodcyx.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPA_PAT)}
NEXT_PUBLIC_CLINIC_NAME=말소리언어치료센터`)}

RLS 정책 문제일까요?`),

  rec('chat_he', f`שלום, אנחנו שולחים תזכורות לתורים לבדיקות שמיעה דרך Mailgun. מאז אתמול כל השליחות נכשלות עם 401.
המפתח שמוגדר בשרת: ${v('credential.mailgun_api_key', MAILGUN)}
הדומיין: mg.shmia-clinic.co.il
תוכל לעזור לי לבדוק אם זה המפתח הנכון או שצריך Sending Key?`),

  rec('chat_fi', f`Moi! Haluaisin litteroida puheterapiakäyntien äänitteet automaattisesti (vain sisäiseen käyttöön). Kokeilin Whisperiä näin:

${code(f`from openai import OpenAI
client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
with open("kaynti_0412.m4a", "rb") as f:
    teksti = client.audio.transcriptions.create(model="whisper-1", file=f, language="fi")
print(teksti.text)`)}

Toimiiko tämä pitkille (yli 25 Mt) tiedostoille?`),

  rec('shell_tr', f`İşitme cihazı ayar yazılımının veritabanına bağlanamıyorum, terminalde şunu yazıyorum:

${cfg(f`$ mysql -h ${ip('192.168.20.14')} -u fitting -p${v('credential.mysql_cli_password', MYSQL_PW)} fitting_db
ERROR 1045 (28000): Access denied for user 'fitting'@'${ip('192.168.20.51')}' (using password: YES)`)}

Kullanıcıya hangi host için yetki vermem gerekiyor?`),

  rec('chat_ar', f`مرحبا، عندنا بوت تيليجرام يرسل للمرضى تذكير بمواعيد جلسات النطق. البوت توقف عن الرد.
التوكن المستخدم: ${v('credential.telegram_bot_token', TG_BOT)}
هل ممكن أحد سحب التوكن؟ كيف أعمل revoke وأطلع توكن جديد من BotFather؟`),

  rec('notebook', f`Notebook for the Q3 wind-storm event-loss tables keeps failing on the S3 read. First cells:

${code(f`import boto3, pandas as pd
s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AKIA)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AKIA_SECRET)}",
    region_name="eu-west-2",
)
obj = s3.get_object(Bucket="catdesk-elt", Key="2024Q3/windstorm_eu/elt_v23.parquet")
elt = pd.read_parquet(obj["Body"])
elt.groupby("event_id")["loss"].sum().describe()`)}

NoSuchKey, but the file is definitely there. Is the region wrong?`),

  rec('ini_de_ch', f`Grüezi, im Jupyter-Server vom Kat-Modelling-Team zeigt der Databricks-Connector immer "invalid access token". Datei ~/.databrickscfg:

${cfg(f`[DEFAULT]
host = https://adb-5820371946183027.7.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}
cluster_id = 0918-104417-natcat42`)}

Muss ich den Token neu erzeugen oder liegt es am Cluster?`),

  rec('code_python_fr', f`Le script qui charge les pertes modélisées (ouragans Atlantique Nord) dans Snowflake plante :

${code(f`import snowflake.connector

conn = snowflake.connector.connect(
    account="halvardre-eu",
    user="CAT_LOADER",
    password="${v('credential.password_assignment', SNOW_PW)}",
    warehouse="CAT_WH",
    database="CATMOD",
    schema="NA_HU",
)
cur = conn.cursor()
cur.execute("PUT file://out/ylt_na_hu_2024.csv @ylt_stage AUTO_COMPRESS=TRUE")`)}

Erreur : 250001 Could not connect to Snowflake backend. C'est le proxy ?`),

  rec('chat_it', f`Ciao, per far girare il modello catastrofale sul cloud abbiamo registrato un'app su Entra ID. Il collega mi ha passato:
tenant: 3b8e1f47-2c90-4d5a-86e1-f07c3a9b2d14
client_id: 9c4d27e1-6a83-4f05-b2d9-81e6c3f0a475
client_secret: ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}
Mi scrivi lo snippet Python con azure-identity per ottenere un token per lo storage? Il segreto scade a marzo.`),

  rec('shell_zh', f`巨灾模型的结果要从 Vault 里取数据库密码，我在跳板机上这样试的：

${cfg(f`$ export VAULT_ADDR=https://vault.catdesk.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/catmod/sqlserver
Error reading secret/data/catmod/sqlserver: Code: 403. Errors:
* permission denied`)}

是不是 token 的 policy 不对？怎么查看这个 token 有哪些 policy？`),

  rec('chat_es', f`Hola, estoy montando los paneles de Grafana con las pérdidas por evento (terremoto Chile, huracanes Caribe) para los clientes cedentes. Para la API uso esta cuenta de servicio: ${v('credential.grafana_service_account_token', GLSA)}
¿Cómo la uso en Python para crear las carpetas por cliente automáticamente?`),

  rec('chat_en_au', f`G'day — the cedant in Brisbane wants us to push the bushfire accumulation files to their SFTP with key auth. They gave us this key over email (I know, I know). Can you tell me the right permissions and the ~/.ssh/config block for it?

${v('credential.private_key', RSA_SFTP)}

Host is sftp.cedant-qld.com.au, user halvard_cat.`),

  rec('chat_da', f`Hej, vi vil have alarmer i Datadog når modelkørslerne på cat-clusteret tager over 6 timer. Jeg har nøglerne her:
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_APP_KEY=${v('credential.datadog_app_key', DD_APP)}
Kan du skrive et monitor-JSON til mig og forklare, hvor de to nøgler skal bruges?`),

  rec('network_config', f`Our ANPR camera site router keeps dropping the LTE backhaul. Running config (trimmed):

${cfg(f`hostname ANPR-LOT7-RTR
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b111-ensalt', B62, 14), '$', fill('b111-enhash', B62 + './', 43)))}
username camops privilege 15 password 0 ${v('credential.network_device_secret', CISCO_USER_PW)}
!
interface Cellular0/1/0
 ip address negotiated
 dialer in-band
!
interface Vlan10
 description ANPR cameras lot 7
 ip address ${ip('172.20.7.1')} ${ip('255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', SNMP_COMM)} RW
ip route ${ip('0.0.0.0')} ${ip('0.0.0.0')} Cellular0/1/0
ntp server ${ip('172.20.0.10')}`)}

Any idea why the dialer drops every ~40 min?`),

  rec('chat_es_ar', f`Che, la app de la playa de acarreo (la que usan los choferes de las grúas) no deploya más a Heroku desde la compu nueva. Tengo esto en el .netrc:

${cfg(f`machine api.heroku.com
  login ${v('pii.email', 'sistemas@gruasdelsur.com.ar')}
  password ${v('credential.heroku_api_key', HEROKU)}`)}

¿Está bien así o tengo que loguearme de nuevo con heroku login?`),

  rec('code_ts_pt_br', f`Oi! O mapa do despacho de guinchos não carrega os estilos privados. O componente:

${code(f`import mapboxgl from 'mapbox-gl';

// token secreto pra baixar o estilo privado das zonas de reboque
const MAPBOX_SECRET = '${v('credential.mapbox_secret_token', MAPBOX)}';

export async function carregarZonas(map: mapboxgl.Map) {
  const res = await fetch(\`https://api.mapbox.com/styles/v1/guinchosp/zonas-reboque?access_token=\${MAPBOX_SECRET}\`);
  if (!res.ok) throw new Error(\`estilo: \${res.status}\`);
  map.setStyle(await res.json());
}`)}

Dá 401 só em produção. Alguma ideia?`),

  rec('chat_ro', f`Salut, la automatele de plată pentru amenzi de parcare folosim Stripe. Colegul a pus în configurare o cheie restricționată: ${v('credential.stripe_restricted_key', RK_LIVE)}
Refund-urile nu merg („permission denied”). Ce permisiuni trebuie să aibă cheia pentru refund?`),

  rec('curl_cs', f`Import přestupků z ručních terminálů (PDA) na server padá. Volám to takhle:

${cfg(f`curl -X POST https://prestupky.odtahbrno.cz/api/v2/import \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', PDA_BASIC)}" \\
  -H "Content-Type: application/json" \\
  -d @davka_2024-10-14.json`)}

Vrací to 413. Je problém ve velikosti dávky?`),

  rec('code_go_ru', f`Сервис штрафов за парковку (Go) не может подключиться к базе после переезда. Кусок кода:

${code(f`package store

import (
	"database/sql"
	_ "github.com/lib/pq"
)

const dsn = "postgres://fines_app:${v('credential.database_url_password', PG_PW_TICKETS)}@${ip('10.12.4.20')}:5432/parking_fines?sslmode=require"

func Open() (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	return db, db.Ping()
}`)}

Ошибка: "pq: SSL is not enabled on the server". Как правильно?`),

  rec('terraform_el', f`Γεια, θέλω να στήσω με Terraform τον server για την εφαρμογή των γερανών (ρυμουλκήσεις). Το provider block:

${cfg(f`terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "tow_api" {
  name   = "tow-api-fra1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Είναι σωστό να βάζω το token εδώ; Πώς το περνάω με μεταβλητή;`),

  rec('chat_tl', f`Hi po! Yung Discord namin para sa mga tow truck driver, may bot na nagpo-post ng bagong towing job. Ito yung webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
Paano ko po gagawin na may @here kapag priority (halimbawa, naka-block sa fire lane)? Salamat!`),

  rec('env_en_in', f`Hi, our iOS release lane fails at match with "Couldn't decrypt the repo". Sharing the CI env (Bitrise secrets exported to a file):

${cfg(f`MATCH_GIT_URL=${amb('pii.email', 'git@github.com')}:pixelfjord/ios-certificates.git
MATCH_PASSWORD=${v('credential.password_assignment', MATCH_PW)}
FASTLANE_USER=${v('pii.email', 'release@pixelfjord.io')}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${v('credential.password_assignment', APPLE_ASP)}
APP_STORE_CONNECT_API_KEY_ID=7QK2M9XW4D
APP_STORE_CONNECT_ISSUER_ID=69a6de7e-2f4c-47e3-e053-5b8c7c11a4d1
APP_STORE_CONNECT_API_KEY_CONTENT="${v('credential.private_key', ASC_P8)}"`)}

Kindly check what is wrong, release is due today evening.`),

  rec('json_key', f`Play Console upload from the pipeline says "The caller does not have permission". This is the service account key we use in the supply step:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "pixelfjord-play-publish",
  "private_key_id": "${PLAY_KEY_ID}",
  "private_key": "${v('credential.private_key', PLAY_PEM)}\\n",
  "client_email": "${amb('pii.email', 'play-uploader@pixelfjord-play-publish.iam.gserviceaccount.com')}",
  "client_id": "108274619305518274630",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'play-uploader%40pixelfjord-play-publish.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Does the account need to be invited in Play Console as well as in GCP?`),

  rec('chat_vi', f`Chào bạn, mình clone repo của khách hàng (app giao đồ ăn) bằng URL có token như này nhưng bị lỗi 403:
${cfg(f`git clone https://pixelfjord-bot:${v('credential.github_pat', GHP)}@github.com/client-foodnow/android-app.git`)}
Token này là classic PAT, đã chọn scope repo rồi. Có phải do tổ chức bật SSO không?`),

  rec('code_kotlin_id', f`Halo, push notification ke aplikasi Android klien kami tidak terkirim lagi. Ini kode di backend lama (Kotlin, Ktor):

${code(f`object PushSender {
    private const val FCM_SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"

    suspend fun kirim(tokenPerangkat: String, judul: String, isi: String) {
        client.post("https://fcm.googleapis.com/fcm/send") {
            header(HttpHeaders.Authorization, "key=\$FCM_SERVER_KEY")
            contentType(ContentType.Application.Json)
            setBody(mapOf("to" to tokenPerangkat, "notification" to mapOf("title" to judul, "body" to isi)))
        }
    }
}`)}

Apakah legacy API sudah dimatikan? Bagaimana migrasi ke HTTP v1?`),

  rec('npmrc_th', f`สวัสดีครับ CI ของแอป React Native ดึงแพ็กเกจ private ของบริษัทไม่ได้ ได้ 401 ตลอด ไฟล์ .npmrc ในโปรเจกต์เป็นแบบนี้:

${cfg(f`@pixelfjord:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

ควรย้าย token ไปไว้ที่ไหนดีครับ`),

  rec('properties_pt', f`Olá, o upload dos símbolos de debug para o Sentry falha na build de release do iOS. Ficheiro sentry.properties:

${cfg(f`defaults.url=https://de.sentry.io/
defaults.org=pixelfjord
defaults.project=cliente-farmacia-ios
auth.token=${v('credential.sentry_auth_token', SENTRY_TOKEN)}`)}

E no AppDelegate temos o DSN ${v('credential.sentry_dsn', SENTRY_DSN)} — isto também é secreto ou pode ficar no código?`),

  rec('ci_yaml_et', f`Tere! Codemagicu Androidi release-töövoog ei suuda APK-d allkirjastada. codemagic.yaml:

${cfg(f`workflows:
  android-release:
    name: Android release
    environment:
      vars:
        CM_KEYSTORE_PATH: /tmp/upload.jks
        CM_KEYSTORE_PASSWORD: ${v('credential.password_assignment', CM_STORE_PW)}
        CM_KEY_ALIAS: upload
        CM_KEY_PASSWORD: ${v('credential.password_assignment', CM_KEY_PW)}
    scripts:
      - name: Build AAB
        script: ./gradlew bundleRelease`)}

Viga: "Keystore was tampered with, or password was incorrect". Kas paroolid peaksid olema hoopis groupis?`),

  rec('gradle_lt', f`Sveiki, po keystore pakeitimo Android release build'as lūžta. gradle.properties:

${cfg(f`org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/upload-2024.jks
RELEASE_STORE_PASSWORD=${v('credential.password_assignment', GRADLE_STORE)}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${v('credential.password_assignment', GRADLE_KEY)}`)}

Ar galima šiuos slaptažodžius laikyti ~/.gradle kataloge, kad jie nepatektų į git?`),

  rec('ci_yaml_lv', f`Sveiki! GitLab CI neizdodas publicēt klienta bibliotēku mūsu paketes reģistrā. .gitlab-ci.yml fragments:

${cfg(f`publish:
  stage: release
  image: gradle:8.10-jdk17
  variables:
    GITLAB_PUBLISH_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"
  script:
    - gradle publish -PgitLabPrivateToken=$GITLAB_PUBLISH_TOKEN
  only:
    - tags`)}

Vai man jāizmanto CI_JOB_TOKEN vietā?`),

  rec('chat_ka', f`გამარჯობა! კლიენტის აპის დომენის DNS-ს Cloudflare-ში ვცვლით სკრიპტით. ტოკენი: ${v('credential.cloudflare_api_token', CF_TOKEN)}
სკრიპტი 403-ს აბრუნებს "Authentication error". რა უფლებები უნდა ჰქონდეს ტოკენს DNS ჩანაწერების შესაცვლელად?`),

  rec('shell_hy', f`Բարև, CI-ում docker login-ը չի աշխատում, ահա հրամանը՝

${cfg(f`echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u pixelfjordci --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`)}

Կարո՞ղ է token-ը read-only լինի։`),

  rec('chat_kk', f`Сәлем! Клиенттің staging серверіне deploy жасау үшін SSH кілтін GitHub Actions secrets-ке салу керек. Кілт мынау:

${v('credential.openssh_private_key', SSH_KEY)}

Workflow-та оны қалай дұрыс қолдану керек? Қазақша түсіндіріп бере аласыз ба?`),

  rec('chat_az', f`Salam, müştərinin landing səhifəsini Vercel-ə CLI ilə deploy edirik: ${cfg(f`vercel deploy --prod --token ${v('credential.vercel_token', VERCEL)}`)}
Bu əmri CI loguna yazılır. Tokeni loglarda gizlətmək üçün nə edim?`),

  rec('code_csharp_en_gb', f`The overnight job that pulls foster-carer training records from SharePoint into our case system has started failing with AADSTS7000215. Relevant bit:

${code(f`var credential = new ClientSecretCredential(
    tenantId: "5f3a9c21-7e48-4b06-9d13-a2c8e7f14b90",
    clientId: "e1b7d406-3c95-4a28-8f71-0d6c29e5b3a4",
    clientSecret: "${v('credential.azure_client_secret', GRAPH_SECRET)}");

var graph = new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
var items = await graph.Sites["harbourlights.sharepoint.com:/sites/FosteringTraining"]
    .Lists["Completions"].Items.GetAsync(r => r.QueryParameters.Expand = new[] { "fields" });`)}

Does "invalid client secret" mean it's expired or that someone copied the secret ID instead of the value?`),

  rec('chat_cy', f`Helô, dw i angen ysgrifennu canllaw i weithwyr cymdeithasol newydd ar sut i anfon adroddiadau Ffurflen F yn ddiogel. Ar hyn o bryd mae pawb yn defnyddio'r un cyfrif ar y porth e-bost diogel, a'r cyfrinair yw ${v('credential.password_in_prose', EGRESS_PW)}. Allwch chi ysgrifennu'r canllaw yn Gymraeg ac awgrymu pam na ddylem rannu un cyfrif?`),

  rec('chat_af', f`Hallo, ons skandeer die plasingsdokumente van pleegouers na Dropbox met 'n klein Python-skrip. Dit het gister nog gewerk, vandag kry ek "expired_access_token". Die token in die skrip is ${v('credential.dropbox_access_token', DROPBOX)}
Hoe stel ek 'n refresh token op sodat dit nie elke 4 uur verval nie?`),

  rec('chat_sw', f`Habari, tunatumia Notion kufuatilia usajili wa walezi wa kambo (foster carers). Nimetengeneza integration na tokeni ni ${v('credential.notion_token', NOTION)}
Naomba msimbo wa Python wa kuongeza mstari mpya kwenye database kila fomu inapojazwa.`),

  rec('chat_en_nz', f`Kia ora! Our whānau placement team keeps its recruitment pipeline in Airtable. I'm wiring it to our website form with this personal access token: ${v('credential.airtable_pat', AIRTABLE)}
Can you give me a minimal fetch() call to create a record in the "Enquiries" table? Ngā mihi.`),

  rec('yaml_sr', f`Здраво, апликација за евиденцију хранитељских породица не може да се пријави на LDAP после промене лозинке сервисног налога. application.yml:

${cfg(f`spring:
  ldap:
    urls: ldaps://dc01.hraniteljstvo.local:636
    base: dc=hraniteljstvo,dc=local
    username: cn=svc-evidencija,ou=Servisi,dc=hraniteljstvo,dc=local
    password: ${v('credential.password_assignment', LDAP_PW)}
server:
  port: 8443`)}

Грешка је "LDAP: error code 49 - 80090308". Шта значи data 52e?`),

  rec('http_bn', f`নমস্কার, কেস ম্যানেজমেন্ট API থেকে প্লেসমেন্ট তালিকা আনতে গেলে 401 আসছে। আমার অনুরোধটা এরকম:

${cfg(f`GET /api/v3/placements?status=active HTTP/1.1
Host: cases.harbourlights.org.uk
Authorization: Bearer ${v('credential.jwt', CASE_JWT)}
Accept: application/json`)}

টোকেনের মেয়াদ কি শেষ হয়ে গেছে? কীভাবে বুঝব?`),

  rec('code_python_ta', f`வணக்கம், வளர்ப்பு பராமரிப்பு வழக்கு குறிப்புகளை சுருக்கமாக்க ஒரு சிறிய ஸ்கிரிப்ட் எழுதினேன். ஏன் "authentication_error" வருகிறது?

${code(f`import anthropic

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def summarise(note: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise for the panel, no names:\\n{note}"}],
    )
    return msg.content[0].text`)}`),

  rec('chat_hu', f`Szia! A Jira-ban vezetjük az örökbefogadási ügyek belső feladatait, és automatizálnám a heti riportot. Az API tokenem: ${v('credential.atlassian_api_token', ATLASSIAN)}
Felhasználó: ${v('pii.email', 'kovacs.reka@harbourlights.hu')}
Írnál egy Python scriptet, ami kilistázza a lejárt határidejű feladatokat?`),

  rec('chat_sk', f`Ahoj, šifrujeme zálohy spisov náhradných rodín pomocou age. Súkromný kľúč máme zatiaľ v textovom súbore na NAS:
${v('credential.age_secret_key', AGE)}
Kde by mal byť uložený lepšie? Potrebujem návrh postupu pre obnovu zálohy, ak kolega s kľúčom ochorie.`),

  rec('chat_yo', f`Ẹ n lẹ́ o! A ń gba owó ìtọrẹ fún ètò àwọn ọmọ tí a ń tọ́jú (foster) nípasẹ̀ Square. Mo fẹ́ kọ script tí yóò fa àkójọ àwọn ìsanwó lójoojúmọ́. Access token wa ni ${v('credential.square_access_token', SQUARE)}
Jọ̀wọ́ fi bí mo ṣe lè lò ó pẹ̀lú Python hàn mí.`),

  rec('chat_ur', f`السلام علیکم، ہمارے کھاد ڈسٹری بیوٹر کے ڈیلیوری ایپ میں گوگل لاگ اِن کام نہیں کر رہا۔ OAuth client secret یہ ہے: ${v('credential.google_oauth_client_secret', GOCSPX)}
redirect_uri_mismatch کی غلطی آ رہی ہے۔ کیا مسئلہ ہو سکتا ہے؟`),

  rec('code_python_en_ie', f`Bot that posts the daily overdue-accounts digest to #credit-control is posting twice. What am I missing?

${code(f`import os, schedule, time
from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def digest():
    rows = fetch_overdue(days=30)
    lines = [f"{r.account} – €{r.balance:,.2f} ({r.days}d)" for r in rows]
    client.chat_postMessage(channel="#credit-control", text="\\n".join(lines) or "Nothing overdue 🎉")

schedule.every().day.at("08:30").do(digest)
while True:
    schedule.run_pending()
    time.sleep(30)`)}`),

  rec('chat_en_za', f`Howzit. The tow-fleet telematics integration team wants read access to our Azure DevOps repo. I made a PAT for them: ${v('credential.azure_devops_pat', AZDO)} (Code: Read, 30 days). Is it better to add them as stakeholders instead? Draft me a short reply to their lead.`),

  rec('chat_en_us', f`Need a quick sanity check. I'm sharing the reinsurance submission API collection with the cedant's IT, and my Postman API key is ${v('credential.postman_api_key', POSTMAN)}. Does sharing the collection expose the key? Also our New Relic ingest key ${v('credential.newrelic_key', NRAK)} is in the collection variables — should I strip it first?`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਟੋਇੰਗ ਯਾਰਡ ਦੇ ਗੇਟ ਵਾਲਾ ਸਿਸਟਮ ਸਾਡੇ API ਨੂੰ ਇਸ ਹੈਡਰ ਨਾਲ ਕਾਲ ਕਰਦਾ ਹੈ:
Authorization: Bearer ${v('credential.bearer_token', BEARER)}
ਕੀ ਇਹ ਟੋਕਨ ਕਦੇ ਖਤਮ ਹੁੰਦਾ ਹੈ? ਮੈਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਸਮਝਾਓ ਕਿ ਇਸਨੂੰ ਕਿਵੇਂ ਰੋਟੇਟ ਕਰਨਾ ਹੈ।`),

  rec('chat_ml', f`നമസ്കാരം, ഓഡിയോളജി ക്ലിനിക്കിന്റെ റിസപ്ഷൻ ടാബ്‌ലെറ്റിൽ നിന്ന് രോഗികളുടെ ഫോൺ കോൾ ബാക്ക് ലിസ്റ്റ് ഓഫീസ് പ്രിന്ററിലേക്ക് അയക്കാൻ FTP ഉപയോഗിക്കുന്നു: ftp://reception:${v('credential.url_password', 'Kelvi@2024')}@printhub.local/queue/
ഇത് സുരക്ഷിതമാണോ? SFTP-യിലേക്ക് മാറ്റാൻ എന്ത് ചെയ്യണം?`),

  rec('chat_mr', f`नमस्कार, आमच्या स्पीच थेरपी क्लिनिकच्या बिलिंग सर्व्हरवर बॅकअप स्क्रिप्ट चालवताना पासवर्ड कमांडमध्येच दिसतो:
${cfg(f`pg_dump "host=billing-db port=5432 dbname=therapy user=backup password=${v('credential.connection_string_password', 'Vaani#Backup22')}" > /backup/therapy_$(date +%F).sql`)}
हे .pgpass मध्ये कसे हलवायचे ते मराठीत सांगा.`),
];
