/**
 * Held-out batch 60: credentials pasted by the staff of an organic farm cooperative's export desk, a
 * children's dental practice chain, a metro operator's signalling maintenance team, a wine importer,
 * a legal-aid clinic and a data-centre cooling vendor's field service. Hand-written, many languages.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const SHPAT = tok('shpat_', fill('b60-shpat', HEX, 32));
const SHPSS = tok('shpss_', fill('b60-shpss', HEX, 32));
const INFLUX = tok(fill('b60-influx', B64URL, 86), '==');
const MAILGUN = tok('key-', fill('b60-mailgun', HEX, 32));
const TW_SID = tok('AC', fill('b60-twsid', HEX, 32));
const TW_AUTH = fill('b60-twauth', HEX, 32);
const GLPAT = tok('glpat-', fill('b60-glpat', B62 + '-_', 20));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b60-sklive', B62, 97));
const TELEGRAM = tok('7318', fill('b60-tgid', DIGITS, 6), ':', 'AA', fill('b60-tg', B64URL, 33));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b60-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SENTRY = tok('https://', fill('b60-sentry', HEX, 32), '@o4507', fill('b60-sentryorg', DIGITS, 10), '.ingest.de.sentry.io/4507', fill('b60-sentryproj', DIGITS, 11));
const DD_API = fill('b60-ddapi', HEX, 32);
const LARAVEL_KEY = tok('base64:', fill('b60-lvkey', B64, 43), '=');
const AZ_SECRET = tok(fill('b60-azs1', B62, 3), '8Q~', fill('b60-azs2', B62 + '-_.~', 34));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b60-slkt', UPPER + DIGITS, 9), '/', 'B0', fill('b60-slkb', UPPER + DIGITS, 9), '/', fill('b60-slkh', B62, 24));
const GMAPS = tok('AIza', 'Sy', fill('b60-gmaps', B64URL, 33));
const FB_PAGE = tok('EAA', 'Nq7', fill('b60-fbpage', B62, 176));
const SENDGRID = tok('SG.', fill('b60-sg1', B64URL, 22), '.', fill('b60-sg2', B64URL, 43));
const OPENAI = tok('sk-', 'proj-', fill('b60-oai1', B64URL, 74), 'T3BlbkFJ', fill('b60-oai2', B64URL, 74));
const BMS_BEARER = fill('b60-bmsbearer', B62 + '-._~', 56);
const K8S_PW = 'Haneul!Chiasl-2291';
const FG_PAT = tok('github_pat_', '11B', fill('b60-fgpat1', UPPER + DIGITS, 19), '_', fill('b60-fgpat2', B62, 59));
const AKIA = tok('AKIA', fill('b60-akia', B32, 16));
const AWS_SECRET = fill('b60-awssec', B64, 40);
const MPESA_KEY = fill('b60-mpkey', B62, 48);
const MPESA_SECRET = fill('b60-mpsec', B62, 64);
const MPESA_PASSKEY = fill('b60-mppass', HEX, 64);
const FS_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'fsm-2024-11' }, { sub: 'tech-0417', name: 'Marcus Bell', role: 'field_engineer', tenant: 'polarwind-us', iat: 1733140800, exp: 1733227200 }, 'b60-fsjwt');
const VAULT = tok('hvs.', 'CAESI', fill('b60-vault', B64URL, 86));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b60-ant', B64URL, 93), 'AA');
const NPM = gh('npm', 'Kd7Pq2Wz9Rm4Xt1Vb6Ny3Hs8Lc5Jg0');
const ORANGE_BASIC = b64('k3Vw9QbTzR1fL6yHcN2x:Mq8pZ4sJ7dWvE1nR');
const DOCKER_AUTH = b64('vinicola_ci:Barrique#Nebbiolo19');
const GHP = gh('ghp', 'Tf3Lq8Zm1Wv6Kr9Bn4Xc7Hy2Pd5Js0');
const RSA = pem('RSA PRIVATE KEY', 'b60-rsa', 1192);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b60-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b60-whsec', B62, 32));
const HF = tok('hf_', fill('b60-hf', UPPER + LOWER, 34));
const GLSA = tok('glsa_', fill('b60-glsa1', B62, 32), '_', fill('b60-glsa2', HEX, 8));
const TEAMS_HOOK = tok('https://tokyometro-sig.webhook.office.com/webhookb2/', '8d2f6a14-3c7e-4b90-a5d1-e0f49b7c2a63@51c9e8d7-2f04-4a6b-9e31-7b5d0c8a4f26/IncomingWebhook/', fill('b60-teams1', HEX, 32), '/', 'c7e30b95-41d8-4f2a-b6e9-0d5a73f1c824/', 'V2', fill('b60-teams2', B64URL, 43));
const NOTION = tok('ntn_', fill('b60-ntn1', DIGITS, 11), fill('b60-ntn2', B62, 35));
const GCP_PEM = pem('PRIVATE KEY', 'b60-gcp', 1218);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b60-atl', B64URL, 171), '=', fill('b60-atl2', HEX.toUpperCase(), 8));
const AZ_STORAGE = tok(fill('b60-azst', B64, 86), '==');
const DO_TOKEN = tok('dop_v1_', fill('b60-do', HEX, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b60-age', BECH32, 58));
const CF_TOKEN = fill('b60-cf', B62 + '-_', 40);
const K8S_B64 = b64('Onggi$Dental#7755');
const LINEAR = tok('lin_api_', fill('b60-linear', B62, 40));
const CISCO_HASH = tok('$9$', fill('b60-cisco1', B62 + './', 14), '$', fill('b60-cisco2', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH60_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`We moved the wine club storefront to a new Shopify custom app and now the inventory sync job gets 401 on every call. Here's the env for the sync worker, can you spot what's wrong?

${cfg(f`# corkline-sync/.env.production
SHOPIFY_SHOP=corkline-wines.myshopify.com
SHOPIFY_API_VERSION=2024-10
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
SHOPIFY_API_SECRET=${v('credential.shopify_shared_secret', SHPSS)}
WAREHOUSE_LOCATION_ID=71820394551
SYNC_CRON="*/15 * * * *"`)}`),

  rec('chat_es_co', f`Hola, necesito redactar un correo para el agente de aduanas en Cartagena. Él tiene que subir los certificados fitosanitarios del lote de aguacate Hass a la VUCE en nuestro nombre. Le voy a pasar el acceso: usuario SIERRAVIVA-EXP y la contraseña es ${v('credential.password_in_prose', 'Aguacate.Hass-2024')}. ¿Cómo le digo de forma educada que la cambie apenas entre y que no la comparta con nadie de la agencia?`),

  rec('code_php', f`Oi! O sistema de agendamento da clínica Dentinho Kids parou de conectar no banco depois da migração. Segue o arquivo de config:

\`\`\`php
${code(f`<?php
// config/database.php — agenda online (unidade Moema)
return [
    'driver'   => 'mysql',
    'host'     => 'db-agenda.dentinhokids.internal',
    'port'     => 3306,
    'database' => 'agenda_moema',
    'username' => 'agenda_app',
    'password' => '${v('credential.password_assignment', 'Sorriso#Moema2024')}',
    'charset'  => 'utf8mb4',
    'options'  => [PDO::ATTR_TIMEOUT => 5],
];`)}
\`\`\`

O erro é "SQLSTATE[HY000] [2002] Connection timed out". Pode ser firewall?`),

  rec('email_fr', f`Bonjour,

peux-tu reformuler ce message pour qu'il soit plus clair pour une bénévole qui n'est pas à l'aise avec l'informatique ?

« Salut Maëlle, ton compte sur le logiciel de suivi des dossiers de la permanence juridique est prêt. Identifiant : m.garnier — mot de passe provisoire : ${v('credential.password_in_prose', 'Permanence!Mardi7')} (à changer à la première connexion). Tu peux te connecter depuis le poste de l'accueil ou depuis chez toi. »

Merci !`),

  rec('yaml_de', f`Unser Modbus-zu-MQTT-Gateway beim Kunden in Frankfurt schreibt seit dem Update keine Werte mehr nach InfluxDB. Konfiguration:

${cfg(f`# /etc/polarwind/gateway.yaml — Standort FRA-3, Halle B
modbus:
  port: /dev/ttyUSB0
  baudrate: 19200
  devices:
    - name: crah-07
      unit_id: 7
      registers: [supply_temp, return_temp, fan_speed_pct]
mqtt:
  broker: mqtts://mqtt.polarwind-service.com:8883
  username: fra3-gw01
  password: ${v('credential.password_assignment', 'Kaltgang-Fra3!')}
influx:
  url: https://influx.polarwind-service.com
  org: field-service
  bucket: fra3
  token: ${v('credential.generic_secret_assignment', INFLUX)}`)}

Im Log steht nur "write failed: unauthorized". Liegt es am Token oder am Bucket?`),

  rec('cisco_sv', f`Hej, kan du förklara vad varje rad gör? Det är från en access-switch i signalutrustningsrummet på Odenplan, vi ska byta ut den och jag vill förstå konfigurationen innan.

${cfg(f`hostname SIG-ODP-AS02
!
enable secret 9 ${ambCat('credential', CISCO_HASH)}
username underhall privilege 15 password 0 ${v('credential.network_device_secret', 'Vaxel-Odp#2291')}
!
interface Vlan120
 description SIGNAL-MGMT
 ip address ${ip('10.120.4.2')} ${ip('255.255.255.0')}
!
ip default-gateway ${ip('10.120.4.1')}
snmp-server location Odenplan tekniskt rum 2
line vty 0 4
 login local
 transport input ssh`)}

Är det dåligt att lösenordet ligger i klartext på raden med "password 0"?`, 'type-9 enable secret is a hash (ambiguous); the "password 0" value is the plaintext secret'),

  rec('code_python', f`Hei! Jeg lager et lite skript som sender ordrebekreftelse til restaurantkundene våre når vinen er plukket. Kan du legge til vedlegg (PDF-fakturaen)?

${code(f`import requests

MAILGUN_DOMAIN = "mg.vinkjelleren-import.no"
MAILGUN_KEY = "${v('credential.mailgun_api_key', MAILGUN)}"

def send_bekreftelse(til: str, ordrenr: str, linjer: list[str]) -> None:
    tekst = f"Ordre {ordrenr} er plukket og sendes i dag.\\n\\n" + "\\n".join(linjer)
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Vinkjelleren <${v('pii.email', 'ordre@vinkjelleren-import.no')}>", "to": til,
              "subject": f"Ordre {ordrenr}", "text": tekst},
        timeout=10,
    )
    r.raise_for_status()`)}`),

  rec('code_csharp', f`Hej, vores SMS-påmindelser til forældre om børnenes tandlægetider bliver sendt to gange. Her er servicen:

\`\`\`csharp
${code(f`using Twilio;
using Twilio.Rest.Api.V2010.Account;

public class PaamindelseService
{
    private const string AccountSid = "${v('credential.twilio_account_sid', TW_SID)}";
    private const string AuthToken = "${v('credential.twilio_auth_token', TW_AUTH)}";

    public async Task SendAsync(Aftale aftale)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        var tekst = $"Hej! {aftale.BarnFornavn} har tid hos tandlægen {aftale.Tidspunkt:dd.MM 'kl.' HH:mm}. Svar NEJ for at aflyse.";
        await MessageResource.CreateAsync(body: tekst, from: new Twilio.Types.PhoneNumber("SmilKlinik"), to: new Twilio.Types.PhoneNumber(aftale.ForaelderTlf));
    }
}`)}
\`\`\`

Jobbet kører hvert 15. minut fra Hangfire.`),

  rec('chat_is', f`Sæl, getur þú hjálpað mér að skrifa stuttan tölvupóst til vaktstjórans í gagnaverinu á Blönduósi? Hann þarf að komast inn á stjórnborðið fyrir kælikerfið (BMS) í kvöld á meðan ég er í flugi. Notandinn er "vakt" og lykilorðið er ${v('credential.password_in_prose', 'Kuldi-Blondu#58')}. Hann á bara að lesa hitastigin í köldu göngunum, ekki breyta neinum stillingum.`),

  rec('gitlab_ci', f`Cześć, pipeline do budowania firmware'u dla liczników osi przestał pobierać artefakty z drugiego projektu. Fragment .gitlab-ci.yml:

${cfg(f`fetch-lib:
  stage: prepare
  image: alpine:3.20
  script:
    - apk add --no-cache curl unzip
    - >
      curl --fail --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}"
      -o lib.zip "https://gitlab.metro-sygnalizacja.pl/api/v4/projects/118/jobs/artifacts/main/download?job=build"
    - unzip lib.zip -d vendor/
  only:
    - tags`)}

Dostaję 404, ale token działał w zeszłym tygodniu. Czy token osobisty wygasa po 30 dniach?`),

  rec('chat_sk', f`Ahoj, potrebujem pomôcť s konfiguráciou notifikácií v našom systéme na evidenciu klientov právnej poradne. Vývojár mi poslal tento riadok a vraj ho mám vložiť do nastavení:

MAIL_URL=smtps://poradna.notifikacie:${v('credential.url_password', 'Spravodlivost-2024')}@smtp.websupport.sk:465

Je bezpečné, že heslo je priamo v tej adrese? A kam presne to patrí, do .env alebo do databázy?`),

  rec('chat_sl', f`Živjo, naša spletna trgovina z vinom (WooCommerce) ne sprejema več plačil s kartico. Pri nastavitvah Stripe sem prilepil ta ključ: ${v('credential.stripe_secret_key', STRIPE_LIVE)} — vtičnik pravi "Invalid API Key provided". Ali je mogoče, da sem zamenjal testni in produkcijski ključ?`),

  rec('code_python', f`Zdravo, napravio sam bota koji šalje obavještenja kad kontejner sa suhim voćem stigne u luku Ploče. Ne šalje ništa u grupu, samo u privatni chat. Gdje griješim?

\`\`\`python
${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = "-1002184736591"

def obavijesti(kontejner: str, status: str) -> None:
    poruka = f"Kontejner {kontejner}: {status}"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": poruka},
        timeout=10,
    )

obavijesti("MSKU 739104-2", "iskrcan, čeka carinu")`)}
\`\`\``),

  rec('docker_compose', f`Здравей, трябва ми помощ с docker-compose за системата за записване на часове в детската ни дентална клиника. pgAdmin не може да се свърже с базата:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: zabche_chasove
      POSTGRES_USER: zabche
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Zabcheta-Sofia!2024')}
    volumes:
      - pgdata:/var/lib/postgresql/data
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: ${v('pii.email', 'it@zabcheta-dental.bg')}
      PGADMIN_DEFAULT_PASSWORD: ${v('credential.password_assignment', 'pgadmin-Lozenets7')}
    ports:
      - "5050:80"
volumes:
  pgdata:`)}

