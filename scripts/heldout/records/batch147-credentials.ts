/**
 * Held-out batch 147: credentials pasted by staff of a mountain-hut and trekking-permit agency, a
 * hospital sterile-supply (CSSD) team, a fashion-resale authentication and payouts desk, a port's
 * pilotage and tug dispatch, a children's tutoring app's parent support and a regional blood bank's
 * donor-call centre, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b147-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b147-rklive', B62, 97));
const STRIPE_WH = tok('whsec_', fill('b147-whsec', B62, 32));
const SENDGRID = tok('SG.', fill('b147-sg1', B64URL, 22), '.', fill('b147-sg2', B64URL, 43));
const SENDGRID_2 = tok('SG.', fill('b147-sg3', B64URL, 22), '.', fill('b147-sg4', B64URL, 43));
const OPENAI = tok('sk-proj-', fill('b147-oa1', B64URL, 74), 'T3BlbkFJ', fill('b147-oa2', B64URL, 74));
const GHP = gh('ghp', fill('b147-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b147-ghf1', UPPER + DIGITS, 19), '_', fill('b147-ghf2', B62, 59));
const GLPAT = tok('glpat-', fill('b147-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4820193746', '-', '7391028465123', '-', fill('b147-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b147-slt', UPPER + DIGITS, 8), '/', 'B07', fill('b147-slb', UPPER + DIGITS, 8), '/', fill('b147-slh', B62, 24));
const TELEGRAM = tok('7', fill('b147-tgid', DIGITS, 9), ':AA', fill('b147-tg', B64URL, 33));
const TWILIO_SID = tok('AC', fill('b147-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b147-twtok', HEX, 32);
const MAILGUN = tok('key-', fill('b147-mg', HEX, 32));
const AWS_ID = tok('AKIA', fill('b147-akia', B32.replace(/[0189]/g, ''), 16));
const AWS_SECRET = fill('b147-awssec', B64, 40);
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b147-aiza', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b147-gocspx', B64URL, 28));
const HF = tok('hf_', fill('b147-hf', B62, 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b147-ant', B64URL, 93), 'AA');
const AZ_STORAGE = `${fill('b147-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b147-azc1', B62, 3), '8Q~', fill('b147-azc2', B62 + '_-.', 34));
const DD_API = fill('b147-ddapi', HEX, 32);
const SENTRY_DSN = tok('https://', fill('b147-sentry', HEX, 32), '@o4507', fill('b147-sorg', DIGITS, 10), '.ingest.de.sentry.io/4507', fill('b147-sproj', DIGITS, 12));
const VAULT = tok('hvs.', 'CAESI', fill('b147-vault', B64URL, 86));
const NPM = gh('npm', fill('b147-npm', B62, 30));
const FCM = tok('AAAA', fill('b147-fcm1', B64URL, 7), ':APA91b', fill('b147-fcm2', B64URL, 134));
const SHOPIFY = tok('shpat_', fill('b147-shpat', HEX, 32));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '12873', fill('b147-dwid', DIGITS, 14), '/', fill('b147-dwh', B64URL, 68));
const TENCENT_ID = tok('AKID', fill('b147-akid', B62, 32));
const TENCENT_KEY = fill('b147-tckey', B62, 32);
const ALIBABA_ID = tok('LTAI', '5t', fill('b147-ltai', B62, 18));
const ALIBABA_SECRET = fill('b147-alisec', B62, 30);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b147-atl', B64URL, 171), '=', fill('b147-atl2', HEX.toUpperCase(), 8));
const NOTION = tok('ntn_', fill('b147-ntn1', DIGITS, 11), fill('b147-ntn2', B62, 35));
const AIRTABLE = tok('pat', fill('b147-at1', B62, 14), '.', fill('b147-at2', HEX, 64));
const PULUMI = tok('pul-', fill('b147-pulumi', HEX, 40));
const CF_TOKEN = fill('b147-cftok', B64URL, 40);
const DOCKER_AUTH = b64('cssd-ci:Zr8!mTq4vLw2xNp');
const JWT_TUTOR = jwt({ alg: 'RS256', typ: 'JWT', kid: 'owl-2025-02' }, { sub: 'parent_88213', role: 'support_agent', iss: 'https://auth.owlettutor.app', iat: 1739871204, exp: 1739957604 }, 'b147-jwt1');
const JWT_PORT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'dispatch-console', scope: 'tugs:write pilots:read', iat: 1741002211 }, 'b147-jwt2');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b147-rsa', 1190);
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b147-ssh', 380, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const GCP_PEM = pem('PRIVATE KEY', 'b147-gcppem', 1216);
const GCP_PEM_JSON = `${GCP_PEM.replace(/\n/g, '\\n')}\\n`;
const GCP_KEY_ID = fill('b147-gcpkid', HEX, 40);
const BREVO = tok('xkeysib-', fill('b147-brevo1', HEX, 64), '-', fill('b147-brevo2', B62, 16));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b147-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const RAZORPAY_SECRET = fill('b147-rzp', B62, 24);

export const BATCH147_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Our parent-support inbox stopped sending receipts after the deploy. Which of these is wrong?

${cfg(f`# owlet-support/.env.production
NODE_ENV=production
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', STRIPE_WH)}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
RECEIPT_FROM=${v('pii.email', 'receipts@owlettutor.app')}
SUPPORT_LOCALE_DEFAULT=en-GB`)}`),

  rec('chat_de', f`Kannst du mir kurz helfen, eine Anleitung für die neuen Kolleginnen im Spenderservice zu schreiben? Login fürs Spender-CRM ist weiterhin der Sammelaccount "callcenter-nord", das Passwort lautet ${v('credential.password_in_prose', 'Bluttropfen#2025!')} – bitte NICHT aufschreiben, nur mündlich weitergeben. Die Anleitung soll erklären, wie man einen Termin verschiebt.`),

  rec('chat_nb', f`Hei! Skipperen på slepebåten «Kari» får ikke SMS fra losbestillingen lenger. Vi bruker Twilio, her er det som står i konfigfila:
${cfg(f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
TWILIO_FROM=${phone('+4741258093')}`)}
Kan feilen ligge i avsendernummeret?`),

  rec('chat_fr', f`Salut, le canal #authentification ne reçoit plus les alertes quand un sac Hermès est refusé. J'ai recopié le webhook depuis l'ancienne config : ${v('credential.slack_webhook_url', SLACK_HOOK)} — est-ce qu'il faut en régénérer un après la migration vers le nouveau workspace ?`),

  rec('chat_ne', f`नमस्ते, हाम्रो लज बुकिङ पोर्टल (Annapurna circuit को Manang hut) मा लगइन गर्न मिलेन। युजरनेम manang-hut-02, पासवर्ड ${v('credential.password_in_prose', 'Thorong@La5416')} हालें तर "account locked" आयो। अंग्रेजीमा सपोर्टलाई इमेल लेखिदिनुहोस् न।`),

  rec('chat_nl', f`Waarom krijg ik "password authentication failed" bij de instrumententracking-database? Dit staat in onze appsettings:

${cfg(f`"ConnectionStrings": {
  "Tracking": "postgresql://cssd_app:${v('credential.database_url_password', 'Autoclaaf-134C!')}@db-cssd.intern.staldric.nl:5432/instrumenttracking?sslmode=require"
}`)}

De DBA zegt dat het wachtwoord niet veranderd is.`),

  rec('chat_ja', f`鑑定チームの社内ツールのリポジトリをcloneしようとすると403になります。使っているトークンはこれです：${v('credential.github_pat', GHP)}
権限はrepoにチェック入れてあります。何が足りないでしょうか？`),

  rec('aws_credentials', f`파일럿 배차 시스템 백업이 S3에 안 올라가요. 서버의 ~/.aws/credentials 내용입니다:

${cfg(f`[default]
region = ap-northeast-2
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

"SignatureDoesNotMatch" 에러가 나는데 시간 동기화 문제일까요?`),

  rec('chat_zh', f`我们二手奢侈品鉴定图片存在阿里云OSS上，程序突然报 InvalidAccessKeyId。配置如下：
${cfg(f`oss:
  endpoint: oss-cn-shanghai.aliyuncs.com
  bucket: relooq-authentication-photos
  access-key-id: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}
  access-key-secret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}`)}
是不是RAM用户被禁用了？帮我写一个排查步骤。`),

  rec('chat_ru', f`Привет! Бот для напоминаний донорам в Telegram перестал отвечать. Токен от BotFather: ${v('credential.telegram_bot_token', TELEGRAM)}. Вебхук стоит на https://donor-bot.krovcentr.ru/tg. Как проверить через getWebhookInfo, что не так?`),

  rec('docker_config', f`CI can't pull the sterilisation-cycle parser image from our registry. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "registry.staldric-hospital.org": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Is the auth field supposed to be base64 of user:password?`),

  rec('git_remote', f`Cześć, przy pushu do repo z modułem wypłat dla sprzedawców wyskakuje "HTTP Basic: Access denied". Remote wygląda tak:
${amb('source_code.snippet', f`origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.relooq.com/payouts/seller-payouts.git (push)`)}
Token był generowany w zeszłym miesiącu, ważny 90 dni.`),

  rec('code_python', f`Oye, ¿me ayudas a que este script resuma las quejas de los papás en español neutro? Lo corro en mi compu y funciona, pero tarda mucho.

\`\`\`python
${code(f`from openai import OpenAI
import csv

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

with open("quejas_marzo.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Resume en una línea: {row['mensaje']}"}],
        )
        print(row["ticket"], r.choices[0].message.content)`)}
\`\`\``),

  rec('chat_pt_br', f`Gente, o e-mail de confirmação de doação não tá chegando pros doadores do hemocentro. A chave do Mailgun que tá no painel é ${v('credential.mailgun_api_key', MAILGUN)}, domínio mg.hemorede.org.br. Pode me ajudar a testar com curl?`),

  rec('curl', f`Questa chiamata all'API delle lezioni restituisce 403 solo per alcuni genitori, perché?

${amb('source_code.snippet', f`curl -s https://api.owlettutor.app/v2/parents/88213/sessions \\
  -H "Authorization: Bearer ${v('credential.jwt', JWT_TUTOR)}" \\
  -H "Accept-Language: it-IT"`)}`),

  rec('chat_tr', f`Merhaba, liman kılavuzluk sistemi veritabanına bağlanamıyoruz. Bağlantı: ${amb('source_code.snippet', f`DATABASE_URL=postgres://pilotaj:${v('credential.database_url_password', 'Kilavuz_2024*Mersin')}@${amb('pii.ip_address', '10.40.2.17')}:5432/pilotage`)} Hata: "too many connections". max_connections nasıl artırılır?`),

  rec('http_request', f`هل يمكنك شرح سبب رفض هذا الطلب؟ نحاول جلب قائمة البائعين المعلّقة دفعاتهم:

${amb('source_code.snippet', f`GET /api/payouts/pending?country=AE HTTP/1.1
Host: partners.relooq.com
Authorization: Basic ${v('credential.basic_auth_header', b64('payouts-gulf:Dh4b!2025pay'))}
Accept: application/json`)}

الرد: 401 Unauthorized`),

  rec('pem', f`אני צריך להמיר את המפתח הזה לפורמט PKCS#8 בשביל השרת של מערכת השיבוץ של הגוררות. הנה הקובץ:

${v('credential.private_key', RSA_KEY)}

איזו פקודת openssl?`),

  rec('chat_hi', f`भाई, ट्यूशन ऐप में पैरेंट्स को पुश नोटिफिकेशन नहीं जा रहे। पुराना FCM server key यूज़ कर रहे हैं: ${v('credential.firebase_fcm_server_key', FCM)}
क्या legacy API बंद हो गई है? HTTP v1 पे migrate करने के steps बताओ।`),

  rec('code_js', f`ช่วยดูหน่อยค่ะ แผนที่เส้นทางเดินเขาในหน้าจองที่พักไม่ขึ้น console บอก "API key not valid"

${code(f`<script>
  const MAPS_KEY = "${v('credential.google_api_key', GOOGLE_KEY)}";
  const s = document.createElement("script");
  s.src = \`https://maps.googleapis.com/maps/api/js?key=\${MAPS_KEY}&callback=initTrailMap\`;
  document.head.appendChild(s);
</script>`)}`),

  rec('chat_vi', f`Mình đang thử model phân loại ảnh túi xách giả/thật trên Hugging Face nhưng repo là private. Token của mình: ${v('credential.huggingface_token', HF)} — dùng huggingface-cli login xong vẫn báo 401, sao vậy?`),

  rec('chat_id', f`Tolong bantu bikin prompt buat merangkum catatan telepon donor darah. Aku pakai Claude lewat API, key-nya ${v('credential.anthropic_api_key', ANTHROPIC)}. Outputnya harus bahasa Indonesia dan maksimal 3 kalimat.`),

  rec('appsettings', f`Hej, vi får "Server failed to authenticate the request" när vi laddar upp steriliseringsprotokoll till Azure. appsettings.json:

${cfg(f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=cssdprotokoll;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "autoklav-loggar"
  }
}`)}

Kan det vara klockan på servern?`),

  rec('chat_fi', f`Moi, Datadog-agentti luotsien AIS-palvelimella ei lähetä metriikoita. datadog.yaml:ssa on api_key: ${v('credential.datadog_api_key', DD_API)} ja site: datadoghq.eu. Agentin status sanoo "API Key invalid". Onko site väärin?`),

  rec('chat_da', f`Vi har sat Sentry op i forældre-appen, men fejl fra iOS kommer ikke igennem. DSN: ${v('credential.sentry_dsn', SENTRY_DSN)} — skal den ligge i Info.plist eller i koden?`),

  rec('shell', f`Jak spustím tenhle export zápisů o dárcích bez toho, aby heslo zůstalo v historii?

${amb('source_code.snippet', f`mysql -h db-darci.krevni-banka.local -u export_ro -p'${v('credential.mysql_cli_password', 'Darce_Plazma77')}' darci -e "SELECT id, termin FROM odbery WHERE termin > NOW()" > odbery.tsv`)}`),

  rec('router_config', f`A kikötői VHF-átjáró routerén ez van, jó így a jelszó? Auditra kell.

${amb('source_code.snippet', f`hostname vhf-gw-02
!
enable password ${v('credential.network_device_secret', 'Revkomarom2024')}
username tugops privilege 15 password 0 ${v('credential.network_device_secret', 'Vontato!Hajo9')}
!
interface GigabitEthernet0/1
 ip address ${amb('pii.ip_address', '10.12.8.1')} ${amb('pii.ip_address', '255.255.255.0')}`)}`),

  rec('ssh_key', f`Colegul a lăsat cheia asta pe un stick USB în camera de sterilizare. E cheia pentru serverul de trasabilitate. Ce trebuie să facem?

${v('credential.openssh_private_key', SSH_KEY)}`),

  rec('chat_uk', f`Привіт! Після оновлення Vault сервіс виплат продавцям не бачить секрети. Я виконав vault login з токеном ${v('credential.vault_token', VAULT)} і отримав "permission denied" на secret/payouts. Яку policy треба додати?`),

  rec('npmrc', f`Моля, помогни – npm install в проекта на приложението за уроци дава E401.

${cfg(f`@owlet:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}`),

  rec('code_python', f`Γεια, αυτό το script στέλνει SMS στους πλοηγούς όταν αλλάζει η ώρα επιβίβασης. Μπορείς να το κάνεις πιο καθαρό;

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TWILIO_SID)}", "${v('credential.twilio_auth_token', TWILIO_TOKEN)}")

def notify(pilot_phone: str, vessel: str, eta: str) -> None:
    client.messages.create(to=pilot_phone, from_="KESTRELPLT",
                           body=f"Pilot boarding {vessel} ETA {eta}")`)}`),

  rec('chat_ka', f`გამარჯობა, ყაზბეგის ქოხის ჯავშნების სისტემაში ვერ შევდივარ. ლოგინი: kazbegi_hut, პაროლი: ${v('credential.user_password_pair', 'Gergeti_3650m')}. დამეხმარე ინგლისურად წერილი დავწერო მხარდაჭერისთვის.`),

  rec('chat_hy', f`Բարև, արյան բանկի զանգերի կենտրոնի նոր աշխատակցի համար հրահանգ եմ գրում։ Համակարգի գաղտնաբառը ${v('credential.password_in_prose', 'Doner-Yerevan#88')} է, բայց նրան պետք է փոխել առաջին մուտքի ժամանակ։ Կարո՞ղ ես գրել կարճ ուղեցույց։`),

  rec('chat_am', f`ሰላም፣ የደም ለጋሾች የSMS ማስታወሻ ስርዓት አይሰራም። የአስተዳዳሪ መለያ: admin_bloodbank የይለፍ ቃል: ${v('credential.password_in_prose', 'Addis-Dem2017!')} ። ችግሩን በእንግሊዝኛ ለአቅራቢው እንዴት ልግለጽ?`),

  rec('env_file', f`Habari, mfumo wa malipo kwa wauzaji wa Kenya unakataa kuunganishwa. Hii ni faili yetu ya .env:

${cfg(f`MPESA_CONSUMER_KEY=relooq-ke-payouts
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', fill('b147-mpesa', B62, 32))}
MPESA_SHORTCODE=600983
MPESA_ENV=production`)}

Tafadhali nisaidie kujua kwa nini inarudisha "Invalid Credentials".`),

  rec('chat_ta', f`வணக்கம், பெற்றோருக்கு refund செய்ய ஒரு சின்ன script எழுதணும். Stripe restricted key இது: ${v('credential.stripe_restricted_key', STRIPE_RK)} — இதுக்கு refunds write permission இருக்கா எப்படி check பண்றது?`),

  rec('chat_bn', f`আমাদের রক্তদাতাদের ধন্যবাদ ইমেইল যাচ্ছে না। SendGrid এর API key: ${v('credential.sendgrid_api_key', SENDGRID_2)} — activity feed এ কিছুই দেখাচ্ছে না। কী চেক করব?`),

  rec('chat_ur', f`السلام علیکم، ہسپتال کے اسٹرلائزیشن ٹریکنگ سسٹم کا ایڈمن پاس ورڈ ${v('credential.password_in_prose', 'Steril@Lahore21')} ہے لیکن لاگ ان نہیں ہو رہا۔ سپلائر کو انگریزی میں شکایت لکھ دیں۔`),

  rec('chat_fa', f`سلام، می‌خواهم وقتی راهنمای بندر سوار کشتی می‌شود یک پیام در دیسکورد تیم بیاید. وبهوک این است: ${v('credential.discord_webhook_url', DISCORD_HOOK)} یک مثال پایتون بنویس.`),

  rec('chat_ms', f`Hai, saya nak sambungkan kedai Shopify jualan semula beg kami dengan sistem pembayaran penjual. Token admin: ${v('credential.shopify_access_token', SHOPIFY)}. Boleh tunjukkan cara tarik senarai pesanan guna GraphQL?`),

  rec('chat_tl', f`Hi po, pa-help naman gumawa ng email sa mga magulang tungkol sa bagong schedule. Btw yung login ng admin dashboard: user tutor-admin-ph / password ${v('credential.password_in_prose', 'Kalabaw_2025!')} — pa-check din kung may typo sa template.`),

  rec('chat_zh_tw', f`請幫我檢查這段設定，我們的港口引水排班系統用騰訊雲 COS 存檔：
${cfg(f`[cos]
secret_id = ${v('credential.tencent_secret_id', TENCENT_ID)}
secret_key = ${v('credential.generic_secret_assignment', TENCENT_KEY)}
region = ap-taipei`)}
為什麼一直出現 SignatureDoesNotMatch？`),

  rec('json_config', f`我哋個 tutoring app 用 Google 登入嘅家長，今日成班都登入唔到，話 invalid_client。client_secret.json 係咁：

${cfg(f`{"web":{"client_id":"602837194512-k3m8q2v7x9p4d1s6f0j5h2n8b3c7w4z1.apps.googleusercontent.com","project_id":"owlet-parents-hk","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://parents.owlettutor.app/auth/callback"]}}`)}

係咪個 secret 過咗期？`),

  rec('chat_gsw', f`Sali zäme, ich bruuche Hilf bim Hüttewart-Portal vo de Bergsteiger-Hütte. S'Passwort isch ${v('credential.password_in_prose', 'Gletscher-Blick_3140')} aber es seit immer "Zuegriff verweigert". Chasch mer es Mail a de Support schriibe, uf Hochdütsch bitte?`),

  rec('chat_fr_ca', f`Allô, notre script qui envoie les rappels de rendez-vous aux donneurs à Québec plante avec AADSTS7000215. Voici la config :
${cfg(f`AZURE_TENANT_ID=4d2f8a91-6c3e-4b7a-9e15-2a8c7f0d3b64
AZURE_CLIENT_ID=b81c5e20-7f49-4a3d-8c62-1e9f0a7b5d38
AZURE_CLIENT_SECRET=${v('credential.azure_client_secret', AZ_CLIENT)}`)}
C'tu le secret qui est expiré, d'après toi?`),

  rec('chat_pt_pt', f`Bom dia, estou a configurar a integração do Jira com a equipa de autenticação de artigos. O token que gerei é ${v('credential.atlassian_api_token', ATLASSIAN)} e o utilizador é ${v('pii.email', 'autenticacao@relooq.pt')}. Dá-me um exemplo em Python para criar um ticket?`),

  rec('chat_es_ar', f`Che, ¿me armás un script que lea la base de Notion donde anotamos las salidas de los remolcadores? La integración tiene este token: ${v('credential.notion_token', NOTION)}. Quiero exportar las filas de la semana a un CSV.`),

  rec('chat_ca', f`Hola! Tenim una base d'Airtable amb els permisos de travessa dels refugis del Pirineu. Token: ${v('credential.airtable_pat', AIRTABLE)}. Em pots fer una crida a l'API per llistar els registres d'aquest mes?`),

  rec('chat_et', f`Tere! Pulumi stack veresülekeskuse doonorite kõnekeskuse jaoks ei uuendu CI-s. PULUMI_ACCESS_TOKEN=${v('credential.pulumi_token', PULUMI)} on GitHubi secretsis. Kas see on õiges formaadis?`),

  rec('chat_lt', f`Sveiki, Cloudflare'e norime išvalyti cache tėvų portalui. Turime API token ${v('credential.cloudflare_api_token', CF_TOKEN)} su "Zone.Cache Purge" teisėmis. Kaip atrodo curl užklausa?`),

  rec('chat_en_in', f`Hi, our tutoring app's Razorpay refund webhook is failing signature verification. Key id is rzp_live_owlet01 and the key secret in the backend config is RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', RAZORPAY_SECRET)}. Can you show the HMAC check in Node?`),

  rec('chat_is', f`Hæ, getur þú hjálpað mér að skrifa leiðbeiningar fyrir skálaverði? Lykilorðið að bókunarkerfinu fyrir Landmannalaugar er ${v('credential.password_in_prose', 'Hrafntinna!1992')} en það þarf að breyta því í vor.`),

  rec('gcp_key', f`Сервисни налог за Cloud Storage где чувамо фотографије аутентификованих торби не ради – "invalid_grant". Ово је JSON:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "relooq-auth-rs",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_PEM_JSON)}",
  "client_email": "${amb('pii.email', 'photo-sync@relooq-auth-rs.iam.gserviceaccount.com')}",
  "client_id": "108274619305718264930",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'photo-sync%40relooq-auth-rs.iam.gserviceaccount.com')}"
}`)}`)}

Да ли је проблем у сату на серверу?`),

  rec('k8s_secret', f`Trebam pomoć: ovaj Secret za servis koji prati instrumente kroz sterilizaciju ne diže pod, piše "CreateContainerConfigError".

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: tracking-db
  namespace: cssd
type: Opaque
stringData:
  DB_USER: tracker
  DB_PASSWORD: ${v('credential.password_assignment', 'Instrumenti!Zagreb55')}`)}`),

  rec('ini_at', f`Servus, die Reservierungsbestätigungen der Schutzhütte gehen seit gestern nicht mehr raus. Auszug aus der mailer.ini:

${cfg(f`[smtp]
host = mail.alpenhuetten-tirol.at
port = 587
user = ${v('pii.email', 'reservierung@alpenhuetten-tirol.at')}
password = ${v('credential.password_assignment', 'Zirbenstube_2340')}
starttls = true`)}

Was könnte da falsch sein?`),

  rec('code_ts', f`この Slack ボット、滅菌済みトレーの払い出しを通知するんですが、本番で not_authed になります。

\`\`\`ts
${code(f`import { WebClient } from '@slack/web-api';

const slack = new WebClient('${v('credential.slack_bot_token', SLACK_BOT)}');

export async function notifyTrayReleased(trayId: string, theatre: string) {
  await slack.chat.postMessage({ channel: '#cssd-払い出し', text: \`トレー \${trayId} を \${theatre} に払い出しました\` });
}`)}
\`\`\``),

  rec('chat_ro', f`Salut, vreau să trimitem SMS-uri donatorilor prin Brevo. Cheia: ${v('credential.brevo_api_key', BREVO)}. Cum fac un request transactionalSMS/sms în Node?`),

  rec('chat_sv', f`Vi krypterar exportfilerna med givaruppgifter med age. Nyckeln ligger i en fil på den delade disken:
${v('credential.age_secret_key', AGE)}
Är det OK eller ska vi flytta den?`),

  rec('chat_ko', f`배차 콘솔에서 터그보트 배정 API를 호출하는데 401이 나요. 헤더는 Authorization: Bearer ${v('credential.jwt', JWT_PORT)} 이렇게 보냈어요. 토큰에 exp가 없는 게 문제일까요?`),

  rec('chat_de_ch', f`Grüezi, für den GitHub-Workflow der Hütten-Website habe ich einen Fine-grained Token erstellt: ${v('credential.github_fine_grained_pat', GH_FINE)}. Reicht "Contents: read and write" für das Deploy auf gh-pages?`),
];
