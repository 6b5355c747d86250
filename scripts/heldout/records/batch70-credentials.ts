/**
 * Held-out batch 70: credentials pasted by staff of a national park service, a fashion e-commerce
 * returns centre, an IVF clinic network, a rail freight operator, a church-run homeless charity and
 * a penetration-testing consultancy, in about forty languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, BECH32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_TRAP_ID = tok('AKIA', fill('b70-awstrap', B32, 16));
const AWS_TRAP_SECRET = fill('b70-awstraps', B64, 40);
const SHPAT = tok('shpat_', fill('b70-shpat', HEX, 32));
const TWILIO_SID = tok('AC', fill('b70-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b70-twtok', HEX, 32);
const MQTT_PW = 'Lokomotora#Huesca2024';
const MAILCHIMP = tok(fill('b70-mc', HEX, 32), '-us14');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b70-stripe', B62, 97));
const AZ_CLIENT_SECRET = tok(fill('b70-azcs1', B62, 3), '8Q~', fill('b70-azcs2', B62 + '_~.-', 34));
const PG_PW = 'WagonyGdynia!77';
const GHP = gh('ghp', fill('b70-ghp', B62, 30));
const MSSQL_PW = 'Embryo-Lab#2025';
const SENDGRID = tok('SG.', fill('b70-sg1', B64URL, 22), '.', fill('b70-sg2', B64URL, 43));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b70-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('7391048265', ':AA', fill('b70-tg', B64URL, 33));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'fdep-achelos', a: fill('b70-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b70-mbx', B64URL, 22));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b70-slk1', UPPER + DIGITS, 8), '/B07', fill('b70-slk2', UPPER + DIGITS, 8), '/', fill('b70-slk3', B62, 24));
const JWT_PORTAL = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ntl-2025-02' }, { sub: 'staff:4471', name: 'Noa Ben-David', role: 'embryologist', clinic: 'TLV-2', iat: 1741172400, exp: 1741201200 }, 'b70-jwtportal');
const CISCO_SECRET9 = tok('$9$', fill('b70-c9a', B62 + './', 14), '$', fill('b70-c9b', B62 + './', 43));
const CISCO_SECRET5 = tok('$1$', fill('b70-c5a', B62, 4), '$', fill('b70-c5b', B62 + './', 22));
const SNMP_RW = 'Kh4stGate-RW';
const TACACS_KEY = 'Tq!rahan8Srv';
const SMTP_PW = 'Dar-Salam@2025';
const GLPAT = tok('glpat-', fill('b70-glpat', B62 + '-_', 20));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b70-atl', B64URL, 171), '=', fill('b70-atl2', HEX.toUpperCase(), 8));
const VAULT = tok('hvs.', fill('b70-vault', B62, 24));
const BREVO = tok('xkeysib-', fill('b70-brevo1', HEX, 64), '-', fill('b70-brevo2', B62, 16));
const DOCKER_AUTH = b64('kz-ops-deploy:Tobyl-Zhuldyz-2025');
const EMR_PW = 'Natalis@Andheri91';
const OPENAI = tok('sk-proj-', fill('b70-oai1', B64URL, 74), 'T3BlbkFJ', fill('b70-oai2', B64URL, 74));
const AZ_STORAGE = tok(fill('b70-azst', B64, 86), '==');
const DONOR_PW = 'Sevak#Pune2025';
const DO_TOKEN = tok('dop_v1_', fill('b70-do', HEX, 64));
const FB_PAGE = tok('EAA', 'Hk9ZBq', fill('b70-fb', B62, 160));
const DD_API = fill('b70-ddapi', HEX, 32);
const DD_APP = fill('b70-ddapp', HEX, 40);
const GCP_PEM = pem('PRIVATE KEY', 'b70-gcp', 1218, '\\n');
const AWS_LEAK_ID = tok('AKIA', fill('b70-awsleak', B32, 16));
const AWS_LEAK_SECRET = fill('b70-awsleaks', B64, 40);
const SQUARE = tok('EAAA', fill('b70-square', B64URL, 60));
const ALI_ID = tok('LTAI', '5t', fill('b70-ltai', B62, 18));
const ALI_SECRET = fill('b70-alisec', B62, 30);
const NENOSIRI = 'Mkombozi!2025';
const SENTRY_KEY = fill('b70-sentry', HEX, 32);
const TFC = tok(fill('b70-tfc1', B62, 14), '.atlasv1.', fill('b70-tfc2', B62, 67));
const NPM = gh('npm', fill('b70-npm', B62, 30));
const BASIC = b64('svc_kasos:Vasara2024!');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b70-age', BECH32, 58));
const KRB_HASH = tok('$krb5tgs$23$*svc_mssql$CORP.VRINDA.LOCAL$MSSQLSvc/sql02.corp.vrinda.local:1433*$', fill('b70-krb1', HEX.toUpperCase(), 32), '$', fill('b70-krb2', HEX.toUpperCase(), 420));
const OKTA = tok('00', fill('b70-okta', B64URL, 40));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b70-rklive', B62, 97));
const SFTP_PW = 'Befund-Xfer!Linz7';
const PPK_PUB = b64Bytes('b70-ppkpub', 279);
const PPK_PRIV = b64Bytes('b70-ppkpriv', 656);
const HF = tok('hf_', fill('b70-hf', B62, 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b70-ant', B64URL, 93), 'AA');
const NETUSE_PW = 'Autumn2024!!';
const NTLMV2 = tok('svc_backup::OAKRIDGE:', fill('b70-ntlm1', HEX, 16), ':', fill('b70-ntlm2', HEX, 32), ':', fill('b70-ntlm3', HEX, 240));
const MYSQL_PW = 'Banpum!2025seoul';
const TEAMS_HOOK = tok('https://meridiancargo.webhook.office.com/webhookb2/', '8c2f4e91-3a7d-4b60-9e15-d47a0c6b2f38@1e7b9d24-6c53-4f8a-a0d2-9b3e51c7f460/IncomingWebhook/', fill('b70-teams1', HEX, 32), '/', 'a4d91c27-5e38-4b0f-8c62-3f7e1b9d0a54/', 'V2', fill('b70-teams2', B64URL, 43));
const BB_APP_PW = tok('ATBB', fill('b70-atbb', B62, 32));
const GLSA = tok('glsa_', fill('b70-glsa1', B62, 32), '_', fill('b70-glsa2', HEX, 8));
const ADO_PAT = fill('b70-ado', B32LOWER, 52);
const PMAK = tok('PMAK-', fill('b70-pmak1', HEX, 24), '-', fill('b70-pmak2', HEX, 34));
const TWILIO_SK = tok('SK', fill('b70-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b70-twsksec', B62, 32);
const WP_DB_PW = 'Brigid-Night-Shelter_19';
const JIRA_EMAIL = 'ciara.nolan@vestora.ie';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH70_CREDENTIALS: DraftRecord[] = [
  rec('php_config_en', f`Our volunteer rota site (WordPress) went white-screen after the host migrated us. Can you spot anything wrong in wp-config.php? Salts removed.

${cfg(f`<?php
define( 'DB_NAME', 'stbrigid_rota' );
define( 'DB_USER', 'stbrigid_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', WP_DB_PW)}' );
define( 'DB_HOST', 'localhost:/var/run/mysqld/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'sbs_';
define( 'WP_DEBUG', false );`)}

The error log only says "Error establishing a database connection".`),

  rec('env_file_de', f`Hallo, unser Wildkamera-Uploader (Raspberry Pi im Revier Kesselgraben) lädt seit Montag nichts mehr in den S3-Bucket hoch. Hier die .env vom Gerät, vielleicht siehst du den Fehler:

${cfg(f`# /opt/wildcam/.env  – Nationalparkverwaltung, Sachgebiet Monitoring
CAM_ID=KG-07
UPLOAD_BUCKET=np-wildcam-rohdaten
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AWS_TRAP_ID)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_TRAP_SECRET)}
UPLOAD_INTERVAL_MIN=30
MIN_FREE_MB=500`)}

Fehlermeldung im Log: "SignatureDoesNotMatch". Die Uhrzeit am Pi stimmt aber, glaube ich.`),

  rec('chat_fr', f`Bonjour, je bosse au centre de retours Vestora à Roissy. Le webhook "returns/create" de Shopify ne déclenche plus notre appli d'étiquettes depuis hier soir. J'ai regénéré le jeton d'accès admin, le voici : ${v('credential.shopify_access_token', SHPAT)}
Est-ce qu'il faut aussi réinscrire les webhooks après un changement de jeton ? Réponds en français stp.`),

  rec('code_python_it', f`Ciao, lo script che manda gli SMS di promemoria per i prelievi ovocitari si blocca con "HTTP 401". Puoi dirmi cosa non va?

\`\`\`python
${code(f`# promemoria_pickup.py – Natalis Fertility, sede di Bologna
from twilio.rest import Client
import csv, datetime

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

domani = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
with open("agenda_pickup.csv", newline="") as fh:
    for riga in csv.DictReader(fh):
        if riga["data"] != domani:
            continue
        client.messages.create(
            to=riga["cellulare"],
            from_="NatalisBO",
            body=f"Promemoria: domani alle {riga['ora']} pick-up ovocitario. Digiuno dalla mezzanotte.",
        )`)}
\`\`\``),

  rec('yaml_es', f`Los módulos de telemetría de las locomotoras 335 ya no publican en el broker desde la actualización del firmware. Esta es la config del gateway, ¿ves algo raro en el bloque TLS?

${cfg(f`mqtt:
  host: mqtt.telemetria.meridian-railcargo.eu
  port: 8883
  client_id: loco-335-021
  username: loco335
  password: "${v('credential.password_assignment', MQTT_PW)}"
  tls:
    ca_file: /etc/gw/ca-meridian.pem
    verify: true
topics:
  gps: flota/335-021/gps
  traction: flota/335-021/traccio`)}

El log dice "Connection refused: not authorised" pero la contraseña la copié del gestor.`),

  rec('chat_ca', f`Hola! Porto el butlletí de la Llar Sant Josep (el menjador social de la parròquia) i vull connectar el formulari de donacions del web amb Mailchimp. Tinc la clau API ${v('credential.mailchimp_api_key', MAILCHIMP)} però no sé quin "server prefix" he de posar al plugin. Em pots explicar els passos?`),

  rec('code_js_pt', f`Estou a tentar fazer reembolsos parciais automáticos quando a peça devolvida chega danificada. Isto está certo?

${code(f`// reembolsos.js — Centro de Devoluções Vestora, Azambuja
const Stripe = require('stripe');
const stripe = Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

async function reembolsoParcial(paymentIntentId, percentagem, motivo) {
  const pi = await stripe.paymentIntents.retrieve(paymentIntentId);
  const valor = Math.round(pi.amount_received * percentagem / 100);
  return stripe.refunds.create({
    payment_intent: paymentIntentId,
    amount: valor,
    metadata: { motivo, origem: 'armazem-azambuja' },
  });
}

module.exports = { reembolsoParcial };`)}

O valor está em cêntimos, certo?`),

  rec('pentest_note_nl', f`Kun je deze bevinding netjes herschrijven voor het rapport (NL, zakelijk)? Ruwe notitie:

Host: webapp-prd-01 (klant: Waterschap Lindeveld)
Bevinding: appsettings.Production.json leesbaar via path traversal (/download?file=..%2f..%2fappsettings.Production.json)
Inhoud (ingekort):
${cfg(f`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "5b8e2d14-9c37-4f61-a0b8-2e7d9c41f536",
  "ClientId": "c93f1a27-4d86-4e0b-b5a2-71f08d3e6c94",
  "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
}`)}
Met dit secret konden we via client credentials een token halen met Mail.Read op de hele tenant.
Impact: kritiek. Advies: secret intrekken, Key Vault, path traversal fixen.`),

  rec('compose_pl', f`Cześć, po przeniesieniu systemu do ewidencji wagonów na nowy serwer kontener api nie łączy się z bazą. docker-compose poniżej:

${cfg(f`services:
  api:
    image: registry.meridian-railcargo.eu/ewidencja-wagonow/api:3.8.2
    environment:
      DATABASE_URL: postgresql://ewid_app:${v('credential.database_url_password', PG_PW)}@db:5432/ewidencja
      TZ: Europe/Warsaw
    depends_on: [db]
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}`)}

Błąd: "password authentication failed for user ewid_app". Hasło ma wykrzyknik – czy to może być problem z YAML-em?`),

  rec('git_cs', f`Ahoj, na notebooku na stanici Labská bouda mi git push do repozitáře s mapami tras hlásí 403. Remote vypadá takhle:

${cfg(f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/sprava-np-krkonose/trasy-gis.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/sprava-np-krkonose/trasy-gis.git (push)`)}

Token jsem vytvořil minulý týden. Musím mu přidat nějaké oprávnění?`),

  rec('chat_sk', f`Dobrý deň, potrebujem pomôcť s pripojením reportovacieho nástroja k databáze laboratórneho systému (embryológia, pobočka Košice). Connection string od dodávateľa:

${cfg(f`Server=tcp:lis-natalis-ke.database.windows.net,1433;Initial Catalog=EmbryoLIS;Persist Security Info=False;User ID=report_ro;Password=${v('credential.connection_string_password', MSSQL_PW)};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;`)}

Power BI hlási chybu pri prihlásení. Treba tam zadávať aj doménu?`),

  rec('code_php_hu', f`Sziasztok, a visszaküldési visszaigazoló e-mailek nem mennek ki a SendGriden keresztül. Ez a kód fut a webshop backendjén:

${code(f`<?php
// visszakuldes_email.php – Vestora visszáru-központ, Budaörs
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("${v('pii.email', 'visszaru@vestora.hu')}", "Vestora Visszáru");
$email->setSubject("Megkaptuk a visszaküldött csomagodat");
$email->addTo($vevo['email'], $vevo['nev']);
$email->addContent("text/html", render_sablon('visszaru_megerkezett', $vevo));

$sendgrid = new \\SendGrid('${v('credential.sendgrid_api_key', SENDGRID)}');
$valasz = $sendgrid->send($email);
if ($valasz->statusCode() >= 400) {
    error_log('SendGrid hiba: ' . $valasz->body());
}`)}

A válasz 403 "The from address does not match a verified Sender Identity". Mit kell beállítani?`),

  rec('pentest_finding_ro', f`Te rog să formulezi impactul pentru constatarea de mai jos, pentru raportul către client (Transilvania Logistic SA). Am găsit cheia pe share-ul \\\\FS01\\IT$\\backup\\jumpbox\\.ssh\\id_ed25519, accesibil pentru "Domain Users":

${v('credential.openssh_private_key', OSSH)}

Cu ea ne-am autentificat ca root pe jumpbox-ul din DMZ (10 servere în known_hosts). Scrie scurt, în română, ton profesional.`),

  rec('code_python_bg', f`Ботът, който праща известия на диспечерите при закъснение на влак, спря да работи. Ето кода:

${code(f`import requests

BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}"
CHAT_ID = -1002183746591

def izvestie(vlak: str, zakasnenie_min: int, gara: str) -> None:
    tekst = f"⚠️ Товарен влак {vlak} закъснява с {zakasnenie_min} мин. при гара {gara}"
    r = requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": tekst},
        timeout=10,
    )
    r.raise_for_status()`)}

Грешката е 409 Conflict. Какво означава?`),

  rec('chat_el', f`Καλησπέρα. Φτιάχνουμε διαδραστικό χάρτη με τα μονοπάτια του Εθνικού Πάρκου για το site του Φορέα Διαχείρισης. Για τα tiles χρησιμοποιούμε Mapbox, και ο συνάδελφος μου έδωσε αυτό το token: ${v('credential.mapbox_secret_token', MAPBOX)}
Μπορώ να το βάλω απευθείας στο JavaScript της σελίδας ή είναι επικίνδυνο;`),

  rec('bash_tr', f`İade deposunda her gece çalışan bu cron betiği Slack'e rapor atmıyor. Nerede hata var?

${code(f`#!/usr/bin/env bash
# gunluk_iade_raporu.sh — Vestora İade Merkezi, Gebze
set -euo pipefail
TARIH=$(date -d yesterday +%F)
ADET=$(psql -At -d iade -c "select count(*) from iadeler where teslim_tarihi = '$TARIH'")
HASARLI=$(psql -At -d iade -c "select count(*) from iadeler where teslim_tarihi = '$TARIH' and durum = 'hasarli'")
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"$TARIH: $ADET iade teslim alındı, $HASARLI hasarlı\\"}" \\
  ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

Cron log'unda "invalid_payload" yazıyor.`),

  rec('http_he', f`שלום, אני מנסה לבדוק למה ה-API של פורטל המטופלות מחזיר 403 כשאמבריולוגית מנסה לעדכן דו"ח הפריה. זו הבקשה מ-DevTools:

${cfg(f`PATCH /api/v2/cycles/NTL-TLV-24-0913/fertilization-report HTTP/1.1
Host: portal.natalis-ivf.co.il
Authorization: Bearer ${v('credential.jwt', JWT_PORTAL)}
Content-Type: application/json

{"day":1,"oocytes_retrieved":11,"mii":9,"2pn":7}`)}

האם חסר scope בטוקן? תסביר בעברית בבקשה.`),

  rec('cisco_fa', f`سلام، این بخش از کانفیگ روتر مشتری (تست نفوذ، شرکت پخش دارویی) رو توی گزارش گذاشتیم. لطفاً یک پاراگراف توصیه امنیتی به فارسی بنویس:

${cfg(f`hostname KHS-EDGE-01
enable secret 9 ${ambCat('credential', CISCO_SECRET9)}
username netadmin privilege 15 secret 5 ${ambCat('credential', CISCO_SECRET5)}
!
snmp-server community ${v('credential.network_device_secret', SNMP_RW)} RW
snmp-server location Tehran-DC2
tacacs-server host ${amb('pii.ip_address', '172.20.4.15')} key ${v('credential.network_device_secret', TACACS_KEY)}
!
line vty 0 4
 transport input telnet ssh`)}

مهم‌ترین مشکل به نظر ما community با دسترسی RW و telnet باز است.`),

  rec('chat_ar', f`السلام عليكم، أنا مسؤول التطوع في جمعية "دار الأمان" لإيواء المشردين بالدار البيضاء. البريد ديالنا ${v('pii.email', 'benevoles@dar-alaman.ma')} ما بقاش كيرسل الرسائل من البرنامج ديال التسجيل. كلمة السر ديال الحساب هي ${v('credential.password_in_prose', SMTP_PW)} وما تبدلاتش. واش المشكل ممكن يكون من إعدادات SMTP ديال Office 365؟ جاوبني بالعربية أو بالفرنسية.`),

  rec('ci_yaml_ru', f`Привет. Пайплайн, который собирает сервис расчёта тарифов на перевозку, падает на шаге клонирования сабмодуля. Вот кусок .gitlab-ci.yml:

${cfg(f`variables:
  GIT_SUBMODULE_STRATEGY: none

before_script:
  - git config --global url."https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.meridian-railcargo.ru/".insteadOf "https://gitlab.meridian-railcargo.ru/"
  - git submodule update --init --recursive

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B -DskipTests package`)}

Ошибка: "HTTP Basic: Access denied". Токен вроде не истёк.`),

  rec('curl_en', f`Trying to bulk-close duplicate return tickets in Jira from the Dublin returns hub. This curl gives me 401 — is the auth format wrong?

${cfg(f`curl -s -u ${v('pii.email', JIRA_EMAIL)}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  "https://vestora.atlassian.net/rest/api/3/issue/RET-18827/transitions" \\
  -d '{"transition":{"id":"41"},"fields":{"resolution":{"name":"Duplicate"}}}'`)}`),

  rec('shell_ka', f`გამარჯობა, პენტესტის დროს კლიენტის CI სერვერზე bash_history-ში ეს ვიპოვეთ:

${cfg(f`export VAULT_ADDR=https://vault.int.tbilfin.ge:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get -field=password secret/prod/core-banking/db
vault kv list secret/prod/`)}

ტოკენი ჯერ კიდევ მოქმედებს (TTL 31 დღე). დამიწერე რეკომენდაცია ქართულად: რა უნდა გააკეთონ დაუყოვნებლივ.`),

  rec('chat_hy', f`Բարև, մենք "Հույսի տուն" բարեգործական կազմակերպությունն ենք (անօթևանների գիշերակաց, Երևան)։ Ուզում ենք նվիրատուներին ամսական նամակ ուղարկել Brevo-ով։ API բանալին սա է՝ ${v('credential.brevo_api_key', BREVO)}
Ինչպե՞ս ավելացնեմ կոնտակտները CSV-ից առանց կրկնօրինակների։`),

  rec('json_config_kk', f`Сәлем! Депоның CI серверінде образдарды registry-ге push жасау тоқтап қалды. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.meridian-railcargo.kz": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Қате: "unauthorized: incorrect username or password". Құпия сөзді кеше ауыстырдық па, білмеймін.`),

  rec('chat_hi', f`नमस्ते, मैं नेटालिस फर्टिलिटी (अंधेरी शाखा) में रिसेप्शन पर हूँ। EMR सिस्टम में लॉगिन नहीं हो रहा। यूज़रनेम rec.andheri02 है और पासवर्ड ${v('credential.password_in_prose', EMR_PW)} डाला, फिर भी "account locked" आ रहा है। IT को भेजने के लिए एक छोटा सा ईमेल लिख दो हिंदी में, जिसमें लिखा हो कि अकाउंट अनलॉक कर दें।`),

  rec('code_python_bn', f`আমাদের রিটার্ন সেন্টারে গ্রাহকরা ফেরতের কারণ বাংলায় লেখেন। এই স্ক্রিপ্ট দিয়ে কারণগুলো ক্যাটাগরিতে ভাগ করতে চাই, কিন্তু rate limit error আসছে:

\`\`\`python
${code(f`from openai import OpenAI
import pandas as pd

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")
df = pd.read_csv("ferot_karon_march.csv")

def shreni(karon: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Classify the return reason into size/quality/colour/late/other: {karon}"}],
    )
    return r.choices[0].message.content.strip()

df["shreni"] = df["karon"].apply(shreni)
df.to_csv("ferot_shreni.csv", index=False)`)}
\`\`\`

ব্যাচে পাঠানোর কোনো উপায় আছে?`),

  rec('config_ta', f`வணக்கம், சரக்கு ரயில் வேகன் ஆய்வு புகைப்படங்களை Azure Blob-ல் பதிவேற்றும் app-ல் பிழை வருகிறது. appsettings-ல் உள்ள connection string:

${cfg(f`"Storage": {
  "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=mrcwagoninspect;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
  "Container": "inspection-photos-chennai"
}`)}

பிழை: "Server failed to authenticate the request". Key-ஐ rotate செய்தோம், அதன் பிறகு தான் இந்த பிரச்சனை.`),

  rec('chat_mr', f`नमस्कार, आमच्या "सेवाधाम" निवारा केंद्राच्या देणगीदार पोर्टलचे लॉगिन तपशील खाली देतो, नवीन स्वयंसेवकासाठी मराठीत सोप्या सूचना लिहून द्या:
पोर्टल: https://daan.sevadham-pune.org/admin
यूजर/पासवर्ड: ${v('credential.user_password_pair', `sevak_admin / ${DONOR_PW}`)}
दर शुक्रवारी नवीन देणग्यांची पावती PDF डाउनलोड करून खजिनदारांना पाठवायची.`),

  rec('shell_ne', f`नमस्ते, सगरमाथा राष्ट्रिय निकुञ्जको ट्रेकिङ परमिट वेबसाइटको सर्भर DigitalOcean मा छ। यो कमाण्ड चलाउँदा error आयो:

${cfg(f`$ doctl auth init --access-token ${v('credential.digitalocean_token', DO_TOKEN)}
Error: Unable to use supplied token to access API: GET https://api.digitalocean.com/v2/account: 401 Unable to authenticate you`)}

टोकन कसरी नयाँ बनाउने? नेपालीमा बताइदिनुस्।`),

  rec('chat_th', f`สวัสดีครับ ผมดูแลแชทบอทรับคืนสินค้าของ Vestora ใน Facebook Messenger อยู่ บอทตอบลูกค้าไม่ได้ตั้งแต่เมื่อวาน ขึ้น error "(#190) Error validating access token" ครับ Page access token ที่ใช้อยู่คือ ${v('credential.facebook_access_token', FB_PAGE)}
ต้องสร้างใหม่แบบ long-lived ยังไงครับ`),

  rec('yaml_id', f`Halo, agent Datadog di server penjadwalan kereta barang (Cikarang) tidak mengirim metrik sejak upgrade ke 7.52. Ini datadog.yaml-nya:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.com
hostname: jadwal-kereta-cikarang-01
tags:
  - env:prod
  - tim:operasi-kereta
logs_enabled: true`)}

Status agent menampilkan "API Key invalid". Apakah perlu site ap1?`),

  rec('json_ms', f`Salam, kami di Natalis Fertility Kuala Lumpur nak simpan imej embrio (time-lapse) dalam Google Cloud Storage. Ini fail kunci service account yang IT beri, tapi skrip saya dapat "invalid_grant". Boleh semak?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "natalis-embryo-kl",
  "private_key_id": "${fill('b70-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'timelapse-uploader@natalis-embryo-kl.iam.gserviceaccount.com')}",
  "client_id": "108274619305827461930",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Jam pelayan mungkin lari sikit?`),

  rec('pentest_ko', f`안녕하세요. 모의해킹 중 고객사(온라인 쇼핑몰) 웹서버에서 /.git/ 디렉터리가 노출되어 있었고, 커밋 히스토리에서 아래 파일을 복구했습니다.

${cfg(f`# deploy/aws_credentials (commit 3f9e2a1, 2023-11)
[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_LEAK_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_LEAK_SECRET)}
region = ap-northeast-2`)}

키는 현재도 유효하며 S3 버킷 12개에 읽기/쓰기 권한이 있습니다. 보고서용 "위험도 및 권고사항"을 한국어로 작성해 주세요.`),

  rec('env_file_ja', f`返品センターの店頭受付アプリ（Square 連携）が本番で決済取消できません。.env を貼ります。サンドボックスでは動きます。

${cfg(f`SQUARE_ENV=production
SQUARE_ACCESS_TOKEN=${v('credential.square_access_token', SQUARE)}
SQUARE_LOCATION_ID=L8Q2W6ZB1K3MX
RETURN_DESK_ID=shibuya-01`)}

エラーは "UNAUTHORIZED: This request could not be authorized." です。どこを確認すればいいですか？`),

  rec('code_java_zh', f`我们生殖中心要把胚胎培养箱的照片上传到阿里云 OSS，下面的代码报 "SignatureDoesNotMatch"，帮我看看：

\`\`\`java
${code(f`public class EmbryoImageUploader {
    private static final String ENDPOINT = "https://oss-cn-shanghai.aliyuncs.com";
    private static final String ACCESS_KEY_ID = "${v('credential.alibaba_access_key_id', ALI_ID)}";
    private static final String ACCESS_KEY_SECRET = "${v('credential.generic_secret_assignment', ALI_SECRET)}";
    private static final String BUCKET = "natalis-embryo-sh";

    public void upload(String cycleId, File image) {
        OSS oss = new OSSClientBuilder().build(ENDPOINT, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        try {
            oss.putObject(BUCKET, "timelapse/" + cycleId + "/" + image.getName(), image);
        } finally {
            oss.shutdown();
        }
    }
}`)}
\`\`\``),

  rec('chat_sw', f`Habari, mimi ni mratibu wa kituo cha "Nyumba ya Matumaini" (kanisa la Mtakatifu Petro, Dar es Salaam) kinachosaidia watu wasio na makazi. Tunatumia akaunti moja ya mfumo wa wafadhili kwa ofisi nzima. Jina la mtumiaji ni ofisi@matumaini na nenosiri ni ${v('credential.password_in_prose', NENOSIRI)}. Naomba uniandikie ujumbe mfupi kwa Kiswahili kwa wajitolea wapya unaoeleza jinsi ya kuingia na kwamba wasibadilishe nenosiri.`),

  rec('code_js_fi', f`Moi! Kansallispuiston varausjärjestelmän frontendin virheet eivät näy Sentryssä tuotannossa, vaikka testissä näkyvät. Tässä init:

${code(f`// src/sentry.js – Metsähallitus-tyyppinen varauspalvelu, leiripaikat
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.de.sentry.io/4507384129`)}',
  environment: import.meta.env.MODE,
  release: 'varaus-frontend@2.14.0',
  tracesSampleRate: 0.2,
  beforeSend(event) {
    if (event.request?.url?.includes('/maksu/')) return null;
    return event;
  },
});`)}

Voiko beforeSend pudottaa kaikki?`),

  rec('json_config_sv', f`Hej! Terraform-körningarna för vår tågplaneringsmiljö fungerar lokalt men inte på byggservern. Jag kopierade credentials-filen från min dator:

${cfg(f`// ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

Byggservern kör som användaren "jenkins". Var ska filen ligga?`),

  rec('npmrc_da', f`Hej, vores returportal kan ikke installere vores private pakke @vestora/returlabels på CI-serveren. .npmrc i repoet ser sådan ud:

${cfg(f`@vestora:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Fejlen er "404 Not Found - GET https://registry.npmjs.org/@vestora%2freturlabels". Er det tokenet eller scope-navnet?`),

  rec('burp_lt', f`Sveiki, pentesto metu Burp'e pagavome šią užklausą į kliento (logistikos įmonės) vidinį API. Parašyk lietuviškai trumpą radinio aprašymą: kodėl Basic Auth per HTTP yra problema.

${cfg(f`GET /api/v1/siuntos?data=2025-03-04 HTTP/1.1
Host: ${amb('pii.ip_address', '10.40.12.8')}:8080
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
User-Agent: Apache-HttpClient/4.5.13 (Java/11.0.19)
Connection: close`)}

Iššifravus paaiškėjo, kad slaptažodis ${v('credential.password_in_prose', 'Vasara2024!')} naudojamas ir keliuose kituose servisuose.`),

  rec('runbook_lv', f`Lūdzu, pārraksti šo runbook fragmentu latviski saprotamāk jaunajam IT kolēģim (Natalis Rīgas klīnika, nakts dublējumkopijas):

1. Dublējumkopijas tiek šifrētas ar age. Atslēgu fails: /root/.config/age/backup.key
2. Atslēga (ja fails pazūd, to var atjaunot no šejienes):
   ${v('credential.age_secret_key', AGE)}
3. Atšifrēšana: age -d -i backup.key lis_dump_2025-03-03.sql.age > dump.sql
4. Pēc testa dump.sql obligāti izdzēst.`),

  rec('pentest_report_en', f`Please tidy up this section of our internal test report for the client (Vrinda Health Systems, Bengaluru). Keep it factual.

3.4 Kerberoasting
We requested a TGS for the SPN MSSQLSvc/sql02.corp.vrinda.local and obtained:
${ambCat('credential', KRB_HASH)}
The hash was cracked offline in 11 minutes with a standard wordlist; the service account password is ${v('credential.password_in_prose', 'Vrinda@123')}. The account is a member of "SQL Admins" and has local admin rights on 14 servers.
Recommendation: gMSA, 25+ character passwords, AES-only encryption types.`),

  rec('code_powershell_en', f`Script to disable leavers in Okta for our Johannesburg depot drivers, keeps failing with E0000011. What am I doing wrong?

${code(f`$OktaOrg   = "https://meridian-railcargo.okta.com"
$ApiToken  = "${v('credential.okta_api_token', OKTA)}"
$Headers   = @{ Authorization = "SSWS $ApiToken"; Accept = "application/json" }

$leavers = Import-Csv .\\leavers_march.csv
foreach ($l in $leavers) {
    $user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$($l.Login)" -Headers $Headers
    Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $Headers
    Write-Host "Deactivated $($l.Login) ($($l.Depot))"
}`)}`),

  rec('chat_en', f`G'day — our treasurer set up a Stripe key for the donate button on the Haven Street Mission site. She sent me ${v('credential.stripe_restricted_key', RK_LIVE)} and said it's "restricted" so it's fine to put in the website's HTML. Is that right? We're a small church shelter in Fitzroy, nobody here is a developer.`),

  rec('chat_de', f`Servus, wir (Kinderwunschzentrum Natalis Linz) übertragen die Befunde vom externen Labor per SFTP. Seit heute scheitert der Cronjob. Der Aufruf im Skript:

${cfg(f`curl -s --ftp-create-dirs -T befunde_$(date +%Y%m%d).zip "sftp://natalis_linz:${v('credential.url_password', SFTP_PW)}@sftp.labor-donautal.at/eingang/"`)}

Fehler: "curl: (67) Login denied". Kann es am Ausrufezeichen im Passwort liegen?`),

  rec('pentest_fr', f`Salut, pendant l'audit interne chez le client (coopérative agricole), on a trouvé ce fichier sur \\\\NAS-COMPTA\\Partage\\IT\\putty\\admin-esx.ppk, lisible par tous les utilisateurs du domaine. Tu peux m'écrire le constat en français, ton sobre ?

${v('credential.putty_private_key', f`PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: admin@esx-prod
Public-Lines: 6
${(PPK_PUB.match(/.{1,64}/g) ?? []).join('\n')}
Private-Lines: 14
${(PPK_PRIV.match(/.{1,64}/g) ?? []).join('\n')}
Private-MAC: ${fill('b70-ppkmac', HEX, 64)}`)}

Clé non chiffrée, acceptée par les 3 hyperviseurs ESXi.`),

  rec('notebook_it', f`Sto provando un modello OCR per leggere le lettere di vettura CIM scansionate (terminal di Verona Quadrante Europa). Il notebook si pianta al download del modello:

${cfg(f`In [3]:
from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
ocr = pipeline("image-to-text", model="meridian-rail/donut-cim-it", device=0)

OSError: meridian-rail/donut-cim-it is not a local folder and is not a valid model identifier`)}

Il repo è privato, il token ha i permessi giusti?`),

  rec('env_file_es', f`Hola, estamos montando un asistente para responder dudas de visitantes del Parque Nacional (horarios, rutas, permisos de acampada). En local funciona, en el servidor no. El .env:

${cfg(f`ASISTENTE_MODELO=claude-3-5-haiku-latest
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
MAX_TOKENS=800
IDIOMAS=es,en,fr
RUTA_FAQ=/srv/asistente/faq_parque.md`)}

El error es "invalid x-api-key". ¿Puede ser que el servidor lea otro .env?`),

  rec('pentest_en', f`Writing up day 2 of the internal test at Oakridge Housing. Can you turn these notes into a short narrative for the attack-path section?

- 09:40 Responder on the user VLAN, captured NetNTLMv2 for svc_backup:
  ${ambCat('credential', NTLMV2)}
- 10:25 cracked → password ${v('credential.password_in_prose', NETUSE_PW)}
- 10:31 ${cfg(f`net use \\\\OAK-FS02\\Backups$ /user:OAKRIDGE\\svc_backup ${v('credential.cli_password', NETUSE_PW)}`)}
- 10:40 found VM backups incl. DC01, extracted NTDS.dit offline
- 11:15 Domain Admin.`),

  rec('chat_ko', f`반품센터 DB에서 지난달 반품 사유 통계를 뽑으려는데 접속이 안 돼요. 제가 쓰는 명령어:

${cfg(f`mysql -h returns-db.vestora.kr -u returns_ro -p${v('credential.mysql_cli_password', MYSQL_PW)} -e "SELECT reason_code, COUNT(*) FROM returns WHERE received_at >= '2025-02-01' GROUP BY reason_code"`)}

"Access denied for user 'returns_ro'@'10.%'" 라고 나오는데, 권한 문제일까요?`),

  rec('chat_pl', f`Hej, chcę, żeby system dyspozytorski wysyłał alerty o postoju składu na kanał Teams "Dyspozytura Zachód". Mam taki URL z konektora: ${v('credential.teams_webhook_url', TEAMS_HOOK)}
Napisz mi przykład w Pythonie z kartą Adaptive Card (numer pociągu, stacja, czas postoju).`),

  rec('pentest_tr', f`Merhaba, sızma testinde müşterinin Jenkins sunucusunda job konfigürasyonunda şu satırı bulduk:

${cfg(f`<url>https://deploy-bot:${v('credential.bitbucket_app_password', BB_APP_PW)}@bitbucket.org/anadolu-sigorta/police-api.git</url>`)}

Bu app password ile tüm repolara yazma yetkisi vardı. Rapor için Türkçe "Bulgu / Risk / Öneri" formatında kısa bir metin yazar mısın?`),

  rec('chat_uk', f`Привіт! Налаштовую Grafana для моніторингу локомотивних датчиків (депо Фастів). Створив service account і отримав токен ${v('credential.grafana_service_account_token', GLSA)}
Як через API створити дашборд із JSON-файлу? Поясни українською.`),

  rec('ci_yaml_en', f`Our returns-portal pipeline in Azure DevOps can't push the build tag back. Relevant bit:

${cfg(f`- script: |
    git config user.name "build-bot"
    git tag "release-$(Build.BuildNumber)"
    git push https://returns-bot:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/vestora-uk/returns-portal/_git/returns-portal --tags
  displayName: Tag release`)}

It worked until we moved the agent pool. Any idea?`),

  rec('chat_cs', f`Ahoj, při pentestu u klienta (e-shop s elektronikou) jsme v jejich veřejném Postman workspace našli environment s tímhle klíčem: ${v('credential.postman_api_key', PMAK)}
Přes Postman API šly stáhnout všechny kolekce včetně testovacích účtů. Napiš mi to česky jako nález s doporučením.`),

  rec('chat_en', f`Hi, I coordinate volunteers for the St Brigid's night shelter in Cork. We send shift reminders by SMS through Twilio. The API key is ${v('credential.twilio_api_key', TWILIO_SK)} and the secret is ${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}. Can you write me a tiny Python script that texts everyone on tonight's rota from a CSV? Keep it simple please.`),
];