Грешката е "could not translate host name db". Какво пропускам?`),

  rec('chat_ru', f`Привет. Пытаюсь зайти по SSH на шлюз диагностики стрелочных переводов (депо «Северное»), пишет Permission denied (publickey). Ключ мне передал предыдущий инженер, вот он:

${v('credential.openssh_private_key', OSSH)}

Права на файл 600 стоят. Может, ключ в старом формате и надо сконвертировать?`),

  rec('env_file', f`Прывітанне! Наш сэрвіс для ўліку выездаў інжынераў на аб'екты (абслугоўванне халадзільных установак у ЦАД) перастаў адпраўляць памылкі ў Sentry. Вось .env:

${cfg(f`APP_ENV=production
APP_REGION=by-minsk
SENTRY_DSN=${v('credential.sentry_dsn', SENTRY)}
SENTRY_TRACES_SAMPLE_RATE=0.2
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
DD_SITE=datadoghq.eu
LOG_LEVEL=info`)}

Ці можа быць праблема ў тым, што DSN на de-рэгіён?`),

  rec('chat_kk', f`Сәлеметсіз бе! Біздің шарап импорттайтын компанияның қоймасы үшін 1С базасына сыртқы қосылым жасау керек. Бағдарламашы мына жолды жіберді:

Srvr="1c-app01.vinoimport.kz";Ref="sklad_almaty";Usr="obmen_sait";Pwd="${v('credential.connection_string_password', 'Shabyt_Almaty#19')}";

