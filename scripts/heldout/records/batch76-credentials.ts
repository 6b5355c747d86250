/**
 * Held-out batch 76: credentials pasted by a seed and agritech company, a regional blood bank, an
 * audit firm, an esports team, a customs brokerage and a museum's conservation laboratory, in
 * about forty languages. Hand-written, measured once before any rule change.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b76-akia1', B32, 16));
const AWS_SECRET = fill('b76-awss1', B64, 40);
const AWS_ID2 = tok('AKIA', fill('b76-akia2', B32, 16));
const AWS_SECRET2 = fill('b76-awss2', B64, 40);
const GHP = gh('ghp', fill('b76-ghp1', B62, 30));
const GH_FINE = tok('github_pat_', '11B', fill('b76-ghfg1', UPPER + DIGITS, 19), '_', fill('b76-ghfg2', B62, 59));
const GLPAT = tok('glpat-', fill('b76-glpat', B62 + '-_', 20));
const SLACK_BOT = tok('xoxb-', '4820193746', '1-', '6629481037215-', fill('b76-xoxb', B62, 24));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b76-slt', UPPER + DIGITS, 8), '/B07', fill('b76-slb', UPPER + DIGITS, 8), '/', fill('b76-slh', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b76-sklive', B62, 97));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b76-rklive', B62, 97));
const WHSEC = tok('whsec_', fill('b76-whsec', B62, 32));
const OPENAI = tok('sk-proj-', fill('b76-oai1', B64URL, 74), 'T3BlbkFJ', fill('b76-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b76-ant', B64URL, 93), 'AA');
const GROQ = tok('gsk_', fill('b76-groq', B62, 52));
const HF = tok('hf_', fill('b76-hf', B62, 34));
const GOOGLE_KEY = tok('AIza', 'Sy', fill('b76-gapi', B64URL, 33));
const AZ_STORAGE = `${fill('b76-azst', B64, 86)}==`;
const AZ_CLIENT = tok(fill('b76-azcs1', B62, 3), '8Q~', fill('b76-azcs2', B62 + '_-.', 31));
const TWILIO_SID = tok('AC', fill('b76-twsid', HEX, 32));
const TWILIO_AUTH = fill('b76-twauth', HEX, 32);
const SENDGRID = tok('SG.', fill('b76-sg1', B64URL, 22), '.', fill('b76-sg2', B64URL, 43));
const MAILGUN = tok('key-', fill('b76-mg', HEX, 32));
const TELEGRAM = tok('7319482650', ':AA', fill('b76-tg', B64URL, 33));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248839201746552910', '/', fill('b76-dwh', B64URL, 68));
const NPM = gh('npm', fill('b76-npm', B62, 30));
const DOCKER_AUTH = b64('nightjar-ci:' + tok('dckr_', 'pat_', fill('b76-dckauth', B64URL, 27)));
const SHPAT = tok('shpat_', fill('b76-shpat', HEX, 32));
const POSTMAN = tok('PMAK-', fill('b76-pm1', HEX, 24), '-', fill('b76-pm2', HEX, 34));
const LINEAR = tok('lin_', 'api_', fill('b76-lin', B62, 40));
const SENTRY_DSN = tok('https://', fill('b76-sdsn', HEX, 32), '@o4507718.ingest.de.sentry.io/4508123987654321');
const DATABRICKS = tok('dapi', fill('b76-dbx', HEX, 32));
const DO_TOKEN = tok('dop_', 'v1_', fill('b76-do', HEX, 64));
const VAULT = tok('hvs.', 'CAESI', fill('b76-vault', B64URL, 86));
const HF2 = tok('hf_', fill('b76-hf2', B62, 34));
const CF_TOKEN = fill('b76-cftok', B62 + '-_', 40);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b76-atl', B64URL, 171), '=', fill('b76-atl2', HEX.toUpperCase(), 8));
const DD_API = fill('b76-ddapi', HEX, 32);
const NRAK = tok('NRAK-', fill('b76-nrak', UPPER + DIGITS, 27));
const ADO_PAT = fill('b76-ado', B32.toLowerCase(), 52);
const SAS_SIG = `${fill('b76-sas1', B62, 16)}%2F${fill('b76-sas2', B62, 11)}%2B${fill('b76-sas3', B62, 12)}%3D`;
const MISTRAL = fill('b76-mistral', B62, 32);
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b76-pypi', B64URL, 150));
const OPENSSH = pem('OPENSSH PRIVATE KEY', 'b76-ossh', 399, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const RSA = pem('RSA PRIVATE KEY', 'b76-rsa', 1190);
const GCP_PEM = pem('PRIVATE KEY', 'b76-gcp', 1218).replace(/\n/g, '\\n');
const JWT_ADMIN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'lims-svc', role: 'admin', org: 'agrovela', iat: 1733212800, exp: 1764748800 }, 'b76-jwt1');
const JWT_KEYCLOAK = jwt({ alg: 'RS256', typ: 'JWT', kid: 'q7Hn2Vx' }, { iss: 'https://sso.sanguis-rbb.org/realms/donors', aud: 'donor-portal', sub: 'f3b1c2d4-7e8a-4b9c-a1d2-6e5f4c3b2a19', preferred_username: 'm.kaur', exp: 1735901234 }, 'b76-jwt2');
const BEARER = fill('b76-bearer', B62 + '-._', 48);
const BASIC = b64('kiosk_lab:' + 'Pigment#Lapis77');
const GOCSPX = tok('GOCSPX-', fill('b76-gocspx', B64URL, 28));
const HEROKU = tok('HRKU-', 'AA', fill('b76-hrku', B64URL, 58));
const TFC = tok(fill('b76-tfc1', B62, 14), '.atlasv1.', fill('b76-tfc2', B62, 67));
const GRAFANA_SA = tok('glsa_', fill('b76-glsa1', B62, 32), '_', fill('b76-glsa2', HEX, 8));
const AIRTABLE = tok('pat', fill('b76-at1', B62, 14), '.', fill('b76-at2', HEX, 64));
const NOTION = tok('ntn_', fill('b76-ntn1', DIGITS, 11), fill('b76-ntn2', B62, 35));
const SUPABASE = tok('sbp_', fill('b76-sbp', HEX, 40));
const DOPPLER = tok('dp.', 'st.', 'prd.', fill('b76-doppler', B62, 40));
const SLACK_APP = tok('xapp-', '1-', 'A08', fill('b76-xappid', UPPER + DIGITS, 8), '-', '8120394857261-', fill('b76-xapp', HEX, 64));
const OKTA = tok('00', fill('b76-okta', B64URL, 40));
const FIGMA = tok('figd_', fill('b76-figd', B64URL, 40));
const ALIBABA = tok('LTAI', '5t', fill('b76-ltai', B62, 18));
const ALIBABA_SECRET = fill('b76-alisec', B62, 30);

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH76_CREDENTIALS: DraftRecord[] = [
  rec('chat_en', f`The trial-plot photo sync to S3 stopped overnight. I'm running it from the field laptop with these in ~/.aws/credentials:

${cfg(f`[agrovela-field]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Error is SignatureDoesNotMatch. Could the laptop clock be wrong? It has no internet most of the day.`),

  rec('chat_es', f`Hola, necesito un script en Python que suba las fotos de los ensayos de maíz al bucket. Tengo estas credenciales del proveedor: access key ${v('credential.aws_access_key_id', AWS_ID2)} y secret ${v('credential.aws_secret_access_key', AWS_SECRET2)}. El bucket se llama agrovela-ensayos-2025 y está en eu-west-3. ¿Cómo lo hago con boto3?`),

  rec('gha_yaml', f`Nosso workflow de deploy do portal de cooperados falha no passo de checkout de submódulos:

${cfg(f`jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: ${v('credential.github_pat', GHP)}
      - run: npm ci && npm run build`)}

O erro é "repository not found" no submódulo agrovela/contratos-lib. O token é meu pessoal, classic.`),

  rec('chat_pt_pt', f`Boa tarde. Gerei um token fine-grained para o repositório dos contratos de produtores mas o git push devolve 403. Token: ${v('credential.github_fine_grained_pat', GH_FINE)} — dei permissão "Contents: read". Falta alguma coisa?`),

  rec('gitlab_ci', f`${cfg(f`# .gitlab-ci.yml (lims-export)
variables:
  LIMS_API: "https://lims.agrovela.internal/api/v2"
  GITLAB_PUSH_TOKEN: "${v('credential.gitlab_pat', GLPAT)}"

push_results:
  stage: deploy
  script:
    - git remote set-url origin "https://oauth2:\${GITLAB_PUSH_TOKEN}@gitlab.agrovela.com/breeding/trial-results.git"
    - git push origin HEAD:main`)}

Ist das so sicher genug? Kollege meint, das Token gehört in die CI/CD-Variablen und nicht in die Datei.`),

  rec('chat_nl', f`Onze Slack-bot die de koelcel-alarmen van de bloedbank doorstuurt post niks meer. Bot token ${v('credential.slack_bot_token', SLACK_BOT)}, kanaal #koudeketen-alarm. Foutmelding: not_in_channel. Moet ik de bot opnieuw uitnodigen?`),

  rec('python_code', f`Cold-chain probe alert — can you add retry with backoff?

\`\`\`python
${code(f`import requests

WEBHOOK = "${v('credential.slack_webhook_url', SLACK_HOOK)}"

def alert(fridge_id: str, temp_c: float) -> None:
    if 2.0 <= temp_c <= 6.0:
        return
    text = f":rotating_light: Fridge {fridge_id} at {temp_c:.1f} °C (range 2–6 °C)"
    requests.post(WEBHOOK, json={"text": text}, timeout=5)`)}
\`\`\``),

  rec('chat_pl', f`Turniej online, zapisy przez Stripe. Klucz produkcyjny ${v('credential.stripe_secret_key', STRIPE_LIVE)} — czy mogę go dać w kodzie frontendu, żeby działało szybciej? Kolega mówi, że nie, ale nie wiem czemu.`),

  rec('env_file', f`${cfg(f`# nightjar-shop/.env.production
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE_RK)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
SHOP_CURRENCY=EUR
MERCH_DROP_START=2025-03-14T18:00:00+01:00`)}

Jersey drop went live and webhooks fail signature verification on every event. Is the whsec per endpoint?`),

  rec('chat_cs', f`Ahoj, potřebuju pomoct s generováním shrnutí auditních spisů. Používám API klíč ${v('credential.openai_api_key', OPENAI)} a dostávám chybu 429 insufficient_quota, i když máme zaplaceno. Je to limit projektu nebo organizace?`),

  rec('chat_sk', f`Dobrý deň, v našej audítorskej firme testujeme Claude na sumarizáciu zmlúv. Kľúč ${v('credential.anthropic_api_key', ANTHROPIC)} funguje v Postmane, ale z Excel makra dostávam 401. Môžeš skontrolovať hlavičky? Posielam x-api-key a anthropic-version.`),

  rec('chat_hu', f`Szia! Groq-ot próbálunk a vámkezelési nyilatkozatok vámtarifaszám-javaslatára. A kulcsom: ${v('credential.groq_api_key', GROQ)}. Írnál egy Node példát, ami az áru leírásából HS-kódot javasol?`),

  rec('notebook', f`${cfg(f`# Cell 1
from huggingface_hub import login
login(token="${v('credential.huggingface_token', HF)}")

# Cell 2
from transformers import pipeline
clf = pipeline("image-classification", model="agrovela/leaf-rust-vit-v3")`)}

Modelul e privat în organizația noastră; pe laptopul meu merge, pe serverul de seră dă 401. Ce greșesc?`),

  rec('android_ro', f`Harta parcelelor nu se încarcă în aplicația de teren. Cheia e în strings.xml:

${cfg(f`<resources>
    <string name="app_name">Parcele Agrovela</string>
    <string name="google_maps_key">${v('credential.google_api_key', GOOGLE_KEY)}</string>
</resources>`)}

În consola Google apare "API key not authorized for this app". Am restricționat-o pe SHA-1.`),

  rec('gcp_sa_bg', f`Моля, помогни — BigQuery job-ът за добивите по парцели пада с "invalid_grant". Ето service account файла (пробен проект):

${cfg(f`${v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "agrovela-yield-bq",
  "private_key_id": "${fill('b76-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${amb('pii.email', 'yield-loader@agrovela-yield-bq.iam.gserviceaccount.com')}",
  "client_id": "104829361750284719366",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${amb('pii.email', 'yield-loader%40agrovela-yield-bq.iam.gserviceaccount.com')}"
}`)}`)}`),

  rec('appsettings', f`${cfg(f`{
  "ConnectionStrings": {
    "DonorBlobs": "DefaultEndpointsProtocol=https;AccountName=sanguisdonordocs;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "TenantId": "5c1e9a3f-2b7d-4e80-9f61-a4d3c2b1e0f9",
    "ClientId": "8e2f4a6c-1d3b-4f59-b7e0-c9a8d6f4e2b1",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT)}"
  }
}`)}

Το portal δωρητών δεν μπορεί να ανεβάσει τα PDF των συναινέσεων. Τι να ελέγξω πρώτα;`),

  rec('chat_tr', f`SMS ile bağışçıya randevu hatırlatması göndermek istiyoruz. Twilio hesabı: SID ${v('credential.twilio_account_sid', TWILIO_SID)}, auth token ${v('credential.twilio_auth_token', TWILIO_AUTH)}. Türkçe karakterler (ğ, ş, ı) mesajda bozuk çıkıyor, UCS-2 mi kullanmalıyım?`),

  rec('chat_ru', f`Рассылка подтверждений по таможенным декларациям не уходит. В конфиге SendGrid ключ ${v('credential.sendgrid_api_key', SENDGRID)}, отправитель declarations@ не верифицирован? Как проверить через API без веб-интерфейса?`),

  rec('php_code', f`${code(f`<?php
// Надсилання повідомлень імпортерам про статус митного оформлення
$mg = Mailgun\\Mailgun::create('${v('credential.mailgun_api_key', MAILGUN)}', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.tollgatebrokers.com', [
    'from'    => 'Tollgate Brokers <${v('pii.email', 'status@mg.tollgatebrokers.com')}>',
    'to'      => $importer->email,
    'subject' => "Декларація {$decl->number}: випущено",
    'text'    => $body,
]);`)}

Листи доходять, але українські літери в темі стають "????". Що змінити?`),

  rec('chat_ka', f`გამარჯობა! ტელეგრამ ბოტი გვაქვს, რომელიც საბაჟო დეკლარაციის სტატუსს აგზავნის. ტოკენი: ${v('credential.telegram_bot_token', TELEGRAM)}. webhook-ის დაყენებისას ვიღებ "bad webhook: HTTPS url must be provided". რა ვქნა?`),

  rec('chat_hy', f`Բարեւ, մեր esports թիմի Discord-ում ուզում ենք ավտոմատ հայտարարություններ խաղերի մասին։ Webhook-ը՝ ${v('credential.discord_webhook_url', DISCORD_HOOK)}։ Ինչպես ավելացնել embed թիմի լոգոյով։`),

  rec('npmrc', f`${cfg(f`registry=https://registry.npmjs.org/
@nightjar:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

Overlay paketimizi publish etmək istəyirəm amma "402 Payment Required" verir. Scoped paket private olur default? (azərbaycanca izah etsən yaxşı olar)`),

  rec('docker_config', f`Kazakh dev here, сервер стримов не тянет образ из приватного реестра. ~/.docker/config.json:

${cfg(f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

Бұл дұрыс па? docker pull nightjar/obs-relay:latest → "unauthorized".`),

  rec('chat_mn', f`Сайн байна уу! Манай клубын мерч дэлгүүр Shopify дээр. Admin API токен ${v('credential.shopify_access_token', SHPAT)} ашиглаж бараа шинэчлэх скрипт бичиж өгөөч. Өмсгөлийн размер S-XXL.`),

  rec('chat_ar', f`مرحبا، أحاول تشغيل مجموعة Postman الخاصة بواجهة البنك للتحقق من تحويلات الرعاة عبر سطر الأوامر (newman). مفتاح Postman هو ${v('credential.postman_api_key', POSTMAN)} لكن الأمر يعطي "collection not found". هل الرابط يحتاج معرّف المساحة؟`),

  rec('chat_he', f`היי, אני רוצה לסנכרן כרטיסי Linear של מעבדת השימור עם הגיליון של ההשאלות. מפתח API: ${v('credential.linear_api_key', LINEAR)}. תכתוב לי שאילתת GraphQL שמביאה את כל ה-issues עם התווית "loan-out"?`),

  rec('sentry_js', f`${code(f`import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "${v('credential.sentry_dsn', SENTRY_DSN)}",
  release: "loans-portal@2.4.1",
  tracesSampleRate: 0.2,
});`)}

این کد پورتال امانت آثار موزه است. خطاهای کاربران در Sentry نمایش داده نمی‌شود. مشکل کجاست؟`),

  rec('chat_ur', f`السلام علیکم، ہمارا Databricks نوٹ بک جو بیج کی ٹرائل ڈیٹا پراسیس کرتا ہے، جاب میں فیل ہو رہا ہے۔ ٹوکن ${v('credential.databricks_token', DATABRICKS)} استعمال کر رہا ہوں۔ "Invalid access token" آتا ہے۔ کیا یہ ایکسپائر ہو گیا؟`),

  rec('terraform', f`${cfg(f`provider "digitalocean" {
  token = "${v('credential.digitalocean_token', DO_TOKEN)}"
}

resource "digitalocean_droplet" "stream_relay" {
  name   = "nightjar-relay-fra1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}`)}

भाई terraform plan चलाने पर 401 आ रहा है, token नया बनाया था कल। scope में read+write दिया है।`),

  rec('chat_bn', f`ভল্ট থেকে অডিট ক্লায়েন্টদের DB পাসওয়ার্ড পড়তে পারছি না। আমার টোকেন ${v('credential.vault_token', VAULT)} — "permission denied" দেখাচ্ছে। policy-তে path "secret/data/audit/*" দেওয়া আছে। কী ভুল?`),

  rec('chat_gu', f`નમસ્તે, અમારા HF Space માં બીજ અંકુરણ (germination) મોડેલ ડિપ્લોય કરવું છે. write ટોકન ${v('credential.huggingface_token', HF2)} છે. Space private રાખીને GitHub Actions થી push કેમ કરું?`),

  rec('chat_kn', f`ನಮಸ್ಕಾರ, Cloudflare DNS ನಲ್ಲಿ tournament.nightjar.gg ಗೆ ದಾಖಲೆ ಸೇರಿಸಲು API token ${v('credential.cloudflare_api_token', CF_TOKEN)} ಬಳಸುತ್ತಿದ್ದೇನೆ. "Authentication error" ಬರುತ್ತಿದೆ. Zone:DNS:Edit ಅನುಮತಿ ಕೊಟ್ಟಿದ್ದೇನೆ.`),

  rec('curl_ta', f`Jira-வில் தணிக்கை (audit) workpaper டிக்கெட்டுகளை எடுக்க இந்த curl பயன்படுத்துகிறேன்:

${cfg(f`curl -u ${v('pii.email', 'r.subramaniam@pa-audit.com')}:${v('credential.atlassian_api_token', ATLASSIAN)} "https://pa-audit.atlassian.net/rest/api/3/search?jql=project=WP"`)}

பதில் 403 வருகிறது. ஏன்?`),

  rec('datadog_yaml', f`${cfg(f`# /etc/datadog-agent/datadog.yaml — plasma freezer monitoring host
api_key: ${v('credential.datadog_api_key', DD_API)}
site: datadoghq.eu
hostname: bb-freezer-gw-02
tags:
  - site:kathmandu-branch
  - role:coldchain`)}

नमस्ते, फ्रिजर तापक्रम ड्यासबोर्डमा डाटा आएन। Agent status मा "API Key invalid" देखाउँछ। के गर्ने?`),

  rec('newrelic_si', f`අපේ ලේ බැංකුවේ donor app එකේ New Relic license key එක මේකයි: ${v('credential.newrelic_key', NRAK)}. Java agent එක start වෙද්දී "license key invalid" කියනවා. Region EU ද US ද කියලා බලන්නේ කොහොමද?`),

  rec('chat_th', f`ช่วยดูหน่อยครับ pipeline ใน Azure DevOps ดึง repo ของระบบติดตามงานอนุรักษ์ไม่ได้ ผมใส่ PAT ไว้แบบนี้:

${cfg(f`git clone https://conservation:${v('credential.azure_devops_pat', ADO_PAT)}@dev.azure.com/oosterhaven-museum/lab/_git/condition-reports`)}

ขึ้น "TF401019" ครับ`),

  rec('chat_vi', f`Mình gửi link SAS cho đối tác bảo hiểm để tải ảnh tình trạng tranh trước khi cho mượn, nhưng họ báo lỗi 403:
https://oosterhavenlab.blob.core.windows.net/condition-photos/loan-2025-017/?sv=2023-11-03&sr=c&sp=rl&se=2025-05-30T22:00:00Z&sig=${v('credential.azure_sas_token', SAS_SIG)}
Có phải do thiếu quyền list không?`),

  rec('chat_id', f`Halo, kami pakai Mistral untuk menerjemahkan laporan uji lapangan benih padi ke bahasa Inggris. API key: ${v('credential.mistral_api_key', MISTRAL)}. Kenapa hasilnya kadang terpotong di tengah kalimat? max_tokens sudah 4000.`),

  rec('pypirc_tl', f`Hindi ma-upload ang internal package namin para sa customs tariff lookup. Ito ang ~/.pypirc ko:

${cfg(f`[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

Ang error ay "403 Forbidden: The user isn't allowed to upload to project". Bakit kaya?`),

  rec('chat_ja', f`保存修復ラボのNASにSSHで入れなくなりました。バックアップから鍵を戻したのですが、「invalid format」と出ます。鍵はこれです：

${v('credential.openssh_private_key', OPENSSH)}

改行コードの問題でしょうか？`),

  rec('chat_ko', f`경기 통계 API 서버 TLS 설정 중입니다. nginx에 넣은 키가 인증서와 안 맞는다고 나와요:

${v('credential.private_key', RSA)}

openssl로 modulus 비교하는 명령어 알려주세요.`),

  rec('chat_zh_hans', f`我们的田间试验管理系统（LIMS）调用接口一直返回 403。请求头里带的是这个 token：
Authorization: Bearer ${v('credential.jwt', JWT_ADMIN)}
是不是过期了？帮我解码一下看看 exp。`),

  rec('chat_zh_hant', f`捐血中心的捐血人入口網站登入後一直跳回登入頁。從瀏覽器複製的 access token：
${v('credential.jwt', JWT_KEYCLOAK)}
請幫我看 aud 跟 iss 是否設定錯誤。`),

  rec('http_sw', f`Habari, mfumo wa kiosk wa maabara unapata 401 kutoka kwa API ya hifadhi ya picha. Ombi linaonekana hivi:

${cfg(f`GET /api/v1/objects/OM-1887-0042/images HTTP/1.1
Host: dam.oosterhaven-museum.nl
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Accept: application/json`)}

Je, nenosiri limebadilishwa?`),

  rec('log_am', f`የስፖንሰር ክፍያ ማረጋገጫ አገልግሎት ሎግ ይኸውና፦

${cfg(f`2025-02-11 09:14:02 DEBUG sponsor-sync  POST https://api.nightjar.gg/v3/sponsors/invoices
2025-02-11 09:14:02 DEBUG sponsor-sync  headers: {"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}", "Content-Type": "application/json"}
2025-02-11 09:14:03 ERROR sponsor-sync  502 Bad Gateway from upstream`)}

ለምን 502 ይመጣል?`),

  rec('chat_ha', f`Sannu, ina so in haɗa Google Sign-In a cikin manhajar masu noma (growers app). Client secret ɗin shine ${v('credential.google_oauth_client_secret', GOCSPX)}. Ina ajiye shi a cikin Android app — hakan daidai ne?`),

  rec('chat_af', f`Ek probeer die veldproef-API na Heroku skuif. Ek het HEROKU_API_KEY=${v('credential.heroku_api_key', HEROKU)} in my shell gestel, maar "heroku apps" sê steeds "Invalid credentials provided". Wat mis ek?`),

  rec('tfrc_et', f`Terraform Cloudi töövoog tollideklaratsioonide keskkonnale ebaõnnestub. Failis ~/.terraformrc on:

${cfg(f`credentials "app.terraform.io" {
  token = "${v('credential.terraform_cloud_token', TFC)}"
}`)}

"Error: Required token could not be found". Kas failinimi on vale?`),

  rec('chat_lt', f`Sveiki, Grafana dashboard'as su kraujo šaldytuvų temperatūromis nebeatsinaujina per API. Service account token: ${v('credential.grafana_service_account_token', GRAFANA_SA)}. Gaunu 401. Ar reikia Editor rolės?`),

  rec('chat_mt', f`Bonġu, irrid nikkopja l-lista tas-self tal-mużew minn Airtable għal Notion. Airtable token: ${v('credential.airtable_pat', AIRTABLE)}, Notion: ${v('credential.notion_token', NOTION)}. Tista' tiktibli script f'Python? Il-kolonni huma "Lender", "Object", "Insured value".`),

  rec('chat_ca', f`Bon dia! Estem migrant la base de dades de contractes de jugadors a Supabase. Token d'accés: ${v('credential.supabase_token', SUPABASE)}. Quan faig "supabase link" em diu "Unauthorized". Què faig malament?`),

  rec('chat_gl', f`Ola, o contedor de sincronización de ensaios de campo non colle os segredos. Executo "doppler run" co token ${v('credential.doppler_token', DOPPLER)} e sae "Unable to fetch secrets". É por ser token de servizo?`),

  rec('chat_fo', f`Hey, vit hava eina Slack app til toll-deklaratiónir. Socket mode token er ${v('credential.slack_app_token', SLACK_APP)}. Appin fær ikki samband — "invalid_auth". Hvussu kann eg kanna um tokenin er rætt?`),

  rec('chat_fr', f`Bonjour, l'import des utilisateurs du labo de conservation vers Okta plante. Je lance :

${cfg(f`curl -X POST -H "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" -H "Content-Type: application/json" https://oosterhaven.okta-emea.com/api/v1/users?activate=false -d @restaurateurs.json`)}

Réponse 400 "login: Username must be in the form of an email address". Le JSON utilise les matricules. Que faire ?`),

  rec('chat_de', f`Hallo, ich brauche ein Skript, das die Zustandsfotos aus Figma (Annotationen der Restauratorinnen) exportiert. Mein persönlicher Token: ${v('credential.figma_token', FIGMA)}. Die Datei-ID ist aZ8kP2mQ4rT6. Bitte als Node-Skript mit PNG-Export @2x.`),

  rec('go_code_it', f`Il caricamento delle scansioni delle dichiarazioni doganali su OSS fallisce dal magazzino di Shanghai:

${code(f`package upload

import "github.com/aliyun/aliyun-oss-go-sdk/oss"

var (
	ossKeyID     = "${v('credential.alibaba_access_key_id', ALIBABA)}"
	ossKeySecret = "${v('credential.generic_secret_assignment', ALIBABA_SECRET)}"
)

func Client() (*oss.Client, error) {
	return oss.New("https://oss-cn-shanghai.aliyuncs.com", ossKeyID, ossKeySecret)
}`)}

Errore: "InvalidAccessKeyId.NotFound". La chiave l'ho creata ieri nella console internazionale.`),

  rec('mysql_en', f`Auditor here. Client gave us read access to their ledger DB for the year-end tests. This works from the office but not via VPN:

${cfg(f`mysql -h ${amb('pii.ip_address', '10.20.31.14')} -u pa_audit_ro -p${v('credential.mysql_cli_password', 'Ledger!Q4-tick')} hallmark_gl -e "SELECT COUNT(*) FROM journal_lines WHERE posted_at >= '2024-01-01'"`)}

ERROR 2003 (HY000): Can't connect. Is it the VPN split tunnel?`),

  rec('cisco_es', f`Configuración del switch del almacén aduanero, ¿por qué no entra por SSH?

${cfg(f`hostname SW-BONDED-01
username noc privilege 15 secret 9 ${ambCat('credential', f`$9$${fill('b76-cisco9', B62 + './', 14)}$${fill('b76-cisco9b', B62 + './', 43)}`)}
username legacy privilege 15 password 0 ${v('credential.network_device_secret', 'Aduana2019*')}
ip ssh version 2
line vty 0 4
 transport input ssh
 login local`)}`, 'type-9 hash ambiguous (a hash, not the secret); the type-0 password is the secret'),

  rec('psql_pt_br', f`Oi! Preciso conectar no banco de contratos de produtores pra gerar o relatório de safra. A string que me passaram:

postgresql://relatorios:${v('credential.database_url_password', 'Soja*Safra2025')}@db-contratos.agrovela.com.br:5432/contratos?sslmode=require

Como uso isso no Power BI? Ele pede servidor e banco separados.`),

  rec('prose_el', f`Μπορείς να μεταφράσεις στα αγγλικά; "Καλημέρα Νίκο, ο λογαριασμός σου στο σύστημα αιμοδοσίας είναι έτοιμος. Όνομα χρήστη: n.papadakis, κωδικός: ${v('credential.password_in_prose', 'Erythro#8842')}. Άλλαξέ τον στην πρώτη σύνδεση."`),

  rec('prose_uk', f`Переклади, будь ласка, англійською для нового асистента аудитора: «Доступ до архіву робочих документів: логін audit.junior3, пароль ${v('credential.password_in_prose', 'Kvitka-2207!')}. VPN той самий.»`),

  rec('prose_tr', f`Şunu daha resmi yazar mısın: "Selam, gümrük antrepo kamerası paneline giriş bilgileri: kullanıcı antrepo_izle, şifre ${v('credential.password_in_prose', 'Liman.4471')}. Kimseyle paylaşma."`),

  rec('prose_it', f`Correggi la grammatica per favore: "Ciao Sara, ti mando la utenza per lo streaming della scrim di stasera, user nightjar_ita e la password e ${v('credential.password_in_prose', 'Gufo-Notte91')}, non cambiarla che la usano anche gli altri"`),

  rec('ini_nl', f`${cfg(f`; climate-logger.ini — depot restauratie, ruimte B.12
[mqtt]
host = mqtt.oosterhaven-museum.nl
port = 8883
username = rh-logger-b12
password = ${v('credential.password_assignment', 'Vernis&Linnen44')}

[thresholds]
rh_min = 45
rh_max = 55
temp_max = 21`)}

Kun je uitleggen waarom de logger om de 10 minuten de verbinding verliest?`),

  rec('kotlin_code', f`${code(f`object SponsorApi {
    private const val BASE = "https://partners.nightjar.gg/api"
    private val client = OkHttpClient()

    fun fetchDeliverables(season: String): Response {
        val req = Request.Builder()
            .url("$BASE/deliverables?season=$season")
            .header("Authorization", Credentials.basic("sponsor-bot", "${v('credential.password_assignment', 'NJ-sponsor!2025')}"))
            .build()
        return client.newCall(req).execute()
    }
}`)}

Jak to przerobić na coroutines (suspend)?`),

  rec('cli_ko', f`연구소 서버에서 이 명령으로 수확량 DB를 백업하려는데 비밀번호를 계속 물어봐요:

${cfg(f`pg_dump "host=db-yield.agrovela.kr user=backup password=${v('credential.connection_string_password', 'Byeo!Harvest88')} dbname=trials" -Fc -f trials.dump`)}

왜 그런 거죠?`),

  rec('chat_en_mixed', f`quick one: the esports club's sponsor portal login for the hardware partner is nightjar-partners:${v('credential.user_password_pair', 'Raptor$Clip2025')} — can you draft an email to them saying we rotated it and the new one will come by phone at ${phone('+44 20 7946 1182')}?`, 'user:password pair in prose'),
];
