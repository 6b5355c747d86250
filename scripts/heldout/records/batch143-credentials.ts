/**
 * Held-out batch 143: credentials pasted by staff of a wildfire-fighting aviation contractor, a
 * sperm and egg donor agency, a luxury-car dealership's F&I desk, a public broadcaster's
 * investigations unit, a cocoa and coffee trader's warehouse-receipts office and a municipal
 * social-housing allocations office — chats, configs, shells and code in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, b64Bytes, fill, gh, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const TWILIO_SID = tok('AC', fill('b143-twsid', HEX.toLowerCase(), 32));
const TWILIO_AUTH = fill('b143-twauth', HEX.toLowerCase(), 32);
const DISPATCH_DB_PW = 'Fl4mm3nW4nd!Gotthard';
const MAILGUN = tok('key-', fill('b143-mailgun', HEX.toLowerCase(), 32));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b143-stripe', B62, 97));
const SLACK_BOT = tok('xoxb-', '5529174038', '61-', '7702918364051-', fill('b143-xoxb', B62, 24));
const SQL_PW = 'Cafe#Huila2024*';
const AZ_STORAGE = tok(fill('b143-azst', B64, 86), '==');
const AWS_ID = tok('AKIA', fill('b143-akia', B32, 16));
const AWS_SECRET = fill('b143-awssec', B64, 40);
const OPENAI = tok('sk-', 'proj-', fill('b143-oai', B64URL, 124));
const FIN_PORTAL_PW = 'Maserati_F1nanz#88';
const TG_BOT = tok('7431985520', ':AA', fill('b143-tg', B64URL, 33));
const ARAB_PW = 'Mocha@Dubai2025';
const GHP = gh('ghp', 'Kq2Wd7Lm4Rt9Xs1Vb6Nz3Hc8Pf5Jy0');
const TWILIO_SID2 = tok('AC', fill('b143-twsid2', HEX.toLowerCase(), 32));
const TWILIO_AUTH2 = fill('b143-twauth2', HEX.toLowerCase(), 32);
const SENTRY_DSN = tok('https://', fill('b143-sentry', HEX.toLowerCase(), 32), '@o4507718.ingest.de.sentry.io/4507718392451072');
const DONOR_JWT = jwt({ alg: 'RS256', typ: 'JWT', kid: 'ng-portal-2' }, { sub: 'matcher-07', role: 'matching_admin', iss: 'https://auth.nordgamete.dk', iat: 1735898400, exp: 1735984800 }, 'b143-jwtdk');
const BASIC = b64('fi-desk:Leasing!Warszawa77');
const MYSQL_PW = 'Depo_Mersin#41';
const DROPBOX = tok('sl.', 'B', fill('b143-dbx', B64URL, 138));
const ALI_ID = tok('LTAI', '5t', fill('b143-ltai', B62, 18));
const ALI_SECRET = fill('b143-alisec', B62, 30);
const SENDGRID = tok('SG.', fill('b143-sg1', B64URL, 22), '.', fill('b143-sg2', B64URL, 43));
const DO_TOKEN = tok('dop_v1_', fill('b143-do', HEX.toLowerCase(), 64));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b143-gkey', B64URL, 33));
const PG_PW = 'kakao_Gudang!Makassar9';
const VAULT = tok('hvs.', 'CAESI', fill('b143-vault', B62 + '_-', 90));
const GLPAT = tok('glpat-', fill('b143-glpat', B62 + '-_', 20));
const DD_API = fill('b143-ddapi', HEX.toLowerCase(), 32);
const PHP_DB_PW = 'Byty#Praha2025';
const AZ_CLIENT_SECRET = tok(fill('b143-azcs1', B62, 3), '8Q~', fill('b143-azcs2', B62 + '_-.~', 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b143-atl', B64URL, 171), '=', fill('b143-atl2', HEX, 8));
const FTP_PW = 'Sklad_Varna!2024';
const SSH_KEY = pem('OPENSSH PRIVATE KEY', 'b143-ssh', 380, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW');
const RSA_KEY = pem('RSA PRIVATE KEY', 'b143-rsa', 1190);
const HF = tok('hf_', fill('b143-hf', UPPER + LOWER, 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b143-ant', B64URL, 93), 'AA');
const AM_PW = 'Yirga@Cheffe#2017';
const DARAJA_SECRET = fill('b143-daraja', B62, 32);
const AWS_ID2 = tok('AKIA', fill('b143-akia2', B32, 16));
const AWS_SECRET2 = fill('b143-awssec2', B64, 40);
const GOCSPX = tok('GOCSPX-', fill('b143-gocspx', B64URL, 28));
const TWITTER = tok('AAAAAAAAAAAAAAAAAAAAA', fill('b143-tw1', B62, 24), '%3D', fill('b143-tw2', B62, 50));
const SWITCH_PW = 'Vivienda_Rtr#2025';
const BRAINTREE = tok('access_token$', 'production$', fill('b143-bt1', LOWER + DIGITS, 16), '$', fill('b143-bt2', HEX.toLowerCase(), 32));
const FCM = tok('AAAA', fill('b143-fcm1', B64URL, 7), ':APA91b', fill('b143-fcm2', B64URL, 134));
const SMTP_PW = 'Habitacao.Lx#2025';
const SFTP_PW = 'Cacao_SanPedro!25';
const MISTRAL = fill('b143-mistral', B62, 32);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b143-rklive', B62, 97));
const TEAMS_HOOK = tok('https://wohnservice-wien.webhook.office.com/webhookb2/', '8d2f41c7-3a95-4e60-b1d8-57c0e9a2f6b3@1e7c93a4-0f28-4b6d-9c51-a84d2e6f0b17/IncomingWebhook/', fill('b143-teams1', HEX.toLowerCase(), 32), '/', 'c3a9e5f1-7b24-4d80-a6e2-19f4b7c0d582/', 'V2', fill('b143-teams2', B64URL, 43));
const NPM = gh('npm', 'Lp7Xc2Vn9Bq4Zw1Mr6Tk3Hs8Dg5Fy0');
const SUPA_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hqzrvlkmtwpxnbdaeyfc', role: 'service_role', iat: 1733011200, exp: 2048587200 }, 'b143-supa');
const SBP = tok('sbp_', fill('b143-sbp', HEX.toLowerCase(), 40));
const DOCKER_AUTH = b64('sablecrane-ci:Kavos!Klaipeda#31');
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b143-age', BECH32, 58));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b143-doppler', B62, 40));
const GCP_PEM = pem('PRIVATE KEY', 'b143-gcp', 1216, '\\n');
const GCP_KEY_ID = fill('b143-gcpkid', HEX.toLowerCase(), 40);
const HK_PW = 'Castellan#HK2025';
const GLSA = tok('glsa_', fill('b143-glsa1', B62, 32), '_', fill('b143-glsa2', HEX.toLowerCase(), 8));
const SQUARE = tok('EAAA', fill('b143-square', B64URL, 60));
const IN_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 'coord-114', org: 'donor-in', scope: 'profiles:read profiles:write', iat: 1736157600 }, 'b143-injwt');
const PPK_PRIV = b64Bytes('b143-ppk', 48);
const PPK_PUB = b64Bytes('b143-ppkpub', 51);

export const BATCH143_CREDENTIALS: DraftRecord[] = [
  rec('env_file_gsw', f`Grüezi mitenand, chönd ihr mir säge, wieso d Dispatch-App bim Start abstürzt? Das isch üsi .env vom Einsatzleitsystem:

${cfg(f`# dispatch-api / .env.production (Basis Samedan)
NODE_ENV=production
DATABASE_URL=postgres://dispatch_app:${v('credential.database_url_password', DISPATCH_DB_PW)}@db-dispatch.pyrhawk.internal:5432/einsatz
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}
ALARM_SMS_FROM=${phone('+41445087213')}
MAP_TILES=https://tiles.pyrhawk.internal/{z}/{x}/{y}.png`)}

De Fehler isch "ECONNREFUSED ${amb('pii.ip_address', '10.40.2.17')}:5432", aber d Datebank lauft.`),

  rec('chat_fr_ca', f`Allô, j'essaie d'envoyer les courriels de confirmation aux donneurs pis Mailgun me retourne 401 Forbidden depuis à matin. J'utilise la clé API ${v('credential.mailgun_api_key', MAILGUN)} avec le domaine mg.nordgamete.ca. C'tu la clé qui est expirée ou ben c'est le domaine qui est pas vérifié?`),

  rec('code_ts_ptbr', f`Oi! O webhook de pagamento do sinal (entrada do financiamento) tá caindo com "No signatures found". Segue o trecho:

\`\`\`ts
${code(f`import Stripe from 'stripe';

// TODO: mover pra variável de ambiente depois da auditoria
const stripe = new Stripe('${v('credential.stripe_secret_key', STRIPE_LIVE)}', { apiVersion: '2024-06-20' });

export async function criarSinal(propostaId: string, valorCentavos: number) {
  return stripe.paymentIntents.create({
    amount: valorCentavos,
    currency: 'brl',
    metadata: { propostaId, loja: 'Castellan SP Jardins' },
  });
}`)}
\`\`\`
Alguém sabe se precisa do raw body no Next 14?`),

  rec('code_python_ja', f`調査報道班のSlack通知ボットが動かなくなりました。エラーは not_in_channel です。コードを見てもらえますか？

\`\`\`python
${code(f`from slack_sdk import WebClient

client = WebClient(token="${v('credential.slack_bot_token', SLACK_BOT)}")

def notify_desk(story_id: str, status: str) -> None:
    # 取材進捗を #investigations-desk に投稿
    client.chat_postMessage(channel="C06JQ2V8LMN", text=f"[{story_id}] {status}")`)}
\`\`\``),

  rec('config_es_co', f`Buenas, parcero. El servicio de certificados de depósito (bodega de café en Buenaventura) no arranca desde que cambiamos de servidor. Esta es la cadena en el appsettings:

${cfg(f`"ConnectionStrings": {
  "Bodega": "Server=sql-bodega01.sablecrane.local,1433;Database=CertificadosDeposito;User Id=svc_cdm;Password=${v('credential.connection_string_password', SQL_PW)};TrustServerCertificate=True"
}`)}

¿Será el puerto o el usuario? Le agradezco.`),

  rec('chat_nl', f`Hoi, wij krijgen in de toewijzingsmodule "AuthenticationFailed" bij het uploaden van de inkomensverklaringen naar blob storage. Dit is de connection string die in de beheeromgeving staat:

DefaultEndpointsProtocol=https;AccountName=woningtoewijzingdocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Moet ik een SAS-token gebruiken in plaats van de accountkey?`),

  rec('aws_credentials', f`G'day, the fire-mapping uploader on the Avalon tanker base laptop keeps pushing IR scans to the wrong bucket. Here's the creds file it's using, can you tell me which profile boto3 will pick?

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = ap-southeast-2

[linescan-prod]
role_arn = arn:aws:iam::418273650912:role/linescan-writer
source_profile = default`)}`),

  rec('chat_ko', f`기증자 프로필 요약 기능에 OpenAI API를 붙이려는데 429 에러만 나요. 키는 ${v('credential.openai_api_key', OPENAI)} 이거고 조직은 무료 티어가 아니에요. 요청 한도 문제일까요?`),

  rec('chat_it', f`Ciao, mi serve una mano a scrivere una mail al fornitore del portale finanziarie. Da lunedì non riesco più a entrare: utente f.bertolini.castellan, la password del portale è ${v('credential.password_in_prose', FIN_PORTAL_PW)} e mi dice "credenziali scadute". Scrivi una mail cortese in cui chiedo il reset entro oggi perché ho tre contratti di leasing da chiudere.`),

  rec('chat_ru', f`Коллеги, бот для анонимных наводок в расследовательском отделе перестал отвечать. Токен бота: ${v('credential.telegram_bot_token', TG_BOT)}. Вебхук стоит на https://tips.meridian-pb.org/tg. Как проверить через getWebhookInfo, не светя токен в логах?`),

  rec('chat_ar', f`مرحباً، أحتاج مساعدة في كتابة رسالة لقسم تقنية المعلومات. نظام إيصالات المستودعات في جبل علي لا يقبل كلمة المرور الجديدة.
اسم المستخدم: wh.receipts.dxb
كلمة المرور: ${v('credential.password_in_prose', ARAB_PW)}
أريد رسالة رسمية قصيرة باللغة العربية تطلب إعادة تعيين الحساب قبل وصول شحنة البن يوم الخميس.`),

  rec('git_he', f`היי, ניסיתי לדחוף את הסקריפט של דירוג המועמדים לדיור ציבורי וקיבלתי שגיאה. זה ה-remote שמוגדר אצלי:

${amb('source_code.snippet', f`$ git remote -v
origin  https://${v('credential.github_pat', GHP)}@github.com/iriyat-dior/haktsaa.git (fetch)
origin  https://${v('credential.github_pat', GHP)}@github.com/iriyat-dior/haktsaa.git (push)`)}

למה זה עדיין מבקש סיסמה?`),

  rec('chat_hi', f`Bhai, Nashik helibase ka crew-alert SMS kal raat se nahi ja raha. Twilio console me sab green hai. Code me ye values hain: account SID ${v('credential.twilio_account_sid', TWILIO_SID2)} aur auth token ${v('credential.twilio_auth_token', TWILIO_AUTH2)}. Kya trial account ki limit hit ho gayi hogi? Pilots ko ${phone('+91 98231 47560')} pe manually call karna pad raha hai.`),

  rec('yaml_sv', f`Sentry rapporterar inga fel alls från matchningsportalen sedan vi bytte miljö. Här är vår config, ser du något fel?

${cfg(f`# config/production.yml
sentry:
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}"
  environment: production
  traces_sample_rate: 0.2
  send_default_pii: false`)}`),

  rec('curl_da', f`Hej! Jeg prøver at hente matchforslag fra vores interne API, men får 403. Er det min token, der mangler en scope?

${amb('source_code.snippet', f`curl -s https://api.nordgamete.dk/v2/matches?recipient=R-20931 \\
  -H "Authorization: Bearer ${v('credential.jwt', DONOR_JWT)}" \\
  -H "Accept: application/json"`)}`),

  rec('http_pl', f`Cześć, integracja z systemem leasingowym banku zwraca 401. Tak wygląda żądanie z naszego CRM (dział F&I):

${amb('source_code.snippet', f`POST /api/v1/wnioski HTTP/1.1
Host: leasing-partner.example-bank.pl
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: application/json

{"salon":"Castellan Warszawa","model":"Cayenne E-Hybrid","kwota":489000}`)}

Czy Basic auth w ogóle jest jeszcze wspierany?`),

  rec('shell_tr', f`Merhaba, depo makbuzu veritabanına bağlanamıyorum, şu komutu çalıştırıyorum:

${amb('source_code.snippet', f`mysql -h ${amb('pii.ip_address', '10.12.4.20')} -u makbuz_ro -p${v('credential.mysql_cli_password', MYSQL_PW)} depo_makbuz -e "SELECT * FROM makbuzlar WHERE durum='ACIK';"`)}

"Access denied for user" diyor. Şifre doğru, IP kısıtlaması olabilir mi?`),

  rec('chat_el', f`Καλημέρα, το σενάριο που κατεβάζει τα αρχεία της έρευνας από το κοινόχρηστο Dropbox της ομάδας σταμάτησε. Χρησιμοποιώ αυτό το access token: ${v('credential.dropbox_access_token', DROPBOX)} — μήπως έχει λήξει; Πώς βγάζω refresh token;`),

  rec('code_python_zh', f`上海仓库的仓单扫描件上传到 OSS 一直报 SignatureDoesNotMatch，帮我看看：

\`\`\`python
${code(f`import oss2

# 仓单影像上传（可可豆 / 咖啡生豆）
auth = oss2.Auth("${v('credential.alibaba_access_key_id', ALI_ID)}", "${v('credential.generic_secret_assignment', ALI_SECRET)}")
bucket = oss2.Bucket(auth, "https://oss-cn-shanghai.aliyuncs.com", "sc-warehouse-receipts")

def upload(receipt_no: str, path: str) -> None:
    bucket.put_object_from_file(f"receipts/{receipt_no}.pdf", path)`)}
\`\`\``, 'the Alibaba AccessKey secret has no rule of its own: labelled as a generic secret (category credential)'),

  rec('env_zh_tw', f`請幫我看一下為什麼交車通知信寄不出去，SendGrid 一直回 403：

${cfg(f`# .env（台北展示中心 CRM）
MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
MAIL_FROM=${v('pii.email', 'delivery@castellan-motors.tw')}
MAIL_BCC=${v('pii.email', 'fi-desk@castellan-motors.tw')}`)}

寄件者網域已經驗證過了。`),

  rec('terraform_vi', f`Anh ơi, em chạy terraform plan cho máy chủ quản lý phiếu kho cà phê ở Buôn Ma Thuột thì báo lỗi 401. File provider như này:

${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "phieu_kho" {
  name   = "phieukho-bmt-01"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

Token này em mới tạo hôm qua mà.`),

  rec('code_js_th', f`ช่วยดูหน่อยครับ แผนที่ในหน้าข่าวสืบสวนไม่ขึ้น console บอกว่า RefererNotAllowedMapError

\`\`\`js
${code(f`const loader = new Loader({
  apiKey: "${v('credential.google_api_key', GOOGLE_KEY)}",
  version: "weekly",
  libraries: ["places"],
});
loader.load().then(() => {
  new google.maps.Map(document.getElementById("peta-lahan"), { center: { lat: 13.7563, lng: 100.5018 }, zoom: 11 });
});`)}
\`\`\``),

  rec('compose_id', f`Mas, container database gudang kakao di Makassar restart terus. Ini docker-compose-nya:

${cfg(f`services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: gudang
      POSTGRES_PASSWORD: ${v('credential.password_assignment', PG_PW)}
      POSTGRES_DB: resi_gudang
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.sablecrane.id/resi-api:2.3.1
    environment:
      DATABASE_URL: postgresql://gudang:${v('credential.database_url_password', PG_PW)}@db:5432/resi_gudang`)}

Log-nya cuma "database system was interrupted".`),

  rec('chat_ms', f`Hai, saya cuba login ke Vault untuk ambil sijil TLS sistem resit gudang koko di Port Klang. Token yang dibagi oleh pasukan infra: ${v('credential.vault_token', VAULT)}. Tapi keluar "permission denied" bila saya buat vault kv get secret/resit/tls. Token ni ada policy apa sebenarnya?`),

  rec('gitlab_fi', f`Moi! Toimituksen tutkivan ryhmän datarepo ei suostu kloonautumaan CI:ssä. .gitlab-ci.yml:ssä on näin:

${cfg(f`variables:
  GIT_DEPTH: "1"
before_script:
  - git clone https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.meridian-pb.fi/tutkiva/aineistot.git data`)}

Virhe: "HTTP Basic: Access denied". Vanheneeko glpat-token 30 päivässä?`),

  rec('yaml_no', f`Hei, Datadog-agenten på flybasen i Florø sender ikke metrics fra tankflyene. Her er datadog.yaml:

${cfg(f`api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: flo-helibase-gw01
tags:
  - base:floro
  - fleet:at802`)}

Agent status sier "API Key invalid". Må jeg bruke EU-nøkkel?`),

  rec('php_cs', f`Dobrý den, po migraci na nový server nám nefunguje evidence žádostí o obecní byt. Tady je config:

\`\`\`php
${code(f`<?php
// config/database.php – evidence žádostí o byt
return [
    'host' => 'db.byty.mesto.local',
    'dbname' => 'zadosti_byty',
    'user' => 'byty_app',
    'password' => '${v('credential.password_assignment', PHP_DB_PW)}',
    'charset' => 'utf8mb4',
];`)}
\`\`\`
PDO hlásí "could not find driver".`),

  rec('json_hu', f`Sziasztok, a finanszírozási ajánlatokat generáló app nem kap tokent az Entra ID-tól. Ez az appsettings.json:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4b7e2a19-83c6-4f05-9d21-e6a0c37f8b52",
    "ClientId": "c91f5d38-0a72-4e6b-b4d9-2f8e61a7c305",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Dealer": "Castellan Budapest"
}`)}

AADSTS7000215 hibát kapok.`),

  rec('chat_uk', f`Привіт! Скрипт, що створює задачі в Jira для відділу розслідувань, повертає 401. Використовую пошту ${v('pii.email', 'redaktor.ua@meridian-pb.org')} як логін (це сервісний акаунт) і API токен ${v('credential.atlassian_api_token', ATLASSIAN)}. Може, треба Bearer замість Basic?`),

  rec('chat_bg', f`Здравейте, складовите разписки за какаото се качват по FTP към брокера. Скриптът ползва адрес ftp://sc_varna:${v('credential.url_password', FTP_PW)}@ftp.broker-varna.bg/inbound/ и от вчера връща 530 Login incorrect. Какво да проверя?`),

  rec('ssh_sr', f`Ћао, покушавам да се повежем на сервер за распоред пилота (базa Ниш), а ssh тражи passphrase иако га кључ нема. Ово је кључ који ми је колега послао:

${v('credential.openssh_private_key', SSH_KEY)}

Да ли је можда оштећен при копирању?`),

  rec('chat_hr', f`Bok, trebam pomoć s potpisivanjem ugovora o financiranju. Dobavljač e-potpisa traži privatni ključ u PEM formatu, a ovo je ono što mi je IT poslao:

${v('credential.private_key', RSA_KEY)}

Kako ga pretvorim u .pfx za Windows?`),

  rec('chat_ka', f`გამარჯობა! ინტერვიუების ტრანსკრიფციისთვის Hugging Face-ის მოდელს ვიყენებთ, მაგრამ 401 მოდის. ტოკენი: ${v('credential.huggingface_token', HF)}. gated მოდელზე წვდომა ცალკე უნდა მოვითხოვო?`),

  rec('chat_hy', f`Բարև, դոնորների հարցաթերթիկների ամփոփման համար Claude API-ն ենք միացնում։ Բանալին՝ ${v('credential.anthropic_api_key', ANTHROPIC)}։ Պատասխանում է "credit balance is too low", բայց հաշիվը լիցքավորված է։ Ի՞նչ անեմ։`),

  rec('chat_am', f`ሰላም፣ የመጋዘን ደረሰኝ ሲስተም (የቡና ምርት ገበያ) መግባት አልቻልኩም። የተጠቃሚ ስም: adama.wh02 የይለፍ ቃል: ${v('credential.password_in_prose', AM_PW)} — "account locked" ይላል። ለአይቲ ክፍል አጭር ኢሜይል በአማርኛ ጻፍልኝ።`),

  rec('env_sw', f`Habari, tunajaribu kuunganisha malipo ya wakulima wa kahawa (M-Pesa Daraja) na mfumo wa stakabadhi za ghala. Hii ndiyo config:

${cfg(f`MPESA_ENV=production
MPESA_SHORTCODE=600981
MPESA_CONSUMER_KEY=sc-kahawa-moshi
MPESA_CONSUMER_SECRET=${v('credential.generic_secret_assignment', DARAJA_SECRET)}
MPESA_CALLBACK_URL=https://ghala.sablecrane.co.tz/mpesa/callback`)}

Inarudisha "Invalid Access Token". Tatizo ni nini?`),

  rec('chat_bn', f`ভাই, অনুসন্ধানী ইউনিটের ডেটা ডেস্কে S3 থেকে নথি নামাতে পারছি না। কলিগ যে কী দিয়েছে সেটা হলো access key ${v('credential.aws_access_key_id', AWS_ID2)} আর secret ${v('credential.aws_secret_access_key', AWS_SECRET2)}। "InvalidAccessKeyId" দেখাচ্ছে, কী করব?`),

  rec('json_ta', f`வணக்கம், ஷோரூம் CRM-இல் Google Calendar sync வேலை செய்யவில்லை. client_secret.json இது:

${cfg(f`{"web":{"client_id":"482019573361-q8v2kd7m1ft4rb9c0shn6pw3jx5gzl8e.apps.googleusercontent.com","project_id":"castellan-chennai-crm","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://crm.castellan-motors.in/oauth2callback"]}}`)}

redirect_uri_mismatch என்று வருகிறது.`),

  rec('chat_fa', f`سلام، برای پایش حساب‌هایی که در پرونده تحقیقی‌مان درباره شبکه‌های تبلیغاتی فعال‌اند از API ایکس استفاده می‌کنیم. این توکن Bearer ماست: ${v('credential.twitter_bearer_token', TWITTER)} — خطای 453 می‌گیریم. یعنی سطح دسترسی‌مان کافی نیست؟`),

  rec('cisco_es', f`Hola, en la oficina de adjudicación de vivienda el switch nuevo no deja entrar por SSH. Esta es la config que pegó el técnico:

${cfg(f`hostname SW-ADJUDICACION-P2
!
username admin privilege 15 password 0 ${v('credential.network_device_secret', SWITCH_PW)}
!
interface Vlan20
 description Atencion-ciudadana
 ip address ${amb('pii.ip_address', '10.20.0.2')} 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh`)}

¿Qué me falta para que funcione SSH?`),

  rec('chat_es_mx', f`Qué onda, el cobro del enganche con Braintree en la agencia de Polanco marca "Authentication failed". Tenemos configurado el access token ${v('credential.braintree_access_token', BRAINTREE)} en el servidor. ¿Tengo que regenerarlo o es otra cosa?`),

  rec('chat_es_ar', f`Che, las notificaciones push de la app para donantes dejaron de llegar en Android. Seguimos usando la server key vieja de Firebase: ${v('credential.firebase_fcm_server_key', FCM)}. ¿Hay que migrar sí o sí a la API HTTP v1? Explicámelo simple, porfa.`),

  rec('yaml_pt', f`Bom dia, o envio de avisos de atribuição de habitação deixou de funcionar depois da mudança para o Microsoft 365. A configuração está assim:

${cfg(f`mail:
  host: smtp.office365.com
  port: 587
  username: ${v('pii.email', 'habitacao.atribuicao@cm-exemplo.pt')}
  password: ${v('credential.password_assignment', SMTP_PW)}
  starttls: true`)}

Dá erro 535 5.7.139. O que devo pedir à equipa de informática?`, 'municipal mailbox login in a config: e-mail labelled'),

  rec('shell_fr_ci', f`Bonjour, le script qui envoie les récépissés d'entrepôt (cacao, San-Pédro) au transitaire plante depuis ce matin :

${amb('source_code.snippet', f`sshpass -p '${v('credential.cli_password', SFTP_PW)}' sftp -oBatchMode=no ${amb('pii.email', 'recepisses@sftp.transit-sanpedro.ci')} <<EOF
put /data/recepisses/RCP-2025-0412.pdf
bye
EOF`)}

Il dit "Permission denied (publickey,password)". On m'a dit que c'est le mot de passe qui a changé, vous confirmez ?`, 'an sftp user@host login: address-shaped like git@github.com, ambiguous'),

  rec('chat_fr_be', f`Bonjour, pour la cellule d'enquête on teste Mistral pour résumer des PV d'audition. Clé API : ${v('credential.mistral_api_key', MISTRAL)}. Le modèle répond « Unauthorized » sur /v1/chat/completions. C'est lié à l'abonnement La Plateforme, vous croyez ?`),

  rec('chat_nl_be', f`Dag collega, de koppeling voor de aanbetaling via Stripe in de showroom van Antwerpen geeft een 403. We gebruiken deze restricted key: ${v('credential.stripe_restricted_key', RK_LIVE)}. Welke permissies moet die sleutel hebben voor PaymentIntents?`),

  rec('chat_de_at', f`Servus, die Benachrichtigung ins Teams-Kanal "Wohnungsvergabe – Rückmeldungen" funktioniert nimmer. Der Webhook ist ${v('credential.teams_webhook_url', TEAMS_HOOK)}. Seit der Umstellung auf Workflows kommt nix an. Muss ich den neu anlegen?`),

  rec('npmrc_de', f`Moin, unser internes Paket für den Finanzierungsrechner lässt sich nicht mehr installieren (E401). Das ist die .npmrc im Projekt:

${cfg(f`@castellan:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Ist der Token abgelaufen oder stimmt der Scope nicht?`),

  rec('env_ca', f`Hola! L'aplicació de llista d'espera d'habitatge social no es connecta a Supabase. Aquest és el fitxer .env:

${cfg(f`SUPABASE_URL=https://hqzrvlkmtwpxnbdaeyfc.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', SUPA_JWT)}
SUPABASE_ACCESS_TOKEN=${v('credential.supabase_token', SBP)}`)}

L'error és "Invalid API key". Alguna idea?`),

  rec('docker_lt', f`Labas, CI nebegali pull'inti sandėlio kvitų paslaugos atvaizdo iš privataus registro. Štai ~/.docker/config.json iš build serverio:

${cfg(f`{
  "auths": {
    "registry.sablecrane.lt": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Gaunu "unauthorized: authentication required".`),

  rec('chat_et', f`Tere! Uuriva toimetuse allikate andmebaasi varukoopiad krüpteerime age'iga. Kolleeg saatis mulle võtme: ${v('credential.age_secret_key', AGE)} — ja Doppleri teenusetõendi ${v('credential.doppler_token', DOPPLER)}. Kuidas neid turvaliselt CI-sse panna?`),

  rec('gcp_key_en', f`Data desk here. Our FOI-tracker job on Cloud Run can't read the evidence bucket. This is the key file the contractor left in the repo (I know, I know):

${cfg(v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "meridian-investigations",
  "private_key_id": "${GCP_KEY_ID}",
  "private_key": "${v('credential.private_key', GCP_PEM)}\\n",
  "client_email": "${amb('pii.email', 'foi-tracker@meridian-investigations.iam.gserviceaccount.com')}",
  "client_id": "108273645190283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'foi-tracker%40meridian-investigations.iam.gserviceaccount.com')}",
  "universe_domain": "googleapis.com"
}`))}

What's the minimum IAM role so it can only read gs://mi-evidence-2025?`),

  rec('chat_yue', f`喂，幫手睇下點解九龍灣 showroom 個 F&I 系統入唔到。同事 WhatsApp 咗個帳戶俾我：用戶名 fi.kowloonbay，密碼 ${v('credential.password_in_prose', HK_PW)}，但係登入嗰陣話「帳戶已停用」。我應該點同 IT 講？`),

  rec('chat_lv', f`Sveiki! Ugunsdzēsības helikopteru bāzes Grafana dashboardi nerāda datus. Servisa konta tokens ir ${v('credential.grafana_service_account_token', GLSA)}. Vai tam vajag Editor lomu, lai lasītu Prometheus datus?`),

  rec('chat_en_us', f`Our Square terminal at the Scottsdale store keeps failing the deposit capture for the F&I add-ons (GAP, tire & wheel). Prod access token in the POS config: ${v('credential.square_access_token', SQUARE)}. Is this a location-permission thing? Also who do I call, the rep's number is ${phone('(480) 736-2918', 'US')}.`),

  rec('chat_en_in', f`Hi team, the donor-coordinator app in Bengaluru throws 401 after login. Token in localStorage is ${v('credential.jwt', IN_JWT)} — is the missing exp claim the reason? Please check urgently, 40 donor profiles pending.`),

  rec('ppk_pt_br', f`Gente, preciso acessar o servidor do DMS da concessionária pelo WinSCP. O fornecedor mandou este arquivo .ppk, mas o WinSCP diz "formato inválido":

${v('credential.putty_private_key', f`PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: castellan-dms-sp
Public-Lines: 2
${PPK_PUB.slice(0, 64)}
${PPK_PUB.slice(64)}
Private-Lines: 1
${PPK_PRIV}
Private-MAC: ${fill('b143-ppkmac', HEX.toLowerCase(), 64)}`)}

Preciso converter?`),

];