Осыны Python-дағы COM-қосылымға қалай дұрыс беремін? Құпия сөзді кодта қалдырмаудың жолы бар ма?`),

  rec('env_file', f`Merhaba, hukuki yardım kliniğinin randevu sistemini yeni sunucuya taşıdık, Laravel "No application encryption key has been specified" hatası veriyor. .env dosyası bu:

${cfg(f`APP_NAME="Hukuk Klinigi Randevu"
APP_ENV=production
APP_KEY=${v('credential.generic_secret_assignment', LARAVEL_KEY)}
APP_DEBUG=false
APP_URL=https://randevu.hukukklinigi.org.tr

DB_CONNECTION=mysql
DB_HOST=${ip('127.0.0.1')}
DB_PORT=3306
DB_DATABASE=randevu
DB_USERNAME=randevu_app
DB_PASSWORD=${v('credential.password_assignment', 'Adalet.Kadikoy-42')}

MAIL_MAILER=smtp
MAIL_HOST=smtp.yandex.com.tr
MAIL_USERNAME=${v('pii.email', 'randevu@hukukklinigi.org.tr')}
MAIL_PASSWORD=${v('credential.password_assignment', 'mhzqvtrbxlkpwesa')}`)}

APP_KEY dolu görünüyor ama yine de hata veriyor. Config cache mi?`),

  rec('chat_ku', f`Silav, ji kerema xwe vê peyamê ji bo karkerên nû yên embara hinardekirinê bi Tirkî wergerîne: "Torê WiFi ya embarê 'SierraViva-Depo' ye û şîfre ${v('credential.password_in_prose', 'Gwiz-Hinarde!88')} e. Ji kesî re nebêjin, bi taybetî ji ajokarên kamyonan re."`),

  rec('json_config', f`مرحباً، عندنا تطبيق لمتابعة زيارات فنيي التبريد في مراكز البيانات في الرياض، وبعد تغيير الاشتراك في Azure صار تسجيل الدخول يفشل بالخطأ AADSTS7000215. هذا ملف appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4c8e2a91-7d36-4b05-9f1e-a2b3c6d8e047",
    "ClientId": "e91f4d72-0a83-4c6b-b5e2-7f19d3a8c604",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_SECRET)}"
  },
  "FieldService": {
    "Region": "ksa-central",
    "MaxVisitsPerDay": 6
  }
}`)}

هل المشكلة في أن السر منتهي الصلاحية أم أني نسخت القيمة الخطأ (ID بدل Value)؟`),

  rec('code_bash', f`היי, הסקריפט הזה רץ כל לילה ומגבה את מסד הנתונים של מערכת התורים במרפאת השיניים לילדים, ושולח הודעה לסלאק. ההודעה מגיעה גם כשהגיבוי נכשל. מה לא בסדר?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -u
WEBHOOK="${v('credential.slack_webhook_url', SLACK_HOOK)}"
DUMP="/backup/torim_$(date +%F).sql.gz"

pg_dump -h localhost -U torim torim_db | gzip > "$DUMP"
SIZE=$(du -h "$DUMP" | cut -f1)

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"גיבוי הושלם: $DUMP ($SIZE)\\"}" "$WEBHOOK"`)}
\`\`\``),

  rec('chat_ur', f`السلام علیکم، میں اپنی وائن امپورٹ کمپنی کے اکاؤنٹنٹ کو ای میل لکھ رہا ہوں۔ اسے ہمارے Gmail اکاؤنٹ سے انوائسز ٹیلی سافٹ میں بھیجنی ہیں۔ میں نے اس کے لیے ایپ پاس ورڈ بنایا ہے: ${v('credential.password_in_prose', 'qzmt bwrk hnxe pdla')} — کیا آپ ایک مختصر اور واضح ای میل لکھ دیں گے جس میں بتایا جائے کہ یہ پاس ورڈ صرف اسی کام کے لیے ہے؟`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਾਡੇ ਕਾਨੂੰਨੀ ਸਹਾਇਤਾ ਕਲੀਨਿਕ ਦੀ ਵੈੱਬਸਾਈਟ (WordPress) ਉੱਤੇ ਨਵੀਂ ਵਲੰਟੀਅਰ ਲਈ ਖਾਤਾ ਬਣਾਇਆ ਹੈ। ਯੂਜ਼ਰਨੇਮ: harpreet.volunteer ਅਤੇ ਪਾਸਵਰਡ: ${v('credential.password_in_prose', 'Nyaa!Ludhiana2024')}। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਇੱਕ ਛੋਟੇ ਸੁਆਗਤ ਸੁਨੇਹੇ ਵਿੱਚ ਲਿਖ ਦਿਓ, ਅਤੇ ਦੱਸੋ ਕਿ ਪਹਿਲੀ ਵਾਰ ਲੌਗਇਨ ਕਰਕੇ ਪਾਸਵਰਡ ਬਦਲ ਲਵੇ।`),

  rec('json_config', f`নমস্কার, মেট্রোর সিগন্যালিং রক্ষণাবেক্ষণ দলের জন্য একটা ছোট রিপোর্টিং টুল বানাচ্ছি যা SCADA হিস্টোরিয়ান থেকে পয়েন্ট মেশিনের অ্যালার্ম পড়ে। কানেকশন খুলছে না, appsettings.json এটা:

${cfg(f`{
  "ConnectionStrings": {
    "Historian": "Server=scada-hist02.metro-sig.local,1433;Database=AlarmArchive;User Id=report_ro;Password=${v('credential.connection_string_password', 'Sanket#Depot4-2024')};TrustServerCertificate=True;"
  },
  "Report": { "Depot": "Depot-4", "Days": 7 }
}`)}

এরর: "Login failed for user 'report_ro'"। পাসওয়ার্ডে # থাকায় কি সমস্যা হচ্ছে?`),

  rec('html', f`ආයුබෝවන්, අපේ අපනයන කාර්යාලයේ බහාලුම් ලුහුබැඳීමේ පිටුවේ සිතියම පෙන්වන්නේ නැහැ. "This page can't load Google Maps correctly" කියලා එනවා. මේක තමයි script එක:

${cfg(f`<div id="map" style="height:420px"></div>
<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GMAPS)}&callback=initMap&libraries=marker">
</script>`)}

Billing එක enable කරලා තියෙනවා. වෙන මොකක්ද බලන්න ඕනේ?`),

  rec('chat_km', f`សួស្តី! ខ្ញុំធ្វើការនៅគ្លីនិកធ្មេញកុមារ ហើយចង់ឱ្យប្រព័ន្ធកក់ពេលវេលាបង្ហោះការរំលឹកទៅកាន់ទំព័រ Facebook របស់យើងដោយស្វ័យប្រវត្តិ។ ខ្ញុំមាន Page access token នេះ៖ ${v('credential.facebook_access_token', FB_PAGE)} តើខ្ញុំត្រូវប្រើ endpoint មួយណាដើម្បីបង្ហោះរូបភាពជាមួយអត្ថបទ?`),

  rec('chat_lo', f`ສະບາຍດີ, ຂ້ອຍເປັນຊ່າງບໍລິການລະບົບເຮັດຄວາມເຢັນຢູ່ສູນຂໍ້ມູນໃນວຽງຈັນ. Router ຂອງຫ້ອງຄວບຄຸມຖືກ reset ແລ້ວ ແລະ ຂ້ອຍຕ້ອງຕັ້ງຄ່າໃໝ່. ບັນຊີເກົ່າແມ່ນ ${v('credential.user_password_pair', 'admin:Khaophoun-VTE77')} — ຊ່ວຍຂຽນຂັ້ນຕອນການປ່ຽນລະຫັດຜ່ານ ແລະ ປິດການເຂົ້າເຖິງຈາກ WAN ໃຫ້ແດ່.`),

  rec('code_js', f`Hai, saya nak hantar e-mel pengesahan pesanan kepada pelanggan kedai wain kami, tapi e-mel masuk folder spam. Ini kod Node.js:

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

async function hantarPengesahan(pesanan) {
  await sgMail.send({
    to: pesanan.emel,
    from: { email: '${v('pii.email', 'pesanan@anggur-import.com.my')}', name: 'Anggur Import' },
    subject: \`Pesanan #\${pesanan.no} disahkan\`,
    html: \`<p>Terima kasih! Pesanan anda akan dihantar dalam 2-3 hari bekerja.</p>\`,
  });
}

module.exports = { hantarPengesahan };`)}

