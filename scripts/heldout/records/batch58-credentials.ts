/**
 * Held-out batch 58: credentials pasted by the staff of a mountain-rescue and alpine helicopter
 * service, a luxury hotel group, a textile mill and dye house, a property-and-casualty insurer's
 * claims team, a university genomics sequencing core and an esports tournament organiser — in
 * chats, configs, shells and code, in many languages. Hand-written, unmeasured when written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const TWILIO_SID = tok('AC', fill('b58-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b58-twtok', HEX, 32);
const AWS_ID = tok('AKIA', fill('b58-akia1', B32, 16));
const AWS_SECRET = fill('b58-akia1s', B64, 40);
const TELEGRAM = tok('7301948265', ':', 'AA', fill('b58-tg', B64URL, 33));
const GMAPS = tok('AIza', 'Sy', fill('b58-gmaps', B64URL, 33));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b58-sklive', B62, 97));
const SENDGRID = tok('SG.', fill('b58-sg1', B64URL, 22), '.', fill('b58-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b58-mc', HEX, 32), '-us14');
const ALI_ID = tok('LTAI', '5t', fill('b58-ltai', B62, 18));
const ALI_SECRET = fill('b58-alisec', B62, 30);
const BASIC_CM = b64('riad-amira-api:Qh7!tLr2wX9m');
const BREVO = tok('xkeysib-', fill('b58-brevo1', HEX, 64), '-', fill('b58-brevo2', B62, 16));
const BOOKING_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'be-2024-11' }, { sub: 'guest:884120', iss: 'https://booking.saigonpearl-hotels.vn', aud: 'booking-engine', iat: 1731552000, exp: 1731555600, scope: 'reservations:read reservations:write' }, 'b58-bejwt');
const DO_TOKEN = tok('dop_', 'v1_', fill('b58-dop', HEX, 64));
const AZ_CLIENT_SECRET = tok(fill('b58-azcs1', B62, 3), '8Q~', fill('b58-azcs2', B62 + '_~.-', 34));
const OKTA = tok('00', fill('b58-okta', B64URL, 40));
const DATABRICKS = tok('dapi', fill('b58-dapi', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b58-atl', B64URL, 171), '=', fill('b58-atl2', HEX.toUpperCase(), 8));
const DD_API = fill('b58-ddapi', HEX, 32);
const DD_APP = fill('b58-ddapp', HEX, 40);
const AZ_STORAGE = b64Bytes('b58-azst', 64);
const SAS_SIG = `${fill('b58-sas1', B62, 16)}%2B${fill('b58-sas2', B62, 11)}%2F${fill('b58-sas3', B62, 13)}%3D`;
const SENTRY_KEY = fill('b58-sentrydsn', HEX, 32);
const SENTRY_ORG = tok('sntrys_', b64(JSON.stringify({ iat: 1730802211.4, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'zaralisdaxmareba' })).replace(/=+$/, ''), '_', fill('b58-sntrys', B62, 43));
const VAULT = tok('hvs.', 'CAESI', fill('b58-hvs', B64URL, 86));
const HPC_KEY = pem('OPENSSH PRIVATE KEY', 'b58-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AWS_ID2 = tok('AKIA', fill('b58-akia2', B32, 16));
const AWS_SECRET2 = fill('b58-akia2s', B64, 40);
const HF = tok('hf_', fill('b58-hf', UPPER + LOWER, 34));
const GHP = gh('ghp', fill('b58-ghp1', B62, 30));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b58-age', BECH32, 58));
const AGE_PUB = tok('age1', fill('b58-agepub', BECH32.toLowerCase(), 58));
const OPENAI = tok('sk-proj-', fill('b58-oai1', B64URL, 74), 'T3BlbkFJ', fill('b58-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b58-ant', B64URL, 93), 'AA');
const DISCORD_BOT = tok(b64('1241873920571846712').replace(/=+$/, ''), '.', fill('b58-disc1', B64URL, 6), '.', fill('b58-disc2', B64URL, 38));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1253918472049173504', '/', fill('b58-dhook', B64URL, 68));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b58-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b58-whsec', B62, 32));
const CF_TOKEN = fill('b58-cftok', B64URL, 40);
const SUPA_SERVICE = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'kqzvtrnbwhmpxdlaoyef', role: 'service_role', iat: 1727308800, exp: 2042884800 }, 'b58-supa');
const SUPA_PAT = tok('sbp_', fill('b58-sbp', HEX, 40));
const VERCEL = fill('b58-vercel', B62, 24);
const NPM = gh('npm', fill('b58-npm', B62, 30));
const FCM = tok('AAAA', fill('b58-fcm1', B64URL, 7), ':APA91b', fill('b58-fcm2', B64URL, 134));
const GCP_PEM = pem('PRIVATE KEY', 'b58-gcp', 1217);
const SHOPIFY = tok('shpat_', fill('b58-shpat', HEX, 32));
const GLSA = tok('glsa_', fill('b58-glsa1', B62, 32), '_', fill('b58-glsa2', HEX, 8));
const PPK_PRIV = b64Bytes('b58-ppk', 48);
const DOCKER_AUTH = b64('svc-claims-pull:Wd8#kPz2!rTn4vQe');
const STEAM_KEY = fill('b58-steam', HEX.toUpperCase(), 32);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b58-pypi', B64URL, 160));
const LINEAR = tok('lin_', 'api_', fill('b58-linear', B62, 40));
const MISTRAL = fill('b58-mistral', B62, 32);
const CISCO_HASH = tok('$9$', fill('b58-cisco1', B62 + './', 14), '$', fill('b58-cisco2', B62 + './', 43));
const GITLAB = tok('glpat-', fill('b58-glpat', B62 + '-_', 20));

export const BATCH58_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`G'day — our callout SMS stopped going out to the winch crew overnight. This is the .env from the dispatch box (Twilio trial was upgraded to paid last week). Anything obviously wrong?

${amb('source_code.snippet', f`# /opt/callout/.env
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+61485937204')}
CALLOUT_GROUP=winch-crew-bankstown
RETRY_SECONDS=90
ESCALATE_AFTER=3`)}

Logs only say "21608". Cheers.`),

  rec('code_python_de', f`Das Skript lädt nach jeder Landung die HUMS-Daten und den Export vom Flugdatenschreiber nach S3 hoch. Seit gestern kommt "SignatureDoesNotMatch". Woran kann das liegen?

\`\`\`python
${code(f`import boto3
from pathlib import Path

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="${v('credential.aws_access_key_id', AWS_ID)}",
    aws_secret_access_key="${v('credential.aws_secret_access_key', AWS_SECRET)}",
)

def upload_flight(reg: str, flight_id: str, folder: Path) -> None:
    for f in sorted(folder.glob("*.csv")):
        key = f"hums/{reg}/{flight_id}/{f.name}"
        s3.upload_file(str(f), "bergrettung-flugdaten", key)
        print("hochgeladen:", key)

upload_flight("D-HBRK", "2024-11-14-03", Path("/data/export"))`)}
\`\`\``),

  rec('chat_fr_ch', f`Salut, peux-tu rédiger un court message pour les nouveaux pilotes de la base de Sion ? Il faut leur dire que l'accès au portail de suivi des vols se fait avec l'identifiant commun basesion.ops et que le mot de passe est ${v('credential.password_in_prose', 'Arolla-Dent-Blanche7')}, à ne surtout pas noter dans le carnet de vol ni sur le tableau de la salle d'équipage. Ton sympa mais clair, merci !`),

  rec('compose_no', f`Hei! Kan du se over denne docker-compose-fila for oppdragsloggen vår? API-containeren får "password authentication failed for user oppdrag" når den starter.

${amb('source_code.snippet', f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: oppdrag
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Fjellvettregel9!')}
      POSTGRES_DB: oppdrag
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.luftambulanse-nord.no/oppdragslogg-api:3.2.1
    environment:
      DATABASE_URL: postgres://oppdrag:${v('credential.database_url_password', 'Fjellvettregel9')}@db:5432/oppdrag
    depends_on: [db]
volumes:
  pgdata:`)}

Jeg har sammenlignet passordene tre ganger...`),

  rec('code_python_fi', f`Tukikohdan päivystysbotti ei enää lähetä sääennusteita Telegram-ryhmään, vaikka skripti ajetaan cronista joka aamu klo 5.30. Mikä tässä on vialla?

${code(f`import requests

TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002178340561

def laheta(viesti: str) -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    r = requests.post(url, data={"chat_id": CHAT_ID, "text": viesti}, timeout=10)
    r.raise_for_status()

laheta("Rovaniemi EFRO: tuuli 280/18G28, näkyvyys 6 km, pilven alaraja 1200 ft")`)}`),

  rec('code_html_es_cl', f`Hola, el mapa de misiones en la intranet dejó de cargar y la consola dice "RefererNotAllowedMapError". Lo movimos de servidor la semana pasada. Este es el script:

\`\`\`html
${code(f`<div id="mapa-misiones" style="height: 600px"></div>
<script src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMapa" async defer></script>
<script>
  function initMapa() {
    const base = { lat: -33.3925, lng: -70.5469 };
    const mapa = new google.maps.Map(document.getElementById("mapa-misiones"), { zoom: 9, center: base, mapTypeId: "terrain" });
    fetch("/api/misiones/activas").then(r => r.json()).then(ms => ms.forEach(m =>
      new google.maps.Marker({ position: m.pos, map: mapa, title: m.codigo })));
  }
</script>`)}
\`\`\`

¿Hay que agregar el dominio nuevo en la consola de Google o es otra cosa?`),

  rec('code_php', f`Spa booking page on the Kenmare site throws "No such customer" on some deposits. This is the bit that creates the PaymentIntent:

${code(f`<?php
require __DIR__ . '/vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

function createSpaDeposit(string $customerId, int $amountCents, string $bookingRef): \\Stripe\\PaymentIntent {
    return \\Stripe\\PaymentIntent::create([
        'amount' => $amountCents,
        'currency' => 'eur',
        'customer' => $customerId,
        'metadata' => ['booking_ref' => $bookingRef, 'property' => 'kenmare'],
        'automatic_payment_methods' => ['enabled' => true],
    ]);
}`)}

Could it be that the customers were created in the old Stripe account?`),

  rec('env_pt_br', f`Oi! Os e-mails de confirmação de reserva começaram a cair no spam e alguns nem chegam. O pessoal de TI pediu para eu revisar o .env do sistema de reservas. Tem algo errado aqui?

${amb('source_code.snippet', f`APP_ENV=production
APP_URL=https://reservas.pousadaserrafina.com.br
MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM_ADDRESS=${v('pii.email', 'reservas@pousadaserrafina.com.br')}
MAIL_FROM_NAME="Pousada Serra Fina"
QUEUE_CONNECTION=redis`)}

Também não sei se o SPF/DKIM está configurado, como verifico?`),

  rec('webconfig_ar', f`السلام عليكم، واجهة الربط بين نظام Opera ونظام نقاط الولاء توقفت بعد تحديث السيرفر أمس. هذا ملف web.config، وش المشكلة بالضبط؟

${amb('source_code.snippet', f`<configuration>
  <connectionStrings>
    <add name="LoyaltyDb"
         connectionString="Data Source=sql-loyalty-01.corniche-hotels.local;Initial Catalog=Loyalty;User ID=opera_ifc;Password=${v('credential.connection_string_password', 'Dh0w#Marina2024')};TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="OperaHotelCode" value="DXBMR" />
    <add key="PollSeconds" value="60" />
  </appSettings>
</configuration>`)}

الخطأ في اللوق: "Login failed for user 'opera_ifc'".`),

  rec('chat_ja', f`会員向けニュースレターの配信リストを予約システムからAPIで同期したいです。APIキーは ${v('credential.mailchimp_api_key', MAILCHIMP)} で、エンドポイントは https://us14.api.mailchimp.com/3.0/ にしています。これで合っていますか？ 401 が返ってきます。`),

  rec('code_python_zh', f`我们用阿里云短信服务给中国客人发入住提醒，下面这段代码一直报 InvalidAccessKeyId.NotFound，帮我看看哪里不对：

\`\`\`python
${code(f`from alibabacloud_dysmsapi20170525.client import Client
from alibabacloud_dysmsapi20170525 import models
from alibabacloud_tea_openapi import models as open_api_models

config = open_api_models.Config(
    access_key_id="${v('credential.alibaba_access_key_id', ALI_ID)}",
    access_key_secret="${v('credential.generic_secret_assignment', ALI_SECRET)}",
    endpoint="dysmsapi.aliyuncs.com",
)
client = Client(config)

def send_checkin_reminder(mobile: str, room: str, time: str) -> None:
    req = models.SendSmsRequest(
        phone_numbers=mobile,
        sign_name="外滩丽庭酒店",
        template_code="SMS_471203385",
        template_param='{"room":"%s","time":"%s"}' % (room, time),
    )
    print(client.send_sms(req).body.message)`)}
\`\`\``),

  rec('shell_he', f`היי, אני מנסה למשוך את ההזמנות של השבוע מה-channel manager וה-API מחזיר 403. הנה הפקודה שהרצתי:

${amb('source_code.snippet', f`curl -s "https://api.channelhub.io/v2/properties/TLV-0112/reservations?from=2024-11-18&to=2024-11-24" \\
  -H "Accept: application/json" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC_CM)}"`)}

מה יכול לגרום לזה? ביום ראשון זה עבד.`),

  rec('code_php_fr_ma', f`Salam, pour le riad à Marrakech on envoie les confirmations de réservation avec Brevo. Depuis hier on a une erreur 401 « Key not found ». Voici le fichier de config, tu vois quelque chose ?

${code(f`<?php
// config/mail.php
return [
    'driver'   => 'brevo',
    'brevo'    => [
        'api_key'   => '${v('credential.brevo_api_key', BREVO)}',
        'sender'    => ['name' => 'Riad Dar Amira', 'email' => '${v('pii.email', 'reservations@riad-daramira.ma')}'],
        'template'  => 14,
    ],
    'bcc_reception' => true,
];`)}`),

  rec('log_vi', f`Em ơi, log của booking engine có mấy dòng này, token này hết hạn chưa? Sao khách cứ bị đăng xuất giữa chừng khi đặt phòng?

${amb('source_code.snippet', f`2024-11-14 09:12:44.118 INFO  [http-nio-8080-exec-7] c.s.booking.AuthFilter - GET /api/v1/reservations/884120 from ${amb('pii.ip_address', '113.161.72.45')}
2024-11-14 09:12:44.119 DEBUG [http-nio-8080-exec-7] c.s.booking.AuthFilter - Authorization: Bearer ${v('credential.jwt', BOOKING_JWT)}
2024-11-14 09:12:44.121 WARN  [http-nio-8080-exec-7] c.s.booking.AuthFilter - token rejected: clock skew 47s > 30s`)}`),

  rec('cisco_tr', f`Boyahane hattındaki switch'in konfigürasyonu aşağıda. VLAN 30'daki PLC'ler birbirini görüyor ama SCADA sunucusu onlara ulaşamıyor. Sorun nerede olabilir?

${amb('source_code.snippet', f`hostname BOYA-SW01
!
enable secret 9 ${ambCat('credential', CISCO_HASH)}
username bakim privilege 15 password 0 ${v('credential.network_device_secret', 'Indigo!Boya2023')}
!
snmp-server community ${v('credential.network_device_secret', 'kumas-ro-71')} RO
!
interface Vlan30
 description PLC-BOYA-KAZANLARI
 ip address ${amb('pii.ip_address', '10.30.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
interface Vlan40
 description SCADA
 ip address ${amb('pii.ip_address', '10.40.0.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
ip route 0.0.0.0 0.0.0.0 ${amb('pii.ip_address', '10.40.0.254')}`)}`),

  rec('shell_history_pl', f`Znalazłem to w historii basha na serwerze MES w farbiarni. Czy to jest problem bezpieczeństwa i jak to wyczyścić, żeby nie zostało w ~/.bash_history?

  ${amb('source_code.snippet', f`512  systemctl status mes-collector
  513  tail -n 200 /var/log/mes/collector.log
  514  mysql -u mes_app -p${v('credential.mysql_cli_password', 'Farb@rnia_2024')} -h ${amb('pii.ip_address', '10.20.1.15')} mes_prod
  515  mysqldump -u mes_app -p mes_prod partie > /tmp/partie.sql
  516  ls -la /tmp`)}`),

  rec('code_python_ro', f`Salut, scriptul ăsta citește temperaturile din autoclavele de vopsire prin OPC UA, dar dă BadUserAccessDenied de la actualizarea firmware-ului. Ce greșesc?

${code(f`from opcua import Client

client = Client("opc.tcp://vopsitorie-plc02.local:4840")
client.set_user("operator_tura")
client.set_password("${v('credential.password_assignment', 'Bobina#Rosu55')}")
client.connect()
try:
    for vana in range(1, 7):
        nod = client.get_node(f"ns=3;s=Autoclava{vana}.Temperatura")
        print(vana, nod.get_value())
finally:
    client.disconnect()`)}`),

  rec('chat_gu', f`મહેરબાની કરીને આ મેસેજ અંગ્રેજીમાં લખી આપો, નવા સુપરવાઈઝર માટે છે: "ડાઈંગ રિપોર્ટ મોકલવા માટે ${v('pii.email', 'reports.suratdyehouse@gmail.com')} વાપરજો. તેનો એપ પાસવર્ડ ${v('credential.password_in_prose', 'qzxm hkwb tpla vrne')} છે, તે કોઈને શેર ન કરતા અને ફોનમાં સેવ ન કરતા."`),

  rec('chat_bn', f`ভাই, নতুন মার্চেন্ডাইজারের জন্য ERP অ্যাকাউন্ট খুলে দিয়েছি। ইংরেজিতে একটা ছোট ইমেইল লিখে দাও যেন সে প্রথম দিন লগইন করতে পারে:
ইউজারনেম: rafiq.merch
পাসওয়ার্ড: ${v('credential.user_password_pair', 'Kapor@Gazipur24')}
প্রথমবার লগইনের পর পাসওয়ার্ড বদলাতে হবে।`),

  rec('json_ur', f`السلام علیکم، ہماری مل کی انوینٹری ایپ Azure SQL سے کنیکٹ نہیں ہو رہی۔ یہ appsettings.json ہے، غلطی کہاں ہے؟

${amb('source_code.snippet', f`{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Inventory": "Server=tcp:faisalabad-mill.database.windows.net,1433;Database=yarn_inventory;User Id=inv_app;Password=${v('credential.connection_string_password', 'Kapas#Lawn2024')};Encrypt=True;Connection Timeout=30;"
  },
  "AllowedHosts": "*"
}`)}

ایرر آتا ہے: "Cannot open server requested by the login".`),

  rec('terraform_uz', f`Salom! Terraform bilan to'quv fabrikasining monitoring serverini DigitalOcean'da ochmoqchiman, lekin "Unable to authenticate you" xatosi chiqyapti. Mana fayl:

${amb('source_code.snippet', f`terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "monitoring" {
  name   = "toquv-monitoring-01"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Token yangi, kecha yaratganman.`),

  rec('shell_nl', f`Ik probeer vanuit de schadeafhandelings-pipeline in te loggen met de service principal, maar ik krijg AADSTS7000215 (invalid client secret). Dit is het commando uit het script:

${amb('source_code.snippet', f`az login --service-principal \\
  -u 6f2c81d4-93ab-4e57-b0c8-1a7d29e54f36 \\
  -p '${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}' \\
  --tenant 0b4e7a92-5cd1-4f38-a6e0-93d27b18c5fa
az storage blob list --account-name schadefotos --container-name intake -o table`)}

Het secret is vorige week vernieuwd in de portal. Moet ik iets met de secret ID doen in plaats van de value?`),

  rec('code_powershell_de', f`Wir deaktivieren ausgeschiedene Schadenregulierer automatisch in Okta. Das Skript wirft seit Montag 401. Kann es am Token liegen oder an der Berechtigung?

\`\`\`powershell
${code(f`$oktaOrg = "https://rheinland-versicherung.okta.com"
$headers = @{
    "Authorization" = "SSWS ${v('credential.okta_api_token', OKTA)}"
    "Accept"        = "application/json"
}

$austritte = Import-Csv -Path "\\\\fs01\\HR\\austritte_november.csv" -Delimiter ";"
foreach ($ma in $austritte) {
    $user = Invoke-RestMethod -Uri "$oktaOrg/api/v1/users/$($ma.Login)" -Headers $headers
    Invoke-RestMethod -Method Post -Uri "$oktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $headers
    Write-Host "deaktiviert: $($ma.Login)"
}`)}
\`\`\``),

  rec('ini', f`Howzit — the claims-fraud scoring notebook runs fine interactively but the scheduled job on the build agent can't reach the workspace. Config on the agent:

${amb('source_code.snippet', f`[DEFAULT]
host  = https://adb-5830172946618204.4.azuredatabricks.net
token = ${v('credential.databricks_token', DATABRICKS)}

[staging]
host  = https://adb-2917460385521937.17.azuredatabricks.net
token = \${DATABRICKS_STAGING_TOKEN}`)}

Error: "Invalid access token" — but the same token works in my browser session?`),

  rec('shell_sl', f`Živjo, s tem ukazom bi rad iz Jire potegnil vse odprte škodne zahtevke za kasko, vendar dobim 401. Kaj je narobe?

${amb('source_code.snippet', f`curl -s -u "${v('pii.email', 'ema.kovac@zavarovalnica-triglavska.si')}:${v('credential.atlassian_api_token', ATLASSIAN)}" \\
  -H "Accept: application/json" \\
  "https://zavarovalnica-triglavska.atlassian.net/rest/api/3/search?jql=project%3DSKODE%20AND%20status%3DOdprto&maxResults=100"`)}`),

  rec('yaml_el', f`Καλησπέρα, ο Datadog agent στον server των αποζημιώσεων δεν στέλνει metrics από χθες. Αυτό είναι το datadog.yaml, βλέπεις κάτι λάθος;

${amb('source_code.snippet', f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: apozimioseis-app-02
tags:
  - env:prod
  - team:claims
logs_enabled: true`)}

Στο agent status γράφει "API Key invalid".`),

  rec('chat_et', f`Tere! Kahjukäsitluse rakendus laeb õnnetuspildid Azure Blob Storage'isse, aga alates eilsest tuleb 403 AuthenticationFailed. Kas ühendusstring on vale?

${amb('source_code.snippet', f`DefaultEndpointsProtocol=https;AccountName=kahjupildid;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net`)}

Võtit ei ole keegi meie teada roteerinud.`),

  rec('chat_az', f`Salam, sığorta iddiası sənədlərini yükləmək üçün müştəriyə bu linki göndərmişik, amma "AuthorizationPermissionMismatch" xətası alırlar. Link düzgündür?

https://iddiasenedleri.blob.core.windows.net/iddialar/2024/CL-88213?${v('credential.azure_sas_token', `sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-12-31T20:00:00Z&st=2024-11-01T08:00:00Z&spr=https&sig=${SAS_SIG}`)}

Müştəri fayl yükləməlidir, yalnız baxmaq yox.`),

  rec('code_js_ka', f`გამარჯობა, ზარალის პორტალის ფრონტენდი Sentry-ში შეცდომებს აღარ აგზავნის და source map-ების ატვირთვაც ვერ ხერხდება. აი კონფიგურაცია:

${code(f`// src/sentry.js
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507218834165760.ingest.de.sentry.io/4507218851205200`)}",
  environment: "production",
  tracesSampleRate: 0.2,
});`)}

.sentryclirc:
${amb('source_code.snippet', f`[auth]
token=${v('credential.sentry_auth_token', SENTRY_ORG)}

[defaults]
org=zaralisdaxmareba
project=claims-portal`)}`),

  rec('shell_mk', f`Здраво, кога пуштам vault kv get добивам "permission denied". Еве што внесов во терминалот:

${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.osiguruvanje-makedonija.mk:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/steti/postgres
Error reading secret/data/steti/postgres: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

Дали токенот нема policy за таа патека?`),

  rec('ssh_key', f`The HPC login node keeps rejecting my key with "invalid format" — I copied it over from my old laptop with a USB stick. Here's the file so you can see if it got mangled:

${v('credential.openssh_private_key', HPC_KEY)}

I'm on Windows now, using the built-in OpenSSH client.`),

  rec('aws_ini_ja', f`シーケンスコアのFASTQをS3に上げるためにプロファイルを追加したのですが、aws s3 ls で AccessDenied になります。credentials ファイルはこうです：

${amb('source_code.snippet', f`[default]
region = ap-northeast-1

[sequencing-core]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET2)}
region = ap-northeast-1`)}

バケットは seqcore-fastq-2024 です。IAM ポリシーの方の問題でしょうか？`),

  rec('code_python_zh', f`我们想用 DNA 语言模型在集群上做变异效应预测，下载权重时一直报 401，token 已经填了：

${code(f`from huggingface_hub import login
from transformers import AutoTokenizer, AutoModelForMaskedLM

login(token="${v('credential.huggingface_token', HF)}")

name = "InstaDeepAI/nucleotide-transformer-v2-500m-multi-species"
tok = AutoTokenizer.from_pretrained(name, trust_remote_code=True)
model = AutoModelForMaskedLM.from_pretrained(name, trust_remote_code=True)`)}

是不是 gated 模型需要先在网页上申请？`),

  rec('shell_ml', f`ഹായ്, ലാബിലെ പൈപ്പ്‌ലൈൻ റിപ്പോ push ചെയ്യുമ്പോൾ "Authentication failed" വരുന്നു. git remote -v ഔട്ട്പുട്ട് ഇതാണ്:

${amb('source_code.snippet', f`origin	https://${v('credential.github_pat', GHP)}@github.com/seqcore-tvm/rnaseq-pipeline.git (fetch)
origin	https://${v('credential.github_pat', GHP)}@github.com/seqcore-tvm/rnaseq-pipeline.git (push)`)}

ടോക്കൺ expire ആയതാണോ? പുതിയത് എങ്ങനെ മാറ്റും?`),

  rec('pip_conf_fa', f`سلام، pip از مخزن داخلی بسته‌های بیوانفورماتیک نصب نمی‌کند و خطای 401 می‌دهد. این فایل pip.conf ماست:

${amb('source_code.snippet', f`[global]
index-url = https://bioinf:${v('credential.url_password', 'Zagros!Seq2024')}@nexus.seqcore.ut.ac.ir/repository/pypi-group/simple
trusted-host = nexus.seqcore.ut.ac.ir
timeout = 60`)}

رمز را هفته پیش عوض کردیم، ولی فکر می‌کنم کاراکتر ! مشکل ایجاد می‌کند؟`),

  rec('snakemake_id', f`Halo, saya mau Snakemake kirim notifikasi ke Slack kalau run selesai atau gagal. Kode ini tidak mengirim apa-apa, juga tidak ada error:

${code(f`SLACK = "${v('credential.slack_webhook_url', tok('https://hooks.slack.com/services/', 'T04KQ7B2M1R/', 'B07H3LZ9X2P/', fill('b58-slackhook', B62, 24)))}"

onsuccess:
    shell("""curl -s -X POST -H 'Content-type: application/json' --data '{{"text":"Run {config[run_id]} selesai"}}' {SLACK}""")

onerror:
    shell("""curl -s -X POST -H 'Content-type: application/json' --data '{{"text":"Run {config[run_id]} GAGAL"}}' {SLACK}""")`)}`),

  rec('chat_si', f`ආයුබෝවන්, රෝගීන්ගේ VCF ගොනු age වලින් encrypt කරන්න අපි මේ key එක පාවිච්චි කරනවා. decrypt කරද්දී "no identity matched any of the recipients" කියලා එනවා. key ගොනුව මෙන්න:

# created: 2024-10-02T11:48:20+05:30
# public key: ${AGE_PUB}
${v('credential.age_secret_key', AGE)}

වැරැද්ද මොකක්ද?`),

  rec('code_python_pt_br', f`Estamos testando resumir os relatórios de QC do MultiQC com a API da OpenAI. Dá erro 429 logo na primeira chamada, mesmo com crédito na conta. Segue o código:

\`\`\`python
${code(f`from openai import OpenAI
import json

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

with open("multiqc_data/multiqc_general_stats.json") as fh:
    stats = json.load(fh)

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "system", "content": "Resuma o QC da corrida em português, em 5 tópicos."},
        {"role": "user", "content": json.dumps(stats)[:60000]},
    ],
)
print(resp.choices[0].message.content)`)}
\`\`\``),

  rec('code_r_es_pe', f`Hola, quiero llamar a la API de Anthropic desde R para que me ayude a anotar variantes en lenguaje sencillo. Me sale "authentication_error". Este es mi script:

${code(f`library(httr2)

resp <- request("https://api.anthropic.com/v1/messages") |>
  req_headers(
    "x-api-key" = "${v('credential.anthropic_api_key', ANTHROPIC)}",
    "anthropic-version" = "2023-06-01",
    "content-type" = "application/json"
  ) |>
  req_body_json(list(
    model = "claude-3-5-sonnet-20241022",
    max_tokens = 800,
    messages = list(list(role = "user", content = paste("Explica estas variantes:", variantes_txt)))
  )) |>
  req_perform()`)}`),

  rec('code_js', f`Check-in bot for the Dublin LAN finals stopped responding to /checkin after I moved it to the new VPS. Node 20, discord.js 14:

${code(f`const { Client, GatewayIntentBits } = require("discord.js");

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] });

client.on("interactionCreate", async (i) => {
  if (!i.isChatInputCommand() || i.commandName !== "checkin") return;
  const team = i.options.getString("team");
  await db.markCheckedIn(team, i.user.id);
  await i.reply({ content: \`✅ \${team} checked in\`, ephemeral: true });
});

client.login("${v('credential.discord_bot_token', DISCORD_BOT)}");`)}

No errors in pm2 logs, it just says "Ready".`),

  rec('code_python_tr', f`Turnuva sonuçlarını Discord kanalına otomatik atan script artık 404 veriyor. Webhook silinmiş olabilir mi, yoksa URL formatı mı değişti?

${code(f`import requests

WEBHOOK = "${v('credential.discord_webhook_url', DISCORD_HOOK)}"

def sonuc_gonder(mac: dict) -> None:
    mesaj = f"**{mac['takim1']}** {mac['skor1']} - {mac['skor2']} **{mac['takim2']}** ({mac['harita']})"
    r = requests.post(WEBHOOK, json={"content": mesaj, "username": "Turnuva Botu"})
    print(r.status_code, r.text)`)}`),

  rec('env_pl', f`Cześć, wypłaty nagród dla drużyn robimy przez Stripe Connect. Od wdrożenia nowej wersji webhook nie przechodzi weryfikacji podpisu ("No signatures found matching the expected signature"). Config:

${amb('source_code.snippet', f`NODE_ENV=production
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
PAYOUT_CURRENCY=pln
PAYOUT_MIN_AMOUNT=5000`)}

Czy restricted key może w ogóle robić transfers?`),

  rec('shell_fi', f`Moikka, yritän tyhjentää välimuistin turnaussivulta Cloudflaren API:lla ennen finaalia, mutta saan virheen "Invalid API Token". Komento:

${amb('source_code.snippet', f`curl -X POST "https://api.cloudflare.com/client/v4/zones/4c9e1b27a83f05d6e2b81c7a94f03d15/purge_cache" \\
  -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" \\
  -H "Content-Type: application/json" \\
  --data '{"files":["https://finaalit.pohjolacup.fi/bracket.json"]}'`)}

Tokenilla pitäisi olla Zone.Cache Purge -oikeus.`),

  rec('env_vi', f`Mình đang làm trang đăng ký giải đấu bằng Next.js + Supabase. File .env.local như sau, nếu deploy lên Vercel thì có lộ gì không? Và access token dùng cho CLI có cần để ở đây không?

${amb('source_code.snippet', f`NEXT_PUBLIC_SUPABASE_URL=https://kqzvtrnbwhmpxdlaoyef.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_SERVICE)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPA_PAT)}
DANG_KY_MO=2024-12-01`)}`),

  rec('shell_id', f`Deploy dari laptop gagal terus, katanya token tidak valid. Ini perintah yang saya jalankan dan isi .npmrc di folder project:

${amb('source_code.snippet', f`$ vercel deploy --prod --token ${v('credential.vercel_token', VERCEL)}
Error: The specified token is not valid. Use \`vercel login\` to generate a new token.

$ cat .npmrc
@nusantara-esports:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}`)}`),

  rec('chat_am', f`ሰላም፣ ይህን መልዕክት ወደ እንግሊዝኛ ተርጉምልኝ፦ «የእንግዳ መቀበያው ኮምፒውተር የአስተዳዳሪ መለያ ስም reception-admin ሲሆን የይለፍ ቃሉ ${v('credential.password_in_prose', 'Entoto#Sheraton19')} ነው። ለማንም አትስጡ፣ በወረቀትም አትጻፉ።»`),

  rec('chat_zu', f`Sawubona, ngicela ungisize ngibhale lo myalezo ngesiNgisi ukuze ngiwuthumele kubaphathi bamashifu:
"Ukungena ku-SCADA yefektri yokudaya:
igama lomsebenzisi: dyehouse_op
iphasiwedi: ${v('credential.user_password_pair', 'Indlovu#Dye4471')}
Ningayishintshi ngaphandle kwemvume kamphathi."`),

  rec('code_kotlin_my', f`မင်္ဂလာပါ၊ ဟိုတယ် app ကနေ ဧည့်သည်တွေဆီ push notification ပို့လို့မရတော့ဘူး။ ဒီ code ကိုကြည့်ပေးပါ၊ legacy API ပိတ်လိုက်တာလား?

${code(f`object PushSender {
    private const val SERVER_KEY = "${v('credential.firebase_fcm_server_key', FCM)}"
    private val http = OkHttpClient()

    fun sendRoomReady(deviceToken: String, room: String) {
        val body = """{"to":"$deviceToken","notification":{"title":"Room ready","body":"Your room $room is ready"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .addHeader("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { println(it.code) }
    }
}`)}`),

  rec('gcp_json_de', f`Für die Übertragung der Sequenzierdaten nach BigQuery nutzen wir diesen Service-Account. Der Job scheitert mit "invalid_grant: Invalid JWT Signature". Ist die Schlüsseldatei kaputt oder wurde der Schlüssel deaktiviert?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "seqcore-uni-goettingen",
  "private_key_id": "${fill('b58-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-loader@seqcore-uni-goettingen.iam.gserviceaccount.com')}",
  "client_id": "104827365019283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-loader%40seqcore-uni-goettingen.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}`),

  rec('code_python_ar', f`هلا، متجر منتجات البطولة على Shopify، أبي أسحب الطلبات الجديدة بسكربت بايثون عشان نجهز التيشيرتات قبل النهائي، بس يطلع لي 401. هذا الكود:

${code(f`import requests

SHOP = "gulf-clash-merch.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHOPIFY)}"

r = requests.get(
    f"https://{SHOP}/admin/api/2024-10/orders.json?status=open&limit=250",
    headers={"X-Shopify-Access-Token": TOKEN},
)
for o in r.json().get("orders", []):
    print(o["name"], o["total_price"], [li["sku"] for li in o["line_items"]])`)}`),

  rec('code_bash_no', f`Vi har et dashbord for motortemperatur og vibrasjon fra HUMS-dataene. Provisjoneringsskriptet får 401 fra Grafana etter oppgraderingen til 11.3:

${code(f`#!/usr/bin/env bash
set -euo pipefail

GRAFANA_URL="https://grafana.luftambulanse-nord.no"
GRAFANA_TOKEN="${v('credential.grafana_service_account_token', GLSA)}"

for f in dashboards/*.json; do
  jq '{dashboard: ., overwrite: true, folderUid: "hums"}' "$f" |
    curl -sf -X POST "$GRAFANA_URL/api/dashboards/db" \\
      -H "Authorization: Bearer $GRAFANA_TOKEN" \\
      -H "Content-Type: application/json" \\
      --data-binary @- > /dev/null
  echo "ok: $f"
done`)}`),

  rec('ppk_sl', f`Na računalniku ob barvalnem stroju imamo shranjen ta ključ za SFTP do strežnika z recepturami. WinSCP javi "Couldn't load private key". Ali je datoteka poškodovana?

PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: barvarna-hmi@recepture
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b58-ppkpub', B64, 44)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b58-ppkmac', HEX, 64)}`),

  rec('docker_json', f`Our claims-triage image pull fails in the new AKS cluster with "unauthorized: authentication required". This is the config.json I turned into the imagePullSecret:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.claims.southerncrossinsure.com.au": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Do I need to base64 it again for the k8s secret?`),

  rec('ini_ro', f`Salut, botul de turneu verifică orele jucate pe Steam ale jucătorilor înainte de înscriere. De azi primesc 403 de la API. Fișierul config.ini:

${amb('source_code.snippet', f`[steam]
api_key = ${v('credential.generic_secret_assignment', STEAM_KEY)}
min_ore_jucate = 150

[turneu]
nume = Cupa Carpați CS2
max_echipe = 32`)}`),

  rec('pypirc_he', f`היי, אני מנסה להעלות את חבילת ה-QC שלנו ל-PyPI ו-twine מחזיר 403 Forbidden. זה ה-.pypirc:

${amb('source_code.snippet', f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

שם החבילה seqcore-qc, האם הטוקן צריך להיות scoped לפרויקט?`),

  rec('code_js_et', f`Tere! Tahan turniiri veateated Linearist automaatselt Discordi saata. GraphQL päring annab vastuseks "Authentication required, not authenticated". Kood:

${code(f`const LINEAR_KEY = "${v('credential.linear_api_key', LINEAR)}";

export async function avatudVead() {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: LINEAR_KEY },
    body: JSON.stringify({ query: "{ issues(filter: { team: { key: { eq: \\"TUR\\" } }, state: { type: { neq: \\"completed\\" } } }) { nodes { identifier title } } }" }),
  });
  return (await res.json()).data.issues.nodes;
}`)}`),

  rec('shell_fr_ch', f`Salut, on teste Mistral pour résumer les rapports d'intervention avant le débriefing. J'ai mis la clé dans le header mais j'ai toujours 401 :

${amb('source_code.snippet', f`curl https://api.mistral.ai/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${v('credential.mistral_api_key', MISTRAL)}" \\
  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Résume ce rapport en 5 points : ..."}]}'`)}

La clé a été créée dans l'espace de travail de la base, pas dans le mien. Ça change quelque chose ?`),

  rec('gitlab_ci_en_za', f`The nightly job that pushes the reserving model to the internal registry fails on the clone step. Runner log:

${amb('source_code.snippet', f`$ git clone https://oauth2:${v('credential.gitlab_pat', GITLAB)}@gitlab.claims.local/actuarial/reserving-model.git
Cloning into 'reserving-model'...
remote: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password.
fatal: Authentication failed for 'https://gitlab.claims.local/actuarial/reserving-model.git/'`)}

Token was created last Monday with read_repository. Expiry?`),
];
