/**
 * Held-out batch 162: credentials pasted by a helicopter tour operator's booking and safety office, a
 * prison's visitor booking team, a seaweed farm's export and lab office, a bug-bounty triage desk, a
 * private school's admissions and bursary office and a gas distributor's meter-reading contractors.
 * Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const AKIA = tok('AKIA', fill('b162-akia', B32, 16));
const AKIA_SECRET = fill('b162-akias', B64, 40);
const GHP = gh('ghp', fill('b162-ghp', B62, 30));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b162-slt', UPPER + DIGITS, 9), '/B0', fill('b162-slb', UPPER + DIGITS, 9), '/', fill('b162-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b162-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b162-rk', B62, 97));
const SENDGRID = tok('SG.', fill('b162-sg1', B64URL, 22), '.', fill('b162-sg2', B64URL, 43));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b162-aiza', B64URL, 33));
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '48213', role: 'admin', tenant: 'kelpwave', iat: 1735812000, exp: 1767348000 }, 'b162-jwt1');
const GCP_PEM = pem('PRIVATE KEY', 'b162-gcp', 1190).replace(/\n/g, '\\n');
const OPENAI = tok('sk-', 'proj-', fill('b162-oa1', B64URL, 74), 'T3BlbkFJ', fill('b162-oa2', B64URL, 74));
const TW_SID = tok('AC', fill('b162-twsid', HEX, 32));
const TW_AUTH = fill('b162-twauth', HEX, 32);
const AZ_STORAGE = `${fill('b162-azst', B64, 86)}==`;
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b162-ant', B64URL, 93), 'AA');
const MAILGUN = tok('key-', fill('b162-mg', HEX, 32));
const DD_API = fill('b162-ddapi', HEX, 32);
const DD_APP = fill('b162-ddapp', HEX, 40);
const NPM = gh('npm', fill('b162-npm', B62, 30));
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b162-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
const TELEGRAM = tok('7419283561', ':AA', fill('b162-tg', B64URL, 33));
const HF = tok('hf_', fill('b162-hf', LOWER + UPPER, 34));
const BOOKING_SECRET = fill('b162-booksec', B62, 40);
const WEATHER_KEY = fill('b162-wx', HEX, 32);
const SENTRY_DSN_KEY = fill('b162-sentry', HEX, 32);
const SQUARE = tok('EAAA', 'l', fill('b162-square', B64URL, 59));
const TEAMS = tok('https://hmpvisits.webhook.office.com/webhookb2/', '7d2e9c41-3a58-4b0f-9e61-c83a2f4d7b15@4c8e1a37-92d6-4f0b-a5e3-1b7d9c2e6f48/IncomingWebhook/', fill('b162-teams1', HEX, 32), '/', 'a3f81c29-6d47-4e5b-8c02-7e19d4b6a3f5/', 'V2', fill('b162-teams2', B64URL, 43));
const AZ_CLIENT = tok(fill('b162-azc1', B62, 3), '8Q~', fill('b162-azc2', B62 + '_-.~', 34));
const BEARER = fill('b162-bearer', B62 + '-._', 72);
const SHOPIFY = tok('shpat_', fill('b162-shpat', HEX, 32));
const BREVO = tok('xkeysib-', fill('b162-brevo1', HEX, 64), '-', fill('b162-brevo2', B62, 16));
const AIRTABLE = tok('pat', fill('b162-at1', B62, 14), '.', fill('b162-at2', HEX, 64));
const MAILCHIMP = tok(fill('b162-mc', HEX, 32), '-us14');
const DROPBOX = tok('sl.', 'B', fill('b162-dbx', B64URL, 138));
const GOCSPX = tok('GOCSPX-', fill('b162-gocspx', B64URL, 28));
const NOTION = tok('ntn_', fill('b162-ntn1', DIGITS, 11), fill('b162-ntn2', B62, 35));
const GLPAT = tok('glpat-', fill('b162-glpat', B62 + '-_', 20));
const VAULT = tok('hvs.', 'CAESI', fill('b162-vault', B64URL, 86));
const CF_TOKEN = fill('b162-cftok', B62 + '-_', 40);
const FCM = tok('AAAA', fill('b162-fcm1', B64URL, 7), ':APA91b', fill('b162-fcm2', B64URL, 134));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b162-age', BECH32, 58));
const LINEAR = tok('lin_api_', fill('b162-linear', B62, 40));
const DO_TOKEN = tok('dop_v1_', fill('b162-dop', HEX, 64));
const GH_FINE = tok('github_pat_', '11B', fill('b162-ghf1', UPPER + DIGITS, 19), '_', fill('b162-ghf2', B62, 59));
const SLACK_BOT = tok('xoxb-', '2847193650', '4-', '8103947265017-', fill('b162-xoxb', B62, 24));
const K8S_PW = b64('Tang-Harvest-2291!');
const NRAK = tok('NRAK-', fill('b162-nrak', UPPER + DIGITS, 27));
const DOCKER_AUTH = b64('kelpwave-ci:Fucus!Vesic-88');
const OKTA = tok('00', fill('b162-okta', B64URL, 40));

export const BATCH162_CREDENTIALS: DraftRecord[] = [
  // ---- bug-bounty triage desk ----
  rec('bounty_report', f`Report #BB-20931 — AWS credentials exposed in public JS bundle

Summary: https://static.lunaforge-security.example/app/main.8f3a1c.js contains hard-coded AWS keys used by the upload widget.

Steps to reproduce:
1. Open the bundle, search for "accessKeyId".
2. Found:
   accessKeyId: "${v('credential.aws_access_key_id', AKIA)}",
   secretAccessKey: "${v('credential.aws_secret_access_key', AKIA_SECRET)}",
   region: "eu-west-1"
3. aws sts get-caller-identity returns the account 48xx-xxxx-x931 (redacted).

Triage team: can you help me write the severity justification (CVSS 3.1) for this?`),

  rec('bounty_report_fr', f`Bonjour l'équipe triage,

En parcourant l'historique git public du dépôt "infra-scripts" de votre client, j'ai trouvé un jeton d'accès personnel GitHub toujours valide dans le commit du 3 février :

    GITHUB_TOKEN=${v('credential.github_pat', GHP)}

Il donne accès en écriture à 14 dépôts privés (vérifié avec GET /user/repos, rien modifié). Je demande une prime de sévérité haute.

Cordialement,
Théo Marchand`),

  rec('bounty_report_ru', f`Добрый день! Нашёл в декомпилированном APK (com.kelpwave.orders, версия 3.4.1) вебхук Slack, через который любой может писать в ваш канал #alerts:

strings.xml → <string name="slack_hook">${v('credential.slack_webhook_url', SLACK_HOOK)}</string>

Проверил одним тестовым сообщением «test from researcher», больше ничего не отправлял. Прошу оценить как Medium.`),

  rec('bounty_chat_hinglish', f`bhai triage ke liye summary likh do please — researcher ne Android app ke BuildConfig me live Stripe key pakdi hai:

STRIPE_KEY = "${v('credential.stripe_secret_key', STRIPE_LIVE)}"

aur ek restricted key bhi thi: ${v('credential.stripe_restricted_key', STRIPE_RK)}

customer ko kaise bataye ki rotate karna urgent hai?`),

  rec('triage_note_de', f`Triage-Notiz zu H1-77410 (SendGrid-Key im öffentlichen S3-Bucket):

Der Researcher hat die Datei config.prod.json aus dem Bucket "kw-static-assets" geladen. Darin:
  "mail": { "provider": "sendgrid", "apiKey": "${v('credential.sendgrid_api_key', SENDGRID)}" }

Bitte formuliere eine kurze Nachricht an den Kunden: Key sofort widerrufen, Bucket-Policy prüfen, Mail-Logs der letzten 30 Tage auswerten.`),

  rec('bounty_report_ja', f`【報告】Android アプリの AndroidManifest.xml に Google Maps 以外でも使える制限なしの API キーがあります。

<meta-data android:name="com.google.android.geo.API_KEY" android:value="${v('credential.google_api_key', GOOGLE_KEY)}"/>

Places API と Geocoding API が課金状態で呼び出せることを確認しました（各1回のみ）。重大度の判断をお願いします。`),

  rec('bounty_report_ko', f`안녕하세요, 트리아지 팀. 관리자 페이지의 JWT 검증이 서명을 확인하지 않습니다. 아래 토큰을 직접 만들어서 /api/admin/users 에 접근했습니다:

Authorization: Bearer ${v('credential.jwt', JWT_ADMIN)}

역할(role)을 admin으로 바꿔도 200 OK가 나옵니다. 재현 영상 첨부했습니다.`),

  rec('bounty_report_ptbr', f`Oi pessoal, achei a chave de conta de serviço do GCP commitada no repositório público "kelpwave-lab-dashboard" (arquivo deploy/sa.json). Conteúdo:

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kelpwave-lab-prod",
  "private_key_id": "${fill('b162-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'lab-exporter@kelpwave-lab-prod.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'lab-exporter%40kelpwave-lab-prod.iam.gserviceaccount.com')}"
}`))}

Dá pra listar os buckets com resultados de laboratório. Não baixei nada. Qual a severidade?`),

  rec('bounty_report_es_mx', f`Qué onda equipo, en el sitio de admisiones del colegio el front-end llama directo a la API de OpenAI con la llave expuesta en el código:

fetch("https://api.openai.com/v1/chat/completions", { headers: { Authorization: "Bearer ${v('credential.openai_api_key', OPENAI)}" } })

Cualquiera la puede copiar desde las DevTools. Les mando el PoC por el portal.`),

  rec('bounty_report_vi', f`Chào team triage, ứng dụng đặt lịch thăm phạm nhân để lộ thông tin Twilio trong file main.js:

const client = twilio("${v('credential.twilio_account_sid', TW_SID)}", "${v('credential.twilio_auth_token', TW_AUTH)}");

Với cặp này có thể gửi SMS từ số của trại giam. Mình chỉ gọi API lấy danh sách số điện thoại để xác nhận, không gửi tin nào.`),

  rec('bounty_report_pl', f`Cześć, katalog /.git/ jest publicznie dostępny na stage.meterfield.example. Z pliku .git/config i z historii udało mi się odtworzyć plik .env:

${cfg(f`APP_ENV=staging
DATABASE_URL=postgres://meter_app:${v('credential.database_url_password', 'Odczyt#Gaz2024!')}@db-stage.internal:5432/readings
REDIS_URL=redis://cache-stage.internal:6379/0`)}

Hasło działa (sprawdziłem tylko SELECT 1). Proszę o ocenę.`),

  rec('bounty_report_tr', f`Merhaba, okul başvuru portalının JavaScript dosyasında Azure Storage bağlantı dizesi açıkta:

DefaultEndpointsProtocol=https;AccountName=admissionsdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Bu anahtarla veli kimlik belgelerinin bulunduğu container listelenebiliyor. Hiçbir dosya indirmedim.`),

  rec('bounty_report_he', f`שלום צוות, מצאתי מפתח API של Anthropic בתוך קובץ ה-source map של צ'אט התמיכה:

ANTHROPIC_API_KEY: "${v('credential.anthropic_api_key', ANTHROPIC)}"

המפתח פעיל, בדקתי עם בקשה אחת ל-/v1/models בלבד. אשמח לעדכון על הסטטוס.`),

  rec('bounty_report_uk', f`Вітаю! У публічному Postman workspace вашого клієнта є колекція «Prod mail» з ключем Mailgun у змінних середовища:

api_key = ${v('credential.mailgun_api_key', MAILGUN)}

Ключ чинний — через /v3/domains повертається список доменів. Прошу розглянути як High.`),

  rec('triage_note_nl', f`Kun je dit verslag in het Engels zetten voor de klant?

"Onderzoeker vond een openbaar gedeeld Datadog-dashboard waarvan de embed-URL een API- en app-key bevat.
dd_api_key=${v('credential.datadog_api_key', DD_API)}
dd_app_key=${v('credential.datadog_app_key', DD_APP)}
Met de app-key kunnen monitors worden aangepast. Advies: beide keys intrekken en publieke dashboards uitzetten."`),

  rec('bounty_report_zh', f`你好，你们客户发布到 npm 的包 @kelpwave/lab-sdk@2.3.0 里打包了 .npmrc 文件：

${cfg(f`//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

这个 token 有发布权限，可以往他们的包里推恶意版本。我没有发布任何东西，请尽快处理。`, 'npm token as the .npmrc _authToken value: two labels on one span'),

  rec('bounty_report_cs', f`Dobrý den, v Docker image meterfield/sync:latest na Docker Hubu je ve vrstvě /root/.ssh/ soukromý klíč:

${v('credential.openssh_private_key', SSH_KEY)}

Klíč je přijat serverem sftp.meterfield.example (ověřeno jen přihlášením a odhlášením). Prosím o posouzení.`),

  rec('bounty_report_fa', f`سلام، در کد سمت کلاینت ربات رزرو پرواز هلیکوپتر، توکن ربات تلگرام به صورت مستقیم قرار داده شده:

const BOT_TOKEN = "${v('credential.telegram_bot_token', TELEGRAM)}";

با این توکن می‌توان پیام‌های کاربران (شامل شماره تلفن و نام) را خواند. لطفاً بررسی کنید.`),

  rec('bounty_report_th', f`สวัสดีครับทีม triage ผมเจอ Hugging Face token ในโน้ตบุ๊ก Jupyter ที่แชร์สาธารณะของแล็บสาหร่าย:

login(token="${v('credential.huggingface_token', HF)}")

token นี้มีสิทธิ์ write เข้า private model repo ได้ครับ ยังไม่ได้แก้ไขอะไร`),

  rec('bounty_report_bn', f`হ্যালো টিম, meter-reading অ্যাপের পাবলিক GitHub রিপোতে একটা fine-grained GitHub টোকেন পেয়েছি:

export GH_TOKEN=${v('credential.github_fine_grained_pat', GH_FINE)}

এটা দিয়ে প্রাইভেট রিপো "handheld-firmware" পড়া যাচ্ছে। কিছু পরিবর্তন করিনি। দয়া করে দেখুন।`),

  rec('bounty_report_ta', f`வணக்கம், helicopter booking தளத்தின் பொது JS கோப்பில் Slack bot token உள்ளது:

const slack = new WebClient("${v('credential.slack_bot_token', SLACK_BOT)}");

இதன் மூலம் #ops-safety சேனலின் செய்திகளைப் படிக்க முடிகிறது. தயவுசெய்து சரிபார்க்கவும்.`),

  rec('bounty_report_sr', f`Поздрав, у јавном Terraform state фајлу (s3://kw-tfstate-public/prod.tfstate) налази се Cloudflare API токен:

"cloudflare_api_token": "${v('credential.cloudflare_api_token', CF_TOKEN)}"

Токен има Zone:Edit права за kelpwave домен. Ништа нисам мењао.`),

  rec('bounty_report_ka', f`გამარჯობა, სკოლის მიღების პორტალის JS ფაილში Linear-ის API გასაღები ჩანს:

const LINEAR_KEY = "${v('credential.linear_api_key', LINEAR)}";

ამით შიდა ტიკეტებში ბავშვების სახელები და სტიპენდიის განაცხადები ჩანს. გთხოვთ, შეამოწმოთ.`),

  rec('bounty_report_hy', f`Բարև ձեզ, գազի բաշխիչի մոբայլ հավելվածում DigitalOcean-ի թոքենը կոդավորված է ուղղակիորեն՝

DO_TOKEN="${v('credential.digitalocean_token', DO_TOKEN)}"

Այս թոքենով կարելի է ջնջել droplet-ները։ Ոչինչ չեմ փոփոխել։`),

  // ---- helicopter tour operator ----
  rec('env_file', f`Hey, our booking sync to the channel manager stopped overnight. Here's the env on the ops box, can you spot anything off?

${cfg(f`# /opt/heli-sync/.env  (Queenstown base)
BOOKING_API_URL=https://api.bookingengine.example/v2
BOOKING_API_KEY_ID=qtn-ops-02
BOOKING_API_SECRET=${v('credential.generic_secret_assignment', BOOKING_SECRET)}
SYNC_INTERVAL_MIN=5
TZ=Pacific/Auckland`)}

It worked fine till yesterday 4pm NZT.`),

  rec('chat_is', f`Getur þú hjálpað mér að skrifa Python skriftu sem sækir veðurspá fyrir Reykjavíkurflugvöll á hálftíma fresti? API lykillinn okkar er ${v('credential.generic_secret_assignment', WEATHER_KEY)} og hann þarf að vera í header "X-Api-Key".`),

  rec('chat_gsw', f`Chasch mer churz es Mail für d'Piloten schriibe? Inhalt: S'Tablet im Hangar Lauterbrunnen het es nöis Passwort, es isch ${v('credential.password_in_prose', 'Eiger-Nordwand_417')}, und mer söll's nöd uf es Zetteli schriibe. Danke vielmal!`),

  rec('chat_en_us', f`can you make this a nicer sign for the pilot lounge at the Kahului heliport?

"Guest wifi: HeliTours-Guest / pw: ${v('credential.password_in_prose', 'Haleakala!Sunrise2025')}
Ops wifi is NOT for passengers. Ask the front desk if you need help."`),

  rec('curl_fr', f`Le fournisseur de carburant (Jet A-1) à Chamonix a changé son API. Cette commande renvoie 401, pourquoi ?

curl -s https://api.fuel-supplier.example/v1/orders \\
  -H "Authorization: Basic ${v('credential.basic_auth_header', b64('heli-chamonix:Aiguille-Midi-3842'))}" \\
  -d '{"litres": 1200, "tail": "F-HMBC"}'`),

  rec('code_it', f`Ciao, il nostro script per i report di sicurezza volo non manda più gli errori a Sentry. Vedi qualcosa di strano?

\`\`\`python
${code(f`import sentry_sdk

sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o4507218.ingest.de.sentry.io/4507219034112`)}",
    traces_sample_rate=0.2,
    environment="dolomiti-prod",
)

def report_incident(tail, kind, notes):
    with sentry_sdk.push_scope() as scope:
        scope.set_tag("tail", tail)
        sentry_sdk.capture_message(f"{kind}: {notes}")`)}
\`\`\``),

  rec('chat_en', f`Square POS on the check-in kiosk keeps logging out. Vendor said paste the access token into the kiosk config, this one: ${v('credential.square_access_token', SQUARE)} — is that safe to leave on an unattended iPad?`),

  rec('chat_hi2', f`कृपया इस संदेश का अंग्रेज़ी में अनुवाद कर दीजिए: "लुक्ला बेस के बुकिंग लैपटॉप का पासवर्ड ${v('credential.password_in_prose', 'Khumbu@Heli2081')} है। यह पासवर्ड किसी को भी न दें, पायलट को भी नहीं।"`),

  rec('chat_es_ar', f`Che, ¿me ayudás a configurar el correo del iPad de la base en Bariloche? Los datos que me pasó el proveedor: servidor smtp.helipatagonia.example, puerto 587, usuario ${v('pii.email', 'reservas@helipatagonia.example')} y contraseña ${v('credential.password_in_prose', 'Nahuel-Huapi_77')}.`),

  // ---- prison visitor booking ----
  rec('chat_cy', f`Wnei di gyfieithu hwn i'r Saesneg os gwelwch yn dda? "Mae'r system archebu ymweliadau yn ôl. Enw defnyddiwr y ddesg flaen yw ymweliadau.desg a'r cyfrinair dros dro yw ${v('credential.password_in_prose', 'Castell-Coch!62')}. Newidiwch e cyn diwedd y shifft."`),

  rec('chat_hu', f`Segíts megfogalmazni egy belső emailt: a látogatói regisztrációs kioszk belépési adatai megváltoztak.
felhasználó: kioszk02 / jelszó: ${v('credential.user_password_pair', 'Latogato#5521')}
A régi jelszó ma éjféltől nem működik.`),

  rec('appsettings_da', f`Besøgsbookingen kan ikke forbinde til databasen efter flytningen. Kan du se fejlen?

${cfg(f`{
  "ConnectionStrings": {
    "Visits": "Server=sql-visits-02;Database=Besoeg;User Id=visit_app;Password=${v('credential.connection_string_password', 'Faengsel!Besoeg-47')};TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}`)}`),

  rec('powershell_fi', f`Tämä skripti lähettää Teamsiin ilmoituksen kun vierailuvaraus peruutetaan, mutta viesti ei tule perille. Mikä on vialla?

${code(f`$webhook = "${v('credential.teams_webhook_url', TEAMS)}"
$booking = Get-Content .\\cancelled.json | ConvertFrom-Json
$body = @{ text = "Vierailu peruttu: $($booking.slot) – $($booking.wing)" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json; charset=utf-8'`)}`),

  rec('chat_sv', f`Jag behöver hjälp att felsöka inloggningen mot Microsoft Graph för besöksbokningen. App-registreringen har client id 6b2d8e41-93a7-4c15-b0f8-2e7d1a94c36b och klienthemligheten är ${v('credential.azure_client_secret', AZ_CLIENT)}. Felet är AADSTS7000215.`),

  rec('log_en_gb', f`Can you tell from this log why the visitor ID check service returns 500? Bit of it below:

${cfg(f`2025-02-11 09:14:02 INFO  idcheck: POST /verify visitor_ref=VR-48213
2025-02-11 09:14:02 DEBUG idcheck: upstream headers {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}", "Content-Type": "application/json"}
2025-02-11 09:14:03 ERROR idcheck: upstream 500 after 1021ms`)}`),

  // ---- seaweed farm export and lab office ----
  rec('code_ga_en', f`An féidir leat cabhrú liom? The LIMS export script fails on the new laptop:

\`\`\`python
${code(f`import requests

LIMS_URL = "https://lims.feamainne-lab.example/api"
LIMS_USER = "export.connemara"
LIMS_PASSWORD = "${v('credential.password_assignment', 'Carraigin-Moss_2025')}"

def fetch_iodine(batch_id):
    r = requests.get(f"{LIMS_URL}/results/{batch_id}", auth=(LIMS_USER, LIMS_PASSWORD), timeout=30)
    r.raise_for_status()
    return r.json()["iodine_mg_kg"]`)}
\`\`\``),

  rec('chat_ko', f`해조류 수출 선적 추적 API가 401을 돌려줘요. 헤더는 이렇게 보내고 있어요:

Authorization: Bearer ${v('credential.bearer_token', fill('b162-kobearer', B62, 48))}

토큰은 어제 포워더 포털에서 새로 받은 거예요. 뭐가 문제일까요?`),

  rec('chat_da', f`Kan du hjælpe mig med at sætte Shopify-butikken op til tørret tang? Appen vil have adgangstokenet: ${v('credential.shopify_access_token', SHOPIFY)} — hvor skal det ind under settings?`),

  rec('chat_es_cl', f`Hola, necesito migrar la lista de clientes de exportación de algas desde Mailchimp a Brevo. La key de Mailchimp es ${v('credential.mailchimp_api_key', MAILCHIMP)} y la de Brevo ${v('credential.brevo_api_key', BREVO)}. ¿Me armas un script en Python que copie los contactos con sus etiquetas (Japón, Corea, UE)?`),

  rec('chat_tl', f`Pa-help naman, yung harvest log namin sa Airtable hindi na nag-sync sa Google Sheets. Ito yung token na gamit ng script: ${v('credential.airtable_pat', AIRTABLE)}. Expired na ba siya or kulang lang sa scope?`),

  rec('chat_id', f`Tolong cek kenapa skrip unggah sertifikat analisis lab ke Dropbox gagal ya? Token yang saya pakai: ${v('credential.dropbox_access_token', DROPBOX)}. Error-nya: expired_access_token.`),

  rec('k8s_en', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: lab-db
  namespace: seaweed-lab
type: Opaque
data:
  POSTGRES_USER: bGFiX3JlYWRlcg==
  POSTGRES_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}`)}

The lab pod can't log in after I applied this. Did I encode the password wrong?`),

  rec('docker_config', f`CI can't pull our private image of the lab dashboard anymore. ~/.docker/config.json on the runner:

${cfg(f`{
  "auths": {
    "registry.kelpwave.example": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}`),

  // ---- private school admissions and bursary ----
  rec('json_config', f`Our Google sign-in for the admissions portal returns "invalid_client" since the domain move. client_secret.json:

${cfg(f`{"web":{"client_id":"583920174618-k2v8r4m1q9s7t3w6x0y5z2a8b4c1d7e3.apps.googleusercontent.com","project_id":"stmarys-admissions","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://admissions.stmarys-school.example/oauth2/callback"]}}`)}`),

  rec('chat_fr_qc', f`Salut! Peux-tu m'écrire un petit script qui copie les nouvelles demandes de bourse dans notre base Notion? Le jeton d'intégration c'est ${v('credential.notion_token', NOTION)}, pis la base s'appelle « Bourses 2025-2026 ». Merci ben gros!`),

  rec('chat_el', f`Μπορείς να μου γράψεις ένα ευγενικό email προς τους γονείς; Ο νέος κωδικός πρόσβασης για την πύλη εγγραφών είναι ${v('credential.password_in_prose', 'Ypotrofia!2025')} και πρέπει να αλλάξει στην πρώτη σύνδεση.`),

  rec('chat_ar', f`أحتاج مساعدة: تطبيق القبول في المدرسة يتصل بـ Microsoft Graph لكنه يرجع الخطأ invalid_client. هذه إعدادات التطبيق:
tenant: admissions-school.onmicrosoft.com
client_secret = ${v('credential.azure_client_secret', tok(fill('b162-azc3', B62, 3), '8Q~', fill('b162-azc4', B62 + '_-.~', 34)))}
هل انتهت صلاحية السر؟`),

  // ---- gas distributor meter-reading contractors ----
  rec('router_sk', f`Prosím, skontroluj konfiguráciu smerovača vo vozidle odpočtárov, LTE nejde:

${cfg(f`hostname VAN-MR-17
username servis privilege 15 password 0 ${v('credential.network_device_secret', 'Odpocet!Plyn-2025')}
interface Cellular0/1/0
 ip address negotiated
 dialer in-band
!
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} Cellular0/1/0`)}`),

  rec('ci_lt', f`GitLab CI nepavyksta nuskaityti privataus skaitiklių programėlės paketo. .gitlab-ci.yml ištrauka:

${cfg(f`build:
  image: node:20
  script:
    - echo "//gitlab.meterfield.example/api/v4/packages/npm/:_authToken=${v('credential.gitlab_pat', GLPAT)}" > .npmrc
    - npm ci
    - npm run build`)}

Kur klaida?`),

  rec('config_lv', f`Skaitītāju nolasīšanas planšetes nesūta datus uz MQTT brokeri. Konfigurācija:

${cfg(f`[mqtt]
broker = mqtts://reader-fleet:${v('credential.url_password', 'Gazes-Skaititajs_19')}@mqtt.meterfield.example:8883
topic = readings/riga/+
qos = 1`)}

Vai parole ar "_" var būt problēma?`),

  rec('shell_bg', f`Защо vault ми връща "permission denied" когато чета тайните за мобилното приложение на отчетниците?

$ export VAULT_ADDR=https://vault.meterfield.example:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/meter-app/prod
Error reading secret/meter-app/prod: Code: 403`),

  rec('code_hr', f`Push obavijesti očitačima plina više ne stižu. Kod u našem backendu:

\`\`\`php
${code(f`<?php
$serverKey = '${v('credential.firebase_fcm_server_key', FCM)}';
$msg = ['to' => $reader->fcm_token, 'notification' => ['title' => 'Nova ruta', 'body' => "Ruta {$route->code}: {$route->count} brojila"]];
$ch = curl_init('https://fcm.googleapis.com/fcm/send');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($msg));
curl_exec($ch);`)}
\`\`\``),

  rec('chat_hr2', f`sops ne može dešifrirati secrets.yaml za aplikaciju očitača na novom laptopu. Kopirao sam ključ:

# created: 2025-01-08T07:12:44+01:00
# public key: age1v7k3m9q2x8d5f0r4n6p1s3w7z9c2h5j8l0t4y6u1e3a5g7b9qe4xz
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE pokazuje na njega. Što nedostaje?`),

  rec('chat_ca', f`Em pots ajudar a redactar un avís per als lectors de comptadors? El nou accés a l'app de rutes és: usuari lector.girona i contrasenya ${v('credential.password_in_prose', 'Comptador-Gas_58')}. Cal canviar-la el primer dia.`),

  rec('code_pt', f`Olá, este script de exportação das leituras para o SAP falha com "invalid_grant". Consegues ver o problema?

\`\`\`js
${code(f`const okta = require('@okta/okta-sdk-nodejs');
const client = new okta.Client({
  orgUrl: 'https://gasnorte.okta.example/',
  token: '${v('credential.okta_api_token', OKTA)}',
});

async function contractorsActive() {
  const users = await client.userApi.listUsers({ search: 'profile.department eq "Leituras"' });
  return users.filter((u) => u.status === 'ACTIVE').length;
}`)}
\`\`\``),

  rec('ini_es', f`Hola, esta es la configuración del servicio de lecturas de contadores y a New Relic no llega nada:

${cfg(f`[newrelic]
app_name = lecturas-contadores
license_key = ${v('credential.newrelic_key', NRAK)}
log_level = info`)}

¿Qué está mal?`),

];
