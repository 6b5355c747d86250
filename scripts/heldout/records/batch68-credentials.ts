/**
 * Held-out batch 68: credentials pasted by staff of an airport ground handler, a psychiatric
 * outpatient service, a private bank's wealth desk, a game studio's live-ops team, a vaccine
 * cold-chain carrier and a car-rental franchise — chats, configs, CI files, shells and code in
 * many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const OPENAI = tok('sk-proj-', fill('b68-oai1', B64URL, 74), 'T3BlbkFJ', fill('b68-oai2', B64URL, 74));
const SENTRY_DSN = tok('https://', fill('b68-sentry', HEX, 32), '@o4508172.ingest.de.sentry.io/4508172953317451');
const DD_API = fill('b68-ddapi', HEX, 32);
const DD_APP = fill('b68-ddapp', HEX, 40);
const AWS_ID_FI = tok('AKIA', fill('b68-akia-fi', B32, 16));
const AWS_SECRET_FI = fill('b68-awssec-fi', B64, 40);
const AWS_ID_PSY1 = tok('AKIA', fill('b68-akia-psy1', B32, 16));
const AWS_SECRET_PSY1 = fill('b68-awssec-psy1', B64, 40);
const AWS_ID_PSY2 = tok('AKIA', fill('b68-akia-psy2', B32, 16));
const AWS_SECRET_PSY2 = fill('b68-awssec-psy2', B64, 40);
const TWILIO_SID = tok('AC', fill('b68-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b68-twtok', HEX, 32);
const GHP_RO = gh('ghp', fill('b68-ghp-ro', B62, 30));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290384716253048832', '/', fill('b68-dischook', B64URL, 68));
const TELEGRAM = tok('7304918265', ':AA', fill('b68-tg', B64URL, 33));
const CISCO9 = tok('$9$', fill('b68-c9salt', B62 + './', 14), '$', fill('b68-c9hash', B62 + './', 43));
const SENDGRID = tok('SG.', fill('b68-sg1', B64URL, 22), '.', fill('b68-sg2', B64URL, 43));
const SLACK_HOOK_PL = tok('https://hooks.slack.com/services/', 'T0', fill('b68-slT', UPPER + DIGITS, 9), '/B0', fill('b68-slB', UPPER + DIGITS, 9), '/', fill('b68-slw', B62, 24));
const PLAYFAB_SECRET = fill('b68-playfab', UPPER + DIGITS, 52);
const AZ_STORAGE = tok(fill('b68-azst', B64, 86), '==');
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b68-rk', B62, 97));
const GCP_PEM = pem('PRIVATE KEY', 'b68-gcp', 1218, '\\n');
const GCP_KEY_ID = fill('b68-gcpkid', HEX, 40);
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b68-gapi-pa', B64URL, 33));
const HF = tok('hf_', fill('b68-hf', UPPER + LOWER, 34));
const MAILGUN = tok('key-', fill('b68-mailgun', HEX, 32));
const JWT_TH = jwt({ alg: 'RS256', typ: 'JWT', kid: 'roster-2024-10' }, { iss: 'https://roster.aeroswift-gh.com', sub: 'emp-40721', stn: 'BKK', roles: ['ramp_lead', 'pushback'], iat: 1730851200, exp: 1730894400 }, 'b68-jwt-th');
const BASIC_MN = b64('wm_ulaanbaatar:Tuul-Gol#2024');
const STRIPE_LIVE_ES = tok('sk_', 'live_', '51', fill('b68-sk-es', B62, 97));
const AZ_CLIENT_SECRET = tok(fill('b68-azcs1', B62, 3), '8Q~', fill('b68-azcs2', B62 + '~._-', 34));
const RSA_SV = pem('RSA PRIVATE KEY', 'b68-rsa-sv', 1192);
const GLSA = tok('glsa_', fill('b68-glsa1', B62, 32), '_', fill('b68-glsa2', HEX, 8));
const DCKR = tok('dckr_', 'pat_', fill('b68-dckr', B64URL, 27));
const GLPAT = tok('glpat-', fill('b68-glpat', B62 + '-_', 20));
const VAULT = tok('hvs.', 'CAESI', fill('b68-vault', B64URL, 86));
const OSSH_BANK = pem('OPENSSH PRIVATE KEY', 'b68-ossh-bank', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b68-ant', B64URL, 93), 'AA');
const NPM = gh('npm', fill('b68-npm', B62, 30));
const WHSEC = tok('whsec_', fill('b68-whsec', B62, 32));
const STRIPE_LIVE_GO = tok('sk_', 'live_', '51', fill('b68-sk-go', B62, 97));
const SLACK_BOT = tok('xoxb-', '58291746304', '-', '7718293046152-', fill('b68-xoxb', B62, 24));
const OKTA = tok('00', fill('b68-okta', B64URL, 40));
const GH_FINE = tok('github_pat_', '11B', fill('b68-ghfg1', UPPER + DIGITS, 19), '_', fill('b68-ghfg2', B62, 59));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b68-pypi', B64URL, 152));
const DATABRICKS = tok('dapi', fill('b68-dapi', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b68-dop', HEX, 64));
const GROQ = tok('gsk_', fill('b68-groq', B62, 52));
const LINEAR = tok('lin_api_', fill('b68-linear', B62, 40));
const SAS_SIG = `${fill('b68-sas1', B62, 16)}%2F${fill('b68-sas2', B62, 10)}%2B${fill('b68-sas3', B62, 15)}%3D`;
const SHOPIFY = tok('shpat_', fill('b68-shpat', HEX, 32));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b68-age', BECH32, 58));
const ADO_PAT = fill('b68-ado', B32LOWER, 52);
const CF_TOKEN = fill('b68-cftok', B62 + '-_', 40);
const NOTION = tok('ntn_', fill('b68-ntn1', DIGITS, 11), fill('b68-ntn2', B62, 35));
const POSTMAN = tok('PMAK-', fill('b68-pmak1', HEX, 24), '-', fill('b68-pmak2', HEX, 34));
const MISTRAL = fill('b68-mistral', B62, 32);
const SUPABASE = tok('sbp_', fill('b68-sbp', HEX, 40));
const BEARER_RU = fill('b68-bearer-ru', B62 + '-._~', 72);

export const BATCH68_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Hey, the live-ops admin panel throws 500s since the hotfix deploy. This is the env from the pod (yes I know). Which of these does the event scheduler actually need?

${cfg(f`# liveops-admin / prod-eu
NODE_ENV=production
EVENT_CALENDAR_URL=https://calendar.internal.nightjar.games/api
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
REDIS_URL=redis://default:${v('credential.database_url_password', 'Ember-Hollow-8812')}@redis-liveops.internal:6379/2
FEATURE_DOUBLE_XP=false`)}`),

  rec('code_python_fi', f`Moi! Tää skripti hakee lämpötilaloggerien datat S3:sta, mutta boto3 heittää AccessDenied. Onko vika avaimissa vai bucket policyssä?

\`\`\`python
${code(f`import boto3
import csv

# Polaris ColdChain – loggeridatan haku (HEL-varasto)
s3 = boto3.client(
    "s3",
    aws_access_key_id="${v('credential.aws_access_key_id', AWS_ID_FI)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET_FI)}",
    region_name="eu-north-1",
)

def hae_loggerit(paiva: str):
    avain = f"loggers/{paiva}/hel-kylmavarasto.csv"
    obj = s3.get_object(Bucket="polaris-templog-prod", Key=avain)
    rivit = obj["Body"].read().decode("utf-8").splitlines()
    for rivi in csv.DictReader(rivit):
        if float(rivi["temp_c"]) > 8.0:
            print("HÄLYTYS", rivi["logger_id"], rivi["temp_c"])`)}
\`\`\``),

  rec('chat_sk', f`Ahoj, potrebujem napísať krátky mail pre novú kolegyňu na pobočke Košice-letisko. Nech je to milé, ale stručné. Obsah: prihlasovacie meno do rezervačného systému DriveLoop je „kosice.pult2“, heslo je ${v('credential.password_in_prose', 'Tatry#Leto2024')} (pri prvom prihlásení si ho musí zmeniť) a smenu začína v pondelok o 7:00.`),

  rec('email_mk', f`Може ли да ми го преведеш ова на англиски, за новиот супервизор од Виена?

„Здраво Маркус, пристапот до VPN за рампата е подготвен. Корисничко име: m.huber.skp, лозинката е ${v('credential.password_in_prose', 'Vardar!Rampa58')} — те молам смени ја после првата најава. Смената почнува во 05:30 кај гејт 3.“`),

  rec('code_python_ml', f`ഹായ്, ഞങ്ങളുടെ ക്ലിനിക്കിൽ രോഗികൾക്ക് appointment reminder SMS അയയ്ക്കാൻ Twilio ഉപയോഗിക്കുന്നു. ഈ കോഡ് 401 error തരുന്നു. എന്താണ് പ്രശ്നം?

${code(f`from twilio.rest import Client

account_sid = "${v('credential.twilio_account_sid', TWILIO_SID)}"
auth_token = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(account_sid, auth_token)

def remind(appt):
    body = f"Lumen Clinic, Kochi: നാളെ {appt.time} ന് നിങ്ങളുടെ അപ്പോയിന്റ്മെന്റ് ഉണ്ട്."
    return client.messages.create(to=appt.phone, from_=settings.SMS_FROM, body=body)`)}

Trial account ആണോ പ്രശ്നം?`),

  rec('json_config_hu', f`Sziasztok, a portfóliókezelő riport szolgáltatás nem tud csatlakozni az SQL szerverhez a migráció után. Ez az appsettings.Production.json:

${cfg(f`{
  "ConnectionStrings": {
    "WealthDb": "Server=tcp:hrpb-sql-02.hrpb.local,1433;Database=WealthDesk;User Id=svc_riport;Password=${v('credential.connection_string_password', 'Duna#Hid2024!')};Encrypt=True;TrustServerCertificate=False;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

A hibaüzenet: „Login failed for user 'svc_riport'”. Lehet, hogy a jelszóban lévő # a gond?`),

  rec('ci_yaml_ro', f`Salut! Workflow-ul nostru de build pentru patch-urile Emberfall trimite notificare pe Discord, dar de ieri nu mai merge. Te poți uita?

${cfg(f`name: patch-build
on:
  push:
    tags: ['patch-*']
jobs:
  build:
    runs-on: [self-hosted, windows, unity]
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
          token: ${v('credential.github_pat', GHP_RO)}
      - name: Build client
        run: ./ci/build-client.ps1 -Target Win64 -Config Shipping
      - name: Anunta pe Discord
        if: always()
        shell: bash
        run: |
          curl -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"Patch \${{ github.ref_name }}: \${{ job.status }}\\"}" \\
            ${v('credential.discord_webhook_url', DISCORD_HOOK)}`)}

Eroarea e „HTTP 404 Unknown Webhook”. Canalul a fost mutat, asta să fie?`),

  rec('docker_compose_bg', f`Здравей, опитвам се да вдигна локално средата за мониторинг на хладилните камери. docker compose up гърми с 'password authentication failed for user "telemetry"'. Ето файла:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: telemetry
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Studen0-Sklad!7')}
  mqtt:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
  ingest:
    image: polaris/ingest:1.9.2
    environment:
      DB_DSN: postgres://telemetry:${v('credential.database_url_password', 'Studen0-Sklad!7')}@db:5432/coldchain
      MQTT_USER: ingest-sofia
      MQTT_PASSWORD: ${v('credential.password_assignment', 'Ref-Sofia-2291')}`)}

Какво пропускам? Томът на postgres е от по-стара версия, ако това има значение.`),

  rec('chat_sr_cyrl', f`Ћао, направио сам Telegram бота који шаље обавештење филијали у Новом Саду кад стигне нова резервација. Бот уопште не одговара. Токен је ${v('credential.telegram_bot_token', TELEGRAM)} — да ли треба да подесим webhook или да користим polling?`),

  rec('network_config_sr', f`Pozdrav, ovo je konfiguracija svića u hangaru na BEG. Posle reseta ne mogu da se ulogujem preko SSH-a. Šta nije u redu?

${cfg(f`hostname SW-BEG-RAMP-01
!
enable secret 9 ${amb('credential.network_device_secret', CISCO9)}
username rampadmin privilege 15 password 0 ${v('credential.network_device_secret', 'Sava-Most#42')}
!
snmp-server community ${v('credential.network_device_secret', 'Aer0Ramp-RW')} RW
ip domain-name ramp.aeroswift-gh.local
ip ssh version 2
!
line vty 0 4
 transport input ssh
 login local`)}

Da li moram prvo da generišem RSA ključ?`, 'the type-9 enable secret is a hash: ambiguous; the type-0 password and the SNMP community are plain secrets'),

  rec('code_python_hr', f`Bok, skripta koja klijentima šalje mjesečne izvode portfelja odjednom vraća 401 od SendGrida. Možeš pomoći?

\`\`\`python
${code(f`import base64
import sendgrid
from sendgrid.helpers.mail import Attachment, Mail

SG_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"

def posalji_izvod(klijent, pdf_bytes):
    poruka = Mail(
        from_email="${v('pii.email', 'izvodi@hr-privatbank.ch')}",
        to_emails=klijent.email,
        subject=f"Mjesečni izvod portfelja – {klijent.broj_portfelja}",
        html_content="<p>U privitku je Vaš izvod.</p>",
    )
    poruka.attachment = Attachment(base64.b64encode(pdf_bytes).decode(), "izvod.pdf", "application/pdf")
    return sendgrid.SendGridAPIClient(SG_KEY).send(poruka)`)}
\`\`\``),

  rec('code_csharp_pl', f`Cześć, mamy w kliencie gry zaszyty webhook do Slacka i klucz PlayFaba, żeby raportować crashe z eventów live. Kolega twierdzi, że to zły pomysł. Dlaczego i jak to przenieść na backend?

${code(f`public class CrashReporter : MonoBehaviour
{
    // TODO: przenieść do konfiguracji serwera
    private const string SlackHook = "${v('credential.slack_webhook_url', SLACK_HOOK_PL)}";
    private const string TitleSecretKey = "${v('credential.generic_secret_assignment', PLAYFAB_SECRET)}";

    public IEnumerator Report(string eventId, string stack)
    {
        var payload = JsonUtility.ToJson(new SlackMsg { text = $"[{eventId}] {stack}" });
        using var req = new UnityWebRequest(SlackHook, "POST");
        req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(payload));
        req.SetRequestHeader("Content-Type", "application/json");
        yield return req.SendWebRequest();
    }
}`)}`),

  rec('json_config_cs', f`Ahoj, náš exportní job pro protokoly o teplotě (PDF pro lékárny) přestal nahrávat do Azure Blob. Tady je konfigurace:

${cfg(f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=polariscertsweu;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "teplotni-protokoly",
  "RetentionDays": 1825
}`)}

Chyba: 403 AuthorizationPermissionMismatch. Je špatně klíč, nebo chybí role v RBAC?`),

  rec('code_js_tr', f`Merhaba, franchise paneli için iade endpoint'i yazdım ama Stripe "permission_error" dönüyor. Kısıtlı anahtarın yetkisi mi eksik?

\`\`\`js
${code(f`const stripe = require('stripe')('${v('credential.stripe_restricted_key', STRIPE_RK)}');

// İade: şube müdürü onayladıktan sonra çağrılıyor
async function iadeYap(odemeId, tutarKurus, subeKodu) {
  const iade = await stripe.refunds.create({
    payment_intent: odemeId,
    amount: tutarKurus,
    reason: 'requested_by_customer',
    metadata: { sube: subeKodu },
  });
  return iade.status;
}`)}
\`\`\``),

  rec('shell_fa', f`سلام، می‌خوام دیتابیس برنامه‌ریزی شیفت‌های رمپ رو ری‌استور کنم ولی این دستور خطا میده:

${cfg(f`mysql -h ${amb('pii.ip_address', '10.20.4.17')} -u shift_admin -p${v('credential.mysql_cli_password', 'Kaj!Farvardin1403')} shiftplan < restore.sql`)}
ERROR 1045 (28000): Access denied for user 'shift_admin'

مشکل از کجاست؟ رمز درسته چون تو phpMyAdmin کار می‌کنه.`),

  rec('chat_ary', f`Salam, bghit nkteb message l wa7d l'agent jdid f l'agence dyal Casa Port. Kteb lia b darija w b lfrançais: l'compte dyal système de réservation howa casaport.agent3, w lmot de passe howa ${v('credential.password_in_prose', 'Atlas#Casa2024')}, khasso ybdlo mli ydkhol awel mrra. W goul lih l'shift kaybda 8 dyal sba7.`),

  rec('json_hi', f`नमस्ते, हमारे क्लिनिक के appointment app में Google Calendar sync के लिए service account बनाया है। Deploy करते समय "invalid_grant: Invalid JWT Signature" आ रहा है। ये रही key file:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "lumen-appointments",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'calendar-sync@lumen-appointments.iam.gserviceaccount.com')}",
  "client_id": "104827361950284736152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'calendar-sync%40lumen-appointments.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

क्या key revoke हो गई है या server का time गलत है?`),

  rec('code_cpp_mr', f`नमस्कार, आमच्या लस साठवणुकीच्या फ्रीजसाठी ESP32 वर तापमान सेन्सर लावला आहे. WiFi ला कनेक्ट होतो पण MQTT ला नाही. कोड पाहा:

\`\`\`cpp
${code(f`#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "Polaris-Pune-WH";
const char* password = "${v('credential.password_assignment', 'Thand@Ghar#77')}";
const char* mqtt_server = "mqtt.polaris-coldchain.eu";
const char* mqtt_user = "fridge-pune-03";
const char* mqtt_pass = "${v('credential.password_assignment', 'Lasi-Sathwan-9921')}";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(mqtt_server, 1883);
  mqtt.connect("fridge-pune-03", mqtt_user, mqtt_pass);
}`)}
\`\`\`

rc=5 येतो, म्हणजे काय?`),

  rec('xml_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਾਡੀ DriveLoop ਐਪ ਵਿੱਚ ਨਕਸ਼ਾ ਖਾਲੀ ਆ ਰਿਹਾ ਹੈ, ਸਿਰਫ਼ ਸਲੇਟੀ ਡੱਬੇ ਦਿਸਦੇ ਹਨ। AndroidManifest.xml ਵਿੱਚ ਇਹ ਲਿਖਿਆ ਹੈ:

${cfg(f`<application android:label="DriveLoop Amritsar" android:icon="@mipmap/ic_launcher">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="${v('credential.google_api_key', GOOGLE_KEY)}" />
</application>`)}

ਕੀ key ਉੱਤੇ package restriction ਲੱਗੀ ਹੋਈ ਹੈ? Release build ਵਿੱਚ ਹੀ ਇਹ ਸਮੱਸਿਆ ਹੈ।`),

  rec('code_python_ta', f`வணக்கம், எங்கள் கேமின் chat moderation-க்கு toxicity model load பண்ணும்போது 401 வருகிறது. இந்த code-ல் என்ன தப்பு?

${code(f`from transformers import pipeline

HF_TOKEN = "${v('credential.huggingface_token', HF)}"
clf = pipeline("text-classification", model="nightjar/chat-toxicity-ta-v2", token=HF_TOKEN)

for line in ["gg wp", "நீ ஒரு noob, uninstall பண்ணு"]:
    print(line, clf(line)[0])`)}

Model private repo-ல இருக்கு.`),

  rec('chat_or', f`ନମସ୍କାର, ମୋତେ ଗୋଟିଏ ଛୋଟ ଇମେଲ୍ ଲେଖିବାରେ ସାହାଯ୍ୟ କରନ୍ତୁ। ନୂଆ relationship manager ଙ୍କ ପାଇଁ: ପୋର୍ଟଫୋଲିଓ ସିଷ୍ଟମର ୟୁଜର୍ ନେମ୍ rm.bbsr04 ଏବଂ ପାସୱାର୍ଡ ହେଉଛି ${v('credential.password_in_prose', 'Konark@Surya2024')} — ପ୍ରଥମ ଲଗଇନ୍ ପରେ ଏହାକୁ ବଦଳାଇବାକୁ ହେବ। ଇମେଲଟି ଇଂରାଜୀରେ ଲେଖନ୍ତୁ।`),

  rec('env_as', f`নমস্কাৰ, আমাৰ ভেকচিন ষ্টৰেজৰ তাপমাত্ৰা alert email যোৱা নাই। Mailgun ৰ log ত 401 Forbidden দেখুৱাইছে। config টো চাওক:

${cfg(f`MAILGUN_DOMAIN=alerts.polaris-coldchain.eu
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
ALERT_FROM=${v('pii.email', 'no-reply@alerts.polaris-coldchain.eu')}
ALERT_TO=${v('pii.email', 'guwahati-wh@polaris-coldchain.eu')}
TEMP_MAX_C=8`)}

EU region ৰ বাবে base URL সলনি কৰিব লাগে নেকি?`),

  rec('chat_th', f`สวัสดีครับ แอปจัดตารางพนักงานลานจอด (ramp roster) ส่ง token นี้มาตอน login ช่วย decode ให้หน่อยว่าหมดอายุกี่โมง และมี role อะไรบ้าง

${v('credential.jwt', JWT_TH)}

พนักงานกะดึกบ่นว่าโดนเด้งออกตอนตีสองทุกวันครับ`),

  rec('php_config_lo', f`ສະບາຍດີ, ເວັບໄຊຈອງລົດຂອງສາຂາວຽງຈັນຂຶ້ນ "Error establishing a database connection". ນີ້ແມ່ນ wp-config.php:

${cfg(f`define( 'DB_NAME', 'driveloop_vte' );
define( 'DB_USER', 'dl_vte' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Mekong#Rent88')}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );`)}

ຂ້ອຍຄວນກວດຫຍັງກ່ອນ?`),

  rec('curl_mn', f`Сайн байна уу, харилцагчийн хөрөнгийн тайланг татах API дуудлага 401 буцааж байна. Энэ curl командыг шалгаад өгөөч:

${cfg(f`curl -X GET "https://api.custody-partner.example/v2/positions?account=WM-UB-0041" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_MN)}" \\
  -H "Accept: application/json"`)}

Нууц үгийг өчигдөр сольсон, тэгэхээр base64-ийг дахин үүсгэх хэрэгтэй юу?`),

  rec('chat_ti', f`ሰላም፡ በጃኻ እዚ መልእኽቲ ናብ እንግሊዝኛ ተርጉመለይ፦ «ናይ ክሊኒክ ሓባራዊ ኢመይል፡ መእተዊ ስም reception.asmara እዩ፡ ፓስዎርድ ድማ ${v('credential.password_in_prose', 'Nakfa#Clinic55')} እዩ። ብኽብረትካ ንማንም ኣይተካፍሎ።»`),

  rec('chat_om', f`Akkam, maaloo ergaa gabaabaa kana Afaan Ingiliffaatti naaf hiiki: "Daashboordii ho'ina kuusaa talaallii Adaamaa seenuuf maqaa fayyadamaa adama.store fi jecha icciitii ${v('credential.password_in_prose', 'Qorra#Adama21')} fayyadami. Jechi icciitii kun torban dhufu ni jijjiirama."`),

  rec('chat_mg', f`Manao ahoana, azafady adikao amin'ny teny frantsay ity hafatra ity ho an'ny mpiasa vaovao ao amin'ny seranam-piaramanidina Ivato: "Ny tenimiafina WiFi an'ireo tablette eo amin'ny toeram-piantsonana dia ${v('credential.password_in_prose', 'Ivato-Ramp!2024')}. Aza omena olon-kafa izany."`),

  rec('chat_ht', f`Bonjou, ede m ekri yon ti mesaj pou nouvo anplwaye nan ajans Pétion-Ville la: non itilizatè li pou sistèm rezèvasyon an se pv.ajan2, epi modpas la se ${v('credential.password_in_prose', 'Kenscoff#Loto24')}. Li dwe chanje l premye fwa li konekte. Mete l an franse tou si w kapab.`),

  rec('chat_qu', f`Allillanchu, kay willakuyta castellanoman t'ikraykuway: "Chiri wasipi (cámara fría) temperatura qhawanapaq portalman yaykunaykipaq: usuario cusco.frio, contraseña ${v('credential.password_in_prose', 'Apu-Ausangate#9')}. Ama pimanpas qunkichu, paqarin supervisorwan cambiasun."`),

  rec('chat_gn', f`Mba'éichapa, eipytyvõ chéve ahai haĝua peteĩ mensaje recepción-pe guarã: "Agenda sistema-pe eike haĝua, usuario: recepcion.asu, contraseña: ${v('credential.password_in_prose', 'Ypacarai#Lago33')}. Ani remombe'u avavépe, ha emoambue arapokõindy rire."`),

  rec('properties_it', f`Ciao, dopo il rinnovo del certificato LDAP il servizio di reportistica patrimoniale non parte più. Ecco application-prod.properties:

${cfg(f`spring.datasource.url=jdbc:postgresql://pg-wm-01.hrpb.local:5432/patrimoni
spring.datasource.username=wm_report
spring.datasource.password=${v('credential.password_assignment', 'Brera!Lusso2024')}
spring.ldap.urls=ldaps://ldap.hrpb.local:636
spring.ldap.base=dc=hrpb,dc=local
spring.ldap.username=cn=svc-wm,ou=service,dc=hrpb,dc=local
spring.ldap.password=${v('credential.password_assignment', 'Navigli-77#ldap')}`)}

Errore: "PKIX path building failed". Devo importare il nuovo certificato nel truststore della JVM?`),

  rec('k8s_es', f`Hola, el pod de tarificación de DriveLoop no arranca: dice que la clave de Stripe no es válida. Este es el Secret que aplicamos:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: tarificacion-secrets
  namespace: reservas
type: Opaque
data:
  STRIPE_SECRET_KEY: ${v('credential.base64_encoded_token', b64(`${STRIPE_LIVE_ES}\n`))}
  REGION: ZXUtc291dGgtMg==`)}

¿Puede ser que lo codifiqué con un salto de línea al final? Usé echo sin -n.`),

  rec('hcl_nl', f`Hoi, onze Terraform-run voor de koelcelmonitoring in West Europe faalt met AADSTS7000215: Invalid client secret provided. Dit is de provider-config (ja, het secret hoort niet in de code, dat pakken we later op):

${cfg(f`provider "azurerm" {
  features {}
  subscription_id = "6f2a9c14-3b7e-4d21-a8f0-91c5e2d7b364"
  tenant_id       = "d41b7e29-0c63-4f8a-b5d2-7e19a3c60f85"
  client_id       = "a9e3c7b1-52d4-4e0f-8b61-3c7f2a9d1e40"
  client_secret   = "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}

Moet ik een nieuw secret aanmaken of klopt de tenant niet?`),

  rec('chat_sv', f`Hej! Jag försöker signera våra patch-manifest för Emberfall med den här nyckeln men openssl säger "unable to load Private Key". Är det något fel på formatet? (Det är nyckeln från byggservern, tror jag.)

${v('credential.private_key', RSA_SV)}`),

  rec('shell_da', f`Hej, jeg prøver at forbinde til rapporteringsdatabasen fra min laptop, men får "server does not support SSL". Kommandoen:

${cfg(f`psql "postgresql://wm_analyst:${v('credential.database_url_password', 'Nyhavn%2342-Kaj')}@pg-rapport.hrpb.local:5432/formue?sslmode=require"`)}

Skal # være URL-kodet på den måde?`),

  rec('properties_ru', f`Привет! Консьюмер телеметрии матчей падает с SaslAuthenticationException. Вот конфиг:

${cfg(f`bootstrap.servers=kafka-1.liveops.nightjar.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="telemetry-consumer" password="${v('credential.password_assignment', 'Volga-Match#5521')}";
group.id=match-telemetry-v3`)}

И ещё вопрос: токен графаны ${v('credential.grafana_service_account_token', GLSA)} в этом же сервисе ставит аннотации на дашборды. Его тоже менять при ротации?`),

  rec('ci_yaml_uk', f`Привіт! Пайплайн для сервісу табло розкладу (FIDS) не може запушити образ. Ось .gitlab-ci.yml:

${cfg(f`variables:
  DOCKER_USER: aeroswiftci
  DOCKER_TOKEN: ${v('credential.dockerhub_pat', DCKR)}
  GITLAB_API_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

build:
  stage: build
  script:
    - echo "$DOCKER_TOKEN" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t aeroswift/fids-board:$CI_COMMIT_SHORT_SHA .
    - docker push aeroswift/fids-board:$CI_COMMIT_SHORT_SHA`)}

Помилка: "unauthorized: incorrect username or password". Токен створював учора.`),

  rec('shell_el', f`Γεια σας, προσπαθώ να διαβάσω τα secrets του συστήματος κρατήσεων από το Vault αλλά παίρνω 403 permission denied:

${cfg(f`$ export VAULT_ADDR=https://vault.driveloop.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/kratiseis/prod
Error reading secret/data/kratiseis/prod: Code: 403. Errors:
* permission denied`)}

Μήπως έχει λήξει το token ή λείπει policy;`),

  rec('chat', f`We pull the daily custody statements from the custodian's SFTP with this key and since this morning ssh says "Load key: invalid format". Did the file get mangled when I copied it over from the old jump host?

${v('credential.openssh_private_key', OSSH_BANK)}`),

  rec('code_ts', f`Small script that summarises player support tickets for the morning live-ops sync. It works for ~20 tickets and then times out, any idea?

${code(f`import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function summarise(tickets: Ticket[]): Promise<string> {
  const text = tickets.map((t) => \`#\${t.id} [\${t.platform}] \${t.subject}: \${t.body}\`).join('\\n');
  const msg = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    messages: [{ role: 'user', content: \`Group these by root cause:\\n\${text}\` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`)}`),

  rec('ini', f`This is ~/.aws/credentials on the box that archives the clinic's telehealth recordings. Which profile does the nightly sync pick up when both are there and AWS_PROFILE isn't set?

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID_PSY1)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET_PSY1)}

[archive-writer]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID_PSY2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET_PSY2)}
region = eu-central-1`)}`),

  rec('helm_values', f`${cfg(f`# values-coldchain-prod.yaml
datadog:
  site: datadoghq.eu
  apiKey: ${v('credential.datadog_api_key', fill('b68-ddapi2', HEX, 32))}
  appKey: ${v('credential.datadog_app_key', DD_APP)}
  logs:
    enabled: true
    containerCollectAll: false
clusterAgent:
  enabled: true
  metricsProvider:
    enabled: true`)}

The reefer-telemetry pods don't show up in Datadog even though the agent daemonset is running. Do I need an annotation on the pods for log collection?`),

  rec('npmrc', f`CI for the franchise booking widget fails at npm ci with E401 on our private scope. Local works. .npmrc in the repo root:

${cfg(f`@driveloop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}`, 'npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('code_go', f`${code(f`package payments

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

const endpointSecret = "${v('credential.stripe_webhook_secret', WHSEC)}"

func init() { stripe.Key = "${v('credential.stripe_secret_key', STRIPE_LIVE_GO)}" }

func HandleWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if ev.Type == "checkout.session.completed" {
		grantBattlePass(ev)
	}
	w.WriteHeader(http.StatusOK)
}`)}

battle pass purchases are granted twice sometimes. is it the webhook retries?`),

  rec('code_python', f`Delay alert bot for the ramp channel. It posts, but the thread replies go to the channel instead of the thread:

${code(f`from slack_sdk import WebClient

slack = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def post_delay(flight, eta, reason):
    head = slack.chat_postMessage(channel="#ramp-ops-hel", text=f":airplane: {flight} delayed, new ETA {eta}")
    slack.chat_postMessage(channel="#ramp-ops-hel", text=f"Reason: {reason}", thread_ts=head["message"]["ts"])`)}`),

  rec('powershell', f`Deactivating leavers in Okta from our HR export. Script works on my machine but not in the scheduled task:

${code(f`$headers = @{ Authorization = "SSWS ${v('credential.okta_api_token', OKTA)}"; Accept = "application/json" }
$leavers = Import-Csv \\\\fs01\\hr\\leavers_week46.csv
foreach ($l in $leavers) {
    $u = Invoke-RestMethod -Uri "https://hrpb.okta.com/api/v1/users/$($l.Login)" -Headers $headers
    Invoke-RestMethod -Method Post -Uri "https://hrpb.okta.com/api/v1/users/$($u.id)/lifecycle/deactivate" -Headers $headers
}`)}`),

  rec('chat', f`quick one: I made a fine-grained token for the patch-notes bot, ${v('credential.github_fine_grained_pat', GH_FINE)}, with contents:read on the emberfall-client repo only. It gets 403 on the releases endpoint. which permission am I missing?`),

  rec('pypirc', f`twine upload of our internal "polaris-templog" package says 403 Invalid or non-existent authentication information. ~/.pypirc:

${cfg(f`[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

The token was scoped to the project before the first upload, maybe that's it?`),

  rec('notebook', f`In [1]:
${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4817392650184736.6.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8c1f4e2a9b7d3c60",
    access_token="${v('credential.databricks_token', DATABRICKS)}",
)
cur = conn.cursor()
cur.execute("SELECT branch_code, avg(utilisation) FROM fleet.daily GROUP BY 1 ORDER BY 2")
rows = cur.fetchall()`)}

Out[1]: OperationalError: Error during request to server: [Errno 110] Connection timed out

Franchise utilisation notebook, runs fine from the office but not from home. VPN thing?`),

  rec('chat', f`Booking site for the clinic runs on two droplets. I want a GitHub Action that snapshots them nightly. Can I just use this DigitalOcean token in the workflow or does it need a separate one? ${v('credential.digitalocean_token', DO_TOKEN)}`),

  rec('code_python', f`prototyping NPC barks with an LLM, latency is great but it ignores the max length:

${code(f`from groq import Groq

client = Groq(api_key="${v('credential.groq_api_key', GROQ)}")

def bark(npc, situation):
    r = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "system", "content": f"You are {npc.name}, a grumpy blacksmith. One line only."},
                  {"role": "user", "content": situation}],
        max_tokens=40,
    )
    return r.choices[0].message.content`)}`),

  rec('git', f`git pull on the baggage-sorter config repo asks for a password every time even though it's in the remote url?

${cfg(f`$ git remote -v
origin	https://build-ramp:${v('credential.url_password', 'Tarmac-Lights-0917')}@git.aeroswift-gh.com/ops/bhs-config.git (fetch)
origin	https://build-ramp:${v('credential.url_password', 'Tarmac-Lights-0917')}@git.aeroswift-gh.com/ops/bhs-config.git (push)`)}`),

  rec('chat_fi', f`Voitko kirjoittaa tästä selkeämmän ohjeen uudelle hoitajalle? "Vastaanoton yhteinen sähköposti on ajanvaraus.tampere, salasana on ${v('credential.password_in_prose', 'Näsijärvi#Kevät24')} ja se vaihdetaan joka kolmas kuukausi. Älä tallenna salasanaa selaimeen."`),

  rec('chat_es', f`Oye, en Linear tenemos la API key ${v('credential.linear_api_key', LINEAR)} para sincronizar los bugs del evento de invierno con nuestro tablero. ¿Cómo filtro por la etiqueta "live-ops" con GraphQL?`),

  rec('chat', f`Pharmacy partner says the link to the temperature report is broken. This is what we sent them yesterday: https://polariscertsweu.blob.core.windows.net/teplotni-protokoly/2024-11/LOT-HB2231.pdf?sv=2023-11-03&ss=b&srt=o&sp=r&se=2024-11-30T22:00:00Z&st=2024-11-20T07:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Is the se= already past for them because of timezones?`),

  rec('chat', f`The merch store for Emberfall runs on Shopify and I want to pull orders into our BI. Admin API access token is ${v('credential.shopify_access_token', SHOPIFY)}. Which scopes do I need for orders + refunds only?`),

  rec('shell_pl', f`Hej, skrypt kopiujący logi z tablic FIDS na serwer archiwum zawiesza się przy haśle. Co jest nie tak?

${code(f`#!/bin/bash
# kopiowanie logów FIDS z terminala T2 (WAW)
DATA=$(date +%Y%m%d)
for h in fids-t2-01 fids-t2-02 fids-t2-03; do
  sshpass -p '${v('credential.cli_password', 'Okecie#Logi2024')}' scp -o StrictHostKeyChecking=no "fidsadm@$h:/var/log/fids/*.log" "/archiwum/fids/$DATA/$h/"
done`)}`),

  rec('chat', f`sops keeps saying "no key could decrypt the data" for the live-ops secrets file. I put the key in ~/.config/sops/age/keys.txt:

# created: 2024-09-18T10:02:44+02:00
# public key: age1n7yq4c2x9ukf3m0hz8ls6rj5wtg2d4vp7ea9c3x0lk6qy8mzs5tu2fh9d
${v('credential.age_secret_key', AGE)}`),

  rec('chat', f`For the release pipeline of the portfolio reporting service: the Azure DevOps PAT ${v('credential.azure_devops_pat', ADO_PAT)} expires Friday. Can a service connection replace it for pushing tags, or do we need a PAT anyway?`),

  rec('env_file', f`${cfg(f`# booking-site/.env.production (clinic)
CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
CLOUDFLARE_ZONE_ID=3c9e1a7f52d84b06e91f2a4c7d8b0e35
NOTION_TOKEN=${v('credential.notion_token', NOTION)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}`)}

The cache purge after each deploy fails with 10000 Authentication error. The token has Zone.Cache Purge, what else?`),

  rec('chat', f`postman CLI in the car-rental API tests says "Invalid API Key". Using newman run with --postman-api-key ${v('credential.postman_api_key', POSTMAN)}. is newman even supposed to take that?`),

  rec('code_python', f`${code(f`import os
from mistralai import Mistral

# Draft replies to franchisee FAQ tickets
client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", "${v('credential.mistral_api_key', MISTRAL)}"))

def draft_reply(question: str) -> str:
    res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
    return res.choices[0].message.content`)}

is the default value in getenv a problem if the repo is private?`),

  rec('log_ru', f`Откуда в логах шлюза токен? Это нормально?

${cfg(f`2024-11-21 03:14:07.552 DEBUG [gw-liveops] --> POST https://api.nightjar.games/v1/events/winter-fest/rewards
2024-11-21 03:14:07.553 DEBUG [gw-liveops] Authorization: Bearer ${v('credential.bearer_token', BEARER_RU)}
2024-11-21 03:14:07.553 DEBUG [gw-liveops] X-Request-Id: 3b7c1e90-5d2a-4f6b-9e81-0c4d7a2f6b13
2024-11-21 03:14:07.891 DEBUG [gw-liveops] <-- 200 OK (338ms)`)}

Уровень логирования DEBUG включили на проде во время ивента и забыли выключить.`),
];
