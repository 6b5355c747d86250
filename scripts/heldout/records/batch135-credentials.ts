/**
 * Held-out batch 135: credentials pasted by staff of a container-terminal crane maintenance
 * contractor, IVF and egg-freezing clinics' patient coordinators, a microbrewery and taproom group,
 * a regional court's jury-summons office, a satellite TV and broadband installer's field dispatch
 * and a humanitarian demining NGO's logistics cell, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', 'R4QZ', fill('b135-akia', UPPER + '234567', 12));
const AWS_SECRET = fill('b135-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b135-slt', UPPER + DIGITS, 7), '/B07', fill('b135-slb', UPPER + DIGITS, 8), '/', fill('b135-slk', B62, 24));
const GLSA = tok('glsa_', fill('b135-glsa1', B62, 32), '_', fill('b135-glsa2', HEX, 8));
const TG_BOT = tok('7419038265', ':AA', fill('b135-tg', B64URL, 33));
const TG_BOT2 = tok('6802713594', ':AA', fill('b135-tg2', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b135-gcp', 1216).replace(/\n/g, '\\n') + '\\n';
const TW_SID = tok('AC', fill('b135-twsid', HEX, 32));
const TW_TOKEN = fill('b135-twtok', HEX, 32);
const SG = tok('SG.', fill('b135-sg1', B64URL, 22), '.', fill('b135-sg2', B64URL, 43));
const FHIR_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'lumen-emr-2' }, { iss: 'https://auth.lumen-fertility.eu', sub: 'svc-coordinator-bot', aud: 'fhir-api', scope: 'patient/*.read appointment/*.write', iat: 1741329000, exp: 1741332600 }, 'b135-fhirjwt');
const AZ_STORAGE = fill('b135-azst', B64, 86) + '==';
const OPENAI = tok('sk-proj-', fill('b135-oai1', B62 + '-_', 64), 'T3BlbkFJ', fill('b135-oai2', B62 + '-_', 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b135-atl', B64URL, 171), '=', fill('b135-atl2', HEX.toUpperCase(), 8));
const SQUARE = tok('EAAA', fill('b135-square', B64URL, 60));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b135-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b135-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b135-whsec', B62, 32));
const SHPAT = tok('shpat_', fill('b135-shpat', HEX, 32));
const MAILCHIMP = tok(fill('b135-mc', HEX, 32), '-us14');
const AIRTABLE = tok('pat', fill('b135-at1', B62, 14), '.', fill('b135-at2', HEX, 64));
const VERCEL = fill('b135-vercel', B62, 24);
const GHP = gh('ghp', 'Kq7Tb2Wm9Xr4Lc8Nz1Hv6Fp3Jd5Sy0');
const AZ_CLIENT_SECRET = tok('Jq48Q~', fill('b135-azcs', B62 + '_-.~', 34));
const VAULT = tok('hvs.', fill('b135-vault', B62, 24));
const GOOGLE = tok('AIza', 'Sy', fill('b135-gapi', B64URL, 33));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'skyreach-dispatch', a: fill('b135-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b135-mbx', B64URL, 22));
const DD_API = fill('b135-ddapi', HEX, 32);
const DISPATCH_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'tech-0417', name: 'R. Mendoza', role: 'field_tech', region: 'NCR-South', iat: 1741680000, exp: 1741723200 }, 'b135-dispjwt');
const TEAMS_HOOK = tok('https://skyreach.webhook.office.com/webhookb2/', '7b2e91c4-3d58-4a06-b1f7-9c2e04d8a613@4e8d1a27-9c63-4f0b-a5d2-81b7e3c6f940/IncomingWebhook/', fill('b135-teams1', HEX, 32), '/', '0c5f2e8a-71d4-4b93-9e26-3a8d5f1c7b02/', 'V2', fill('b135-teams2', B64URL, 43));
const SENTRY_DSN_KEY = fill('b135-sentry', HEX, 32);
const KOBO = fill('b135-kobo', HEX, 40);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b135-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const DROPBOX = tok('sl.', 'B', fill('b135-dbx', B64URL, 138));
const ADO_PAT = fill('b135-ado', B32LOWER, 52);
const BASIC_ALG = b64('gruas_mant:Pórtico.Algeciras#48');
const NTN = tok('ntn_', fill('b135-ntn1', DIGITS, 11), fill('b135-ntn2', B62, 35));
const DOP = tok('dop_v1_', fill('b135-dop', HEX, 64));

export const BATCH135_CREDENTIALS: DraftRecord[] = [
  // ── container-terminal crane maintenance contractor ─────────────────────────
  rec('env_file', f`The uploader on the STS-07 crane PC stopped pushing the load-cell logs to S3 last night. Here is the .env on the box, can you see anything wrong?

${cfg(f`# C:\\hcs\\telemetry\\.env  (Harbourline Crane Services – Maasvlakte site)
CRANE_ID=STS-07
S3_BUCKET=hcs-telemetry-mv2
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}
UPLOAD_INTERVAL_S=300
SPREADER_LOG_DIR=D:\\plc\\spreader\\logs`)}

The log just says "SignatureDoesNotMatch".`),

  rec('chat_nl', f`Kun je deze mail naar de nachtploeg wat netter maken? "Jongens, de HMI van kraan 12 op de ECT-kade is gereset. Inloggen als onderhoud, wachtwoord is nu ${v('credential.password_in_prose', 'Hijsbalk-2025!')} – niet op een post-it op het scherm plakken zoals vorige keer. Groet, Dirk"`),

  rec('ini_de', f`Der Historian-Dienst für die RTG-Flotte startet nicht mehr nach dem Windows-Update. Konfig:

${cfg(f`[historian]
name = HCS-HH-RTG
poll_interval_ms = 500
plc_gateway = ${amb('pii.ip_address', '10.42.16.5')}

[database]
driver = mssql
server = hh-sql02.hcs.local
database = RTG_Telemetrie
user = hist_writer
password = ${v('credential.password_assignment', 'Laufkatze#Burchardkai7')}
encrypt = false`)}

Fehlermeldung im Eventlog: "Login failed for user 'hist_writer'". Passwort stimmt aber, hab's per SSMS getestet.`),

  rec('switch_config_el', f`Καλημέρα, ο διακόπτης στο ηλεκτρικό δωμάτιο της γερανογέφυρας 4 (Πειραιάς, προβλήτα ΙΙ) δεν κρατάει το VLAN μετά από reboot. Αυτό είναι το running-config, μπορείς να δεις τι φταίει;

${cfg(f`hostname QC04-ERM-SW1
!
username hcsadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Gerano$Pir2024')}
enable password ${v('credential.network_device_secret', 'Prov1ita-II')}
!
vlan 40
 name CRANE-PLC
!
interface Vlan40
 ip address ${amb('pii.ip_address', '10.30.40.2')} 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh`)}`),

  rec('code_python_ko', f`부산 신항 트윈리프트 스프레더 알람을 슬랙으로 보내는 스크립트인데, 메시지가 두 번씩 와요. 왜 그런지 봐 주세요.

\`\`\`python
${code(f`import requests, time
from pylogix import PLC

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def watch(ip: str) -> None:
    last = None
    with PLC() as comm:
        comm.IPAddress = ip
        while True:
            alarm = comm.Read("Spreader.TwistlockFault").Value
            if alarm and alarm != last:
                requests.post(WEBHOOK, json={"text": f"[STS-B3] twistlock fault: {alarm}"})
            last = alarm
            time.sleep(1)`)}
\`\`\``),

  rec('chat_sg', f`eh can help check this grafana thing? our crane dashboard for Pasir Panjang cannot load the panels, provisioning token is ${v('credential.grafana_service_account_token', GLSA)} — is it expired already or what? the old one also like that last month`),

  rec('chat_ar', f`مرحبا، عملنا بوت تيليجرام لتنبيهات صيانة الرافعات في جبل علي. التوكن هو ${v('credential.telegram_bot_token', TG_BOT)} بس البوت ما يرد على الرسائل في المجموعة. هل لازم أعطل privacy mode؟`),

  rec('docker_compose_pt', f`Oi, o container do broker MQTT não sobe no servidor do terminal de Santos. Segue o compose:

${cfg(f`services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    ports: ["1883:1883"]
    volumes: ["./mosquitto.conf:/mosquitto/config/mosquitto.conf"]
  ingest:
    image: harbourline/crane-ingest:3.4.1
    environment:
      MQTT_HOST: mosquitto
      MQTT_USER: guindaste
      MQTT_PASSWORD: ${v('credential.password_assignment', 'Portainer.Santos-88')}
      PG_DSN: postgresql://ingest:${v('credential.database_url_password', 'Conteiner#2025sts')}@db:5432/telemetria
  db:
    image: postgres:16`)}

O log diz "connection refused" no ingest.`),

  rec('curl_es', f`Estoy probando la API del fabricante de las grúas pórtico de Algeciras y me devuelve 403. ¿Qué hago mal?

${cfg(f`curl -X GET "https://api.cranevendor-portal.com/v2/assets/QC-11/faults?since=2025-03-01" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_ALG)}" \\
  -H "Accept: application/json"`)}`),

  rec('shell_pl', f`Mam skrypt do backupu bazy z czujników suwnic w Gdańsku, ale w cronie nic się nie dzieje. Ręcznie działa:

${cfg(f`mysqldump -h dct-db01 -u backup_suwnice -p${v('credential.mysql_cli_password', 'Nabrzeze!T2')} --single-transaction suwnice_dct | gzip > /srv/backup/suwnice_$(date +%F).sql.gz`)}

Co może być nie tak z cronem?`),

  // ── IVF and egg-freezing clinics' patient coordinators ───────────────────────
  rec('gcp_sa_key', f`Our patient-app backend can't write to Firestore since Monday ("invalid_grant"). I regenerated nothing. This is the key file we deploy, is something malformed?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lumen-fert-portal",
  "private_key_id": "${fill('b135-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'cycle-sync@lumen-fert-portal.iam.gserviceaccount.com')}",
  "client_id": "104827391650284736192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'cycle-sync%40lumen-fert-portal.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('code_js_fr', f`Bonjour, les rappels SMS pour les ponctions ovocytaires partent en double depuis qu'on a changé de serveur. Voici le script :

\`\`\`js
${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_account_sid', TW_SID)}', '${v('credential.twilio_auth_token', TW_TOKEN)}');

async function rappelPonction(rdv) {
  return client.messages.create({
    from: 'LUMEN',
    to: rdv.telephone,
    body: \`Rappel : ponction le \${rdv.date} à \${rdv.heure}. À jeun depuis minuit, merci.\`,
  });
}

module.exports = { rappelPonction };`)}
\`\`\`

Le cron tourne toutes les 15 min.`),

  rec('chat_es_mx', f`Oye, ¿me ayudas? Quiero que los correos de confirmación de cita de la clínica de Polanco salgan desde SendGrid y no desde el Outlook de la coordinación. Ya tengo la API key: ${v('credential.sendgrid_api_key', SG)} — ¿cómo lo conecto con el formulario de Jotform?`),

  rec('chat_he', f`תעזור לי לנסח הודעה קצרה למתאמת החדשה? "היי שירן, ברוכה הבאה! הכניסה למערכת התיקים של המרפאה: שם משתמש shiran.coord, סיסמה ${v('credential.password_in_prose', 'Ovum#Ramat2025')} (זמנית, להחליף בכניסה הראשונה). אל תשלחי את זה בווטסאפ לאף אחד."`),

  rec('code_python_ja', f`FHIR APIから翌日の採卵予定を取ってくるスクリプトです。401が返ってきます。トークンの期限でしょうか？

${code(f`import requests

TOKEN = "${v('credential.jwt', FHIR_JWT)}"
BASE = "https://fhir.lumen-fertility.eu/r4"

def tomorrow_retrievals(date: str):
    r = requests.get(f"{BASE}/Appointment", params={"date": date, "service-type": "oocyte-retrieval"},
                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["entry"]`)}`),

  rec('json_config_zh_tw', f`診所的凍卵報告匯出程式在新主機上跑不起來，appsettings.json 如下，是不是連線字串寫錯了？

${cfg(f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=lumenreportstw;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "cryo-reports"
  }
}`)}`),

  rec('chat_tr', f`Yeni koordinatör arkadaş için kısa bir karşılama mesajı yazar mısın? Randevu sistemine giriş bilgileri: kullanıcı adı ecem.koord / şifre ${v('credential.password_in_prose', 'Tup-Bebek!47')}. İlk girişte şifreyi değiştirmesi gerekiyor, bunu da ekle.`),

  rec('chat_it', f`Il laboratorio di embriologia ci manda gli export delle crioconservazioni via SFTP, ma lo script si blocca. L'URL configurato è sftp://crio_export:${v('credential.url_password', 'Vitrif1caz!one')}@sftp.lumen-fertility.it:22/out — può essere il punto esclamativo nella password?`),

  rec('chat_th', f`ช่วยดูหน่อยค่ะ กำลังทำแชทบอทตอบคำถามคนไข้เรื่องการฝากไข่ ใช้ OpenAI key นี้ ${v('credential.openai_api_key', OPENAI)} แต่ขึ้น error 429 ตลอดเลย ทั้งที่เพิ่งเติมเงินไป`),

  rec('curl_pt', f`Bom dia, estou a tentar criar tickets no Jira da clínica de Lisboa a partir do formulário de pedidos de congelação de ovócitos. O pedido dá 401:

${cfg(f`curl -s -u ${v('pii.email', 'ines.carvalho@lumen-fertility.pt')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://lumen-fertility.atlassian.net/rest/api/3/issue \\
  -d @pedido.json`)}`),

  // ── microbrewery and taproom group ──────────────────────────────────────────
  rec('env_file', f`Can you explain what each of these does? Inherited this from the guy who built our online growler-fill preorders and he's gone.

${cfg(f`# copperkettle-shop/.env.production
NODE_ENV=production
SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)}
SQUARE_LOCATION_ID=L8T4QW2Z9X1KM
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
TAPLIST_SYNC_CRON=*/10 * * * *`)}`),

  rec('chat_de_ch', f`Chasch mir hälfe es Schild für d Theke z schriibe? Öppis wie: "WLAN: CopperKettle-Gäscht, s Passwort isch ${v('credential.password_in_prose', 'Hopfe&Malz24')} – Prost!" Aber chli lustiger bitte, mir sind e Brauerei z Winterthur.`),

  rec('code_python_cs', f`Ahoj, potřebuju upravit skript, který stahuje objednávky z našeho e-shopu (Shopify) do skladové tabulky pivovaru. Vrací to 401:

${code(f`import requests

SHOP = "copperkettle-cz.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHPAT)}"

def objednavky(od: str):
    url = f"https://{SHOP}/admin/api/2024-10/orders.json"
    r = requests.get(url, params={"created_at_min": od, "status": "any"},
                     headers={"X-Shopify-Access-Token": TOKEN})
    r.raise_for_status()
    return r.json()["orders"]`)}`),

  rec('chat', f`quick one — want to pull our Mailchimp list of taproom loyalty members into a Google Sheet every Monday. key is ${v('credential.mailchimp_api_key', MAILCHIMP)}, audience is "Kettle Club". what's the easiest way without paying for Zapier?`),

  rec('code_js_da', f`Hej, vores lagerark for fustager ligger i Airtable. Scriptet her skal markere tomme fustager, men det opdaterer ingenting:

${code(f`const Airtable = require('airtable');
const base = new Airtable({ apiKey: '${v('credential.airtable_pat', AIRTABLE)}' }).base('appK7fQ2mX9tR4wL1');

base('Fustager').select({ filterByFormula: '{Liter tilbage} = 0' }).eachPage((records, next) => {
  records.forEach((r) => r.patchUpdate({ Status: 'Tom – retur til bryggeri' }));
  next();
});`)}`),

  rec('gha_sv', f`Varför körs inte deployen av tappkranslistan när vi pushar till main?

${cfg(f`name: deploy-taplist
on:
  push:
    branches: [ main ]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VERCEL_TOKEN: ${v('credential.vercel_token', VERCEL)}
      GH_TOKEN: ${v('credential.github_pat', GHP)}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel deploy --prod --token "$VERCEL_TOKEN" --yes`)}`),

  rec('chat_fr_qc', f`Salut! Peux-tu m'aider à écrire une note pour les serveurs du salon de dégustation à Sherbrooke? Faut leur dire que le mot de passe du Wi-Fi a changé, c'est ${v('credential.password_in_prose', 'Houblon-Boreal77')}, pis de pas le donner aux clients qui le demandent au bar, juste le mettre sur l'ardoise en arrière là.`),

  rec('env_nb', f`Kan du sjekke denne? Dashboardet for bryggeriets gjæringstanker får ikke kontakt med databasen:

${cfg(f`TANK_API_PORT=8080
DATABASE_URL=postgres://gjaering:${v('credential.database_url_password', 'Humle.Bergen-2025')}@tankdb.copperkettle.no:5432/tanker
ALARM_TEMP_MAX=21.5`)}`),

  rec('chat_es_ar', f`Che, me pasaron esta key restringida de Stripe para que la app del bar pueda hacer reembolsos: ${v('credential.stripe_restricted_key', STRIPE_RK)}. ¿Alcanza con permisos de "Refunds: write" o también necesito "Charges: read"?`),

  // ── regional court's jury-summons office ────────────────────────────────────
  rec('powershell', f`This runbook is supposed to pull the juror list from SharePoint every morning but it fails at Connect-PnPOnline:

\`\`\`powershell
${code(f`$tenant   = "northfieldcourts.onmicrosoft.com"
$clientId = "5c1e8a47-92d3-4b60-a7f1-3e9d2c84b516"
$secret   = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"

Connect-PnPOnline -Url "https://northfieldcourts.sharepoint.com/sites/JuryAdmin" -ClientId $clientId -ClientSecret $secret -WarningAction Ignore
$items = Get-PnPListItem -List "Summons 2025-Q2" -PageSize 500
$items | Export-Csv -Path "D:\\Jury\\daily\\summons.csv" -NoTypeInformation`)}
\`\`\``),

  rec('properties_es', f`La aplicación de sorteo de jurados de la Audiencia Provincial no se conecta al LDAP desde que cambiaron el servidor. application.properties:

${cfg(f`spring.ldap.urls=ldaps://ldap.justicia-apcantabria.local:636
spring.ldap.base=dc=apc,dc=local
spring.ldap.username=cn=svc_jurado,ou=servicios,dc=apc,dc=local
spring.ldap.password=${v('credential.password_assignment', 'Sorteo.Jurado#2025')}
jurado.sorteo.semilla=auto`)}

¿Hace falta importar el certificado nuevo en el truststore?`),

  rec('code_java_pt', f`Pessoal, o serviço que gera as cartas de convocação do Tribunal do Júri está estourando timeout. Trecho da conexão:

${code(f`public class ConvocacaoDao {
    private static final String URL =
        "jdbc:sqlserver://tjsql03.forum-regional.local:1433;databaseName=JURI;user=svc_juri;password=${v('credential.connection_string_password', 'Jurados@Comarca25')};encrypt=true;trustServerCertificate=true";

    public List<Jurado> sorteados(int sessao) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL);
             PreparedStatement ps = c.prepareStatement("SELECT * FROM jurado WHERE sessao_id = ?")) {
            ps.setInt(1, sessao);
            return mapear(ps.executeQuery());
        }
    }
}`)}`),

  rec('shell_ru', f`Помогите разобраться: в скрипте выгрузки списков присяжных vault ругается на права.

${cfg(f`$ export VAULT_ADDR=https://vault.oblsud.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/prisyazhnye/smtp
Error reading secret/data/prisyazhnye/smtp: Error making API request.
Code: 403. Errors:
* permission denied`)}

Токен выдали вчера, политика вроде "jury-read".`),

  rec('chat_uk', f`Допоможи скласти лист для секретаря суду: "Доступ до системи формування списків присяжних відновлено. Логін: o.kovalchuk, пароль: ${v('credential.password_in_prose', 'Prysiazhni-2025!')} Прохання змінити пароль після першого входу."`),

  rec('chat_ka', f`გთხოვ, ეს შეტყობინება ინგლისურად თარგმნე: "ნაფიც მსაჯულთა სიების სისტემაში შესვლა: მომხმარებელი — n.beridze, პაროლი — ${v('credential.password_in_prose', 'Msajuli#Tbs25')}. პირველივე შესვლისას შეცვალეთ."`),

  rec('code_csharp_fr', f`Bonjour, le module qui envoie les convocations des jurés pour la cour d'assises plante au démarrage. Code :

${code(f`public static class ConvocationDb
{
    public const string Cnx =
        "Server=ASSISES-SQL01;Database=Jures;User Id=app_jures;Password=${v('credential.connection_string_password', 'Assises!Liege2025')};TrustServerCertificate=True";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(Cnx);
        c.Open();
        return c;
    }
}`)}

Erreur : "A network-related or instance-specific error occurred".`),

  // ── satellite TV and broadband installer's field dispatch ────────────────────
  rec('code_kotlin_en_in', f`Our technician app shows a blank map on some Android 14 phones. Manifest + init below, please check:

${code(f`class DispatchApp : Application() {
    override fun onCreate() {
        super.onCreate()
        Places.initialize(applicationContext, "${v('credential.google_api_key', GOOGLE)}")
        MapsInitializer.initialize(this, MapsInitializer.Renderer.LATEST) { r ->
            Log.d("maps", "renderer=$r")
        }
    }
}`)}

Works fine on Android 12, Pune and Nagpur techs both complained.`),

  rec('chat_hi', f`ग्राहक को एक मैसेज लिखना है: "नमस्ते जी, आपका नया राउटर लग गया है। वाई-फाई नाम SkyReach_4417, पासवर्ड ${v('credential.password_in_prose', 'Ghar@Net4417')} है। राउटर के एडमिन पेज का पासवर्ड ${v('credential.password_in_prose', 'sk4417adm')} है, इसे किसी को न बताएं।" इसे थोड़ा विनम्र और छोटा कर दो।`),

  rec('chat_ta', f`இந்த மெசேஜை வாடிக்கையாளருக்கு அனுப்பும் முன் சரி பார்க்கவும்: "உங்கள் செட்-டாப் பாக்ஸ் இணைப்பு முடிந்தது. Wi-Fi பெயர்: SkyReach_CBE_208, கடவுச்சொல்: ${v('credential.password_in_prose', 'Kovai#208net')}. ஏதேனும் பிரச்சனை என்றால் எங்களை அழைக்கவும்."`),

  rec('chat_bn', f`টেকনিশিয়ান ভাইকে পাঠানোর জন্য মেসেজটা গুছিয়ে দাও: "মিরপুরের ONT তে লগইন করতে ইউজারনেম admin আর পাসওয়ার্ড ${v('credential.password_in_prose', 'Gpon@Mirpur12')} দিবেন। কাজ শেষে পাসওয়ার্ড বদলে দিবেন।"`),

  rec('chat_vi', f`Mình đang làm bản đồ điều phối kỹ thuật viên lắp chảo vệ tinh ở Đà Nẵng, cần tải tile offline. Token bí mật Mapbox là ${v('credential.mapbox_secret_token', MAPBOX)} — đặt nó vào đâu trong gradle.properties thì đúng?`),

  rec('env_id', f`Tolong cek, agen Datadog di server dispatch Surabaya tidak mengirim metrik:

${cfg(f`DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_SITE=ap1.datadoghq.com
DD_HOSTNAME=sby-dispatch-01
DD_LOGS_ENABLED=true`)}

Sudah restart agen, tetap tidak muncul di dashboard.`),

  rec('log_tl', f`Bakit palaging 401 sa pag-close ng job order? Eto yung log galing sa tablet ng tech namin sa Las Piñas:

${cfg(f`2025-03-11 14:02:17.448 D/OkHttp: --> POST https://dispatch.skyreach.ph/api/v3/jobs/JO-558213/close
2025-03-11 14:02:17.449 D/OkHttp: Authorization: Bearer ${v('credential.jwt', DISPATCH_JWT)}
2025-03-11 14:02:17.702 D/OkHttp: <-- 401 Unauthorized (253ms)`)}

Kaka-login lang niya kanina.`),

  rec('chat_ar_eg', f`عايز أكتب رسالة للعميل بعد التركيب: "أهلاً يا أستاذ كريم، الراوتر اتركب، اسم الشبكة SkyReach-Nasr-19 وكلمة السر ${v('credential.password_in_prose', 'NasrCity#1919')}. لو في أي مشكلة كلمنا." ممكن تخليها أشيك شوية؟`),

  rec('chat_fa', f`لطفاً این پیام را برای تکنسین مرتب کن: «برای اتصال PPPoE مشترک شماره ۴۸۲۱۷، نام کاربری skr48217 و رمز عبور ${v('credential.password_in_prose', 'Pars@48217net')} را وارد کن. بعد از نصب دیش، کیفیت سیگنال را هم یادداشت کن.»`),

  rec('code_python', f`The dispatcher bot posts the unassigned installs to Teams at 7am. Since last week it posts an empty card. Any idea?

${code(f`import pymsteams, pandas as pd

HOOK = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"

def morning_post(df: pd.DataFrame) -> None:
    open_jobs = df[df["assigned_to"].isna()]
    card = pymsteams.connectorcard(HOOK)
    card.title(f"{len(open_jobs)} unassigned installs today")
    card.text(open_jobs[["job_id", "postcode", "slot"]].to_markdown(index=False))
    card.send()`)}`),

  rec('code_js_id', f`Aplikasi teknisi kami sama sekali tidak mengirim error ke Sentry. Bisa tolong cek konfigurasi ini?

${code(f`import * as Sentry from '@sentry/react-native';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o4508291.ingest.sentry.io/4508291736`)}',
  tracesSampleRate: 0.2,
  environment: 'production-my',
});`)}`),

  // ── humanitarian demining NGO's logistics cell ──────────────────────────────
  rec('env_file', f`Our logistics dashboard pulls the vehicle checklists from KoboToolbox and pushes alerts to Telegram. After moving to the new VPS nothing comes through. .env:

