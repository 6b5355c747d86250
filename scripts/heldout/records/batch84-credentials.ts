/**
 * Held-out batch 84: credentials pasted by staff of an eye-clinic chain, a railway signalling
 * contractor, a savings-and-microfinance cooperative, a game localisation vendor, a forensic
 * accounting firm and a city zoo and aquarium — configs, shells, code, tickets and prose in many
 * languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const AZ_STORAGE = `${fill('b84-azst', B64, 86)}==`;
const GLPAT = tok('glpat-', fill('b84-glpat', B62 + '-_', 20));
const DARAJA_KEY = fill('b84-darajak', B62, 48);
const DARAJA_SECRET = fill('b84-darajas', B62, 64);
const AT_KEY = tok('atsk_', fill('b84-atsk', HEX, 64));
const OPENAI = tok('sk-', 'proj-', fill('b84-oai1', B64URL, 64), 'T3BlbkFJ', fill('b84-oai2', B64URL, 64));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b84-ant', B64URL, 93), 'AA');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b84-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b84-whsec', B62, 32));
const SLACK_BOT = tok('xoxb-', '4471928305', '6-', '7720183946512-', fill('b84-xoxb', B62, 24));
const AKIA = tok('AKIA', fill('b84-akia', B32, 16));
const AWS_SECRET = fill('b84-awssec', B64, 40);
const GH_FG = tok('github_pat_', '11B', fill('b84-ghfg1', UPPER + DIGITS, 19), '_', fill('b84-ghfg2', B62, 59));
const RSA_KEY = pem('RSA PRIVATE KEY', 'b84-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b84-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const EMR_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'oftal-emr-2024' }, { sub: 'svc-oct-bridge', iss: 'https://auth.visaoclara.com.br', aud: 'emr-api', scope: 'patients.read imaging.write', iat: 1726040112, exp: 1726043712 }, 'b84-emrjwt');
const TW_SID = tok('AC', fill('b84-twsid', HEX, 32));
const TW_TOKEN = fill('b84-twtok', HEX, 32);
const SG = tok('SG.', fill('b84-sg1', B64URL, 22), '.', fill('b84-sg2', B64URL, 43));
const TG = tok('7318204957', ':AA', fill('b84-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1284419370562281532', '/', fill('b84-dwh', B64URL, 68));
const TEAMS_HOOK = tok('https://ratavarmistus.webhook.office.com/webhookb2/', 'a4c91e27-6b3d-4f08-9d52-e17b3a8c0f64@5e2d8b91-c047-4a6e-8f13-2b9d7c4e1a58/IncomingWebhook/', fill('b84-teams1', HEX, 32), '/', 'c83f1a52-9e07-4d6b-b214-7a05e9d3c816/', 'V2', fill('b84-teams2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b84-gapi', B64URL, 33));
const SA_PEM = pem('PRIVATE KEY', 'b84-sapem', 1218);
const AZ_CLIENT = tok(fill('b84-azc1', B62, 3), '8Q~', fill('b84-azc2', B62 + '~._-', 31));
const NPM = gh('npm', 'Kv7Qz2Wm9Ls4Xd8Rt1Bn6Hy3Pj5Fc0');
const DOCKER_AUTH = b64('lokali-ci:Wq7!ferret-Tallinn-24');
const BASIC = b64('recon_api:Rīga-Mežs#882');
const VAULT = tok('hvs.', 'CAESI', fill('b84-vault', B64URL, 86));
const HF = tok('hf_', fill('b84-hf', B62, 34));
const SENTRY_KEY = fill('b84-sentry', HEX, 32);
const CF_TOKEN = fill('b84-cftok', B62 + '-_', 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b84-atl', B64URL, 171), '=', fill('b84-atl2', HEX.toUpperCase(), 8));
const OKTA = tok('00', fill('b84-okta', B64URL, 40));
const MAILGUN = tok('key-', fill('b84-mg', HEX, 32));
const SHPAT = tok('shpat_', fill('b84-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b84-square', B64URL, 60));
const TFC = tok(fill('b84-tfc1', B62, 14), '.atlasv1.', fill('b84-tfc2', B62, 67));
const DAPI = tok('dapi', fill('b84-dapi', HEX, 32));
const LINEAR = tok('lin_api_', fill('b84-linear', B62, 40));
const NOTION = tok('ntn_', fill('b84-ntn1', DIGITS, 11), fill('b84-ntn2', B62, 35));
const FIGMA = tok('figd_', fill('b84-figd', B64URL, 40));
const AIRTABLE = tok('pat', fill('b84-at1', B62, 14), '.', fill('b84-at2', HEX, 64));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b84-age', BECH32, 58));
const PPK_PRIV = b64Bytes('b84-ppk', 48);
const PPK_PUB = b64Bytes('b84-ppkpub', 51);
const GROQ = tok('gsk_', fill('b84-groq', B62, 52));
const MISTRAL = fill('b84-mistral', B62, 32);
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hzkqwmvtrplxbnyaeocd', role: 'service_role', iat: 1719312044, exp: 2034888044 }, 'b84-supa');
const SAS_SIG = `${fill('b84-sas1', B62, 16)}%2F${fill('b84-sas2', B62, 14)}%2B${fill('b84-sas3', B62, 11)}%3D`;
const BREVO = tok('xkeysib-', fill('b84-brevo1', HEX, 64), '-', fill('b84-brevo2', B62, 16));
const DROPBOX = tok('sl.', 'B', fill('b84-dbx', B64URL, 138));
const GHP = gh('ghp', 'Tq6Ne2Vb8Xm4Kd1Js7Lc3Rw9Hy5Pa0');
const GHS = gh('ghs', 'Ra4Mw8Pk2Zx6Bq0Lt5Yv9Nc3Hd7Js1');
const DO_TOKEN = tok('dop_v1_', fill('b84-do', HEX, 64));
const NETLIFY = tok('nfp_', fill('b84-nfp', B62, 36));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b84-pypi', B64URL, 150));
const DCKR = tok('dckr_', 'pat_', fill('b84-dckr', B64URL, 27));
const BCRYPT = tok('$2y$10$', fill('b84-bcrypt', B62 + './', 53));
const CISCO9 = tok('$9$', fill('b84-c9a', B62 + './', 14), '$', fill('b84-c9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH84_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`The OCT export service at the Leeds clinic stopped uploading scans to blob storage after the weekend. Here's the .env on the imaging PC, can you see anything off?

${amb('source_code.snippet', f`IMAGING_SITE=LDS-02
OCT_WATCH_DIR=D:\\Heidelberg\\Export
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=clearsightimaging;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net
AZURE_CONTAINER=oct-raw
RETRY_MAX=5`)}

Error in the log is just "403 AuthorizationFailure".`),

  rec('chat_de', f`Moin, ich bekomme beim Klonen des Stellwerksdaten-Repos immer "HTTP Basic: Access denied". So sieht mein Remote aus:

${amb('source_code.snippet', f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.signaltech-bau.de/estw/projektierung-koeln-mülheim.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.signaltech-bau.de/estw/projektierung-koeln-mülheim.git (push)`)}

Ist der Token abgelaufen oder liegt es am Umlaut im Pfad?`),

  rec('config_sw', f`Habari, nahitaji msaada. Tumehamisha huduma ya malipo ya M-Pesa kwenda seva mpya na sasa callback hazifiki. Hii ndio config yetu (settings.ini):

${amb('source_code.snippet', f`[daraja]
environment = production
shortcode = 4087312
consumer_key = ${v('credential.generic_secret_assignment', DARAJA_KEY)}
consumer_secret = ${v('credential.generic_secret_assignment', DARAJA_SECRET)}
callback_url = https://api.umojasacco.co.ke/mpesa/c2b/confirm

[sms]
provider = africastalking
username = umojasacco
api_key = ${v('credential.generic_secret_assignment', AT_KEY)}`)}

Je, tatizo ni URL ya callback au funguo?`),

  rec('code_python_ja', f`このスクリプトで、用語集に沿ってゲームのUIテキストを翻訳させたいのですが、プレースホルダー {0} が壊れてしまいます。どう直せばいいですか？

\`\`\`python
${code(f`from openai import OpenAI
import csv

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

GLOSSARY = {"Health Potion": "回復薬", "Quest Log": "クエスト記録"}

def translate(line: str) -> str:
    prompt = f"Translate to Japanese. Keep placeholders like {{0}} unchanged. Glossary: {GLOSSARY}\\n\\n{line}"
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content.strip()

with open("ui_strings_en.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        print(row["key"], translate(row["source"]))`)}
\`\`\``),

  rec('chat_nl', f`Ik heb een klein scriptje gemaakt dat grootboekmutaties classificeert voor een fraudeonderzoek. Het werkt, maar mijn collega zegt dat ik de sleutel niet zo in de notebook mag laten staan. Klopt dat? De regel is:

client = anthropic.Anthropic(api_key="${v('credential.anthropic_api_key', ANTHROPIC)}")

Hoe zet ik dit netjes in een omgevingsvariabele op Windows?`),

  rec('yaml_cs', f`Ahoj, po nasazení nové verze e-shopu se vstupenkami do zoo nám Stripe hlásí, že webhook podpis nesedí. Tady je values soubor z Helmu:

${amb('source_code.snippet', f`ticketing:
  currency: CZK
  stripe:
    secretKey: "${v('credential.stripe_secret_key', STRIPE_LIVE)}"
    webhookSecret: "${v('credential.stripe_webhook_secret', WHSEC)}"
  smtp:
    host: smtp.zoo-vltava.cz
    port: 587`)}

Může to být tím, že máme dva endpointy (starý a nový) a každý má jiný secret?`),

  rec('chat_ko', f`번역 빌드 봇이 슬랙 채널에 메시지를 못 보내요. 토큰은 ${v('credential.slack_bot_token', SLACK_BOT)} 이고, 채널 ID는 C06LOCBUILD 입니다. 에러는 "not_in_channel"이라고 나옵니다. 봇을 채널에 초대해야 하나요?`),

  rec('aws_credentials_pl', f`Cześć, skrypt do pobierania planów zamknięć torowych (possession plans) z S3 nagle zwraca "SignatureDoesNotMatch". Plik ~/.aws/credentials na laptopie:

${amb('source_code.snippet', f`[default]
region = eu-central-1

[sygnalizacja-prod]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}`)}

Uruchamiam: aws s3 sync s3://sygn-possessions/2024/ ./plany --profile sygnalizacja-prod`),

  rec('chat_hu', f`Szia! A lokalizációs repóhoz fine-grained tokent csináltam, de a CI mégis 403-at kap push-nál:

GH_TOKEN=${v('credential.github_fine_grained_pat', GH_FG)}

A jogosultságoknál a "Contents: Read-only" van beállítva. Ez lehet a gond?`),

  rec('chat_he', f`המפתח הזה משמש אותנו להתחבר ב-SFTP לחדר הנתונים של הלקוח (תיק ליטיגציה). WinSCP טוען שהפורמט לא נתמך. צריך להמיר ל-PPK?

${v('credential.private_key', RSA_KEY)}`),

  rec('chat_vi', f`Máy build bản địa hoá (loc-build-03) không kéo được submodule từ server nội bộ. Mình dán khoá deploy vào đây để bạn xem có bị lỗi định dạng không nhé, lỗi là "invalid format":

${v('credential.openssh_private_key', OSSH)}

Mình đã chmod 600 rồi.`),

  rec('curl_pt_br', f`Estou integrando o tomógrafo com o prontuário eletrônico e a chamada abaixo devolve 401 depois de uma hora. Preciso renovar o token como?

${amb('source_code.snippet', f`curl -X POST https://emr.visaoclara.com.br/api/v2/imaging/studies \\
  -H "Authorization: Bearer ${v('credential.jwt', EMR_JWT)}" \\
  -H "Content-Type: application/json" \\
  -d '{"patientId":"VC-0091842","modality":"OPT","laterality":"OD"}'`)}`),

  rec('chat_tr', f`Hayvanat bahçesinin veteriner kayıt sisteminin Django ayarlarında veritabanı bağlantısı böyle, ama "password authentication failed" hatası alıyoruz:

DATABASE_URL=postgres://vet_app:${v('credential.database_url_password', 'Flamingo!Kafes7')}@db-vet.hayvanatbahcesi.local:5432/vetkayit

Şifrede ünlem işareti var, sorun bu olabilir mi?`),

  rec('shell_sr', f`Zdravo, pokušavam da napravim dump baze za forenzičku analizu glavne knjige, ali dobijam upozorenje. Komanda:

${amb('source_code.snippet', f`mysqldump -h ${amb('pii.ip_address', '10.40.2.15')} -u revizor -p${v('credential.mysql_cli_password', 'Knjiga#2024beo')} --single-transaction glavna_knjiga > gk_2024.sql`)}

Upozorenje je "Using a password on the command line interface can be insecure". Da li je to problem?`, 'the host is an IP inside a shell command; the command is ambiguous code'),

  rec('chat_rw', f`Muraho, ndashaka kwandikira abakozi ubutumwa bubibutsa guhindura ijambobanga. Ubu ijambobanga rya portal ya reconciliation ni ${v('credential.password_in_prose', 'Kigali#Sacco2024')} kandi ryahawe abantu benshi. Nyandikira ubutumwa bugufi mu Kinyarwanda n'Icyongereza.`),

  rec('chat_tl', f`Pa-help naman, yung SMS reminder para sa mga pasyente ng eye clinic (follow-up after LASIK) hindi nagse-send. Ito yung nasa config namin:

${amb('source_code.snippet', f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_TOKEN)}
TWILIO_FROM=${phone('+639178204613')}`)}

Error 21608 daw. Ano ibig sabihin nun?`),

  rec('chat_es_co', f`Hola, necesito ayuda con la plantilla del boletín para donantes del zoológico. El correo de prueba no llega; uso SendGrid desde Node y la clave es ${v('credential.sendgrid_api_key', SG)}. ¿Tengo que verificar el dominio remitente primero?`),

  rec('chat_ru', f`Привет! Бот в Telegram для уведомлений о допуске на объект (окна на путях) перестал отвечать. Токен бота: ${v('credential.telegram_bot_token', TG)}. Вебхук стоит на https://notify.signal-montazh.ru/tg. Как проверить, что вебхук зарегистрирован?`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งเตือนเวลามีไฟล์แปลภาษาไทยอัปโหลดใหม่หน่อยค่ะ จะส่งไปที่ Discord webhook นี้: ${v('credential.discord_webhook_url', DISCORD_HOOK)} อยากให้มีชื่อไฟล์ จำนวนคำ และชื่อนักแปล`),

  rec('chat_fi', f`Hei, yritän saada Jenkinsin ilmoittamaan epäonnistuneista asetinlaitedatan validoinneista Teamsiin. Webhook-osoite on tämä:
${v('credential.teams_webhook_url', TEAMS_HOOK)}
Viesti menee perille, mutta muotoilu hajoaa. Pitäisikö käyttää Adaptive Cardia?`),

  rec('code_js_hi', f`फ़ील्ड एजेंटों के लिए हमारा ऐप सदस्यों के घर का नक्शा दिखाता है, पर मैप खाली आ रहा है। कोड यह है:

${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE)}",
  version: "weekly",
  language: "hi",
});

loader.load().then(() => {
  const map = new google.maps.Map(document.getElementById("member-map"), {
    center: { lat: 25.5941, lng: 85.1376 },
    zoom: 13,
  });
  members.forEach((m) => new google.maps.Marker({ position: m.geo, map, title: m.groupName }));
});`)}

कंसोल में "RefererNotAllowedMapError" आता है।`),

  rec('json_id', f`Halo, service account untuk ekspor data donatur kebun binatang ke BigQuery ditolak dengan "invalid_grant". Ini file kuncinya:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "kebunbinatang-donor",
  "private_key_id": "${fill('b84-sakid', HEX, 40)}",
  "private_key": "${v('credential.private_key', SA_PEM.replace(/\n/g, '\\n'))}\\n",
  "client_email": "${amb('pii.email', 'bq-export@kebunbinatang-donor.iam.gserviceaccount.com')}",
  "client_id": "104829375610283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'bq-export%40kebunbinatang-donor.iam.gserviceaccount.com')}"
}`))}

Apakah jam server yang salah bisa bikin error ini?`),

  rec('chat_no', f`Hei! App-registreringen for datarommet (Entra ID) gir "AADSTS7000215: Invalid client secret provided". Jeg kopierte verdien rett fra portalen:

client_id: 6f1d2c84-93ab-4e7c-b5d0-28e4f9a1c736
client_secret: ${v('credential.azure_client_secret', AZ_CLIENT)}
tenant: revisjon-granskning.onmicrosoft.com

Har jeg kanskje kopiert Secret ID i stedet for Value?`),

  rec('npmrc_sv', f`Hej, vår privata paketkälla för lokaliseringsverktygen funkar lokalt men inte i byggservern. .npmrc i repot:

${amb('source_code.snippet', f`@lokali:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

Borde tokenet ligga i en miljövariabel istället?`, 'the npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('docker_config_et', f`Tere! Ehitusserveris ei saa Docker enam meie privaatsest registrist pilte tõmmata ("unauthorized"). ~/.docker/config.json näeb välja nii:

${amb('source_code.snippet', f`{
  "auths": {
    "registry.lokali-games.ee": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Kas parool on vahepeal muutunud või on asi milleski muus?`),

  rec('http_lv', f`Sveiki! Mūsu mobilās naudas saskaņošanas API atgriež 401, lai gan lietotājvārds un parole ir pareizi. Pieprasījums no Postman konsoles:

${amb('source_code.snippet', f`GET /v1/reconciliation/batches?date=2024-09-14 HTTP/1.1
Host: recon.krajkase.lv
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Vai garumzīmes parolē var radīt problēmu?`),

  rec('shell_sk', f`Ahoj, keď spustím tento príkaz, Vault mi vráti "permission denied" pri čítaní hesiel k zabezpečovaciemu zariadeniu:

${amb('source_code.snippet', f`export VAULT_ADDR=https://vault.zabezpecovacia-technika.sk:8200
export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
vault kv get -mount=secret ssz/zilina/rbc-prihlasenie`)}

Potrebujem inú politiku?`),

  rec('code_python_bn', f`আমাদের সমবায়ের সদস্যদের প্রশ্নের উত্তর দিতে একটা বাংলা চ্যাটবট বানাচ্ছি। মডেল ডাউনলোড হচ্ছে না, 401 দেখাচ্ছে:

${code(f`from huggingface_hub import login
from transformers import AutoTokenizer, AutoModelForCausalLM

login(token="${v('credential.huggingface_token', HF)}")
tok = AutoTokenizer.from_pretrained("sacco-bd/savings-faq-bn")
model = AutoModelForCausalLM.from_pretrained("sacco-bd/savings-faq-bn")`)}

মডেলটা প্রাইভেট রিপোতে আছে।`),

  rec('chat_ro', f`Salut! Aplicația grădinii zoologice (hărți, program hrăniri) nu mai trimite erori în Sentry după upgrade. DSN-ul din config e:
SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506628.ingest.de.sentry.io/4506628117053440`)}
Build-ul e React Native 0.74. Ce ar trebui să verific?`),

  rec('terraform_hr', f`Pozdrav, Terraform plan za DNS zapise klinike pada s "Invalid API Token". Datoteka terraform.tfvars:

${amb('source_code.snippet', f`zone_id              = "4c9e1a7b2d8f3e6a0b5c1d9e7f2a4b68"
cloudflare_api_token = "${v('credential.cloudflare_api_token', CF_TOKEN)}"
records = ["booking", "portal", "pacs"]`)}

Token sam napravio s predloškom "Edit zone DNS".`),

  rec('chat_mk', f`Здраво, правам автоматизација што отвора Jira тикет кога ќе падне билд на преводот. Добивам 401. Корисник: ${v('pii.email', 'ilija.trajkovski@lokalizacija-studio.mk')}, API токен: ${v('credential.atlassian_api_token', ATLASSIAN)}. Дали треба да е Basic auth со е-пошта и токен?`),

  rec('chat_sq', f`Përshëndetje, po sinkronizoj përdoruesit e klinikës okulistike nga Okta në sistemin e orareve të kirurgëve. Skripti merr 403. Domeni: klinika-syri.okta.com, tokeni: SSWS ${v('credential.okta_api_token', OKTA)}. A duhet që tokeni të jetë nga një admin me të drejta "Read-only"?`),

  rec('chat_el', f`Γεια σου! Στέλνουμε τις υπενθυμίσεις ανανέωσης συνδρομής φίλων του ενυδρείου μέσω Mailgun, αλλά παίρνουμε 401 Forbidden. Το κλειδί είναι ${v('credential.mailgun_api_key', MAILGUN)} και το domain mg.enydreio-thess.gr. Μήπως έχουμε λάθος region (EU vs US);`),

  rec('chat_cy', f`Helo, mae siop roddion y sw yn defnyddio Shopify. Rydw i eisiau sgript sy'n tynnu archebion ddoe i'r daenlen gyfrifon. Y tocyn mynediad yw ${v('credential.shopify_access_token', SHPAT)} a'r siop yw sw-caerdydd.myshopify.com. Allwch chi ysgrifennu'r sgript yn Python?`),

  rec('chat_eu', f`Kaixo, akuarioko kafetegiko TPVak Square erabiltzen du eta egunean behin salmentak esportatu nahi ditugu. Sarbide-tokena hau da: ${v('credential.square_access_token', SQUARE)}. Lagundu al didazu script bat idazten, location_id-ka taldekatuta?`),

  rec('cisco_it', f`Ciao, questa è la configurazione dello switch di campo nel locale tecnico dell'apparato centrale. Dopo il riavvio non riesco più ad accedere via SSH. Vedi errori?

${amb('source_code.snippet', f`hostname SW-ACC-BOLOGNA-03
!
enable secret 9 ${ambCat('credential', CISCO9)}
username manutenzione privilege 15 password 0 ${v('credential.network_device_secret', 'Binario7!Scambio')}
!
snmp-server community ${v('credential.network_device_secret', 'segnali_RW_2024')} RW
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh`)}`, 'the type-9 enable secret is a hash (ambiguous); the plain-text user password and the SNMP community are labelled'),

  rec('chat_uk', f`Привіт! Потрібно написати інструкцію для нових монтажників, як зайти на портал допуску на колію. Доступ поки що спільний:
логін: dopusk_kyiv
пароль: ${v('credential.user_password_pair', 'Koliya-2024!Dopusk')}
Напиши, будь ласка, коротку інструкцію українською, але без пароля в тексті.`),

  rec('shell_kk', f`Сәлем! Бекап скриптінде мына жол бар, серверге кілтсіз кіру керек еді:

${amb('source_code.snippet', f`sshpass -p '${v('credential.cli_password', 'Almaty_Ret#2024')}' rsync -avz /srv/recon/export/ backup@bkp01:/data/recon/`)}

Мұны SSH кілтімен қалай ауыстыруға болады?`),

  rec('config_ar_eg', f`السلام عليكم، عايز أربط تقرير Power BI بقاعدة بيانات القيود اليومية بتاعة العميل، والـ connection string اللي عندي كده:

${amb('source_code.snippet', f`Server=tcp:forensic-sql01.database.windows.net,1433;Initial Catalog=Ledger_Client_4471;User ID=fa_reader;Password=${v('credential.connection_string_password', 'Hesabat@Cairo2024')};Encrypt=True;TrustServerCertificate=False;`)}

بيطلع "Login failed for user". هل المشكلة في الـ firewall؟`),

  rec('chat_uz', f`Salom! Xodimlar uchun ko'rsatma yozishim kerak: hayvonot bog'i veterinariya bo'limi rentgen tasvirlarini FTP orqali yuklaydi. Manzil: ftp://vetxray:${v('credential.url_password', 'Zebra_Toshkent88')}@files.zoo-tashkent.uz/xray/ — parolni ko'rsatmada yashirib, qisqa qilib yozib bering.`),

  rec('terraformrc_mn', f`Сайн байна уу! Terraform Cloud руу нэвтрэх үед "unauthorized" гэж гарч байна. ~/.terraformrc файл:

${amb('source_code.snippet', f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

Байгууллагын токен ашиглах ёстой юу?`),

  rec('chat_fa', f`سلام، برای تحلیل تراکنش‌های مشکوک یک نوت‌بوک در Databricks داریم. می‌خواهم از بیرون با Python به آن وصل شوم. هاست: adb-4827193650281734.12.azuredatabricks.net و توکن: ${v('credential.databricks_token', DAPI)}. لطفاً یک نمونه کد با databricks-sql-connector بنویس.`),

  rec('chat_ka', f`გამარჯობა! თარგმანის ამოცანების სინქრონიზაციას ვაკეთებ Linear-თან. API გასაღები: ${v('credential.linear_api_key', LINEAR)}. GraphQL მოთხოვნა მჭირდება, რომელიც ყველა ღია ამოცანას ამოიღებს ლეიბლით "ka-GE".`),

  rec('chat_hy', f`Բարև, կենդանաբանական այգու կամավորների գրաֆիկը Notion-ում է: Ուզում եմ ամեն առավոտ ավտոմատ ուղարկել այդ օրվա հերթապահների ցուցակը: Notion token-ը՝ ${v('credential.notion_token', NOTION)}, database id՝ 8c1f7e2a94b34d6fa1b0c9d8e7f6a5b4: Կօգնե՞ս Node.js-ով:`),

  rec('chat_zh_tw', f`我們在做遊戲 UI 的在地化，想把 Figma 裡所有文字圖層匯出成 CSV 給譯者。個人存取權杖是 ${v('credential.figma_token', FIGMA)}，檔案 key 是 kQ3vT8nWxR2pLm6Y。可以幫我寫一個 Python 腳本嗎？`),

  rec('chat_zh_cn', f`动物园志愿者排班表放在 Airtable 里，我想每周一自动生成本周排班的邮件。个人访问令牌：${v('credential.airtable_pat', AIRTABLE)}，base ID 是 appZ7kQ2mV9xT4bLw。请用 Python 写一个脚本。`),

  rec('chat_az', f`Salam! Məhkəmə işi üçün məlumat otağına yüklədiyimiz faylları age ilə şifrələyirik. Açar faylında bu sətir var:

${v('credential.age_secret_key', AGE)}

Bu açarı komanda yoldaşıma necə təhlükəsiz ötürə bilərəm? E-poçtla göndərmək olar?`),

  rec('ppk_ur', f`السلام علیکم، سگنلنگ سائٹ کے انٹرلاکنگ سرور پر PuTTY سے لاگ اِن نہیں ہو رہا۔ یہ میری کلید کی فائل ہے، کیا اس میں کوئی خرابی ہے؟

PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: rsa-key-signal-ops-2024
Public-Lines: 2
${PPK_PUB.slice(0, 64)}
${PPK_PUB.slice(64)}
Private-Lines: 1
${v('credential.putty_private_key', PPK_PRIV)}
Private-MAC: ${fill('b84-ppkmac', HEX, 64)}`),

  rec('env_ta', f`வணக்கம், மொழிபெயர்ப்புக் குழுவுக்கான glossary tool-க்கு Groq-ஐப் பயன்படுத்துகிறோம். .env கோப்பு:

${amb('source_code.snippet', f`GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
GROQ_MODEL=llama-3.1-70b-versatile
MAX_TOKENS=2048`)}

"rate_limit_exceeded" பிழை வருகிறது. என்ன செய்வது?`),

  rec('chat_te', f`హలో, ఫోరెన్సిక్ ఆడిట్ నోట్స్‌ను సారాంశం చేయడానికి Mistral వాడుతున్నాం. MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)} అని సెట్ చేశాను కానీ 401 వస్తోంది. కీ కొత్తగా సృష్టించినది. ఏం తప్పు?`),

  rec('chat_si', f`ආයුබෝවන්, අපේ සමිතියේ සාමාජික ඇප් එකේ backend එක Supabase. සේවා භූමිකා යතුර (service_role) ෆ්‍රොන්ට්එන්ඩ් එකේ තියෙනවා කියලා කවුරුහරි කිව්වා: ${v('credential.jwt', SUPA_JWT)} — මේක භයානකද? මොකද කරන්න ඕනේ?`),

  rec('chat_my', f`မင်္ဂလာပါ၊ မျက်စိဆေးခန်းရဲ့ OCT ပုံတွေကို ဒေါက်တာတွေ ဒေါင်းလုဒ်လုပ်ဖို့ link ပေးထားတယ်၊ ဒါပေမဲ့ "AuthenticationFailed" ပြနေတယ်:
https://myeyeimages.blob.core.windows.net/oct/2024-09/MM-OCT-08812.zip?sv=2023-01-03&sp=r&se=2024-09-30T17:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
ဘာကြောင့်ဖြစ်နိုင်လဲ?`),

  rec('chat_ms', f`Hai, kami hantar e-mel pengesahan tempahan pembedahan LASIK melalui Brevo. Kunci API: ${v('credential.brevo_api_key', BREVO)}. E-mel masuk ke folder spam pesakit. Boleh bantu semak tetapan SPF dan DKIM?`),

  rec('chat_so', f`Salaan, waxaan rabaa inaan si toos ah u keydiyo warbixinnada dib-u-heshiisiinta lacagta mobilada ee Dropbox. Token-ka: ${v('credential.dropbox_access_token', DROPBOX)}. Fadlan ii qor koodh Python ah oo fayl CSV ah soo geliya galka /recon/2024.`),

  rec('chat_en_ph', f`Hi! Our loc team's CI can't clone the glossary repo anymore. I set the token in the Jenkins credential as ${v('credential.github_pat', GHP)} but it says "Repository not found". The repo is private under lokali-ph. Do classic PATs need SSO authorisation?`),

  rec('log_en_us', f`Our GitHub App for the forensic team's evidence-tracker started failing. This line showed up in the debug log and I'm not sure if that's normal:

${amb('source_code.snippet', f`2024-09-18T07:41:12Z DEBUG app.auth installation_id=51928374 token=${v('credential.github_server_to_server_token', GHS)} expires_at=2024-09-18T08:41:12Z
2024-09-18T07:41:13Z ERROR app.sync GET /repos/fa-evidence/case-2291/contents/index.json -> 404`)}

Should installation tokens show up in logs?`),

  rec('chat_pa', f`ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਅਸੀਂ ਚਿੜੀਆਘਰ ਦੀ ਟਿਕਟ ਵੈਬਸਾਈਟ DigitalOcean ਤੇ ਚਲਾਉਂਦੇ ਹਾਂ। ਮੈਨੂੰ ਇੱਕ ਸਕ੍ਰਿਪਟ ਚਾਹੀਦੀ ਹੈ ਜੋ ਹਰ ਰਾਤ droplet ਦਾ snapshot ਲਵੇ। ਟੋਕਨ: ${v('credential.digitalocean_token', DO_TOKEN)}`),

  rec('chat_ne', f`नमस्ते, हाम्रो बचत सहकारीको कोर बैंकिङ config मा यो लेखिएको छ:

${amb('source_code.snippet', f`core_banking:
  db_host: cbs-db.internal
  db_user: cbs_app
  db_password: "${v('credential.password_assignment', 'Sagarmatha@8848!')}"
  interest_posting_cron: "0 2 1 * *"`)}

यो पासवर्ड Git मा commit भइसक्यो। अब के गर्ने?`),

  rec('chat_lo', f`ສະບາຍດີ, ເວັບໄຊສະມາຊິກຂອງສະຫະກອນທີ່ຢູ່ Netlify deploy ບໍ່ໄດ້ຈາກ CI. token ທີ່ໃຊ້: ${v('credential.netlify_token', NETLIFY)}. ມີ error "Unauthorized". ຂ້ອຍຕ້ອງສ້າງ token ໃໝ່ບໍ?`),

  rec('pypirc_de_at', f`Servus, ich will unser internes Paket für die Abgleich-Logik der Gerätedaten (Phako-Geräte, Laser) auf PyPI hochladen, twine sagt 403. Meine ~/.pypirc:

${amb('source_code.snippet', f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Muss der Token auf das Projekt beschränkt sein?`),

  rec('chat_fr_mg', f`Bonjour, le pipeline de notre coopérative d'épargne à Antananarivo pousse les images sur Docker Hub avec ce jeton : ${v('credential.dockerhub_pat', DCKR)}. Depuis hier, "denied: requested access to the resource is denied". Est-ce que le jeton est en lecture seule ? Contact technique : ${phone('+261 34 12 384 56')}.`),

  rec('chat_am', f`ሰላም፣ የቁጠባ ማህበራችን የድሮ PHP አፕ የተጠቃሚዎችን የይለፍ ቃል እንደዚህ ያስቀምጣል፦ ${ambCat('credential', BCRYPT)}። ይህ በቂ ደህንነት አለው? ወደ argon2 መቀየር አለብን?`, 'a bcrypt hash of a password: ambiguous (no rule claims hashes)'),
];
