/**
 * Held-out batch 78: credentials pasted by a cruise line's hotel operations, a dialysis network, a
 * commodity trading desk, a mobile game studio, a union's membership office and a geothermal
 * plant — configs, CI files, shells, code and prose in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const OHIP_SECRET = fill('b78-ohip', B62 + '-_', 36);
const TW_SID = tok('AC', fill('b78-twsid', HEX, 32));
const TW_AUTH = fill('b78-twauth', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b78-slt', UPPER + DIGITS, 8), '/B07', fill('b78-slb', UPPER + DIGITS, 8), '/', fill('b78-slh', B62, 24));
const AKIA = tok('AKIA', fill('b78-akia', B32, 16));
const AKIA_SECRET = fill('b78-akiasec', B64, 40);
const SG_KEY = tok('SG.', fill('b78-sg1', B64URL, 22), '.', fill('b78-sg2', B64URL, 43));
const AZ_STORAGE = tok(fill('b78-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b78-azc0', B62, 3), '8Q~', fill('b78-azc1', B62 + '~._-', 34));
const TG_BOT = tok('7', fill('b78-tgid', DIGITS, 9), ':AA', fill('b78-tg', B64URL, 33));
const DAPI = tok('dapi', fill('b78-dapi', HEX, 32));
const OPENAI = tok('sk-proj-', fill('b78-oa1', B64URL, 74), 'T3BlbkFJ', fill('b78-oa2', B64URL, 74));
const GH_FINE = tok('github_pat_', '11', fill('b78-ghf1', UPPER + DIGITS, 20), '_', fill('b78-ghf2', B62, 59));
const SENTRY_DSN = tok('https://', fill('b78-sdsn', HEX, 32), '@o4507', fill('b78-sorg', DIGITS, 10), '.ingest.de.sentry.io/45', fill('b78-sprj', DIGITS, 14));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b78-stripe', B62, 97));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b78-ant', B64URL, 93), 'AA');
const HF = tok('hf_', fill('b78-hf', LOWER + UPPER, 34));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1247', fill('b78-dwid', DIGITS, 15), '/', fill('b78-dwh', B64URL, 68));
const DD_API = fill('b78-ddapi', HEX, 32);
const DD_APP = fill('b78-ddapp', HEX, 40);
const NPM = gh('npm', 'Lq7Vb2Xn9Rt4Mw8Kc1Hs6Zd3Pf5Gy0');
const MAILCHIMP = tok(fill('b78-mc', HEX, 32), '-us14');
const GOCARDLESS = tok('live_', fill('b78-gcl', B64URL, 40));
const BREVO = tok('xkeysib-', fill('b78-brv1', HEX, 64), '-', fill('b78-brv2', B62, 16));
const GOCSPX = tok('GOCSPX-', fill('b78-gocspx', B64URL, 28));
const GLSA = tok('glsa_', fill('b78-glsa1', B62, 32), '_', fill('b78-glsa2', HEX, 8));
const VAULT = tok('hvs.', 'CAESI', fill('b78-hvs', B64URL, 86));
const GLPAT = tok('glpat-', fill('b78-glpat', B64URL, 20));
const ADO_PAT = fill('b78-ado', B32LOWER, 52);
const OKTA = tok('00', fill('b78-okta', B64URL, 40));
const SLACK_BOT = tok('xoxb-', '2749', fill('b78-xb1', DIGITS, 7), '-', '7391', fill('b78-xb2', DIGITS, 9), '-', fill('b78-xb3', B62, 24));
const POSTMAN = tok('PMAK-', fill('b78-pm1', HEX, 24), '-', fill('b78-pm2', HEX, 34));
const DO_TOKEN = tok('dop_v1_', fill('b78-do', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b78-atl', B64URL, 171), '=', fill('b78-atl2', HEX.toUpperCase(), 8));
const MAILGUN = tok('key-', fill('b78-mg', HEX, 32));
const YA29 = tok('ya29.', 'a0AcM612', fill('b78-ya29', B64URL, 170));
const ASIA = tok('ASIA', fill('b78-asia', B32, 16));
const ASIA_SECRET = fill('b78-asiasec', B64, 40);
const AWS_SESSION = tok('IQoJb3JpZ2luX2Vj', 'EJr', fill('b78-sess', B64, 320));
const LINEAR = tok('lin_api_', fill('b78-lin', B62, 40));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b78-gkey', B64URL, 33));
const CF_TOKEN = fill('b78-cft', B64URL, 40);
const SHOPIFY = tok('shpat_', fill('b78-shpat', HEX, 32));
const GHP = gh('ghp', 'Tz4Kx8Nv2Qm6Rb1Ws5Jc9Hd3Ly7Fp0');
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hkwzmqtrplxvbnfdacgy', role: 'service_role', iat: 1727841120, exp: 2043417120 }, 'b78-supa');
const JWT_PORTAL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'np-2024-09' }, { sub: 'pt-40918', scope: 'schedule:read labs:read', iss: 'https://id.ravelarenal.com', exp: 1730462400 }, 'b78-portal');
const SA_PEM = pem('PRIVATE KEY', 'b78-sa', 1216).replace(/\n/g, '\\n') + '\\n';
const P8 = pem('PRIVATE KEY', 'b78-p8', 138);
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b78-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b78-rsa', 1190);
const EC_KEY = pem('EC PRIVATE KEY', 'b78-ec', 121);
const PI_BASIC = b64('svc_pihist:Geysir#Hola2291');
const DOCKER_AUTH = b64('aurelia-ci:Vanilla_Nosy_Be_77');
const APPLOVIN_REPORT = fill('b78-alrep', B64URL, 86);
const ADJUST_TOKEN = fill('b78-adj', B62 + '-_', 20);

export const BATCH78_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Morning — the OHIP interface on Aurelia Star keeps dropping folio postings after the 03:00 night audit. Here's the .env from the interface box, anything obviously wrong?

${cfg(f`# /opt/folio-bridge/.env  (MS Aurelia Star, hotel ops)
PMS_PROPERTY=AUST
OHIP_BASE_URL=https://ohip-eu.aureliaseaways.com
OHIP_CLIENT_ID=folio_bridge_aust
OHIP_CLIENT_SECRET=${v('credential.generic_secret_assignment', OHIP_SECRET)}
OHIP_APP_KEY=5b7e1d20-93c4-4f8a-b6e2-0a9d3c71f458
FOLIO_DB_URL=postgresql://folio_rw:${v('credential.database_url_password', 'Mistral-Deck9!')}@${amb('pii.ip_address', '10.62.4.17')}:5432/folios
NIGHT_AUDIT_CRON=0 3 * * *
RETRY_MAX=3`)}

The posting errors start right after the cron.`),

  rec('code_python', f`Kuya, pa-check naman itong script ko para sa crew roster SMS. Nagre-reply ang Twilio ng 20003 kapag tumatakbo sa barko pero ok sa laptop ko.

${code(f`from twilio.rest import Client
import csv

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_AUTH)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

with open("roster_week41.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        client.messages.create(
            to=row["mobile"],
            from_="AURELIA",
            body=f"Hi {row['first_name']}, your shift on deck {row['deck']} starts {row['start']}.",
        )`)}

Salamat po!`),

  rec('chat_es_pe', f`Hola, necesito que me ayudes a redactar un correo para la agencia portuaria del Callao. Les tengo que dar acceso temporal al portal de manifiestos de tripulación: el usuario es "agencia.callao" y la contraseña provisional es ${v('credential.password_in_prose', 'Chalaco#Muelle2024')}, que vence el viernes. Que suene formal pero amable, por favor.`),

  rec('router_config', f`Kan du forklare hvorfor crew-WiFi på Aurelia Tide ikke slipper gjennom etter at vi byttet VSAT-ruter? Utdrag fra running-config:

${cfg(f`hostname AT-VSAT-GW01
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b78-c9s', B64URL.replace(/[-_]/g, '') + './', 14), '$', fill('b78-c9h', B64URL.replace(/[-_]/g, '') + './', 43)))}
username noc-bergen privilege 15 password 0 ${v('credential.network_device_secret', 'Fjordlys_2024!')}
!
interface GigabitEthernet0/1
 description CREW-WIFI
 ip address ${amb('pii.ip_address', '172.20.40.1')} ${amb('pii.ip_address', '255.255.252.0')}
 ip nat inside
!
ip access-list extended CREW-OUT
 permit tcp ${amb('pii.ip_address', '172.20.40.0')} ${amb('pii.ip_address', '0.0.3.255')} any eq 443
 deny   ip any any log`)}

Mannskapet får IP, men ingen trafikk ut.`, 'Cisco type 9 hash: a password hash (ambiguous); the type 0 password is plain text'),

  rec('shell', f`small thing: the nightly folio export posts to #hotel-ops but the message comes through empty. Script below:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SHIP="\${1:-AUST}"
OUT="/var/exports/folio_\${SHIP}_$(date +%F).csv"
psql -At -F',' -c "select folio_no, cabin, balance from folios where ship='\${SHIP}' and status='OPEN'" > "$OUT"
COUNT=$(wc -l < "$OUT")
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\": \\"Open folios on \${SHIP}: \${COUNT}\\"}" \\
  ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}`),

  rec('aws_credentials', f`Ciao, devo archiviare i PDF dei conti di bordo su S3 ma il comando aws s3 sync mi dà "SignatureDoesNotMatch". Questo è il mio file credentials:

${cfg(f`[default]
region = eu-south-1

[folio-archive]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-south-1`)}

Uso --profile folio-archive. Può essere un problema di orario sul server di bordo?`),

  rec('mirth_config', f`Servus! Unser Mirth-Connect-Kanal für die Dialyseprotokolle aus Wien-Floridsdorf startet nicht mehr. Auszug aus mirth.properties:

${cfg(f`database = postgres
database.url = jdbc:postgresql://mirth-db.ravelarenal.local:5432/mirthdb
database.username = mirth_svc
database.password = ${v('credential.password_assignment', 'Dialyse-Kanal#83')}
keystore.storepass = ${v('credential.password_assignment', 'kS7vRq2!Lmx9')}
keystore.keypass = ${v('credential.password_assignment', 'kS7vRq2!Lmx9')}
http.port = 8080
https.port = 8443`)}

Fehlermeldung: "FATAL: password authentication failed for user mirth_svc". Das Passwort wurde letzte Woche geändert, aber wo noch?`),

  rec('curl', f`Dag, het LIS van het labo in Gent geeft 401 terug als we de kaliumwaarden ophalen. Dit is het commando dat Jens gebruikt:

${cfg(f`curl -s -H "${v('credential.basic_auth_header', f`Authorization: Basic ${b64('dialyse_gent:Schelde!Nier44')}`)}" \\
  "https://lis.labo-gent.be/api/v2/results?ward=HD2&since=2024-10-01"`)}

Werkt in Postman wel. Wat doen we fout?`),

  rec('env_file', f`Oi! Estou montando o serviço de lembretes de transporte para os pacientes da hemodiálise (van busca em casa). Pode revisar o .env e me dizer o que não deveria estar aqui?

${cfg(f`APP_ENV=producao
TRANSPORTE_API_URL=https://api.rotasaude.com.br/v1
TRANSPORTE_API_SECRET=${v('credential.generic_secret_assignment', fill('b78-trsp', B62, 40))}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)}
LEMBRETE_HORAS_ANTES=3
REMETENTE=${v('pii.email', 'lembretes@ravelarenal.com.br')}`)}`),

  rec('chat_fr', f`Bonjour, les comptes rendus de bilans sanguins (PDF) des centres de dialyse de Lyon doivent partir sur un blob Azure. J'ai cette chaîne de connexion dans appsettings, est-ce que je peux la mettre dans une variable d'environnement à la place ?

${cfg(f`"Storage": {
  "BilansConnection": "DefaultEndpointsProtocol=https;AccountName=ravelabilanslyon;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "bilans-2024"
}`)}`),

  rec('json_config', f`Szia! Az ütemező szolgáltatásunk (dializáló páciensek időpontjai) nem kap tokent az Entra ID-tól, "AADSTS7000215: Invalid client secret" hibát ír. Ez az appsettings.Production.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "7c2e9a14-5b3f-4d81-a0e6-29f4b8c1d375",
    "ClientId": "e41a7b09-3c6d-4f25-9b18-d07e5a2c8f63",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  },
  "Scheduling": { "SlotMinutes": 240, "Centres": ["DEB-01", "NYH-02"] }
}`)}

A titkot tegnap generáltam újra a portálon.`),

  rec('log', f`Dobrý den, pacientský portál vrací 403 při stahování laboratorních výsledků. V logu vidím tohle:

${cfg(f`2024-10-30 07:41:12.408 INFO  [portal-api] GET /api/labs/latest user=pt-40918 centre=PRG-03
2024-10-30 07:41:12.409 DEBUG [portal-api] auth header: Bearer ${v('credential.jwt', JWT_PORTAL)}
2024-10-30 07:41:12.431 WARN  [portal-api] scope check failed: required=labs:read:full`)}

Proč scope nestačí? A je v pořádku, že se token vůbec loguje?`),

  rec('chat_uk', f`Привіт! Зробив бота в Телеграмі, який пише черговій медсестрі, коли апарат на діалізі видає тривогу. Токен бота: ${v('credential.telegram_bot_token', TG_BOT)}. Повідомлення приходять із затримкою хвилин 5–10. Це через long polling? Як краще переробити на webhook?`),

  rec('fix_config', f`Our FIX session to the grain broker drops every morning at 07:00 CT with a logon reject. QuickFIX/J session settings:

${cfg(f`[DEFAULT]
ConnectionType=initiator
HeartBtInt=30
ReconnectInterval=15
FileStorePath=store
StartTime=06:55:00
EndTime=17:30:00
TimeZone=America/Chicago

[SESSION]
BeginString=FIX.4.4
SenderCompID=KESTREL_AG
TargetCompID=MIDWESTGRAIN
SocketConnectHost=fix-uat.midwestgrain-brokers.com
SocketConnectPort=9878
Username=kestrel_ag_01
Password=${v('credential.password_assignment', 'CornBelt$Basis07')}
ResetOnLogon=Y`)}

Reject text is "MsgSeqNum too low, expecting 412". Should ResetOnLogon fix that?`),

  rec('chat_hi_en', f`Bhai, broker portal pe LME aluminium ka margin statement download nahi ho raha. Login details ye hain — user: kestrel.metals / ${v('credential.user_password_pair', 'Copper@Tonne88')} — maine kal hi reset kiya tha. Ek baar aap check karke batao ki "session expired" error kyun aa raha hai?`),

  rec('python_de', f`Kannst du das Skript so umbauen, dass der API-Schlüssel nicht mehr im Code steht? Es holt die Weizen-Futures (Matif) vom Marktdatenanbieter.

${code(f`import requests
import pandas as pd

MARKTDATEN_URL = "https://api.agrimarkt-daten.de/v3/futures"
API_SECRET = "${v('credential.generic_secret_assignment', fill('b78-mdv', HEX, 48))}"

def lade_kontrakte(symbol: str = "EBM") -> pd.DataFrame:
    r = requests.get(MARKTDATEN_URL, params={"symbol": symbol}, headers={"X-Api-Secret": API_SECRET}, timeout=20)
    r.raise_for_status()
    return pd.DataFrame(r.json()["contracts"])`)}`),

  rec('shell_ro', f`Salut, am nevoie de un script de backup pentru baza de date cu pozițiile deschise (cupru, aluminiu). Acum rulez manual asta:

${cfg(f`$ mysqldump -u risk_ro ${v('credential.mysql_cli_password', "-p'Dunare#Cupru19'")} --single-transaction positions > positions_$(date +%F).sql`)}

Cum îl pun în cron fără să apară parola în istoricul comenzilor?`),

  rec('notebook_da', f`Hej, jeg prøver at hente hvede-positionerne fra Databricks ind i en lokal notebook. Jeg får 403 Invalid access token:

${cfg(f`In [3]:
from databricks import sql
conn = sql.connect(
    server_hostname="adb-58213904716.12.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9f3a2c71d04e",
    access_token="${v('credential.databricks_token', DAPI)}",
)
cur = conn.cursor()
cur.execute("SELECT * FROM risk.grain_positions WHERE book = 'CPH-WHEAT'")`)}

Er tokenet udløbet eller mangler jeg rettigheder på warehouse?`),

  rec('chat_tr', f`Merhaba, akreditif dosyalarını bankanın SFTP sunucusuna göndermek için kullandığımız anahtar bu. WinSCP "Server refused our key" diyor. Anahtar formatı mı yanlış?

${v('credential.openssh_private_key', OPENSSH)}

Bankadan gelen kullanıcı adı: kestrel_lc_tr`),

  rec('chat_pt_ao', f`Bom dia. A folha de cálculo dos embarques de milho em Lobito usa o Google Sheets via API. Tenho a chave ${v('credential.google_api_key', GOOGLE_KEY)} no script e dá "API key not valid". Preciso de ativar alguma coisa na consola?`),

  rec('code_csharp', f`유니티에서 NPC 대사 생성할 때 OpenAI를 직접 부르는데, 빌드하면 키가 노출된다고 들었어요. 이 코드 어떻게 바꾸면 좋을까요?

${code(f`using System.Net.Http;
using System.Text;
using UnityEngine;

public class NpcDialogue : MonoBehaviour
{
    private const string ApiKey = "${v('credential.openai_api_key', OPENAI)}";
    private static readonly HttpClient Http = new HttpClient();

    public async void Ask(string prompt)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "https://api.openai.com/v1/chat/completions");
        req.Headers.Add("Authorization", "Bearer " + ApiKey);
        req.Content = new StringContent(JsonUtility.ToJson(new ChatBody(prompt)), Encoding.UTF8, "application/json");
        var res = await Http.SendAsync(req);
        Debug.Log(await res.Content.ReadAsStringAsync());
    }
}`)}`),

  rec('gcp_sa_json', f`Chào anh, em đang đẩy sự kiện từ game lên BigQuery bằng service account này nhưng bị lỗi "invalid_grant: Invalid JWT Signature". File key em tải từ console hôm qua:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "pixelmoth-analytics",
  "private_key_id": "${fill('b78-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', f`${SA_PEM}`)}",
  "client_email": "${amb('pii.email', 'bq-events-writer@pixelmoth-analytics.iam.gserviceaccount.com')}",
  "client_id": "10938274650192837465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-events-writer%40pixelmoth-analytics.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

Giờ server có lệch giờ không ạ?`),

  rec('code_python_ja', f`AppLovin MAX の収益レポートを毎朝 BigQuery に入れるスクリプトです。レポートキーを環境変数に移したいのですが、どう書き換えればいいですか？

${code(f`import requests
from datetime import date, timedelta

REPORT_KEY = "${v('credential.generic_secret_assignment', APPLOVIN_REPORT)}"
ADJUST_API_TOKEN = "${v('credential.generic_secret_assignment', ADJUST_TOKEN)}"

def fetch_max_revenue(day: date):
    params = {
        "api_key": REPORT_KEY,
        "start": day.isoformat(),
        "end": day.isoformat(),
        "columns": "day,application,network,country,estimated_revenue,impressions",
        "format": "json",
    }
    return requests.get("https://r.applovin.com/maxReport", params=params, timeout=30).json()

rows = fetch_max_revenue(date.today() - timedelta(days=1))`)}`),

  rec('chat_zh', f`App Store Connect API 一直返回 401 NOT_AUTHORIZED。我们用的是下面这个 .p8 私钥，Key ID 是 7QX2M9KD4L，Issuer ID 在团队设置里复制的。是不是 JWT 的 exp 超过 20 分钟了？

${v('credential.private_key', P8)}

生成 token 的代码是 Python 的 jwt.encode(..., algorithm="ES256")。`),

  rec('ci_yaml', f`Moi! Meidän GitHub Actions -työ ei pääse hakemaan analytics-SDK:n yksityistä repoa. Tässä workflow:

${cfg(f`name: android-release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: '17' }
      - run: ./gradlew bundleRelease`)}

Token on fine-grained ja siinä on Contents: read vain yhteen repoon. Pitäisikö lisätä myös submodulin repo?`),

  rec('json_config_th', f`ช่วยดูหน่อยครับ ทำไม Sentry ไม่ได้รับ crash จากเวอร์ชัน Android 3.8.1 เลย ไฟล์ config ในเกม:

${cfg(f`{
  "sentry": {
    "dsn": "${v('credential.sentry_dsn', SENTRY_DSN)}",
    "environment": "production",
    "release": "moth-merge@3.8.1",
    "sampleRate": 0.25
  },
  "ads": { "mediation": "max", "bannerRefreshSec": 30 }
}`)}

sampleRate 0.25 ต่ำไปไหมครับ`),

  rec('chat_en_ph', f`hey, need help with the webshop for in-game gems (the direct-purchase page, not the app stores). webhook handler throws "No signatures found matching the expected signature". I'm initialising stripe with ${v('credential.stripe_secret_key', STRIPE_LIVE)} and the endpoint secret from the dashboard. do I need the raw body in express?`),

  rec('code_ts_id', f`Halo, aku bikin skrip kecil buat nerjemahin teks event game ke bahasa Indonesia pakai Claude. Kenapa responsnya kadang kepotong?

${code(f`import Anthropic from '@anthropic-ai/sdk';
import { readFileSync, writeFileSync } from 'node:fs';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });
const strings: Record<string, string> = JSON.parse(readFileSync('loc/en.json', 'utf8'));

const out: Record<string, string> = {};
for (const [key, text] of Object.entries(strings)) {
  const msg = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 200,
    messages: [{ role: 'user', content: \`Translate to Indonesian, keep placeholders: \${text}\` }],
  });
  out[key] = msg.content[0].type === 'text' ? msg.content[0].text : '';
}
writeFileSync('loc/id.json', JSON.stringify(out, null, 2));`)}`),

  rec('chat_mn', f`Сайн байна уу! Тоглоомын тоглогчдын сэтгэгдлийг ангилах загварыг Hugging Face-ээс татах гэсэн чинь 401 алдаа гарлаа. Миний токен: ${v('credential.huggingface_token', HF)} — энэ нь "read" эрхтэй. Private model татахад өөр эрх хэрэгтэй юу?`),

  rec('chat_pl', f`Cześć, bot do ogłoszeń na naszym Discordzie (nowe eventy w grze) przestał wysyłać wiadomości. Webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — zwraca 404 Unknown Webhook. Czy ktoś mógł go usunąć z kanału?`),

  rec('docker_compose', f`Tere! Analüütika konveieri docker-compose töötab, aga Datadogi agent ei saada meetrikaid. Kas näed viga?

${cfg(f`services:
  events-ingest:
    image: pixelmoth/events-ingest:2.4.0
    environment:
      KAFKA_BROKERS: kafka-1:9092,kafka-2:9092
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_APP_KEY: ${v('credential.datadog_app_key', DD_APP)}
      DD_SITE: datadoghq.eu
      DD_DOGSTATSD_NON_LOCAL_TRAFFIC: "true"`)}`),

  rec('npmrc', f`Hej! Vårt interna paket @pixelmoth/ad-events går inte att installera i byggservern, "401 Unauthorized". Så här ser .npmrc ut i repot:

${cfg(f`registry=https://registry.npmjs.org/
@pixelmoth:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Lokalt funkar det. Borde token ligga i en miljövariabel istället?`, 'npm token as .npmrc _authToken value: two labels on one span'),

  rec('php_config', f`Hi, our union's CiviCRM install moved to a new host and now the dues import fails. Can you tell me which of these settings I still need to change? (Durban branch office)

${cfg(f`<?php
// sites/default/civicrm.settings.php (excerpt)
define('CIVICRM_UF', 'WordPress');
define('CIVICRM_DSN', 'mysql://civi_app:${v('credential.database_url_password', 'Ubuntu4Solidarity!')}@localhost/civicrm?new_link=true');
define('CIVICRM_UF_DSN', 'mysql://wp_app:${v('credential.database_url_password', 'Tugela-River-2019')}@localhost/wordpress?new_link=true');
define('CIVICRM_SITE_KEY', '${v('credential.generic_secret_assignment', fill('b78-civisk', B62, 32))}');
define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/civi/templates_c/');`)}`),

  rec('chat_bg', f`Здравей! Трябва да изпратим уведомление за стачния вот до всички членове през Mailchimp. Моят API ключ е ${v('credential.mailchimp_api_key', MAILCHIMP)}. Можеш ли да ми напишеш скрипт на Python, който взима списъка "Членове-2024" и праща кампанията само на тези с платен членски внос?`),

  rec('env_el', f`Γεια σου! Στήνω τη χρέωση συνδρομών μελών του σωματείου μέσω GoCardless. Μπορείς να μου πεις αν το .env είναι σωστό για production;

${cfg(f`GOCARDLESS_ENV=live
GOCARDLESS_ACCESS_TOKEN=${v('credential.generic_secret_assignment', GOCARDLESS)}
GOCARDLESS_WEBHOOK_SECRET=${v('credential.generic_secret_assignment', fill('b78-gcwh', B62, 32))}
DUES_DAY_OF_MONTH=5
CURRENCY=EUR`)}`),

  rec('chat_sr', f`Здраво, треба ми помоћ око поруке за одбор синдиката. Систем за електронско гласање за штрајк је подешен, администраторски налог је "izborna.komisija", а лозинка је ${v('credential.password_in_prose', 'Strajk!Glasanje2024')}. Напиши кратко обавештење члановима одбора да се пријаве и провере листу бирача до петка.`),

  rec('chat_bs', f`Pozdrav! Prebacujemo slanje obavještenja o sindikalnim sastancima na Brevo. API ključ: ${v('credential.brevo_api_key', BREVO)}. Možeš li mi napisati curl naredbu koja šalje transakcijski mail sa predloškom broj 12?`),

  rec('json_lt', f`Sveiki, profesinės sąjungos narių portalas jungiasi per Google prisijungimą, bet po perkėlimo į naują domeną rodo "redirect_uri_mismatch". Štai mūsų client_secret.json:

${cfg(f`{"web":{"client_id":"582019374610-h3k9q2m7v1x8c4b6n0z5t2r7w9y1p3s4.apps.googleusercontent.com","project_id":"aptwu-members","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://nariai.aptwu.org/auth/callback"]}}`)}

Ką reikia pakeisti Google Cloud konsolėje?`),

  rec('php_lv', f`Labdien! Arodbiedrības mājaslapa pēc pārcelšanas rāda "Error establishing a database connection". Lūdzu, pārbaudi wp-config.php:

${cfg(f`define( 'DB_NAME', 'arodb_lv' );
define( 'DB_USER', 'arodb_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Daugava#Biedri55')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );`)}

Jaunajā serverī MySQL klausās uz 3306.`),

  rec('http', f`Góðan daginn, PI Web API á virkjuninni skilar 401 þegar ég sæki gögn úr holu HV-14 (þrýstingur og hiti). Svona lítur beiðnin út:

${cfg(f`GET /piwebapi/streams/F1DPmN2wq8nKZUS8RsdgbXy7AQ/recorded?startTime=*-7d HTTP/1.1
Host: pihist.hverholt.is
${v('credential.basic_auth_header', f`Authorization: Basic ${PI_BASIC}`)}
Accept: application/json`)}

Kerberos er ekki virkt á þessum þjóni, bara basic.`),

  rec('yaml_sw', f`Habari, tunaweka Grafana kwa ajili ya data ya visima vya jotoardhi (Menengai). Dashibodi zinapakia lakini alerting haifanyi kazi. Hii ndiyo faili ya provisioning:

${cfg(f`apiVersion: 1
contactPoints:
  - orgId: 1
    name: zamu-ya-mtambo
    receivers:
      - uid: sms-gw
        type: webhook
        settings:
          url: https://alerts.lemologeo.co.ke/hook
datasources:
  - name: historian
    type: grafana-postgresql-datasource
    url: historian-db:5432
    user: grafana_ro
    secureJsonData:
      password: ${v('credential.password_assignment', 'Jotoardhi#2024')}
exporter:
  token: ${v('credential.grafana_service_account_token', GLSA)}`)}

Tatizo liko wapi?`),

  rec('chat_am', f`ሰላም! ለኮንትራክተሮች የሚሆን የVPN መግቢያ ኢሜይል እንዲጽፍልኝ እፈልጋለሁ። የተጠቃሚ ስም contractor.aluto ነው፣ የይለፍ ቃሉ ደግሞ ${v('credential.password_in_prose', 'Aluto-Langano#17')} ነው። ከመጀመሪያው መግቢያ በኋላ እንዲቀይሩት ንገራቸው። በአማርኛና በእንግሊዝኛ ጻፍልኝ።`),

  rec('chat_is_en', f`The historian server (pihist-02) only accepts key auth now. I exported the private key from our old jump host so the new contractor can log in — can you check it's the right format for OpenSSH 9?

${v('credential.private_key', RSA_KEY)}

Takk fyrir.`),

  rec('chat_ne', f`नमस्ते, म Vault बाट प्लान्टको SCADA पासवर्डहरू पढ्न खोज्दैछु तर "permission denied" आउँछ।

${cfg(f`$ export VAULT_ADDR=https://vault.hverholt.is:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/scada/unit2`)}

कुन policy चाहिन्छ होला?`),

  rec('email_om', f`Akkam, obbo Tolosaa,

Hojii suphaa boolla ML-7 irratti hojjechuuf akkaawuntiin keessan qophaa'eera. Maqaa fayyadamaa: contractor\\tolosa.g / ${v('credential.user_password_pair', 'Bishoftu!Hoo2024')}
Sirna DCS irratti qofa galtu; mana hojii keessatti jecha icciitii kana jijjiiraa.

Nagaan,
IT Desk

Gaaffii: Mee kana Ingiliffaatti hiikii naaf kenni.`),

  rec('chat_ha', f`Sannu, na canza kalmar sirri ta'a na'urar Modbus gateway a tashar wutar Olkaria-sabuwa. Sabon kalmar sirri shine ${v('credential.password_in_prose', 'Tururi#Zafi44')} kuma sunan mai amfani "admin". Don Allah ka rubuta min takaitaccen bayani ga ma'aikatan dare cikin Turanci.`),

  rec('chat_si', f`ආයුබෝවන්, අපේ dialysis scheduling app එකේ GitLab CI pipeline එක fail වෙනවා "HTTP Basic: Access denied" කියලා. .gitlab-ci.yml එකේ මම මෙහෙම දාලා තියෙන්නේ:

${cfg(f`deploy:
  stage: deploy
  script:
    - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.ravelarenal.lk/ops/schedule-config.git
    - ./deploy.sh colombo-centre`)}

token එක expire වෙලාද?`),

  rec('chat_he', f`היי, ה-pipeline שבונה את מערכת משמרות הצוות באוניה נכשל כשהוא דוחף tag ל-Azure Repos. הוספתי את ה-PAT ישירות ל-URL:

${cfg(f`git push https://crewbuild:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/aurelia-seaways/crew-roster/_git/roster-api --tags`)}

זה עובד מהמחשב שלי אבל לא מה-agent. למה?`),

  rec('chat_ar_lb', f`مرحبا، عم نعمل سكريبت لإضافة الطاقم الجديد على Okta قبل ما يطلعوا على السفينة. لما بشغّلو بيرجع 403:

${cfg(f`curl -s -X POST "https://aureliaseaways.okta.com/api/v1/users?activate=true" \\
  -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" \\
  -H "Content-Type: application/json" \\
  -d @new_crew.json`)}

شو الصلاحية الناقصة؟`),

  rec('chat_ar_ma', f`Salam, bghit n3ref 3lach bot dyal les alertes dial prix dial l'blé f Slack ma kaybqach yposti. Token li kansta3mel: ${v('credential.slack_bot_token', SLACK_BOT)}, w l'erreur hiya "not_in_channel". Wach khassni n'invite l-bot l-channel #desk-casablanca?`),

  rec('chat_fa', f`سلام، بانک برای فایل‌های اعتبار اسنادی از ما خواسته که فایل‌ها را امضا کنیم. این کلید خصوصی EC را از سرور قبلی درآوردم؛ می‌خواهم بدانم با openssl چطور کلید عمومی‌اش را استخراج کنم:

${v('credential.private_key', EC_KEY)}

سرور جدید اوبونتو ۲۲ است.`),

  rec('chat_ta', f`வணக்கம், எங்கள் game analytics API collection-ஐ Postman CLI மூலம் CI-ல் ஓட்ட வேண்டும். இந்த key-ஐப் பயன்படுத்துகிறேன்: ${v('credential.postman_api_key', POSTMAN)}. "AuthenticationError" வருகிறது — workspace access இல்லையா?`),

  rec('chat_bn', f`হ্যালো, আমাদের ডায়ালাইসিস সেন্টারের রোগী-পরিবহন অ্যাপটা DigitalOcean-এ চলে। doctl দিয়ে লগইন করতে গেলে "Unable to use supplied token" বলছে:

${cfg(f`doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}`)}

টোকেনটা গতকাল বানানো, read+write দেওয়া আছে।`),

  rec('chat_prs', f`سلام، برای ثبت شکایت‌های اعضای اتحادیه از Jira استفاده می‌کنیم. می‌خواهم با این توکن از طریق API یک تیکت بسازم ولی 401 می‌گیرم:

${cfg(f`curl -u ${v('pii.email', 'shikayat.desk@aptwu.org')}:${v('credential.atlassian_api_token', ATLASSIAN)} -H "Content-Type: application/json" https://aptwu.atlassian.net/rest/api/3/issue -d @grievance.json`)}

لطفاً بگویید مشکل کجاست.`),

  rec('docker_config', f`Salama! Tsy afaka misintona ny sary Docker avy amin'ny registry-nay ny mpizara ao amin'ny sambo rehefa mijanona ao Nosy Be izahay. Ity ny ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.aureliaseaways.com": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Fahadisoana: "unauthorized: authentication required".`),

  rec('chat_wo', f`Salaamaalekum, sunu sindika bi ci Dakar dafa bëgg yónnee email yu bari ci membres yi ngir jàngat grève bi. Mailgun key bi mooy ${v('credential.mailgun_api_key', MAILGUN)}. Ndax mën nga ma bind script bu yónnee bataaxal bi ci liste "membres-port"?`),

  rec('chat_tl', f`Hi! Yung dashboard ng ad revenue (AdMob) namin ay kumukuha ng data via Google APIs pero laging 401 after 1 hour. Ito yung token na naka-hardcode sa cron: ${v('credential.google_oauth_access_token', YA29)}
Paano ko gagamitin yung refresh token para hindi na mag-expire?`),

  rec('chat_sk', f`Ahoj, potrebujem zistiť, prečo nám nefunguje export obchodov s meďou do S3. Dočasné prihlasovacie údaje z SSO:

${cfg(f`export AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', ASIA)}
export AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', ASIA_SECRET)}
export AWS_SESSION_TOKEN=${v('credential.aws_session_token', AWS_SESSION)}`)}

Chyba: ExpiredToken. Ako dlho platia tieto tokeny?`),

  rec('env_ro_md', f`Bună ziua, aplicația de programări pentru pacienții dializați din Chișinău trece pe Supabase. Vă rog să-mi spuneți care dintre aceste chei are voie să fie în aplicația mobilă:

${cfg(f`SUPABASE_URL=https://hkwzmqtrplxvbnfdacgy.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}
PROGRAMARI_INTERVAL_MIN=30
CENTRU_IMPLICIT=CHI-01`)}`),

  rec('chat_ur', f`السلام علیکم، ہم گیم کے بگ رپورٹس Linear میں خودکار طور پر بنانا چاہتے ہیں۔ میری API key یہ ہے: ${v('credential.linear_api_key', LINEAR)}۔ GraphQL سے issueCreate کرتے وقت "Argument Validation Error" آ رہا ہے، teamId کہاں سے ملے گا؟`),

  rec('chat_en_za', f`Quick one: we put the Cloudflare API token for the union's ballot site in the deploy script — ${cfg(f`CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}`)} — and wrangler says "Authentication error [code: 10000]". It has Zone:DNS:Edit. What else does a Pages deploy need?`),

  rec('chat_nl_nl', f`Hoi, onze merch-shop voor de game draait op Shopify en de voorraad-sync naar het magazijn geeft 401. In de sync-service staat SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHOPIFY)}. Moet ik een nieuwe custom app aanmaken na de scope-wijziging?`),

  rec('chat_de_at', f`Kurze Frage: ich hab im Jenkins für das Dialyse-Dashboard den GitHub-Token direkt ins Groovy geschrieben: ${cfg(f`git url: 'https://${v('credential.github_pat', GHP)}@github.com/ravela-renal/dialyse-dashboard.git'`)}. Wie mach ich das sauber mit Credentials-Binding?`),
];