${cfg(f`KOBO_SERVER=https://kf.kobotoolbox.org
KOBO_API_TOKEN=${v('credential.generic_secret_assignment', KOBO)}
KOBO_ASSET_UID=aXq8hT3vK2mN9pL4rW7zYc
TELEGRAM_BOT_TOKEN=${v('credential.telegram_bot_token', TG_BOT2)}
TELEGRAM_CHAT_ID=-1002184736519
FUEL_ALERT_LITRES=400`)}`),

  rec('chat_km', f`សូមជួយសរសេរសារខ្លីមួយទៅក្រុមដឹកជញ្ជូននៅបាត់ដំបង៖ "Wi-Fi Starlink នៅឃ្លាំងថ្មី ឈ្មោះ CG-BTB-Store ពាក្យសម្ងាត់ ${v('credential.password_in_prose', 'Khmer#Clear2025')} សូមកុំចែករំលែកទៅអ្នកខាងក្រៅ។"`),

  rec('chat_pt_ao', f`Bom dia, preciso de enviar ao novo motorista do Cuito as credenciais do sistema de frota. Ajuda-me a escrever a mensagem de forma simples: utilizador "m.tchipa", palavra-passe ${v('credential.password_in_prose', 'Frota-Bie#2025')}. Tem de a mudar no primeiro acesso.`),

  rec('chat_ckb', f`تکایە ئەم پەیامە بۆ ئینگلیزی وەربگێڕە: "تۆڕی وایفایی کۆگای هەولێر: CG-EBL-Log، وشەی نهێنی: ${v('credential.password_in_prose', 'Hawler@Mines25')}. تەنها بۆ ستافی لۆجستیک."`),

  rec('chat_fr', f`Salut, le serveur de synchro du bureau de Gao ne répond plus en SSH. J'ai retrouvé la clé privée qu'on utilise pour le rsync des fiches de stock, tu peux me dire si elle a l'air corrompue ?

