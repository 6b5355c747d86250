/**
 * Held-out batch 158: credentials pasted by a municipal social-welfare benefits office, an aircraft
 * catering kitchen's flight-load planners, a semiconductor distributor's export-licence desk, a
 * hospital maternity ward's discharge coordinators, a vintage-car auction house and an e-scooter
 * city permit and fines team — configs, logs, code and chat in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const pw = (s: string) => v('credential.password_in_prose', s);

const AKIA = tok('AKIA', fill('b158-akia', B32, 16));
const AKIA_SECRET = fill('b158-akias', B64, 40);
const GHP = gh('ghp', 'Tq7Vm2Kx9Lr4Bn8Wc1Ys6Hd3Fj5Pa0');
const GH_FINE = tok('github_pat_', '11B', fill('b158-ghfg1', UPPER + DIGITS, 19), '_', fill('b158-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b158-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '2719304858', '13-', '7740218836591-', fill('b158-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05K', fill('b158-slt', UPPER + DIGITS, 6), '/B07Q', fill('b158-slb', UPPER + DIGITS, 7), '/', fill('b158-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b158-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b158-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b158-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b158-oai1', B64URL, 58), 'T3BlbkFJ', fill('b158-oai2', B64URL, 58));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b158-ant', B64URL, 93), 'AA');
const GOOGLE = tok('AIza', 'Sy', fill('b158-gapi', B64URL, 33));
const HF = tok('hf_', fill('b158-hf', LOWER + UPPER, 34));
const TELEGRAM = tok('7318402956', ':AA', fill('b158-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284630195527748', '120/', fill('b158-dch', B64URL, 68));
const TWILIO_SID = tok('AC', fill('b158-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b158-twtok', HEX, 32);
const SG = tok('SG.', fill('b158-sg1', B64URL, 22), '.', fill('b158-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b158-mg', HEX, 32));
const VAULT = tok('hvs.', fill('b158-hvs', B62 + '_-', 90));
const DD_API = fill('b158-ddapi', HEX, 32);
const SENTRY_KEY = fill('b158-sentry', HEX, 32);
const CF_TOKEN = fill('b158-cftok', B62 + '_-', 40);
const DAPI = tok('dapi', fill('b158-dapi', HEX, 32));
const DOP = tok('dop_v1_', fill('b158-dop', HEX, 64));
const NPM = gh('npm', 'Lc8Rw3Nz6Pq1Vt5Kd9Xm2Bf7Hs4Jy0');
const DCKR = tok('dckr_', 'pat_', fill('b158-dckr', B64URL, 27));
const AZ_STORAGE = `${fill('b158-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b158-azcs1', B62, 3), '8Q~', fill('b158-azcs2', B62 + '_-.~', 34));
const OKTA = tok('00', fill('b158-okta', B64URL, 40));
const LINEAR = tok('lin_api_', fill('b158-lin', B62, 40));
const NOTION = tok('ntn_', fill('b158-ntn1', DIGITS, 11), fill('b158-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b158-at1', B62, 14), '.', fill('b158-at2', HEX, 64));
const SQUARE = tok('EAAA', fill('b158-square', B64URL, 60));
const GOCSPX = tok('GOCSPX-', fill('b158-gocspx', B64URL, 28));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'voltaride-permits', a: fill('b158-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b158-mbx', B64URL, 22));
const RSA = pem('RSA PRIVATE KEY', 'b158-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b158-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = pem('PRIVATE KEY', 'b158-gcp', 1216).replace(/\n/g, '\\n');
const JWT_SCOOT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'mds-2025-02' }, { iss: 'https://auth.voltaride.eu', sub: 'city-of-kesselbrunn', aud: 'mds-provider-api', scope: 'trips:read status_changes:read', iat: 1739350212, exp: 1770886212 }, 'b158-jwtscoot');
const JWT_WARD = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'dc-coord-07', ward: 'MAT-3', role: 'discharge', iat: 1741260311, exp: 1741289111 }, 'b158-jwtward');
const BEARER = fill('b158-bearer', B62 + '-._~', 72);
const BASIC = b64('flightload-api:Ladeplan#Kranich77');
const CONN_SQL_PW = 'Grj8!vKs2#Sozial';

export const BATCH158_CREDENTIALS: DraftRecord[] = [
  rec('chat_de', f`Hallo, ich brauche eine freundliche Mail an unseren IT-Dienstleister. Das Fachverfahren für Wohngeld (OPEN/PROSOZ) sperrt mich ständig aus. Mein Benutzer ist sb-wohngeld-14, das neue Kennwort lautet ${pw('Herbstlaub!2025wg')} und wurde gestern vom Admin gesetzt. Trotzdem kommt "Konto gesperrt". Bitte höflich, aber bestimmt formulieren.`),

  rec('chat_gsw', f`Grüezi mitenand, chasch mer hälfe es Mail a d'Informatik z'schriibe? S'Passwort für s'Klientedossier-System isch ${pw('Zibelemärit_44')} und es lauft am Fritig ab. Ich wett, dass sie mer es neus setzed, aber ohni dass ich wieder alli Zertifikat muess neu installiere.`),

  rec('chat_fr_ca', f`Salut! Peux-tu m'aider à écrire un courriel pour l'équipe des amendes? Le mot de passe du portail des constats (trottinettes) c'est ${pw('Poutine-Trottin8!')} pis l'usager c'est amendes.mtl02. Faut qu'ils le changent avant lundi, c'est rendu que tout le monde l'a sur un Post-it.`),

  rec('env_file', f`The load-planning sync to the airline's DCS stopped overnight. Our .env on the galley-planning box:

${cfg(f`# flightload-sync / prod
DCS_BASE_URL=https://dcs-gw.skyportal-airline.aero/api/v3
DCS_CLIENT_ID=catering-hub-fra
DCS_CLIENT_SECRET=${v('credential.generic_secret_assignment', fill('b158-dcssec', B62, 40))}
SFTP_HOST=${amb('pii.ip_address', '172.22.40.17')}
SFTP_USER=loadsheets
SFTP_PASSWORD=${v('credential.password_assignment', 'Trolley-Bay-17!')}
SLACK_WEBHOOK_URL=${v('credential.slack_webhook_url', SLACK_HOOK)}
TZ=Europe/Berlin`)}

Logs just say "401 invalid_client". Is it the secret or the clock?`),

  rec('chat_ja', f`輸出許可デスクの佐藤です。該非判定ツールのAPIが急に403を返すようになりました。使っているキーは ${v('credential.openai_api_key', OPENAI)} です。キーの期限切れでしょうか？それとも組織の設定の問題でしょうか？原因の切り分け方法を教えてください。`),

  rec('chat_ko', f`안녕하세요, 경매 낙찰자 알림 봇이 작동을 안 해요. 텔레그램 봇 토큰은 ${v('credential.telegram_bot_token', TELEGRAM)} 이고, 그룹 채팅 ID는 -1002219384756 입니다. 메시지가 전송이 안 되는 이유가 뭘까요?`),

  rec('chat_zh_tw', f`幫我看一下這段設定，出口管制的 Denied Party 篩選服務一直連不上：
${cfg(f`screening:
  endpoint: https://api.dps-screening.example-vendor.com/v2/search
  api_key: ${v('credential.generic_secret_assignment', fill('b158-dps', B62, 48))}
  threshold: 0.85
  lists: [BIS_ENTITY, OFAC_SDN, EU_CONSOLIDATED]`)}
錯誤訊息是 "TLS handshake timeout"，是不是公司 proxy 擋掉了？`),

  rec('chat_he', f`היי, אני צריכה עזרה לנסח הודעה לספק של מערכת שחרורי היולדות. הסיסמה של משתמש השירות היא ${pw('Tapuz#Yoledet2025')} והיא פגה אתמול, ולכן דו"חות השחרור לא נשלחים לקופות החולים. תנסח בבקשה בעברית מנומסת.`),

  rec('chat_ar', f`مرحباً، أحتاج مساعدة في كتابة رسالة لقسم تقنية المعلومات. كلمة المرور الخاصة بحساب نظام المخالفات هي ${pw('Nakhla@Scooter91')} واسم المستخدم fines.dxb07، والنظام يرفض الدخول منذ الصباح. اكتب الرسالة بأسلوب رسمي لو سمحت.`),

  rec('chat_th', f`ช่วยเขียนอีเมลถึงทีมไอทีให้หน่อยครับ ระบบวางแผนโหลดอาหารขึ้นเครื่องล็อกอินไม่ได้ ชื่อผู้ใช้ planner.bkk3 รหัสผ่าน ${pw('Mango-Sticky#88')} ใช้ได้เมื่อวานแต่วันนี้ขึ้นว่า "บัญชีถูกล็อก" เที่ยวบิน TG ช่วงเช้าต้องส่งโหลดชีตก่อนตีสี่`),

  rec('chat_ru', f`Помоги составить письмо в поддержку 1С. Пароль от учётки экспортного отдела ${pw('Mikroshema_2025!')}, логин export_lic. После обновления платформы вход не работает, пишет «Неверный пароль». Письмо нужно вежливое, но чтобы быстро отреагировали.`),

  rec('chat_uk', f`Привіт! Допоможи, будь ласка, перекласти німецькою коротке повідомлення для колеги з соцвідділу: «Пароль до спільної поштової скриньки Wohngeld-Ukraine — ${pw('Soniashnyk#7Kyiv')}. Не пересилай його далі, будь ласка, і зміни після першого входу.»`),

  rec('chat_tr', f`Merhaba, yeni gelen arkadaşa hoş geldin maili yazar mısın? İçinde şunlar olsun: ceza takip sistemine kullanıcı adı scooter.izmir4, şifre ${pw('Boyoz*Kordon35')}, ilk girişte değiştirmesi gerekiyor.`),

  rec('chat_hi', f`नमस्ते, कृपया आईटी टीम के लिए एक छोटा संदेश लिखिए। निर्यात लाइसेंस पोर्टल (DGFT) का पासवर्ड ${pw('Gulmohar@2025#exp')} है और यूज़र आईडी exportdesk.blr है। कल से OTP नहीं आ रहा, इसलिए लॉगिन नहीं हो पा रहा।`),

  rec('chat_pt_br', f`Oi! Me ajuda a escrever um recado pro pessoal do plantão? A senha do computador da sala de alta da maternidade mudou, agora é ${pw('Jabuticaba#Alta9')}. Usuário: alta.maternidade. Quero deixar isso claro mas sem parecer grosseira.`),

  rec('chat_es_ar', f`Che, necesito que me armes un mail para el proveedor del sistema de subastas. La clave del usuario admin es ${pw('Mate-Amargo#1974')}, la cambiamos la semana pasada y ahora no nos deja exportar el catálogo. Fijate que quede formal.`),

  rec('chat_fi', f`Moi, voitko kirjoittaa lyhyen viestin IT-tuelle? Toimeentulotuen käsittelyjärjestelmän palvelutunnuksen salasana on ${pw('Mustikka!Kela2025')} ja se vanhenee perjantaina. Tarvitsemme uuden ennen kuun vaihdetta.`),

  rec('chat_ka', f`გამარჯობა, დამეხმარე ელფოსტის დაწერაში. აუქციონის სისტემის პაროლი არის ${pw('Khachapuri#Tbilisi9')}, მომხმარებელი auction.tbs. ვერ ვშედით ადმინ პანელში ორშაბათიდან. გთხოვ, ოფიციალურად დაწერე.`),

  rec('chat_hy', f`Բարև, օգնիր նամակ գրել ՏՏ բաժնին։ Տուգանքների համակարգի գաղտնաբառը ${pw('Ararat_Scoot2025')} է, օգտանունը fines.evn։ Երեկվանից մուտք գործել չի ստացվում։`),

  rec('chat_am', f`ሰላም፣ ለአይቲ ክፍል አጭር መልእክት ጻፍልኝ። የበረራ ምግብ ጭነት እቅድ ሲስተም የይለፍ ቃል ${pw('Injera#Bole2025')} ነው፣ የተጠቃሚ ስም loadplan.add ነው። ከትላንት ጀምሮ መግባት አልቻልኩም።`),

  rec('chat_bn', f`হ্যালো, আইটি টিমকে একটা মেইল লিখে দিতে পারবে? সামাজিক ভাতা পোর্টালের পাসওয়ার্ড ${pw('Shapla@Bhata2025')} আর ইউজার নেম bhata.dhk2। গতকাল থেকে লগইন হচ্ছে না, বলছে "অ্যাকাউন্ট লক"।`),

  rec('chat_ta', f`வணக்கம், IT குழுவுக்கு ஒரு மின்னஞ்சல் எழுத உதவுங்கள். ஏற்றுமதி உரிம அமைப்பின் கடவுச்சொல் ${pw('Malligai#Chennai7')}, பயனர் பெயர் exportlic.maa. நேற்றிலிருந்து உள்நுழைய முடியவில்லை.`),

  rec('chat_vi', f`Chào bạn, giúp mình viết email cho bộ phận IT nhé. Mật khẩu tài khoản hệ thống phạt xe điện là ${pw('PhoBo_XeDien88')}, tên đăng nhập phat.hcm5. Từ sáng nay không đăng nhập được.`),

  rec('chat_id', f`Halo, tolong buatkan pesan singkat untuk tim IT. Kata sandi akun sistem perencanaan katering pesawat adalah ${pw('Rendang!CGK2025')} dan username loadplan.cgk. Sejak tadi malam tidak bisa login.`),

  rec('chat_fa', f`سلام، لطفاً یک پیام کوتاه برای واحد فناوری بنویس. رمز عبور حساب سامانه مستمری ${pw('Anar#Yalda1403')} است و نام کاربری mostamari.teh. از دیروز خطای «حساب قفل شده» می‌دهد.`),

  rec('curl', f`The auction payment webhook never fires in live mode. What we use to test it from the office:

curl https://api.stripe.com/v1/payment_intents \\
  -u ${v('credential.stripe_secret_key', STRIPE_LIVE)}: \\
  -d amount=1500000 -d currency=eur -d "metadata[lot]=LOT-0412" -d "metadata[paddle]=P-2271"

and the endpoint secret in the handler is ${v('credential.stripe_webhook_secret', WHSEC)}. Events show "pending" in the dashboard.`),

  rec('code_python', f`Our lot-deposit reconciliation script, written by a former colleague. Can you make it idempotent?

\`\`\`python
${code(f`import stripe

stripe.api_key = "${v('credential.stripe_restricted_key', STRIPE_RK)}"  # read-only on charges

def deposits_for_sale(sale_id: str):
    for ch in stripe.Charge.search(query=f"metadata['sale']:'{sale_id}'").auto_paging_iter():
        yield ch.metadata.get("paddle"), ch.amount / 100, ch.status

for paddle, amount, status in deposits_for_sale("GOODWOOD-25"):
    print(paddle, amount, status)`)}
\`\`\``),

  rec('aws_credentials', f`The nightly export of flight load plans to S3 fails with "SignatureDoesNotMatch". ~/.aws/credentials on the job runner:

${cfg(f`[default]
region = eu-central-1

[loadplan-export]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}`)}

The clock is synced via chrony. What else could it be?`),

  rec('gcp_sa', f`Das BigQuery-Skript für die E-Scooter-Auswertungen wirft "invalid_grant". Hier die Schlüsseldatei (ist nur das Testprojekt, glaube ich):

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kesselbrunn-mobility-stats",
  "private_key_id": "${fill('b158-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'scooter-etl@kesselbrunn-mobility-stats.iam.gserviceaccount.com')}",
  "client_id": "104829375519203847712",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'scooter-etl%40kesselbrunn-mobility-stats.iam.gserviceaccount.com')}"
}`))}

Liegt es an der Uhrzeit auf dem Server oder am Schlüssel?`),

  rec('appsettings', f`${cfg(f`{
  "ConnectionStrings": {
    "Leistungsakten": "Server=sqlsoz01.kesselbrunn.local;Database=Sozialhilfe;User Id=svc_akten;Password=${v('credential.connection_string_password', CONN_SQL_PW)};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}

Nach dem Umzug auf den neuen SQL Server kommt "Login failed for user 'svc_akten'". Die Datenbank wurde per Backup/Restore umgezogen.`),

  rec('chat', f`Can you help me rewrite our discharge-letter microservice config for Kubernetes? Currently:

DATABASE_URL=postgresql://discharge_app:${v('credential.database_url_password', 'Mw7#Lullaby-Ward3')}@pg-maternity.stmarys.internal:5432/discharge
FHIR_TOKEN=${v('credential.jwt', JWT_WARD)}

I want both in a Secret and the URL split into host/user/db.`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml — auction catalogue PDF build
variables:
  GIT_DEPTH: "1"
  CATALOGUE_API: "https://catalogue.halvorsen-brack.com/api"

publish:
  stage: deploy
  image: node:20
  script:
    - npm ci
    - npm run build:catalogue
    - curl --header "PRIVATE-TOKEN: ${v('credential.gitlab_pat', GLPAT)}" --upload-file dist/catalogue.pdf "$CI_API_V4_URL/projects/88/packages/generic/catalogue/2025.03/catalogue.pdf"`)}

Why does the upload step give 403 only on tags?`),

  rec('chat', f`Hey, quick one. Our GitHub Action that pushes the scooter-permit map tiles fails with "Bad credentials". The token in the repo secret is ${v('credential.github_pat', GHP)} — is that a classic PAT that expired, and do I need a fine-grained one? My colleague's fine-grained token ${v('credential.github_fine_grained_pat', GH_FINE)} works for pull but not for push.`),

  rec('code_js', f`${code(f`// slack-notify.js — posts galley shortages to #load-control
const { WebClient } = require('@slack/web-api');
const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

async function shortage(flight, item, missing) {
  await slack.chat.postMessage({
    channel: 'C06LOADCTRL',
    text: \`:warning: \${flight}: \${missing} × \${item} short for ETD\`,
  });
}
module.exports = { shortage };`)}

Messages arrive twice when two planners press the button. How do I debounce it?`),

  rec('chat', f`Ich will einen Assistenten bauen, der Bürgeranfragen zum Bürgergeld vorsortiert. Funktioniert der Claude-Key so im Header? x-api-key: ${v('credential.anthropic_api_key', ANTHROPIC)} — ich bekomme "authentication_error".`),

  rec('js_config', f`${code(f`// map.config.ts — permit zones overlay
export const mapConfig = {
  googleMapsKey: '${v('credential.google_api_key', GOOGLE)}',
  mapboxDownloadToken: '${v('credential.mapbox_secret_token', MAPBOX)}',
  defaultCenter: { lat: 50.1109, lng: 8.6821 },
  zoneStyle: { fill: '#00A86B33', stroke: '#00A86B' },
};`)}

The zones render on localhost but on the city intranet the map stays grey. Referrer restriction?`),

  rec('notebook', f`In [3]:
${code(f`from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

from transformers import pipeline
clf = pipeline("text-classification", model="kesselbrunn/eccn-classifier-v2")
clf("FPGA, 28 nm, 500k logic cells, radiation tolerant")`)}

Out[3]: [{'label': '3A001', 'score': 0.61}]

Warum ist die Sicherheit so niedrig? Das Teil ist eindeutig 3A001.a.2.`),

  rec('discord', f`webhook for the classic-car Discord stopped posting new lots:
${v('credential.discord_webhook_url', DISCORD_HOOK)}
returns 401 "Invalid Webhook Token". Did someone regenerate it?`),

  rec('code_php', f`${code(f`<?php
// Bußgeld-SMS an E-Scooter-Nutzer
require 'vendor/autoload.php';
use Twilio\\Rest\\Client;

$sid   = '${v('credential.twilio_account_sid', TWILIO_SID)}';
$token = '${v('credential.twilio_auth_token', TWILIO_TOKEN)}';
$client = new Client($sid, $token);

$client->messages->create($empfaenger, [
    'from' => '${phone('+4915792384710', 'DE')}',
    'body' => "Ihr Verwarngeld {$az} ist fällig. Details: https://buergerportal.kesselbrunn.de/vg",
]);`)}

Kommt "Unable to create record: The 'To' number is not a valid phone number" — die Nummern stehen bei uns ohne +49.`),

  rec('yaml', f`${cfg(f`# mailer.yml – Entlassbriefe Wochenbett
smtp:
  host: smtp.sendgrid.net
  port: 587
  user: apikey
  password: ${v('credential.sendgrid_api_key', SG)}
fallback:
  provider: mailgun
  api_key: ${v('credential.mailgun_api_key', MAILGUN)}
  domain: mg.klinikum-suedstadt.de`)}

Kannst du daraus eine .env-Datei machen?`),

  rec('shell', f`vault login ok on my laptop, on the jump host:

$ export VAULT_ADDR=https://vault.arvenic.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/export-desk/bafa-elan
Error making API request. Code: 403. Errors: * permission denied

policy says read on secret/data/export-desk/*. What's wrong?`),

  rec('docker_compose', f`${cfg(f`services:
  permit-api:
    image: registry.voltaride.eu/permit-api:4.2
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508120.ingest.de.sentry.io/4508120573952016`)}
      CLOUDFLARE_API_TOKEN: ${v('credential.cloudflare_api_token', CF_TOKEN)}
      MDS_BEARER: ${v('credential.jwt', JWT_SCOOT)}`)}

Agent logs "API key invalid" but the key was copied from the EU site. Which DD_SITE do I need?`),

  rec('chat_sv', f`Vi kör exportlicens-rapporterna i Databricks. Jobbet failar med 403 när jag använder token ${v('credential.databricks_token', DAPI)} från servicekontot. Behöver servicekontot "Can Manage" på klustret?`),

  rec('terraform', f`${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DOP)}"
}

resource "digitalocean_droplet" "auction_stream" {
  name   = "live-bidding-ams3"
  region = "ams3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Der Livestream-Server für die Auktion in Essen soll nur am Auktionstag laufen. Wie automatisiere ich das?`),

  rec('npmrc', f`${cfg(f`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
@arvenic:registry=https://npm.arvenic.internal/`)}

npm publish of @arvenic/eccn-lookup fails with E404, the scope exists.`, 'the npm token is both the .npmrc _authToken value and an npm_ token'),

  rec('shell', f`build box can't push the image:

echo '${v('credential.dockerhub_pat', DCKR)}' | docker login -u hbclassics --password-stdin
docker push hbclassics/lot-viewer:2025.03

"denied: requested access to the resource is denied". The token has write scope.`),

  rec('azure', f`${cfg(f`# local.settings.json (Azure Function: Wochenbett-Entlassbrief-PDF)
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stmatdischarge;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "GRAPH_CLIENT_ID": "6f1c2b84-9d3e-4a57-b0c8-2e7f41d95a36",
    "GRAPH_CLIENT_SECRET": "${v('credential.azure_client_secret', AZ_CLIENT)}",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"
  }
}`)}

Die Funktion startet lokal, aber in Azure kommt "Storage account connection string is invalid".`),

  rec('http', f`${cfg(f`GET /api/v1/users?search=profile.department+eq+%22Export+Control%22 HTTP/1.1
Host: arvenic.okta.com
Authorization: SSWS ${v('credential.okta_api_token', OKTA)}
Accept: application/json`)}

Returns 400 "Invalid search". How do I quote the department?`),

  rec('chat_nl', f`Voor de planning van de veilingdagen gebruiken we Linear, Notion en Airtable. Keys: Linear ${v('credential.linear_api_key', LINEAR)}, Notion ${v('credential.notion_token', NOTION)}, Airtable ${v('credential.airtable_pat', AIRTABLE)}. Kun je een Python-script schrijven dat nieuwe kavels uit Airtable als Linear-issues aanmaakt en een Notion-pagina bijwerkt?`),

  rec('code_ruby', f`${code(f`# config/initializers/square.rb — buyer's premium terminal at the viewing days
SQUARE_CLIENT = Square::Client.new(
  access_token: '${v('credential.square_access_token', SQUARE)}',
  environment: 'production'
)`)}

Terminal checkout works but refunds return UNAUTHORIZED. Scope?`),

  rec('json', f`Google-Login fürs Bürgerportal (Bewilligungsbescheide abrufen) geht nicht mehr, "redirect_uri_mismatch":

${cfg(f`{"web":{"client_id":"781204936615-q2v9h4k7s1m3n8d6f0p5r2t4y7u1w3e9.apps.googleusercontent.com","project_id":"buergerportal-ksb","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://buergerportal.kesselbrunn.de/oauth2/callback"]}}`)}`),

  rec('pem', f`Der Export-SFTP beim Spediteur will plötzlich einen neuen Key. Ist das hier der alte private Schlüssel, den ich löschen soll?

${v('credential.private_key', RSA)}`),

  rec('runbook', f`Rotate the deploy key of the catering-planner repo. The key that is still in the CI variable:

${v('credential.openssh_private_key', OSSH)}

Write the steps so the night shift can do it without me.`),

  rec('log', f`${cfg(f`2025-03-04 05:12:33,901 DEBUG httpx: HTTP Request: POST https://loadplan.skygalley.aero/api/flights/LH716/galleys "HTTP/1.1 401 Unauthorized"
2025-03-04 05:12:33,902 DEBUG client: headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Station': 'FRA'}
2025-03-04 05:12:33,902 ERROR sync: giving up on LH716 (NRT) after 3 retries`)}

Why is the token logged and how do I stop that?`),

  rec('http', f`The airline's legacy load-sheet endpoint wants basic auth. I'm sending this and get 401:

${cfg(f`POST /loadsheets/v1/upload HTTP/1.1
Host: legacy.skyportal-airline.aero
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: text/csv`)}

Does the colon in the password need escaping?`),

  rec('shell', f`Backup-Skript für die Auktions-DB, läuft nicht per cron:

${code(f`#!/bin/bash
STAMP=$(date +%Y%m%d)
mysqldump -u auktion_bak -p'${v('credential.mysql_cli_password', 'Kotflügel!1957')}' -h db01.hb-classics.local lots bids > /srv/backup/lots_$STAMP.sql
gzip /srv/backup/lots_$STAMP.sql`)}`),

  rec('cisco', f`Switch config from the scooter-depot network cabinet. Is it ok to leave it like this?

${cfg(f`hostname depot-sw-02
!
username netops privilege 15 password 0 ${v('credential.network_device_secret', 'Roller#Depot2025')}
!
snmp-server community ${v('credential.network_device_secret', 'vr-depot-ro-7731')} RO
!
interface Vlan20
 ip address ${amb('pii.ip_address', '10.20.0.2')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('chat_gsw', f`Chasch mer s'FTP-Skript aaluege? Es lauft vo de Küche zu de Airline: ftp://galley_zrh:${v('credential.url_password', 'Rösti-Trolley88')}@ftp.lx-loadcontrol.ch/incoming — es chunnt immer "530 Login incorrect".`),
];
