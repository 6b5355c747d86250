/**
 * Held-out batch 133: credentials pasted by staff of a cross-border payroll / employer-of-record
 * provider, a glacier-tour and snowmobile operator, a cancer registry's data-linkage unit, a
 * used-aircraft-parts broker, a chain of music schools and a city's emergency housing and
 * homeless-outreach service, in many languages. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const B32AWS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const pip = (s: string) => v('credential.password_in_prose', s);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b133-stripe', B62, 97));
const TWILIO_SID = tok('AC', fill('b133-twsid', HEX, 32));
const TWILIO_AUTH = fill('b133-twauth', HEX, 32);
const ZOOM_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { aud: null, iss: 'q7Rk2mWxTz9bNv4Lp1Hs', exp: 1767225599, iat: 1735689600 }, 'b133-zoomjwt');
const SLACK_BOT = tok('xoxb-', '5820374619', '3-', '6702948153826-', fill('b133-xoxb', B62, 24));
const BASIC = b64(`meridia-api:${'Tq8#vLn2Wz'}`);
const DOCKER_AUTH = b64(`skyvault-ci:${fill('b133-dckrpw', B62, 20)}`);
const AWS_ID = tok('AKIA', fill('b133-awsid', B32AWS, 16));
const AWS_SECRET = fill('b133-awssec', B64, 40);
const NPM = gh('npm', 'Kx4Tp9Lm2Wq7Rz1Vb5Nc8Hd3Gs6Jf0');
const GLPAT = tok('glpat-', fill('b133-glpat', B62 + '-_', 20));
const OPENAI = tok('sk-proj-', fill('b133-oai1', B64URL, 74), 'T3BlbkFJ', fill('b133-oai2', B64URL, 74));
const SG = tok('SG.', fill('b133-sg1', B64URL, 22), '.', fill('b133-sg2', B64URL, 43));
const DD_API = fill('b133-ddapi', HEX, 32);
const SENTRY_KEY = fill('b133-sentry', HEX, 32);
const HF = tok('hf_', fill('b133-hf', B62, 34));
const AZ_SECRET = tok(fill('b133-azs1', B62, 3), '8Q~', fill('b133-azs2', B62 + '~._-', 34));
const TG = tok('7481920356', ':', 'AA', fill('b133-tg', B64URL, 33));
const MAILCHIMP = tok(fill('b133-mc', HEX, 32), '-us14');
const WH_SECRET = tok('whsec_', fill('b133-whsec', B62, 32));
const BEARER = fill('b133-bearer', B62 + '-._', 56);
const GOOGLE = tok('AIza', 'Sy', fill('b133-gapi', B64URL, 33));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b133-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SA_PEM = pem('PRIVATE KEY', 'b133-sapem', 1218).replace(/\n/g, '\\n');
const VAULT = tok('hvs.', fill('b133-vault', B62, 90));
const CF_TOKEN = fill('b133-cftok', B62 + '_-', 40);
const GHP = gh('ghp', 'Wm3Qa8Zr5Tn1Yv7Kc4Lb9Xd2Ps6Hg0');
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1290374815620938475', '/', fill('b133-dischook', B64URL, 68));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04K7QZ2M', '/', 'B07H3N5R8V1', '/', fill('b133-slhook', B62, 24));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b133-atl', B64URL, 171), '=', fill('b133-atl2', HEX.toUpperCase(), 8));
const SHOPIFY = tok('shpat_', fill('b133-shpat', HEX, 32));
const DB_TOKEN = tok('dapi', fill('b133-dapi', HEX, 32));
const REDCAP_TOKEN = fill('b133-rdcap', HEX.toUpperCase(), 32);
const DO_TOKEN = tok('dop_v1_', fill('b133-do', HEX, 64));
const AGE_PUB_NOTE = fill('b133-agepub', LOWER + DIGITS, 58);
const GH_FINE = tok('github_pat_', '11A', fill('b133-ghfg1', UPPER + DIGITS, 19), '_', fill('b133-ghfg2', B62, 59));

export const BATCH133_CREDENTIALS: DraftRecord[] = [
  rec('chat_is', f`Geturðu þýtt þetta yfir á ensku fyrir nýja leiðsögumanninn frá Póllandi? "Aðgangur að bókunarkerfinu: notandi jokull.vakt, lykilorðið er ${pip('Skafrenningur#88')} – ekki deila því með neinum utan skrifstofunnar."`),

  rec('env_file', f`Hjálp, bókanir í snjósleðaferðir fara ekki í gegn síðan í gær. Hér er .env skráin af bókunarþjóninum:

${cfg(f`# /srv/jokulspor-booking/.env
NODE_ENV=production
BOOKING_CURRENCY=ISK
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}
SMS_SENDER=Jokulspor
WEATHER_API=https://api.vedur.is/weather/forecasts`)}

Stripe segir "No such payment_intent". Er lykillinn rangur?`),

  rec('chat_de_ch', f`Chasch mer das churz uf Hochdütsch umschriibe für d Eltere-Mail? "Grüessech mitenand, s Passwort fürs neue Lehrerportal isch ${pip('Zytglogge-2025!')} – bitte bim erschte Login ändere. Merci vilmal, Regula vom Sekretariat Musikschuel Allegretto Bärn"`),

  rec('code_python', f`Linkage job times out against the registry SQL Server, but only on the nightly run:

\`\`\`python
${code(f`import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=ncr-sql02.registry.local,1433;DATABASE=linkage_stage;"
    "UID=svc_linkage;PWD=${v('credential.connection_string_password', 'Kreftreg!Lnk-7734')};"
    "Encrypt=yes;TrustServerCertificate=no;"
)

def fetch_batch(batch_id: int):
    with pyodbc.connect(CONN, timeout=30) as cn:
        cur = cn.cursor()
        cur.execute("SELECT pseudo_id, icd10, dx_date FROM stage.incoming WHERE batch_id = ?", batch_id)
        return cur.fetchall()`)}
\`\`\``),

  rec('chat_ja', f`音楽教室のオンラインレッスン用に Zoom の API を叩いています。このトークンで「Invalid access token」と返ってくるのはなぜでしょう？JWT アプリはもう廃止されたのでしょうか。

${v('credential.jwt', ZOOM_JWT)}`),

  rec('chat_ko', f`우리 음악학원 출석 알림 봇이 슬랙 채널에 글을 못 올려요. 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이고 에러는 not_in_channel 이에요. 봇을 채널에 초대해야 하나요?`),

  rec('curl', f`Payroll partner API returns 403 for the Romanian entity only:

${amb('source_code.snippet', f`curl -X GET "https://api.meridia-eor.com/v2/entities/RO-0031/payslips?period=2025-03" \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  -H "Accept: application/json"`)}

Same credentials work for DE-0012 and PL-0007.`),

  rec('chat_pt_br', f`Oi! Preciso mandar pro contador da filial de Campinas o acesso ao portal do eSocial que a gente usa pra folha dos contratados via EOR. Usuário: meridia.folha.br, a senha é ${pip('Ipe-Amarelo_2025')}. Pode escrever um e-mail curto e formal pedindo pra ele trocar a senha no primeiro acesso?`),

  rec('chat_es_mx', f`Oye, ayúdame a redactar un mensaje para los voluntarios nuevos del albergue nocturno. Que sepan que para entrar al sistema de registro (HMIS) usan el usuario que les llegó por correo y la contraseña temporal ${pip('Refugio.Norte#41')}, y que la cambien luego luego.`),

  rec('k8s', f`Pull from the private registry fails on the new node pool (ImagePullBackOff). The secret:

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: parts-catalog
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {"auths":{"registry.skyvaultparts.com":{"auth":"${v('credential.docker_config_auth', DOCKER_AUTH)}"}}}`)}`),

  rec('chat_he', f`תעזור לי לנסח הודעה לספק בתל אביב? אני צריך להגיד לו שהגישה לפורטל המלאי שלנו חודשה. שם משתמש: avparts-tlv, הסיסמה היא ${pip('Kanaf-737!Zman')}. שיחליף אותה בכניסה הראשונה.`),

  rec('chat_ar', f`من فضلك ترجم للإنجليزية: "مرحباً أحمد، تم تفعيل حسابك على بوابة قطع غيار الطائرات. اسم المستخدم: a.mansour وكلمة المرور: ${pip('Saqr@A320parts')} ، يرجى تغييرها بعد أول تسجيل دخول."`),

  rec('code_go', f`Uploading 8130-3 tag scans to S3 works locally but not from the office NAS. Code:

${code(f`package tags

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var creds = credentials.NewStaticCredentialsProvider(
	"${v('credential.aws_access_key_id', AWS_ID)}",
	"${v('credential.aws_secret_access_key', AWS_SECRET)}",
	"",
)

func Config() aws.Config {
	return aws.Config{Region: "us-east-2", Credentials: creds}
}`)}`),

  rec('chat_ru', f`Коллеги из регистра просят передать доступ к SFTP для обмена файлами сверки. Напиши, пожалуйста, вежливое письмо: логин ncr_exchange, пароль ${pip('Berёza-Sever-2025')}, срок действия 30 дней, ключи потом настроим отдельно.`),

  rec('chat_uk', f`Переклади англійською для координатора, будь ласка: "Wi-Fi у пункті обігріву на вул. Мельника: мережа Shelter-Guest, пароль ${pip('Teplo2025Kyiv')}. Для персоналу окрема мережа, пароль у чергового."`),

  rec('chat_fr_ca', f`Peux-tu m'aider à écrire un courriel aux profs de piano de la succursale de Laval? Genre: "Salut tout le monde, le nouveau mot de passe pour la tablette de l'accueil c'est ${pip('Sonate-Laval7')}, pis oubliez pas de barrer la porte du local 3 en partant."`),

  rec('npmrc', f`CI in the payroll engine repo can't install our private package @meridia/tax-tables:

${cfg(f`@meridia:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}`),

  rec('ci_yaml', f`${cfg(f`# .gitlab-ci.yml (linkage-pipeline)
variables:
  PIP_INDEX_URL: "https://__token__:${v('credential.gitlab_pat', GLPAT)}@gitlab.registry.local/api/v4/projects/112/packages/pypi/simple"
stages: [test, link]
link:
  stage: link
  script:
    - python -m linkage.run --batch "$CI_PIPELINE_IID"`)}

Why does pip print "401 Unauthorized" when the token is a personal one with read_api?`),

  rec('chat_zh', f`我们是冰川旅行团的中国代理，想用 GPT 自动回复游客关于雪地摩托的问题。这个 key 是老板给的：${v('credential.openai_api_key', OPENAI)}，调用时报 insufficient_quota，是不是账户没充值？`),

  rec('chat_th', f`ช่วยแปลเป็นภาษาอังกฤษหน่อยค่ะ "เรียนคุณลูกค้า บัญชีเอเจนซี่ของท่านในระบบจองทัวร์ธารน้ำแข็งพร้อมใช้งานแล้ว ชื่อผู้ใช้ bkk.glacier.agent รหัสผ่าน ${pip('Ice-Cave#5522')} กรุณาเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก"`),

  rec('shell', f`cron on the linkage box sends me this every night, what's wrong?

${cfg(f`$ mysql -h ${amb('pii.ip_address', '10.44.2.18')} -u link_ro -p${v('credential.mysql_cli_password', 'Mkr7!pathology')} registry_stage -e "SELECT COUNT(*) FROM incoming_path_reports"
mysql: [Warning] Using a password on the command line interface can be insecure.
ERROR 1045 (28000): Access denied for user 'link_ro'@'${amb('pii.ip_address', '10.44.2.31')}' (using password: YES)`)}`),

  rec('code_r', f`Mitä tässä R-skriptissä on vialla? Yhteys rekisterin kantaan katkeaa aina 10 minuutin jälkeen.

${code(f`library(DBI)
con <- dbConnect(
  odbc::odbc(),
  Driver   = "PostgreSQL Unicode",
  Server   = "syopa-db.rekisteri.local",
  Database = "linkitys",
  UID      = "analyytikko",
  PWD      = "${v('credential.password_assignment', 'Revontuli-4471')}",
  Port     = 5432
)
kohortti <- dbGetQuery(con, "SELECT * FROM kohortti_2025 WHERE diagnoosivuosi >= 2015")`)}`),

  rec('router_config', f`Shelter on 5th St lost internet after the ISP swap. Running config from the edge router:

${cfg(f`hostname SHELTER-5TH-EDGE
!
enable secret 9 ${ambCat('credential', `$9$kT3pQ8nZ4wR2aB$${fill('b133-scrypt', B62, 43)}`)}
username outreach-it privilege 15 password 0 ${v('credential.network_device_secret', 'CityHous1ng!5th')}
!
interface GigabitEthernet0/0
 description WAN-to-ISP
 ip address ${amb('pii.ip_address', '203.0.113.46')} 255.255.255.248
!
interface GigabitEthernet0/1
 description LAN-staff
 ip address ${amb('pii.ip_address', '192.168.50.1')} 255.255.255.0
!
ip route 0.0.0.0 0.0.0.0 ${amb('pii.ip_address', '203.0.113.41')}`)}`),

  rec('chat_ka', f`გთხოვ, თარგმნე ინგლისურად: "მუსიკალური სკოლის ელ-ჟურნალის მომხმარებელი: tbilisi.admin, პაროლი: ${pip('Chonguri#2025')}. გთხოვთ, შეცვალოთ პირველი შესვლისას."`),

  rec('chat_hy', f`Խնդրում եմ թարգմանիր անգլերեն. «Երաժշտական դպրոցի հաշվապահական համակարգի մուտքը՝ օգտանուն yerevan.buh, գաղտնաբառ՝ ${pip('Duduk-Ararat55')}։ Խնդրում ենք փոխել առաջին մուտքից հետո»։`),

  rec('chat_am', f`ይህን ወደ እንግሊዝኛ ተርጉምልኝ፦ "ለአዲሱ የጉዳይ አስተዳደር ሲስተም የተጠቃሚ ስም: t.bekele፣ የይለፍ ቃል: ${pip('Addis-Shelter24')} ነው። እባክዎ በመጀመሪያ ሲገቡ ይቀይሩት።"`),

  rec('chat_hi', f`कृपया इसे अंग्रेज़ी में लिख दीजिए: "नमस्ते राहुल जी, बेंगलुरु के नए कर्मचारियों के लिए पेरोल पोर्टल का लॉगिन तैयार है। यूज़रनेम: blr.payroll और पासवर्ड: ${pip('Gulmohar@2025')} है। पहली बार लॉगिन करते ही पासवर्ड बदल लें।"`),

  rec('chat_bn', f`এটা ইংরেজিতে অনুবাদ করে দাও: "আউটরিচ ভ্যানের ট্যাবলেটের পাসওয়ার্ড ${pip('Nodi-Pothe#19')}, কাউকে দেবেন না। রাতের শিফটে ট্যাবলেট চার্জে রেখে যাবেন।"`),

  rec('chat_ta', f`இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: "சென்னை கிளையின் சம்பளப் பட்டியல் அமைப்பிற்கான பயனர் பெயர் chn.payroll, கடவுச்சொல் ${pip('Marina-Beach77!')}. முதல் முறை உள்நுழைந்தவுடன் மாற்றவும்."`),

  rec('chat_ro', f`Poți să traduci în engleză? "Bună, Andrei! Contul tău pentru portalul de salarizare a fost creat. Utilizator: andrei.pop, parola: ${pip('Carpati!Iarna9')}. Te rog s-o schimbi la prima autentificare."`),

  rec('chat_vi', f`Dịch sang tiếng Anh giúp mình: "Anh Minh ơi, tài khoản vào hệ thống kho phụ tùng máy bay đã mở rồi nhé. Tên đăng nhập: minh.sgn, mật khẩu: ${pip('HoaSen-A321#')} – anh đổi mật khẩu sau khi đăng nhập lần đầu."`),

  rec('chat_id', f`Tolong terjemahkan ke bahasa Inggris: "Pak Budi, akun untuk portal stok suku cadang sudah aktif. Nama pengguna: budi.cgk, kata sandi: ${pip('Garuda-Ekor88')}. Mohon ganti kata sandi setelah login pertama."`),

  rec('env_file', f`Which of these does the payslip mailer still need after we dropped Datadog?

${cfg(f`MAIL_FROM=${v('pii.email', 'payslips@meridia-eor.com')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508812.ingest.de.sentry.io/4508812047331328`)}
PAYSLIP_TEMPLATE=v7`)}`),

  rec('code_python', f`Classifier for free-text pathology reports, loading our private fine-tune:

${code(f`from transformers import AutoTokenizer, AutoModelForSequenceClassification

HF_TOKEN = "${v('credential.huggingface_token', HF)}"
MODEL = "ncr-linkage/patho-icdo3-morph-v2"

tok = AutoTokenizer.from_pretrained(MODEL, token=HF_TOKEN)
model = AutoModelForSequenceClassification.from_pretrained(MODEL, token=HF_TOKEN)

def predict(text: str) -> str:
    out = model(**tok(text, return_tensors="pt", truncation=True, max_length=512))
    return model.config.id2label[int(out.logits.argmax())]`)}

Gives 401 on the cluster even though it works on my laptop.`),

  rec('hcl', f`${cfg(f`provider "azurerm" {
  features {}
  subscription_id = "3c81e7a2-94b0-4d5f-a1e6-70b2d9c4f815"
  tenant_id       = "a9d3e1f4-2b67-4c08-9e15-d47b0a6c3f92"
  client_id       = "e4b7c2d9-51a3-4f86-b0e2-9c1d7a3f6e40"
  client_secret   = "${v('credential.azure_client_secret', AZ_SECRET)}"
}`)}

terraform plan for the registry's secure enclave fails with AADSTS7000215. Is the secret expired or wrong?`),

  rec('chat_is_en', f`The guides' Telegram bot stopped posting the morning weather/avalanche summary to the snjósleðahópur. Token: ${v('credential.telegram_bot_token', TG)}. getMe works, sendMessage says "chat not found".`),

  rec('chat_it', f`Ciao! Devo collegare Mailchimp al gestionale delle iscrizioni della scuola di musica di Bologna. La chiave API è ${v('credential.mailchimp_api_key', MAILCHIMP)}: dove la inserisco nel plugin? Mi dà "API Key Invalid".`),

  rec('code_php', f`WordPress site of the music school shows "Error establishing a database connection" since the host migration:

${code(f`<?php
define( 'DB_NAME', 'allegretto_wp' );
define( 'DB_USER', 'allegretto_wp' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Bratsche&Cello-31')}' );
define( 'DB_HOST', 'localhost:3307' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';`)}`),

  rec('log', f`${cfg(f`2025-03-18T07:41:22.104Z DEBUG parts-sync http: --> GET https://api.partsmarket.example.net/v3/rfq?updated_since=2025-03-17
2025-03-18T07:41:22.105Z DEBUG parts-sync http: headers={"Authorization":"Bearer ${v('credential.bearer_token', BEARER)}","X-Client":"skyvault-sync/2.3"}
2025-03-18T07:41:23.377Z ERROR parts-sync http: <-- 429 Too Many Requests (retry-after: 60)`)}

How do I back off properly, and how do I stop the client logging headers?`),

  rec('chat', f`Our payroll calculator needs to geocode employee addresses for commuting allowances. Is it OK to restrict this key to the Geocoding API only? ${v('credential.google_api_key', GOOGLE)}`),

  rec('runbook', f`Runbook step 4 for the bank file upload (HSBC host-to-host), please check the wording:

4. On the jump host, place the key below in ~/.ssh/h2h_meridia and chmod 600:

${v('credential.openssh_private_key', OSSH)}

5. Test with sftp -i ~/.ssh/h2h_meridia ${amb('pii.email', 'meridia_h2h@sftp.h2h.example-bank.com')}`),

  rec('json_config', f`BigQuery export from the registry sandbox: "invalid_grant: Invalid JWT Signature". Key file:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "ncr-linkage-sandbox",
  "private_key_id": "${fill('b133-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM)}",
  "client_email": "${amb('pii.email', 'bq-export@ncr-linkage-sandbox.iam.gserviceaccount.com')}",
  "client_id": "104829173650281947362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40ncr-linkage-sandbox.iam.gserviceaccount.com')}"
}`)}`)}`),

  rec('chat_de_at', f`Kannst du mir helfen, eine Übergabe-Notiz für meine Karenzvertretung zu schreiben? Wichtig: Zugang zu ELDA für die Sozialversicherungsmeldungen der österreichischen Mitarbeiter – Benutzer MERIDIA-AT-02, Kennwort ${pip('Heuriger#Grinzing5')}. Bitte nach der Übergabe ändern.`),

  rec('chat_zh_tw', f`請幫我翻成英文：「各位老師好，音樂教室新的排課系統帳號已開通，帳號是 taipei.allegretto，密碼是 ${pip('Erhu-Taipei101')}，請勿外傳，謝謝。」`),

  rec('chat_yue', f`幫我寫封英文 email 俾新嚟嘅倉務同事：個零件倉系統 login 係 hkg.stores，password 係 ${pip('Kaitak-747!Rw')}，第一次入完記得改咗佢。`),

  rec('chat', f`Our parts-listing FTP drop for the marketplace is still the old one, can you turn this into a Python upload script? ftp://skyvault_feed:${v('credential.url_password', 'Hangar9-Rotable!')}@feeds.partsmarket.example.net/incoming/skyvault/`),

  rec('code_ts', f`Stripe webhooks for term fees keep failing signature verification:

${code(f`import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_KEY!);
const endpointSecret = '${v('credential.stripe_webhook_secret', WH_SECRET)}';

export async function POST(req: Request) {
  const sig = req.headers.get('stripe-signature') ?? '';
  const body = await req.text();
  const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  if (event.type === 'invoice.paid') await markTermPaid(event.data.object);
  return new Response('ok');
}`)}`),

  rec('env_file', f`${cfg(f`# outreach-dispatch/.env.prod
DATABASE_URL=postgres://dispatch_app:${v('credential.database_url_password', 'Bridge&Blanket-2025')}@pg-outreach.city.internal:5432/dispatch
VAULT_ADDR=https://vault.city.internal:8200
VAULT_TOKEN=${v('credential.vault_token', VAULT)}
BED_BOARD_URL=https://beds.city.internal/api`)}

The bed-availability sync keeps reconnecting every few seconds — is it the pool size?`),

  rec('chat', f`IT gave me the login for the shelter intake kiosk, can you write it on a sticky-note style card for the night staff? user/pass: intake-kiosk / ${v('credential.user_password_pair', 'NightShift#2207')}`),

  rec('chat_is_en', f`Cloudflare cache purge from our deploy script for jokulspor.is fails with 10000 Authentication error. curl -X POST ... -H "Authorization: Bearer ${v('credential.cloudflare_api_token', CF_TOKEN)}" — the token has Zone.Cache Purge, right zone?`),

  rec('ci_yaml', f`${cfg(f`name: nightly-backup
on:
  schedule: [{ cron: "15 2 * * *" }]
jobs:
  backup:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          repository: allegretto-music/lesson-planner
          token: ${v('credential.github_pat', GHP)}
      - run: ./scripts/dump.sh
      - run: curl -H "Content-Type: application/json" -d '{"content":"backup ok"}' ${v('credential.discord_webhook_url', DISCORD_HOOK)}`)}

Is there a nicer way to notify Discord than curl?`),

  rec('chat', f`The bed-board alert posts to Slack via ${v('credential.slack_webhook_url', SLACK_HOOK)} but the message formatting is lost (shows raw markdown). Which block kit field do I need?`),

  rec('chat_ka_en', f`Jira automation for our Tbilisi school is failing: user ${v('pii.email', 'n.beridze@allegretto-music.ge')}, API token ${v('credential.atlassian_api_token', ATLASSIAN)}. ის ამბობს 401-ს, რა ვქნა?`),

  rec('chat_es_ar', f`Che, ¿me ayudás con esto? La tienda online de repuestos usa Shopify y el token de la app privada es ${v('credential.shopify_access_token', SHOPIFY)}. Quiero sincronizar el stock desde nuestro ERP cada hora, ¿cómo lo armo en Python?`),

  rec('notebook', f`${code(f`from databricks import sql
conn = sql.connect(
    server_hostname="adb-4829173650281947.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/8f3a2c71b9e04d65",
    access_token="${v('credential.databricks_token', DB_TOKEN)}",
)
cur = conn.cursor()
cur.execute("SELECT count(*) FROM linkage.matched_pairs WHERE match_weight > 12.5")
print(cur.fetchone())`)}

Counts differ from what the Fellegi–Sunter job logged, why?`),

  rec('chat_nl_be', f`Kan je helpen met de REDCap API? Ik wil de opvolgingsformulieren exporteren voor de koppelingsstudie. Ik stuur token=${v('credential.generic_secret_assignment', REDCAP_TOKEN)}&content=record&format=json in de POST. Het geeft "You do not have permissions to use the API".`),

  rec('chat_sr', f`Преведи на енглески, молим те: "Токен за DigitalOcean налог музичке школе је ${v('credential.digitalocean_token', DO_TOKEN)}. Сервер за онлајн часове се поново покреће сваке ноћи у 3 часа." (age pubkey for the backups: age1${AGE_PUB_NOTE})`),

  rec('chat', f`fine-grained token for the payroll tax-table repo only lists 'Contents: read', but Actions can't trigger workflow_dispatch: ${v('credential.github_fine_grained_pat', GH_FINE)}. Which permission is missing?`),
];
