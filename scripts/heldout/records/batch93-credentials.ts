/**
 * Held-out batch 93: credentials pasted by staff of a mobile operator's stores and SIM desk, a
 * children's oncology ward, a VC fund's back office, a furniture exporter, a library consortium's
 * IT team and a ride-hailing driver-onboarding team. Hand-written, many languages.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B32LOWER, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const code = (b: ReturnType<typeof f>) => v('source_code.snippet', b);
const cfg = (b: ReturnType<typeof f>) => amb('source_code.snippet', b);

const AKIA = tok('AKIA', fill('b93-akia', B32, 16));
const AKIA_SECRET = fill('b93-akias', B64, 40);
const AKIA2 = tok('AKIA', fill('b93-akia2', B32, 16));
const AKIA2_SECRET = fill('b93-akia2s', B64, 40);
const GHP = gh('ghp', fill('b93-ghp', B62, 30));
const GHO = gh('gho', fill('b93-gho', B62, 30));
const GHPAT = tok('github_pat_', '11B', fill('b93-ghfg1', UPPER + DIGITS, 19), '_', fill('b93-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b93-glpat', B62 + '-_', 20));
const XOXB = tok('xoxb-', '5283749106', '2-', '7391028465173-', fill('b93-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b93-sh1', UPPER + DIGITS, 8), '/B07', fill('b93-sh2', UPPER + DIGITS, 8), '/', fill('b93-sh3', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b93-stripe', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b93-rk', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b93-pklive', B62, 97));
const WHSEC = tok('whsec_', fill('b93-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b93-oai1', B64URL, 74), 'T3BlbkFJ', fill('b93-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b93-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b93-groq', B62, 52));
const HF = tok('hf_', fill('b93-hf', B62, 34));
const GOOGLE = tok('AIza', 'Sy', fill('b93-gapi', B64URL, 33));
const GOCSPX = tok('GOCSPX-', fill('b93-gocspx', B64URL, 28));
const AZ_STORAGE = fill('b93-azst', B64, 86) + '==';
const AZ_SECRET = tok(fill('b93-azcs1', B62, 3), '8Q~', fill('b93-azcs2', B62 + '_-.~', 34));
const TWILIO_SID = tok('AC', fill('b93-twsid', HEX, 32));
const TWILIO_AUTH = fill('b93-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b93-sg1', B64URL, 22), '.', fill('b93-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b93-mg', HEX, 32));
const TELEGRAM = tok('7493018265', ':AA', fill('b93-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1298374610293847561', '/', fill('b93-dh', B64URL, 68));
const NPM = gh('npm', fill('b93-npm', B62, 30));
const DCKR = tok('dckr_', 'pat_', fill('b93-dckr', B64URL, 27));
const SHPAT = tok('shpat_', fill('b93-shpat', HEX, 32));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b93-atl', B64URL, 171), '=', fill('b93-atl2', HEX.toUpperCase(), 8));
const LINEAR = tok('lin_api_', fill('b93-lin', B62, 40));
const NOTION = tok('ntn_', fill('b93-ntn1', DIGITS, 11), fill('b93-ntn2', B62, 35));
const SENTRY_DSN = tok('https://', fill('b93-sdsn', HEX, 32), '@o4507', fill('b93-sorg', DIGITS, 9), '.ingest.de.sentry.io/4508', fill('b93-sproj2', DIGITS, 12));
const SNTRYS = tok('sntrys_', b64(JSON.stringify({ iat: 1761203344.2, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'kanzu-ride' })).replace(/=+$/, ''), '_', fill('b93-sntrys', B64, 43));
const GLSA = tok('glsa_', fill('b93-glsa1', B62, 32), '_', fill('b93-glsa2', HEX, 8));
const NRAK = tok('NRAK-', fill('b93-nrak', UPPER + DIGITS, 27));
const DD_API = fill('b93-ddapi', HEX, 32);
const VAULT = tok('hvs.', fill('b93-hvs', B62 + '_-', 90));
const TFC = tok(fill('b93-tfc1', B62, 14), '.atlasv1.', fill('b93-tfc2', B62, 67));
const DO_TOKEN = tok('dop_v1_', fill('b93-dop', HEX, 64));
const CF_TOKEN = fill('b93-cftok', B62 + '_-', 40);
const OKTA = tok('00', fill('b93-okta', B64URL, 40));
const SQUARE = tok('EAAA', fill('b93-square', B64URL, 60));
const FCM = tok('AAAA', fill('b93-fcm1', B64URL, 7), ':APA91b', fill('b93-fcm2', B64URL, 134));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'kanzu-ops', a: fill('b93-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b93-mbx', B64URL, 22));
const DBX = tok('sl.', 'B', fill('b93-dbx', B64URL, 138));
const DATABRICKS = tok('dapi', fill('b93-dapi', HEX, 32));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b93-pypi', B64URL, 150));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b93-age', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
const RSA = pem('RSA PRIVATE KEY', 'b93-rsa', 1190);
const SSH = pem('OPENSSH PRIVATE KEY', 'b93-ssh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ');
const GCP_PEM = pem('PRIVATE KEY', 'b93-gcp', 1218, '\\n');
const JWT_DRIVER = jwt({ alg: 'RS256', typ: 'JWT', kid: 'onb-2025-11' }, { sub: 'drv_8812093', role: 'onboarding_admin', iss: 'https://auth.kanzu-ride.com', iat: 1764221400, exp: 1764307800 }, 'b93-jwt1');
const JWT_SUPA = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: 'hqzmvtlkpwnrabxcyjde', role: 'service_role', iat: 1733120400, exp: 2048696400 }, 'b93-supa');
const BEARER = fill('b93-bearer', B62, 48);
const ADO = fill('b93-ado', B32LOWER, 52);
const TWILIO_SK = tok('SK', fill('b93-twsk', HEX, 32));
const TWILIO_SK_SECRET = fill('b93-twsksec', B62, 32);
const ALIBABA_ID = tok('LTAI', '5t', fill('b93-ltai', B62, 18));
const ALIBABA_SECRET = fill('b93-alisec', B62, 30);
const BASIC = b64('koha_sync:Tukutuku#2025lib');
const DOCKER_AUTH = b64(`ci-furnexp:${fill('b93-dockerpw', B62, 20)}`);
const HEROKU = tok('HRKU-', 'AA', fill('b93-hrku', B64URL, 58));
const PPLX = tok('pplx-', fill('b93-pplx', B62, 48));
const MISTRAL = fill('b93-mistral', B62, 32);
const AIRTABLE = tok('pat', fill('b93-at1', B62, 14), '.', fill('b93-at2', HEX, 64));
const POSTMAN = tok('PMAK-', fill('b93-pmak1', HEX, 24), '-', fill('b93-pmak2', HEX, 34));

export const BATCH93_CREDENTIALS: DraftRecord[] = [
  rec('chat', f`Abeg, our SIM registration portal dey throw 403 since morning. This na the .env wey the vendor leave for the store server for Ikeja:

${cfg(f`NIMC_VERIFY_URL=https://verify.example-nimc-gw.ng/v2
AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}
AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AKIA_SECRET)}
S3_BUCKET=simreg-biometrics-lagos
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)}`)}

Which one of these keys fit cause the 403? Bucket policy or IAM?`),

  rec('chat', f`Naku, kuna shida na script ya kuhamisha picha za leseni za madereva. Nimeweka token hii ya GitHub ndani ya workflow lakini inakataa kusukuma:

git remote set-url origin https://kanzu-bot:${v('credential.github_pat', GHP)}@github.com/kanzu-ride/driver-docs-sync.git

Kosa ni "Permission to kanzu-ride/driver-docs-sync.git denied". Nifanye nini?`),

  rec('ticket', f`Tiquete #LIB-4471 — Consorcio de Bibliotecas del Sur
Prioridad: media
Descripción: El conector del catálogo Koha con el sistema de préstamo interbibliotecario deja de sincronizar a las 02:00. Revisé el cron y el request sale así:

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" \\
  https://koha.bibliosur.org.ar/api/v1/holds?since=2025-11-20`)}

Devuelve 401 desde que cambiamos el proxy. ¿El proxy se come la cabecera Authorization?`),

  rec('chat', f`Heeft iemand een idee waarom onze Stripe-webhook bij de meubelexport steeds 400 geeft? Config van de Laravel-app:

${cfg(f`STRIPE_KEY=${PK_LIVE}
STRIPE_SECRET=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
CASHIER_CURRENCY=eur`)}

Logs zeggen "No signatures found matching the expected signature for payload".`),

  rec('chat', f`Hej! Vi har en Slack-bot som postar nya förarregistreringar i #onboarding-sthlm. Efter att jag roterade token slutade den fungera. Här är koden:

\`\`\`js
${code(f`const { App } = require('@slack/bolt');

const app = new App({
  token: '${v('credential.slack_bot_token', XOXB)}',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

async function announceDriver(d) {
  await app.client.chat.postMessage({
    channel: 'C05ONBSTHLM',
    text: \`Ny förare: \${d.firstName} (\${d.city}) – dokument väntar på granskning\`,
  });
}

module.exports = { announceDriver };`)}
\`\`\`

Felet är "invalid_auth". Varför?`),

  rec('chat', f`Moi, rahaston back office -tiimi käyttää tätä OpenAI-avainta sijoitusmuistioiden tiivistämiseen. Voitko kertoa miksi saamme 429-virheen vaikka kiintiö on jäljellä?

OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}
OPENAI_ORG=org-fundops

Käytämme gpt-4o-mini -mallia.`),

  rec('email', f`Subject: Onboarding API keys – hand-over before I go on leave

Hi Kwabena,

Before I travel to Kumasi, here are the keys you'll need for the driver background-check integration. Please move them into the vault as soon as you can, I know this is not ideal by mail.

- Anthropic key for the document OCR summariser: ${v('credential.anthropic_api_key', ANTHROPIC)}
- Groq key (fallback model): ${v('credential.groq_api_key', GROQ)}
- Admin password for the Metabase dashboard (user ama.owusu): ${v('credential.password_in_prose', 'Adinkra!Sankofa77')}

Thanks, I owe you one.
Ama`),

  rec('config', f`Bu configi mağazalarımızdaki kiosk tabletlerinden aldım, SIM kart aktivasyon uygulaması açılmıyor:

${cfg(f`{
  "apiBase": "https://kiosk-api.mobilturk-op.com.tr",
  "mapsKey": "${v('credential.google_api_key', GOOGLE)}",
  "fcmServerKey": "${v('credential.firebase_fcm_server_key', FCM)}",
  "storeId": "IST-KDK-014",
  "kioskPin": "${amb('credential.password_assignment', '4471')}"
}`)}

Hata: "API key not valid. Please pass a valid API key." Harita anahtarı mı sorunlu?`),

  rec('chat', f`Grüezi mitenand. Mir händ e Python-Skript, wo d'Bibliotheksausweis-Liste uf Azure Blob speicheret. Es chunnt "AuthenticationFailed". Das isch d'Verbindig:

\`\`\`python
${code(f`from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=bibliokonsortium;"
    "AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};"
    "EndpointSuffix=core.windows.net"
)

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("leserausweise")
for blob in container.list_blobs(name_starts_with="2025/"):
    print(blob.name, blob.size)`)}
\`\`\``),

  rec('chat', f`Dzień dobry, w dziale eksportu mebli mamy skrypt do wysyłki faktur przez SendGrid. Od wczoraj maile nie wychodzą. Klucz: ${v('credential.sendgrid_api_key', SENDGRID)} — czy to kwestia uprawnień "Mail Send"?`),

  rec('k8s_secret', f`Kubernetes secret-ul pentru serviciul de verificare a șoferilor nu se montează. Ce e greșit aici?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: driver-kyc
  namespace: onboarding
type: Opaque
stringData:
  DATABASE_URL: postgres://kyc_app:${v('credential.database_url_password', 'Carpati-Verde-2025')}@pg-kyc.internal:5432/kyc
  MAPBOX_TOKEN: ${v('credential.mapbox_secret_token', MAPBOX)}
  JWT_SIGNING_HINT: "rotated 2025-10"`)}

Pod-ul rămâne în CreateContainerConfigError.`),

  rec('chat', f`Ahoj, potřebuju poradit s Terraformem pro knihovní konsorcium. Mám v \`~/.terraform.d/credentials.tfrc.json\` tohle:

${cfg(f`{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

a terraform login stejně hlásí, že nejsem přihlášený. Proč?`),

  rec('shell', f`γεια, έτρεξα αυτό στο laptop του back office και μου πέταξε access denied στη MySQL με τα δεδομένα των LP:

$ ${amb('source_code.snippet', f`mysql -h lp-reporting.fund.internal -u reporting -p${v('credential.mysql_cli_password', 'Olympos_LP_2024')} lp_capital_calls`)}
ERROR 1045 (28000): Access denied for user 'reporting'@'${amb('pii.ip_address', '10.20.4.17')}'

Τι φταίει; Ο χρήστης υπάρχει.`),

  rec('chat', f`Salam, mağazada nömrə qeydiyyatı üçün Telegram bot yazmışıq, amma webhook qurulmur. Bot token: ${v('credential.telegram_bot_token', TELEGRAM)}

setWebhook çağırışı "Bad Request: bad webhook: HTTPS url must be provided" qaytarır.`),

  rec('chat', f`Привет! У нас в отделе онбординга водителей GitLab CI не может вытянуть приватный пакет. В переменных проекта лежит:

CI_DEPLOY_TOKEN=${v('credential.gitlab_pat', GLPAT)}

и .npmrc такой:

${cfg(f`@kanzu:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', NPM)}
always-auth=true`)}

Ошибка E401. Токен npm вроде новый.`),

  rec('chat', f`Вітаю. Підкажіть, як правильно передати токен Vault у Jenkins? Зараз у Jenkinsfile стоїть:

${amb('source_code.snippet', f`environment {
  VAULT_ADDR = 'https://vault.furnexport.ua:8200'
  VAULT_TOKEN = '${v('credential.vault_token', VAULT)}'
}`)}

Розумію, що це погано, але спочатку хочу, щоб хоч запрацювало.`),

  rec('chat', f`ჩვენი ბიბლიოთეკის IT გუნდი Sentry-ს იყენებს. DSN ასეთია: ${v('credential.sentry_dsn', SENTRY_DSN)} — ხოლო CLI-სთვის auth token: ${v('credential.sentry_auth_token', SNTRYS)}. source maps არ იტვირთება, რატომ?`),

  rec('chat', f`Բարև, Grafana-ի service account token-ը չի աշխատում ալերտների API-ի համար: token = ${v('credential.grafana_service_account_token', GLSA)}։ Ստանում եմ 403 Forbidden, թեև դերը Editor է։`),

  rec('docker', f`Docker push מה-CI של מחלקת הייצוא נכשל. זה ה-config.json שמצאתי על ה-runner:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

ובנוסף ניסיתי עם PAT: ${v('credential.dockerhub_pat', DCKR)} — אותה שגיאה, "denied: requested access to the resource is denied".`),

  rec('chat', f`مرحبا، عندنا سكربت في صندوق الاستثمار يرفع تقارير المستثمرين إلى Dropbox. التوكن هذا: ${v('credential.dropbox_access_token', DBX)} — صار يعطي expired_access_token. كيف أستخدم refresh token بدل هذا؟`),

  rec('chat', f`سلام، توی فروشگاه‌های اپراتور یه اسکریپت داریم که موجودی سیم‌کارت‌ها رو از Airtable می‌خونه. کلید: ${v('credential.airtable_pat', AIRTABLE)} — خطای 422 می‌ده. مشکل از فیلدهاست یا کلید؟`),

  rec('chat', f`السلام علیکم، ہمارے ڈرائیور آن بورڈنگ ایپ میں یہ JWT بیک اینڈ سے آیا ہے، اسے decode کر کے بتائیں کہ role درست ہے یا نہیں:

${v('credential.jwt', JWT_DRIVER)}

لاہور والی ٹیم کہتی ہے کہ ان کو admin کے صفحات نظر آ رہے ہیں۔`),

  rec('chat', f`नमस्ते, हमारे बाल कैंसर वार्ड की दवा-रिमाइंडर ऐप Twilio से SMS भेजती है। API key और secret ये हैं:
SID: ${v('credential.twilio_api_key', TWILIO_SK)}
Secret: ${v('credential.generic_secret_assignment', TWILIO_SK_SECRET)}
Error 20003 आ रहा है। क्या Account SID भी चाहिए?`),

  rec('chat', f`দাদা, লাইব্রেরির ক্যাটালগ সার্চে Hugging Face মডেল লাগিয়েছি, টোকেন ${v('credential.huggingface_token', HF)} । 'Repository not found' বলছে, অথচ মডেলটা প্রাইভেট অর্গের ভিতরে।`),

  rec('chat', f`வணக்கம், எங்கள் ஃபர்னிச்சர் ஏற்றுமதி ERP-இல் Shopify B2B ஸ்டோருக்கு ஆர்டர் sync ஆகவில்லை. Access token: ${v('credential.shopify_access_token', SHPAT)} . 'Invalid API key or access token' வருகிறது.`),

  rec('chat', f`నమస్కారం, డ్రైవర్ సేఫ్టీ టీమ్ కోసం Jira ఆటోమేషన్ రాస్తున్నాను. ఇమెయిల్ ${v('pii.email', 'srinivas.k@kanzu-ride.com')} మరియు API టోకెన్ ${v('credential.atlassian_api_token', ATLASSIAN)} తో basic auth పెట్టాను కానీ 401 వస్తోంది.`),

  rec('chat', f`สวัสดีครับ ทีมไอทีห้องสมุดใช้ Linear ติดตามงาน ผมใส่ key นี้ใน GitHub Action: ${v('credential.linear_api_key', LINEAR)} แต่ได้ "Authentication required" ครับ`),

  rec('chat', f`Xin chào, bộ phận hậu cần xuất khẩu nội thất dùng Notion để theo dõi container. Integration token của tôi là ${v('credential.notion_token', NOTION)} nhưng API trả về "object_not_found" khi truy vấn database. Tôi đã share page cho integration rồi.`),

  rec('chat', f`Halo, tim onboarding pengemudi di Jakarta pakai DigitalOcean untuk menyimpan foto SIM. Token: ${v('credential.digitalocean_token', DO_TOKEN)} — doctl bilang "Unable to authenticate you". Apakah token ini hanya read?`),

  rec('chat', f`Kumusta! Sa SIM registration desk namin, may PHP script na nagse-save sa database. Eto yung config:

\`\`\`php
${code(f`<?php
// config/db.php — SIM desk Cebu
return [
    'host' => 'db-simreg.cebu.local',
    'user' => 'simdesk',
    'password' => '${v('credential.password_assignment', 'Sinulog2025!Cebu')}',
    'dbname' => 'sim_registration',
    'charset' => 'utf8mb4',
];`)}
\`\`\`

"SQLSTATE[HY000] [2002] Connection refused" ang error. Salamat po!`),

  rec('chat', f`你好，我们风险投资基金的后台用阿里云 OSS 存放 LP 报告。AccessKey ID: ${v('credential.alibaba_access_key_id', ALIBABA_ID)}，AccessKey Secret: ${v('credential.generic_secret_assignment', ALIBABA_SECRET)}。上传时提示 SignatureDoesNotMatch，是时间不同步吗？`),

  rec('chat', f`唔該幫手睇下，我哋門市嘅上台系統用 Square 收按金，access token 係 ${v('credential.square_access_token', SQUARE)}，但係 production 回 UNAUTHORIZED。係咪要換 location？`),

  rec('chat', f`お疲れ様です。図書館コンソーシアムのDatadog連携で、APIキー ${v('credential.datadog_api_key', DD_API)} を設定しましたが、EUサイトでメトリクスが届きません。DD_SITEの設定が必要でしょうか？`),

  rec('chat', f`안녕하세요, 가구 수출팀 ERP에서 New Relic 모니터링을 붙였는데 라이선스가 아니라 유저 키를 넣은 것 같아요: ${v('credential.newrelic_key', NRAK)} . 이걸로 APM 데이터 전송이 되나요?`),

  rec('chat', f`Сайн байна уу, жолоочийн бүртгэлийн системд Okta-тай холбох гэж байна. API token: ${v('credential.okta_api_token', OKTA)} — "Invalid token provided" гэж гарч байна.`),

  rec('ssh', f`Bonjour, le prestataire du consortium des bibliothèques m'a envoyé cette clé pour accéder au serveur de sauvegarde du SIGB. Je la colle ici pour savoir si le format est bon pour PuTTY :

${v('credential.openssh_private_key', SSH)}

Il faut la convertir en .ppk ?`),

  rec('chat', f`Salut, sa magazen yo ap itilize yon script pou voye SMS konfimasyon enskripsyon SIM. Mwen mete kle Mailgun lan la: ${v('credential.mailgun_api_key', MAILGUN)} men imèl yo pa soti. Èske se domèn nan ki pa verifye?`),

  rec('chat', f`Bom dia! No back office do fundo a gente usa o Azure AD para o portal dos investidores. App registration:
client_id = 6b0e2f71-3a48-4c9d-9e15-7f2a8b4c1d03
client_secret = ${v('credential.azure_client_secret', AZ_SECRET)}
tenant = fundo-capital.onmicrosoft.com
Recebo AADSTS7000215: Invalid client secret provided. Já gerei outro ontem.`),

  rec('chat', f`Hola, soy de onboarding de conductores en Santa Cruz. El backend usa este Google OAuth para el login de los choferes:

GOOGLE_CLIENT_ID=418203947561-kq8v3n1m2p7h5t9s0r4c6x2b8z1w3e5d.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=${v('credential.google_oauth_client_secret', GOCSPX)}

Sale "redirect_uri_mismatch". ¿Qué tengo que poner en la consola?`),

  rec('chat', f`Buenas, del equipo de IT de la tienda en Santo Domingo. El supervisor me dijo que la contraseña del portal de activaciones es ${v('credential.password_in_prose', 'Claro#Malecon2025')} y el usuario tienda.sdq07, pero me dice "cuenta bloqueada". ¿Cómo le explico al proveedor que desbloquee?`),

  rec('chat', f`Ciao, nel reparto export mobili usiamo Cloudflare per il sito catalogo. Il token API ${v('credential.cloudflare_api_token', CF_TOKEN)} è impostato in CLOUDFLARE_API_TOKEN ma wrangler dice "Authentication error [code: 10000]". Che permessi servono?`),

  rec('chat', f`Hallo, unser Backoffice-Skript im Fonds lädt Quartalsberichte in S3 hoch. Ich habe in ~/.aws/credentials folgendes:

${cfg(f`[fonds-reporting]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA2)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA2_SECRET)}
region = eu-central-1`)}

boto3 findet das Profil nicht. Muss ich AWS_PROFILE setzen?`),

  rec('chat', f`Hei, jeg jobber i IT-avdelingen til bibliotekskonsortiet. Databricks-jobben som lager utlånsstatistikk feiler. Token i notebooken: ${v('credential.databricks_token', DATABRICKS)} — feilmelding "Invalid access token". Skal jeg lage en ny?`),

  rec('chat', f`Hej, vores Discord-server for chauffører får automatiske beskeder om nye sikkerhedsregler via denne webhook: ${v('credential.discord_webhook_url', DISCORD_HOOK)} — den sender ikke længere. Er den slettet?`),

  rec('chat', f`Tere, müügipunktide IT-s on meil Slacki webhook, mis teavitab, kui SIM-kaartide laoseis langeb alla 50: ${v('credential.slack_webhook_url', SLACK_HOOK)}. Sõnumid ei jõua kanalisse, mis võib olla põhjus?`),

  rec('chat', f`Labdien, fonda grāmatvedības komanda izmanto Stripe restricted key atskaitēm: ${v('credential.stripe_restricted_key', STRIPE_RK)}. Kāpēc tā nevar nolasīt payouts?`),

  rec('chat', f`Laba diena, bibliotekų konsorciumo IT skyriuje PyPI paketą keliame per twine. ~/.pypirc:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Gaunu 403 "Invalid or non-existent authentication information".`),

  rec('chat', f`Zdravo, u izvoznom odjelu tvornice namještaja koristimo age za šifriranje ugovora. Ovo je tajni ključ s prijenosnika kolegice koja je otišla: ${v('credential.age_secret_key', AGE)} — mogu li njime dešifrirati stare .age datoteke?`),

  rec('chat', f`Pozdravljeni, naš backend za voznike uporablja Supabase. service_role ključ je v .env:

SUPABASE_URL=https://hqzmvtlkpwnrabxcyjde.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${v('credential.jwt', JWT_SUPA)}

Ali ga lahko uporabim tudi v mobilni aplikaciji?`),

  rec('chat', f`Përshëndetje, ekipi i IT-së në dyqanet e operatorit ka këtë Azure DevOps PAT në skript: ${v('credential.azure_devops_pat', ADO)} — pipeline-i thotë TF400813. Çfarë leje i mungon?`),

  rec('chat', f`Jó napot, a bútorexport csapat Heroku-n futtatja a szállítólevél-generátort. HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} — a deploy 'Invalid credentials provided' hibával áll le.`),

  rec('chat', f`Hello from the oncology ward IT link nurse. Our rota summariser calls Perplexity and Mistral; keys below (I know, I know):
PPLX=${v('credential.perplexity_api_key', PPLX)}
MISTRAL_API_KEY=${v('credential.mistral_api_key', MISTRAL)}
Both return 401 since the NHS proxy change. Any idea, pal?`),

  rec('chat', f`Wah gwaan, mi deh inna di driver safety team. Mi use Postman fi test di incident API, an mi put dis inna di environment: ${v('credential.postman_api_key', POSTMAN)} . It seh "AuthenticationError". Wha mi do wrong?`),

  rec('chat', f`Assalam o alaikum, ride-hailing onboarding backend ke liye GitHub OAuth app ka token ye hai: ${v('credential.github_oauth_token', GHO)} — aur fine-grained PAT bhi try kiya: ${v('credential.github_fine_grained_pat', GHPAT)}. Dono se private repo clone nahi ho raha.`),

  rec('pem', f`Kaabo, ẹ jọ̀wọ́ ṣàyẹ̀wò: ẹ̀rọ ìforúkọsílẹ̀ SIM wa nílò private key yìí fún TLS sí NIMC gateway. Ṣé ó tọ̀nà?

${v('credential.private_key', RSA)}

Nginx ń sọ "PEM_read_bio_X509_AUX failed".`),

  rec('json', f`Allegra! The Romansh-speaking branch of the library consortium sent this service-account file for Google Sheets sync (Grischun). It fails with invalid_grant:

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "biblioteca-grischun",
  "private_key_id": "${fill('b93-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'sheets-sync@biblioteca-grischun.iam.gserviceaccount.com')}",
  "client_id": "104829371650284719365",
  "token_uri": "https://oauth2.googleapis.com/token"
}`)}`)}

Tgi sa far? (what to do?)`),

  rec('chat', f`Ciao, sono il referente IT del reparto oncologia pediatrica. Il server di test usa questa riga nel docker-compose:

${cfg(f`services:
  redis:
    image: redis:7
    command: redis-server --requirepass ${v('credential.cli_password', 'Girasole-Pediatria-19')}`)}

Il client Node dice "NOAUTH Authentication required". Come passo la password?`),

  rec('chat', f`Hi, I'm in the driver onboarding team in Accra. Our internal API expects this header and suddenly returns 401:

Authorization: Bearer ${v('credential.bearer_token', BEARER)}

The token came from the admin console yesterday. Does it expire after 24h?`),
];