Domain authentication belum buat lagi. Itu puncanya ke?`),

  rec('chat_mn', f`Сайн байна уу. Манай хууль зүйн туслалцааны төвийн хэрэг бүртгэлийн системд шинэ сайн дурын ажилтан нэвтрэх гэж байна. Нэвтрэх нэр нь "b.enkhjargal", нууц үг нь ${v('credential.password_in_prose', 'Shudarga#UB2024')}. Үүнийг ашиглан түүнд илгээх товч, эелдэг мессеж бичиж өгнө үү. Мөн нууц үгээ хэнд ч бүү хэл гэж сануулна уу.`),

  rec('code_python', f`你好，我們捷運號誌維修組想用這個腳本把原廠的英文維修手冊自動翻成中文，但是跑到一半就出現 RateLimitError。程式如下：

\`\`\`python
${code(f`from openai import OpenAI
from pathlib import Path

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def translate(chunk: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "將以下號誌設備維修手冊翻譯成繁體中文，保留所有設備代號。"},
            {"role": "user", "content": chunk},
        ],
    )
    return resp.choices[0].message.content

for p in sorted(Path("manual_en").glob("*.txt")):
    Path("manual_zh", p.name).write_text(translate(p.read_text()), encoding="utf-8")`)}
\`\`\`

要怎麼加上重試和間隔？`),

  rec('curl', f`お疲れ様です。お客様のデータセンターにある空調管理システム（BMS）のREST APIから、CRAHユニットの吸込温度を取りたいのですが、401が返ってきます。

${cfg(f`curl -s https://bms.dc-osaka2.example.jp/api/v2/points?unit=CRAH-12 \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BMS_BEARER)}" \\
  -H "Accept: application/json"`)}

トークンは先週お客様の設備担当から受け取ったものです。有効期限があるのでしょうか？`),

  rec('k8s_secret', f`안녕하세요, 어린이 치과 예약 앱을 쿠버네티스로 옮기는 중인데 파드가 DB 비밀번호를 못 읽습니다. Secret 매니페스트:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: yeyak-db
  namespace: smile-kids
type: Opaque
data:
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_B64)}
stringData:
  REDIS_PASSWORD: "${v('credential.password_assignment', K8S_PW)}"`)}