${v('credential.openssh_private_key', OSSH)}

Merci !`),

  rec('chat_hr', f`Pozdrav, treba mi skripta koja svaku večer kopira Excel s popisom vozila i radiostanica iz Dropboxa u naš SharePoint. Imam ovaj token iz Dropbox konzole: ${v('credential.dropbox_access_token', DROPBOX)} — istječe li?`),

  rec('chat_sw', f`Naomba unisaidie kuandika ujumbe kwa dereva mpya wa Juba: "Karibu! Kuingia kwenye mfumo wa kufuatilia magari, tumia jina la mtumiaji j.lado na nenosiri ${v('credential.password_in_prose', 'Gari#Juba2025')}. Badilisha nenosiri ukiingia mara ya kwanza."`),

  rec('ci_yaml_am', f`ይህ pipeline የመጋዘን ክምችት ሪፖርትን ወደ Azure DevOps ለመግፋት ነው፣ ግን "TF401019" ይላል። እባክህ እይልኝ፦

${cfg(f`steps:
- script: |
    git config user.name "logistics-bot"
    git push https://logistics-bot:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/clearground/logistics/_git/stock-reports HEAD:main
  displayName: push weekly stock report`)}`),

  rec('chat_pl', f`Cześć, nasza integracja Notion do inwentarza magazynu logistycznego przestała działać, błąd "unauthorized". Klucz integracji: ${v('credential.notion_token', NTN)}. Czy trzeba ponownie udostępnić bazę danych integracji?`),

  rec('shell', f`${cfg(f`$ doctl auth init --access-token ${v('credential.digitalocean_token', DOP)}
Validating token... ✔
$ doctl compute droplet list --format Name,PublicIPv4,Status
Name              Public IPv4       Status
cg-logistics-1    ${amb('pii.ip_address', '164.92.183.47')}    active`)}

the droplet is up but the ODK Central page doesn't load from the field office in Kharkiv. firewall?`),
];
