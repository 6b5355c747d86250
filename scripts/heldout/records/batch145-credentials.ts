/**
 * Held-out batch 145: credentials pasted by staff of an Antarctic station's logistics and medical
 * office, a driving-school chain, a pharmaceutical cold-chain distributor's QA team, a football
 * federation's referee and registration department, a hydroponic grower's export office and a
 * regional newspaper's classifieds and billing desk. Hand-written, many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STARLINK_PW = 'Kr1ll-Hut!72south';
const MQTT_PW = 'Tomaat#Kas7-2024';
const TWILIO_SID = tok('AC', fill('b145-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b145-twtok', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b145-stripe', B62, 97));
const PG_PW = 'Arbitro_2024!vAr';
const SENDGRID = tok('SG.', fill('b145-sg1', B64URL, 22), '.', fill('b145-sg2', B64URL, 43));
const PG_RU_PW = 'Xolod-Tsep_88';
const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7710284936518-', fill('b145-xoxb', B62, 24));
const GHP = gh('ghp', 'Tq8Rm2Vx5Kd9Lw3Np7Bh1Jc4Fz6Ys0');
const AWS_ID = tok('AKIA', fill('b145-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b145-awssec', B64, 40);
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b145-gkey', B64URL, 33));
const JWT_REF = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ref-portal-2' }, { sub: 'ref-10482', role: 'assignor', iss: 'https://ref.fnf-portal.org', iat: 1722410000, exp: 1722496400 }, 'b145-jwtref');
const MYSQL_PW = 'Ep1stoli!Kl4ssik';
const TELEGRAM = tok('7291048365', ':', 'AA', fill('b145-tg', B64URL, 33));
const AZ_STORAGE = tok(fill('b145-azst', B64, 86), '==');
const GLPAT = tok('glpat-', fill('b145-glpat', B62 + '-_', 20));
const ALI_ID = tok('LTAI', '5t', fill('b145-ltai', B62, 18));
const ALI_SECRET = fill('b145-alisec', B62, 30);
const OPENAI = tok('sk-proj-', fill('b145-oai1', B64URL, 74), 'T3BlbkFJ', fill('b145-oai2', B64URL, 74));
const BASIC = b64('booking-api:Kh0nKaen!Drive9');
const MAILGUN = tok('key-', fill('b145-mg', HEX, 32));
const XENDIT_SECRET = tok('xnd_', 'production_', fill('b145-xnd', B62, 60));
const GE_PW = 'Tbilisi#Klass2024';
const HY_PW = 'Sevan_Jur88!';
const AM_PW = 'Addis-Buna2024';
const MPESA_SECRET = fill('b145-mpesa', B62, 32);
const SMS_KEY = fill('b145-smsbd', HEX, 40);
const NPM = gh('npm', 'Kp3Wz7Lq1Vb5Nx9Rt2Dm6Hs4Jy8Fc0');
const CISCO_PW = 'Serra!Idro55';
const SFTP_KEY = pem('RSA PRIVATE KEY', 'b145-sftp', 1190);
const OPENSSH_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${(tok('b3BlbnNzaC1rZXktdjEAAAAA', b64Bytes('b145-ossh', 360)).match(/.{1,70}/g) ?? []).join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
const DD_API = fill('b145-ddapi', HEX, 32);
const SENTRY_KEY = fill('b145-sentry', HEX, 32);
const VERCEL = fill('b145-vercel', B62, 24);
const DCKR = tok('dckr_', 'pat_', fill('b145-dckr', B64URL, 27));
const DOCKER_AUTH = b64('kasvi-ci:R0sa-Cluj_2024');
const GLSA = tok('glsa_', fill('b145-glsa1', B62, 32), '_', fill('b145-glsa2', HEX, 8));
const CF_TOKEN = fill('b145-cftok', B64URL, 40);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b145-ant', B64URL, 93), 'AA');
const NOTION = tok('ntn_', fill('b145-ntn1', DIGITS, 11), fill('b145-ntn2', B62, 35));
const VAULT = tok('hvs.', fill('b145-hvs', B62 + '_-', 90));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b145-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const TFC = tok(fill('b145-tfc1', B62, 14), '.atlasv1.', fill('b145-tfc2', B62, 67));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1268403917252018176', '/', fill('b145-dischook', B64URL, 68));
const TEAMS_HOOK = tok('https://kasvi.webhook.office.com/webhookb2/', '8c1f2e47-93a6-4d05-b7e8-2f6a0c9d31b4@5e7a9c12-40d8-4f3b-a6e1-9b2c7d48f056/IncomingWebhook/', fill('b145-teams1', HEX, 32), '/', '0b4d8f2a-6c31-4e97-a5d8-1f3e9b7c2a60/', 'V2', fill('b145-teams2', B64URL, 43));
const GCP_KEY = pem('PRIVATE KEY', 'b145-gcp', 1218);
const AZ_CLIENT_SECRET = tok(fill('b145-azcs1', B62, 3), '8Q~', fill('b145-azcs2', B62 + '_-.', 34));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b145-shk1', UPPER + DIGITS, 8), '/B07', fill('b145-shk2', UPPER + DIGITS, 8), '/', fill('b145-shk3', B62, 24));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b145-atl', B64URL, 171), '=', fill('b145-atl2', HEX.toUpperCase(), 8));
const FACEBOOK = tok('EAA', 'Bw3ZCq', fill('b145-fb', B62, 150));
const SHOPIFY = tok('shpat_', fill('b145-shpat', HEX, 32));
const SUPABASE = tok('sbp_', fill('b145-sbp', HEX, 40));
const OKTA = tok('00', fill('b145-okta', B64URL, 40));
const MAILCHIMP = tok(fill('b145-mc', HEX, 32), '-us14');
const HF = tok('hf_', fill('b145-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b145-groq', B62, 52));
const NEWRELIC = tok('NRAK-', fill('b145-nrak', UPPER + DIGITS, 27));
const REDIS_PW = fill('b145-redis', B62, 28);
const WIFI_PW = 'PingvinHotell2024';
const LDAP_PW = 'Oranje-Kas!Naaldwijk';

export const BATCH145_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Kia ora — our satcom failover isn't kicking in when the Starlink dish ices up. This is the gateway env on the comms rack at the station, can you see why the fallback never triggers?

${cfg(f`# /opt/satgw/.env  (Scott-side comms rack, do not copy to laptops)
PRIMARY_LINK=starlink
FALLBACK_LINK=iridium_certus
STARLINK_ROUTER_USER=admin
STARLINK_ROUTER_PASSWORD=${v('credential.password_assignment', STARLINK_PW)}
CERTUS_API_SECRET=${v('credential.generic_secret_assignment', fill('b145-certus', B62, 32))}
FAILOVER_PING_TARGET=${amb('pii.ip_address', '203.97.14.62')}
FAILOVER_THRESHOLD_MS=4000`)}

Ta, Hemi (comms tech, winter crew)`),

  rec('chat_de_ch', f`Grüezi, ich bi i de Fahrschuel für d'Terminbuechig zueständig. D'SMS-Erinnerige gönd sit geschter nüm use. Im Admin stoht:
Account SID: ${v('credential.twilio_account_sid', TWILIO_SID)}
Auth Token: ${v('credential.twilio_auth_token', TWILIO_TOKEN)}
Chönd Sie mir säge, öb das Token abgloffe isch oder ob's am Absänder liit? Mir schicked vo ${phone('+41 79 418 27 63')}.`),

  rec('chat_fr_qc', f`Salut! Au journal on a changé de processeur pour les petites annonces payantes, pis le module de paiement plante depuis à matin. Le dev m'a dit de coller la clé ici pour que tu m'expliques la différence entre une clé live pis une clé test : ${v('credential.stripe_secret_key', STRIPE_LIVE)}
C'est-tu normal qu'elle commence par sk_live ?`),

  rec('yaml_nl', f`Kun je deze config van de klimaatcomputer in kas 3 nakijken? De MQTT-broker weigert de verbinding sinds de update.

${cfg(f`mqtt:
  broker: ${amb('pii.ip_address', '10.41.3.20')}
  port: 8883
  client_id: kas3-klimaat
  username: kas3
  password: "${v('credential.password_assignment', MQTT_PW)}"
  tls: true
sensors:
  - ec_meter_goot_4
  - ph_meter_goot_4`)}`),

  rec('chat_es_ar', f`Che, el sistema de pases de la federación no levanta desde el viernes. El de sistemas me pasó la cadena de conexión y me dijo que la pruebe yo: postgresql://fichajes_app:${v('credential.database_url_password', PG_PW)}@db-fichajes.interno:5432/registro_jugadores — ¿me decís si está bien armada? Tengo que cerrar los pases antes del lunes.`),

  rec('code_python_ja', f`温度ロガーのアラートメールが届かなくなりました。SendGridのキーは先月更新済みです。どこが悪いでしょうか？

\`\`\`python
${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

SG_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"

def send_excursion_alert(shipment_id: str, temp_c: float) -> None:
    msg = Mail(
        from_email="${v('pii.email', 'alerts@frostline-qa.jp')}",
        to_emails="${v('pii.email', 'qa-oncall@frostline-qa.jp')}",
        subject=f"温度逸脱 {shipment_id}: {temp_c:.1f}°C",
        plain_text_content="2〜8°Cの範囲外です。至急確認してください。",
    )
    sendgrid.SendGridAPIClient(SG_KEY).send(msg)`)}
\`\`\``),

  rec('chat_ru', f`Привет. Склад в Подольске не может подключиться к базе мониторинга холодовой цепи. Строка подключения из 1С: Server=pg-coldchain.local;Port=5432;Database=thermo;User Id=qa_reader;Password=${v('credential.connection_string_password', PG_RU_PW)}; — может, дело в SSL? Подскажи, что проверить.`),

  rec('chat_ko', f`운전학원 예약 알림 봇이 채널에 메시지를 못 보내요. 토큰은 이거예요: ${v('credential.slack_bot_token', SLACK_BOT)}
에러는 not_in_channel 이라고 나와요. 봇을 채널에 초대해야 하나요?`),

  rec('chat_pt_br', f`Oi! Tô tentando subir o script das escalas de arbitragem pro repositório da federação e o push dá erro 403. Configurei o remote assim:
git remote set-url origin https://arbitragem-bot:${v('credential.github_pat', GHP)}@github.com/fed-futebol/escalas.git
O token tem escopo repo. O que tá faltando?`),

  rec('chat_hi', f`हमारे अख़बार के पुराने अंक S3 पर हैं, पर नया बैकअप स्क्रिप्ट "AccessDenied" दे रहा है। कॉन्फ़िग यह है:
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-south-1
क्या बकेट पॉलिसी में कुछ बदलना होगा?`),

  rec('chat_ar', f`مرحباً، خريطة تتبع شاحنات الخضار المبردة في موقعنا لم تعد تظهر. المبرمج ترك المفتاح في الصفحة: ${v('credential.google_api_key', GOOGLE_KEY)}
هل المشكلة في تقييد المفتاح على النطاق؟ الموقع هو export.greenleaf-hydro.ae`),

  rec('shell_he', f`ה-API של פורטל השופטים מחזיר 401 כשאני מריץ את זה מהמחשב של המחלקה:

${amb('source_code.snippet', f`curl -s https://ref.fnf-portal.org/api/v2/assignments?round=14 \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_REF)}" \\
  -H "Accept: application/json"`)}

אולי הטוקן פג? איך בודקים תוקף של JWT?`),

  rec('chat_el', f`Καλησπέρα, προσπαθώ να συνδεθώ στη βάση των μικρών αγγελιών από το τερματικό για να βγάλω τις αγγελίες που λήγουν. Γράφω:
mysql -h db-aggelies -u aggelies_ro -p${v('credential.mysql_cli_password', MYSQL_PW)} aggelies_prod
και παίρνω "Access denied". Ο κωδικός είναι σωστός, τον έχω από τον Νίκο.`),

  rec('chat_tr', f`Hakem atama bildirimleri için Telegram botu kurduk ama mesajlar gitmiyor. Bot token: ${v('credential.telegram_bot_token', TELEGRAM)}
Chat id olarak grubun adını yazdım, yanlış mı? Grup linki yerine sayısal id mi lazım?`),

  rec('config_pl', f`Cześć, eksport raportów z rejestratorów temperatury do Azure Blob przestał działać. W appsettings mamy:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=zimnylancuchqa;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "rejestratory-temp"
  }
}`)}

Czy klucz mógł zostać zrotowany automatycznie?`),

  rec('chat_uk', f`Привіт! У нас CI для сайту автошколи на GitLab, і пайплайн падає на кроці деплою. У змінних стоїть DEPLOY_TOKEN=${v('credential.gitlab_pat', GLPAT)}. Токен створював колишній адмін, може він прострочений? Як перевірити без доступу до його акаунта?`),

  rec('chat_zh_cn', f`我们温室出口部的订单附件都存在阿里云OSS上，今天上传报错 SignatureDoesNotMatch。配置如下：
AccessKeyId: ${v('credential.alibaba_access_key_id', ALI_ID)}
AccessKeySecret: ${v('credential.generic_secret_assignment', ALI_SECRET)}
Endpoint: oss-cn-shenzhen.aliyuncs.com
是不是时间不同步导致的？`),

  rec('chat_zh_tw', f`我們報社的分類廣告想用 ChatGPT 自動潤飾，工程師把金鑰放在共用試算表裡：${v('credential.openai_api_key', OPENAI)}
這樣放安全嗎？每個月帳單突然多了三千塊台幣。`),

  rec('http_th', f`ระบบจองคิวสอบขับรถเรียก API ของสาขาขอนแก่นไม่ได้ ขึ้น 401 ตลอด นี่คือ request ที่ส่งไป:

${amb('source_code.snippet', f`POST /api/v1/bookings HTTP/1.1
Host: booking.khonkaen-drive.co.th
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"student_id":"KK-20417","slot":"2024-08-14T09:00","vehicle":"manual"}`)}`),

  rec('chat_vi', f`Chào bạn, email gửi hoá đơn cho khách đặt mua rau thủy canh bị Mailgun từ chối. Mình đang dùng key ${v('credential.mailgun_api_key', MAILGUN)} với domain mg.rauxanh-export.vn. Bạn xem giúp lỗi 401 "Forbidden" là do đâu?`),

  rec('chat_id', f`Halo, pembayaran iklan baris lewat Xendit gagal terus sejak kemarin sore. Di server kami ada XENDIT_SECRET_KEY=${v('credential.generic_secret_assignment', XENDIT_SECRET)} — apakah ini key production yang benar atau harus pakai yang development dulu?`),

  rec('chat_ka', f`გამარჯობა! ავტოსკოლის ჯავშნების პანელში ვერ შევდივარ. მომხმარებელი: admin_tbilisi, პაროლი: ${v('credential.password_in_prose', GE_PW)} — წერს „არასწორი მონაცემები". შეგიძლია დამეხმარო მხარდაჭერისთვის წერილის დაწერაში?`),

  rec('chat_hy', f`Բարև, թերթի բաժանորդների բազայի հին սերվերից պետք է տվյալները տեղափոխել։ Մուտքի տվյալները՝ ${v('credential.user_password_pair', `billing_admin / ${HY_PW}`)}։ Ինչպե՞ս անել export CSV-ով, որ հայերեն տառերը չփչանան։`),

  rec('chat_am', f`ሰላም፣ የግሪንሃውስ ኤክስፖርት ቢሮ ኮምፒውተር ላይ ያለው የጉምሩክ ፖርታል ይለፍ ቃል ${v('credential.password_in_prose', AM_PW)} ነው፣ ግን አይሰራም። ለድጋፍ ቡድኑ በአማርኛ እና በእንግሊዝኛ ኢሜይል ልትጽፍልኝ ትችላለህ?`),

  rec('chat_sw', f`Habari, tunaunganisha malipo ya M-Pesa kwa shule ya udereva (Daraja API). Consumer key na secret tuliweka kwenye server:
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', MPESA_SECRET)}
Lakini tunapata "Invalid Access Token". Tatizo linaweza kuwa nini?`),

  rec('chat_bn', f`আমাদের পত্রিকার গ্রাহকদের বিল রিমাইন্ডার SMS যাচ্ছে না। গেটওয়ের প্যানেলে api_key=${v('credential.generic_secret_assignment', SMS_KEY)} দেওয়া আছে। sender ID কি আলাদা করে অনুমোদন নিতে হয়?`),

  rec('npmrc_ta', f`எங்கள் கிரீன்ஹவுஸ் டாஷ்போர்டு build-ல் private package install ஆகவில்லை. .npmrc இதுதான்:

${cfg(f`@kasvi:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

E401 error வருகிறது, என்ன பிரச்சனை?`),

  rec('cisco_it', f`Ciao, nella serra di Latina lo switch del capannone 2 non fa passare la VLAN dei sensori. Ecco un pezzo della config, mi dici cosa manca?

${cfg(f`hostname SW-SERRA-C2
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b145-cisco9a', B62 + './', 14), '$', fill('b145-cisco9b', B62 + './', 43)))}
username tecnico privilege 15 password 0 ${v('credential.network_device_secret', CISCO_PW)}
!
interface Vlan40
 description SENSORI-IRRIGAZIONE
 ip address ${amb('pii.ip_address', '192.168.40.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
interface GigabitEthernet0/12
 switchport mode access
 switchport access vlan 40`)}`, 'type-9 hash is ambiguous (README), the type-0 password is the secret'),

  rec('chat_sv', f`Hej! Vår partner i Malmö vill att vi laddar upp temperaturrapporterna via SFTP med nyckel. Vår IT-konsult skickade den här, ska den verkligen ligga i mejlet?

${v('credential.private_key', SFTP_KEY)}

Hur gör jag om den till .ppk för WinSCP?`),

  rec('chat_fi', f`Moi, tarvitsen apua: kasvihuoneen automaatiopalvelimelle ei pääse enää SSH:lla. Edellinen ylläpitäjä jätti tämän avaimen jaetulle levylle:

${v('credential.openssh_private_key', OPENSSH_KEY)}

Saako tästä selville mille käyttäjälle se kuuluu?`),

  rec('chat_no', f`Hei, vi har satt opp Datadog for kjølelagrene i Oslo og Bergen. Agenten logger "API Key invalid". I datadog.yaml står det api_key: ${v('credential.datadog_api_key', DD_API)} og site: datadoghq.eu. Hva er feil?`),

  rec('chat_da', f`Hej, vores abonnementsportal sender fejl til Sentry, men der kommer ingenting ind. DSN'en i koden er ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507281.ingest.de.sentry.io/4507281930`)} — skal den være på .de eller .io?`),

  rec('chat_cs', f`Ahoj, deploy webu autoškoly na Vercel z GitHub Actions padá. V secrets máme VERCEL_TOKEN=${v('credential.vercel_token', VERCEL)}. Chyba je "The specified token is not valid". Musím vytvořit nový token pro tým?`),

  rec('chat_hu', f`Szia! A rendezvényes oldalunk (bajnokság, játékvezetői beosztás) Docker image-eit Docker Hubra toljuk. A CI-ban ez van: docker login -u mlsz-ci -p ${v('credential.cli_password', DCKR)} — miért írja ki, hogy "WARNING! Using --password via the CLI is insecure"?`),

  rec('docker_ro', f`Salut, pe serverul de build pentru sera din Cluj, ~/.docker/config.json arată așa:

${cfg(f`{
  "auths": {
    "registry.kasvi.ro": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

E sigur să-l copiez pe al doilea server?`),

  rec('chat_bg', f`Здравей, таблото в Grafana за хладилните камери спря да се обновява. Токенът на service account-а е ${v('credential.grafana_service_account_token', GLSA)}. Може ли да е изтекъл? Как да направя нов без да трия дашбордите?`),

  rec('chat_sr', f`Ћао, треба ми помоћ око DNS-а за сајт савеза. Cloudflare API token који користимо у скрипти: CF_API_TOKEN=${v('credential.cloudflare_api_token', CF_TOKEN)}. Скрипта треба да промени A запис за sudije.fss-portal.rs али враћа 9109 Invalid access token.`),

  rec('chat_hr', f`Bok! Radim alat koji sažima izvještaje sudaca nakon utakmica. Koristim Claude API, ključ je ${v('credential.anthropic_api_key', ANTHROPIC)}. Kako da ograničim potrošnju po mjesecu?`),

  rec('chat_hr', f`Pozdrav, u Notionu imamo bazu termina ispita za autoškolu i htjeli bismo je povezati s Google Calendarom. Integracijski token: ${v('credential.notion_token', NOTION)}. Zašto dobivam "object_not_found" za bazu?`),

  rec('chat_is', f`Halló, við notum Vault á stöðinni fyrir lykilorð á gervihnattabúnaði. Þegar ég keyri vault kv get secret/satcom fæ ég "permission denied". Tókinn minn er ${v('credential.vault_token', VAULT)} — þarf ég nýja stefnu (policy)?`),

  rec('chat_et', f`Tere! Toimetuse varukoopiad krüpteeritakse age'iga. Vana admin jättis võtme faili backup.key:
${v('credential.age_secret_key', AGE)}
Kas selle võib panna GitLabi CI muutujasse?`),

  rec('chat_lt', f`Sveiki, Terraform Cloud planas šiltnamio IoT infrastruktūrai nebeveikia. ~/.terraformrc faile yra token = "${v('credential.terraform_cloud_token', TFC)}". Ar reikia organizacijos tokeno vietoj asmeninio?`),

  rec('chat_fa', f`سلام، برای گزارش دمای محموله‌های دارویی یک وبهوک دیسکورد ساختیم ولی پیام‌ها نمی‌رسند: ${v('credential.discord_webhook_url', DISCORD_HOOK)}
آیا باید محتوای JSON را با فیلد content بفرستیم؟`),

  rec('chat_mr', f`नमस्कार, ग्रीनहाऊसमधील पाण्याचा pH अलर्ट Teams चॅनेलवर पाठवायचा आहे. हा webhook URL आहे: ${v('credential.teams_webhook_url', TEAMS_HOOK)}
Power Automate मध्ये हे कसे जोडायचे?`),

  rec('gcp_json', f`Our ops analyst set up BigQuery for ferry and flight manifests to the ice and gave me this key file. The Python client says "invalid_grant". What's wrong with it?

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "polar-logistics-manifests",
  "private_key_id": "${fill('b145-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_KEY.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'manifest-loader@polar-logistics-manifests.iam.gserviceaccount.com')}",
  "client_id": "104829361750284719365",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'manifest-loader%40polar-logistics-manifests.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_en_au', f`G'day, the medical office's telehealth app registration in Entra is throwing AADSTS7000215. Client secret we're using: ${v('credential.azure_client_secret', AZ_CLIENT_SECRET)} (tenant is the Division's one). Did someone rotate it while we were on the resupply voyage?`),

  rec('chat_es_cl', f`Hola, en la base antártica tenemos un script que avisa a Slack cuando baja el stock de insumos médicos. La URL del webhook es ${v('credential.slack_webhook_url', SLACK_HOOK)} y devuelve "no_service". ¿Hay que crear otra app?`),

  rec('chat_de_at', f`Servus, ich will die Jira-Tickets vom Kühlketten-QA-Team per Skript exportieren. Mit curl -u ${v('pii.email', 'qa.lehner@frostline.at')}:${v('credential.atlassian_api_token', ATLASSIAN)} kommt nur 403. Brauch ich da noch eine eigene Berechtigung?`, 'the e-mail is a Jira login inside a command: labelled as an e-mail'),

  rec('chat_tl', f`Hi po! Yung page ng classifieds namin sa Facebook, hindi na nagpo-post ng auto ads. Eto yung page access token na nakalagay sa scheduler: ${v('credential.facebook_access_token', FACEBOOK)}
Expired na ba ito? Paano mag-generate ng long-lived token?`),

  rec('chat_ms', f`Hai, kedai dalam talian untuk sayur hidroponik kami guna Shopify. Apl gudang perlukan Admin API access token, saya dah masukkan ${v('credential.shopify_access_token', SHOPIFY)} tapi stok tak sync. Kenapa ya?`),

  rec('env_ca', f`Hola! Tinc dubtes amb l'entorn de la web de reserves de l'autoescola, el tècnic diu que hi ha massa coses al .env:

${cfg(f`SUPABASE_URL=https://reserves-autoescola.supabase.co
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SUPABASE)}
SMTP_HOST=smtp.autoescola-marina.cat
SMTP_PASSWORD=${v('credential.password_assignment', 'Vela-Port2024!')}
REDIS_PASSWORD=${v('credential.password_assignment', REDIS_PW)}`)}

Quines variables haurien d'anar a un gestor de secrets?`),

  rec('chat_en_za', f`Howzit, the newsroom's SSO runs through Okta. I'm writing a script to deactivate old freelancer accounts and I'm using the API token ${v('credential.okta_api_token', OKTA)} in the Authorization: SSWS header. Why am I getting a 403, hey?`),

  rec('chat_pt_pt', f`Bom dia, a campanha de e-mail para os assinantes do jornal ficou presa. A chave do Mailchimp que está no servidor é ${v('credential.mailchimp_api_key', MAILCHIMP)}. Pode ser do datacenter us14? Obrigado.`),

  rec('chat_yue', f`喂，我哋冷鏈QA組想用 Hugging Face 個 model 嚟分類溫度報告，同事俾咗個 token 我：${v('credential.huggingface_token', HF)}
點樣設定先可以喺 Colab 度用？`),

  rec('chat_es_mx', f`Qué onda, el chatbot de la autoescuela en Guadalajara responde lentísimo. Cambiamos a Groq con la llave ${v('credential.groq_api_key', GROQ)} pero ahora sale "model_decommissioned". ¿Qué modelo uso?`),

  rec('chat_sk', f`Ahoj, New Relic pre monitorovanie chladiarenských skladov nám hlási chýbajúce dáta. User key je ${v('credential.newrelic_key', NEWRELIC)}. Dá sa ním aj vytvoriť alert cez NerdGraph?`),

  rec('note_no', f`Velkommen til overvintringen! Praktisk info fra logistikk:
- Wi-Fi i boligmodulen: nettverk "Stasjon-Bolig", passord: ${v('credential.password_in_prose', WIFI_PW)}
- Satellitt-telefon: ${phone('+47 928 47 193')} (kun nødbruk)
- Medisinrommet er låst, nøkkel hos legen.
Kan du lage en ryddig versjon av dette på engelsk også?`),

  rec('ldif_nl', f`Kun je uitleggen wat deze regels in onze LDAP-export doen? Het gaat om het exportkantoor in Naaldwijk:

${cfg(f`dn: cn=export-sync,ou=services,dc=kasvi,dc=nl
objectClass: inetOrgPerson
cn: export-sync
userPassword: ${v('credential.password_assignment', LDAP_PW)}
description: Synchronisatie orders naar douaneportaal`)}`),
];