data와 stringData를 같이 쓰면 안 되나요?`),

  rec('shell', f`Our volunteer pushed the clinic's document templates to GitHub using a token in the remote URL and now I'm worried. This is what \`git remote -v\` shows on the office PC:

${cfg(f`origin  https://x-access-token:${v('credential.github_fine_grained_pat', FG_PAT)}@github.com/eastside-legal-advice/letter-templates.git (fetch)
origin  https://x-access-token:${v('credential.github_fine_grained_pat', FG_PAT)}@github.com/eastside-legal-advice/letter-templates.git (push)`)}

How do I remove it from the remote and revoke it properly?`),

  rec('aws_credentials', f`Kia ora, we're setting up a nightly upload of the practice's intraoral x-ray exports to S3. My ~/.aws/credentials on the imaging PC at the Petone clinic:

${cfg(f`[default]
region = ap-southeast-2

[xray-backup]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-southeast-2`)}

aws s3 sync says "The config profile (xray-backup) could not be found" when it runs from Task Scheduler. Works fine from my own login.`),

  rec('code_python', f`Hi, I'm integrating M-Pesa STK push so our outgrower farmers in Meru can pay for seedlings. I keep getting "Invalid Access Token". Code:

\`\`\`python
${code(f`import base64, datetime, requests

