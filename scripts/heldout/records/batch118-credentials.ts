/**
 * Held-out batch 118: credentials pasted by an embassy's consular and visa section, a football stadium's
 * ticketing and match-day security team, a pest-control company's field scheduling, a nuclear plant's
 * radiation-protection and dosimetry office, a honey cooperative's export desk and a commercial
 * locksmith / access-control installer. Hand-written, many languages and scripts.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const DB_PW_VISA = 'Vl#visa2024!Kons';
const SENDGRID = tok('SG.', fill('b118-sg1', B64URL, 22), '.', fill('b118-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b118-stripe', B62, 97));
const WHSEC = tok('whsec_', fill('b118-whsec', B62, 32));
const CTRL_PW = 'Tor3-Zürich!88';
const TW_SID = tok('AC', fill('b118-twsid', HEX, 32));
const TW_TOKEN = fill('b118-twtok', HEX, 32);
const LDAP_PW = 'Dosi#Rp-2023/aubrac';
const SHPAT = tok('shpat_', fill('b118-shpat', HEX, 32));
const WOO_SECRET = tok('cs_', fill('b118-woocs', HEX, 40));
const CISCO_PW = 'Stad1on-Gate!7';
const CISCO_HASH = tok('$8$', fill('b118-c8salt', B62, 14), '$', fill('b118-c8h', B62 + './', 43));
const IPSEC_PSK = 'Kv7#emb-Psk-Tbilisi-2024';
const SALTO_KEY = fill('b118-salto', B62, 48);
const XOXB = tok('xoxb-', '5829104736', '2-', '7391046285731-', fill('b118-xoxb', B62, 24));
const TG_BOT = tok('7318492056', ':AA', fill('b118-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1249037718254093312/', fill('b118-dwh', B64URL, 68));
const GHP = gh('ghp', 'Kt8Lm2Vb6Nq1Wx4Rz9Pc3Hd7Jf5Sg0');
const GLPAT = tok('glpat-', fill('b118-glpat', B64URL, 20));
const AKIA = tok('AKIA', fill('b118-akia', B32, 16));
const AKIA_SECRET = fill('b118-akias', B64, 40);
const AZ_STORAGE = `${fill('b118-azst', B64, 86)}==`;
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b118-gkey', B64URL, 33));
const GCP_PEM = pem('PRIVATE KEY', 'b118-gcp', 1216, '\\n');
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b118-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
const RSA = pem('RSA PRIVATE KEY', 'b118-rsa', 1190);
const STADIUM_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'steward-0417', role: 'gate_supervisor', venue: 'ribera', iat: 1727601000, exp: 1727644200 }, 'b118-jwt1');
const BASIC_VN = b64('dieuphoi:DietCon#2024');
const BEARER_ID = fill('b118-bearer', B62 + '-._', 56);
const MYSQL_PW = 'Med2024!export';
const SSHPASS_PW = 'Bdzhola_Zamky#19';
const MSSQL_PW = 'Dz!mp0s#2024a';
const FTP_PW = 'Kv3r!Mezuza77';
const AR_PW = 'Visa@Amman#2025';
const SG_CA = tok('SG.', fill('b118-sgca1', B64URL, 22), '.', fill('b118-sgca2', B64URL, 43));
const MAILGUN = tok('key-', fill('b118-mg', HEX, 32));
const MAILCHIMP = tok(fill('b118-mc', HEX, 32), '-us14');
const NPM = gh('npm', 'Ha3Lo9Ks2Md7Fe4Pq1Wt8Zx6Vb0Ny5');
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b118-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b118-dckr', B64URL, 27));
const HF = tok('hf_', fill('b118-hf', UPPER + LOWER, 34));
const OPENAI = tok('sk-proj-', fill('b118-oa1', B64URL, 74), 'T3BlbkFJ', fill('b118-oa2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b118-ant', B64URL, 93), 'AA');
const SENTRY_DSN = tok('https://', fill('b118-sdsn', HEX, 32), '@o4507331.ingest.de.sentry.io/4507331846021120');
const DD_API = fill('b118-ddapi', HEX, 32);
const VAULT = tok('hvs.', 'CAESI', fill('b118-vault', B64URL, 86));
const CF_TOKEN = fill('b118-cft', B62 + '_-', 40);
const DO_TOKEN = tok('dop_v1_', fill('b118-do', HEX, 64));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b118-atl', B64URL, 171), '=', fill('b118-atl2', HEX.toUpperCase(), 8));
const SQUARE = tok('EAAA', 'l', fill('b118-square', B64URL, 59));
const TW_SK = tok('SK', fill('b118-twsk', HEX, 32));
const TW_SK_SECRET = fill('b118-twsksec', B62, 32);
const TEAMS_HOOK = tok('https://kkwkovarna.webhook.office.com/webhookb2/', '7c2e9a41-0b35-4d8e-a1f6-3e95b27c4d08@2f8b1c63-94ad-47e0-b5c2-8d1e6a3f9047/IncomingWebhook/', fill('b118-teams1', HEX, 32), '/', 'a3d94e12-7f58-4b2c-9e06-1c8b5f7d2e39/', 'V2', fill('b118-teams2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b118-swt', UPPER + DIGITS, 8), '/B07', fill('b118-swb', UPPER + DIGITS, 8), '/', fill('b118-swh', B62, 24));
const AZ_CLIENT_SECRET = tok(fill('b118-azcs1', B62, 3), '8Q~', fill('b118-azcs2', B62 + '_-.', 34));
const PPK_PRIV = b64Bytes('b118-ppk', 48);
const PPK_PUB = b64Bytes('b118-ppkpub', 51);
const FCM = tok('AAAA', fill('b118-fcm1', B64URL, 7), ':APA91b', fill('b118-fcm2', B64URL, 134));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'plaagbeheer-routes', a: fill('b118-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b118-mbx', B64URL, 22));
const YAML_PW = 'MenJin#Taipei2024';
const DROPBOX = tok('sl.', 'B', fill('b118-dbx', B64URL, 138));
const DOCKER_AUTH = b64('mar-honey-ci:Mar#Registry2024!');
const OKTA = tok('00', fill('b118-okta', B64URL, 40));
const ADO_PAT = fill('b118-ado', B32LOWER, 52);
const K8S_PW_B64 = b64('Rp!Dosimetrie#Prod');
const REDIS_PW = 'apiculteur-Redis-93x';
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b118-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const WIFI_PW = 'Zamok_Serv!2024';
const RESET_PW = 'Honig+Wabe77';

export const BATCH118_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Hallo, unser Terminbuchungs-Backend für die Visastelle startet nach dem Update nicht mehr. Hier die .env (Produktion):

${cfg(f`# visa-termine/.env.production
APP_ENV=production
DATABASE_URL=postgresql://termine_app:${v('credential.database_url_password', DB_PW_VISA)}@${amb('pii.ip_address', '10.40.2.15')}:5432/visa_termine
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'visa@botschaft-norvalien.org')}
SLOT_LOCK_MINUTES=12`)}

Fehler: "password authentication failed for user termine_app". Woran kann das liegen?`),

  rec('chat_es', f`Oye, el cobro de abonos de temporada del Estadio Ribera falla desde ayer con "No such customer". Estoy usando esta clave en el servidor: ${v('credential.stripe_secret_key', STRIPE_LIVE)} — ¿puede ser que estemos mezclando cuentas de Stripe?`),

  rec('chat_pt_br', f`Galera, o webhook de ingressos tá voltando 400 "No signatures found matching the expected signature". O segredo que coloquei no painel é ${v('credential.stripe_webhook_secret', WHSEC)}, tá certo usar esse no endpoint de produção?`),

  rec('chat_gsw', f`Grüezi, mir händ bi de Firma Keller Sicherheit AG en neue Zutrittscontroller igrichtet. S'Admin-Passwort vom Webinterface isch ${v('credential.password_in_prose', CTRL_PW)} — chasch mer säge wie ich d'Türzyte für de Samschtig ändere?`),

  rec('code_python', f`Our pest-control reminder job sends the SMS twice. Can you spot why?

\`\`\`python
${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TW_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TW_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

def remind(job):
    for tech in job.technicians:
        client.messages.create(
            to=job.customer_phone,
            from_="${phone('+14155238864', 'US')}",
            body=f"BugAway: your {job.service} visit is tomorrow {job.window}",
        )`)}
\`\`\``),

  rec('ini_fr', f`Bonjour, l'appli de dosimétrie opérationnelle ne se connecte plus à l'annuaire depuis le changement de certificat. Voici la conf :

${cfg(f`[ldap]
url = ldaps://annuaire.crp-aubrac.local:636
bind_dn = cn=svc-dosimetrie,ou=services,dc=crp-aubrac,dc=local
bind_password = ${v('credential.password_assignment', LDAP_PW)}
base_dn = ou=agents,dc=crp-aubrac,dc=local
timeout = 10`)}

Le mot de passe n'a pas changé. Une idée ?`),

  rec('chat_it', f`Ciao, per l'export del miele sul nuovo Shopify ho generato un token per l'app privata: ${v('credential.shopify_access_token', SHPAT)}. Mi scrivi uno script Python che scarica gli ordini B2B con tag "export-DE"?`),

  rec('php_config', f`WooCommerce REST gibt 401 zurück. Unser Plugin-Code:

${code(f`<?php
$woocommerce = new Client(
    'https://shop.imkergenossenschaft-lindenblüte.de',
    '${amb('credential.generic_secret_assignment', tok('ck_', fill('b118-woock', HEX, 40)))}',
    '${v('credential.generic_secret_assignment', WOO_SECRET)}',
    ['version' => 'wc/v3', 'verify_ssl' => true]
);
$orders = $woocommerce->get('orders', ['status' => 'processing']);`)}

Muss ich Query-String-Auth erzwingen?`, 'consumer key (ck_) is half of the pair, more an identifier than a secret: ambiguous; the consumer secret (cs_) is labelled'),

  rec('cisco_config', f`Turnstile network switch at gate 4 drops the readers every match day around kick-off. Running config excerpt:

${cfg(f`hostname SW-GATE4-NORTH
!
enable secret 8 ${ambCat('credential', CISCO_HASH)}
username stadium-ops privilege 15 password 0 ${v('credential.network_device_secret', CISCO_PW)}
!
interface Vlan40
 description TURNSTILE-READERS
 ip address ${amb('pii.ip_address', '172.20.40.1')} 255.255.255.0
!
ip route 0.0.0.0 0.0.0.0 ${amb('pii.ip_address', '172.20.40.254')}
snmp-server community ${v('credential.network_device_secret', 'R1bera-mon!ro')} RO`)}

Could spanning tree be the cause?`),

  rec('chat_ka', f`გამარჯობა, საელჩოს ოფისის VPN-ის კონფიგურაცია გვჭირდება ახალ როუტერზე. IPsec: peer ${amb('pii.ip_address', '185.139.56.23')}, pre-shared key: ${v('credential.network_device_secret', IPSEC_PSK)}, IKEv2, AES-256. შეგიძლია MikroTik-ის ბრძანებები დამიწერო?`),

  rec('json_pl', f`Cześć, integracja z systemem zamków Salto nie działa po migracji. Plik konfiguracyjny:

${cfg(f`{
  "salto": {
    "host": "https://salto.keller-zamki.pl:8100",
    "operator": "integracja",
    "api_key": "${v('credential.generic_secret_assignment', SALTO_KEY)}",
    "site_id": 12
  }
}`)}

Dostajemy 403. Czy klucz API trzeba jakoś zakodować?`),

  rec('chat_ko', f`경기 당일 보안 상황 알림 봇이 채널에 메시지를 못 보내요. 토큰은 ${v('credential.slack_bot_token', XOXB)} 이고, chat:write 권한은 있습니다. not_in_channel 에러가 나는데 어떻게 해결하나요?`),

  rec('chat_ru', f`Привет! Бот для диспетчеров дезинсекции перестал отвечать. Токен бота: ${v('credential.telegram_bot_token', TG_BOT)}. Вебхук стоит на https://dispatch.dezstop.ru/tg. Как проверить, что Telegram вообще до нас достучался?`),

  rec('chat_tr', f`Stadyum güvenlik görevlileri için Discord'a otomatik vardiya mesajı atmak istiyorum. Webhook adresi: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — Node.js ile her sabah 08:00'de mesaj gönderen kısa bir kod yazar mısın?`),

  rec('chat_ja', f`放射線管理課の線量集計スクリプトを GitHub Actions で動かしたいのですが、private リポジトリの clone で 403 になります。使っているトークンは ${v('credential.github_pat', GHP)} です。repo スコープは付けました。何が足りないでしょうか？`),

  rec('shell_cs', f`Ahoj, CI pro rozpis techniků (deratizace) padá na push do GitLabu:

$ git remote set-url origin https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.deratizace-novak.cz/planovani/rozpis.git
$ git push origin main
remote: HTTP Basic: Access denied

Token má scope write_repository. Co dělám špatně?`),

  rec('aws_credentials', f`We put the export certificates (phytosanitary PDFs) in S3 for the importers. This is the profile on the export-desk laptop:

${cfg(f`[honey-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

How do I make a pre-signed link that expires after 7 days?`),

  rec('chat_nl', f`Hoi, de nachtelijke back-up van de dosimetriedatabase naar Azure faalt met 403. Connectiestring uit de config:
DefaultEndpointsProtocol=https;AccountName=kcbdosimetrie;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Klopt het dat de sleutel na rotatie automatisch vervalt?`),

  rec('chat_hi', f`नमस्ते, हमारी पेस्ट कंट्रोल टीम के रूट प्लानिंग ऐप में Google Maps लोड नहीं हो रहा। API key ${v('credential.google_api_key', GOOGLE_KEY)} है, console में "RefererNotAllowedMapError" आ रहा है। कौन सी website restriction डालनी चाहिए?`),

  rec('gcp_key_json', f`The ticket-scanning backup job uses this service account file; it says "invalid_grant: Invalid JWT Signature". File content:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "ribera-ticketing",
  "private_key_id": "${fill('b118-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'scan-backup@ribera-ticketing.iam.gserviceaccount.com')}",
  "client_id": "104837261950384712093",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'scan-backup%40ribera-ticketing.iam.gserviceaccount.com')}"
}`))}

Is the key revoked or is the server clock wrong?`),

  rec('chat_ka', f`სერვერზე შესვლა ვერ ხერხდება ამ გასაღებით, "invalid format" წერს. ეს არის ჩვენი საკეტების სერვისის deploy გასაღები:

${v('credential.openssh_private_key', OPENSSH)}

ფაილს 644 უფლებები აქვს, შეიძლება ეს იყოს პრობლემა?`),

  rec('chat_hy', f`Բարև, դեսպանատան վիզաների պորտալի TLS վկայականը թարմացնելիս nginx-ը չի բեռնվում։ Ահա բանալին, որը տեղադրեցի /etc/ssl/private/visa.key ֆայլում.

${v('credential.private_key', RSA)}

nginx -t ասում է "key values mismatch"։ Ինչ անեմ?`),

  rec('chat_th', f`แอปสแกนตั๋วของเจ้าหน้าที่ประตูสนามขึ้น 401 ทั้งที่ login ผ่านแล้ว header ที่ส่งไปคือ
Authorization: Bearer ${v('credential.jwt', STADIUM_JWT)}
โทเค็นนี้หมดอายุหรือยังครับ ช่วยดูค่า exp ให้หน่อย`),

  rec('chat_vi', f`Chào bạn, API điều phối thợ diệt côn trùng trả về 401. Mình gửi header này:
Authorization: Basic ${v('credential.basic_auth_header', BASIC_VN)}
Có phải server yêu cầu Bearer thay vì Basic không?`),

  rec('chat_id', f`Halo, integrasi jadwal teknisi pengendalian hama dengan aplikasi mitra error terus. Kami pakai token ini di header: Authorization: Bearer ${v('credential.bearer_token', BEARER_ID)}. Responsnya "token revoked". Apakah token harus diperbarui tiap 24 jam?`),

  rec('shell_bg', f`Здравейте, опитвам да направя дъмп на базата с поръчките за износ на мед, но получавам грешка:

$ mysqldump -h db.pchelar-koop.bg -u export_desk -p${v('credential.mysql_cli_password', MYSQL_PW)} --single-transaction porachki > porachki.sql
mysqldump: Got error: 1045: Access denied for user 'export_desk'@'${amb('pii.ip_address', '10.8.0.14')}'

Как да проверя правата на потребителя?`),

  rec('shell_uk', f`Привіт! Скрипт оновлення прошивки контролерів замків зависає на другому пристрої:

for h in ${amb('pii.ip_address', '10.12.0.21')} ${amb('pii.ip_address', '10.12.0.22')}; do
  sshpass -p '${v('credential.cli_password', SSHPASS_PW)}' scp fw-4.2.bin admin@$h:/tmp/
done

Як додати таймаут?`),

  rec('config_el', f`Καλησπέρα, η εφαρμογή κρατήσεων για τα συνεργεία απεντόμωσης δεν συνδέεται στη βάση. appsettings.json:

${cfg(f`{
  "ConnectionStrings": {
    "Booking": "Server=sql01.apentomosi-gr.local;Database=Rantevou;User Id=booking_app;Password=${v('credential.connection_string_password', MSSQL_PW)};TrustServerCertificate=True"
  }
}`)}

Το σφάλμα είναι "Login failed for user". Τι να ελέγξω;`),

  rec('chat_he', f`היי, צריך להעלות את קבצי הסריקה של הדרכונים לשרת הקבצים הישן של הקונסוליה. הכתובת שקיבלתי: ftp://konsul_upload:${v('credential.url_password', FTP_PW)}@files.consulate-tlv.org/incoming — אבל FileZilla מחזיר "530 Login incorrect". יש רעיון?`),

  rec('chat_ar', f`مرحباً، نحتاج مساعدة في ربط نظام مواعيد التأشيرات مع بوابة الدفع. بيانات الدخول للوحة الاختبار:
اسم المستخدم: visa_ops
كلمة المرور: ${v('credential.user_password_pair', AR_PW)}
هل يمكنك كتابة خطوات إعداد الـ callback؟`),

  rec('chat_fr_ca', f`Allô, nos courriels de confirmation de rendez-vous (extermination) partent plus depuis hier. La clé SendGrid dans le .env c'est ${v('credential.sendgrid_api_key', SG_CA)}. Est-ce que c'est parce que le domaine est pas vérifié? Merci ben gros!`),

  rec('chat_da', f`Hej, vi sender eksportfakturaer for honning via Mailgun, men får "Forbidden". Nøglen er ${v('credential.mailgun_api_key', MAILGUN)} og domænet mg.biavl-andel.dk. Skal jeg bruge EU-endpointet?`),

  rec('chat_nb', f`Hei! Nyhetsbrevet til honningkundene våre skal flyttes. Mailchimp-nøkkelen er ${v('credential.mailchimp_api_key', MAILCHIMP)}. Kan du skrive et skript som eksporterer alle kontakter med tag "grossist"?`),

  rec('npmrc_fi', f`Moi, CI ei löydä yksityistä pakettia @lukkoseppa/kulunvalvonta-ui. .npmrc näyttää tältä:

${cfg(f`@lukkoseppa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Onko tokenin tyyppi väärä (automation vs publish)?`),

  rec('pypirc_sv', f`Hej, vi ska publicera vårt interna bibliotek för dosberäkning på PyPI (privat index är nere). Min ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

twine säger 403. Behöver projektet finnas först?`),

  rec('shell_et', f`Tere! Docker Hubi push ebaõnnestub meesaanduse ühistu ekspordiportaali CI-s:

echo "${v('credential.dockerhub_pat', DCKR)}" | docker login -u meeyhistu --password-stdin
docker push meeyhistu/eksport-portaal:1.8.2

denied: requested access to the resource is denied. Mis valesti on?`),

  rec('chat_ta', f`வணக்கம், பூச்சி அடையாளம் காணும் மாடலை Hugging Face-இல் இருந்து பதிவிறக்க முயற்சிக்கிறேன். token ${v('credential.huggingface_token', HF)} கொடுத்தும் 401 வருகிறது. gated model-க்கு தனி அனுமதி வேண்டுமா?`),

  rec('chat_bn', f`হ্যালো, আমাদের মধু রপ্তানি ডেস্কের জন্য একটা ছোট চ্যাটবট বানাচ্ছি। OpenAI key ${v('credential.openai_api_key', OPENAI)} দিয়েছি কিন্তু "insufficient_quota" আসছে। বিলিং কোথায় দেখব?`),

  rec('chat_ca', f`Hola! Estic provant l'API de Claude per resumir els informes de dosimetria setmanals. La clau és ${v('credential.anthropic_api_key', ANTHROPIC)}. Em dona "overloaded_error" a vegades: com faig reintents amb backoff en Python?`),

  rec('chat_lt', f`Sveiki, mūsų spynų užsakymų sistema siunčia klaidas į Sentry, bet projekte nieko nematyti. DSN: ${v('credential.sentry_dsn', SENTRY_DSN)}. Ar reikia ES regiono nustatymo?`),

  rec('yaml_lv', f`Sveiki! Datadog aģents uz stadiona biļešu serveriem nesūta metrikas. datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: tickets-app-02
logs_enabled: true`)}

Kur meklēt kļūdu?`),

  rec('shell_hu', f`Sziasztok, a sugárvédelmi dózisnyilvántartó szolgáltatás nem éri el a Vault-ot:

$ export VAULT_ADDR=https://vault.atomeromu-sv.local:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/dozimetria/db
Error making API request. Code: 403. Errors: * permission denied

Melyik policy hiányzik?`),

  rec('chat_ro', f`Salut! Vreau să automatizez DNS-ul pentru portalul de export miere cu Terraform. Token-ul Cloudflare e ${v('credential.cloudflare_api_token', CF_TOKEN)} (Zone:DNS:Edit). Îmi scrii blocul provider și un record A?`),

  rec('chat_sk', f`Ahoj, potrebujem vytvoriť droplet pre rezervačný systém deratizácie cez API. Token: ${v('credential.digitalocean_token', DO_TOKEN)}. Ako by vyzeral curl príkaz na vytvorenie dropletu vo Frankfurte?`),

  rec('curl_hr', f`Bok, Jira API za tikete servisa brava vraća 401:

curl -u ${v('pii.email', 'ivana.horvat@bravar-kljuc.hr')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  "https://bravar-kljuc.atlassian.net/rest/api/3/search?jql=project=SERV"

Token je nov. Što nije u redu?`),

  rec('chat_es_mx', f`Qué onda, en las taquillas del estadio usamos Square para los cobros de comida. El token de producción es ${v('credential.square_access_token', SQUARE)}. ¿Cómo saco el reporte de ventas por partido con la API?`),

  rec('code_sw', f`Habari, tunatuma SMS za ratiba ya kunyunyizia dawa kwa wateja. Hii ni sehemu ya msimbo:

${code(f`const twilio = require('twilio');
const client = twilio('${v('credential.twilio_api_key', TW_SK)}', '${v('credential.generic_secret_assignment', TW_SK_SECRET)}', { accountSid: process.env.TWILIO_SID });

async function tuma(mteja) {
  return client.messages.create({ to: mteja.simu, from: process.env.SMS_FROM, body: \`Fundi atafika \${mteja.tarehe}\` });
}`)}

Inarudisha "Authentication Error - invalid username". Tatizo ni nini?`),

  rec('powershell_de_at', f`Servus, des Skript soll bei Überschreitung der Dosis-Untersuchungsschwelle eine Meldung in den Teams-Kanal vom Strahlenschutz schicken:

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$msg = @{ text = "Untersuchungsschwelle überschritten: Dosimeter $($args[0]), Hp(10) = $($args[1]) mSv" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $msg`)}

Die Umlaute kommen kaputt an. Wos moch i falsch?`),

  rec('chat_sl', f`Živjo, za obvestila o alarmih na vratih (ključavničarski servis) smo nastavili Slack webhook ${v('credential.slack_webhook_url', SLACK_HOOK)}. Sporočila pridejo brez oblikovanja — kako uporabim blocks?`),

  rec('chat_fa', f`سلام، برای ورود یکپارچه کارکنان بخش کنسولی با Entra ID یک اپلیکیشن ثبت کردیم. Client secret: ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)} — خطای AADSTS7000215 می‌گیریم. مشکل از کجاست؟`),

  rec('ppk_ms', f`Hai, saya tak boleh log masuk ke pelayan penjadualan juruteknik kawalan serangga guna PuTTY. Fail kunci:

${v('credential.putty_private_key', f`PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: jadual-kawalan-serangga
Public-Lines: 2
${PPK_PUB.slice(0, 64)}
${PPK_PUB.slice(64)}
Private-Lines: 1
${PPK_PRIV}
Private-MAC: ${fill('b118-ppkmac', HEX, 64)}`)}

Mesej: "Server refused our key". Kenapa ya?`),

  rec('chat_tl', f`Hi po, yung push notification ng stadium app para sa gate changes hindi na gumagana. Server key sa legacy FCM: ${v('credential.firebase_fcm_server_key', FCM)}. Kailangan na ba talaga lumipat sa HTTP v1?`),

  rec('chat_af', f`Hallo, ons roete-kaart vir die plaagbeheer-spanne gebruik Mapbox. Die geheime token is ${v('credential.mapbox_secret_token', MAPBOX)}. Kan ek dit in die mobiele app sit of moet dit net op die bediener bly?`),

  rec('yaml_zh_tw', f`您好，門禁控制器同步服務的設定檔如下，請幫我看為什麼連不上：

${cfg(f`controller:
  host: acs-gw.menjin-tw.local
  port: 4370
  username: sync_admin
  password: ${v('credential.password_assignment', YAML_PW)}
  poll_interval: 30s`)}

錯誤訊息是 "auth failed (code 0x31)"。`),

  rec('chat_ur', f`السلام علیکم، شہد کی برآمدی دستاویزات Dropbox میں ہیں۔ میں API سے فائلیں ڈاؤن لوڈ کرنا چاہتا ہوں، ٹوکن یہ ہے: ${v('credential.dropbox_access_token', DROPBOX)} — "expired_access_token" آ رہا ہے، کیا کروں؟`),

  rec('docker_config_am', f`ሰላም፣ የማር ኤክስፖርት ፖርታል CI ወደ ግል registry መግፋት አልቻለም። ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "registry.mar-coop.et": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

"unauthorized: authentication required" ይላል። ምን ላድርግ?`),

  rec('chat_nl_be', f`Dag collega's, de SSO-koppeling van het consulaire afsprakenplatform met Okta geeft sinds vanmorgen 401. Ik gebruik API-token ${v('credential.okta_api_token', OKTA)} in de provisioning-job. Moet ik een nieuw token aanmaken of ligt het aan de rate limit?`),

  rec('azure_pipelines', f`Pipeline für das Schlüsselverwaltungs-Portal kann nicht auf das Repo pushen:

${cfg(f`- script: |
    git push https://build:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/keller-sicherheit/schluesselportal/_git/web HEAD:main
  displayName: Push tag`)}

Der PAT hat Code (Read & Write). Was fehlt?`),

  rec('k8s_secret', f`Can you explain why the dosimetry API pod cannot read this secret?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: dosimetry-db
  namespace: rp-office
type: Opaque
data:
  username: ${b64('dosi_app')}
  password: ${v('credential.base64_encoded_token', K8S_PW_B64)}`)}`),

  rec('chat_pt_pt', f`Olá, o serviço de filas de exportação do mel não arranca. No docker-compose tenho REDIS_URL=redis://:${v('credential.database_url_password', REDIS_PW)}@redis-export:6379/0. O erro é "WRONGPASS invalid username-password pair". Consegue ajudar-me?`),

  rec('chat_sr', f`Здраво, SOPS не може да дешифрује фајл са тајнама за систем контроле приступа. Кључ у keys.txt:

${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE је подешен. Шта још да проверим?`),

  rec('chat_ru', f`Коллеги, на объекте у заказчика (склад на Складской, 14) подключили контроллер замков к их Wi-Fi: сеть KS-Service, пароль ${v('credential.password_in_prose', WIFI_PW)}. Контроллер не получает адрес по DHCP. Что проверить в первую очередь?`),

  rec('chat_de', f`Kannst du mir eine freundliche Mail an unseren Imker-Partner schreiben? Sein Zugang zum Exportportal wurde zurückgesetzt, das neue Passwort lautet ${v('credential.password_in_prose', RESET_PW)} und muss beim ersten Login geändert werden. Bitte Du-Form.`),
];
