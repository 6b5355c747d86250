/**
 * Held-out batch 160: credentials pasted by a hospital interpreter-services department, a cement
 * plant's kiln control room, a tenant-screening agency, a marathon's registration desk, a fish
 * farm's veterinary / export certificates office and a marine cargo claims broker. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b160-akia', B32, 16));
const AWS_SECRET = fill('b160-awssec', B64, 40);
const GHP = gh('ghp', fill('b160-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b160-ghfp1', UPPER + DIGITS, 19), '_', fill('b160-ghfp2', B62, 59));
const GLPAT = tok('glpat-', fill('b160-glpat', B62 + '-_', 20));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b160-sk', B62, 97));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b160-rk', B62, 97));
const WHSEC = tok('whsec_', fill('b160-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b160-oai1', B64URL, 74), 'T3BlbkFJ', fill('b160-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b160-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b160-groq', B62, 52));
const HF = tok('hf_', fill('b160-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b160-gapi', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b160-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b160-twtok', HEX, 32);
const SG = tok('SG.', fill('b160-sg1', B64URL, 22), '.', fill('b160-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b160-mc', HEX, 32), '-us14');
const TELEGRAM = tok('7', fill('b160-tgid', DIGITS, 9), ':AA', fill('b160-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '12', fill('b160-dwid', DIGITS, 17), '/', fill('b160-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://vestfjordlaks.webhook.office.com/webhookb2/', '7c2e9a41-3b58-4d0e-9a16-c72e8d4b5f11@4b1e6d42-7a35-4c8f-b0d9-2e6a41f7c902/IncomingWebhook/', fill('b160-teams1', HEX, 32), '/', '9d8e1b37-0c94-4a2f-8e61-9f3b7a2c6d55/', 'V2', fill('b160-teams2', B64URL, 43));
const VAULT = tok('hvs.', 'CAESI', fill('b160-vault', B64URL, 86));
const DO_TOKEN = tok('dop_v1_', fill('b160-do', HEX, 64));
const AZ_STORAGE = fill('b160-azst', B64, 86) + '==';
const AZ_CLIENT = tok(fill('b160-azc1', B62, 3), '8Q~', fill('b160-azc2', B62 + '-_.~', 31));
const SAS_SIG = `${fill('b160-sas1', B62, 16)}%2B${fill('b160-sas2', B62, 11)}%2F${fill('b160-sas3', B62, 14)}%3D`;
const SHPAT = tok('shpat_', fill('b160-shpat', HEX, 32));
const SENTRY_DSN = `https://${fill('b160-sentry', HEX, 32)}@o4508123.ingest.de.sentry.io/4508123987654321`;
const DD_API = fill('b160-ddapi', HEX, 32);
const ALI_ID = tok('LTAI', '5t', fill('b160-ltai', B62, 18));
const ALI_SECRET = fill('b160-alisec', B62, 30);
const GLSA = tok('glsa_', fill('b160-glsa1', B62, 32), '_', fill('b160-glsa2', HEX, 8));
const INFLUX = fill('b160-influx', B64URL, 86) + '==';
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'maraton-ruta', a: fill('b160-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b160-mbx', B64URL, 22));
const JWT_SCHED = jwt({ alg: 'RS256', typ: 'JWT', kid: 'intp-2024-09' }, { sub: 'svc-vri-tablet-17', iss: 'https://auth.stmarkus-klinikum.de', aud: 'interpreter-booking', exp: 1767225600, scope: 'bookings:write' }, 'b160-jwt1');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b160-rsa', 1190);
const OSSH_KEY = pem('OPENSSH PRIVATE KEY', 'b160-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b160-gcp', 1216).replace(/\n/g, '\\n') + '\\n';
const BASIC_QC = b64('locatis-api:Erable!Montreal-2291');
const BEARER = fill('b160-bearer', B62 + '-._~', 56);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH160_CREDENTIALS: DraftRecord[] = [
  // ---- cement plant, kiln control room ----
  rec('config_de', f`Der OPC-UA-Client für den Drehrohrofen verbindet sich nicht mehr seit dem Zertifikatstausch. Hier unsere Config:

${cfg(f`# kiln2-opcua.yaml
endpoint: opc.tcp://${amb('pii.ip_address', '10.20.4.31')}:4840
security_policy: Basic256Sha256
security_mode: SignAndEncrypt
username: ofen2_historian
password: ${v('credential.password_assignment', 'Klinker#Ofen2-Nord')}
nodes:
  - ns=3;s=Kiln2.BurningZone.Temp
  - ns=3;s=Kiln2.Cooler.GratePressure`)}

Fehler: BadSecurityChecksFailed. Liegt das am Zertifikat oder am Passwort?`),

  rec('chat_tr', f`Merhaba, vardiya devri için bir not yazmama yardım eder misin? Yeni WinCC operatör hesabı açıldı: kullanıcı adı "firin1_vardiya", şifresi ${v('credential.password_in_prose', 'Klinker2024!Sivas')}. İlk girişte değiştirilmesi gerekiyor. Notu resmi ama kısa yaz.`),

  rec('switch_config', f`Bhai ye kiln ring ke Cisco switch ka running-config hai, VLAN 40 pe HMI ping nahi ho raha. Dekh ke batao kya galat hai:

${cfg(f`hostname KILN-SW-02
!
enable secret 9 ${amb('credential.network_device_secret', tok('$9$', fill('b160-cisco9a', B62 + './', 14), '$', fill('b160-cisco9b', B62 + './', 43)))}
username scada privilege 15 password 0 ${v('credential.network_device_secret', 'Rotary#Kiln-77')}
!
interface Vlan40
 description KILN-HMI
 ip address ${amb('pii.ip_address', '172.16.40.1')} ${amb('pii.ip_address', '255.255.255.0')}
!
snmp-server community ${v('credential.network_device_secret', 'cl1nk3rRO')} RO`)}`, 'type-9 enable secret is a hash: ambiguous; plaintext password 0 and SNMP community labelled'),

  rec('chat_vi', f`Em ơi, gateway MQTT ở lò nung số 1 không gửi dữ liệu lên server. Chuỗi kết nối trong cấu hình là:
mqtt://lonung1:${v('credential.url_password', 'XiMang@LoNung-58')}@${amb('pii.ip_address', '192.168.12.40')}:1883/plant/kiln1
Broker báo "not authorized". Có phải do ký tự @ trong mật khẩu không?`),

  rec('env_file', f`Migramos el historiador del horno a InfluxDB 2 + Grafana. ¿Me ayudas a revisar este .env antes de subirlo al servidor de planta?

${cfg(f`INFLUX_URL=http://historian.planta-apaxco.local:8086
INFLUX_ORG=cementos-apaxco
INFLUX_BUCKET=horno_2
INFLUX_TOKEN=${v('credential.generic_secret_assignment', INFLUX)}
GRAFANA_URL=https://grafana.planta-apaxco.local
GRAFANA_SA_TOKEN=${v('credential.grafana_service_account_token', GLSA)}
ALERTA_TEMP_MAX=1480`)}

Ojo, el técnico dice que el token de Influx "no debería ir en texto plano". ¿Qué alternativa hay?`),

  rec('chat_ar_eg', f`يا جماعة عايز أكتب إيميل للمورد بتاع بوابة Modbus في غرفة التحكم. الدخول على صفحة الإدارة: اسم المستخدم admin وكلمة السر ${v('credential.password_in_prose', 'Asmant#Helwan91')}، والجهاز على ${amb('pii.ip_address', '10.0.8.15')}. عايز أقول له إن البوابة بتفصل كل ساعتين، ممكن تكتبهولي بالإنجليزي؟`),

  rec('chat_bn', f`কিলন HMI-তে নতুন শিফট ইঞ্জিনিয়ারের লগইন বানিয়েছি। ইউজার: shift_b_eng, পাসওয়ার্ড: ${v('credential.password_in_prose', 'Chuna-Pathor#33')}। এটা দিয়ে একটা হ্যান্ডওভার নোট লিখে দাও, ইংরেজিতে।`),

  rec('shell_ro', f`Scriptul de backup pentru baza de date a laboratorului de calitate se blochează. Poți să-l verifici?

${code(f`#!/bin/bash
# backup zilnic LIMS - laborator clincher
DATA=$(date +%Y%m%d)
mysqldump -h lims-db.fabrica.local -u lims_backup -p${v('credential.mysql_cli_password', 'Calcar-Brasov!72')} lims > /backup/lims_$DATA.sql
gzip /backup/lims_$DATA.sql
find /backup -name "lims_*.sql.gz" -mtime +14 -delete`)}

Pe server apare "Warning: Using a password on the command line interface can be insecure".`),

  rec('chat_id', f`Pipeline GitLab untuk aplikasi laporan shift kiln gagal clone submodule. Saya pakai token ini di URL: https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.semen-tuban.co.id/otomasi/kiln-report.git
Apakah scope read_repository cukup atau perlu api?`),

  rec('code_python', f`Our over-the-phone interpreting line forwards calls through Twilio. Getting 20003 auth errors since Monday:

${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def bridge_interpreter(patient_call_sid: str, language: str) -> None:
    queue = f"opi-{language.lower()}"
    client.calls(patient_call_sid).update(
        twiml=f"<Response><Enqueue>{queue}</Enqueue></Response>"
    )`)}`),

  rec('chat_es', f`Hola, estoy configurando la integración de la agenda de intérpretes con Microsoft Graph. En el registro de la app tengo:
- Tenant: hospital-universitario-valme
- Client ID: 3c9e71a2-58d4-4f0b-9a16-d72e8d4b5e20
- Secreto de cliente: ${v('credential.azure_client_secret', AZ_CLIENT)}
El token me devuelve AADSTS7000215 "invalid client secret". ¿Puede ser que haya copiado el ID del secreto en vez del valor?`),

  rec('chat_ar', f`أرجو المساعدة في صياغة رسالة ترحيب للمترجم الجديد في قسم الترجمة الطبية. بيانات الدخول إلى بوابة الحجوزات: اسم المستخدم: m.haddad ، كلمة المرور: ${v('credential.password_in_prose', 'Tarjama@2024#Riyadh')} . يجب تغييرها عند أول تسجيل دخول.`),

  rec('chat_ru', f`Сделал телеграм-бота, который присылает переводчикам уведомления о новых заявках из отделения. Токен бота: ${v('credential.telegram_bot_token', TELEGRAM)}
Почему getUpdates возвращает пустой список, хотя я писал боту?`),

  rec('env_pl', f`Wysyłka potwierdzeń rezerwacji tłumacza nie działa na produkcji, lokalnie tak. Plik .env:

${cfg(f`MAIL_FROM=${v('pii.email', 'tlumacze@szpital-wolski.pl')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
BOOKING_DB_URL=postgres://booking:${v('credential.database_url_password', 'Tlumacz-Wola!58')}@db.szpital-wolski.local:5432/booking
SMS_SENDER=SzpitalWola`)}

Czy SendGrid wymaga zweryfikowanego nadawcy dla tego adresu?`),

  rec('curl_ko', f`통역 예약 API 호출하면 계속 401이 떠요. 토큰 만료 시간 확인 좀 해주세요.

${cfg(f`curl -X POST https://api.interpreter-booking.stmarkus-klinikum.de/v2/bookings \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_SCHED)}" \\
  -H "Content-Type: application/json" \\
  -d '{"language":"ko","ward":"Kardiologie 3B","start":"2025-03-04T09:30:00+01:00"}'`)}`),

  rec('chat_fa', f`لطفاً یک راهنمای کوتاه برای همکاران مترجم بنویس: تبلت ترجمه تصویری (VRI) در بخش اورژانس قفل است. رمز عبور تبلت ${v('credential.password_in_prose', 'Shiraz-VRI-1403')} است و نباید روی کاغذ نوشته شود.`),

  rec('chat_ta', f`மொழிபெயர்ப்பாளர் பதிவு போர்டலில் புதிய கணக்கு உருவாக்கியுள்ளேன். பயனர்பெயர்: k.meenakshi, கடவுச்சொல்: ${v('credential.password_in_prose', 'Thamizh#Vaazhga9')}. இதை ஆங்கிலத்தில் ஒரு மின்னஞ்சலாக எழுதித் தர முடியுமா?`),

  rec('chat_am', f`እባክህ ለአዲሱ አስተርጓሚ የእንኳን ደህና መጣህ ኢሜይል በእንግሊዝኛ ጻፍልኝ። የቦታ ማስያዣ ፖርታል መግቢያ፡ የተጠቃሚ ስም t.bekele ፣ የይለፍ ቃል ${v('credential.password_in_prose', 'Abeba#Tirgum24')} ።`),

  rec('chat_hy', f`Թարգմանիչների հերթապահության համակարգի նոր հաշիվ եմ բացել գործընկերոջ համար։ Մուտքանուն՝ a.petrosyan, գաղտնաբառ՝ ${v('credential.password_in_prose', 'Ararat!Targman7')}։ Կարո՞ղ ես անգլերեն կարճ նամակ գրել նրան։`),

  rec('chat_uk', f`Допоможи перекласти англійською для нової перекладачки з української: «Твій логін до системи бронювання — o.kovalenko, пароль — ${v('credential.password_in_prose', 'Kalyna-Lviv#2025')}. Поміняй його після першого входу.»`),

  rec('code_js', f`Application fee checkout charges twice when the applicant double-clicks. Route:

${code(f`const stripe = require('stripe')('${v('credential.stripe_secret_key', STRIPE_LIVE)}');

app.post('/applications/:id/fee', async (req, res) => {
  const intent = await stripe.paymentIntents.create({
    amount: 4500,
    currency: 'usd',
    metadata: { applicationId: req.params.id },
  });
  res.json({ clientSecret: intent.client_secret });
});`)}

Should I add an idempotency key per application?`),

  rec('chat_fr_qc', f`Allô, l'API du bureau de crédit nous renvoie 401 depuis ce matin. On envoie l'en-tête :
Authorization: Basic ${v('credential.basic_auth_header', BASIC_QC)}
C'est-tu parce qu'ils ont changé le mot de passe de notre compte de service? Peux-tu m'écrire un courriel poli pour leur soutien technique?`),

  rec('chat_de', f`Kurze Frage zu unserem Bonitäts-Check: Der Dienst holt Auskünfte über eine Partner-API. In der appsettings steht

${cfg(f`"Auskunftei": {
  "BaseUrl": "https://api.bonitaet-partner.de/v3",
  "ClientId": "mieterpruefung-nord",
  "ClientSecret": "${v('credential.generic_secret_assignment', fill('b160-auskunft', B62, 40))}"
},
"ConnectionStrings": {
  "Mieterakte": "Server=sql-mp01;Database=Mieterakte;User Id=mp_app;Password=${v('credential.connection_string_password', 'Wohnung$Kiel-2291')};TrustServerCertificate=True"
}`)}

Wie verschiebe ich die beiden Geheimnisse am einfachsten in den Azure Key Vault?`),

  rec('compose_nl', f`Kun je deze docker-compose nakijken? De screening-service start niet.

${cfg(f`services:
  screening-api:
    image: huurcheck/screening-api:4.2.1
    environment:
      DATABASE_URL: postgresql://huurcheck:${v('credential.database_url_password', 'Grachtenpand!44')}@db:5432/screening
      VAULT_TOKEN: ${v('credential.vault_token', VAULT)}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${v('credential.password_assignment', 'Grachtenpand!44')}`)}

Foutmelding: "password authentication failed for user huurcheck".`),

  rec('git_remote', f`git push from the reporting box fails with "Support for password authentication was removed". Remote is:

origin  https://keystone-bot:${v('credential.github_pat', GHP)}@github.com/keystone-screening/report-templates.git (push)

That IS a token though, not a password?`),

  rec('private_key', f`Our adverse-action letters are signed with this key and the signing service now says "unsupported key format". Is it PKCS#1?

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_he', f`תעזור לי לנסח הודעה לעובד חדש במחלקת בדיקת השוכרים: "שם המשתמש שלך למערכת הוא n.levi והסיסמה הזמנית היא ${v('credential.password_in_prose', 'Dira#TelAviv88')}, יש להחליף אותה בכניסה הראשונה."`),

  rec('chat_en_gb', f`Newsletter export for the race pack mailing. Mailchimp key ${v('credential.mailchimp_api_key', MAILCHIMP)} — can you write a Python script that pulls everyone tagged "HM-2025-confirmed" into a CSV?`),

  rec('chat_ja', f`エントリー料の返金処理用に制限付きキーを作りました。${v('credential.stripe_restricted_key', RK_LIVE)} でRefund APIを呼ぶと "permission_error" になります。Refundsの書き込み権限を付け忘れたのでしょうか？`),

  rec('chat_sw', f`Habari, tunatumia M-Pesa Daraja kwa ada za usajili wa mbio za Nairobi. Kwenye faili ya config nimeweka:
${cfg(f`consumer_key = ${v('credential.generic_secret_assignment', fill('b160-darkey', B62, 48))}
consumer_secret = ${v('credential.generic_secret_assignment', fill('b160-darsec', B62, 64))}`)}
Lakini STK push inarudisha "Invalid Access Token". Tatizo ni nini?`),

  rec('chat_pt_br', f`Oi! A loja de camisetas da maratona parou de sincronizar o estoque com a planilha. O app privado usa este token: ${v('credential.shopify_access_token', SHPAT)}. A API responde 401. Será que preciso gerar outro depois de mudar os escopos?`),

  rec('code_fr', f`La carte du parcours ne s'affiche plus sur la page d'inscription. Notre code :

${code(f`mapboxgl.accessToken = '${v('credential.mapbox_secret_token', MAPBOX)}';
const carte = new mapboxgl.Map({
  container: 'parcours',
  style: 'mapbox://styles/mapbox/outdoors-v12',
  center: [4.8357, 45.7640],
  zoom: 12,
});
fetch('/api/parcours.geojson').then((r) => r.json()).then((g) => carte.addSource('trace', { type: 'geojson', data: g }));`)}

Erreur console : "Use a public token (pk.*) with Mapbox GL". Je suis perdu.`),

  rec('shell_cs', f`Synchronizace časů z čipů na web výsledků nejde. Skript běží z cronu:

${code(f`#!/bin/sh
sshpass -p '${v('credential.cli_password', 'Vltava-Cip#2025')}' sftp -oBatchMode=no casomira@${amb('pii.ip_address', '185.64.12.77')} <<EOF
cd /vysledky/pulmaraton
put /data/export/splits.csv
bye
EOF`)}

Chyba "Host key verification failed". Co s tím?`),

  rec('chat_zh', f`马拉松报名系统的照片要存到阿里云 OSS，配置如下：
AccessKey ID：${v('credential.alibaba_access_key_id', ALI_ID)}
AccessKey Secret：${v('credential.generic_secret_assignment', ALI_SECRET)}
上传的时候报 SignatureDoesNotMatch，是不是 Secret 复制的时候多了空格？`),

  rec('gcp_key_it', f`Le notifiche push dell'app della maratona (Firebase) non partono dal server. Questo è il file dell'account di servizio che usiamo, è corretto?

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "maratona-firenze-app",
  "private_key_id": "${fill('b160-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'firebase-adminsdk-q7k2v@maratona-firenze-app.iam.gserviceaccount.com')}",
  "client_id": "104829371650284917362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'firebase-adminsdk-q7k2v%40maratona-firenze-app.iam.gserviceaccount.com')}"
}`))}`),

  rec('chat_ko', f`자원봉사자 디스코드 채널에 배번 배부 현황을 자동으로 올리려고 웹훅을 만들었어요: ${v('credential.discord_webhook_url', DISCORD_HOOK)} 메시지가 두 번씩 올라가는데 왜 그럴까요?`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งทีมรับสมัครวิ่งมาราธอนหน่อย: ระบบหลังบ้านรับสมัครเปลี่ยนรหัสผ่านแล้ว ชื่อผู้ใช้ regdesk_bkk รหัสผ่านใหม่คือ ${v('credential.password_in_prose', 'Wing42K#Bangkok')} ห้ามแชร์ในกลุ่มไลน์`),

  rec('chat_ka', f`გთხოვ, ინგლისურად დამიწერე მოკლე შეტყობინება მოხალისეებისთვის: რეგისტრაციის სისტემაში შესასვლელი მომხმარებელი — volunteer_tbs, პაროლი — ${v('credential.password_in_prose', 'Mtkvari#Run2025')}. პაროლი მხოლოდ რეგისტრაციის დღისთვისაა.`),

  rec('log_ms', f`Kenapa header Authorization keluar dalam log ni? Ini log dari sistem pendaftaran larian:

${cfg(f`2025-02-11 07:42:18 DEBUG reg-api  POST /api/v1/peserta status=201 ms=142
2025-02-11 07:42:18 DEBUG reg-api  headers={"User-Agent":"kl-marathon-app/3.4.0","Authorization":"Bearer ${v('credential.bearer_token', BEARER)}"}
2025-02-11 07:42:19 INFO  reg-api  bib assigned kategori=42K nombor=18427`)}

Macam mana nak tapis header ni daripada log?`),

  // ---- fish farm, veterinary and export certificates ----
  rec('chat_no', f`Hei! Eksportsertifikatene lagres i Azure, men opplastingen fra kontoret feiler. Tilkoblingsstrengen vi bruker:
DefaultEndpointsProtocol=https;AccountName=vestfjordsertifikat;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
Feilen er "AuthorizationPermissionMismatch". Trenger vi en annen rolle?`),

  rec('chat_fo', f`Kanst tú hjálpa mær at skriva ein teldupost á enskum til dýralæknan? Innritan til heilsuváttanarskipanina: brúkaranavn "dyralaekni_klaksvik", loyniorð ${v('credential.password_in_prose', 'Laksur#Kvi2025')}. Hann skal broyta tað fyrstu ferð.`),

  rec('chat_is', f`Gætirðu þýtt þetta yfir á ensku fyrir nýja dýralækninn? „Notandanafnið þitt í útflutningskerfinu er s.jonsdottir og lykilorðið er ${v('credential.password_in_prose', 'Eldisfiskur!Vestm7')}. Vinsamlegast breyttu því strax.“`),

  rec('aws_cl', f`Los sensores de oxígeno de los centros de cultivo suben datos a S3 y desde ayer fallan. El archivo de credenciales del gateway es:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = sa-east-1`)}

El error dice "RequestTimeTooSkewed". ¿Es la hora del equipo?`),

  rec('code_python', f`Training a sea-lice counter on our pen camera images; push to the Hub fails with 403:

${code(f`from huggingface_hub import HfApi

api = HfApi(token="${v('credential.huggingface_token', HF)}")
api.upload_folder(
    folder_path="runs/lice-yolo-v3",
    repo_id="shetland-salmon/lice-counter",
    repo_type="model",
)`)}

Does the token need write scope on the org?`),

  rec('powershell_da', f`Iltalarmerne fra burene skal til Teams-kanalen "Fiskevelfærd". Scriptet:

${cfg(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$body = @{ text = "ILTALARM bur 7: 4,8 mg/l kl. $(Get-Date -Format HH:mm)" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body`)}

Æ, ø og å bliver til spørgsmålstegn i Teams. Hvorfor?`),

  rec('ssh_key_no', f`Fôrflåten har ny 4G-ruter, og jeg skal legge inn nøkkelen for fjernstyring. Er dette riktig format?

${v('credential.openssh_private_key', OSSH_KEY)}

Den skal inn på ruteren under /etc/dropbear/.`),

  rec('chat_vi_fish', f`Trang truy xuất nguồn gốc cá tra xuất khẩu chạy trên DigitalOcean. Em dùng token ${v('credential.digitalocean_token', DO_TOKEN)} trong GitHub Actions để deploy nhưng bị "Unable to authenticate you". Token này có bị hết hạn không ạ?`),

  // ---- marine cargo claims broker ----
  rec('chat_el', f`Μπορείς να μεταφράσεις στα αγγλικά το παρακάτω μήνυμα για τον επιθεωρητή; «Η πρόσβαση στην πλατφόρμα αποζημιώσεων: όνομα χρήστη k.papadakis, κωδικός ${v('credential.password_in_prose', 'Peiraias#Fortio24')}. Ανεβάστε εκεί τις φωτογραφίες από το κοντέινερ.»`),

  rec('code_python', f`Summarising surveyor reports for cargo claims with GPT. Works for short PDFs, times out on long ones:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise(report_text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise marine cargo survey reports: cause, extent of damage, salvage value."},
            {"role": "user", "content": report_text},
        ],
    )
    return r.choices[0].message.content`)}`),

  rec('env_nl', f`Welke van deze variabelen heeft de schadeclaim-tool echt nodig?

${cfg(f`# claims-assistant/.env
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
CLAIMS_DB=postgresql://claims_ro:${v('credential.database_url_password', 'Zeevracht#Rdam19')}@claims-db.makelaar.local/claims
LOG_LEVEL=info`)}`),

  rec('chat_zh_hk', f`我哋個理賠系統 Java 連唔到 MySQL，呢個係 jdbc 設定：
${cfg(f`spring.datasource.url=jdbc:mysql://claims-hk.internal:3306/cargo_claims?useSSL=true
spring.datasource.username=claims_app
spring.datasource.password=${v('credential.password_assignment', 'Victoria#Harbour88')}`)}
錯誤係 "Access denied for user"，係咪密碼有 # 號嘅問題？`),

  rec('sas_ar', f`العميل لا يستطيع فتح رابط مستندات المطالبة (بوليصة الشحن وتقرير المعاين). هذا الرابط الذي أرسلناه:
https://cargoclaimsdocs.blob.core.windows.net/claims/MC-2025-0418/survey.pdf?sv=2023-11-03&ss=b&srt=o&sp=r&se=2025-04-30T20:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
هل انتهت صلاحيته؟`),

  rec('chat_tr_sentry', f`Hasar dosyası uygulamasında hataları Sentry'ye, metrikleri Datadog'a gönderiyoruz. Ayarlar şöyle:
${cfg(f`SENTRY_DSN=${v('credential.sentry_dsn', SENTRY_DSN)}
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}`)}
Staging ortamında hatalar prod projesine düşüyor. Ortamı nasıl ayırırım?`),

  rec('gh_actions_de_ch', f`Chönntsch mir säge, werum de Workflow für s'Schadensportal nöd lauft? Mir händ de Token diräkt inegschribe:

${cfg(f`jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: ${v('credential.github_fine_grained_pat', GH_FINE)}
    steps:
      - uses: actions/checkout@v4
      - run: gh release download --repo cargo-claims-ch/portal-assets --pattern '*.zip'`)}

Fehlermäldig: "Resource not accessible by personal access token".`),

  rec('chat_es_ar', f`Che, la página de inscripción a la maratón usa un webhook de Stripe para confirmar el pago y me tira "No signatures found matching the expected signature". El secreto que puse es ${v('credential.stripe_webhook_secret', WHSEC)}. ¿Tengo que usar el del endpoint de producción o el del CLI?`),

  rec('google_key_pt', f`O mapa dos postos de abastecimento da maratona de Lisboa deixou de carregar. Estamos a usar a chave ${v('credential.google_api_key', GOOGLE)} com restrição de referer para maratonalisboa.pt. A consola diz "RefererNotAllowedMapError". O que é que está mal?`),

  rec('user_pass_sk', f`Prosím, prelož do angličtiny pre nového kolegu v tlmočníckej službe: „Prihlasovacie údaje do rozpisu služieb: tlmocnik.bratislava / ${v('credential.user_password_pair', 'Dunaj#Sluzba25')}. Heslo si zmeň hneď po prvom prihlásení.“`),

  rec('chat_ur', f`براہِ کرم انگریزی میں ایک مختصر ای میل لکھ دیں: سیمنٹ پلانٹ کے کنٹرول روم کے نئے آپریٹر کے لیے DCS کا یوزر نیم kiln_op5 ہے اور پاس ورڈ ${v('credential.password_in_prose', 'Clinker@Dera77')} ہے، پہلی بار لاگ ان پر تبدیل کرنا ضروری ہے۔`),

  rec('chat_tl', f`Pa-draft naman ng email sa bagong interpreter natin sa ospital. Sabihin mo na yung login niya sa scheduling portal ay j.delacruz at ang password ay ${v('credential.password_in_prose', 'Bayanihan#Interp5')}, palitan agad after first login. Salamat po!`),

  rec('chat_ca', f`Em pots ajudar a redactar un correu per al nou voluntari de la cursa? L'usuari de la plataforma d'inscripcions és voluntari.sants i la contrasenya ${v('credential.password_in_prose', 'Montjuic#Cursa42')}. Que la canviï el primer dia.`),

  rec('chat_fi', f`Voitko kääntää englanniksi? "Kalanviljelyn vientitodistusjärjestelmän tunnukset: käyttäjä vienti_kuopio, salasana ${v('credential.password_in_prose', 'Kirjolohi!Saimaa8')}. Vaihda salasana heti."`),

  rec('chat_lt', f`Padėk išversti į anglų kalbą žinutę naujam kolegai: „Jūsų prisijungimas prie nuomininkų tikrinimo sistemos – vardas r.kazlauskas, slaptažodis ${v('credential.password_in_prose', 'Nemunas#Nuoma24')}. Pakeiskite jį po pirmo prisijungimo.“`),

];