CONSUMER_KEY = "${v('credential.generic_secret_assignment', MPESA_KEY)}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', MPESA_SECRET)}"
SHORTCODE = "4172093"
PASSKEY = "${v('credential.generic_secret_assignment', MPESA_PASSKEY)}"

def token() -> str:
    r = requests.get(
        "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
        auth=(CONSUMER_KEY, CONSUMER_SECRET), timeout=15)
    return r.json()["access_token"]

def stk_push(msisdn: str, amount: int) -> dict:
    ts = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    pw = base64.b64encode(f"{SHORTCODE}{PASSKEY}{ts}".encode()).decode()
    body = {"BusinessShortCode": SHORTCODE, "Password": pw, "Timestamp": ts,
            "TransactionType": "CustomerPayBillOnline", "Amount": amount,
            "PartyA": msisdn, "PartyB": SHORTCODE, "PhoneNumber": msisdn,
            "CallBackURL": "https://export.kilima-organic.co.ke/mpesa/cb",
            "AccountReference": "SEEDLINGS", "TransactionDesc": "Seedlings"}
    return requests.post("https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
                         json=body, headers={"Authorization": f"Bearer {token()}"}, timeout=15).json()`)}
\`\`\``),

  rec('http_request', f`The field-service tablet app gets 403 when a tech closes a work order for a chiller repair. I captured the request with Charles:

${cfg(f`POST /api/v3/workorders/WO-2024-118733/close HTTP/1.1
Host: fsm.polarwind-service.com
Authorization: Bearer ${v('credential.jwt', FS_JWT)}
Content-Type: application/json
X-Device-Id: TAB-US-0417

{"resolution":"Replaced EXV on circuit 2, leak test OK","labor_hours":3.5,"parts":["EXV-2210-K"]}`)}

Is the role claim wrong? Techs should be able to close their own work orders.`),

  rec('shell_history', f`I'm cleaning up the shared jump host the signalling team uses. Found this in ~/.bash_history, anything here that needs rotating?

${cfg(f`812  cd ~/interlocking-configs
  813  git pull
  814  export VAULT_ADDR=https://vault.metro-ops.internal:8200
  815  export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
  816  vault kv get secret/signalling/ixl-northline
  817  ssh maint@${ip('10.44.12.7')}
  818  tail -f /var/log/axlecounter/ac-north.log
  819  history | grep vault`)}`),

  rec('shell_history', f`Buenas, ¿me explicas qué hace cada comando? Lo encontré en el historial del servidor del almacén de vinos de Getafe y el chico que lo montó ya no está:

${cfg(f`mysqldump -u stock_admin -p'${v('credential.mysql_cli_password', 'Tempranillo_Rioja#21')}' almacen_vinos > /srv/backup/almacen_$(date +%F).sql
mysql -u stock_admin -p'${v('credential.mysql_cli_password', 'Tempranillo_Rioja#21')}' -e "OPTIMIZE TABLE almacen_vinos.movimientos"
find /srv/backup -name 'almacen_*.sql' -mtime +30 -delete`)}

¿Hay algo peligroso en dejarlo así en un cron?`),

  rec('code_python', f`Hola, armé un script para que el consultorio jurídico resuma las actas de audiencia antes de la reunión de los lunes. Me tira error 529 "overloaded" a veces, ¿cómo hago para que reintente?

${code(f`import anthropic
from pathlib import Path

cliente = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

def resumir(texto: str) -> str:
    msg = cliente.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Resumí en 5 puntos esta acta de audiencia:\\n\\n{texto}"}],
    )
    return msg.content[0].text

for acta in Path("actas").glob("*.txt"):
    print(acta.name, resumir(acta.read_text(encoding="utf-8")))`)}`),

  rec('shell', f`Bom dia, estou a tentar ligar à base de dados de ordens de serviço a partir do portátil de campo aqui em Luanda, mas dá "password authentication failed". O comando que o colega da sede me mandou:

${cfg(f`PGPASSWORD='${v('credential.cli_password', 'Frio-Talatona#2024')}' psql -h os-db.polarwind-service.com -p 5432 -U tecnico_ao -d ordens_servico -c "select * from visitas where data >= current_date - 7;"`)}

Pode ser por causa do # na senha? Uso Git Bash no Windows.`),

  rec('npmrc', f`Bonjour, la build de l'appli de rappel de rendez-vous pour la clinique dentaire pédiatrique plante dans GitHub Actions mais marche sur mon poste. Voici le .npmrc du projet :

${cfg(f`@souriredenfant:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

L'erreur c'est "404 Not Found - GET https://registry.npmjs.org/@souriredenfant%2fui-kit". C'est-tu parce que le jeton est lié à mon compte à moi?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('curl', f`Bonsoir, je dois intégrer Orange Money pour que les producteurs de cacao bio de la coopérative reçoivent leurs avances. L'appel pour le jeton me renvoie 401 :

${cfg(f`curl -X POST https://api.orange.com/oauth/v3/token \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', ORANGE_BASIC)}" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials"`)}

Est-ce que l'en-tête doit contenir client_id:client_secret encodés ensemble ? C'est ce que j'ai fait, je crois.`),

  rec('code_powershell', f`Servus! Ich hab ein Skript, das jeden Morgen die neuen Fälle aus dem Beratungspostfach der Rechtsberatungsstelle als PDF ablegt. Seit gestern hängt es beim Anmelden. Kannst du schauen?

${code(f`$user = "${v('pii.email', 'beratung@rechtshilfe-graz.at')}"
$pass = ConvertTo-SecureString "${v('credential.password_assignment', 'Murinsel!Recht24')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
$neu = Get-Message -Folder "Posteingang" -Since (Get-Date).AddDays(-1)
foreach ($m in $neu) {
    Export-MessageAsPdf -Message $m -Path "\\\\fs01\\Faelle\\Neu\\$($m.Subject).pdf"
}`)}

Die Adresse hat seit Montag MFA aktiviert, falls das wichtig ist.`),

  rec('docker_config', f`Ciao, il runner CI non riesce più a fare pull delle immagini dal registry privato della cantina. Ho copiato il ~/.docker/config.json dal mio portatile al runner:

${cfg(f`{
  "auths": {
    "registry.vinicola-distribuzione.it": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": "desktop"
}`)}

Sul runner dice "error getting credentials - exec: docker-credential-desktop: not found". Devo togliere credsStore?`),

  rec('chat_nl', f`Hoi, ik wil de scripts van onze servicemonteurs (uitlezen van de koelmachines via Modbus) in een private GitHub-repo zetten. Ik heb een token aangemaakt: ${v('credential.github_pat', GHP)} maar git push blijft om een wachtwoord vragen. Moet ik de token als wachtwoord invullen?`),

  rec('chat', f`Need to get the SFTP upload to the interlocking vendor working again before the Sunday possession. They gave us this key last year for the event-recorder downloads:

${v('credential.private_key', RSA)}

FileZilla says "Server refused our key". Does FileZilla want it converted to .ppk first?`),

  rec('env_file', f`Hej! Vi tar betalt för tandvårdsprodukter (tandborstar, fluortabletter) i kliniken via Stripe och webhooks kommer inte fram. Vår .env:

${cfg(f`STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', RK_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
STRIPE_ACCOUNT_COUNTRY=SE
SHOP_CURRENCY=sek`)}

I dashboarden står det "Signature verification failed". Är det fel secret?`),

  rec('notebook', f`Cześć, w notatniku chcę klasyfikować opisy win z katalogu dostawcy modelem z Hugging Face, ale pobieranie modelu kończy się 401:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")

clf = pipeline("zero-shot-classification", model="MoritzLaurer/mDeBERTa-v3-base-mnli-xnli")
opis = "Wytrawne czerwone z Douro, nuty czarnej porzeczki i tytoniu, 14% alk."
print(clf(opis, candidate_labels=["czerwone", "białe", "różowe", "musujące"]))`)}

Model jest publiczny, więc czemu 401?`),

  rec('code_bash', f`Merhaba, müşteri veri merkezindeki soğutma ünitelerinin panolarını Grafana'ya otomatik yükleyen bir betik yazdım, "Invalid API key" dönüyor:

${code(f`#!/bin/bash
GRAFANA_URL="https://grafana.polarwind-service.com.tr"
GRAFANA_TOKEN="${v('credential.grafana_service_account_token', GLSA)}"

for f in dashboards/*.json; do
  curl -s -X POST "$GRAFANA_URL/api/dashboards/db" \\
    -H "Authorization: Bearer $GRAFANA_TOKEN" \\
    -H "Content-Type: application/json" \\
    -d "{\\"dashboard\\": $(cat "$f"), \\"overwrite\\": true, \\"folderUid\\": \\"istanbul-dc2\\"}"
done`)}

Service account'a Editor rolü verdim.`),

  rec('code_python', f`信号保守チームの夜間作業の完了報告を Teams に自動投稿したいです。以下のコードで「400 Bad Request」になります。

${code(f`import json, urllib.request

WEBHOOK = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"

def post_report(line: str, work: str, done: bool) -> None:
    card = {"text": f"【{line}】{work}：{'完了' if done else '未完了'}"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(card).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)

post_report("丸ノ内線", "転てつ機 21号 点検", True)`)}`),

  rec('chat_ko', f`안녕하세요. 와인 수입사에서 일하는데, 입고 일정을 노션 데이터베이스에 자동으로 넣고 싶어요. 노션 통합 토큰은 ${v('credential.notion_token', NOTION)} 이고 데이터베이스는 공유했는데 "object_not_found" 오류가 납니다. 뭐가 문제일까요?`),

  rec('gcp_sa_json', f`我們出口部想用 Google Sheets API 自動更新貨櫃出貨表，但是一直出現 "invalid_grant: Invalid JWT Signature"。這是服務帳戶的金鑰檔：

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "formosa-organic-export",
  "private_key_id": "6f1c9e3a7b24d805c91e4f2a3b8d7c60e5f41a92",
  "private_key": "${v('credential.private_key', GCP_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'sheets-sync@formosa-organic-export.iam.gserviceaccount.com')}",
  "client_id": "104817392650418273946",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'sheets-sync%40formosa-organic-export.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

電腦的時間是對的。是不是金鑰被停用了？`, 'service-account e-mail ambiguous, also where the key file repeats it URL-encoded'),

  rec('chat', f`Our intake coordinator set up a Jira automation that creates a ticket for every new tenancy case. It uses my Atlassian API token ${v('credential.atlassian_api_token', ATLASSIAN)} with my email as the username. If I leave the clinic next month, will the automation break? What's the better way to do this?`),

  rec('json_config', f`Hallo, die Auswertung der Achszähler-Störungen soll ihre CSV-Dateien in einen Azure Blob Container schreiben. Die App findet den Container nicht. appsettings.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=stoerungsdaten;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "achszaehler-export"
  },
  "Export": { "Linien": ["U1", "U3", "U6"], "Intervall": "01:00:00" }
}`)}

Fehlermeldung: "The specified container does not exist." Muss ich den Container vorher selbst anlegen?`),

  rec('shell', f`Hej, jeg vil flytte vores lille eksportportal (ordrer fra tyske og hollandske grossister) til en ny droplet. Kan du tjekke om rækkefølgen er rigtig?

${cfg(f`doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
doctl compute droplet create eksport-portal-02 --region fra1 --size s-2vcpu-4gb --image ubuntu-24-04-x64 --ssh-keys 41872093
doctl compute domain records create oekoandel.dk --record-type A --record-name portal --record-data ${ip('164.92.183.47')}`)}

Jeg er usikker på om DNS-posten skal oprettes før eller efter vi har flyttet databasen.`),

  rec('chat_he', f`שלום, אנחנו מצפינים את קבצי ההגדרות של הבקרים באתרי הלקוחות עם sops ו-age. הטכנאי החדש צריך לפענח אותם בלפטופ שלו. זה המפתח הפרטי שלי:
${v('credential.age_secret_key', AGE)}
איפה הוא צריך לשמור אותו כדי ש-sops ימצא אותו אוטומטית? הוא עובד על מק.`),

  rec('code_python', f`Добрый день. В Django-проекте нашей юридической клиники (учёт обращений граждан) после переезда на новый сервер не подключается база. settings.py:

${code(f`import dj_database_url

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://klinika_app:${v('credential.database_url_password', 'Pravo-Zashchita_2024')}@db.yurklinika.local:5432/obrashcheniya",
        conn_max_age=600,
    )
}

TIME_ZONE = "Europe/Moscow"
LANGUAGE_CODE = "ru-ru"`)}

Ошибка: FATAL: no pg_hba.conf entry for host. Это на стороне базы?`),

  rec('chat_is', f`Hæ, ég var að skipta um lykilorð á pöntunarvefnum hjá birgjanum okkar í Portúgal. Gamla lykilorðið var ${v('credential.password_in_prose', 'Portvin-Reykjavik#2023')} og það virkar ekki lengur, en Excel-skjalið sem sækir verðlistann notar það ennþá. Hvernig breyti ég tengingunni í Power Query án þess að búa til allt upp á nýtt?`, 'labelled although the writer says the password is old'),

  rec('curl', f`We're moving the wine shop's DNS to Cloudflare and I want to script the records. Does this look right?

${cfg(f`export CLOUDFLARE_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/3b7e1f9c24d6a8e05b3c7d91f2a4e6c8/dns_records" \\
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data '{"type":"CNAME","name":"shop","content":"corkline-wines.myshopify.com","proxied":false}'`)}`),

  rec('chat', f`Quick one: our legal-aid clinic tracks intake bugs in Linear. I made a personal API key ${v('credential.linear_api_key', LINEAR)} for a small script that posts the weekly count of open issues to our staff channel. Is a personal key OK for that or should it be an OAuth app?`),
];
